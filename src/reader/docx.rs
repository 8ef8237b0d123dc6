//! A Word (.docx) file read into the text the plan reader takes, in the page
//! and without a server: the zip's central directory read by hand (the
//! inflater is miniz_oxide, already in the app), `word/document.xml` and
//! `word/numbering.xml` read with quick-xml's pull parser (no DOM).
//!
//! - Paragraphs become lines separated by a blank line; Word's automatic
//!   numbering (not in the text) is computed from numbering.xml and written
//!   before the paragraph's words ("3.1.", "a)", "-").
//! - Tables become pipe rows: a cell merged across columns (gridSpan) is
//!   followed by empty cells so the columns stay aligned; a cell merged down
//!   (vMerge) repeats the words of the cell it continues.
//! - Old Word (.doc), encrypted files (both compound files), PDFs, images,
//!   damaged, oversized or bomb-like zips are refused with what to do instead.

use crate::domain::Language;
use miniz_oxide::inflate::decompress_to_vec_with_limit;
use quick_xml::events::{BytesStart, Event};
use quick_xml::Reader;
use std::collections::BTreeMap;

mod numbering;
mod zip;

use numbering::*;
use zip::*;

/// The largest .docx accepted (a plan with pictures is rarely over 5 MB).
pub const MAX_FILE: usize = 20 * 1024 * 1024;
/// The most a part of the file may inflate to.
pub const MAX_PART: usize = 40 * 1024 * 1024;
/// A part inflating over this many times its packed size is a zip bomb.
const MAX_RATIO: usize = 200;

/// Why a file is not read, each with what the user can do instead.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DocxError {
    /// A .doc from old Word, or an encrypted .docx (both are compound files).
    OldWordOrEncrypted,
    Pdf,
    Image,
    TooLarge,
    /// A zip that inflates far beyond its size.
    Bomb,
    /// A zip that is broken, or not a Word document.
    Damaged(&'static str),
    /// Bytes that are neither a Word file nor text.
    NotText,
}

impl DocxError {
    /// Why a file could not be read, in `language`.
    pub fn describe(&self, language: Language) -> String {
        match language {
            Language::Vietnamese => self.vietnamese(),
            Language::English => self.english(),
        }
    }

    fn vietnamese(&self) -> String {
        match self {
            DocxError::OldWordOrEncrypted => "đây là tệp Word cũ (.doc) hoặc tệp Word có mật khẩu: mở bằng Word, bỏ mật khẩu nếu có, rồi “Lưu thành” định dạng .docx, hoặc sao chép toàn bộ văn bản và dán vào".into(),
            DocxError::Pdf => "đây là tệp PDF: mở tệp, chọn toàn bộ văn bản (Ctrl+A), sao chép và dán vào; hoặc dùng bản Word (.docx) của văn bản".into(),
            DocxError::Image => "đây là ảnh, không có chữ để đọc: dùng bản Word (.docx) hoặc văn bản của kế hoạch".into(),
            DocxError::TooLarge => "tệp quá lớn (trên 20 MB): lưu lại bản Word không kèm ảnh, hoặc sao chép văn bản và dán vào".into(),
            DocxError::Bomb => "tệp nén bất thường (giải nén ra quá lớn), không đọc: hãy mở bằng Word và lưu lại thành .docx".into(),
            DocxError::Damaged(what) => format!("tệp Word bị hỏng hoặc không phải văn bản Word ({what}): mở bằng Word và lưu lại thành .docx, hoặc sao chép văn bản và dán vào"
            ),
            DocxError::NotText => "tệp không phải văn bản (.txt UTF-8) hay Word (.docx): sao chép văn bản và dán vào".into(),
        }
    }

    fn english(&self) -> String {
        match self {
            DocxError::OldWordOrEncrypted => "this is an old Word file (.doc) or a Word file with a password: open it in Word, remove any password, then “Save as” .docx, or copy all its text and paste it".into(),
            DocxError::Pdf => "this is a PDF file: open it, select all its text (Ctrl+A), copy and paste it; or use the document's Word (.docx) version".into(),
            DocxError::Image => "this is an image, with no text to read: use the plan's Word (.docx) version or its text".into(),
            DocxError::TooLarge => "the file is too large (over 20 MB): save the Word file again without images, or copy its text and paste it".into(),
            DocxError::Bomb => "an abnormal compressed file (it unpacks far too large), not read: open it in Word and save it again as .docx".into(),
            DocxError::Damaged(what) => format!("the Word file is damaged or not a Word document ({what}): open it in Word and save it again as .docx, or copy its text and paste it"),
            DocxError::NotText => "the file is neither text (.txt, UTF-8) nor Word (.docx): copy its text and paste it".into(),
        }
    }
}

