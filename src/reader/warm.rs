//! A small plan read before the user's own. The browser compiles
//! WebAssembly lazily, a function at its first call, with a quick compiler
//! first: a page's first reading of a 100 KB plan spends two to five times
//! as long compiling the reader as reading. The new-plan screen reads this
//! plan, as text and as a .docx, while the page is idle, so the plan the
//! user pastes or opens is read by compiled code.
//!
//! The two documents take the genre's main roads: the text a header in two
//! columns, a preamble, numbered tasks with inline and labelled
//! assignments, times, the monitoring unit, the regime, a signer and Nơi
//! nhận; the .docx Word's automatic numbering and a task table with a group
//! row and merged cells.

use super::{read_docx, read_text};
use crate::domain::Date;
use crate::format::office::zip;

/// A plan in prose.
pub const TEXT: &str = "ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH LẠNG SƠN\tĐộc lập - Tự do - Hạnh phúc
Số: 1/KH-UBND\tLạng Sơn, ngày 02 tháng 01 năm 2025

KẾ HOẠCH
Thực hiện chuyển đổi số năm 2025

Căn cứ Quyết định số 1/QĐ-TTg ngày 01/01/2025 của Thủ tướng Chính phủ; Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:

I. MỤC ĐÍCH, YÊU CẦU
1. Mục đích
Triển khai kịp thời, hiệu quả các nhiệm vụ.
2. Yêu cầu
Bảo đảm đúng tiến độ, chất lượng.

II. NHIỆM VỤ
1. Rà soát, hoàn thiện thể chế
Sở Tư pháp chủ trì, phối hợp với Sở Nội vụ, UBND các huyện, thành phố thực hiện; thời gian hoàn thành trước ngày 30/6/2025.
2. Tuyên truyền, phổ biến
a) Đẩy mạnh thông tin trên báo chí.
- Cơ quan chủ trì: Sở Thông tin và Truyền thông.
- Cơ quan phối hợp: Báo Lạng Sơn, các cơ quan báo chí.
- Thời gian thực hiện: Quý II năm 2025.
b) Tập huấn cho cán bộ cấp xã.
Giao UBND các huyện, thành phố thực hiện thường xuyên.
3. Xây dựng cơ sở dữ liệu
- Đơn vị thực hiện: Sở Tài chính (chủ trì); Sở Xây dựng.
- Thời gian: năm 2025-2026.

III. TỔ CHỨC THỰC HIỆN
1. Các sở, ban, ngành, UBND các huyện, thành phố tổ chức thực hiện; định kỳ 6 tháng, hằng năm báo cáo kết quả trước ngày 15/12.
2. Giao Sở Nội vụ theo dõi, đôn đốc, tổng hợp báo cáo UBND tỉnh.

Nơi nhận:
- Như trên;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Nguyễn Văn A
";

/// Word's numbering for the .docx: I., 1., a).
const NUMBERING: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/></w:lvl><w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%2."/></w:lvl><w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%3)"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>"#;

/// A numbered paragraph's XML.
fn numbered(level: usize, text: &str) -> String {
    format!(
        r#"<w:p><w:pPr><w:numPr><w:ilvl w:val="{level}"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>{text}</w:t></w:r></w:p>"#
    )
}

