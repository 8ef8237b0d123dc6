//! The source text as paragraphs: markup and wrapping undone, each paragraph's
//! text mapped back, byte by byte, to where it stands in the source.
//!
//! Text reaches the reader from a legal website (with the site's chrome), a
//! PDF viewer (hard line wraps, page numbers), Word, or a converter (markdown
//! emphasis and bullets, pipe tables). A paragraph starts after a blank line,
//! at a numbering or bullet marker, at a field label, at a table row, at a
//! header's number or motto, at a preamble's "Căn cứ"/"Thực hiện", or where
//! a line of capitals meets a line of ordinary text; other lines continue the
//! paragraph they follow (a wrapped line).

use std::borrow::Cow;
use std::collections::{BTreeMap, BTreeSet};

use super::marker;
use super::Span;
use crate::domain::text::is_vietnamese_letter;

/// One paragraph, or one table row (`cells` non-empty).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Para {
    /// The text as read: emphasis marks dropped, wrapped lines joined by a space.
    pub text: String,
    /// For each byte of `text`, the byte of the source it came from.
    map: Vec<u32>,
    /// Where the paragraph stands in the source.
    pub span: Span,
    /// A table row's cells (pipe tables, Word tables); empty for a paragraph.
    pub cells: Vec<Cell>,
}

/// One cell of a table row, with its own span.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Cell {
    pub text: String,
    pub span: Span,
}

impl Para {
    /// The source span of `text[start..end]`.
    pub fn span_of(&self, start: usize, end: usize) -> Span {
        if self.map.is_empty() || start >= end {
            return self.span;
        }
        let first = self
            .map
            .get(start)
            .copied()
            .unwrap_or(self.span.start as u32) as usize;
        let last = self
            .map
            .get(end.saturating_sub(1))
            .copied()
            .unwrap_or(self.span.end as u32) as usize;
        Span {
            start: first,
            end: (last + 1).max(first),
        }
    }

    pub fn is_row(&self) -> bool {
        !self.cells.is_empty()
    }
}

/// Builds a paragraph's text with its map, one piece of source at a time.
#[derive(Default)]
struct Builder {
    text: String,
    map: Vec<u32>,
    start: Option<usize>,
    end: usize,
    /// The last run was a syllable's onset alone ("th", "Tr"), not after a
    /// number: a PDF broke the syllable ("th ực hiện").
    onset: bool,
    /// The last run ended with a digit ("10 m": a unit, not an onset).
    digit: bool,
}

/// The onsets of Vietnamese syllables: a run of one of them alone is half a
/// syllable.
const ONSETS: &[&str] = &[
    "b", "c", "ch", "d", "đ", "g", "gh", "h", "k", "kh", "l", "m", "n", "ng", "ngh", "nh", "p",
    "ph", "q", "r", "s", "t", "th", "tr", "v", "x",
];

/// Final consonants of Vietnamese syllables.
const CODAS: &[&str] = &["", "c", "ch", "m", "n", "ng", "nh", "p", "t"];

/// A run that is an onset alone, in lowercase or with a capital first
/// ("th", "Tr"), never an acronym ("TP").
fn is_onset(run: &str) -> bool {
    let mut chars = run.chars();
    run.len() <= 3
        && chars.next().is_some()
        && chars.all(char::is_lowercase)
        && ONSETS.contains(&run.to_lowercase().as_str())
}

/// A run that starts as a syllable's rime does, in lowercase: vowels, then
/// a final consonant at most, then no more letters ("ực", "áp,", "ỉnh").
fn starts_rime(run: &str) -> bool {
    let word: String = run.chars().take_while(|c| c.is_alphabetic()).collect();
    if !word.chars().all(char::is_lowercase) {
        return false;
    }
    let folded = crate::domain::text::fold(&word);
    let vowels = folded
        .find(|c: char| !matches!(c, 'a' | 'e' | 'i' | 'o' | 'u' | 'y'))
        .unwrap_or(folded.len());
    vowels > 0 && CODAS.contains(&&folded[vowels..])
}

