//! Numbering markers ("II.", "3.1.", "2.1.a.", "a)", "đ)", "-", "+", "•",
//! "Bước 1", "Điều 2.", "A.") and field labels ("Đơn vị chủ trì:",
//! "Thời gian thực hiện:") at the start of a paragraph.

use crate::domain::text::fold;

/// The kind of a numbering marker: items of one kind are siblings.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// "A.", "B." before a heading in capitals: parts of a document.
    Part,
    /// "I.", "II."
    Roman,
    /// "1.", "3.1.", "2.2.3." by depth (components).
    Arabic(u8),
    /// "a)", "đ)"
    Letter,
    /// "Bước 1"
    Step,
    /// "Điều 1." of a decision.
    Article,
    /// "Phụ lục", "PHỤ LỤC II"
    Appendix,
    /// "-", "–"
    Dash,
    /// "+"
    Plus,
    /// "•", "●", "▪", "◦"
    Dot,
}

impl Kind {
    pub fn is_bullet(self) -> bool {
        matches!(self, Kind::Dash | Kind::Plus | Kind::Dot)
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Marker {
    pub kind: Kind,
    /// The label as printed, without its punctuation: "II", "3.1", "a", "".
    pub label: String,
    /// Bytes of the paragraph the marker and the spaces after it take.
    pub len: usize,
}

const ROMANS: &[&str] = &[
    "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV",
    "XVI", "XVII", "XVIII", "XIX", "XX",
];

/// A table's group row label: "I", "IV", "A" (a dot after it allowed).
pub fn is_group_label(text: &str) -> bool {
    let t = text.trim().trim_end_matches('.');
    roman_value(t).is_some() || t.len() == 1 && t.bytes().all(|b| b.is_ascii_uppercase())
}

/// The value of a Roman numeral up to 20.
pub fn roman_value(text: &str) -> Option<usize> {
    ROMANS.iter().position(|r| *r == text).map(|i| i + 1)
}

fn spaces_after(text: &str, at: usize) -> Option<usize> {
    let rest = &text[at..];
    if rest.is_empty() {
        return Some(at);
    }
    let trimmed = rest.trim_start();
    (trimmed.len() < rest.len()).then_some(at + rest.len() - trimmed.len())
}

/// The marker at the start of a paragraph's text, if any.
pub fn parse(text: &str) -> Option<Marker> {
    let first = text.chars().next()?;
    let marker = |kind, label: &str, len| {
        Some(Marker {
            kind,
            label: label.to_string(),
            len,
        })
    };
    match first {
        '-' | '–' | '—' | '‐' => {
            let len = first.len_utf8();
            let rest = &text[len..];
            // "-text" is a bullet too, but "--" and "-5%" are not.
            if rest.starts_with(' ') || rest.chars().next().is_some_and(char::is_alphabetic) {
                return marker(Kind::Dash, "", len + rest.len() - rest.trim_start().len());
            }
            return None;
        }
        '+' => {
            let rest = &text[1..];
            if rest.starts_with(' ') {
                return marker(Kind::Plus, "", 1 + rest.len() - rest.trim_start().len());
            }
            return None;
        }
        '•' | '●' | '▪' | '◦' | '·' | '○' | '■' | '□' | '\u{f0b7}' | '✓' => {
            let len = first.len_utf8();
            let rest = &text[len..];
            return marker(Kind::Dot, "", len + rest.len() - rest.trim_start().len());
        }
        _ => {}
    }
    if let Some(found) = arabic(text) {
        return Some(found);
    }
    let word_end = text
        .find(|c: char| !c.is_alphanumeric())
        .unwrap_or(text.len());
    let word = &text[..word_end];
    let punct = text[word_end..].chars().next();
    // Roman numerals: "II." "IV)" "III -" "V:"
    if roman_value(word).is_some() && matches!(punct, Some('.' | ')' | ':' | '/')) {
        let after = word_end + 1;
        if let Some(len) = spaces_after(text, after) {
            // "I. " but not "I.5"; a lone "V." could be a person's initial,
            // accepted only before capitals or digits.
            return marker(Kind::Roman, word, len);
        }
    }
    if roman_value(word).is_some() && text[word_end..].starts_with(" - ") {
        return marker(Kind::Roman, word, word_end + 3);
    }
    let mut chars = word.chars();
    if let (Some(letter), None) = (chars.next(), chars.next()) {
        // "a)", "đ)", "a." (one lowercase letter), "A." before capitals.
        if letter.is_lowercase() && matches!(punct, Some(')' | '.')) {
            if let Some(len) = spaces_after(text, word_end + 1) {
                if len < text.len() {
                    return marker(Kind::Letter, word, len);
                }
            }
        }
        if letter.is_uppercase() && punct == Some('.') {
            if let Some(len) = spaces_after(text, word_end + 1) {
                let rest = &text[len..];
                let caps = rest
                    .split_whitespace()
                    .take(2)
                    .all(|w| w.chars().all(|c| !c.is_lowercase()));
                if caps && !rest.is_empty() && roman_value(word).is_none() {
                    return marker(Kind::Part, word, len);
                }
            }
        }
        if letter.is_lowercase() && punct == Some(')') && word_end + 1 == text.len() {
            return marker(Kind::Letter, word, text.len());
        }
    }
    let folded_word = fold(word);
    if folded_word == "buoc" {
        return numbered_word(text, word_end, Kind::Step);
    }
    if folded_word == "dieu" && word.starts_with('Đ') {
        return numbered_word(text, word_end, Kind::Article);
    }
    if folded_word == "phu" && fold(&text[..text.len().min(12)]).starts_with("phu luc") {
        let after = text.char_indices().nth(7).map_or(text.len(), |(i, _)| i);
        let rest = text[after..].trim_start();
        let label_end = rest
            .find(|c: char| !c.is_alphanumeric())
            .unwrap_or(rest.len());
        let label = &rest[..label_end];
        let label = if roman_value(label).is_some() || label.chars().all(|c| c.is_ascii_digit()) {
            label
        } else {
            ""
        };
        return marker(Kind::Appendix, label, 0);
    }
    None
}

/// "Bước 1:", "Điều 2." : a word, a number, punctuation.
fn numbered_word(text: &str, word_end: usize, kind: Kind) -> Option<Marker> {
    let rest = &text[word_end..];
    let rest_trimmed = rest.trim_start();
    let digits_at = word_end + rest.len() - rest_trimmed.len();
    let digits_len = rest_trimmed
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(rest_trimmed.len());
    if digits_len == 0 || digits_at == word_end {
        return None;
    }
    let label = &text[digits_at..digits_at + digits_len];
    let mut end = digits_at + digits_len;
    if text[end..].starts_with(['.', ':', ')']) {
        end += 1;
    }
    let len = spaces_after(text, end).unwrap_or(end);
    Some(Marker {
        kind,
        label: label.to_string(),
        len,
    })
}

/// "1.", "3.1.", "3.1 ", "2.1.a.", "1)", "1/".
fn arabic(text: &str) -> Option<Marker> {
    let bytes = text.as_bytes();
    let mut at = 0;
    let mut parts: Vec<&str> = Vec::new();
    loop {
        let start = at;
        while at < bytes.len() && bytes[at].is_ascii_digit() {
            at += 1;
        }
        if at == start || at - start > 3 {
            if at == start && !parts.is_empty() {
                // "2.1.a." : a letter after the numbers.
                let rest = &text[start..];
                let mut chars = rest.char_indices();
                if let Some((_, c)) = chars.next() {
                    if c.is_lowercase() && c.is_alphabetic() {
                        let after = start + c.len_utf8();
                        if text[after..].starts_with(['.', ')']) {
                            let len = spaces_after(text, after + 1)?;
                            let mut label = parts.join(".");
                            label.push('.');
                            label.push(c);
                            return Some(Marker {
                                kind: Kind::Arabic(parts.len() as u8 + 1),
                                label,
                                len,
                            });
                        }
                    }
                }
            }
            return None;
        }
        parts.push(&text[start..at]);
        if at < bytes.len() && bytes[at] == b'.' {
            at += 1;
            if at < bytes.len() && (bytes[at].is_ascii_digit() || bytes[at].is_ascii_lowercase()) {
                continue;
            }
            if at < bytes.len() && !bytes[at].is_ascii() {
                // "2.1.đ."
                let c = text[at..].chars().next()?;
                if c.is_lowercase() && c.is_alphabetic() {
                    continue;
                }
            }
            let len = spaces_after(text, at)?;
            return done(parts, len, text);
        }
        if at < bytes.len() && bytes[at] == b')' && parts.len() == 1 {
            let len = spaces_after(text, at + 1)?;
            return done(parts, len, text);
        }
        if at < bytes.len() && bytes[at] == b' ' && parts.len() > 1 {
            let len = spaces_after(text, at)?;
            return done(parts, len, text);
        }
        return None;
    }
}

fn done(parts: Vec<&str>, len: usize, text: &str) -> Option<Marker> {
    // A number alone is not an item ("2024." ends a sentence; "1." alone may
    // be a heading whose words come on the next line, kept).
    if parts.len() == 1 && parts[0].len() > 2 {
        return None;
    }
    if len == text.len() && parts.len() == 1 && parts[0].len() > 2 {
        return None;
    }
    Some(Marker {
        kind: Kind::Arabic(parts.len() as u8),
        label: parts.join("."),
        len,
    })
}

/// Whether a paragraph's text starts with a numbering or bullet marker.
pub fn starts_item(text: &str) -> bool {
    parse(text).is_some_and(|m| m.kind != Kind::Part || text.len() > m.len)
}

/// What a field label announces.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Field {
    /// chủ trì
    Lead,
    /// phối hợp
    Coordinate,
    /// chủ trì and phối hợp in one label ("Cơ quan chủ trì, phối hợp")
    Units,
    /// thực hiện ("Đơn vị thực hiện", "Cơ quan thực hiện")
    Implement,
    /// "Thời gian thực hiện", "Thời hạn", "Tiến độ"
    Time,
    /// "Nội dung thực hiện", "Nhiệm vụ"
    Content,
    /// "Sản phẩm", "Kết quả"
    Product,
    /// "Kinh phí"
    Budget,
    /// "Ghi chú"
    Note,
}

const LABEL_STARTS: &[&str] = &[
    "don vi",
    "co quan",
    "chu tri",
    "phoi hop",
    "thoi gian",
    "thoi han",
    "tien do",
    "noi dung thuc hien",
    "san pham",
    "ket qua du kien",
    "ket qua",
    "nhiem vu",
    "ghi chu",
    "kinh phi",
    "trach nhiem thuc hien",
    "bo phan",
];

/// Characters enough to fold for any of [`LABEL_STARTS`], even written
/// with combining marks (each letter then takes up to three).
const LABEL_HEAD_CHARS: usize = 64;

/// The field a label's words announce.
pub fn field_of(folded: &str) -> Option<Field> {
    let has = |w: &str| folded.contains(w);
    if folded.starts_with("thoi gian")
        || folded.starts_with("thoi han")
        || folded.starts_with("tien do")
    {
        return Some(Field::Time);
    }
    if folded.starts_with("san pham") || folded.starts_with("ket qua") {
        return Some(Field::Product);
    }
    if folded.starts_with("kinh phi") {
        return Some(Field::Budget);
    }
    if folded.starts_with("ghi chu") {
        return Some(Field::Note);
    }
    if folded.starts_with("noi dung") || folded.starts_with("nhiem vu") {
        return Some(Field::Content);
    }
    let unit_words = folded.starts_with("don vi")
        || folded.starts_with("co quan")
        || folded.starts_with("chu tri")
        || folded.starts_with("phoi hop")
        || folded.starts_with("bo phan")
        || folded.starts_with("trach nhiem");
    if !unit_words {
        return None;
    }
    match (has("chu tri"), has("phoi hop")) {
        (true, true) => Some(Field::Units),
        (true, false) => Some(Field::Lead),
        (false, true) => Some(Field::Coordinate),
        (false, false) if has("thuc hien") || has("trach nhiem") => Some(Field::Implement),
        _ => None,
    }
}

/// A field label at the start of `text` (after any marker): its field and
/// the bytes it takes with its colon. A label ends at a colon within its
/// first eight words; a short paragraph that is a unit or time label alone
/// ("2. Cơ quan chủ trì, phối hợp", "a) Cơ quan chủ trì") is one too.
pub fn label(text: &str) -> Option<(Field, usize)> {
    // The first words decide: a paragraph that does not start like a label
    // is neither searched for its colon nor folded whole.
    let start = text.trim_start();
    let head = start
        .char_indices()
        .nth(LABEL_HEAD_CHARS)
        .map_or(start, |(at, _)| &start[..at]);
    let head = fold(head);
    if !LABEL_STARTS.iter().any(|s| head.starts_with(s)) {
        return None;
    }
    let head_end = text.find(':');
    let candidate = match head_end {
        Some(end) if text[..end].split_whitespace().count() <= 9 => &text[..end],
        _ => text.trim_end_matches(['.', ' ']),
    };
    let folded = fold(candidate);
    let folded = folded.trim();
    if !LABEL_STARTS.iter().any(|s| folded.starts_with(s)) {
        return None;
    }
    let field = field_of(folded)?;
    match head_end {
        Some(end) if candidate.len() == end => {
            let mut len = end + 1;
            len += text[len..].len() - text[len..].trim_start().len();
            Some((field, len))
        }
        _ => {
            // No colon: the whole paragraph must be the label, and short.
            let alone = candidate.split_whitespace().count() <= 7
                && matches!(
                    field,
                    Field::Lead | Field::Coordinate | Field::Units | Field::Implement | Field::Time
                );
            alone.then_some((field, text.len()))
        }
    }
}

/// Whether a paragraph starts with a label and its colon ("Đơn vị phối hợp:").
pub fn is_label_start(text: &str) -> bool {
    let rest = match parse(text) {
        Some(m) if m.kind.is_bullet() || m.kind == Kind::Letter => &text[m.len..],
        _ => text,
    };
    label(rest).is_some_and(|(_, len)| len < rest.len() || rest.trim_end().ends_with(':'))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kind_label(text: &str) -> Option<(Kind, String)> {
        parse(text).map(|m| (m.kind, m.label))
    }

    #[test]
    fn reads_the_genre_s_markers() {
        assert_eq!(kind_label("II. NỘI DUNG"), Some((Kind::Roman, "II".into())));
        assert_eq!(
            kind_label("3.1. Tích cực"),
            Some((Kind::Arabic(2), "3.1".into()))
        );
        assert_eq!(
            kind_label("3.1 Tích cực"),
            Some((Kind::Arabic(2), "3.1".into()))
        );
        assert_eq!(
            kind_label("1. Mục đích"),
            Some((Kind::Arabic(1), "1".into()))
        );
        assert_eq!(
            kind_label("2.1.a. Thành lập"),
            Some((Kind::Arabic(3), "2.1.a".into()))
        );
        assert_eq!(kind_label("đ) Tổ chức"), Some((Kind::Letter, "đ".into())));
        assert_eq!(
            kind_label("a) Cơ quan chủ trì"),
            Some((Kind::Letter, "a".into()))
        );
        assert_eq!(kind_label("- Đơn vị"), Some((Kind::Dash, "".into())));
        assert_eq!(kind_label("+ Đơn đề nghị"), Some((Kind::Plus, "".into())));
        assert_eq!(kind_label("• Một"), Some((Kind::Dot, "".into())));
        assert_eq!(
            kind_label("Bước 2: Kiểm tra"),
            Some((Kind::Step, "2".into()))
        );
        assert_eq!(
            kind_label("Điều 1. Ban hành"),
            Some((Kind::Article, "1".into()))
        );
        assert_eq!(
            kind_label("B. NỘI DUNG, NHIỆM VỤ"),
            Some((Kind::Part, "B".into()))
        );
        assert_eq!(
            kind_label("PHỤ LỤC II"),
            Some((Kind::Appendix, "II".into()))
        );
    }

    #[test]
    fn ordinary_sentences_have_no_marker() {
        for text in [
            "2024. Năm bản lề",
            "Thực hiện Kế hoạch số 149",
            "-5% so với",
            "V.I. Lenin",
            "Sở Tư pháp",
            "12/2025",
        ] {
            assert_eq!(parse(text), None, "{text}");
        }
    }

    #[test]
    fn labels_are_fields() {
        assert_eq!(
            label("Đơn vị chủ trì thực hiện: Các Sở"),
            Some((Field::Lead, "Đơn vị chủ trì thực hiện: ".len()))
        );
        assert_eq!(
            label("Thời gian hoàn tất: trước").map(|l| l.0),
            Some(Field::Time)
        );
        assert_eq!(
            label("Cơ quan chủ trì, phối hợp").map(|l| l.0),
            Some(Field::Units)
        );
        assert_eq!(
            label("Đơn vị thực hiện: các sở").map(|l| l.0),
            Some(Field::Implement)
        );
        assert_eq!(
            label("Tổ chức quán triệt, tuyên truyền nâng cao nhận thức"),
            None
        );
        assert_eq!(label("Nội dung, biện pháp"), None);
        assert!(is_label_start("- Thời gian thực hiện: thường xuyên."));
        assert!(!is_label_start("- Tổ chức nghiên cứu"));
    }
}
