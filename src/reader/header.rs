//! The document's header and closing as Nghị định 30/2020 lays them out:
//! issuing body (above "CỘNG HÒA…" or "ĐẢNG CỘNG SẢN…"), "Số: 61/KH-UBND",
//! "Lạng Sơn, ngày 18 tháng 3 năm 2024", the kind in capitals ("KẾ HOẠCH"),
//! the title (trích yếu) below it, the cited documents of the preamble, Nơi
//! nhận and the signer block (TM./KT./Q. lines, title, name).

use super::source::Para;
use super::Span;
use crate::domain::text::fold;
use crate::domain::{Date, DocumentRef, Signer};

mod closing;
mod parents;

pub use closing::closing;
pub(in crate::reader) use parents::char_byte;
pub use parents::parents;

/// What the header says, each part with where it stands.
#[derive(Clone, Debug, Default)]
pub struct Header {
    pub kind: Option<(String, Span)>,
    pub number: Option<(String, Span)>,
    pub date: Option<(Date, Span)>,
    /// The date line leaves day and month blank (a draft): the date is 1/1 of its year.
    pub date_blank: bool,
    /// The number line leaves the number blank (a draft): "Số:    /KH-UBND".
    pub number_blank: bool,
    pub place: Option<(String, Span)>,
    pub issuer: Option<(String, Span)>,
    pub title: Option<(String, Span)>,
    /// The decision a plan is attached to ("QUYẾT ĐỊNH … Ban hành kèm theo").
    pub decision: Option<DocumentRef>,
    /// The index of the first paragraph after the title.
    pub body_start: usize,
}

/// Kinds of document, folded, with their printed names.
const KINDS: &[(&str, &str)] = &[
    ("chuong trinh hanh dong", "Chương trình hành động"),
    ("ke hoach", "Kế hoạch"),
    ("quyet dinh", "Quyết định"),
    ("chuong trinh", "Chương trình"),
    ("nghi quyet", "Nghị quyết"),
    ("chi thi", "Chỉ thị"),
    ("de an", "Đề án"),
    ("ket luan", "Kết luận"),
    ("thong tu", "Thông tư"),
    ("nghi dinh", "Nghị định"),
    ("cong van", "Công văn"),
    ("quy dinh", "Quy định"),
    ("huong dan", "Hướng dẫn"),
    ("thong bao", "Thông báo"),
    ("quy che", "Quy chế"),
    ("luat", "Luật"),
];

/// A paragraph that is a kind alone in capitals ("KẾ HOẠCH").
fn kind_line(text: &str) -> Option<&'static str> {
    let letters: String = text.chars().filter(|c| !c.is_ascii_punctuation()).collect();
    if letters.chars().any(char::is_lowercase) {
        return None;
    }
    let folded = fold(letters.trim());
    // "KẾ HOẠCH", or a short line that starts with the kind
    // ("CHƯƠNG TRÌNH HÀNH ĐỘNG CỦA CHÍNH PHỦ").
    KINDS
        .iter()
        .find(|(k, _)| {
            folded == *k
                || folded.starts_with(&format!("{k} "))
                    && folded.split_whitespace().count() <= 8
                    && !folded.contains(" so ")
        })
        .map(|(_, printed)| *printed)
}

fn is_capitals(text: &str) -> bool {
    let letters: Vec<char> = text.chars().filter(|c| c.is_alphabetic()).collect();
    letters.len() >= 4 && letters.iter().filter(|c| c.is_lowercase()).count() * 10 <= letters.len()
}

/// "Số: 61/KH-UBND", "Số 3260-KH/ĐĐQH15", "Số: 3210/QĐ - UBND" in a text.
fn number_in(text: &str) -> Option<(usize, String)> {
    let mut search = 0;
    while let Some(found) = ["Số", "số", "SỐ"]
        .iter()
        .filter_map(|w| text[search..].find(w))
        .min()
    {
        let at = search + found;
        search = at + "Số".len();
        let rest = text[search..].trim_start_matches([':', ' ', '.', '\u{a0}', '_', '…']);
        let start = text.len() - rest.len();
        let mut number = String::new();
        for c in rest.chars() {
            if c.is_alphanumeric() || matches!(c, '/' | '-' | '.' | '–' | '&') {
                number.push(c);
            } else if c == ' '
                && (number.ends_with(['/', '-'])
                    || rest[number.len()..].trim_start().starts_with(['/', '-']))
            {
                continue;
            } else {
                break;
            }
        }
        let number = number.trim_end_matches(['.', '-']).to_string();
        // "61/KH-UBND", or a draft's "/KH-UBND" (a Party body's "-KH/ĐU")
        // whose number is not given yet.
        let numbered = number.chars().next().is_some_and(|c| c.is_ascii_digit());
        let blank = number.starts_with(['/', '-']) && number.len() > 2;
        if number.contains('/') && (numbered || blank) {
            return Some((start, number));
        }
    }
    None
}

