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
use crate::chart::text_width;
use crate::domain::dashboard::{GridMove, Matrix};
use crate::domain::{number, EntryKey, Period, TaskId, UnitId};
use crate::ui::app::state::use_app;
use crate::ui::dashboard::frame::ChartFrame;
use crate::ui::i18n::Key;
use crate::ui::widgets::names::{self, parse_entry_id, CELL_ANY};
use leptos::ev;
use leptos::prelude::*;

mod markup;

pub use markup::{matrix_names, matrix_svg, matrix_table, matrix_tasks};
use markup::{push_headings, PINNED};

/// Short names and task numbers for the matrix axes.
#[derive(Clone, PartialEq)]
pub struct MatrixLabels {
    pub units: Vec<String>,
    pub tasks: Vec<String>,
}

impl MatrixLabels {
    /// Where the first column starts: past the widest unit's name and a
    /// gap (on a phone, the cells take the rest of the screen), at most
    /// [`LEFT`].
    pub fn left(&self) -> f64 {
        let widest = self
            .units
            .iter()
            .map(|name| text_width(name))
            .fold(0.0, f64::max);
        (widest + 14.0).clamp(48.0, LEFT).round()
    }
}

/// The most the units' names take before the first column; one column's
/// and one row's step; the task numbers' band.
const LEFT: f64 = 190.0;
const COLUMN: f64 = 44.0;
const ROW: f64 = 22.0;
const TOP: f64 = 26.0;

/// The drawing's width: every task gets its column (at least seven wide, so
/// a small plan's matrix keeps the size of the charts beside it).
fn width(left: f64, tasks: usize) -> f64 {
    left + tasks.max(7) as f64 * COLUMN
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
    let width =
        Signal::derive(move || matrix.with(|m| labels.with(|l| width(l.left(), m.tasks.len()))));
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
        let cell = dom::closest(event, CELL_ANY);
        if let (Some(cell), Some(cells)) = (&cell, dom::closest(event, CELLS)) {
            take_stop(cell, &cells);
        }
        let key = cell
            .and_then(|cell| cell.get_attribute(names::CELL))
            .and_then(|id| parse_entry_id(&id));
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
        let (Some(cell), Some(cells)) =
            (dom::closest(&event, CELL_ANY), dom::closest(&event, CELLS))
        else {
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
    // The names' width, for the frame's scroll padding (a cell given focus
    // scrolls clear of them): set on a box that only carries it.
    let names = move || format!("--names:{}px", number::svg(labels.with(MatrixLabels::left)));
    view! {
        <div class="chart-names" style=names>
            <ChartFrame id="ma-tran" title=Key::ChartMatrix description=Signal::derive(move || app.text(Key::ChartMatrixDesc).to_owned()) how=Key::ChartMatrixHow
                width height svg=svg.into() table=table.into() interactive=true scrolls=true/>
        </div>
    }
}

/// A cell's row and column, from its `data-r` and `data-c`.
fn position(cell: &web_sys::Element) -> Option<(usize, usize)> {
    let at = |name: &str| cell.get_attribute(name)?.parse::<usize>().ok();
    Some((at("data-r")?, at("data-c")?))
}
