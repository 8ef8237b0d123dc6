//! The trend over the periods up to the chosen one: reported and complete,
//! each period named as officials write it, as many as fit.

use super::{Phone, PHONE};
use crate::chart::{labelled, line_path, Band, Linear};
use crate::domain::number;
use crate::domain::progress::Tally;
use crate::domain::Period;
use crate::format::Language;
use crate::ui::app::state::use_app;
use crate::ui::dashboard::frame::ChartFrame;
use crate::ui::i18n::Key;
use leptos::prelude::*;

#[component]
pub fn TrendChart(points: Memo<Vec<(Period, Tally)>>) -> impl IntoView {
    let app = use_app();
    let label = move |p: Period| match app.language() {
        Language::Vietnamese => p.label_vi(),
        Language::English => p.label_en(),
    };
    let phone = Phone::new();
    let svg = move || {
        let data = points.get();
        // The plot's left and right edges; the second series' key.
        let (left, right, key) = if phone.on() {
            (44.0, PHONE - 8.0, 184.0)
        } else {
            (60.0, 500.0, 260.0)
        };
        let band = Band::new(data.len(), (left, right), 0.0);
        let y = Linear::new((0.0, 100.0), (180.0, 20.0));
        let x = |i: usize| band.position(i) + band.width() / 2.0;
        let grid = y
            .ticks(5)
            .into_iter()
            .map(|t| {
                view! {
                    <line x1=number::svg(left) x2=number::svg(right) y1=number::svg(y.map(t)) y2=number::svg(y.map(t)) stroke="#d8dde3"/>
                    <text x=number::svg(left - 6.0) y=number::svg(y.map(t) + 4.0) text-anchor="end">{format!("{}%", number::shortest(t))}</text>
                }
            })
            .collect_view();
        let series = |value: fn(&Tally) -> u32, color: &'static str| {
            let pts: Vec<(f64, f64)> = data
                .iter()
                .enumerate()
                .map(|(i, (_, t))| (x(i), y.map(f64::from(value(t)))))
                .collect();
            let dots = pts
                .iter()
                .map(|(px, py)| view! { <circle cx=number::svg(*px) cy=number::svg(*py) r="4" fill=color/> })
                .collect_view();
            view! { <path d=line_path(&pts) fill="none" stroke=color stroke-width="2"/> {dots} }
        };
        // Two lines per period ("Quý II" over "2024"), as many as fit
        // without overlapping (about 6.6 px a character at 12 px).
        let axis = |p: Period| match app.language() {
            Language::Vietnamese => p.axis_vi(),
            Language::English => p.axis_en(),
        };
        let widest = data
            .iter()
            .map(|(p, _)| axis(*p).chars().count().max(4))
            .max()
            .unwrap_or(0) as f64
            * 6.6
            + 8.0;
        let keep = labelled(data.len(), band.width(), widest);
        let labels = data
            .iter()
            .enumerate()
            .filter(|(i, _)| keep(*i))
            .map(|(i, (p, _))| {
                view! {
                    <text x=number::svg(x(i)) y="202" text-anchor="middle">{axis(*p)}</text>
                    <text x=number::svg(x(i)) y="217" text-anchor="middle">{p.year_number().to_string()}</text>
                }
            })
            .collect_view();
        view! {
            {grid}
            {series(Tally::reported_percent, "#0969da")}
            {series(Tally::complete_percent, "#1a7f37")}
            {labels}
            <text x=number::svg(left + 10.0) y="14" fill="#0969da">{format!("— {}", app.text(Key::ReportedPct))}</text>
            <text x=number::svg(key) y="14" fill="#1a7f37">{format!("— {}", app.text(Key::CompletePct))}</text>
        }
        .into_any()
    };
    let table = move || {
        view! {
        <table class="table" data-testid="table-trend">
            <thead><tr><th scope="col">{app.text(Key::ColumnPeriod)}</th><th scope="col">{app.text(Key::ReportedPct)}</th><th scope="col">{app.text(Key::CompletePct)}</th></tr></thead>
            <tbody>
                {points.get().into_iter().map(|(p, t)| view! { <tr><th scope="row">{label(p)}</th><td>{number::percent(t.reported(), t.total(), app.marks())}</td><td>{number::percent(t.complete(), t.total(), app.marks())}</td></tr> }).collect_view()}
            </tbody>
        </table>
    }.into_any()
    };
    view! {
        <ChartFrame id="xu-huong" title=Key::ChartTrend description=Signal::derive(move || app.text(Key::ChartTrendDesc).to_owned())
            width=phone.pick(520.0, PHONE)
            height=Signal::derive(|| 226.0) svg=svg.into() table=table.into()/>
    }
}
