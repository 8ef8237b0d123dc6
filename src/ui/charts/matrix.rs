//! The unit × task matrix of the period: one cell per report owed, coloured
//! by status; a cell opens its entry.

use super::activation;
use crate::domain::dashboard::Matrix;
use crate::domain::number;
use crate::domain::{EntryKey, Period};
use crate::ui::board_card::card_id;
use crate::ui::chart_frame::{status_color, status_mark, ChartFrame};
use crate::ui::i18n::{self, Key};
use crate::ui::state::use_app;
use leptos::prelude::*;

/// Short names and task numbers for the matrix axes.
#[derive(Clone, PartialEq)]
pub struct MatrixLabels {
    pub units: Vec<String>,
    pub tasks: Vec<String>,
}

#[component]
pub fn MatrixChart(
    matrix: Memo<Matrix>,
    labels: Memo<MatrixLabels>,
    period: Signal<Option<Period>>,
    on_open: Callback<EntryKey>,
) -> impl IntoView {
    let app = use_app();
    let height = Signal::derive(move || matrix.with(|m| m.units.len() as f64 * 22.0 + 34.0));
    let width = 190.0 + 7.0 * 44.0;
    let svg = move || {
        let (m, l) = (matrix.get(), labels.get());
        let Some(period) = period.get() else {
            return ().into_any();
        };
        let header = l.tasks.iter().enumerate().map(|(c, number)| view! {
            <text x=number::svg(190.0 + c as f64 * 44.0 + 20.0) y="18" text-anchor="middle" font-weight="700">{number.clone()}</text>
        }).collect_view();
        let cells = m.cells.iter().enumerate().map(|(r, row)| {
            let y = 26.0 + r as f64 * 22.0;
            let name = l.units.get(r).cloned().unwrap_or_default();
            let row_cells = row.iter().enumerate().filter_map(|(c, cell)| {
                let status = (*cell)?;
                let key = EntryKey { task: m.tasks[c].clone(), unit: m.units[r].clone(), period: period.id() };
                let test_id = format!("cell-{}-{}", key.task, key.unit);
                let entry_id = card_id(&key);
                let x = 190.0 + c as f64 * 44.0;
                let (on_click, on_key) = activation(move || on_open.run(key.clone()));
                Some(view! {
                    <g class="chart__cell" data-testid=test_id data-entry=entry_id role="button" tabindex="0" on:click=on_click on:keydown=on_key>
                        <title>{app.text(i18n::status(status))}</title>
                        <rect x=number::svg(x) y=number::svg(y) width="40" height="18" fill=status_color(status)/>
                        <text x=number::svg(x + 20.0) y=number::svg(y + 13.0) text-anchor="middle" fill="#fff" font-weight="700">{status_mark(status, app.language())}</text>
                    </g>
                })
            }).collect_view();
            view! { <text x="184" y=number::svg(y + 13.0) text-anchor="end">{name}</text> {row_cells} }
        }).collect_view();
        view! { {header} {cells} }.into_any()
    };
    let table = move || {
        let (m, l) = (matrix.get(), labels.get());
        view! {
            <table class="table" data-testid="table-matrix">
                <thead><tr><th scope="col">{app.text(Key::ColumnUnit)}</th>{l.tasks.iter().map(|t| view! { <th scope="col">{t.clone()}</th> }).collect_view()}</tr></thead>
                <tbody>
                    {m.cells.iter().enumerate().map(|(r, row)| view! {
                        <tr><th scope="row">{l.units.get(r).cloned().unwrap_or_default()}</th>
                        {row.iter().map(|cell| view! { <td>{cell.map(|s| app.text(i18n::status(s))).unwrap_or("—")}</td> }).collect_view()}</tr>
                    }).collect_view()}
                </tbody>
            </table>
        }
        .into_any()
    };
    view! {
        <ChartFrame id="ma-tran" title=Key::ChartMatrix description=Signal::derive(move || app.text(Key::ChartMatrixDesc).to_owned())
            width height svg=svg.into() table=table.into() interactive=true/>
    }
}