impl Builder {
    /// Appends `piece`, which starts at byte `at` of the source, dropping
    /// emphasis marks (`*`, `_` runs used as markdown emphasis).
    fn push(&mut self, piece: &str, at: usize) {
        // Whole runs of characters at a time: a run ends at white space or
        // an emphasis mark.
        let mut pending_space = !self.text.is_empty();
        let mut rest = piece;
        let mut offset = 0;
        self.text.reserve(piece.len() + 1);
        self.map.reserve(piece.len() + 1);
        while !rest.is_empty() {
            let (run_end, mark) = next_break(rest).unwrap_or((rest.len(), 0));
            if run_end == 0 {
                if !rest.starts_with('*') {
                    pending_space = !self.text.is_empty();
                }
                offset += mark;
                rest = &rest[mark..];
                continue;
            }
            let run = &rest[..run_end];
            // "th ực": the syllable a PDF broke is joined again.
            let broken = self.onset && starts_rime(run);
            if pending_space && !broken && !self.text.ends_with(' ') {
                self.text.push(' ');
                self.map.push((at + offset) as u32);
            }
            pending_space = false;
            self.onset = !self.digit && is_onset(run);
            self.digit = run.ends_with(|c: char| c.is_ascii_digit());
            // Each byte maps to its own byte, so a span's end falls after
            // its last byte.
            self.text.push_str(run);
            let from = (at + offset) as u32;
            self.map.extend(from..from + run.len() as u32);
            self.start.get_or_insert(at + offset);
            self.end = at + offset + run.len();
            offset += run_end;
            rest = &rest[run_end..];
        }
    }

    fn finish(&mut self) -> Option<Para> {
        self.onset = false;
        self.digit = false;
        let start = self.start.take()?;
        let text = std::mem::take(&mut self.text);
        let map = std::mem::take(&mut self.map);
        Some(Para {
            text,
            map,
            span: Span {
                start,
                end: self.end,
            },
            cells: Vec::new(),
        })
    }
}

/// Where the next white space or emphasis mark (`*`) of `text` starts, and
/// its length in bytes. A byte scan: only the lead bytes of the few
/// non-ASCII spaces (no-break, the U+2000 row, the ideographic space) are
/// decoded, never a Vietnamese letter.
fn next_break(text: &str) -> Option<(usize, usize)> {
    let bytes = text.as_bytes();
    let mut at = 0;
    while at < bytes.len() {
        let b = bytes[at];
        if b < 0x80 {
            if matches!(b, b'*' | b' ' | b'\t'..=b'\r') {
                return Some((at, 1));
            }
        } else if matches!(
            (b, bytes.get(at + 1)),
            (0xC2, Some(0x85 | 0xA0))
                | (0xE1, Some(0x9A))
                | (0xE2, Some(0x80 | 0x81))
                | (0xE3, Some(0x80))
        ) {
            let c = text[at..].chars().next()?;
            if c.is_whitespace() {
                return Some((at, c.len_utf8()));
            }
        }
        at += 1;
    }
    None
}

/// The line's text without markdown heading marks, quote marks and a bullet
/// star, and where that text starts within the line.
fn strip_line(line: &str) -> (&str, usize) {
    let trimmed = line.trim_start();
    let mut at = line.len() - trimmed.len();
    let mut rest = trimmed;
    let heading = rest.trim_start_matches('#');
    if heading.len() != rest.len() && heading.starts_with(' ') {
        at += rest.len() - heading.len();
        rest = heading;
    }
    if let Some(quoted) = rest.strip_prefix("> ") {
        at += 2;
        rest = quoted;
    }
    (rest, at)
}

/// Whether a line is a markdown bullet made with a star ("*   text").
fn star_bullet(line: &str) -> bool {
    let t = line.trim_start();
    t.starts_with("* ") || t.starts_with("*\t")
}

/// Letters of a line, for telling capitals from ordinary text.
fn letters_upper(text: &str) -> Option<bool> {
    let mut upper = 0;
    let mut lower = 0;
    for c in text.chars() {
        // Most letters are ASCII: no Unicode table for them.
        let (alphabetic, uppercase) = if c.is_ascii() {
            (c.is_ascii_alphabetic(), c.is_ascii_uppercase())
        } else if is_vietnamese_letter(c) {
            // Vietnamese letters: no search of the alphabetic table.
            (true, c.is_uppercase())
        } else {
            (c.is_alphabetic(), c.is_uppercase())
        };
        if !alphabetic {
            continue;
        }
        if uppercase {
            upper += 1;
        } else {
            lower += 1;
        }
    }
    (upper + lower >= 4).then_some(upper * 5 >= (upper + lower) * 4)
}

