//! Vietnamese text helpers: diacritic-insensitive search and Vietnamese sort order.
//!
//! A 12-row table covers every Vietnamese vowel with its tone marks; it costs a
//! few hundred bytes, where a general Unicode normalisation crate would add tens
//! of kilobytes to the wasm that every user downloads.

/// Each row: a base vowel followed by its five toned forms, in dictionary tone
/// order (ngang, huyền, hỏi, ngã, sắc, nặng).
const VOWELS: [&str; 12] = [
    "aàảãáạ",
    "ăằẳẵắặ",
    "âầẩẫấậ",
    "eèẻẽéẹ",
    "êềểễếệ",
    "iìỉĩíị",
    "oòỏõóọ",
    "ôồổỗốộ",
    "ơờởỡớợ",
    "uùủũúụ",
    "ưừửữứự",
    "yỳỷỹýỵ",
];

/// The Vietnamese alphabet (with the foreign letters f, j, w, z in Latin places).
const ALPHABET: &str = "aăâbcdđeêfghijklmnoôơpqrstuưvwxyz";

/// A lowercase letter split into its toneless letter and its tone (0 = ngang).
fn split_tone(c: char) -> (char, u8) {
    // Most characters of any text are ASCII: no tone to look up.
    if c.is_ascii() {
        return (c, 0);
    }
    for row in VOWELS {
        if let Some(tone) = row.chars().position(|form| form == c) {
            let base = row.chars().next().unwrap_or(c);
            return (base, tone as u8);
        }
    }
    (c, 0)
}

fn is_combining_mark(c: char) -> bool {
    ('\u{0300}'..='\u{036f}').contains(&c)
}

/// Lowercase, without diacritics, `đ` as `d`: `"Sở TT&TT"` → `"so tt&tt"`.
/// Decomposed input (combining marks, as some systems type it) folds the same.
pub fn fold(text: &str) -> String {
    let mut folded = String::with_capacity(text.len());
    for c in text.chars() {
        // Most characters of any text are ASCII: no table, no case mapping.
        if c.is_ascii() {
            folded.push(c.to_ascii_lowercase());
            continue;
        }
        if let Some(base) = fold_letter(c) {
            folded.push(base);
            continue;
        }
        for lower in c.to_lowercase() {
            if !is_combining_mark(lower) {
                folded.push(fold_letter(lower).unwrap_or(lower));
            }
        }
    }
    folded
}

/// Whether `c` is one of the accented letters of Vietnamese (`ặ`, `Đ`, `ư`):
/// a test by the same jump table as folding, no Unicode table searched.
pub fn is_vietnamese_letter(c: char) -> bool {
    fold_letter(c).is_some()
}

