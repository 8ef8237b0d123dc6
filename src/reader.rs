//! The plan reader: a plan's text (or Word file) becomes a plan in the app's
//! model, every fact tied to the span of source it came from and marked as
//! read plainly or guessed (and why).
//!
//! The reader follows the rules of the genre (Nghị định 30/2020's layout, the
//! way offices write assignments), never one document's quirks:
//! - `source`: paragraphs from text as officials get it (web chrome, PDF
//!   wraps, markdown, pipe tables), each mapped back to the source;
//! - `docx`: a Word file's paragraphs, computed numbering and tables as text;
//! - `header`: issuer, number, place and date, kind, title, cited documents,
//!   Nơi nhận and signer;
//! - `marker`, `outline`: numbering nested into items, field labels apart,
//!   sections classed (tasks, aims, budget, Tổ chức thực hiện);
//! - `units`, `assign`: unit mentions, roles and modes, one directory entry
//!   per body however it is written, groups kept as groups;
//! - `when`: timeframes and the reporting regime;
//! - `table`: appendix task tables;
//! - `build`: the plan assembled, with its facts;
//! - `known`: its units matched against a directory this browser holds;
//! - `review`: the reading as the user corrects it, and its stored draft;
//! - `warm`: a small plan read while the page is idle, so the user's is read
//!   by compiled code.

use crate::domain::Language;
mod assign;
mod build;
pub mod docx;
mod header;
mod known;
mod marker;
mod outline;
pub mod review;
mod source;
mod table;
mod units;
pub mod warm;
mod when;

pub use known::{adopt, Matched};

use crate::domain::{GroupId, Plan, TaskId, UnitId};

/// A byte range of the source text.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

/// What a fact is about.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Subject {
    Kind,
    Number,
    Date,
    Place,
    Issuer,
    Title,
    Signer,
    Recipients,
    /// The n-th parent document.
    Parent(usize),
    /// The n-th prose section.
    Section(usize),
    Task(TaskId),
    /// The n-th assignment of a task.
    Assignment(TaskId, usize),
    Timeframe(TaskId),
    Unit(UnitId),
    Group(GroupId),
    MonitoringUnit,
    Regime,
}

/// One thing the reader read, where, and how sure it is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Fact {
    pub subject: Subject,
    /// Where in the source; `None` when nothing in the text says it (a default).
    pub span: Option<Span>,
    /// Why this is a guess (Vietnamese, for the review screen), if it is one.
    pub guess: Option<String>,
}

/// A plan read from a document.
#[derive(Clone, Debug, PartialEq)]
pub struct Reading {
    pub plan: Plan,
    /// The text the spans point into: the input itself, or the text a Word
    /// file was read into.
    pub source: String,
    pub facts: Vec<Fact>,
}

impl Reading {
    /// How many facts want a look.
    pub fn guesses(&self) -> usize {
        self.facts.iter().filter(|f| f.guess.is_some()).count()
    }
}

/// Why a document could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ReadError {
    /// Nothing in the text looks like a plan's tasks.
    NoTasks,
    /// The text is empty.
    Empty,
    /// The text is longer than [`MAX_TEXT`] bytes: not one plan.
    TooLong(usize),
    /// The Word file could not be read (see [`docx::DocxError`]).
    Docx(docx::DocxError),
}

impl ReadError {
    /// Why no plan was read, in `language`.
    pub fn describe(&self, language: Language) -> String {
        match language {
            Language::Vietnamese => self.vietnamese(),
            Language::English => self.english(),
        }
    }

    fn vietnamese(&self) -> String {
        match self {
            ReadError::NoTasks => "không tìm thấy nhiệm vụ nào trong văn bản: cần có mục “Nhiệm vụ”, “Nội dung” hoặc bảng phân công có cột chủ trì".into(),
            ReadError::Empty => "văn bản trống".into(),
            ReadError::TooLong(bytes) => format!(
                "văn bản dài {} MB, quá giới hạn {} MB: một kế hoạch thường dưới 1 MB; hãy chỉ chép phần văn bản của kế hoạch",
                bytes / 1_000_000,
                MAX_TEXT / 1_000_000
            ),
            ReadError::Docx(error) => error.describe(Language::Vietnamese),
        }
    }