/// A rule or a lone table bar: nothing to read, and a paragraph's end.
fn is_noise(text: &str) -> bool {
    let t = text.trim().trim_matches('*').trim();
    if t.is_empty() || t == "|" || t == "||" {
        return true;
    }
    t.chars()
        .all(|c| matches!(c, '-' | '_' | '=' | '—' | '–' | '*' | '`' | '~'))
}

/// A page's number alone on its line ("12", "- 12 -", "Trang 3", "3/12").
fn is_page_number(text: &str) -> bool {
    let t = text.trim().trim_matches('*').trim();
    let t = t.trim_matches(|c: char| c == '-' || c == ' ' || c == '–');
    let t = t.strip_prefix("Trang ").unwrap_or(t);
    let (page, of) = t.split_once('/').unwrap_or((t, "1"));
    let number = |n: &str| !n.is_empty() && n.len() <= 3 && n.bytes().all(|b| b.is_ascii_digit());
    number(page.trim()) && number(of.trim())
}

/// A line as its repeats are compared: trimmed, each run of digits one `#`
/// (a gazette's issue and a page's number change from page to page).
fn running_key(line: &str) -> String {
    let mut key = String::new();
    for c in line.trim().chars() {
        if c.is_ascii_digit() {
            if !key.ends_with('#') {
                key.push('#');
            }
        } else {
            key.push(c);
        }
    }
    key
}

/// The longest running header, in bytes.
const RUNNING_MAX: usize = 100;

/// The running headers and footers of a PDF's pages: a short line that is
/// not a sentence, a marker, a label or a row, found three times at least,
/// each time more than fifteen lines after the last ("CÔNG BÁO/Số 45 +
/// 46/Ngày 15-01-2025", a plan's number and title at each page's top).
fn running_headers(source: &str) -> BTreeSet<String> {
    let mut seen: BTreeMap<String, (usize, usize, bool)> = BTreeMap::new();
    for (index, line) in source.lines().enumerate() {
        let t = line.trim();
        let candidate = (6..=RUNNING_MAX).contains(&t.len())
            && !t.contains('\t')
            && !t.contains(" | ")
            && !t.ends_with(['.', ';', ':', ',', ')'])
            && !t.starts_with(['-', '+', '*', '•', '|', '#', '>'])
            && marker::parse(t).is_none()
            && marker::label(t).is_none();
        if !candidate {
            continue;
        }
        // (times seen, line last seen, every repeat far from the last)
        let entry = seen.entry(running_key(t)).or_insert((0, index, true));
        if entry.0 > 0 && index - entry.1 <= 15 {
            entry.2 = false;
        }
        entry.0 += 1;
        entry.1 = index;
    }
    seen.into_iter()
        .filter(|(_, (count, _, spread))| *count >= 3 && *spread)
        .map(|(key, _)| key)
        .collect()
}

/// A markdown table's separator row (`|---|:--|`).
fn is_separator_row(text: &str) -> bool {
    let t = text.trim();
    t.starts_with('|')
        && t.len() > 2
        && t.chars().all(|c| matches!(c, '|' | '-' | ':' | ' ' | '\t'))
}

/// A table row written with pipes: "| a | b |" as markdown writes it, or
/// "TT | Nhiệm vụ | Cơ quan chủ trì" as a table copied from a web page or a
/// converter reads, three cells at least (two, "Số: 12/NQ-CP | Hà Nội,
/// ngày …", is the header's two columns flattened, read as text).
fn is_pipe_row(text: &str, in_header: bool) -> bool {
    let t = text.trim();
    let bars = t.matches(" | ").count();
    t.starts_with('|') && t.len() > 1 || bars >= 2 || in_header && bars == 1
}

/// The lines a document's header stands in: its two columns (the issuing
/// body beside the national motto, the number beside the place and date),
/// when flattened with one bar or one tab, are a row of two cells there.
const HEADER_LINES: usize = 40;

/// A header's two columns joined by one tab, both sides written.
fn is_header_row(line: &str) -> bool {
    let mut sides = line.split('\t');
    let (Some(left), Some(right), None) = (sides.next(), sides.next(), sides.next()) else {
        return false;
    };
    !left.trim().is_empty() && !right.trim().is_empty()
}