/// "Lạng Sơn, ngày 18 tháng 3 năm 2024": the place and the date.
fn place_date(text: &str) -> Option<(String, Date, usize)> {
    let folded = fold(text);
    let at = folded.find(", ngay ")?;
    // fold keeps the byte length of ASCII; find the comma in the original by
    // counting characters.
    let chars_before = folded[..at].chars().count();
    let byte_at = text.char_indices().nth(chars_before).map(|(i, _)| i)?;
    let place = text[..byte_at]
        .rsplit(['|', '\n'])
        .next()
        .unwrap_or_default()
        .trim()
        .trim_matches('*')
        .trim();
    let place = collapse_spaced_letters(place);
    let nums: Vec<u32> = folded[at..]
        .split(|c: char| !c.is_ascii_digit())
        .filter(|s| !s.is_empty())
        .take(3)
        .filter_map(|s| s.parse().ok())
        .collect();
    let date = match nums[..] {
        [d, m, y] => Date::new(y as i32, u8::try_from(m).ok()?, u8::try_from(d).ok()?)?,
        // A draft before signing: "ngày    tháng    năm 2026", or its
        // month given ("ngày    tháng 6 năm 2026").
        [y] if (1945..=2100).contains(&y) => Date::new(y as i32, 1, 1)?,
        [m, y] if (1945..=2100).contains(&y) => Date::new(y as i32, u8::try_from(m).ok()?, 1)?,
        _ => return None,
    };
    (!place.is_empty()).then_some((place, date, byte_at))
}

/// Whether a place-and-date line leaves its day (and month) blank (a draft).
fn blank_date(text: &str) -> bool {
    let folded = fold(text);
    folded.find(", ngay ").is_some_and(|at| {
        folded[at..]
            .split(|c: char| !c.is_ascii_digit())
            .filter(|s| !s.is_empty())
            .take(3)
            .count()
            < 3
    })
}

/// "T hành phố Hồ Chí M inh" (letters split by OCR) → "Thành phố Hồ Chí Minh":
/// a lone capital joins the lowercase word after it.
fn collapse_spaced_letters(text: &str) -> String {
    let words: Vec<&str> = text.split_whitespace().collect();
    let mut out: Vec<String> = Vec::new();
    let mut i = 0;
    while i < words.len() {
        let w = words[i];
        let lone_capital = w.chars().count() == 1 && w.chars().all(char::is_uppercase);
        if lone_capital {
            if let Some(next) = words.get(i + 1) {
                if next.chars().next().is_some_and(char::is_lowercase) {
                    out.push(format!("{w}{next}"));
                    i += 2;
                    continue;
                }
            }
        }
        out.push(w.to_string());
        i += 1;
    }
    out.join(" ")
}

/// Capitals as a sentence: "ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN" → "Ủy ban nhân
/// dân tỉnh Lạng Sơn", keeping `place` as printed.
pub fn sentence_case(text: &str, place: &str) -> String {
    // "UBND TỈNH X": the abbreviation written out before the case changes.
    let text = text
        .replace("UBND", "ỦY BAN NHÂN DÂN")
        .replace("HĐND", "HỘI ĐỒNG NHÂN DÂN");
    let lower: String = text.to_lowercase();
    let mut out = String::with_capacity(lower.len());
    let mut first = true;
    for c in lower.chars() {
        if first && c.is_alphabetic() {
            out.extend(c.to_uppercase());
            first = false;
        } else {
            out.push(c);
        }
    }
    let out = out.replace("uỷ ban", "ủy ban");
    let mut out = out;
    if !place.is_empty() {
        let folded_place = fold(place);
        let folded_out = fold(&out);
        if let Some(at) = folded_out.find(&folded_place) {
            let start_chars = folded_out[..at].chars().count();
            let len_chars = folded_place.chars().count();
            let prefix: String = out.chars().take(start_chars).collect();
            let suffix: String = out.chars().skip(start_chars + len_chars).collect();
            out = format!("{prefix}{place}{suffix}");
        }
    }
    for (lower, proper) in [
        ("quốc hội", "Quốc hội"),
        ("trung ương", "Trung ương"),
        ("chính phủ", "Chính phủ"),
        ("việt nam", "Việt Nam"),
        ("tỉnh ủy", "Tỉnh ủy"),
        ("hồ chí minh", "Hồ Chí Minh"),
    ] {
        out = out.replace(lower, proper);
    }
    out
}