fn paragraph(text: &str) -> String {
    format!(r#"<w:p><w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:p>"#)
}

/// A table cell; `merge`: its `w:vMerge`, `span`: its `w:gridSpan`.
fn cell(text: &str, merge: Option<&str>, span: usize) -> String {
    let merge = merge.map_or(String::new(), |m| format!(r#"<w:vMerge w:val="{m}"/>"#));
    format!(
        r#"<w:tc><w:tcPr><w:gridSpan w:val="{span}"/>{merge}</w:tcPr>{}</w:tc>"#,
        paragraph(text)
    )
}

/// The task table's rows: enough for the inflate and the XML pass to be
/// taken by the optimising compiler too.
const TABLE_ROWS: usize = 60;
const WORKS: [&str; 4] = [
    "Rà soát, công bố thủ tục hành chính",
    "Số hóa hồ sơ, kết quả giải quyết thủ tục",
    "Đánh giá chỉ số hài lòng của người dân",
    "Kiểm tra công tác cải cách hành chính",
];
const LEADS: [&str; 4] = [
    "Văn phòng UBND tỉnh",
    "Sở Nội vụ",
    "Sở Tư pháp",
    "Sở Khoa học và Công nghệ",
];
const PARTNERS: [&str; 3] = [
    "Các sở, ban, ngành",
    "UBND cấp xã",
    "Sở Tài chính, Sở Nội vụ",
];
const TIMES: [&str; 4] = ["Quý II/2025", "Tháng 12/2025", "Hằng năm", "2025-2026"];

/// The plan as a .docx: numbered headings, a task table with a group row
/// and a lead cell merged over two rows.
pub fn docx() -> Vec<u8> {
    let mut body = String::new();
    body.push_str(&paragraph("ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN"));
    body.push_str(&paragraph("Số: 2/KH-UBND"));
    body.push_str(&paragraph("Lạng Sơn, ngày 03 tháng 01 năm 2025"));
    body.push_str(&paragraph("KẾ HOẠCH"));
    body.push_str(&paragraph("Cải cách hành chính năm 2025"));
    body.push_str(&numbered(0, "MỤC ĐÍCH, YÊU CẦU"));
    body.push_str(&numbered(1, "Nâng cao chất lượng phục vụ người dân."));
    body.push_str(&numbered(0, "NHIỆM VỤ"));
    body.push_str(&numbered(1, "Các nhiệm vụ trong Phụ lục kèm theo."));
    body.push_str(&numbered(0, "TỔ CHỨC THỰC HIỆN"));
    body.push_str(&numbered(
        2,
        "Sở Nội vụ theo dõi, đôn đốc, tổng hợp báo cáo UBND tỉnh &amp; Bộ Nội vụ.",
    ));
    body.push_str(&paragraph("PHỤ LỤC"));
    body.push_str("<w:tbl>");
    let row = |cells: &[String]| format!("<w:tr>{}</w:tr>", cells.concat());
    body.push_str(&row(&[
        cell("TT", None, 1),
        cell("Nhiệm vụ", None, 1),
        cell("Cơ quan chủ trì", None, 1),
        cell("Cơ quan phối hợp", None, 1),
        cell("Thời gian hoàn thành", None, 1),
    ]));
    body.push_str(&row(&[
        cell("I", None, 1),
        cell("Cải cách thủ tục hành chính", None, 4),
    ]));
    for n in 1..=TABLE_ROWS {
        let i = n - 1;
        // The first two rows share a lead cell merged over them.
        let lead = match n {
            1 => cell(LEADS[0], Some("restart"), 1),
            2 => cell("", Some("continue"), 1),
            _ => cell(LEADS[i % LEADS.len()], None, 1),
        };
        body.push_str(&row(&[
            cell(&n.to_string(), None, 1),
            cell(&format!("{} (đợt {n})", WORKS[i % WORKS.len()]), None, 1),
            lead,
            cell(PARTNERS[i % PARTNERS.len()], None, 1),
            cell(TIMES[i % TIMES.len()], None, 1),
        ]));
    }
    body.push_str("</w:tbl>");
    let document = format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>{body}</w:body></w:document>"#
    );
    let date = Date::new(2025, 1, 3).unwrap_or(Date::MIN);
    zip::archive(
        &[
            ("word/document.xml", document.as_bytes()),
            ("word/numbering.xml", NUMBERING.as_bytes()),
        ],
        date,
    )
}

/// Reads both documents; the readings are dropped.
pub fn warm_up() {
    let _ = read_text(TEXT);
    let _ = read_docx(&docx());
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{Role, Timeframe};

    /// The warm-up reads whole plans: a document that stopped being read
    /// early would leave most of the reader cold.
    #[test]
    fn both_documents_read_as_plans() {
        let text = read_text(TEXT).expect("the text reads");
        let leaves: Vec<_> = text.plan.leaves().collect();
        assert_eq!(leaves.len(), 4, "{:#?}", text.plan.tasks);
        assert!(leaves
            .iter()
            .all(|t| t.assignments.iter().any(|a| a.role == Role::Lead)));
        assert_eq!(text.plan.document.number, "1/KH-UBND");
        assert!(leaves.iter().any(|t| t.timeframe == Timeframe::Ongoing));
        let docx = read_docx(&docx()).expect("the .docx reads");
        let rows: Vec<_> = docx.plan.leaves().collect();
        assert_eq!(rows.len(), TABLE_ROWS, "{:#?}", docx.plan.tasks);
        // The merged lead cell leads both its rows.
        let leads = |i: usize| {
            rows[i]
                .assignments
                .iter()
                .filter(|a| a.role == Role::Lead)
                .count()
        };
        assert!((0..TABLE_ROWS).all(|i| leads(i) == 1));
        assert_eq!(
            rows[0].assignments[0].assignee,
            rows[1].assignments[0].assignee
        );
    }
}
