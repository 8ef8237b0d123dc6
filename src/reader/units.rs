//! Unit mentions in running text ("Sở Văn hóa, Thể thao và Du lịch chủ trì,
//! phối hợp với Sở TT&TT, UBND các huyện, thành phố…"), their lists, and one
//! directory entry per body however it is written.
//!
//! A mention starts at a body's head word ("Sở", "Bộ", "UBND", "Ban", "Đài",
//! "Báo", …, capitalised, or any noun after "các") and runs over the name's
//! words until a verb or preposition ("chủ trì", "phối hợp", "tổ chức",
//! "theo", …) or punctuation. After a comma or "và" the name goes on when
//! the next word is no head ("Văn hóa, Thể thao và Du lịch"; "các sở, ban,
//! ngành"; "UBND xã, phường, thị trấn"); a head starts the next mention.

use crate::domain::text::{fold, is_vietnamese_letter};
use std::collections::BTreeMap;
use std::sync::OnceLock;

mod lexicon;
mod names;

use lexicon::*;
pub use names::{expand, is_group, key, kind, short_name};

/// One unit or group named in a text: `text[start..end]`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Mention {
    pub start: usize,
    pub end: usize,
    pub name: String,
}

/// Mentions next to each other, separated only by commas, semicolons or "và".
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct List {
    pub mentions: Vec<Mention>,
    pub start: usize,
    pub end: usize,
}

/// A word of the text: its byte range, its folded form, whether it starts
/// with a capital, and what punctuation follows it.
#[derive(Clone, Debug)]
struct Word<'a> {
    start: usize,
    end: usize,
    folded: String,
    /// The word as written.
    text: &'a str,
    capital: bool,
    /// The punctuation between this word and the next (",", ";", "." …), or "".
    after: String,
}

impl Word<'_> {
    /// Whether the word is `spelled` in lowercase, with its diacritics
    /// ("sở", not "số").
    fn is(&self, spelled: &str) -> bool {
        self.text
            .chars()
            .flat_map(char::to_lowercase)
            .eq(spelled.chars())
    }
}

fn words(text: &str) -> Vec<Word<'_>> {
    let mut out: Vec<Word> = Vec::new();
    let mut start = None;
    let is_word = |c: char| {
        if c.is_ascii() {
            c.is_ascii_alphanumeric()
        } else {
            is_vietnamese_letter(c) || c.is_alphanumeric()
        }
    };
    for (at, c) in text
        .char_indices()
        .chain(std::iter::once((text.len(), ' ')))
    {
        let inside = is_word(c) || (c == '&' && start.is_some());
        match (start, inside) {
            (None, true) => start = Some(at),
            (Some(from), false) => {
                let word = &text[from..at];
                out.push(Word {
                    start: from,
                    end: at,
                    folded: fold(word),
                    text: word,
                    capital: word.chars().next().is_some_and(char::is_uppercase),
                    after: String::new(),
                });
                start = None;
                if !c.is_whitespace() && at < text.len() {
                    if let Some(last) = out.last_mut() {
                        last.after.push(c);
                    }
                }
            }
            (None, false) if !c.is_whitespace() && at < text.len() => {
                if let Some(last) = out.last_mut() {
                    last.after.push(c);
                }
            }
            _ => {}
        }
    }
    out
}

/// Whether the folded words from `i` start with `phrase`.
fn at_phrase(words: &[Word], i: usize, phrase: &str) -> bool {
    // Most calls fail on the first word: tell that without splitting.
    let first = phrase.split_once(' ').map_or(phrase, |(first, _)| first);
    if words.get(i).is_none_or(|w| w.folded != first) {
        return false;
    }
    let mut k = i;
    for part in phrase.split(' ') {
        match words.get(k) {
            Some(w) if w.folded == part => k += 1,
            _ => return false,
        }
        // A phrase is not read across punctuation.
        if k - 1 > i && !words[k - 2].after.trim().is_empty() {
            return false;
        }
    }
    true
}

fn phrase_len(phrase: &str) -> usize {
    phrase.split(' ').count()
}