/// Reads the header from the paragraphs before the body.
pub fn read(paras: &[Para]) -> Header {
    let mut header = Header::default();
    let limit = paras.len().min(80);
    // Number, place and date: the first ones in the document.
    for para in &paras[..limit] {
        let texts: Vec<(&str, Span)> = if para.is_row() {
            para.cells
                .iter()
                .map(|c| (c.text.as_str(), c.span))
                .collect()
        } else {
            vec![(para.text.as_str(), para.span)]
        };
        for (text, span) in texts {
            if header.number.is_none() {
                if let Some((_, number)) = number_in(text) {
                    let number = number.replace(' ', "");
                    header.number_blank = number.starts_with(['/', '-']);
                    header.number = Some((number, span));
                }
            }
            if header.date.is_none() {
                if let Some((place, date, _)) = place_date(text) {
                    header.place = Some((place, span));
                    header.date = Some((date, span));
                    header.date_blank = blank_date(text);
                }
            }
        }
        if header.number.is_some() && header.date.is_some() {
            break;
        }
    }
    // The issuing body: the capitals before the national motto or the number.
    let motto = paras[..limit].iter().position(|p| {
        let f = fold(&p.text);
        f.contains("cong hoa xa hoi chu nghia") || f.contains("dang cong san viet nam")
    });
    let place = header
        .place
        .as_ref()
        .map(|(p, _)| p.clone())
        .unwrap_or_default();
    if let Some(motto_at) = motto {
        let motto_para = &paras[motto_at];
        // A two-column header flattened into rows: the body is the left
        // cells of the motto's row and the rows under it ("ỦY BAN NHÂN DÂN"
        // / "TỈNH LẠNG SƠN"), or, when those hold only a rule, the capitals
        // above the motto's row.
        let mut left_cells: Vec<(String, Span)> = Vec::new();
        for para in paras[motto_at..limit]
            .iter()
            .take_while(|p| p.is_row())
            .take(3)
        {
            let Some(cell) = para.cells.first() else {
                break;
            };
            let left = cell.text.split("---").next().unwrap_or_default();
            let left = collapse_spaced_letters(&respace_capitals(left));
            let left = left.trim().trim_matches('-').trim().to_string();
            if left.is_empty()
                || fold(&left).contains("cong hoa")
                || number_in(&left).is_some()
                || !is_capitals(&left)
            {
                break;
            }
            left_cells.push((left, cell.span));
        }
        if let (Some(first), Some(last)) = (left_cells.first(), left_cells.last()) {
            let joined: Vec<&str> = left_cells.iter().map(|(t, _)| t.as_str()).collect();
            let span = Span {
                start: first.1.start,
                end: last.1.end,
            };
            header.issuer = Some((sentence_case(&joined.join(" "), &place), span));
        } else {
            // A PDF copies the left column whole, its number under the
            // body's name: "ỦY BAN NHÂN DÂN / TỈNH X / Số: 1/KH-UBND", then
            // the motto.
            let mut lines: Vec<&Para> = Vec::new();
            for para in paras[..motto_at].iter().rev() {
                if lines.is_empty() && number_in(&para.text).is_some()
                    || !para.text.chars().any(char::is_alphanumeric)
                {
                    // The number under the body's name; the star or rule
                    // between them.
                    continue;
                }
                if is_capitals(&para.text) && para.text.len() < 120 && !para.is_row() {
                    lines.push(para);
                } else {
                    break;
                }
            }
            lines.reverse();
            if let Some(first) = lines.first() {
                let last = lines.last().unwrap_or(first);
                let party = fold(&motto_para.text).contains("dang cong san");
                // A Party body prints its superior above itself; a state body prints
                // "ỦY BAN NHÂN DÂN / TỈNH X" as one name in two lines.
                let chosen: Vec<&str> = if party && lines.len() >= 2 {
                    vec![last.text.as_str()]
                } else {
                    lines.iter().map(|p| p.text.as_str()).collect()
                };
                let joined = chosen.join(" ");
                let joined = joined.trim_matches(|c: char| c == '-' || c.is_whitespace());
                let span = Span {
                    start: first.span.start,
                    end: last.span.end,
                };
                header.issuer = Some((sentence_case(joined, &place), span));
            } else if fold(&motto_para.text).contains("dang cong san") {
                // "ĐẢNG CỘNG SẢN VIỆT NAM" first, the bodies after it.
                let bodies: Vec<&Para> = paras[motto_at + 1..limit]
                    .iter()
                    .take_while(|p| is_capitals(&p.text) && number_in(&p.text).is_none())
                    .collect();
                if let Some(last) = bodies.last() {
                    header.issuer = Some((sentence_case(&last.text, &place), last.span));
                }
            }
        }
    }
    // The kind and title: the last kind line before the body ("QUYẾT ĐỊNH"
    // first, then "KẾ HOẠCH" when the plan is attached to the decision).
    let mut kinds: Vec<(usize, &'static str)> = Vec::new();
    for (index, para) in paras.iter().enumerate() {
        if let Some(kind) = kind_line(&para.text) {
            kinds.push((index, kind));
        }
        if super::outline::is_section_heading(&para.text) && !kinds.is_empty() {
            break;
        }
    }
    let Some(&(kind_at, kind)) = kinds.last() else {
        header.body_start = 0;
        return header;
    };
    header.kind = Some((kind.to_string(), paras[kind_at].span));
    let (title, end) = title_after(paras, kind_at);
    if let Some(title) = title {
        header.title = Some(title);
    }
    header.body_start = end;
    if kinds.len() >= 2 && matches!(kinds[0].1, "Quyết định" | "Nghị quyết") {
        let (decision_title, _) = title_after(paras, kinds[0].0);
        if let (Some((number, _)), Some((date, _))) = (&header.number, &header.date) {
            header.decision = Some(DocumentRef {
                kind: kinds[0].1.into(),
                number: number.clone(),
                date: *date,
                issuer: header
                    .issuer
                    .as_ref()
                    .map(|i| i.0.clone())
                    .unwrap_or_default(),
                title: decision_title.map(|t| t.0).unwrap_or_default(),
            });
        }
    }
    header
}

/// "ỦY B AN NHÂN D Â N" → "ỦY BAN NHÂN DÂN": capitals split by OCR.
fn respace_capitals(text: &str) -> String {
    let mut out: Vec<String> = Vec::new();
    // Whether the last word ended with a lone letter that the next joins.
    let mut open = false;
    for w in text.split_whitespace() {
        let single = w.chars().count() == 1 && w.chars().all(char::is_alphabetic);
        match out.last_mut() {
            Some(last) if open => {
                last.push_str(w);
                open = single;
            }
            _ => {
                out.push(w.to_string());
                open = single;
            }
        }
    }
    out.join(" ")
}

/// The title after a kind line: the paragraphs in capitals (or the first
/// paragraph, for a title in ordinary letters) up to the preamble.
fn title_after(paras: &[Para], kind_at: usize) -> (Option<(String, Span)>, usize) {
    let mut parts: Vec<&Para> = Vec::new();
    let mut index = kind_at + 1;
    while let Some(para) = paras.get(index) {
        let folded = fold(&para.text);
        // "Thực hiện Kế hoạch số …; UBND tỉnh ban hành Kế hoạch như sau:"
        // opens the preamble; "Thực hiện chuyển đổi số năm 2025" under
        // "KẾ HOẠCH" is the title.
        let cites = folded.contains("nhu sau")
            || folded.contains("ban hanh")
            || folded.contains(';')
            || folded.trim_end().ends_with(':');
        let preamble = !is_capitals(&para.text)
            && (["can cu", "ngay ", "xet de nghi", "theo de nghi"]
                .iter()
                .any(|p| folded.starts_with(p))
                || folded.starts_with("thuc hien") && cites);
        if preamble || super::outline::is_section_heading(&para.text) {
            break;
        }
        if is_capitals(&para.text) || parts.is_empty() && para.text.len() < 400 {
            if fold(&para.text).starts_with("chu tich") && !parts.is_empty() {
                break;
            }
            parts.push(para);
            index += 1;
            if !is_capitals(&para.text) {
                // A title in ordinary letters takes one paragraph.
                break;
            }
            continue;
        }
        break;
    }
    let Some(first) = parts.first() else {
        return (None, index);
    };
    let last = parts.last().unwrap_or(first);
    let text = parts
        .iter()
        .map(|p| {
            p.text
                .trim_matches(|c: char| c == '“' || c == '”' || c == '"')
        })
        .collect::<Vec<_>>()
        .join(" ");
    (
        Some((
            text,
            Span {
                start: first.span.start,
                end: last.span.end,
            },
        )),
        index,
    )
}

#[cfg(test)]
mod tests {
    use super::closing::signer_from_words;
    use super::*;

    #[test]
    fn parents_of_a_preamble() {
        let text = "Thực hiện Kế hoạch số 149-KH/TU, ngày 29/01/2024 của Ban Thường vụ Tỉnh ủy về thực hiện Kết luận số 57-KL/TW, ngày 15/6/2023 của Bộ Chính trị về tiếp tục nâng cao chất lượng; UBND tỉnh ban hành Kế hoạch như sau:";
        let found: Vec<DocumentRef> = parents(text).into_iter().map(|p| p.0).collect();
        assert_eq!(found.len(), 2);
        assert_eq!(found[0].kind, "Kế hoạch");
        assert_eq!(found[0].number, "149-KH/TU");
        assert_eq!(found[0].date, Date::new(2024, 1, 29).unwrap());
        assert_eq!(found[0].issuer, "Ban Thường vụ Tỉnh ủy");
        assert!(found[0].title.starts_with("Thực hiện Kết luận"));
        assert_eq!(found[1].number, "57-KL/TW");
        assert_eq!(found[1].issuer, "Bộ Chính trị");
        let dated = parents("Căn cứ Quyết định số 22/2013/QĐ-TTg ngày 26 tháng 4 năm 2013 của Thủ tướng Chính phủ về hỗ trợ người có công;");
        assert_eq!(dated[0].0.date, Date::new(2013, 4, 26).unwrap());
        assert_eq!(dated[0].0.issuer, "Thủ tướng Chính phủ");
    }

    #[test]
    fn issuers_in_capitals_read_as_names() {
        assert_eq!(
            sentence_case("ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN", "Lạng Sơn"),
            "Ủy ban nhân dân tỉnh Lạng Sơn"
        );
        assert_eq!(
            collapse_spaced_letters("T hành phố Hồ Chí M inh"),
            "Thành phố Hồ Chí Minh"
        );
        assert_eq!(respace_capitals("ỦY B AN NHÂN D Â N"), "ỦY BAN NHÂN DÂN");
    }

    #[test]
    fn a_draft_s_blank_number_and_date_are_read_as_blanks() {
        assert_eq!(
            number_in("Số:        /KH-UBND").map(|n| n.1),
            Some("/KH-UBND".to_string())
        );
        let (place, date, _) = place_date("Cao Bằng, ngày      tháng      năm 2026").unwrap();
        assert_eq!(
            (place.as_str(), date),
            ("Cao Bằng", Date::new(2026, 1, 1).unwrap())
        );
        assert!(blank_date("Cao Bằng, ngày      tháng      năm 2026"));
        assert!(!blank_date("Cao Bằng, ngày 5 tháng 2 năm 2026"));
    }

    #[test]
    fn a_signer_flattened_into_a_cell() {
        let s = signer_from_words("TM. BAN CHỈ ĐẠO KT. TRƯỞNG BAN PHÓ TRƯỞNG BAN Nguyễn Văn Được");
        assert_eq!(s.authority, ["TM. BAN CHỈ ĐẠO", "KT. TRƯỞNG BAN"]);
        assert_eq!(s.title, "PHÓ TRƯỞNG BAN");
        assert_eq!(s.name, "Nguyễn Văn Được");
    }
}
