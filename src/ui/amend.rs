//! Amending the plan, for the monitoring profile only (docs/product.md §4, step 8):
//! a task added in the plan view; a unit added, renamed, or ended with its
//! successor in the units view. Changes join the revision not yet sent
//! (`AppState::amend_plan`), which a bar over both views offers to send;
//! each form says under its button what became of its change (Ctrl+Z puts
//! the previous plan back).

use crate::ui::app::state::{use_app, AppState};
use crate::ui::i18n::Key;
use crate::ui::shell::send_report::SendPlan;
use crate::ui::widgets::when::When;

mod release;
mod tasks;
mod timeframe;
mod units;
use crate::browser;
use crate::domain::plan::PlanChange;
use crate::domain::{Date, Profile, TaskId, Unit, UnitId};
use crate::ui::widgets::timeframe::{typed_timeframe, TimeframeFields};
use leptos::prelude::*;
pub use tasks::TaskChanges;
pub use units::UnitChanges;

fn is_monitoring(app: AppState) -> bool {
    app.profile() == Profile::Monitoring
}

/// Units that exist today, in Vietnamese order, as (id, short name).
fn active_units(app: AppState) -> Vec<(String, String)> {
    let today = browser::clock::today();
    app.workspace().with(|w| {
        w.plan
            .directory
            .sorted_units()
            .into_iter()
            .filter(|u| u.is_active_on(today))
            .map(|u: &Unit| (u.id.to_string(), u.short_name.clone()))
            .collect()
    })
}

/// Units that have ended, in Vietnamese order, with their last day.
fn ended_units(app: AppState) -> Vec<(String, String)> {
    app.workspace().with(|w| {
        w.plan
            .directory
            .sorted_units()
            .into_iter()
            .filter_map(|u: &Unit| {
                let to = u.valid_to?;
                Some((
                    u.id.to_string(),
                    format!(
                        "{} ({})",
                        u.short_name,
                        crate::ui::i18n::until_day(app.language(), to)
                    ),
                ))
            })
            .collect()
    })
}

/// The plan's revision made here and not yet sent, while there is one:
/// every change joins it until the plan file goes out, which this bar
/// offers.
#[component]
pub fn UnsentRevision() -> impl IntoView {
    let app = use_app();
    let unsent = app.unsent_revision();
    // The revision just sent: the bar stays to offer the email.
    let sent = RwSignal::new(None::<u32>);
    let on_sent = Callback::new(move |()| {
        sent.set(Some(app.workspace().with_untracked(|w| w.plan.revision)));
    });
    let words = move || {
        let language = app.language();
        match (unsent.get(), sent.get()) {
            (Some(revision), _) => crate::ui::i18n::unsent_revision(language, revision),
            (None, Some(revision)) => crate::ui::i18n::revision_sent(language, revision),
            (None, None) => String::new(),
        }
    };
    view! {
        <When when=move || is_monitoring(app) && (unsent.get().is_some() || sent.get().is_some())>
            <section class="panel no-print unsent" data-testid="unsent-revision" role="status">
                <p>{words}</p>
                <div class="panel__actions"><SendPlan on_sent/></div>
            </section>
        </When>
    }
}

/// What a form says under its button: the change made (and the revision
/// it joined), or why it was refused, beside the fields that asked.
#[derive(Clone, Copy)]
pub(in crate::ui) struct Note(RwSignal<Option<(bool, String)>>);

impl Note {
    pub(in crate::ui) fn new() -> Note {
        Note(RwSignal::new(None))
    }

    /// Says why the form did not apply; nothing follows.
    pub(in crate::ui) fn refuse<T>(self, text: String) -> Option<T> {
        self.0.try_set(Some((false, text)));
        None
    }

    fn done(self, text: String) {
        self.0.try_set(Some((true, text)));
    }

    /// The line itself: a refusal is an alert, a change a status.
    pub(in crate::ui) fn view(self, test_id: &'static str) -> impl IntoView {
        let refused = move || self.0.with(|n| n.as_ref().is_some_and(|(ok, _)| !ok));
        view! {
            <p class="amend__note" class:field-error=refused data-testid=test_id
                role=move || if refused() { "alert" } else { "status" }>
                {move || self.0.with(|n| n.as_ref().map(|(_, text)| text.clone()))}
            </p>
        }
    }
}

/// Applies `change` (in the revision not yet sent, if there is one); the
/// form's note says what became of it.
fn amend(app: AppState, note: Note, change: PlanChange) -> bool {
    match app.amend_plan(change) {
        Ok(applied) => {
            if applied {
                let revision = app.workspace().with_untracked(|w| w.plan.revision);
                note.done(crate::ui::i18n::amended(app.language_untracked(), revision));
            }
            applied
        }
        Err(refusal) => note.refuse(refusal).unwrap_or(false),
    }
}