/// A pipe row's cells with their spans; the line starts at `at`.
fn pipe_cells(line: &str, at: usize) -> Vec<Cell> {
    let trimmed = line.trim_end();
    // "| a | b |" (markdown) or "a | b | c" (a table copied as text).
    let inner_start = if trimmed.trim_start().starts_with('|') {
        trimmed.find('|').map_or(0, |i| i + 1)
    } else {
        0
    };
    let inner_end = if trimmed.ends_with('|') && trimmed.len() > inner_start {
        trimmed.len() - 1
    } else {
        trimmed.len()
    };
    let inner = &trimmed[inner_start..inner_end];
    let mut cells = Vec::new();
    let mut offset = inner_start;
    for piece in inner.split('|') {
        cells.push(cell(&piece.replace("<br>", "  "), at + offset));
        offset += piece.len() + 1;
    }
    cells
}

/// One cell's text, which starts at byte `at`, with its span.
fn cell(piece: &str, at: usize) -> Cell {
    let mut builder = Builder::default();
    builder.push(piece, at);
    let para = builder.finish();
    Cell {
        text: para.as_ref().map(|p| p.text.clone()).unwrap_or_default(),
        span: para.map_or(Span { start: at, end: at }, |p| p.span),
    }
}

/// A row of a table copied from a web page or from Word, as the clipboard
/// writes it: cells between tabs ("TT\tNhiệm vụ\tCơ quan chủ trì"). Two
/// tabs and two cells with text at least, or one tab inside a table being
/// read (a row with merged cells: "I\tNhóm nhiệm vụ").
fn is_tab_row(line: &str, in_table: bool) -> bool {
    let tabs = line.matches('\t').count();
    let filled = line.split('\t').filter(|c| !c.trim().is_empty()).count();
    let numbered = line.split('\t').next().is_some_and(is_row_number);
    tabs >= 2 && filled >= 2 || in_table && tabs >= 1 && filled >= 1 && numbered
}

/// A table row's number: "1", "2.3", "12.", or a group's "I", "IV", "A".
fn is_row_number(text: &str) -> bool {
    let t = text.trim().trim_end_matches('.');
    let numbered = !t.is_empty()
        && t.split('.')
            .all(|part| (1..=3).contains(&part.len()) && part.bytes().all(|b| b.is_ascii_digit()));
    numbered || marker::is_group_label(t)
}

/// A tab row's cells with their spans; the line starts at `at`.
fn tab_cells(line: &str, at: usize) -> Vec<Cell> {
    let mut cells = Vec::new();
    let mut offset = 0;
    for piece in line.split('\t') {
        cells.push(cell(piece, at + offset));
        offset += piece.len() + 1;
    }
    cells
}

/// The rest of a row whose cell held a line break: its first piece ends
/// the row's last cell, the others follow.
fn join_cells(row: &mut Vec<Cell>, more: Vec<Cell>) {
    let mut more = more.into_iter();
    if let (Some(first), Some(last)) = (more.next(), row.last_mut()) {
        if last.text.is_empty() {
            *last = first;
        } else if !first.text.is_empty() {
            last.text.push(' ');
            last.text.push_str(&first.text);
            last.span.end = first.span.end;
        }
    }
    row.extend(more);
}

/// A table row as a paragraph: its cells, its text the cells' joined.
fn row_para(cells: Vec<Cell>, span: Span) -> Para {
    Para {
        text: cells
            .iter()
            .map(|c| c.text.as_str())
            .filter(|t| !t.is_empty())
            .collect::<Vec<_>>()
            .join(" | "),
        map: Vec::new(),
        span,
        cells,
    }
}

/// A tab row as a paragraph, standing from its first cell to its last
/// (at `fallback` when none has text).
fn cells_para(cells: Vec<Cell>, fallback: usize) -> Para {
    let filled = || cells.iter().filter(|c| !c.text.is_empty());
    let span = Span {
        start: filled().map(|c| c.span.start).min().unwrap_or(fallback),
        end: filled().map(|c| c.span.end).max().unwrap_or(fallback),
    };
    row_para(cells, span)
}

/// A tab row nothing continued: a group row whole with its merged cell
/// ("I\tNhóm"), or, after a table, Word's numbered paragraph ("2.\tTổ
/// chức thực hiện"), text again (`line`: the row's one line, where it
/// stands).
fn closed(row: Vec<Cell>, line: Option<(usize, String)>, fallback: usize) -> Para {
    let group = row.first().is_some_and(|c| marker::is_group_label(&c.text));
    if let Some((at, text)) = line.filter(|_| !group) {
        let mut builder = Builder::default();
        builder.push(&text.replace('\t', " "), at);
        if let Some(para) = builder.finish() {
            return para;
        }
    }
    cells_para(row, fallback)
}