/// How many words a head at `i` takes, if a unit's name starts there.
fn head_at(words: &[Word], i: usize) -> Option<usize> {
    let word = words.get(i)?;
    if word.folded == "cac" {
        let noun = GROUP_NOUNS.iter().find(|n| at_phrase(words, i + 1, n))?;
        return Some(1 + phrase_len(noun));
    }
    if !word.capital {
        return None;
    }
    // All-capital acronyms of three or more letters name bodies (VTV, TTXVN).
    let raw_caps = word.end - word.start >= 3
        && word
            .folded
            .chars()
            .all(|c| c.is_ascii_alphabetic() || c == '&');
    if !head_spelled(words, i) {
        return None;
    }
    // The longest head that stands here ("uy ban" before "uy ban nhan dan" is
    // no matter: a head only starts the name, the rest of it follows).
    let head = heads()
        .get(word.folded.as_str())
        .and_then(|phrases| {
            phrases
                .iter()
                .filter(|h| **h != "cac")
                .find(|h| at_phrase(words, i, h))
        })
        .map(|h| phrase_len(h));
    match head {
        Some(n) => Some(n),
        None if raw_caps && is_acronym(words, i) => Some(1),
        None => None,
    }
}

/// Heads whose folded form other words share ("Số", "Đại", "Báo cáo", "Ban
/// hành", "Hội nghị") must be spelled as the body's word and not start a
/// common phrase.
fn head_spelled(words: &[Word], i: usize) -> bool {
    let w = &words[i];
    // A capital after the head is a name ("Báo Cao Bằng"), not a phrase ("Báo cáo").
    let next = words
        .get(i + 1)
        .filter(|n| !n.capital)
        .map_or("", |n| n.folded.as_str());
    let spelled = match w.folded.as_str() {
        "so" => w.is("sở"),
        "bo" => w.is("bộ"),
        "ban" => w.is("ban"),
        "dai" => w.is("đài"),
        "bao" => w.is("báo"),
        "hoi" => w.is("hội"),
        "doan" => w.is("đoàn"),
        "vien" => w.is("viện"),
        "cuc" => w.is("cục"),
        "truong" => w.is("trường"),
        "phong" => w.is("phòng"),
        "to" => w.is("tổ"),
        "dang" => w.is("đảng"),
        "quy" => w.is("quỹ"),
        "cong" => w.is("công"),
        _ => true,
    };
    let phrase = matches!(
        (w.folded.as_str(), next),
        ("bao", "cao")
            | ("ban", "hanh")
            | ("hoi", "nghi" | "thao" | "thi" | "cho" | "dien")
            | ("truong", "hop")
            | ("phong", "chong" | "ngua")
            | ("doan", "ket")
            | ("bo", "may" | "tieu" | "phan" | "luat" | "du")
            | ("so", "huu")
            | ("cuc", "bo")
            | ("vien", "dan")
            | ("cong", "tac" | "khai" | "nghe" | "viec")
    );
    // "Lãnh đạo UBND tỉnh" names people of a body; "Lãnh đạo việc …",
    // "Lãnh đạo, chỉ đạo" is the verb.
    let verb = w.folded == "lanh"
        && next == "dao"
        && words
            .get(i + 2)
            .is_none_or(|after| !after.capital || !words[i + 1].after.trim().is_empty());
    spelled && !phrase && !verb
}

fn is_acronym(words: &[Word], i: usize) -> bool {
    let w = &words[i];
    let known = [
        "vtv", "vov", "ttxvn", "ubnd", "hdnd", "mttq", "ubmttq", "bchqs", "bql", "bhxh",
    ];
    known.contains(&w.folded.as_str())
}

/// The phrases of `list` by their first word, built once: a word that starts
/// none of them is told in one look-up (most words of a plan).
fn by_first_word(list: &'static [&'static str]) -> BTreeMap<&'static str, Vec<&'static str>> {
    let mut map: BTreeMap<&'static str, Vec<&'static str>> = BTreeMap::new();
    for phrase in list {
        let first = phrase.split_once(' ').map_or(*phrase, |(first, _)| first);
        map.entry(first).or_default().push(phrase);
    }
    map
}

fn stops() -> &'static BTreeMap<&'static str, Vec<&'static str>> {
    static STOPS_BY_FIRST: OnceLock<BTreeMap<&'static str, Vec<&'static str>>> = OnceLock::new();
    STOPS_BY_FIRST.get_or_init(|| by_first_word(STOPS))
}

