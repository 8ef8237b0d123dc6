//! The report up as a Word document, laid out as Nghị định 30/2020/NĐ-CP
//! Phụ lục I asks (docs/conventions.md §1): A4 portrait, margins 20/20/30/20 mm,
//! Times New Roman; the issuer and Quốc hiệu side by side with their short
//! rules; number and italic place-date; "BÁO CÁO" and its trích yếu centred;
//! a justified body indented 1 cm; Nơi nhận beside the signature block;
//! page numbers centred at the top from page 2.

use super::{content_types, push_text, relationships, zip, DECLARATION};
use crate::domain::Date;
use crate::format::report_up::{Block, ReportUp};

const W: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const R: &str = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/// The text column in twips: A4 (11906) less 30 mm (1701) and 20 mm (1134).
const TEXT_WIDTH: u32 = 9071;
/// The header's and closing's left column; the right one takes the rest.
const LEFT: u32 = 3402;

/// How a run of text looks. Sizes are in points.
#[derive(Clone, Copy, Default)]
struct Look {
    bold: bool,
    italic: bool,
    caps: bool,
    size: u8,
}

const fn look(size: u8, bold: bool, italic: bool, caps: bool) -> Look {
    Look {
        bold,
        italic,
        caps,
        size,
    }
}

/// Centred, left or justified.
#[derive(Clone, Copy)]
enum Align {
    Centre,
    Left,
    /// Justified, the first line indented 1 cm.
    Body,
}

fn run(out: &mut String, text: &str, look: Look) {
    out.push_str("<w:r><w:rPr>");
    if look.bold {
        out.push_str("<w:b/>");
    }
    if look.italic {
        out.push_str("<w:i/>");
    }
    if look.caps {
        out.push_str("<w:caps/>");
    }
    if look.size > 0 {
        let half = u32::from(look.size) * 2;
        out.push_str(&format!(
            "<w:sz w:val=\"{half}\"/><w:szCs w:val=\"{half}\"/>"
        ));
    }
    out.push_str("</w:rPr>");
    for (index, line) in text.split('\n').enumerate() {
        if index > 0 {
            out.push_str("<w:br/>");
        }
        out.push_str("<w:t xml:space=\"preserve\">");
        push_text(out, line.trim_end_matches('\r'));
        out.push_str("</w:t>");
    }
    out.push_str("</w:r>");
}

fn paragraph(out: &mut String, align: Align, after: u16, text: &str, look: Look) {
    out.push_str("<w:p><w:pPr>");
    out.push_str(&format!(
        "<w:spacing w:before=\"0\" w:after=\"{}\"/>",
        u32::from(after) * 20
    ));
    out.push_str(match align {
        Align::Centre => "<w:jc w:val=\"center\"/>",
        Align::Left => "<w:jc w:val=\"left\"/>",
        Align::Body => "<w:ind w:firstLine=\"567\"/><w:jc w:val=\"both\"/>",
    });
    out.push_str("</w:pPr>");
    if !text.is_empty() {
        run(out, text, look);
    }
    out.push_str("</w:p>");
}

/// A short solid rule under the line above, `share` of `width` wide, centred.
fn rule(out: &mut String, width: u32, share: u32) {
    let inset = width * (100 - share) / 200;
    out.push_str(&format!(
        "<w:p><w:pPr><w:pBdr><w:top w:val=\"single\" w:sz=\"6\" w:space=\"1\" w:color=\"000000\"/></w:pBdr><w:spacing w:before=\"80\" w:after=\"0\" w:line=\"120\" w:lineRule=\"exact\"/><w:ind w:left=\"{inset}\" w:right=\"{inset}\"/></w:pPr></w:p>"
    ));
}

/// Writes one table cell's paragraphs.
type CellWriter<'a> = &'a dyn Fn(&mut String);

/// A borderless two-column table.
fn columns(out: &mut String, rows: &[[CellWriter; 2]]) {
    let right = TEXT_WIDTH - LEFT;
    out.push_str(&format!(
        "<w:tbl><w:tblPr><w:tblW w:w=\"{TEXT_WIDTH}\" w:type=\"dxa\"/><w:tblLayout w:type=\"fixed\"/><w:tblCellMar><w:left w:w=\"0\" w:type=\"dxa\"/><w:right w:w=\"0\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr><w:tblGrid><w:gridCol w:w=\"{LEFT}\"/><w:gridCol w:w=\"{right}\"/></w:tblGrid>"
    ));
    for cells in rows {
        out.push_str("<w:tr>");
        for (cell, width) in cells.iter().zip([LEFT, right]) {
            out.push_str(&format!(
                "<w:tc><w:tcPr><w:tcW w:w=\"{width}\" w:type=\"dxa\"/></w:tcPr>"
            ));
            let before = out.len();
            cell(out);
            if out.len() == before {
                // A cell holds at least one paragraph.
                out.push_str("<w:p/>");
            }
            out.push_str("</w:tc>");
        }
        out.push_str("</w:tr>");
    }
    out.push_str("</w:tbl>");
}

