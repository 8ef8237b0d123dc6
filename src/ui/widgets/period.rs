//! Reporting periods and timeframes as the screens show them: a period's
//! label, the period picker (plan, board, dashboard), a timeframe's label.

use crate::domain::{Period, Timeframe};
use crate::format::Language;
use crate::ui::app::state::{use_app, AppState};
use crate::ui::i18n::Key;
use leptos::prelude::*;

/// A period's label in the UI language.
pub fn period_label(language: Language, period: Period) -> String {
    match language {
        Language::Vietnamese => period.label_vi(),
        Language::English => period.label_en(),
    }
}

/// The reporting period picker shared by the plan view, the board and the dashboard.
#[component]
pub fn PeriodSelect(
    test_id: &'static str,
    periods: Signal<Vec<Period>>,
    selected: Signal<Option<Period>>,
    on_pick: Callback<Period>,
) -> impl IntoView {
    let app = use_app();
    view! {
        <label class="period-select">
            <span>{app.tr(Key::PlanRegime)}</span>
            <select class="input" data-testid=test_id on:change=move |ev| {
                let id = event_target_value(&ev);
                if let Some(chosen) = periods.with(|ps| ps.iter().copied().find(|p| p.id().as_str() == id)) {
                    on_pick.run(chosen);
                }
            }>
                {move || periods.get().into_iter().map(|p| {
                    let is_selected = selected.get() == Some(p);
                    view! { <option value=p.id().to_string() selected=is_selected>{period_label(app.language(), p)}</option> }
                }).collect_view()}
            </select>
        </label>
    }
}

/// A task's timeframe as the plan views show it.
pub fn timeframe_label(timeframe: &Timeframe, app: AppState) -> String {
    match timeframe {
        Timeframe::Ongoing => app.text(Key::Ongoing).to_owned(),
        Timeframe::Yearly => app.text(Key::Yearly).to_owned(),
        Timeframe::Deadline { date } => crate::ui::i18n::deadline_by(app.language(), *date),
        Timeframe::Quarter { year, quarter } => crate::domain::Period::quarter(*year, *quarter)
            .map(|p| period_label(app.language(), p))
            .unwrap_or_default(),
        Timeframe::Year { year } => year.to_string(),
        Timeframe::Range { from, to } => format!("{} – {}", from.dmy(), to.dmy()),
    }
}
