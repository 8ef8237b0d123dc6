//! Releasing a unit from the chosen task from a day on (thôi giao), and
//! taking a release back.

use super::{amend, chosen, picked_unit, submit, text_input};
use crate::browser;
use crate::domain::plan::PlanChange;
use crate::domain::{TaskId, UnitId};
use crate::ui::i18n::Key;
use crate::ui::state::{use_app, AppState};
use crate::ui::when::When;
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
    let save = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let Some(task) = chosen(app, task) else {
            return;
        };
        let Some(unit_id) = picked_unit(app, unit, Key::AmendNeedUnit) else {
            return;
        };
        let Some(from) = super::typed_date(app, &from.get_untracked()) else {
            return;
        };
        if amend(
            app,
            PlanChange::Release {
                task,
                unit: unit_id,
                from,
            },
        ) {
            unit.set(String::new());
        }
    };
    let take_back = move |unit: String| {
        if let (Some(task), Ok(unit)) = (chosen(app, task), UnitId::new(unit)) {
            amend(app, PlanChange::Unrelease { task, unit });
        }
    };
    let options = move || {
        doers.with(|(doing, _)| {
            doing
                .iter()
                .map(|(id, name)| view! { <option value=id.clone()>{name.clone()}</option> })
                .collect_view()
        })
    };
    let released = move || {
        doers.with(|(_, released)| {
            released
                .iter()
                .map(|(id, name, day)| {
                    let id = id.clone();
                    let test_id = format!("amend-unrelease-{id}");
                    view! {
                        <li>
                            {format!("{name} ({} {day}) ", app.text(Key::ReleasedFrom))}
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
            <label class="amend__field">
                <span>{app.tr(Key::ColumnUnit)}</span>
                <select class="input" data-testid="amend-release-unit" prop:value=move || unit.get()
                    on:change=move |ev| unit.set(event_target_value(&ev))>
                    <option value="">{app.tr(Key::AmendChoose)}</option>
                    {options}
                </select>
            </label>
            {text_input(app, "amend-release-from", Key::AmendReleaseFrom, from)}
            {submit("amend-release-button", Key::AmendRelease)}
        </form>
        <When when=move || doers.with(|(_, released)| !released.is_empty())>
            <ul class="amend__released" data-testid="amend-released">{released}</ul>
        </When>
    }
}
