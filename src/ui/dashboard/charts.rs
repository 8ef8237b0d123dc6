//! The dashboard's charts: thin renderers of `chart` geometry over domain figures.

use crate::chart::{arc_path, donut, stack, text_width};
use crate::domain::dashboard::Compliance;
use crate::domain::number;
use crate::domain::progress::Tally;
use crate::domain::{Status, TaskId, UnitId};
use crate::ui::app::state::use_app;
use crate::ui::dashboard::frame::{status_color, status_mark, ChartFrame};
use crate::ui::i18n::{self, Key};
use leptos::ev;
use leptos::prelude::*;

mod matrix;
mod trend;
pub use matrix::{matrix_names, matrix_svg, matrix_table, matrix_tasks, MatrixChart, MatrixLabels};
pub use trend::TrendChart;

/// Under this media query the charts are drawn at a phone's width, their
/// text at its 12 px: drawn wide and shrunk to fit, it would be read at 7.
pub const NARROW: &str = "(max-width: 40rem)";

/// Whether the page is under [`NARROW`] now; provided by the app.
#[derive(Clone, Copy)]
pub struct Narrow(pub ReadSignal<bool>);

/// Whether to draw for a phone (tracked; false where no app provides it).
#[derive(Clone, Copy)]
struct Phone(Option<Narrow>);

impl Phone {
    fn new() -> Phone {
        Phone(use_context::<Narrow>())
    }
    fn on(self) -> bool {
        self.0.is_some_and(|Narrow(on)| on.get())
    }
    /// `wide`, or `phone` when drawn for a phone.
    fn pick(self, wide: f64, phone: f64) -> Signal<f64> {
        Signal::derive(move || if self.on() { phone } else { wide })
    }
}

/// The width of a chart drawn for a phone (its frame's inside at 360 px is
/// about 300: nearly its own size).
const PHONE: f64 = 320.0;

fn counts(tally: &Tally) -> Vec<usize> {
    Status::ALL.iter().map(|s| tally.count(*s)).collect()
}

#[component]
pub fn StatusDonut(tally: Memo<Tally>) -> impl IntoView {
    let app = use_app();
    let description = Signal::derive(move || {
        let t = tally.get();
        crate::ui::i18n::reports_owed(
            app.language(),
            t.total(),
            t.reported(),
            &number::percent(t.reported(), t.total(), app.marks()),
        )
    });
    let phone = Phone::new();
    let svg = move || {
        let values = counts(&tally.get());
        let total: usize = values.iter().sum();
        // The ring's centre and the legend's first line: beside the ring,
        // or under it on a phone.
        let (cx, x, top) = if phone.on() {
            (PHONE / 2.0, 20.0, 250.0)
        } else {
            (110.0, 230.0, 30.0)
        };
        let arcs = donut(&values)
            .into_iter()
            .map(|arc| view! { <path d=arc_path(cx, 110.0, 55.0, 95.0, arc) fill=status_color(Status::ALL[arc.series])/> })
            .collect_view();
        let legend = Status::ALL
            .iter()
            .enumerate()
            .map(|(i, status)| {
                let y = top + i as f64 * 28.0;
                view! {
                    <rect x=number::svg(x) y=number::svg(y - 11.0) width="14" height="14" fill=status_color(*status)/>
                    <text x=number::svg(x + 20.0) y=number::svg(y)>{format!("{} {} — {} ({}%)", status_mark(*status, app.language()), app.text(i18n::status(*status)), values[i], number::percent(values[i], total, app.marks()))}</text>
                }
            })
            .collect_view();
        view! {
            {arcs}
            <text x=number::svg(cx) y="106" text-anchor="middle" font-size="24" font-weight="700">{total}</text>
            <text x=number::svg(cx) y="126" text-anchor="middle">{app.text(Key::ColumnTotal)}</text>
            {legend}
        }
        .into_any()
    };
    let table = move || {
        let values = counts(&tally.get());
        let total: usize = values.iter().sum();
        view! {
            <table class="table" data-testid="table-overall">
                <thead><tr><th scope="col">{app.text(Key::FilterStatus)}</th><th scope="col">{app.text(Key::ColumnCount)}</th><th scope="col">{app.text(Key::ColumnShare)}</th></tr></thead>
                <tbody>
                    {Status::ALL.iter().enumerate().map(|(i, s)| view! {
                        <tr data-status=s.slug()><th scope="row">{app.text(i18n::status(*s))}</th><td>{values[i]}</td><td>{format!("{}%", number::percent(values[i], total, app.marks()))}</td></tr>
                    }).collect_view()}
                    <tr><th scope="row">{app.text(Key::ColumnTotal)}</th><td data-testid="overall-total">{total}</td><td>"100%"</td></tr>
                </tbody>
            </table>
        }
        .into_any()
    };
    view! { <ChartFrame id="tong-the" title=Key::ChartOverall description
    width=phone.pick(520.0, PHONE)
    height=phone.pick(220.0, 400.0)
    svg=svg.into() table=table.into()/> }
}

