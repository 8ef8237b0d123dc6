//! The matrix as markup: its cells, the pinned task numbers and unit
//! names, and its data table; every text from the plan escaped.

use super::{height, width, MatrixLabels, COLUMN, ROW, TOP};
use crate::domain::dashboard::Matrix;
use crate::domain::{number, EntryKey, PeriodId};
use crate::format::html::push_escaped;
use crate::format::Language;
use crate::ui::dashboard::frame::{status_color, status_mark};
use crate::ui::i18n::{self, Key};
use crate::ui::widgets::names::{self, entry_id};
use std::fmt::Write as _;

/// The matrix's cells as SVG markup: per unit a cell (a focusable button
/// naming its entry in `data-entry`) per report it owes; `stop`, an owed
/// cell, is the one in the tab order (the first cell without it). Names
/// from the plan are escaped.
pub fn matrix_svg(
    m: &Matrix,
    l: &MatrixLabels,
    period: &PeriodId,
    language: Language,
    stop: Option<(usize, usize)>,
) -> String {
    let mut out = String::with_capacity(m.units.len() * m.tasks.len() * 350);
    let left = l.left();
    let mut first = true;
    for (r, row) in m.cells.iter().enumerate() {
        let y = TOP + r as f64 * ROW;
        for (c, cell) in row.iter().enumerate() {
            let Some(status) = *cell else { continue };
            let key = EntryKey {
                task: m.tasks[c].clone(),
                unit: m.units[r].clone(),
                period: period.clone(),
            };
            let x = left + c as f64 * COLUMN;
            let is_stop = stop.map_or(first, |at| at == (r, c));
            let stop = if is_stop { "0" } else { "-1" };
            first = false;
            let _ = write!(
                out,
                r#"<g class="chart__cell" role="button" tabindex="{stop}" data-r="{r}" data-c="{c}" data-testid="cell-"#
            );
            push_escaped(&mut out, &format!("{}-{}", key.task, key.unit));
            out.push_str("\" ");
            out.push_str(names::CELL);
            out.push_str("=\"");
            push_escaped(&mut out, &entry_id(&key));
            // Its name says whose report on which task it is, not only the
            // status: a screen reader reads a cell alone, and a row's unit
            // has scrolled away on a wide matrix.
            out.push_str(r#""><title>"#);
            push_escaped(&mut out, l.units.get(r).map_or("", String::as_str));
            out.push_str(" · ");
            push_escaped(&mut out, l.tasks.get(c).map_or("", String::as_str));
            out.push_str(": ");
            out.push_str(i18n::t(language, i18n::status(status)));
            let (cx, cy, tx, ty) = (
                number::svg(x),
                number::svg(y),
                number::svg(x + 20.0),
                number::svg(y + 13.0),
            );
            let _ = write!(
                out,
                r##"</title><rect x="{cx}" y="{cy}" width="40" height="18" fill="{}"/><text x="{tx}" y="{ty}" text-anchor="middle" fill="#fff" font-weight="700">{}</text></g>"##,
                status_color(status),
                status_mark(status, language),
            );
        }
    }
    out
}

/// The id of the corner over the pinned headings.
pub(super) const PINNED: &str = "chart-ma-tran-pinned";

/// The pinned headings after the cells: the task numbers, the unit names,
/// and the corner over both, each with the `style` holding the frame's
/// scroll offsets (`browser::dom::pin_to_scroll`).
pub(super) fn push_headings(out: &mut String, m: &Matrix, l: &MatrixLabels, style: &str) {
    let pin = |out: &mut String, axis: &str| {
        let _ = write!(out, r#"data-pin="{axis}" style=""#);
        push_escaped(out, style);
        out.push('"');
    };
    out.push_str("<g ");
    pin(out, "y");
    out.push('>');
    out.push_str(&matrix_tasks(m, l));
    out.push_str("</g><g ");
    pin(out, "x");
    out.push('>');
    out.push_str(&matrix_names(m, l));
    let _ = write!(out, r#"</g><rect id="{PINNED}" "#);
    pin(out, "xy");
    push_mask_rest(out, l.left() - 2.0, TOP);
}

/// The rest of a band's `<rect>`, from the origin, that hides the cells
/// scrolled under a heading (white in a downloaded copy, the page's
/// surface on screen).
fn push_mask_rest(out: &mut String, width: f64, height: f64) {
    let _ = write!(
        out,
        r##" class="chart__mask" x="0" y="0" width="{}" height="{}" fill="#fff"/>"##,
        number::svg(width),
        number::svg(height),
    );
}

/// The task numbers over the columns, on a band that hides the cells
/// scrolled under it.
pub fn matrix_tasks(m: &Matrix, l: &MatrixLabels) -> String {
    let mut out = String::with_capacity(l.tasks.len() * 80 + 128);
    out.push_str("<rect");
    let left = l.left();
    push_mask_rest(&mut out, width(left, m.tasks.len()), TOP);
    for (c, number) in l.tasks.iter().enumerate() {
        let x = number::svg(left + c as f64 * COLUMN + 20.0);
        let _ = write!(
            out,
            r#"<text x="{x}" y="18" text-anchor="middle" font-weight="700">"#
        );
        push_escaped(&mut out, number);
        out.push_str("</text>");
    }
    out
}

/// The units' short names before their rows, on a band that hides the
/// cells scrolled under it.
pub fn matrix_names(m: &Matrix, l: &MatrixLabels) -> String {
    let mut out = String::with_capacity(m.units.len() * 80 + 128);
    out.push_str("<rect");
    let left = l.left();
    push_mask_rest(&mut out, left - 2.0, height(m.units.len()));
    let label_x = number::svg(left - 6.0);
    for r in 0..m.units.len() {
        let label_y = number::svg(TOP + r as f64 * ROW + 13.0);
        let _ = write!(
            out,
            r#"<text x="{label_x}" y="{label_y}" text-anchor="end">"#
        );
        push_escaped(&mut out, l.units.get(r).map_or("", String::as_str));
        out.push_str("</text>");
    }
    out
}

/// The matrix as a table's rows (for screen readers and for copying).
pub fn matrix_table(m: &Matrix, l: &MatrixLabels, language: Language) -> String {
    let mut out = String::with_capacity(m.units.len() * m.tasks.len() * 40 + 1024);
    out.push_str(r#"<thead><tr><th scope="col">"#);
    out.push_str(i18n::t(language, Key::ColumnUnit));
    out.push_str("</th>");
    for number in &l.tasks {
        out.push_str(r#"<th scope="col">"#);
        push_escaped(&mut out, number);
        out.push_str("</th>");
    }
    out.push_str("</tr></thead><tbody>");
    for (r, row) in m.cells.iter().enumerate() {
        out.push_str(r#"<tr><th scope="row">"#);
        push_escaped(&mut out, l.units.get(r).map_or("", String::as_str));
        out.push_str("</th>");
        for cell in row {
            out.push_str("<td>");
            out.push_str(cell.map_or("—", |s| i18n::t(language, i18n::status(s))));
            out.push_str("</td>");
        }
        out.push_str("</tr>");
    }
    out.push_str("</tbody>");
    out
}
