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

/// With the Vietnamese decimal comma: `12,5`.
pub fn vi(value: f64) -> String {
    shortest(value).replace('.', ",")
}

/// `part` of `whole` in percent, one decimal, Vietnamese comma: `12,3`
/// (`0` of nothing). Integer arithmetic, rounded half up.
pub fn percent_vi(part: usize, whole: usize) -> String {
    if whole == 0 {
        return "0".into();
    }
    let (part, whole) = (part as u64, whole as u64);
    let tenths = (part.saturating_mul(1000) + whole / 2) / whole;
    format!("{},{}", tenths / 10, tenths % 10)
}

/// A count as a Vietnamese writes it: `12`, `1200` or `1.200` (dots between
/// thousands). Anything else, or more than `u32` holds: `None`.
pub fn parse_count(text: &str) -> Option<u32> {
    let mut groups = text.split('.');
    let first = groups.next().unwrap_or_default();
    if text.contains('.') && !(1..=3).contains(&first.len()) {
        return None;
    }
    let mut digits = String::from(first);
    for group in groups {
        if group.len() != 3 {
            return None;
        }
        digits.push_str(group);
    }
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    digits.parse().ok()
}

/// A count with dots between thousands: `1.200`.
pub fn count_vi(count: u32) -> String {
    let digits = count.to_string();
    let mut text = String::with_capacity(digits.len() + digits.len() / 3);
    for (index, digit) in digits.chars().enumerate() {
        if index > 0 && (digits.len() - index).is_multiple_of(3) {
            text.push('.');
        }
        text.push(digit);
    }
    text
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
        assert_eq!(vi(1234.5), "1234,5");
    }

    #[test]
    fn percents() {
        assert_eq!(percent_vi(0, 0), "0");
        assert_eq!(percent_vi(1, 3), "33,3");
        assert_eq!(percent_vi(2, 3), "66,7");
        assert_eq!(percent_vi(1, 8), "12,5");
        assert_eq!(percent_vi(3, 3), "100,0");
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
            assert_eq!(parse_count(text), Some(count), "{text}");
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
            assert_eq!(parse_count(text), None, "{text}");
        }
        assert_eq!(count_vi(0), "0");
        assert_eq!(count_vi(999), "999");
        assert_eq!(count_vi(1200), "1.200");
        assert_eq!(count_vi(u32::MAX), "4.294.967.295");
    }

    proptest! {
        /// A count written with its dots reads back as itself.
        #[test]
        fn counts_read_back(count in any::<u32>()) {
            prop_assert_eq!(parse_count(&count_vi(count)), Some(count));
            prop_assert_eq!(parse_count(&count.to_string()), Some(count));
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
            let ours: f64 = percent_vi(part, whole).replace(',', ".").parse().map_err(|e| TestCaseError::fail(format!("{e}")))?;
            let exact = part as f64 * 100.0 / whole as f64;
            prop_assert!((ours - exact).abs() <= 0.05 + 1e-9, "{} vs {}", ours, exact);
        }
    }
}