/// A `<select>` of today's units, "choose" first.
fn unit_select(
    app: AppState,
    test_id: &'static str,
    label: Key,
    value: RwSignal<String>,
) -> impl IntoView {
    let list = Signal::derive(move || active_units(app));
    units_select(app, test_id, label, value, list)
}

/// A `<select>` of the units `list` holds as (id, name), "choose" first.
fn units_select(
    app: AppState,
    test_id: &'static str,
    label: Key,
    value: RwSignal<String>,
    list: Signal<Vec<(String, String)>>,
) -> impl IntoView {
    view! {
        <label class="amend__field">
            <span>{app.tr(label)}</span>
            <select class="input" data-testid=test_id prop:value=move || value.get()
                on:change=move |ev| value.set(event_target_value(&ev))>
                <option value="">{app.tr(Key::AmendChoose)}</option>
                {move || list.get().into_iter().map(|(id, name)| view! { <option value=id>{name}</option> }).collect_view()}
            </select>
        </label>
    }
}

fn text_input(
    app: AppState,
    test_id: &'static str,
    label: Key,
    value: RwSignal<String>,
) -> impl IntoView {
    view! {
        <label class="amend__field">
            <span>{app.tr(label)}</span>
            <input class="input" data-testid=test_id prop:value=move || value.get()
                on:input=move |ev| value.set(event_target_value(&ev))/>
        </label>
    }
}

/// A form's closing button, at the start of its own line, and under it
/// what the form has to say.
pub(in crate::ui) fn submit(test_id: &'static str, label: Key, note: Note) -> impl IntoView {
    let app = use_app();
    view! {
        <div class="amend__actions">
            <button class="button" type="submit" data-testid=test_id>{app.tr(label)}</button>
        </div>
        {note.view("amend-note")}
    }
}

fn unit_id(text: &str) -> Option<UnitId> {
    UnitId::new(text).ok()
}

/// The unit a form's select holds, or the note asking for one (`missing`).
fn picked_unit(app: AppState, note: Note, value: RwSignal<String>, missing: Key) -> Option<UnitId> {
    unit_id(&value.get_untracked()).or_else(|| note.refuse(app.text(missing).to_owned()))
}

/// The chosen task, or the note asking for one.
pub(in crate::ui) fn chosen(app: AppState, note: Note, task: RwSignal<String>) -> Option<TaskId> {
    TaskId::new(task.get_untracked())
        .ok()
        .or_else(|| note.refuse(app.text(Key::AmendNeedTask).to_owned()))
}

/// The chosen task, the picked unit and the typed day of a form that needs
/// all three, or the note asking for the first one missing.
fn task_unit_day(
    app: AppState,
    note: Note,
    task: RwSignal<String>,
    unit: RwSignal<String>,
    day: RwSignal<String>,
) -> Option<(TaskId, UnitId, Date)> {
    let task = chosen(app, note, task)?;
    let unit = picked_unit(app, note, unit, Key::AmendNeedUnit)?;
    let day = typed_date(app, note, &day.get_untracked())?;
    Some((task, unit, day))
}

/// A date typed dd/mm/yyyy, or the note saying it cannot be read.
fn typed_date(app: AppState, note: Note, text: &str) -> Option<Date> {
    Date::parse_dmy(text.trim()).or_else(|| {
        note.refuse(crate::ui::i18n::bad_date(
            app.language_untracked(),
            text.trim(),
        ))
    })
}

