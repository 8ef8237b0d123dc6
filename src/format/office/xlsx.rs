//! The report up's annex as a workbook: one sheet with every owed report
//! (task, unit, role, status, progress, what was done, figures, evidence,
//! obstacles, proposals, funding, last saved) and one with each unit's standing.
//! Landscape A4, Times New Roman, headers frozen, texts wrapped.

use super::{content_types, push_text, relationships, zip, DECLARATION};
use crate::domain::Date;
use crate::format::report_up::ReportUp;

const MAIN: &str = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const R: &str = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/// Cell styles, the indexes of `cellXfs` in [`styles`].
const TITLE: u8 = 1;
const HEADER: u8 = 2;
const TEXT: u8 = 3;
const FIGURE: u8 = 4;
/// Whole đồng with a mark between thousands (`#,##0`, shown in the
/// reader's locale: 12.500.000 in a Vietnamese Excel).
const MONEY: u8 = 5;

/// Characters kept in a cell, with room for the ellipsis.
const MAX_CELL: usize = 32_000;

enum Cell<'a> {
    Text(&'a str),
    Figure(usize),
    Money(u64),
    Empty,
}

/// Column letters: 0 → A … 25 → Z (the sheets have at most 16 columns).
fn column(index: usize) -> char {
    char::from(b'A' + (index % 26) as u8)
}

fn cell(out: &mut String, row: usize, index: usize, value: &Cell, style: u8) {
    let at = format!("{}{row}", column(index));
    match value {
        Cell::Text(text) if !text.is_empty() => {
            out.push_str(&format!(
                "<c r=\"{at}\" s=\"{style}\" t=\"inlineStr\"><is><t xml:space=\"preserve\">"
            ));
            // Excel refuses a workbook with a cell over 32,767 characters.
            match text.char_indices().nth(MAX_CELL) {
                Some((end, _)) => {
                    push_text(out, &text[..end]);
                    out.push('…');
                }
                None => push_text(out, text),
            }
            out.push_str("</t></is></c>");
        }
        Cell::Figure(value) => {
            out.push_str(&format!("<c r=\"{at}\" s=\"{FIGURE}\"><v>{value}</v></c>"));
        }
        Cell::Money(value) => {
            out.push_str(&format!("<c r=\"{at}\" s=\"{MONEY}\"><v>{value}</v></c>"));
        }
        _ => out.push_str(&format!("<c r=\"{at}\" s=\"{style}\"/>")),
    }
}

/// Lines a text takes in a column `width` characters wide.
fn lines(text: &str, width: u8) -> usize {
    // Widths count the digit "0"; Vietnamese text in Times runs narrower.
    let per_line = usize::from(width.max(4)) * 6 / 5;
    text.split('\n')
        .map(|line| line.chars().count().div_ceil(per_line).max(1))
        .sum()
}

/// A row tall enough for its longest wrapped text: readers do not agree on
/// measuring it themselves (LibreOffice keeps one line), so it is written.
/// Points per 12 pt line; Excel's rows stop at 409 pt.
fn height(lines: impl Iterator<Item = usize>) -> String {
    let most = lines.max().unwrap_or(1).clamp(1, 26);
    format!(" ht=\"{}\" customHeight=\"1\"", most * 31 / 2)
}

