//! The documents a preamble cites: kind, number, date, issuer and title, as far
//! as the sentence gives them.

use super::*;

/// Every document a preamble cites: "Kế hoạch số 149-KH/TU, ngày 29/01/2024
/// của Ban Thường vụ Tỉnh ủy về thực hiện …".
pub fn parents(text: &str) -> Vec<(DocumentRef, usize)> {
    let mut out = Vec::new();
    let folded = fold(text);
    let mut search = 0;
    while let Some(found) = folded[search..]
        .find(" so ")
        .or_else(|| folded[search..].find(" số "))
    {
        let so = search + found;
        search = so + 4;
        // The kind: the words just before "số", or before up to three
        // lowercase words that qualify it ("Quy chế làm việc số 01-QC/ĐU").
        let before = &folded[..so];
        let Some((kind_start, kind)) = kind_before(text, before) else {
            continue;
        };
        let Some((_, number)) = number_in(&text[char_byte(text, &folded, so)..]) else {
            continue;
        };
        let after_number = folded[so..]
            .find(&fold(&number))
            .map_or(so + 4, |at| so + at + number.len());
        let rest = &folded[after_number..];
        let rest_trim = rest.trim_start_matches([',', ' ']);
        let date_text = rest_trim
            .strip_prefix("ngay")
            .unwrap_or(rest_trim)
            .trim_start();
        let date = date_in(date_text);
        let Some(date) = date else {
            continue;
        };
        let issuer_at = rest.find(" cua ").filter(|at| *at < 60);
        let (issuer, title) = match issuer_at {
            Some(at) => {
                let tail_start = after_number + at + 5;
                let original = &text[char_byte(text, &folded, tail_start)..];
                split_issuer_title(original)
            }
            None => (String::new(), String::new()),
        };
        out.push((
            DocumentRef {
                kind: kind.to_string(),
                number,
                date,
                issuer,
                title,
            },
            char_byte(text, &folded, kind_start),
        ));
    }
    out
}

/// The kind of document `before` (folded, up to "số") ends with, maybe
/// followed by up to three lowercase words: where it starts, and its name.
fn kind_before(text: &str, before: &str) -> Option<(usize, &'static str)> {
    let mut end = before.len();
    for qualifiers in 0..=3 {
        let head = &before[..end];
        if let Some((k, kind)) = KINDS
            .iter()
            .filter(|(k, _)| head.ends_with(k))
            .max_by_key(|(k, _)| k.len())
        {
            return Some((end - k.len(), kind));
        }
        if qualifiers == 3 {
            break;
        }
        // One more word back, if it is written in lowercase.
        let word_start = head.trim_end().rfind(' ').map_or(0, |i| i + 1);
        let word = &text
            [char_byte(text, before, word_start)..char_byte(text, before, head.trim_end().len())];
        if word.is_empty() || !word.chars().all(char::is_lowercase) {
            break;
        }
        end = word_start.saturating_sub(1);
        if !before[..word_start].ends_with(' ') {
            break;
        }
    }
    None
}

/// The byte in `text` where byte `at` of its fold stands (fold keeps the
/// count of characters).
pub(in crate::reader) fn char_byte(text: &str, folded: &str, at: usize) -> usize {
    let chars = folded[..at.min(folded.len())].chars().count();
    text.char_indices()
        .nth(chars)
        .map_or(text.len(), |(i, _)| i)
}

/// "29/01/2024", "15/6/2023", "26 tháng 4 năm 2013" at the start of a folded text.
pub(super) fn date_in(folded: &str) -> Option<Date> {
    let nums: Vec<u32> = folded
        .split(|c: char| !c.is_ascii_digit())
        .filter(|s| !s.is_empty())
        .take(3)
        .filter_map(|s| s.parse().ok())
        .collect();
    let head: String = folded.chars().take(30).collect();
    if !head.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let [d, m, y] = nums[..] else {
        return None;
    };
    Date::new(y as i32, u8::try_from(m).ok()?, u8::try_from(d).ok()?)
}

/// "Ban Thường vụ Tỉnh ủy về thực hiện Kết luận …; …" → issuer, title.
pub(super) fn split_issuer_title(text: &str) -> (String, String) {
    let end = text.find([';', '\n']).unwrap_or(text.len());
    let clause = &text[..end];
    let folded = fold(clause);
    let cut = [
        " ve ",
        " ban hanh ",
        " huong dan ",
        " phe duyet ",
        " quy dinh ",
    ]
    .iter()
    .filter_map(|w| folded.find(w).map(|at| (at, *w)))
    .min_by_key(|(at, _)| *at);
    match cut {
        Some((at, word)) => {
            let issuer = text[..char_byte(clause, &folded, at)]
                .trim()
                .trim_end_matches(',');
            let title_start = char_byte(clause, &folded, at + if word == " ve " { 4 } else { 1 });
            let title = clause[title_start..]
                .trim()
                .trim_end_matches(['.', ',', ':'])
                .trim_end_matches(" như sau")
                .trim();
            let mut title = title.to_string();
            if let Some(first) = title.chars().next() {
                title = first.to_uppercase().collect::<String>() + &title[first.len_utf8()..];
            }
            (issuer.to_string(), title)
        }
        None => {
            let issuer: String = clause
                .split(',')
                .next()
                .unwrap_or_default()
                .split_whitespace()
                .take(10)
                .collect::<Vec<_>>()
                .join(" ");
            (issuer, String::new())
        }
    }
}
