//! Releasing a unit from the chosen task from a day on (thôi giao), and
//! taking a release back.

use super::{amend, chosen, submit, task_unit_day, text_input, units_select, Note};
use crate::browser;
use crate::domain::plan::PlanChange;
use crate::domain::{TaskId, UnitId};
use crate::ui::app::state::{use_app, AppState};
use crate::ui::i18n::Key;
use crate::ui::widgets::when::When;
use leptos::prelude::*;

/// The units doing the task today (those owing a report for a period
/// holding today), as (id, short name); and those released from it, as (id,
/// short name, first day without it).
type Doers = (Vec<(String, String)>, Vec<(String, String, String)>);

fn doers(app: AppState, task: &str) -> Doers {
    let today = browser::clock::today();
    let Ok(id) = TaskId::new(task) else {
        return Doers::default();
    };
    app.workspace().with(|w| {
        let Some(task) = w.plan.task(&id) else {
            return Doers::default();
        };
        let name = |unit: &UnitId| w.plan.directory.short_name(unit).to_owned();
        let doing = w
            .plan
            .reporters_on(task, today)
            .iter()
            .map(|unit| (unit.to_string(), name(unit)))
            .collect();
        let released = task
            .released
            .iter()
            .map(|r| (r.unit.to_string(), name(&r.unit), r.from.dmy()))
            .collect();
        (doing, released)
    })
}

#[component]
pub(super) fn ReleaseForm(task: RwSignal<String>) -> impl IntoView {
    let app = use_app();
    let doers = Memo::new(move |_| task.with(|t| doers(app, t)));
    let (unit, from) = (
        RwSignal::new(String::new()),
        RwSignal::new(browser::clock::today().dmy()),
    );
    let note = Note::new();
    let save = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        if let Some((task, unit_id, from)) = task_unit_day(app, note, task, unit, from) {
            let change = PlanChange::Release {
                task,
                unit: unit_id,
                from,
            };
            if amend(app, note, change) {
                unit.set(String::new());
            }
        }
    };
    let take_back = move |unit: String| {
        if let (Some(task), Ok(unit)) = (chosen(app, note, task), UnitId::new(unit)) {
            amend(app, note, PlanChange::Unrelease { task, unit });
        }
    };
    let doing = Signal::derive(move || doers.with(|(doing, _)| doing.clone()));
    let released = move || {
        doers.with(|(_, released)| {
            released
                .iter()
                .map(|(id, name, day)| {
                    let id = id.clone();
                    let test_id = format!("amend-unrelease-{id}");
                    view! {
                        <li>
                            {crate::ui::i18n::released_from(app.language(), name, day)} " "
                            <button class="button" type="button" data-testid=test_id on:click=move |_| take_back(id.clone())>{app.text(Key::AmendUnrelease)}</button>
                        </li>
                    }
                })
                .collect_view()
        })
    };
    view! {
        <form class="amend__form" data-testid="amend-release" on:submit=save>
            <h3>{app.tr(Key::AmendRelease)}</h3>
            {units_select(app, "amend-release-unit", Key::ColumnUnit, unit, doing)}
            {text_input(app, "amend-release-from", Key::AmendReleaseFrom, from)}
            {submit("amend-release-button", Key::AmendRelease, note)}
        </form>
        <When when=move || doers.with(|(_, released)| !released.is_empty())>
            <ul class="amend__released" data-testid="amend-released">{released}</ul>
        </When>
    }
}