fn heads() -> &'static BTreeMap<&'static str, Vec<&'static str>> {
    static HEADS_BY_FIRST: OnceLock<BTreeMap<&'static str, Vec<&'static str>>> = OnceLock::new();
    HEADS_BY_FIRST.get_or_init(|| by_first_word(HEADS))
}

/// Words that fold to a stop word but are part of names: "vận tải" (not
/// "tại"), "đê điều" (not "để"), "bảo vệ" (not "về").
const NOT_STOPS: [(&str, &str); 3] = [("tai", "tải"), ("de", "đê"), ("ve", "vệ")];

fn is_stop(words: &[Word], i: usize) -> bool {
    let w = &words[i];
    if w.capital
        || NOT_STOPS
            .iter()
            .any(|(folded, spelled)| w.folded == *folded && w.is(spelled))
    {
        return false;
    }
    stops()
        .get(w.folded.as_str())
        .is_some_and(|phrases| phrases.iter().any(|s| at_phrase(words, i, s)))
}

fn continues_after_separator(words: &[Word], i: usize) -> bool {
    let Some(w) = words.get(i) else {
        return false;
    };
    let continuation = !w.capital && CONTINUATIONS.iter().any(|c| at_phrase(words, i, c));
    if head_at(words, i).is_some() && !continuation {
        return false;
    }
    if is_stop(words, i) {
        return false;
    }
    // Capitalised words after a comma go on a department's name ("Văn hóa,
    // Thể thao"); lowercase ones only when they name more bodies of the
    // group ("ban, ngành", "xã, phường, thị trấn").
    w.capital || CONTINUATIONS.iter().any(|c| at_phrase(words, i, c))
}

/// Reads one mention starting at word `i`; returns it and the next word index.
fn mention_at(text: &str, words: &[Word], i: usize) -> Option<(Mention, usize)> {
    let head = head_at(words, i)?;
    let mut end = i + head; // one past the last word of the name
    let mut k = end;
    let limit = i + 24;
    while k < words.len() && k < limit {
        let prev = &words[k - 1];
        let sep = prev.after.trim();
        if sep.contains(['.', ':', '(', ')', ';', '"', '“', '”', '/']) && !sep.starts_with('&')
        {
            // "Sở Lao động - Thương binh" keeps its hyphen; other marks end the name.
            if !(sep == "-" || sep == "–") {
                break;
            }
        }
        let word = &words[k];
        if sep == "," || word.folded == "va" && sep.is_empty() {
            // After a comma or "và": a continuation or the end of this mention.
            let next = if word.folded == "va" { k + 1 } else { k };
            if continues_after_separator(words, next) {
                end = next + 1;
                k = next + 1;
                continue;
            }
            break;
        }
        if !sep.is_empty() && sep != "-" && sep != "–" && sep != "&" {
            break;
        }
        if is_stop(words, k) {
            break;
        }
        if word.capital && matches!(word.folded.as_str(), "so" | "bo") && k > i + head {
            // "Sở Tư pháp Sở Nội vụ" without a comma: a new body.
            break;
        }
        end = k + 1;
        k += 1;
    }
    // Trailing "có liên quan" is part of the group's name; trailing "và" is not.
    let start = words[i].start;
    let stop = words[end - 1].end;
    let name = text[start..stop].trim().to_string();
    Some((
        Mention {
            start,
            end: stop,
            name,
        },
        end,
    ))
}

