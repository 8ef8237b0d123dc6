//! The plan view's forms for a task already in the plan: its title
//! corrected, its timeframe changed, a unit released from it, or the task
//! given to one more unit from a day on.

use super::release::ReleaseForm;
use super::timeframe::TimeframeForm;
use super::{
    amend, chosen, is_monitoring, picked_unit, submit, task_unit_day, text_input, unit_select,
    units_select, Note,
};
use crate::browser;
use crate::domain::plan::PlanChange;
use crate::domain::{Role, TaskId};
use crate::ui::app::state::{use_app, AppState};
use crate::ui::i18n::{self, Key};
use crate::ui::widgets::when::When;
use leptos::prelude::*;

/// The roles a unit may be given: those that report.
const ROLES: [Role; 3] = [Role::Coordinate, Role::Implement, Role::Lead];

#[component]
pub fn TaskChanges() -> impl IntoView {
    let app = use_app();
    let task = RwSignal::new(String::new());
    let tasks = move || {
        app.workspace().with(|w| {
            w.plan
                .tasks
                .iter()
                .map(|t| (t.id.to_string(), format!("{}. {}", t.number, t.title)))
                .collect::<Vec<_>>()
        })
    };
    view! {
        <When when=move || is_monitoring(app)>
            <section class="panel no-print amend" data-testid="amend-tasks" aria-labelledby="amend-tasks-title">
                <h2 id="amend-tasks-title">{app.tr(Key::AmendTasksTitle)}</h2>
                <p class="editor__hint">{app.tr(Key::AmendTasksHint)}</p>
                <label class="amend__field amend__field--wide">
                    <span>{app.tr(Key::ColumnTask)}</span>
                    <select class="input" data-testid="amend-edit-task" prop:value=move || task.get()
                        on:change=move |ev| task.set(event_target_value(&ev))>
                        <option value="">{app.tr(Key::AmendChoose)}</option>
                        {move || tasks().into_iter().map(|(id, label)| view! { <option value=id>{label}</option> }).collect_view()}
                    </select>
                </label>
                <RetitleForm task/>
                <TimeframeForm task/>
                <AssignForm task/>
                <ReleaseForm task/>
                <TakeOutForm task/>
            </section>
        </When>
    }
}

/// The task's title, shown when it is chosen, to be corrected.
#[component]
fn RetitleForm(task: RwSignal<String>) -> impl IntoView {
    let app = use_app();
    let title = RwSignal::new(String::new());
    let note = Note::new();
    Effect::new(move |_| {
        let current = TaskId::new(task.get()).ok().and_then(|id| {
            app.workspace()
                .with_untracked(|w| w.plan.task(&id).map(|t| t.title.clone()))
        });
        title.set(current.unwrap_or_default());
    });
    let save = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        if let Some(task) = chosen(app, note, task) {
            let title = title.get_untracked();
            amend(app, note, PlanChange::RetitleTask { task, title });
        }
    };
    view! {
        <form class="amend__form" data-testid="amend-retitle" on:submit=save>
            <h3>{app.tr(Key::AmendRetitle)}</h3>
            <label class="amend__field amend__field--wide">
                <span>{app.tr(Key::AmendNewTitle)}</span>
                <input class="input" data-testid="amend-retitle-title" prop:value=move || title.get()
                    on:input=move |ev| title.set(event_target_value(&ev))/>
            </label>
            {submit("amend-retitle-button", Key::AmendRetitle, note)}
        </form>
    }
}

/// One more unit for the task, in a reporting role, from a day on (today
/// unless changed).
#[component]
fn AssignForm(task: RwSignal<String>) -> impl IntoView {
    let app = use_app();
    let (unit, role, from) = (
        RwSignal::new(String::new()),
        RwSignal::new(String::new()),
        RwSignal::new(browser::clock::today().dmy()),
    );
    let note = Note::new();
    let save = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let Some((task, unit_id, from)) = task_unit_day(app, note, task, unit, from) else {
            return;
        };
        let role = Role::from_slug(&role.get_untracked()).unwrap_or(ROLES[0]);
        let change = PlanChange::AssignTask {
            task,
            unit: unit_id,
            role,
            from,
        };
        if amend(app, note, change) {
            unit.set(String::new());
        }
    };
    view! {
        <form class="amend__form" data-testid="amend-assign" on:submit=save>
            <h3>{app.tr(Key::AmendAssign)}</h3>
            {unit_select(app, "amend-assign-unit", Key::ColumnUnit, unit)}
            <label class="amend__field">
                <span>{app.tr(Key::FilterRole)}</span>
                <select class="input" data-testid="amend-assign-role" on:change=move |ev| role.set(event_target_value(&ev))>
                    {ROLES.into_iter().map(|r| view! { <option value=r.slug()>{app.tr(i18n::role(r))}</option> }).collect_view()}
                </select>
            </label>
            {text_input(app, "amend-assign-from", Key::AmendStartsOn, from)}
            {submit("amend-assign-button", Key::AmendAssign, note)}
        </form>
    }
}

/// What amendments added to the chosen task: whether the task itself, and
/// the units given it later, as (id, short name).
fn additions(app: AppState, task: &str) -> (bool, Vec<(String, String)>) {
    let Ok(id) = TaskId::new(task) else {
        return (false, Vec::new());
    };
    app.workspace().with(|w| {
        let Some(task) = w.plan.task(&id) else {
            return (false, Vec::new());
        };
        let units = task
            .added_units()
            .map(|unit| {
                (
                    unit.to_string(),
                    w.plan.directory.short_name(unit).to_owned(),
                )
            })
            .collect();
        (task.from.is_some(), units)
    })
}

/// Takes back what an amendment added to the chosen task, while no one has
/// reported on it: the task itself, or a unit given it later.
#[component]
fn TakeOutForm(task: RwSignal<String>) -> impl IntoView {
    let app = use_app();
    let added = Memo::new(move |_| task.with(|t| additions(app, t)));
    let unit = RwSignal::new(String::new());
    let note = Note::new();
    let remove = move |_| {
        if let Some(id) = chosen(app, note, task) {
            if amend(app, note, PlanChange::RemoveTask { task: id }) {
                task.set(String::new());
            }
        }
    };
    let unassign = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let Some(id) = chosen(app, note, task) else {
            return;
        };
        let Some(unit_id) = picked_unit(app, note, unit, Key::AmendNeedUnit) else {
            return;
        };
        if amend(
            app,
            note,
            PlanChange::Unassign {
                task: id,
                unit: unit_id,
            },
        ) {
            unit.set(String::new());
        }
    };
    let units = Signal::derive(move || added.with(|(_, units)| units.clone()));
    view! {
        <When when=move || added.with(|(task, units)| *task || !units.is_empty())>
            <form class="amend__form" data-testid="amend-take-out" on:submit=unassign>
                <h3>{app.tr(Key::AmendTakeOut)}</h3>
                <p class="editor__hint amend__field--wide">{app.tr(Key::AmendTakeOutHint)}</p>
                <When when=move || added.with(|(task, _)| *task)>
                    <div class="amend__actions">
                        <button class="button" type="button" data-testid="amend-remove-task" on:click=remove>{app.tr(Key::AmendRemoveTask)}</button>
                    </div>
                </When>
                <When when=move || added.with(|(_, units)| !units.is_empty())>
                    {units_select(app, "amend-unassign-unit", Key::ColumnUnit, unit, units)}
                    {submit("amend-unassign-button", Key::AmendUnassign, note)}
                </When>
            </form>
        </When>
    }
}