/// The plain letter under a Vietnamese letter of either case (`ặ`, `Ặ` → `a`;
/// `Đ` → `d`), by a match the compiler turns into a jump table: no case
/// mapping and no table search for the letters that make up Vietnamese text.
fn fold_letter(c: char) -> Option<char> {
    Some(match c {
        'à' | 'ả' | 'ã' | 'á' | 'ạ' | 'ă' | 'ằ' | 'ẳ' | 'ẵ' | 'ắ' | 'ặ' | 'â' | 'ầ' | 'ẩ' | 'ẫ'
        | 'ấ' | 'ậ' | 'À' | 'Ả' | 'Ã' | 'Á' | 'Ạ' | 'Ă' | 'Ằ' | 'Ẳ' | 'Ẵ' | 'Ắ' | 'Ặ' | 'Â'
        | 'Ầ' | 'Ẩ' | 'Ẫ' | 'Ấ' | 'Ậ' => 'a',
        'è' | 'ẻ' | 'ẽ' | 'é' | 'ẹ' | 'ê' | 'ề' | 'ể' | 'ễ' | 'ế' | 'ệ' | 'È' | 'Ẻ' | 'Ẽ' | 'É'
        | 'Ẹ' | 'Ê' | 'Ề' | 'Ể' | 'Ễ' | 'Ế' | 'Ệ' => 'e',
        'ì' | 'ỉ' | 'ĩ' | 'í' | 'ị' | 'Ì' | 'Ỉ' | 'Ĩ' | 'Í' | 'Ị' => 'i',
        'ò' | 'ỏ' | 'õ' | 'ó' | 'ọ' | 'ô' | 'ồ' | 'ổ' | 'ỗ' | 'ố' | 'ộ' | 'ơ' | 'ờ' | 'ở' | 'ỡ'
        | 'ớ' | 'ợ' | 'Ò' | 'Ỏ' | 'Õ' | 'Ó' | 'Ọ' | 'Ô' | 'Ồ' | 'Ổ' | 'Ỗ' | 'Ố' | 'Ộ' | 'Ơ'
        | 'Ờ' | 'Ở' | 'Ỡ' | 'Ớ' | 'Ợ' => 'o',
        'ù' | 'ủ' | 'ũ' | 'ú' | 'ụ' | 'ư' | 'ừ' | 'ử' | 'ữ' | 'ứ' | 'ự' | 'Ù' | 'Ủ' | 'Ũ' | 'Ú'
        | 'Ụ' | 'Ư' | 'Ừ' | 'Ử' | 'Ữ' | 'Ứ' | 'Ự' => 'u',
        'ỳ' | 'ỷ' | 'ỹ' | 'ý' | 'ỵ' | 'Ỳ' | 'Ỷ' | 'Ỹ' | 'Ý' | 'Ỵ' => 'y',
        'đ' | 'Đ' => 'd',
        _ => return None,
    })
}

/// A search typed by a user: the words as a phrase, ignoring case, diacritics
/// and extra spaces ("so tt" finds "Sở TT&TT", "van hoa" finds "Văn hóa").
/// A phrase, not loose words: "van" and "hoa" alone occur in too many names
/// (Văn Quan, Khoa học) for loose words to narrow anything down.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Search {
    phrase: String,
}

/// [`fold`], with punctuation as spaces and every run of spaces made one:
/// `"Sở Văn hóa, Thể thao"` → `"so van hoa the thao"`, `"TT&TT"` → `"tt tt"`.
pub fn fold_words(text: &str) -> String {
    let mut folded = String::with_capacity(text.len());
    push_folded_words(&mut folded, text);
    folded
}

/// Appends [`fold_words`] of `text` to `out` in one pass, without the
/// intermediate strings: the board folds every card's texts with it.
pub fn push_folded_words(out: &mut String, text: &str) {
    let start = out.len();
    // After a space (or at the start): further spaces are dropped.
    let mut spaced = true;
    let mut push = |out: &mut String, c: char| {
        if c.is_alphanumeric() {
            out.push(c);
            spaced = false;
        } else if !spaced {
            out.push(' ');
            spaced = true;
        }
    };
    for c in text.chars() {
        if c.is_ascii() {
            push(out, c.to_ascii_lowercase());
        } else if let Some(base) = fold_letter(c) {
            push(out, base);
        } else {
            for lower in c.to_lowercase().filter(|l| !is_combining_mark(*l)) {
                push(out, fold_letter(lower).unwrap_or(lower));
            }
        }
    }
    if out.len() > start && out.ends_with(' ') {
        out.pop();
    }
}

impl Search {
    pub fn new(query: &str) -> Search {
        Search {
            phrase: fold_words(query),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.phrase.is_empty()
    }

    /// True when the phrase is in a text already passed through [`fold_words`].
    pub fn matches_folded(&self, folded: &str) -> bool {
        folded.contains(self.phrase.as_str())
    }

    /// True when the phrase is in one of the texts.
    pub fn matches<'a>(&self, texts: impl IntoIterator<Item = &'a str>) -> bool {
        self.is_empty()
            || texts
                .into_iter()
                .any(|text| self.matches_folded(&fold_words(text)))
    }
}