/// Every list of mentions in `text`, in order.
pub fn lists(text: &str) -> Vec<List> {
    let words = words(text);
    let mut out = Vec::new();
    let mut i = 0;
    while i < words.len() {
        let Some((first, mut next)) = mention_at(text, &words, i) else {
            i += 1;
            continue;
        };
        let mut list = List {
            start: first.start,
            end: first.end,
            mentions: vec![first],
        };
        while let Some(last_word) = next.checked_sub(1).and_then(|k| words.get(k)) {
            let sep = last_word.after.trim();
            let mut k = next;
            if !(sep.is_empty() || sep == "," || sep == ";") {
                break;
            }
            if words
                .get(k)
                .is_some_and(|w| w.folded == "va" || w.folded == "cung" || w.folded == "hoac")
            {
                k += 1;
            } else if sep.is_empty() {
                break;
            }
            match mention_at(text, &words, k) {
                Some((mention, after)) => {
                    list.end = mention.end;
                    list.mentions.push(mention);
                    next = after;
                }
                None => break,
            }
        }
        i = next.max(i + 1);
        out.push(list);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::UnitKind;

    fn names(text: &str) -> Vec<Vec<String>> {
        lists(text)
            .into_iter()
            .map(|l| l.mentions.into_iter().map(|m| m.name).collect())
            .collect()
    }

    #[test]
    fn names_with_commas_stay_whole_and_heads_start_new_ones() {
        assert_eq!(
            names("Sở Văn hóa, Thể thao và Du lịch chủ trì, phối hợp với Sở Thông tin và Truyền thông, Sở Kế hoạch và Đầu tư, các sở, ban, ngành liên quan, UBND các huyện, thành phố và các cơ quan báo chí trên địa bàn tỉnh."),
            [
                vec!["Sở Văn hóa, Thể thao và Du lịch".to_string()],
                vec![
                    "Sở Thông tin và Truyền thông".to_string(),
                    "Sở Kế hoạch và Đầu tư".into(),
                    "các sở, ban, ngành liên quan".into(),
                    "UBND các huyện, thành phố".into(),
                    "các cơ quan báo chí".into()
                ]
            ]
        );
    }

    #[test]
    fn a_word_spelled_like_a_stop_word_stays_in_the_name() {
        assert_eq!(
            names("Bộ Giao thông Vận tải chủ trì; Bộ Giao thông vận tải tại Hà Nội."),
            [vec!["Bộ Giao thông Vận tải"], vec!["Bộ Giao thông vận tải"]]
        );
    }

    #[test]
    fn a_sentence_s_subject_ends_at_its_verb() {
        assert_eq!(
            names("Ủy ban nhân dân xã, phường, thị trấn thành lập Ban Chỉ đạo"),
            [
                vec!["Ủy ban nhân dân xã, phường, thị trấn".to_string()],
                vec!["Ban Chỉ đạo".to_string()]
            ]
        );
        assert_eq!(
            names("VTV, VOV, TTXVN, các địa phương"),
            [vec!["VTV", "VOV", "TTXVN", "các địa phương"]]
        );
        // Genre verbs end a group's name; "Lãnh đạo" before a lowercase
        // word is the verb.
        assert_eq!(
            names(
                "Mặt trận Tổ quốc và các tổ chức chính trị - xã hội xã phát huy vai trò giám sát"
            ),
            [vec![
                "Mặt trận Tổ quốc",
                "các tổ chức chính trị - xã hội xã"
            ]]
        );
        assert!(names("Lãnh đạo việc tổ chức thực hiện Đề án").is_empty());
        assert_eq!(
            names("Lãnh đạo UBND tỉnh chỉ đạo"),
            [vec!["Lãnh đạo UBND tỉnh"]]
        );
    }

    #[test]
    fn one_key_per_body_however_written() {
        assert_eq!(key("Sở TT&TT"), key("Sở Thông tin và Truyền thông"));
        assert_eq!(key("UBND tỉnh"), key("Ủy ban nhân dân tỉnh"));
        assert_eq!(
            key("các sở, ban, ngành liên quan"),
            key("các sở, ban, ngành")
        );
        assert_eq!(short_name("Sở Văn hóa, Thể thao và Du lịch"), "Sở VHTT&DL");
        assert_eq!(short_name("Sở Kế hoạch và Đầu tư"), "Sở Kế hoạch và Đầu tư");
        assert_eq!(
            short_name("Sở Nông nghiệp và Phát triển nông thôn"),
            "Sở NN&PTNT"
        );
        assert_eq!(short_name("Sở Thông tin và Truyền thông"), "Sở TT&TT");
        assert_eq!(kind("UBND các huyện, thành phố"), UnitKind::District);
        assert_eq!(kind("Ban Tuyên giáo Tỉnh ủy"), UnitKind::PartyBody);
        assert_eq!(kind("Báo Lạng Sơn"), UnitKind::Press);
        assert!(is_group("các sở, ban, ngành"));
        assert!(is_group("UBND cấp xã"));
        assert!(!is_group("Sở Tư pháp"));
    }
}