/// The paragraphs of a text.
pub fn paragraphs(source: &str) -> Vec<Para> {
    let unwrapped = lines_are_paragraphs(source);
    let running = running_headers(source);
    let mut paras = Vec::new();
    let mut current = Builder::default();
    let mut current_upper: Option<bool> = None;
    let mut last_line = String::new();
    let mut at = 0usize;
    // A tab row a cell's line break cut, and the widest tab row of the
    // table being read (0: none).
    let mut open: Option<Vec<Cell>> = None;
    // The open row's one line, while nothing continued it: (where, text).
    let mut open_line: Option<(usize, String)> = None;
    let mut width = 0usize;
    for (line_index, raw) in source.split_inclusive('\n').enumerate() {
        let line_at = at;
        at += raw.len();
        let line = raw.trim_end_matches(['\n', '\r']);
        let in_header = line_index < HEADER_LINES;
        let tab_row = is_tab_row(line, width > 0) || in_header && is_header_row(line);
        if let Some(mut row) = open.take() {
            if line.trim().is_empty() {
                // A blank line inside a cell.
                open = Some(row);
                continue;
            }
            let cells = tab_cells(line, line_at);
            let starts_row =
                cells.len() > 1 && cells.first().is_some_and(|c| is_row_number(&c.text));
            if !line.contains('\t') {
                // No more cells, and this line is text.
                paras.push(closed(row, open_line.take(), line_at));
                width = 0;
            } else if tab_row && (cells.len() >= width || starts_row) {
                // A row of its own: the open one was whole (merged cells).
                open_line = None;
                paras.push(cells_para(row, line_at));
            } else {
                open_line = None;
                join_cells(&mut row, cells);
                if row.len() >= width {
                    paras.push(cells_para(row, line_at));
                } else {
                    open = Some(row);
                }
                continue;
            }
        }
        if tab_row {
            if let Some(p) = current.finish() {
                paras.push(p);
            }
            let cells = tab_cells(line, line_at);
            let count = cells.len();
            if width > 0 && count < width {
                open = Some(cells);
                open_line = Some((line_at, line.to_owned()));
            } else {
                paras.push(cells_para(cells, line_at));
            }
            width = width.max(count);
            current_upper = None;
            last_line.clear();
            continue;
        }
        if !line.trim().is_empty() {
            width = 0;
        }
        let running_line = !running.is_empty()
            && line.trim().len() <= RUNNING_MAX
            && running.contains(&running_key(line));
        if running_line || is_page_number(line) {
            // A page's number or running header, wherever the page broke
            // the text: the paragraph goes on after it.
            continue;
        }
        if is_noise(line) || is_separator_row(line) {
            if let Some(p) = current.finish() {
                paras.push(p);
            }
            current_upper = None;
            last_line.clear();
            continue;
        }
        let (text, offset) = strip_line(line);
        let text_at = line_at + offset;
        if is_pipe_row(text, in_header) {
            if let Some(p) = current.finish() {
                paras.push(p);
            }
            let cells = pipe_cells(text, text_at);
            let span = Span {
                start: text_at,
                end: text_at + text.trim_end().len(),
            };
            paras.push(row_para(cells, span));
            current_upper = None;
            last_line.clear();
            continue;
        }
        let plain: Cow<str> = if text.contains('*') {
            Cow::Owned(text.replace('*', ""))
        } else {
            Cow::Borrowed(text)
        };
        let plain = plain.trim();
        let upper = letters_upper(plain);
        let starts_new = current.start.is_none()
            || unwrapped
            || star_bullet(line)
            || marker::starts_item(plain)
            || marker::is_label_start(plain)
            || ["TM.", "KT.", "Q.", "TL.", "TUQ.", "T/M"]
                .iter()
                .any(|a| plain.starts_with(a))
            || starts_header_line(plain)
            || starts_header_line(&last_line)
            || ["Căn cứ ", "Thực hiện ", "Theo đề nghị ", "Xét đề nghị "]
                .iter()
                .any(|a| plain.starts_with(a))
            || (upper.is_some() && current_upper.is_some() && upper != current_upper)
            || ends_sentence(&last_line) && plain.chars().next().is_some_and(char::is_uppercase);
        if starts_new {
            if let Some(p) = current.finish() {
                paras.push(p);
            }
            current_upper = None;
        }
        if star_bullet(line) {
            // "*   text": a dash bullet.
            let star = line.find('*').unwrap_or(0);
            let after = &line[star + 1..];
            current.text.push_str("- ");
            current.map.extend([(line_at + star) as u32; 2]);
            current.start.get_or_insert(line_at + star);
            current.push(after, line_at + star + 1);
        } else {
            current.push(text, text_at);
        }
        if upper.is_some() {
            current_upper = upper;
        }
        last_line = plain.to_string();
    }
    if let Some(row) = open {
        paras.push(closed(row, open_line, source.len()));
    }
    if let Some(p) = current.finish() {
        paras.push(p);
    }
    paras.into_iter().flat_map(split_labels).collect()
}

