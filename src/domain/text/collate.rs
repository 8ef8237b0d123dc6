//! Vietnamese dictionary order for names: the alphabet's own letter order,
//! numbers by value, tones breaking ties.

use super::{is_combining_mark, split_tone, ALPHABET};

/// A key that sorts strings in Vietnamese dictionary order: letters first by the
/// Vietnamese alphabet (a < ă < â < b … d < đ …), numbers by their value
/// ("Xã 2" before "Xã 10"), then by tones, then as written.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct SortKey {
    letters: Vec<u32>,
    tones: Vec<u8>,
    original: String,
}

/// Where a run of digits starts in [`SortKey`]'s letters: `'0'`, as any
/// digit stood there before, so a number keeps its place among other
/// characters; then its count of significant digits, then the digits, so
/// that runs compare by value.
const NUMBER: u32 = '0' as u32;

impl SortKey {
    pub fn new(text: &str) -> SortKey {
        let mut letters = Vec::with_capacity(text.len());
        let mut tones = Vec::with_capacity(text.len());
        let mut chars = text
            .chars()
            .flat_map(char::to_lowercase)
            .filter(|c| !is_combining_mark(*c))
            .peekable();
        while let Some(c) = chars.next() {
            if c.is_ascii_digit() {
                let mut digits = vec![c];
                while let Some(d) = chars.next_if(char::is_ascii_digit) {
                    digits.push(d);
                }
                let zeros = digits.iter().take_while(|d| **d == '0').count();
                let significant = &digits[zeros.min(digits.len() - 1)..];
                letters.push(NUMBER);
                letters.push(significant.len() as u32);
                letters.extend(significant.iter().map(|d| u32::from(*d)));
                continue;
            }
            let (base, tone) = split_tone(c);
            letters.push(match ALPHABET.chars().position(|letter| letter == base) {
                Some(rank) => 0x10_0000 + rank as u32,
                None => u32::from(base),
            });
            tones.push(tone);
        }
        SortKey {
            letters,
            tones,
            original: text.to_owned(),
        }
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn vietnamese_order_puts_d_before_dd_and_a_before_breve_a() {
        let mut names = vec![
            "Đình Lập",
            "Du lịch",
            "Ăn",
            "Bắc Sơn",
            "An",
            "Ân",
            "Cao Lộc",
        ];
        names.sort_by_key(|name| SortKey::new(name));
        assert_eq!(
            names,
            [
                "An",
                "Ăn",
                "Ân",
                "Bắc Sơn",
                "Cao Lộc",
                "Du lịch",
                "Đình Lập"
            ]
        );
    }

    #[test]
    fn numbers_sort_by_their_value() {
        let mut names = vec![
            "ĐV 10", "ĐV 2", "ĐV 1", "Đ", "ĐV 02", "ĐV", "ĐV 1a", "ĐV 9 b", "ĐVA",
        ];
        names.sort_by_key(|name| SortKey::new(name));
        assert_eq!(
            names,
            ["Đ", "ĐV", "ĐV 1", "ĐV 1a", "ĐV 02", "ĐV 2", "ĐV 9 b", "ĐV 10", "ĐVA"]
        );
    }

    proptest::proptest! {
        /// A number's place among other text is a digit's: only numbers
        /// against numbers compare differently than digit by digit.
        #[test]
        fn numbers_compare_by_value(a in 0u64..100_000, b in 0u64..100_000, prefix in "[a-zđ ]{0,3}") {
            let key = |n: u64| SortKey::new(&format!("{prefix}{n}"));
            proptest::prop_assert_eq!(key(a).cmp(&key(b)), a.cmp(&b));
        }
    }

    #[test]
    fn tones_break_ties_in_dictionary_order() {
        let mut words = vec!["má", "mạ", "mà", "ma", "mã", "mả"];
        words.sort_by_key(|word| SortKey::new(word));
        assert_eq!(words, ["ma", "mà", "mả", "mã", "má", "mạ"]);
    }
}
