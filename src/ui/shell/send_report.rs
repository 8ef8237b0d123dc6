//! Sending: a unit reads its period's report whole (every task, what is
//! missing), downloads its file and gets the email to the monitoring unit;
//! the monitoring unit downloads the plan file with an email to the units.

use crate::browser;
use crate::domain::progress;
use crate::domain::{Entry, EntryKey, Period, Status, UnitId};
use crate::format::{exchange, plan_file};
use crate::ui::app::state::{use_app, AppState};
use crate::ui::i18n::{self, Key};
use crate::ui::widgets::period::period_label;
use crate::ui::widgets::when::When;
use leptos::prelude::*;

/// One of the unit's tasks in the period, as the send page lists it.
#[derive(Clone, PartialEq)]
struct Line {
    number: String,
    title: String,
    status: Status,
    progress: Option<u8>,
    done: String,
    obstacles: String,
    proposals: String,
    /// Not reported, or done or under way with nothing written.
    missing: bool,
}

/// The unit's tasks of the period in plan order, with what each says.
fn lines(app: AppState, unit: &UnitId, period: Period) -> Vec<Line> {
    app.workspace().with_untracked(|w| {
        progress::owed(w, period)
            .into_iter()
            .filter(|o| &o.unit == unit)
            .filter_map(|o| {
                let task = w.plan.task(&o.task)?;
                let key = EntryKey {
                    task: o.task.clone(),
                    unit: o.unit.clone(),
                    period: o.period.clone(),
                };
                let entry = w.entries.get(&key).filter(|e| !e.deleted);
                Some(Line {
                    number: task.number.clone(),
                    title: task.title.clone(),
                    status: o.status,
                    progress: entry.and_then(|e| e.progress),
                    done: entry.map(|e| e.done.trim().to_owned()).unwrap_or_default(),
                    obstacles: entry
                        .map(|e| e.obstacles.trim().to_owned())
                        .unwrap_or_default(),
                    proposals: entry
                        .map(|e| e.proposals.trim().to_owned())
                        .unwrap_or_default(),
                    missing: !o.status.is_reported() || entry.is_some_and(Entry::lacks_result),
                })
            })
            .collect()
    })
}

/// "Gửi báo cáo kỳ này": the unit's page for its period — every task with
/// what it says and what is missing, then the file and the email to the
/// monitoring unit. A unit that monitors the plan itself sends to nobody.
#[component]
pub fn SendReport(period: Signal<Option<Period>>) -> impl IntoView {
    let app = use_app();
    let open = RwSignal::new(false);
    // The unit whose entries of the chosen period this browser writes.
    let acting = move || {
        let profile = app.profile();
        let day = period.get()?.start();
        app.workspace().with(|w| profile.acting_unit(&w.plan, day))
    };
    view! {
        <When when=move || acting().is_some()>
            <div class="send">
                <button class="button button--primary" data-testid="send-report" title=app.tr(Key::SendReportHint)
                    on:click=move |_| open.set(true)>
                    {app.tr(Key::SendReport)}
                </button>
            </div>
        </When>
        // Built when opened, and not again while it stays open (the download
        // itself changes the settings the unit is read from).
        {move || {
            if !open.get() {
                return None;
            }
            let (unit, period) = untrack(|| (acting(), period.get()));
            let (unit, period) = (unit?, period?);
            Some(view! { <SendPage unit period on_close=Callback::new(move |_| open.set(false))/> })
        }}
    }
}