/// Where a paragraph holds a further field label after its start ("…; cơ
/// quan phối hợp: Sở Y; thời gian: 2025", "(Cơ quan chủ trì: Sở X; thời
/// gian: Quý II/2026)"): the byte at which that label starts.
fn next_label(text: &str, from: usize) -> Option<usize> {
    let mut search = from;
    while let Some(found) = text[search..].find(['.', ';', '(']) {
        let at = search + found;
        let rest = text[at + 1..].trim_start();
        let start = text.len() - rest.len();
        if marker::label(rest).is_some_and(|(_, len)| len < rest.len()) && rest.contains(':') {
            return Some(start);
        }
        search = at + 1;
    }
    None
}

/// A paragraph cut before each field label inside it, so that each label
/// holds only its own value; a closing parenthesis after the last one goes.
fn split_labels(para: Para) -> Vec<Para> {
    if para.is_row() || !para.text.contains(':') {
        return vec![para];
    }
    let mut cuts = Vec::new();
    // Not at the marker's own dot ("3. Thời gian thực hiện: …").
    let mut from = marker::parse(&para.text).map_or(0, |m| m.len);
    while let Some(at) = next_label(&para.text, from) {
        cuts.push(at);
        from = at;
    }
    if cuts.is_empty() {
        return vec![para];
    }
    let mut out = Vec::with_capacity(cuts.len() + 1);
    let mut start = 0;
    for end in cuts.into_iter().chain(std::iter::once(para.text.len())) {
        let piece = para.text[start..end].trim_end_matches([' ', ';', '(']);
        let piece_end = start + piece.len();
        let trimmed = piece.trim_end_matches([')', '.', ' ']);
        let text_end = if end == para.text.len()
            && trimmed.len() < piece.len()
            && para.text[..start].contains('(')
        {
            start + trimmed.len()
        } else {
            piece_end
        };
        if text_end > start {
            let span = para.span_of(start, text_end);
            out.push(Para {
                text: para.text[start..text_end].to_string(),
                map: para
                    .map
                    .get(start..text_end)
                    .map(<[u32]>::to_vec)
                    .unwrap_or_default(),
                span,
                cells: Vec::new(),
            });
        }
        start = end;
    }
    out
}

/// Whether the text's lines were never wrapped: each is a paragraph, as
/// Word and LibreOffice write a document as text and as a copy from Word
/// pastes, with no blank line between paragraphs. A PDF viewer's lines are
/// a page wide, never much over 120 characters; here some lines of prose
/// run to 200 and more. Table rows are left out of the count.
fn lines_are_paragraphs(source: &str) -> bool {
    let mut prose = 0usize;
    let mut long = 0usize;
    for line in source.lines() {
        let line = line.trim();
        if line.is_empty() || line.contains('\t') || line.contains(" | ") || line.starts_with('|') {
            continue;
        }
        prose += 1;
        if line.chars().count() > 200 {
            long += 1;
        }
    }
    long >= 3 && long * 10 >= prose
}

/// A line of a document's header that stands alone, even among capitals:
/// the number ("Số: 1/KH-UBND") and the national or Party motto. A PDF
/// copies the left column whole ("ỦY BAN NHÂN DÂN / TỈNH X / Số: …"), then
/// the motto, with no blank line between.
fn starts_header_line(line: &str) -> bool {
    // Số, CỘNG HÒA, Độc lập, ĐẢNG: nothing else is folded.
    if !line.starts_with(['S', 's', 'C', 'c', 'Đ', 'đ']) {
        return false;
    }
    let head: String = line.chars().take(32).collect();
    let folded = crate::domain::text::fold(&head);
    let number = folded
        .strip_prefix("so")
        .map(|rest| rest.trim_start_matches([':', ' ']))
        .is_some_and(|rest| {
            rest.len() < folded.len() - 2 && rest.starts_with(|c: char| c.is_ascii_digit())
        });
    number
        || folded.starts_with("cong hoa xa hoi chu nghia")
        || folded.starts_with("doc lap - tu do")
        || folded.starts_with("dang cong san viet nam")
}

