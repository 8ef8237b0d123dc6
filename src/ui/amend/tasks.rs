//! The plan view's forms for a task already in the plan: its title
//! corrected, or the task given to one more unit from a day on.

use super::{amend, is_monitoring, submit, text_input, typed_date, unit_id, unit_select};
use crate::browser;
use crate::domain::plan::PlanChange;
use crate::domain::{Role, TaskId};
use crate::ui::i18n::{self, Key};
use crate::ui::state::{use_app, AppState};
use crate::ui::when::When;
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
                <AssignForm task/>
            </section>
        </When>
    }
}

/// The chosen task, or a notice asking for one.
fn chosen(app: AppState, task: RwSignal<String>) -> Option<TaskId> {
    let id = TaskId::new(task.get_untracked()).ok();
    if id.is_none() {
        app.notify(app.text(Key::AmendNeedTask).to_owned());
    }
    id
}

/// The task's title, shown when it is chosen, to be corrected.
#[component]
fn RetitleForm(task: RwSignal<String>) -> impl IntoView {
    let app = use_app();
    let title = RwSignal::new(String::new());
    Effect::new(move |_| {
        let current = TaskId::new(task.get()).ok().and_then(|id| {
            app.workspace()
                .with_untracked(|w| w.plan.task(&id).map(|t| t.title.clone()))
        });
        title.set(current.unwrap_or_default());
    });
    let save = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        if let Some(task) = chosen(app, task) {
            let title = title.get_untracked();
            amend(app, PlanChange::RetitleTask { task, title });
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
            {submit("amend-retitle-button", Key::AmendRetitle)}
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
    let save = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let Some(task) = chosen(app, task) else {
            return;
        };
        let Some(unit_id) = unit_id(&unit.get_untracked()) else {
            app.notify(app.text(Key::AmendNeedUnit).to_owned());
            return;
        };
        let Some(from) = typed_date(app, &from.get_untracked()) else {
            return;
        };
        let role = Role::from_slug(&role.get_untracked()).unwrap_or(ROLES[0]);
        let change = PlanChange::AssignTask {
            task,
            unit: unit_id,
            role,
            from,
        };
        if amend(app, change) {
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
            {submit("amend-assign-button", Key::AmendAssign)}
        </form>
    }
}
