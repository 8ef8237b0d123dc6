//! The unit × task matrix of the period: one cell per report owed, coloured
//! by status; a cell opens its entry.
//!
//! The cells and the data table are markup, parsed by the browser in one go
//! (as the board's cards are): at 60 units × 30 tasks they are 9,000 nodes,
//! which as typed views cost a quarter of a second at every change of
//! period. One listener on the cells' group serves every cell through its
//! `data-entry`. The task numbers and unit names are drawn after the cells,
//! over them, and held in view while a matrix larger than its frame scrolls;
//! one cell is in the tab order, the arrows walk the others.

use crate::browser::dom;
use crate::domain::dashboard::{GridMove, Matrix};
use crate::domain::{number, EntryKey, Period, PeriodId, TaskId, UnitId};
use crate::format::html::push_escaped;
use crate::format::Language;
use crate::ui::board_card::{card_id, parse_card_id};
use crate::ui::chart_frame::{status_color, status_mark, ChartFrame};
use crate::ui::i18n::{self, Key};
use crate::ui::state::use_app;
use leptos::ev;
use leptos::prelude::*;
use std::fmt::Write as _;

/// Short names and task numbers for the matrix axes.
#[derive(Clone, PartialEq)]
pub struct MatrixLabels {
    pub units: Vec<String>,
    pub tasks: Vec<String>,
}

/// Where the first column starts (the units' names end just before it), and
/// one column's and one row's step.
const LEFT: f64 = 190.0;
const COLUMN: f64 = 44.0;
const ROW: f64 = 22.0;
const TOP: f64 = 26.0;

/// The drawing's width: every task gets its column (at least seven wide, so
/// a small plan's matrix keeps the size of the charts beside it).
fn width(tasks: usize) -> f64 {
    LEFT + tasks.max(7) as f64 * COLUMN
}

/// The cells' group: one listener, and the scope of the one tab stop.
const CELLS: &str = ".chart__cells";

/// The drawing's height: a row per unit under the task numbers.
fn height(units: usize) -> f64 {
    units as f64 * ROW + TOP + 8.0
}