#[component]
fn SendPage(unit: UnitId, period: Period, on_close: Callback<()>) -> impl IntoView {
    let app = use_app();
    let lines = lines(app, &unit, period);
    let missing = lines.iter().filter(|l| l.missing).count();
    let total = lines.len();
    let today = browser::clock::today();
    // Whoever monitors the plan today (after a merger, the successor), and
    // whether that is this unit itself.
    let (unit_name, monitors, itself) = app.workspace().with_untracked(|w| {
        let directory = &w.plan.directory;
        let name = directory
            .unit(&unit)
            .map_or(unit.to_string(), |u| u.name.clone());
        let monitoring = w.plan.monitoring_on(today);
        let names: Vec<String> = monitoring
            .iter()
            .map(|id| {
                directory
                    .unit(id)
                    .map_or(id.to_string(), |u| u.name.clone())
            })
            .collect();
        (name, names.join(", "), monitoring.contains(&unit))
    });
    let sent = RwSignal::new(None::<(String, String)>);
    let download = {
        let unit = unit.clone();
        move |_| {
            let sequence = app.next_sequence();
            let now = browser::clock::now();
            let label = period_label(crate::format::Language::Vietnamese, period);
            let (name, text, link) = app.workspace().with_untracked(|w| {
                let directory = &w.plan.directory;
                let short = directory.short_name(&unit).to_owned();
                let full = directory
                    .unit(&unit)
                    .map_or(short.clone(), |u| u.name.clone());
                let name = exchange::report_file_name(&w.plan, &short, &[period]);
                let text = exchange::encode_report(w, &unit, &[period.id()], sequence, now);
                let (subject, body) = exchange::report_email(&w.plan, &full, &label, &name, today);
                let to: Vec<String> = w
                    .plan
                    .monitoring_on(today)
                    .iter()
                    .filter_map(|id| directory.unit(id).and_then(|u| u.email.clone()))
                    .collect();
                (name, text, exchange::mailto(&to.join(","), &subject, &body))
            });
            match browser::download::download_text(&name, &text, "application/json") {
                Ok(()) => sent.set(Some((name, link))),
                Err(error) => app.notify(error.to_string()),
            }
        }
    };
    let on_keydown = move |event: leptos::ev::KeyboardEvent| {
        if event.key() == "Escape" {
            on_close.run(());
        }
    };
    browser::dom::focus_soon("#send-page".to_owned());
    let label = period_label(app.language_untracked(), period);
    let missing_class = if missing > 0 { "flag" } else { "" };
    let rows = lines
        .into_iter()
        .map(|line| {
            let status = app.text(i18n::status(line.status));
            let state = match line.progress {
                Some(p) => format!("{status}, {p}%"),
                None => status.to_owned(),
            };
            let done = if line.done.is_empty() && line.missing && line.status.is_reported() {
                view! { <em class="flag">{app.tr(Key::CardNoResult)}</em> }.into_any()
            } else {
                view! { <span>{line.done.clone()}</span> }.into_any()
            };
            view! {
                <tr data-testid="send-line" class:send__missing=line.missing>
                    <th scope="row">{line.number.clone()}</th>
                    <td>{line.title.clone()}</td>
                    <td data-label=app.tr(Key::FilterStatus)>{state}</td>
                    <td data-label=app.tr(Key::EditorDone)>{done}</td>
                    <td data-label=app.tr(Key::EditorObstacles)>{line.obstacles.clone()}</td>
                    <td data-label=app.tr(Key::EditorProposals)>{line.proposals.clone()}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <div class="dialog-backdrop">
            <div id="send-page" class="dialog dialog--wide send-page" role="dialog" aria-modal="true"
                aria-labelledby="send-title" data-testid="send-page" tabindex="-1" on:keydown=on_keydown>
                <h2 id="send-title" class="dialog__title">{i18n::send_title(app.language_untracked(), &unit_name, &label)}</h2>
                <p data-testid="send-missing" class=missing_class>
                    {i18n::send_missing(app.language_untracked(), total, missing)}
                </p>
                <div class="table-scroll">
                    <table class="table table--cards">
                        <thead><tr>
                            <th scope="col">{app.tr(Key::NewPlanNumber)}</th>
                            <th scope="col">{app.tr(Key::NewPlanTask)}</th>
                            <th scope="col">{app.tr(Key::FilterStatus)}</th>
                            <th scope="col">{app.tr(Key::EditorDone)}</th>
                            <th scope="col">{app.tr(Key::EditorObstacles)}</th>
                            <th scope="col">{app.tr(Key::EditorProposals)}</th>
                        </tr></thead>
                        <tbody>{rows}</tbody>
                    </table>
                </div>
                {if itself {
                    view! { <p class="editor__hint" data-testid="send-itself">{app.tr(Key::SendItself)}</p> }.into_any()
                } else {
                    view! { <p class="editor__hint">{i18n::send_to(app.language_untracked(), &monitors)}</p> }.into_any()
                }}
                {move || sent.get().map(|(name, link)| view! {
                    <p class="banner banner--info" role="status" data-testid="send-saved">
                        <span>{i18n::send_saved(app.language(), &name, (!itself).then_some(monitors.as_str()))}</span>
                        {(!itself).then(|| view! { <a class="button button--primary" href=link data-testid="send-email">{app.text(Key::SendEmail)}</a> })}
                    </p>
                })}
                <div class="dialog__actions">
                    <button class="button" data-testid="send-close" on:click=move |_| on_close.run(())>{app.tr(Key::Close)}</button>
                    <button class="button button--primary" data-testid="send-download" on:click=download>
                        {app.tr(Key::SendDownload)}
                    </button>
                </div>
            </div>
        </div>
    }
}

/// The monitoring unit's plan file, with a ready email to the units;
/// `on_sent` hears of the file downloaded.
#[component]
pub fn SendPlan(#[prop(optional)] on_sent: Option<Callback<()>>) -> impl IntoView {
    let app = use_app();
    let mailto = RwSignal::new(None::<String>);
    let export = move |_| {
        let sequence = app.next_sequence();
        let today = browser::clock::today();
        let (name, text, link) = app.workspace().with_untracked(|w| {
            let name = exchange::plan_file_name(&w.plan);
            let text = plan_file::encode(&w.plan, sequence, browser::clock::now());
            let due = w
                .plan
                .regime
                .current(today)
                .map(|p| (p.label_vi(), w.plan.regime.due_date(p).dmy()));
            let (subject, body) = exchange::plan_email(&w.plan, &name, due, today);
            let to: Vec<String> = w
                .plan
                .directory
                .units
                .iter()
                .filter_map(|u| u.email.clone())
                .collect();
            (name, text, exchange::mailto(&to.join(","), &subject, &body))
        });
        match browser::download::download_text(&name, &text, "application/json") {
            Ok(()) => {
                app.plan_sent();
                mailto.set(Some(link));
                if let Some(on_sent) = on_sent {
                    on_sent.run(());
                }
            }
            Err(error) => app.notify(error.to_string()),
        }
    };
    view! {
        <button class="button" data-testid="export-plan" on:click=export>{app.tr(Key::ExportPlan)}</button>
        {move || mailto.get().map(|href| view! { <a class="button" href=href data-testid="plan-email">{app.text(Key::SendPlanEmail)}</a> })}
    }
}
