//! Sending: a unit downloads its report file for a period and gets a ready
//! email; the monitoring unit does the same with the plan file.

use crate::browser;
use crate::domain::Period;
use crate::format::{exchange, plan_file};
use crate::ui::app::state::use_app;
use crate::ui::i18n::Key;
use crate::ui::widgets::period::period_label;
use crate::ui::widgets::when::When;
use leptos::prelude::*;

#[component]
pub fn SendReport(period: Signal<Option<Period>>) -> impl IntoView {
    let app = use_app();
    let mailto = RwSignal::new(None::<String>);
    // The unit whose entries of the chosen period this browser writes.
    let acting = move || {
        let profile = app.profile();
        let day = period.get()?.start();
        app.workspace().with(|w| profile.acting_unit(&w.plan, day))
    };
    let send = move |_| {
        let (Some(unit), Some(period)) = (acting(), period.get_untracked()) else {
            return;
        };
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
            let today = browser::clock::today();
            let (subject, body) = exchange::report_email(&w.plan, &full, &label, &name, today);
            // To whoever monitors now (after a merger, the successor).
            let to: Vec<String> = w
                .plan
                .monitoring_on(today)
                .iter()
                .filter_map(|id| directory.unit(id).and_then(|u| u.email.clone()))
                .collect();
            let to = to.join(",");
            (name, text, exchange::mailto(&to, &subject, &body))
        });
        match browser::download::download_text(&name, &text, "application/json") {
            Ok(()) => {
                app.inform(crate::ui::i18n::report_downloaded(
                    app.language_untracked(),
                    &name,
                ));
                mailto.set(Some(link));
            }
            Err(error) => app.notify(error.to_string()),
        }
    };
    view! {
        <When when=move || acting().is_some()>
            <div class="send">
                <button class="button button--primary" data-testid="send-report" title=app.tr(Key::SendReportHint) on:click=send>
                    {app.tr(Key::SendReport)}
                </button>
                {move || mailto.get().map(|href| view! {
                    <a class="button" href=href data-testid="send-email">{app.text(Key::SendEmail)}</a>
                })}
            </div>
        </When>
    }
}

/// The monitoring unit's plan file, with a ready email to the units.
#[component]
pub fn SendPlan() -> impl IntoView {
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
            Ok(()) => mailto.set(Some(link)),
            Err(error) => app.notify(error.to_string()),
        }
    };
    view! {
        <button class="button" data-testid="export-plan" on:click=export>{app.tr(Key::ExportPlan)}</button>
        {move || mailto.get().map(|href| view! { <a class="button" href=href data-testid="plan-email">{app.text(Key::SendPlanEmail)}</a> })}
    }
}