#[component]
pub fn MatrixChart(
    matrix: Memo<Matrix>,
    labels: Memo<MatrixLabels>,
    period: Signal<Option<Period>>,
    on_open: Callback<EntryKey>,
) -> impl IntoView {
    let app = use_app();
    let height = Signal::derive(move || matrix.with(|m| height(m.units.len())));
    let width = Signal::derive(move || matrix.with(|m| width(m.tasks.len())));
    // The cell in the tab order, by whose report it is: the matrix of
    // another period keeps it where that unit owes that task.
    let stop = StoredValue::new(None::<(UnitId, TaskId)>);
    let take_stop = move |cell: &web_sys::Element, cells: &web_sys::Element| {
        dom::take_tab_stop(cell, cells);
        let names = position(cell).and_then(|at| matrix.with_untracked(|m| m.names_of(at)));
        stop.set_value(names);
    };
    // (No focus listener on the cells' group: Chromium makes an SVG
    // element with one focusable, a stop of its own in the tab order.)
    let open = move |event: &ev::Event| {
        let cell = dom::closest(event, "[data-entry]");
        if let (Some(cell), Some(cells)) = (&cell, dom::closest(event, CELLS)) {
            take_stop(cell, &cells);
        }
        let key = cell
            .and_then(|cell| cell.get_attribute("data-entry"))
            .and_then(|id| parse_card_id(&id));
        if let Some(key) = key {
            on_open.run(key);
        }
    };
    // One cell is in the tab order (the last one given focus), the arrows,
    // Home and End move between cells: Tab leaves the matrix at once,
    // where it would otherwise pass through every cell (1,800 at M).
    let on_key = move |event: ev::KeyboardEvent| {
        let key = event.key();
        if matches!(key.as_str(), "Enter" | " ") {
            event.prevent_default();
            open(&event);
            return;
        }
        let Some(to) = GridMove::from_key(&key, event.ctrl_key() || event.meta_key()) else {
            return;
        };
        let (Some(cell), Some(cells)) = (
            dom::closest(&event, "[data-entry]"),
            dom::closest(&event, CELLS),
        ) else {
            return;
        };
        event.prevent_default();
        let Some(at) = position(&cell) else {
            return;
        };
        if let Some((row, column)) = matrix.with_untracked(|m| m.step(at, to)) {
            let target = format!(r#"[data-r="{row}"][data-c="{column}"]"#);
            if let Some(target) = dom::query(&cells, &target) {
                take_stop(&target, &cells);
                dom::focus(&target);
            }
        }
    };

    // The task numbers and unit names are drawn over the cells and kept in
    // view as the matrix scrolls (`browser::dom::pin_to_scroll`); drawn
    // again with the period, they start where the scroll has left them.
    let svg = move || {
        let markup = move || {
            let Some(period) = period.get() else {
                return String::new();
            };
            // Where the scroll left them, from the attribute it set (read
            // from the frame itself, it would force a layout of the page).
            let pinned = dom::attribute_by_id(PINNED, "style").unwrap_or_default();
            matrix.with(|m| {
                let stop = stop.with_value(|s| s.as_ref().and_then(|(u, t)| m.cell_of(u, t)));
                labels.with(|l| {
                    let mut out = matrix_svg(m, l, &period.id(), app.language(), stop);
                    push_headings(&mut out, m, l, &pinned);
                    out
                })
            })
        };
        view! {
            <g class="chart__cells" inner_html=markup on:click=move |event| open(&event) on:keydown=on_key></g>
        }
        .into_any()
    };
    let table = move || {
        let markup = move || matrix.with(|m| labels.with(|l| matrix_table(m, l, app.language())));
        view! { <table class="table" data-testid="table-matrix" inner_html=markup></table> }
            .into_any()
    };
    view! {
        <ChartFrame id="ma-tran" title=Key::ChartMatrix description=Signal::derive(move || app.text(Key::ChartMatrixDesc).to_owned())
            width height svg=svg.into() table=table.into() interactive=true scrolls=true/>
    }
}

/// A cell's row and column, from its `data-r` and `data-c`.
fn position(cell: &web_sys::Element) -> Option<(usize, usize)> {
    let at = |name: &str| cell.get_attribute(name)?.parse::<usize>().ok();
    Some((at("data-r")?, at("data-c")?))
}

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
            let x = LEFT + c as f64 * COLUMN;
            let is_stop = stop.map_or(first, |at| at == (r, c));
            let stop = if is_stop { "0" } else { "-1" };
            first = false;
            let _ = write!(
                out,
                r#"<g class="chart__cell" role="button" tabindex="{stop}" data-r="{r}" data-c="{c}" data-testid="cell-"#
            );
            push_escaped(&mut out, &format!("{}-{}", key.task, key.unit));
            out.push_str(r#"" data-entry=""#);
            push_escaped(&mut out, &card_id(&key));
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
const PINNED: &str = "chart-ma-tran-pinned";

/// The pinned headings after the cells: the task numbers, the unit names,
/// and the corner over both, each with the `style` holding the frame's
/// scroll offsets (`browser::dom::pin_to_scroll`).
fn push_headings(out: &mut String, m: &Matrix, l: &MatrixLabels, style: &str) {
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
    push_mask_rest(out, LEFT - 2.0, TOP);
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
    push_mask_rest(&mut out, width(m.tasks.len()), TOP);
    for (c, number) in l.tasks.iter().enumerate() {
        let x = number::svg(LEFT + c as f64 * COLUMN + 20.0);
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
    push_mask_rest(&mut out, LEFT - 2.0, height(m.units.len()));
    for r in 0..m.units.len() {
        let label_y = number::svg(TOP + r as f64 * ROW + 13.0);
        let _ = write!(out, r#"<text x="184" y="{label_y}" text-anchor="end">"#);
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