/// A sheet: a title over all columns, a line under it, the headers (frozen,
/// and repeated on every printed page), then the rows, fitted to the width
/// of a landscape A4 page. Header widths in characters.
fn sheet(title: &str, note: &str, headers: &[(&str, u8)], rows: &[Vec<Cell>]) -> String {
    let mut out = format!(
        "{DECLARATION}<worksheet xmlns=\"{MAIN}\" xmlns:r=\"{R}\"><sheetPr><pageSetUpPr fitToPage=\"1\"/></sheetPr><sheetViews><sheetView workbookViewId=\"0\"><pane ySplit=\"3\" topLeftCell=\"A4\" activePane=\"bottomLeft\" state=\"frozen\"/></sheetView></sheetViews><cols>"
    );
    for (index, (_, width)) in headers.iter().enumerate() {
        let n = index + 1;
        out.push_str(&format!(
            "<col min=\"{n}\" max=\"{n}\" width=\"{width}\" customWidth=\"1\"/>"
        ));
    }
    out.push_str("</cols><sheetData>");
    out.push_str("<row r=\"1\" ht=\"36\" customHeight=\"1\">");
    cell(&mut out, 1, 0, &Cell::Text(title), TITLE);
    out.push_str("</row><row r=\"2\">");
    cell(&mut out, 2, 0, &Cell::Text(note), 0);
    let header_height = height(headers.iter().map(|(text, width)| lines(text, *width)));
    out.push_str(&format!("</row><row r=\"3\"{header_height}>"));
    for (index, (header, _)) in headers.iter().enumerate() {
        cell(&mut out, 3, index, &Cell::Text(header), HEADER);
    }
    out.push_str("</row>");
    for (offset, cells) in rows.iter().enumerate() {
        let row = offset + 4;
        let texts = cells
            .iter()
            .zip(headers)
            .map(|(value, (_, width))| match value {
                Cell::Text(text) => lines(text, *width),
                _ => 1,
            });
        out.push_str(&format!("<row r=\"{row}\"{}>", height(texts)));
        for (index, value) in cells.iter().enumerate() {
            cell(&mut out, row, index, value, TEXT);
        }
        out.push_str("</row>");
    }
    let last = column(headers.len().saturating_sub(1));
    out.push_str(&format!(
        "</sheetData><mergeCells count=\"2\"><mergeCell ref=\"A1:{last}1\"/><mergeCell ref=\"A2:{last}2\"/></mergeCells><pageMargins left=\"0.4\" right=\"0.4\" top=\"0.6\" bottom=\"0.6\" header=\"0.3\" footer=\"0.3\"/><pageSetup paperSize=\"9\" orientation=\"landscape\" fitToWidth=\"1\" fitToHeight=\"0\"/></worksheet>"
    ));
    out
}

fn styles() -> String {
    let font = |bold: &str| {
        format!(
            "<font>{bold}<sz val=\"12\"/><name val=\"Times New Roman\"/><family val=\"1\"/></font>"
        )
    };
    format!(
        "{DECLARATION}<styleSheet xmlns=\"{MAIN}\"><fonts count=\"2\">{}{}</fonts><fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill></fills><borders count=\"2\"><border><left/><right/><top/><bottom/><diagonal/></border><border><left style=\"thin\"/><right style=\"thin\"/><top style=\"thin\"/><bottom style=\"thin\"/><diagonal/></border></borders><cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs><cellXfs count=\"6\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/><xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\" applyAlignment=\"1\"><alignment horizontal=\"center\" vertical=\"center\" wrapText=\"1\"/></xf><xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"1\" xfId=\"0\" applyFont=\"1\" applyBorder=\"1\" applyAlignment=\"1\"><alignment horizontal=\"center\" vertical=\"center\" wrapText=\"1\"/></xf><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"1\" xfId=\"0\" applyBorder=\"1\" applyAlignment=\"1\"><alignment vertical=\"top\" wrapText=\"1\"/></xf><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"1\" xfId=\"0\" applyBorder=\"1\" applyAlignment=\"1\"><alignment horizontal=\"center\" vertical=\"top\"/></xf><xf numFmtId=\"3\" fontId=\"0\" fillId=\"0\" borderId=\"1\" xfId=\"0\" applyNumberFormat=\"1\" applyBorder=\"1\" applyAlignment=\"1\"><alignment vertical=\"top\"/></xf></cellXfs><cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles></styleSheet>",
        font(""),
        font("<b/>"),
    )
}