impl std::fmt::Display for DocxError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.vietnamese())
    }
}

/// What a file's first bytes say it is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Sniff {
    Zip,
    Text(String),
    Refused(DocxError),
}

/// Tells a .docx from text, and refuses what the reader cannot read.
pub fn sniff(bytes: &[u8]) -> Sniff {
    if bytes.len() > MAX_FILE {
        return Sniff::Refused(DocxError::TooLarge);
    }
    match bytes {
        [b'P', b'K', 3, 4, ..] | [b'P', b'K', 5, 6, ..] => Sniff::Zip,
        [0xD0, 0xCF, 0x11, 0xE0, ..] => Sniff::Refused(DocxError::OldWordOrEncrypted),
        [b'%', b'P', b'D', b'F', ..] => Sniff::Refused(DocxError::Pdf),
        [0x89, b'P', b'N', b'G', ..] | [0xFF, 0xD8, 0xFF, ..] | [b'G', b'I', b'F', b'8', ..] => {
            Sniff::Refused(DocxError::Image)
        }
        [0xFF, 0xFE, rest @ ..] => utf16(rest, u16::from_le_bytes),
        [0xFE, 0xFF, rest @ ..] => utf16(rest, u16::from_be_bytes),
        _ => {
            let bytes = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]).unwrap_or(bytes);
            match std::str::from_utf8(bytes) {
                Ok(text) if !text.contains('\0') => Sniff::Text(text.to_string()),
                _ => Sniff::Refused(DocxError::NotText),
            }
        }
    }
}

fn utf16(bytes: &[u8], word: fn([u8; 2]) -> u16) -> Sniff {
    let units = bytes.chunks_exact(2).map(|c| word([c[0], c[1]]));
    match char::decode_utf16(units).collect::<Result<String, _>>() {
        Ok(text) => Sniff::Text(text),
        Err(_) => Sniff::Refused(DocxError::NotText),
    }
}

/// The text of a .docx: paragraphs with their numbering, tables as pipe rows.
pub fn text(bytes: &[u8]) -> Result<String, DocxError> {
    if bytes.len() > MAX_FILE {
        return Err(DocxError::TooLarge);
    }
    let entries = entries(bytes)?;
    if entries.iter().any(|e| e.name == "EncryptionInfo") {
        return Err(DocxError::OldWordOrEncrypted);
    }
    let document = entries
        .iter()
        .find(|e| e.name == "word/document.xml")
        .ok_or(DocxError::Damaged("không có word/document.xml"))?;
    let mut numbering = match entries.iter().find(|e| e.name == "word/numbering.xml") {
        Some(entry) => Numbering::read(&part(bytes, entry)?)?,
        None => Numbering::default(),
    };
    if let Some(entry) = entries.iter().find(|e| e.name == "word/styles.xml") {
        numbering.read_styles(&part(bytes, entry)?)?;
    }
    let xml = part(bytes, document)?;
    let xml = std::str::from_utf8(&xml).map_err(|_| DocxError::Damaged("XML không phải UTF-8"))?;
    Body::read(xml, numbering)
}

fn attr(start: &BytesStart, key: &[u8]) -> Option<String> {
    start
        .attributes()
        .flatten()
        .find(|a| a.key.as_ref() == key)
        .map(|a| String::from_utf8_lossy(&a.value).into_owned())
}

fn local(name: &[u8]) -> &[u8] {
    name.rsplit(|b| *b == b':').next().unwrap_or(name)
}

/// A table being read: rows of cells, each cell's words and its merges.
#[derive(Default)]
struct TableState {
    rows: Vec<Vec<String>>,
    row: Vec<String>,
    cell: String,
    span: usize,
    vmerge_continue: bool,
    /// Each grid column's text in the last row that started it.
    above: Vec<String>,
    /// The paragraphs of the cell being read, of each cell of the row being
    /// read, and of every row: a layout table's cells are written as
    /// paragraphs (see [`is_layout`]).
    cell_paras: Vec<String>,
    row_paras: Vec<Vec<String>>,
    para_rows: Vec<Vec<Vec<String>>>,
}

/// A table Word uses for layout, not data: the header's two columns (the
/// issuing body and its number beside the motto and the date) or the
/// closing's (Nơi nhận beside the signature). At most three rows of at most
/// two cells with words, and a cell of several paragraphs. Its cells read
/// as the paragraphs they hold, one column after the other, as a PDF's
/// copy gives them, not as a row of joined cells.
fn is_layout(t: &TableState) -> bool {
    t.para_rows.len() <= 3
        && t.para_rows
            .iter()
            .all(|row| row.iter().filter(|cell| !cell.is_empty()).count() <= 2)
        && t.para_rows.iter().flatten().any(|cell| cell.len() >= 2)
}