mod collate;
pub use collate::SortKey;

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    /// The plain ASCII letter under a toneless Vietnamese letter.
    fn strip_modifier(c: char) -> char {
        match c {
            'ă' | 'â' => 'a',
            'ê' => 'e',
            'ô' | 'ơ' => 'o',
            'ư' => 'u',
            'đ' => 'd',
            other => other,
        }
    }

    proptest::proptest! {
        /// The fast path folds any text exactly as lowercasing and the tone
        /// table do.
        #[test]
        fn fold_equals_the_reference(text in "[\\PC\u{0300}-\u{036f}ĐđẠ-ỹ ]{0,60}") {
            let reference: String = text
                .chars()
                .flat_map(char::to_lowercase)
                .filter(|c| !is_combining_mark(*c))
                .map(|c| strip_modifier(split_tone(c).0))
                .collect();
            proptest::prop_assert_eq!(fold(&text), reference);
        }
    }

    /// The fast letter match agrees with the tone table for every toned
    /// vowel, in both cases.
    #[test]
    fn the_letter_match_agrees_with_the_tone_table() {
        for row in VOWELS {
            for c in row.chars() {
                let expected = strip_modifier(split_tone(c).0);
                assert_eq!(fold(&c.to_string()), expected.to_string(), "{c}");
                let upper: String = c.to_uppercase().collect();
                assert_eq!(fold(&upper), expected.to_string(), "{upper}");
            }
        }
        assert_eq!(fold("ĐẶNG"), "dang");
    }

    #[test]
    fn fold_removes_every_vietnamese_diacritic() {
        assert_eq!(fold("Sở TT&TT"), "so tt&tt");
        assert_eq!(fold("ĐÀI PHÁT THANH"), "dai phat thanh");
        assert_eq!(
            fold("Văn hóa, Thể thao và Du lịch"),
            "van hoa, the thao va du lich"
        );
        assert_eq!(
            fold("Hữu Lũng, Lộc Bình, Đình Lập"),
            "huu lung, loc binh, dinh lap"
        );
        // Decomposed: "ợ" typed as o + horn + dot below.
        assert_eq!(fold("lo\u{31b}\u{323}i"), "loi");
    }

    #[test]
    fn search_ignores_case_and_diacritics() {
        let search = Search::new("so tt");
        assert!(search.matches(["Sở TT&TT"]));
        assert!(search.matches(["Sở Thông tin", "Sở  TT&TT"]));
        assert!(
            !search.matches(["Sở Thông tin", "TT&TT"]),
            "a phrase, not loose words"
        );
        assert!(!Search::new("van hoa").matches(["UBND huyện Văn Quan", "Sở Khoa học"]));
        assert!(!search.matches(["Sở Tài chính"]));
        assert!(Search::new("đinh lap").matches(["UBND huyện Đình Lập"]));
        assert!(Search::new("  ").matches(["anything"]));
        assert!(Search::new("van hoa").matches(["Sở Văn hóa, Thể thao và Du lịch"]));
        assert!(Search::new("van hoa the thao").matches(["Sở Văn hóa, Thể thao và Du lịch"]));
        assert!(Search::new("45/kh").matches(["Kế hoạch số 45/KH-SVHTTDL"]));
    }

    proptest::proptest! {
        #[test]
        fn one_pass_folding_equals_fold_split_and_join(text in "\\PC{0,30}|[a-zA-Z ,&ăâđêôơưĂÂĐÊÔƠƯàảãáạÀẢÃÁẠ\u{0300}\u{0301}\u{0323}-]{0,30}") {
            let reference: String = fold(&text)
                .chars()
                .map(|c| if c.is_alphanumeric() { c } else { ' ' })
                .collect::<String>()
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ");
            proptest::prop_assert_eq!(fold_words(&text), reference.clone());
            let mut out = String::from("x\n");
            push_folded_words(&mut out, &text);
            proptest::prop_assert_eq!(out, format!("x\n{reference}"));
        }
    }
}