fn document(report: &ReportUp) -> String {
    let mut out = format!("{DECLARATION}<w:document xmlns:w=\"{W}\" xmlns:r=\"{R}\"><w:body>");
    let right = TEXT_WIDTH - LEFT;
    let issuer = |out: &mut String| {
        if let Some(body) = &report.managing_body {
            paragraph(out, Align::Centre, 0, body, look(13, false, false, true));
        }
        paragraph(
            out,
            Align::Centre,
            0,
            &report.issuer,
            look(13, true, false, true),
        );
        rule(out, LEFT, 35);
    };
    let motto = |out: &mut String| {
        paragraph(
            out,
            Align::Centre,
            0,
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            look(12, true, false, false),
        );
        paragraph(
            out,
            Align::Centre,
            0,
            "Độc lập - Tự do - Hạnh phúc",
            look(14, true, false, false),
        );
        rule(out, right, 60);
    };
    let number = |out: &mut String| {
        paragraph(
            out,
            Align::Centre,
            0,
            &report.number,
            look(13, false, false, false),
        );
    };
    let place = |out: &mut String| {
        paragraph(
            out,
            Align::Centre,
            0,
            &report.place_date,
            look(14, false, true, false),
        );
    };
    columns(&mut out, &[[&issuer, &motto], [&number, &place]]);

    paragraph(&mut out, Align::Centre, 0, "", Look::default());
    paragraph(
        &mut out,
        Align::Centre,
        0,
        "BÁO CÁO",
        look(14, true, false, false),
    );
    paragraph(
        &mut out,
        Align::Centre,
        0,
        &report.title,
        look(14, true, false, false),
    );
    rule(&mut out, TEXT_WIDTH, 25);
    paragraph(&mut out, Align::Centre, 0, "", Look::default());

    for block in &report.body {
        match block {
            Block::Heading(text) => {
                paragraph(&mut out, Align::Body, 6, text, look(14, true, false, false))
            }
            Block::Task(text) => {
                paragraph(&mut out, Align::Body, 6, text, look(14, true, true, false))
            }
            Block::Text(text) => paragraph(
                &mut out,
                Align::Body,
                6,
                text,
                look(14, false, false, false),
            ),
        }
    }

    let recipients = |out: &mut String| {
        paragraph(
            out,
            Align::Left,
            0,
            "Nơi nhận:",
            look(12, true, true, false),
        );
        for line in &report.recipients {
            paragraph(out, Align::Left, 0, line, look(11, false, false, false));
        }
    };
    let signature = |out: &mut String| {
        for line in &report.authority {
            paragraph(out, Align::Centre, 0, line, look(14, true, false, false));
        }
        paragraph(
            out,
            Align::Centre,
            0,
            &report.signer_title,
            look(14, true, false, false),
        );
        // Room for the signature and seal; the name is typed by whoever signs.
        for _ in 0..5 {
            paragraph(out, Align::Centre, 0, "", Look::default());
        }
    };
    paragraph(&mut out, Align::Centre, 0, "", Look::default());
    columns(&mut out, &[[&recipients, &signature]]);

    out.push_str("<w:sectPr><w:headerReference w:type=\"default\" r:id=\"rId2\"/><w:pgSz w:w=\"11906\" w:h=\"16838\"/><w:pgMar w:top=\"1134\" w:right=\"1134\" w:bottom=\"1134\" w:left=\"1701\" w:header=\"567\" w:footer=\"567\" w:gutter=\"0\"/><w:titlePg/></w:sectPr></w:body></w:document>");
    out
}

/// Times New Roman 14 pt everywhere, single line spacing, Vietnamese.
fn styles() -> String {
    format!(
        "{DECLARATION}<w:styles xmlns:w=\"{W}\"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii=\"Times New Roman\" w:hAnsi=\"Times New Roman\" w:eastAsia=\"Times New Roman\" w:cs=\"Times New Roman\"/><w:sz w:val=\"28\"/><w:szCs w:val=\"28\"/><w:lang w:val=\"vi-VN\"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after=\"0\" w:line=\"264\" w:lineRule=\"auto\"/></w:pPr></w:pPrDefault></w:docDefaults><w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/></w:style></w:styles>"
    )
}

/// The page number, centred in the top margin (the first page has none).
fn header() -> String {
    format!(
        "{DECLARATION}<w:hdr xmlns:w=\"{W}\"><w:p><w:pPr><w:jc w:val=\"center\"/></w:pPr><w:fldSimple w:instr=\"PAGE\"><w:r><w:t>2</w:t></w:r></w:fldSimple></w:p></w:hdr>"
    )
}

/// The .docx file's bytes.
pub fn write(report: &ReportUp, today: Date) -> Vec<u8> {
    let types = content_types(&[
        ("word/document.xml", "wordprocessingml.document.main"),
        ("word/styles.xml", "wordprocessingml.styles"),
        ("word/header1.xml", "wordprocessingml.header"),
    ]);
    let package = relationships(&[("officeDocument", "word/document.xml")]);
    let document_relationships =
        relationships(&[("styles", "styles.xml"), ("header", "header1.xml")]);
    let document = document(report);
    let styles = styles();
    let header = header();
    zip::archive(
        &[
            ("[Content_Types].xml", types.as_bytes()),
            ("_rels/.rels", package.as_bytes()),
            ("word/document.xml", document.as_bytes()),
            (
                "word/_rels/document.xml.rels",
                document_relationships.as_bytes(),
            ),
            ("word/styles.xml", styles.as_bytes()),
            ("word/header1.xml", header.as_bytes()),
        ],
        today,
    )
}