/// document.xml read into text.
struct Body {
    out: String,
    numbering: Numbering,
    counters: Counters,
    paragraph: String,
    num: Option<String>,
    ilvl: Option<usize>,
    style: Option<String>,
    in_text: bool,
    tables: Vec<TableState>,
}

impl Body {
    fn read(xml: &str, numbering: Numbering) -> Result<String, DocxError> {
        let mut body = Body {
            out: String::with_capacity(xml.len() / 4),
            numbering,
            counters: Counters::default(),
            paragraph: String::new(),
            num: None,
            ilvl: None,
            style: None,
            in_text: false,
            tables: Vec::new(),
        };
        let mut reader = Reader::from_str(xml);
        loop {
            let event = reader
                .read_event()
                .map_err(|_| DocxError::Damaged("word/document.xml"))?;
            match event {
                Event::Start(e) => body.start(&e, false),
                Event::Empty(e) => body.start(&e, true),
                Event::End(e) => body.end(local(e.name().as_ref())),
                Event::Text(t) if body.in_text => {
                    let raw = t
                        .decode()
                        .map_err(|_| DocxError::Damaged("word/document.xml"))?;
                    let text = quick_xml::escape::unescape(&raw)
                        .map_err(|_| DocxError::Damaged("word/document.xml"))?;
                    body.paragraph.push_str(&text);
                }
                Event::GeneralRef(r) if body.in_text => {
                    let name = r
                        .decode()
                        .map_err(|_| DocxError::Damaged("word/document.xml"))?;
                    let text = match name.as_ref() {
                        "amp" => "&".to_string(),
                        "lt" => "<".into(),
                        "gt" => ">".into(),
                        "quot" => "\"".into(),
                        "apos" => "'".into(),
                        other => other
                            .strip_prefix("#x")
                            .and_then(|h| u32::from_str_radix(h, 16).ok())
                            .or_else(|| other.strip_prefix('#').and_then(|d| d.parse().ok()))
                            .and_then(char::from_u32)
                            .map(String::from)
                            .unwrap_or_default(),
                    };
                    body.paragraph.push_str(&text);
                }
                Event::Eof => break,
                _ => {}
            }
        }
        Ok(body.out)
    }

    fn start(&mut self, e: &BytesStart, empty: bool) {
        match local(e.name().as_ref()) {
            b"p" if !empty => {
                self.paragraph.clear();
                self.num = None;
                self.ilvl = None;
                self.style = None;
            }
            b"t" if !empty => self.in_text = true,
            b"tab" => self.paragraph.push('\t'),
            b"br" | b"cr" => self.paragraph.push(' '),
            b"numId" => self.num = attr(e, b"w:val").filter(|v| v != "0"),
            b"ilvl" => self.ilvl = attr(e, b"w:val").and_then(|v| v.parse().ok()),
            b"pStyle" => self.style = attr(e, b"w:val"),
            b"tbl" if !empty => self.tables.push(TableState::default()),
            b"tr" if !empty => {
                if let Some(t) = self.tables.last_mut() {
                    t.row.clear();
                }
            }
            b"tc" if !empty => {
                if let Some(t) = self.tables.last_mut() {
                    t.cell.clear();
                    t.cell_paras.clear();
                    t.span = 1;
                    t.vmerge_continue = false;
                }
            }
            b"gridSpan" => {
                if let Some(t) = self.tables.last_mut() {
                    t.span = attr(e, b"w:val")
                        .and_then(|v| v.parse().ok())
                        .unwrap_or(1)
                        .clamp(1, 64);
                }
            }
            b"vMerge" => {
                if let Some(t) = self.tables.last_mut() {
                    t.vmerge_continue = attr(e, b"w:val").is_none_or(|v| v == "continue");
                }
            }
            _ => {}
        }
    }