#[component]
pub fn TaskBars(
    rows: Memo<Vec<(TaskId, String, Tally)>>,
    on_pick: Callback<TaskId>,
) -> impl IntoView {
    let app = use_app();
    let phone = Phone::new();
    let height = Signal::derive(move || rows.with(|r| r.len() as f64 * 30.0 + 20.0));
    let svg = move || {
        // Where the task's number ends (on a phone, past the widest
        // number, bold, up to the wide drawing's 70 px), where its bar
        // starts and how long it is, where the percentage ends (its "100%"
        // about 30 px).
        let (number_end, x, length, end) = if phone.on() {
            let widest = rows.with(|r| {
                r.iter()
                    .map(|(_, n, _)| text_width(n) * 1.1)
                    .fold(24.0, f64::max)
                    .min(70.0)
            });
            let x = widest + 12.0;
            (widest + 4.0, x, PHONE - 44.0 - x, PHONE - 4.0)
        } else {
            (70.0, 80.0, 420.0, 548.0)
        };
        rows.get()
            .into_iter()
            .enumerate()
            .map(|(i, (task, number, tally))| {
                let y = 10.0 + i as f64 * 30.0;
                let segments = stack(&counts(&tally), length)
                    .into_iter()
                    .map(|s| {
                        let label = (s.length > 22.0).then(|| tally.count(Status::ALL[s.series]).to_string());
                        view! {
                            <rect x=number::svg(x + s.start) y=number::svg(y) width=number::svg(s.length) height="22" fill=status_color(Status::ALL[s.series])/>
                            {label.map(|text| view! { <text x=number::svg(x + s.start + s.length / 2.0) y=number::svg(y + 15.0) text-anchor="middle" fill="#fff">{text}</text> })}
                        }
                    })
                    .collect_view();
                let pick = task.clone();
                let (on_click, on_key) = activation(move || on_pick.run(pick.clone()));
                view! {
                    <g class="chart__bar" data-testid=format!("task-bar-{number}") role="link" tabindex="0" on:click=on_click on:keydown=on_key>
                        <text x=number::svg(number_end) y=number::svg(y + 15.0) text-anchor="end" font-weight="700">{number.clone()}</text>
                        {segments}
                        <text x=number::svg(end) y=number::svg(y + 15.0) text-anchor="end">{format!("{}%", number::percent(tally.complete(), tally.total(), app.marks()))}</text>
                    </g>
                }
            })
            .collect_view()
            .into_any()
    };
    let table = move || {
        view! {
            <table class="table" data-testid="table-tasks">
                <thead><tr>
                    <th scope="col">{app.text(Key::ColumnTask)}</th>
                    {Status::ALL.iter().map(|s| view! { <th scope="col">{app.text(i18n::status(*s))}</th> }).collect_view()}
                    <th scope="col">{app.text(Key::ColumnTotal)}</th>
                    <th scope="col">{app.text(Key::CompletePct)}</th>
                </tr></thead>
                <tbody>
                    {rows.get().into_iter().map(|(_, number, tally)| view! {
                        <tr data-task=number.clone()>
                            <th scope="row">{number.clone()}</th>
                            {counts(&tally).into_iter().map(|c| view! { <td>{c}</td> }).collect_view()}
                            <td>{tally.total()}</td>
                            <td>{number::percent(tally.complete(), tally.total(), app.marks())}</td>
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
        }
        .into_any()
    };
    let status_legend: Vec<(&'static str, Key)> = Status::ALL
        .iter()
        .map(|s| (status_color(*s), i18n::status(*s)))
        .collect();
    view! {
        <ChartFrame id="nhiem-vu" title=Key::ChartTasks description=Signal::derive(move || app.text(Key::ChartTasksDesc).to_owned())
            legend=status_legend how=Key::ChartTasksHow
            width=phone.pick(560.0, PHONE)
            height svg=svg.into() table=table.into() interactive=true/>
    }
}

#[component]
pub fn UnitCompliance(rows: Memo<Vec<(UnitId, String, Compliance)>>) -> impl IntoView {
    let app = use_app();
    let colors = ["#1a7f37", "#d4700a", "#8c959f"];
    let phone = Phone::new();
    // A row: the unit's name left of its bar, or on a phone over it.
    let row = move || if phone.on() { 40.0 } else { 22.0 };
    let height = Signal::derive(move || rows.with(|r| r.len() as f64 * row() + 20.0));
    let svg = move || {
        // The name's anchor, the bar's start, length and drop below the
        // name's line, the percentage's end and drop.
        let (name_x, anchor, x, length, bar_y, end, end_y) = if phone.on() {
            (0.0, "start", 0.0, 264.0, 17.0, PHONE, 28.0)
        } else {
            (184.0, "end", 190.0, 260.0, 0.0, 520.0, 12.0)
        };
        rows.get()
            .into_iter()
            .enumerate()
            .map(|(i, (_, name, c))| {
                let y = 10.0 + i as f64 * row();
                let segments = stack(&[c.on_time, c.late, c.missing], length)
                    .into_iter()
                    .map(|s| view! { <rect x=number::svg(x + s.start) y=number::svg(y + bar_y) width=number::svg(s.length) height="16" fill=colors[s.series]/> })
                    .collect_view();
                view! {
                    <text x=number::svg(name_x) y=number::svg(y + 12.0) text-anchor=anchor>{name}</text>
                    {segments}
                    // The figure is what the bar shows: the share reported (on time or late).
                    <text x=number::svg(end) y=number::svg(y + end_y) text-anchor="end">{format!("{}%", number::percent(c.on_time + c.late, c.total(), app.marks()))}</text>
                }
            })
            .collect_view()
            .into_any()
    };
    let table = move || {
        view! {
            <table class="table" data-testid="table-units">
                <thead><tr>
                    <th scope="col">{app.text(Key::ColumnUnit)}</th><th scope="col">{app.text(Key::OnTime)}</th>
                    <th scope="col">{app.text(Key::Late)}</th><th scope="col">{app.text(Key::Missing)}</th><th scope="col">{app.text(Key::ReportedPct)}</th><th scope="col">{app.text(Key::CompletePct)}</th>
                </tr></thead>
                <tbody>
                    {rows.get().into_iter().map(|(id, name, c)| view! {
                        <tr data-unit=id.to_string()><th scope="row">{name}</th><td>{c.on_time}</td><td>{c.late}</td><td>{c.missing}</td><td>{number::percent(c.on_time + c.late, c.total(), app.marks())}</td><td>{number::percent(c.complete, c.total(), app.marks())}</td></tr>
                    }).collect_view()}
                </tbody>
            </table>
        }
        .into_any()
    };
    let unit_legend = vec![
        (colors[0], Key::OnTime),
        (colors[1], Key::Late),
        (colors[2], Key::Missing),
    ];
    view! {
        <ChartFrame id="don-vi" title=Key::ChartUnits description=Signal::derive(move || app.text(Key::ChartUnitsDesc).to_owned())
            legend=unit_legend
            width=phone.pick(540.0, PHONE)
            height svg=svg.into() table=table.into()/>
    }
}

/// A chart mark that acts like a link or a button: the click, and Enter or
/// Space from the keyboard (an SVG group gets neither by itself).
fn activation(
    act: impl Fn() + Clone + 'static,
) -> (impl Fn(ev::MouseEvent), impl Fn(ev::KeyboardEvent)) {
    let on_key = {
        let act = act.clone();
        move |event: ev::KeyboardEvent| {
            if matches!(event.key().as_str(), "Enter" | " ") {
                event.prevent_default();
                act();
            }
        }
    };
    (move |_: ev::MouseEvent| act(), on_key)
}