    fn english(&self) -> String {
        match self {
            ReadError::NoTasks => "no task found in the text: it needs a “Nhiệm vụ” or “Nội dung” section, or an assignment table with a lead column".into(),
            ReadError::Empty => "the text is empty".into(),
            ReadError::TooLong(bytes) => format!(
                "the text is {} MB, over the {} MB limit: a plan is usually under 1 MB; copy only the plan's text",
                bytes / 1_000_000,
                MAX_TEXT / 1_000_000
            ),
            ReadError::Docx(error) => error.describe(Language::English),
        }
    }
}

impl std::fmt::Display for ReadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.vietnamese())
    }
}

/// The largest text the reader takes (10 MB: a plan is rarely over 300 KB).
/// A longer one is refused, not cut: what was cut could be the tasks.
pub const MAX_TEXT: usize = 10 * 1024 * 1024;

/// Reads a plan from its text.
pub fn read_text(text: &str) -> Result<Reading, ReadError> {
    if text.trim().is_empty() {
        return Err(ReadError::Empty);
    }
    if text.len() > MAX_TEXT {
        return Err(ReadError::TooLong(text.len()));
    }
    let source = html_to_text(text).unwrap_or_else(|| text.to_string());
    build::read(source)
}

/// Reads a plan from a Word (.docx) file.
pub fn read_docx(bytes: &[u8]) -> Result<Reading, ReadError> {
    let text = docx::text(bytes).map_err(ReadError::Docx)?;
    read_text(&text)
}

/// Reads a file by what its bytes are: a .docx, or UTF-8 text. Old Word,
/// PDF and images are refused with what to do instead.
pub fn read_file(bytes: &[u8]) -> Result<Reading, ReadError> {
    match docx::sniff(bytes) {
        docx::Sniff::Zip => read_docx(bytes),
        docx::Sniff::Text(text) => read_text(&text),
        docx::Sniff::Refused(error) => Err(ReadError::Docx(error)),
    }
}

/// HTML as converters and websites give it: paragraphs and table rows as
/// lines (cells between bars), tags dropped, entities decoded. `None` when the
/// text has no HTML.
fn html_to_text(text: &str) -> Option<String> {
    let lower = text.to_ascii_lowercase();
    if !(lower.contains("<p")
        || lower.contains("<table")
        || lower.contains("<div")
        || lower.contains("<br"))
    {
        return None;
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    // Inside a row everything stays on the row's line: the markup's line
    // breaks and a cell's paragraphs are spaces.
    let mut in_row = false;
    let push_text = |out: &mut String, piece: &str, in_row: bool| {
        let piece = decode_entities(piece);
        if in_row {
            out.push_str(&piece.replace(['\n', '\r'], " "));
        } else {
            out.push_str(&piece);
        }
    };
    while let Some(open) = rest.find('<') {
        push_text(&mut out, &rest[..open], in_row);
        let Some(close) = rest[open..].find('>') else {
            rest = &rest[open..];
            break;
        };
        let tag = rest[open + 1..open + close].to_ascii_lowercase();
        let name = tag
            .trim_start_matches('/')
            .split(|c: char| c.is_whitespace() || c == '/')
            .next()
            .unwrap_or_default()
            .to_string();
        let closing = tag.starts_with('/');
        match (name.as_str(), closing) {
            ("tr", false) => {
                out.push_str("\n|");
                in_row = true;
            }
            ("tr", true) => {
                out.push('\n');
                in_row = false;
            }
            ("td" | "th", true) => out.push_str(" |"),
            ("p" | "div" | "h1" | "h2" | "h3" | "h4" | "li" | "br", _) if in_row => out.push(' '),
            ("table", _) => {
                out.push_str("\n\n");
                in_row = false;
            }
            ("p" | "div" | "h1" | "h2" | "h3" | "h4" | "li", _) => out.push_str("\n\n"),
            ("br", _) => out.push('\n'),
            _ => {}
        }
        rest = &rest[open + close + 1..];
    }
    push_text(&mut out, rest, in_row);
    Some(out)
}

fn decode_entities(text: &str) -> String {
    if !text.contains('&') {
        return text.to_string();
    }
    text.replace("&nbsp;", " ")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
}