/// The plan view's form: a new task, at the top level or in a section,
/// with its timeframe, a lead and coordinating units, reported from the
/// current period.
#[component]
pub fn AddTaskForm() -> impl IntoView {
    let app = use_app();
    let parent = RwSignal::new(String::new());
    let title = RwSignal::new(String::new());
    let lead = RwSignal::new(String::new());
    let coordinating = RwSignal::new(Vec::<String>::new());
    let (kind, when) = (
        RwSignal::new("ongoing".to_owned()),
        RwSignal::new(String::new()),
    );
    let sections = move || {
        app.workspace().with(|w| {
            w.plan
                .roots()
                .filter(|t| !w.plan.is_leaf(&t.id))
                .map(|t| (t.id.to_string(), format!("{}. {}", t.number, t.title)))
                .collect::<Vec<_>>()
        })
    };
    let number = move || {
        let parent = TaskId::new(parent.get()).ok();
        app.workspace()
            .with(|w| w.plan.next_number(parent.as_ref()))
    };
    let note = Note::new();
    let submit = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let Some(lead_id) = picked_unit(app, note, lead, Key::AmendNeedLead) else {
            return;
        };
        let timeframe = typed_timeframe(app, &kind.get_untracked(), &when.get_untracked());
        let Some(timeframe) = timeframe.map_err(|refusal| note.refuse::<()>(refusal)).ok() else {
            return;
        };
        let change = PlanChange::AddTask {
            parent: TaskId::new(parent.get_untracked()).ok(),
            title: title.get_untracked(),
            lead: lead_id,
            coordinating: coordinating
                .get_untracked()
                .iter()
                .filter_map(|u| unit_id(u))
                .collect(),
            timeframe,
            from: browser::clock::today(),
        };
        if amend(app, note, change) {
            title.set(String::new());
            coordinating.set(Vec::new());
            kind.set("ongoing".to_owned());
            when.set(String::new());
        }
    };
    view! {
        <When when=move || is_monitoring(app)>
            <section class="panel no-print amend" data-testid="amend-task" aria-labelledby="amend-task-title">
                <h2 id="amend-task-title">{app.tr(Key::AmendTaskTitle)}</h2>
                <p class="editor__hint">{app.tr(Key::AmendTaskHint)}</p>
                <form class="amend__form" on:submit=submit>
                    <label class="amend__field">
                        <span>{app.tr(Key::AmendParent)}</span>
                        <select class="input" data-testid="amend-task-parent" on:change=move |ev| parent.set(event_target_value(&ev))>
                            <option value="">{app.tr(Key::AmendTopLevel)}</option>
                            {move || sections().into_iter().map(|(id, label)| view! { <option value=id>{label}</option> }).collect_view()}
                        </select>
                    </label>
                    <label class="amend__field amend__field--wide">
                        <span>{app.tr(Key::AmendTaskName)} " " <strong data-testid="amend-task-number">{number}</strong></span>
                        <input class="input" data-testid="amend-task-name" required prop:value=move || title.get()
                            on:input=move |ev| title.set(event_target_value(&ev))/>
                    </label>
                    <TimeframeFields test_id="amend-task-timeframe" kind when/>
                    {unit_select(app, "amend-task-lead", Key::RoleLead, lead)}
                    <CoordinatingPicker coordinating/>
                    <div class="amend__actions">
                        <button class="button button--primary" type="submit" data-testid="amend-task-add">{app.tr(Key::AmendTaskAdd)}</button>
                    </div>
                    {note.view("amend-task-note")}
                </form>
            </section>
        </When>
    }
}

/// Today's units as checkboxes: the new task's coordinating units.
#[component]
fn CoordinatingPicker(coordinating: RwSignal<Vec<String>>) -> impl IntoView {
    let app = use_app();
    let unit = move |(id, name): (String, String)| {
        let value = id.clone();
        let checked = {
            let id = id.clone();
            move || coordinating.with(|c| c.contains(&id))
        };
        let toggle = move |ev: leptos::ev::Event| {
            let on = event_target_checked(&ev);
            coordinating.update(|c| {
                c.retain(|u| *u != value);
                if on {
                    c.push(value.clone());
                }
            });
        };
        view! {
            <label class="amend__unit">
                <input type="checkbox" value=id prop:checked=checked on:change=toggle/>
                {name}
            </label>
        }
    };
    view! {
        <fieldset class="amend__field amend__field--wide">
            <legend>{app.tr(Key::AmendCoordinating)}</legend>
            <div class="amend__units" data-testid="amend-task-coordinating">
                {move || active_units(app).into_iter().map(unit).collect_view()}
            </div>
        </fieldset>
    }
}

/// A unit's addresses in the units' table: written in place by the
/// monitoring unit (an amendment), read by everyone else. An address that
/// cannot be read is said under the field, and the field keeps the typing.
#[component]
pub fn EmailCell(unit: crate::domain::UnitId) -> impl IntoView {
    let app = use_app();
    let saved = {
        let unit = unit.clone();
        Signal::derive(move || {
            app.workspace().with(|w| {
                w.plan
                    .directory
                    .unit(&unit)
                    .map(Unit::addresses)
                    .unwrap_or_default()
            })
        })
    };
    let refused = RwSignal::new(None::<String>);
    let editable = move || matches!(app.profile(), crate::domain::Profile::Monitoring);
    let test_id = format!("email-{unit}");
    let error_id = format!("email-error-{unit}");
    let save = move |ev: leptos::ev::Event| {
        let typed = event_target_value(&ev);
        if saved
            .try_get_untracked()
            .is_some_and(|s| s.trim() == typed.trim())
        {
            refused.try_set(None);
            return;
        }
        let change = PlanChange::SetEmail {
            unit: unit.clone(),
            addresses: typed,
        };
        refused.try_set(app.amend_plan(change).err());
    };
    view! {
        <When when=editable fallback=move || view! { {move || saved.get()} }>
            <input class="input units__email-input" type="text" inputmode="email" data-testid=test_id.clone()
                aria-label=app.tr(Key::UnitEmail) aria-invalid=move || refused.with(Option::is_some).to_string()
                aria-describedby=error_id.clone()
                prop:value=move || saved.get() on:change=save.clone()/>
            <span id=error_id.clone() class="field-error" role="alert">
                {move || refused.get().map(|refusal| format!("{refusal} {}", app.text(Key::AmendEmailHint)))}
            </span>
        </When>
    }
}