/// The .xlsx file's bytes.
pub fn write(report: &ReportUp, today: Date) -> Vec<u8> {
    let note = format!("Số liệu đến ngày {}.", today.dmy());
    let detail: Vec<Vec<Cell>> = report
        .annex
        .iter()
        .enumerate()
        .map(|(index, row)| {
            vec![
                Cell::Figure(index + 1),
                Cell::Text(&row.number),
                Cell::Text(&row.task),
                Cell::Text(&row.unit),
                Cell::Text(&row.role),
                Cell::Text(&row.status),
                row.progress
                    .map_or(Cell::Empty, |p| Cell::Figure(usize::from(p))),
                Cell::Text(&row.done),
                Cell::Text(&row.indicators),
                Cell::Text(&row.evidence),
                Cell::Text(&row.obstacles),
                Cell::Text(&row.proposals),
                row.spent.map_or(Cell::Empty, Cell::Money),
                Cell::Text(&row.source),
                row.requested.map_or(Cell::Empty, Cell::Money),
                Cell::Text(&row.updated),
            ]
        })
        .collect();
    let entries = sheet(
        &report.annex_title,
        &note,
        &[
            ("STT", 5),
            ("Nhiệm vụ", 9),
            ("Nội dung nhiệm vụ", 24),
            ("Cơ quan, đơn vị", 16),
            ("Vai trò", 10),
            ("Tình trạng", 13),
            ("Tiến độ (%)", 9),
            ("Kết quả thực hiện", 40),
            ("Chỉ tiêu", 16),
            ("Minh chứng", 24),
            ("Khó khăn, vướng mắc", 22),
            ("Đề xuất, kiến nghị", 22),
            ("Kinh phí đã sử dụng (đồng)", 14),
            ("Nguồn kinh phí", 14),
            ("Đề nghị bổ sung (đồng)", 14),
            ("Cập nhật", 11),
        ],
        &detail,
    );
    let standing: Vec<Vec<Cell>> = report
        .units
        .iter()
        .enumerate()
        .map(|(index, row)| {
            vec![
                Cell::Figure(index + 1),
                Cell::Text(&row.unit),
                Cell::Figure(row.owed),
                Cell::Figure(row.on_time),
                Cell::Figure(row.late),
                Cell::Figure(row.missing),
                Cell::Figure(row.complete),
            ]
        })
        .collect();
    let units = sheet(
        &format!(
            "Tình hình báo cáo của các cơ quan, đơn vị ({})",
            report.issuer
        ),
        &note,
        &[
            ("STT", 5),
            ("Cơ quan, đơn vị", 28),
            ("Phải báo cáo", 12),
            ("Đúng hạn", 12),
            ("Sau hạn", 12),
            ("Chưa báo cáo", 12),
            ("Hoàn thành", 12),
        ],
        &standing,
    );
    let types = content_types(&[
        ("xl/workbook.xml", "spreadsheetml.sheet.main"),
        ("xl/worksheets/sheet1.xml", "spreadsheetml.worksheet"),
        ("xl/worksheets/sheet2.xml", "spreadsheetml.worksheet"),
        ("xl/styles.xml", "spreadsheetml.styles"),
    ]);
    let package = relationships(&[("officeDocument", "xl/workbook.xml")]);
    let workbook = format!(
        "{DECLARATION}<workbook xmlns=\"{MAIN}\" xmlns:r=\"{R}\"><sheets><sheet name=\"Phụ lục\" sheetId=\"1\" r:id=\"rId1\"/><sheet name=\"Đơn vị\" sheetId=\"2\" r:id=\"rId2\"/></sheets><definedNames><definedName name=\"_xlnm.Print_Titles\" localSheetId=\"0\">'Phụ lục'!$3:$3</definedName><definedName name=\"_xlnm.Print_Titles\" localSheetId=\"1\">'Đơn vị'!$3:$3</definedName></definedNames></workbook>"
    );
    let workbook_relationships = relationships(&[
        ("worksheet", "worksheets/sheet1.xml"),
        ("worksheet", "worksheets/sheet2.xml"),
        ("styles", "styles.xml"),
    ]);
    let styles = styles();
    zip::archive(
        &[
            ("[Content_Types].xml", types.as_bytes()),
            ("_rels/.rels", package.as_bytes()),
            ("xl/workbook.xml", workbook.as_bytes()),
            (
                "xl/_rels/workbook.xml.rels",
                workbook_relationships.as_bytes(),
            ),
            ("xl/worksheets/sheet1.xml", entries.as_bytes()),
            ("xl/worksheets/sheet2.xml", units.as_bytes()),
            ("xl/styles.xml", styles.as_bytes()),
        ],
        today,
    )
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn a_cell_stops_below_excels_limit() {
        let long = "ấ".repeat(40_000);
        let mut out = String::new();
        cell(&mut out, 4, 7, &Cell::Text(&long), TEXT);
        assert!(out.starts_with("<c r=\"H4\" s=\"3\" t=\"inlineStr\">"));
        let kept = out.matches('ấ').count();
        assert_eq!(kept, MAX_CELL);
        assert!(out.ends_with("…</t></is></c>"));
        let mut short = String::new();
        cell(&mut short, 5, 0, &Cell::Text("a & b"), TEXT);
        assert_eq!(short, "<c r=\"A5\" s=\"3\" t=\"inlineStr\"><is><t xml:space=\"preserve\">a &amp; b</t></is></c>");
    }
}