    fn end(&mut self, name: &[u8]) {
        match name {
            b"t" => self.in_text = false,
            b"p" => self.end_paragraph(),
            b"tc" => {
                if let Some(t) = self.tables.last_mut() {
                    let column = t.row.len();
                    let text = if t.vmerge_continue {
                        t.above.get(column).cloned().unwrap_or_default()
                    } else {
                        t.cell.trim().replace('|', "/")
                    };
                    while t.above.len() < column + t.span {
                        t.above.push(String::new());
                    }
                    t.above[column] = text.clone();
                    t.row.push(text);
                    let paras = std::mem::take(&mut t.cell_paras);
                    t.row_paras.push(paras);
                    for k in 1..t.span {
                        t.above[column + k] = String::new();
                        t.row.push(String::new());
                    }
                }
            }
            b"tr" => {
                if let Some(t) = self.tables.last_mut() {
                    let row = std::mem::take(&mut t.row);
                    t.rows.push(row);
                    let paras = std::mem::take(&mut t.row_paras);
                    t.para_rows.push(paras);
                }
            }
            b"tbl" => {
                if let Some(t) = self.tables.pop() {
                    if self.tables.is_empty() && is_layout(&t) {
                        for para in t.para_rows.iter().flatten().flatten() {
                            self.out.push_str(para);
                            self.out.push_str("\n\n");
                        }
                        return;
                    }
                    let mut text = String::new();
                    for row in &t.rows {
                        text.push('|');
                        for cell in row {
                            text.push(' ');
                            text.push_str(cell);
                            text.push_str(" |");
                        }
                        text.push('\n');
                    }
                    match self.tables.last_mut() {
                        // A table inside a cell: its words join the cell.
                        Some(outer) => outer.cell.push_str(&text.replace(['\n', '|'], " ")),
                        None => {
                            self.out.push_str("\n\n");
                            self.out.push_str(&text);
                            self.out.push('\n');
                        }
                    }
                }
            }
            _ => {}
        }
    }

    fn end_paragraph(&mut self) {
        let words = self.paragraph.replace('\t', " ");
        let words = words.trim();
        // Direct numbering, else the paragraph style's.
        let styled = self
            .style
            .as_deref()
            .and_then(|s| self.numbering.of_style(s));
        let numbered = match (&self.num, styled) {
            (Some(num), styled) => {
                Some((num.clone(), self.ilvl.or(styled.map(|s| s.1)).unwrap_or(0)))
            }
            (None, Some((num, ilvl))) => Some((num, self.ilvl.unwrap_or(ilvl))),
            (None, None) => None,
        };
        let label = match numbered {
            Some((num, ilvl)) => self.counters.next(&self.numbering, &num, ilvl),
            None => None,
        };
        let mut line = String::new();
        if let Some(label) = label.filter(|_| !words.is_empty()) {
            let label = if label.chars().all(|c| !c.is_alphanumeric()) {
                "-".to_string()
            } else {
                label
            };
            line.push_str(&label);
            line.push(' ');
        }
        line.push_str(words);
        self.paragraph.clear();
        match self.tables.last_mut() {
            Some(t) => {
                if !t.cell.is_empty() && !line.is_empty() {
                    t.cell.push(' ');
                }
                t.cell.push_str(&line);
                if !line.is_empty() {
                    t.cell_paras.push(line.replace('|', "/"));
                }
            }
            None if !line.is_empty() => {
                self.out.push_str(&line);
                self.out.push_str("\n\n");
            }
            None => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refuses_what_it_cannot_read() {
        assert_eq!(
            sniff(b"\xD0\xCF\x11\xE0rest"),
            Sniff::Refused(DocxError::OldWordOrEncrypted)
        );
        assert_eq!(sniff(b"%PDF-1.7"), Sniff::Refused(DocxError::Pdf));
        assert_eq!(sniff(b"\x89PNG\r\n"), Sniff::Refused(DocxError::Image));
        assert_eq!(
            sniff(b"\xff\xfe\x00\xd8"),
            Sniff::Refused(DocxError::NotText)
        );
        assert_eq!(sniff(b"\x00\x01binary"), Sniff::Refused(DocxError::NotText));
        assert_eq!(sniff("KẾ HOẠCH".as_bytes()), Sniff::Text("KẾ HOẠCH".into()));
        assert!(matches!(
            text(b"PK\x03\x04broken"),
            Err(DocxError::Damaged(_))
        ));
    }

    #[test]
    fn numbering_labels() {
        let xml = br#"<w:numbering xmlns:w="w"><w:abstractNum w:abstractNumId="0">
            <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/></w:lvl>
            <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%2."/></w:lvl>
            <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%2.%3."/></w:lvl>
            <w:lvl w:ilvl="3"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%4)"/></w:lvl>
            </w:abstractNum><w:num w:numId="5"><w:abstractNumId w:val="0"/></w:num></w:numbering>"#;
        let numbering = Numbering::read(xml).unwrap();
        let mut counters = Counters::default();
        let mut next = |l| counters.next(&numbering, "5", l).unwrap();
        assert_eq!(next(0), "I.");
        assert_eq!(next(1), "1.");
        assert_eq!(next(2), "1.1.");
        assert_eq!(next(2), "1.2.");
        assert_eq!(next(3), "a)");
        assert_eq!(next(3), "b)");
        assert_eq!(next(1), "2.");
        assert_eq!(next(2), "2.1.");
        assert_eq!(next(0), "II.");
        assert_eq!(next(1), "1.");
    }
}
