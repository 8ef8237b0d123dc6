//! Numbers as text, without the standard library's float formatting: its
//! code and tables cost every user about 15 KB of download. `zmij` (which
//! serde_json already ships to write the files' numbers) gives the shortest
//! text that reads back as the same number.

/// The shortest text that reads back as `value`: `12`, `0.1`, `-3.25`,
/// `1e21`. Not a finite number: empty.
pub fn shortest(value: f64) -> String {
    if !value.is_finite() {
        return String::new();
    }
    if value == 0.0 {
        // Also -0: a sign on nothing only confuses a reader.
        return "0".into();
    }
    let mut buffer = zmij::Buffer::new();
    let text = buffer.format_finite(value);
    text.strip_suffix(".0").unwrap_or(text).to_owned()
}

/// Rounded to two decimals, as SVG coordinates are written: `12.35`, `12`.
pub fn svg(value: f64) -> String {
    shortest((value * 100.0).round() / 100.0)
}

/// How a language writes numbers: its decimal mark and the mark between
/// thousands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Marks {
    pub decimal: char,
    pub group: char,
}

impl Marks {
    /// Vietnamese: `1.200,5`.
    pub const VI: Marks = Marks {
        decimal: ',',
        group: '.',
    };
    /// English: `1,200.5`.
    pub const EN: Marks = Marks {
        decimal: '.',
        group: ',',
    };
}

/// With the language's decimal mark: `12,5` (Vietnamese), `12.5`.
pub fn decimal(value: f64, marks: Marks) -> String {
    shortest(value).replace('.', marks.decimal.encode_utf8(&mut [0; 4]))
}

/// `part` of `whole` in percent, one decimal: `12,3` in Vietnamese (`0` of
/// nothing). Integer arithmetic, rounded half up.
pub fn percent(part: usize, whole: usize, marks: Marks) -> String {
    if whole == 0 {
        return "0".into();
    }
    let (part, whole) = (part as u64, whole as u64);
    let tenths = (part.saturating_mul(1000) + whole / 2) / whole;
    format!("{}{}{}", tenths / 10, marks.decimal, tenths % 10)
}

/// A count as the language writes it: `12`, `1200` or `1.200` (Vietnamese;
/// `1,200` in English). Anything else, or more than `u32` holds: `None`.
pub fn parse_count(text: &str, marks: Marks) -> Option<u32> {
    ungroup(text, marks)?.parse().ok()
}

/// The digits of a whole number written with the language's mark between
/// thousands (`1.200` → `1200`), or plain; `None` for anything else.
pub fn ungroup(text: &str, marks: Marks) -> Option<String> {
    let mut groups = text.split(marks.group);
    let first = groups.next().unwrap_or_default();
    if text.contains(marks.group) && !(1..=3).contains(&first.len()) {
        return None;
    }
    let mut digits = String::from(first);
    for group in groups {
        if group.len() != 3 {
            return None;
        }
        digits.push_str(group);
    }
    (!digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit())).then_some(digits)
}

/// `5241856` → `"5.241.856"` (Vietnamese), `"5,241,856"` (English).
pub fn group_thousands(value: u64, marks: Marks) -> String {
    let digits = value.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (index, digit) in digits.chars().enumerate() {
        if index > 0 && (digits.len() - index).is_multiple_of(3) {
            out.push(marks.group);
        }
        out.push(digit);
    }
    out
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn shortest_forms() {
        assert_eq!(shortest(12.0), "12");
        assert_eq!(shortest(0.1), "0.1");
        assert_eq!(shortest(-3.25), "-3.25");
        assert_eq!(shortest(-0.0), "0");
        assert_eq!(shortest(f64::NAN), "");
        assert_eq!(shortest(f64::INFINITY), "");
        assert_eq!(svg(12.3456), "12.35");
        assert_eq!(svg(-0.001), "0");
        assert_eq!(svg(80.0 + 0.5), "80.5");
        assert_eq!(decimal(1234.5, Marks::VI), "1234,5");
        assert_eq!(decimal(1234.5, Marks::EN), "1234.5");
    }

    #[test]
    fn percents() {
        assert_eq!(percent(0, 0, Marks::VI), "0");
        assert_eq!(percent(1, 3, Marks::VI), "33,3");
        assert_eq!(percent(2, 3, Marks::VI), "66,7");
        assert_eq!(percent(1, 8, Marks::VI), "12,5");
        assert_eq!(percent(1, 8, Marks::EN), "12.5");
        assert_eq!(percent(3, 3, Marks::VI), "100,0");
    }

    #[test]
    fn counts() {
        for (text, count) in [
            ("0", 0),
            ("12", 12),
            ("1200", 1200),
            ("1.200", 1200),
            ("12.345.678", 12_345_678),
            ("4.294.967.295", u32::MAX),
        ] {
            assert_eq!(parse_count(text, Marks::VI), Some(count), "{text}");
        }
        for text in [
            "",
            ".",
            "1.",
            ".200",
            "1.2",
            "1.2000",
            "1234.567",
            "1,5",
            "-3",
            "+3",
            "12 bài",
            "4294967296",
            "١٢",
        ] {
            assert_eq!(parse_count(text, Marks::VI), None, "{text}");
        }
        for (text, count) in [("1,200", Some(1200)), ("1.200", None), ("12", Some(12))] {
            assert_eq!(parse_count(text, Marks::EN), count, "{text}");
        }
        assert_eq!(group_thousands(0, Marks::VI), "0");
        assert_eq!(group_thousands(999, Marks::VI), "999");
        assert_eq!(group_thousands(1200, Marks::VI), "1.200");
        assert_eq!(group_thousands(5_241_856, Marks::VI), "5.241.856");
        assert_eq!(group_thousands(5_241_856, Marks::EN), "5,241,856");
    }

    proptest! {
        /// A count written with its dots reads back as itself.
        #[test]
        fn counts_read_back(count in any::<u32>()) {
            for marks in [Marks::VI, Marks::EN] {
                prop_assert_eq!(parse_count(&group_thousands(u64::from(count), marks), marks), Some(count));
                prop_assert_eq!(parse_count(&count.to_string(), marks), Some(count));
            }
        }

        /// What is written reads back as the same number.
        #[test]
        fn shortest_reads_back(value in any::<f64>().prop_filter("finite", |v| v.is_finite())) {
            let text = shortest(value);
            let back: f64 = text.parse().map_err(|e| TestCaseError::fail(format!("{text}: {e}")))?;
            prop_assert_eq!(back, if value == 0.0 { 0.0 } else { value });
        }

        /// Same value as the standard library's one-decimal rounding, within
        /// its half-even ties on binary fractions.
        #[test]
        fn percent_matches_float(part in 0usize..100_000, whole in 1usize..100_000) {
            let ours: f64 = percent(part, whole, Marks::VI).replace(',', ".").parse().map_err(|e| TestCaseError::fail(format!("{e}")))?;
            let exact = part as f64 * 100.0 / whole as f64;
            prop_assert!((ours - exact).abs() <= 0.05 + 1e-9, "{} vs {}", ours, exact);
        }
    }
}