/// Whether a line ends a sentence or a clause that a new line may follow.
fn ends_sentence(line: &str) -> bool {
    let t = line.trim_end_matches(['*', ' ', '_']);
    t.ends_with(['.', ':', ';', '!', '?']) || t.ends_with("./.")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blank_lines_and_markers_start_paragraphs_and_wrapped_lines_join() {
        let text = "**1. Rà soát,\nkiện toàn đội ngũ**\n\n- Thường xuyên rà soát, kiện\ntoàn đội ngũ.\n*Thời gian thực hiện: *Thường\nxuyên.\n";
        let paras = paragraphs(text);
        let texts: Vec<&str> = paras.iter().map(|p| p.text.as_str()).collect();
        assert_eq!(
            texts,
            [
                "1. Rà soát, kiện toàn đội ngũ",
                "- Thường xuyên rà soát, kiện toàn đội ngũ.",
                "Thời gian thực hiện: Thường xuyên."
            ]
        );
        let p = &paras[2];
        let at = p.text.find("Thường xuyên").unwrap();
        let span = p.span_of(at, at + "Thường".len());
        assert_eq!(&text[span.start..span.end], "Thường");
    }

    #[test]
    fn rows_copied_as_text_are_rows_too() {
        let text = "Số: 12/NQ-CP | Hà Nội, ngày 07 tháng 02 năm 2023\n\nTT | Nhiệm vụ | Cơ quan chủ trì | Thời gian\n\n1 | Báo cáo tổng kết | Bộ Tư pháp | 2022\n";
        let paras = paragraphs(text);
        assert_eq!(paras.len(), 3);
        // A header's two columns: a row of two cells at the top…
        assert_eq!(paras[0].cells.len(), 2, "two columns of a header");
        // …and one bar in the body is text.
        let body = format!(
            "{}Theo đó | xem thêm\n",
            "Dòng.\n\n".repeat(HEADER_LINES / 2)
        );
        assert!(paragraphs(&body).last().is_some_and(|p| p.cells.is_empty()));
        let cells: Vec<&str> = paras[2].cells.iter().map(|c| c.text.as_str()).collect();
        assert_eq!(cells, ["1", "Báo cáo tổng kết", "Bộ Tư pháp", "2022"]);
        assert_eq!(
            &text[paras[2].cells[2].span.start..paras[2].cells[2].span.end],
            "Bộ Tư pháp"
        );
    }

    #[test]
    fn a_table_pasted_from_a_browser_or_word_is_read_by_its_tabs() {
        // A merged group row, a cell with a line break, a blank line in a cell.
        let text = "TT\tNhiệm vụ\tCơ quan chủ trì\tThời gian\nI\tNhóm nhiệm vụ\n1\tXây dựng quy định\nvề trách nhiệm\tBộ Tư pháp\t2022\n2\tBan hành\n\nhướng dẫn\tBộ Tài chính\t2023\nSau bảng là văn bản.\n";
        let paras = paragraphs(text);
        let rows: Vec<Vec<&str>> = paras
            .iter()
            .map(|p| p.cells.iter().map(|c| c.text.as_str()).collect())
            .collect();
        assert_eq!(
            rows,
            [
                vec!["TT", "Nhiệm vụ", "Cơ quan chủ trì", "Thời gian"],
                vec!["I", "Nhóm nhiệm vụ"],
                vec![
                    "1",
                    "Xây dựng quy định về trách nhiệm",
                    "Bộ Tư pháp",
                    "2022"
                ],
                vec!["2", "Ban hành hướng dẫn", "Bộ Tài chính", "2023"],
                vec![],
            ]
        );
        let cell = &paras[2].cells[1];
        assert_eq!(
            &text[cell.span.start..cell.span.end],
            "Xây dựng quy định\nvề trách nhiệm"
        );
        assert_eq!(paras[4].text, "Sau bảng là văn bản.");
        // After a table, Word's numbered paragraph ("2.\tTổ chức…") is text.
        let after = paragraphs("TT\tNhiệm vụ\tCơ quan chủ trì\n1\tBáo cáo\tBộ Tư pháp\n2.\tTổ chức thực hiện\nCác sở triển khai.\n");
        assert!(after[2].cells.is_empty(), "{:?}", after[2]);
        assert_eq!(after[2].text, "2. Tổ chức thực hiện");
        // A header's two columns joined by a tab, at the top: two cells.
        let header = paragraphs("ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n");
        assert_eq!(header[0].cells.len(), 2);
    }

    #[test]
    fn pipe_rows_become_cells_and_noise_goes() {
        let text = "| TT | Nhiệm vụ |\n|---|---|\n| 1 | Xây dựng |\n\n12\n\nSau đó";
        let paras = paragraphs(text);
        assert_eq!(paras.len(), 3);
        assert_eq!(paras[1].cells.len(), 2);
        assert_eq!(paras[1].cells[1].text, "Xây dựng");
        let span = paras[1].cells[1].span;
        assert_eq!(&text[span.start..span.end], "Xây dựng");
        assert_eq!(paras[2].text, "Sau đó");
    }

    #[test]
    fn labels_inside_a_paragraph_start_paragraphs_of_their_own() {
        let text = "1. Xây dựng cơ sở dữ liệu (Cơ quan chủ trì: Sở Tư pháp; cơ quan phối hợp: Sở Nội vụ; thời gian: Quý II/2026).";
        let paras = paragraphs(text);
        let texts: Vec<&str> = paras.iter().map(|p| p.text.as_str()).collect();
        assert_eq!(
            texts,
            [
                "1. Xây dựng cơ sở dữ liệu",
                "Cơ quan chủ trì: Sở Tư pháp",
                "cơ quan phối hợp: Sở Nội vụ",
                "thời gian: Quý II/2026"
            ]
        );
        let span = paras[3].span;
        assert_eq!(&text[span.start..span.end], "thời gian: Quý II/2026");
        let plain = paragraphs("Đơn vị thực hiện: các sở, ban, ngành; UBND các huyện.");
        assert_eq!(plain.len(), 1);
    }

    #[test]
    fn syllables_a_pdf_broke_are_joined_again() {
        let text = |source: &str| paragraphs(source).remove(0).text;
        assert_eq!(
            text("Ủy ban nhân dân t ỉnh; Sở Tư ph áp chủ tr ì th ực hiện, Tr ung tâm"),
            "Ủy ban nhân dân tỉnh; Sở Tư pháp chủ trì thực hiện, Trung tâm"
        );
        // Words, acronyms and units stay apart.
        for kept in [
            "đường dài 10 m an toàn",
            "TP Hà Nội và UBND tỉnh",
            "điểm d khoản 1, mục a",
            "Sở Tư pháp ăn khớp",
            "hồ sơ ở xã",
        ] {
            assert_eq!(text(kept), kept);
        }
        // The map still points each byte at its source.
        let para = paragraphs("th ực hiện").remove(0);
        assert_eq!(para.text, "thực hiện");
        assert_eq!(para.map.len(), para.text.len());
        assert_eq!(para.map[2], 3);
    }

    #[test]
    fn running_headers_repeat_far_apart_and_page_numbers_stand_alone() {
        let filler = |n: usize| {
            (0..n)
                .map(|i| format!("dòng văn bản thứ {i}\n"))
                .collect::<String>()
        };
        let mut text = String::new();
        for page in 1..=3 {
            text.push_str(&format!("CÔNG BÁO/Số {page}/Ngày 15-01-2025\n"));
            text.push_str("Đơn vị chủ trì: Sở Nội vụ\n");
            text.push_str(&filler(20));
        }
        for _ in 0..3 {
            text.push_str("Sở Nội vụ\n");
        }
        let running = running_headers(&text);
        assert_eq!(
            running.into_iter().collect::<Vec<_>>(),
            ["CÔNG BÁO/Số #/Ngày #-#-#"]
        );
        for page in ["12", "- 12 -", "Trang 3", "3/12", " 7 "] {
            assert!(is_page_number(page), "{page}");
        }
        for not in ["12/2025", "2025", "Quý II", "1.", ""] {
            assert!(!is_page_number(not), "{not}");
        }
    }

    #[test]
    fn capitals_meeting_ordinary_text_split() {
        let paras = paragraphs("KẾ HOẠCH\nTriển khai thực hiện năm 2025\nvà các năm sau");
        assert_eq!(paras.len(), 2);
        assert_eq!(
            paras[1].text,
            "Triển khai thực hiện năm 2025 và các năm sau"
        );
    }
}
