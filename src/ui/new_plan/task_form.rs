//! The chosen task on the review screen: its number and title (split at the
//! caret), its place in the tree, its units and roles, its timeframe, and the
//! reader's guesses about it, each correctable.

use super::fields::{edit_button, TextField};
use crate::browser;
use crate::domain::{Assignee, Role, TaskId, Timeframe};
use crate::reader::review::Edit;
use crate::reader::Reading;
use crate::ui::app::state::use_app;
use crate::ui::i18n::{self, Key};
use crate::ui::widgets::timeframe::{typed_timeframe, TimeframeFields};
use leptos::prelude::*;

/// The id of the list the unit fields offer names from.
pub(super) const UNIT_NAMES: &str = "new-plan-unit-names";

#[component]
pub(super) fn TaskForm(selected: RwSignal<Option<TaskId>>) -> impl IntoView {
    let app = use_app();
    // The chosen task, while the draft has it.
    let chosen = Memo::new(move |_| {
        let id = selected.get()?;
        app.draft()
            .with(|d| d.as_ref().is_some_and(|r| r.plan.task(&id).is_some()))
            .then_some(id)
    });
    view! {
        <section class="new-plan__part new-plan__task-form" aria-labelledby="new-plan-task-form" data-testid="new-plan-task-form">
            <h3 id="new-plan-task-form">{app.tr(Key::NewPlanTaskEdit)}</h3>
            {move || match chosen.get() {
                Some(id) => view! { <TaskEditor id selected/> }.into_any(),
                None => view! { <p class="muted">{app.tr(Key::NewPlanPick)}</p> }.into_any(),
            }}
        </section>
    }
}

/// What the form shows of a task, following the draft.
fn task_value(id: &TaskId, read: fn(&crate::domain::Task) -> String) -> Signal<String> {
    let app = use_app();
    let id = id.clone();
    Signal::derive(move || {
        app.draft().with(|d| {
            d.as_ref()
                .and_then(|r| r.plan.task(&id))
                .map(read)
                .unwrap_or_default()
        })
    })
}

#[component]
fn TaskEditor(id: TaskId, selected: RwSignal<Option<TaskId>>) -> impl IntoView {
    let app = use_app();
    let title = task_value(&id, |t| t.title.clone());
    let renumber = {
        let id = id.clone();
        Callback::new(move |number: String| Edit::Renumber {
            task: id.clone(),
            number,
        })
    };
    let retitle = {
        let id = id.clone();
        move |typed: String| {
            if title
                .try_get_untracked()
                .is_some_and(|shown| typed.trim() != shown)
            {
                app.edit_draft(Edit::Retitle {
                    task: id.clone(),
                    title: typed,
                });
            }
        }
    };
    // The caret in the title, as the text before it: where Split cuts.
    let caret = StoredValue::new(None::<String>);
    let track = move |ev: &leptos::ev::Event| caret.set_value(browser::dom::text_before_caret(ev));
    let split = {
        let id = id.clone();
        move |_| {
            let at = caret.get_value().map_or(0, |before| before.len());
            if let Some(added) = app
                .edit_draft(Edit::Split {
                    task: id.clone(),
                    at,
                })
                .and_then(|a| a.added)
            {
                selected.set(Some(added));
            }
        }
    };
    let is_leaf = {
        let id = id.clone();
        move || {
            app.draft()
                .with(|d| d.as_ref().is_some_and(|r| r.plan.is_leaf(&id)))
        }
    };
    let button = {
        let id = id.clone();
        move |label, test_id, make: fn(TaskId) -> Edit| {
            let id = id.clone();
            edit_button(label, test_id, move || make(id.clone()))
        }
    };
    let delete = {
        let id = id.clone();
        move |_| {
            if app.edit_draft(Edit::Delete { task: id.clone() }).is_some() {
                selected.set(None);
            }
        }
    };
    let new_title = move || app.text(Key::TreeNewTitle).to_owned();
    let add_after = {
        let id = id.clone();
        move |_| {
            if let Some(added) = app
                .edit_draft(Edit::AddAfter {
                    after: Some(id.clone()),
                    title: new_title(),
                })
                .and_then(|a| a.added)
            {
                selected.set(Some(added));
            }
        }
    };
    let add_child = {
        let id = id.clone();
        move |_| {
            if let Some(added) = app
                .edit_draft(Edit::AddChild {
                    parent: id.clone(),
                    title: new_title(),
                })
                .and_then(|a| a.added)
            {
                selected.set(Some(added));
            }
        }
    };
    view! {
        <div class="new-plan__grid">
            <TextField label=Key::NewPlanTaskNumber test_id="new-plan-task-number".into()
                value=task_value(&id, |t| t.number.clone()) edit=renumber/>
        </div>
        <label class="field new-plan__field">
            <span>{app.tr(Key::NewPlanTaskTitle)}</span>
            <textarea class="input" rows="3" data-testid="new-plan-task-title"
                prop:value=move || title.get()
                on:keyup=move |ev| track(&ev) on:mouseup=move |ev| track(&ev) on:select=move |ev| track(&ev)
                on:change=move |ev| retitle(event_target_value(&ev))></textarea>
        </label>
        <div class="new-plan__tools" role="group" aria-label=app.tr(Key::NewPlanTaskEdit)>
            <button type="button" class="button button--small" data-testid="tree-split" on:click=split>
                {app.tr(Key::TreeSplit)}
            </button>
            {button(Key::TreeMerge, "tree-merge", |task| Edit::MergeNext { task })}
            {button(Key::TreeUp, "tree-up", |task| Edit::MoveUp { task })}
            {button(Key::TreeDown, "tree-down", |task| Edit::MoveDown { task })}
            {button(Key::TreeIndent, "tree-indent", |task| Edit::Indent { task })}
            {button(Key::TreeOutdent, "tree-outdent", |task| Edit::Outdent { task })}
            <Show when=move || !is_leaf()>
                {button(Key::TreeLeaf, "tree-leaf", |task| Edit::MakeLeaf { task })}
            </Show>
            <button type="button" class="button button--small" data-testid="tree-add-after" on:click=add_after>
                {app.tr(Key::TreeAddAfter)}
            </button>
            <button type="button" class="button button--small" data-testid="tree-add-child" on:click=add_child>
                {app.tr(Key::TreeAddChild)}
            </button>
            <button type="button" class="button button--small button--danger" data-testid="tree-delete" on:click=delete>
                {app.tr(Key::TreeDelete)}
            </button>
        </div>
        <Assignees id=id.clone()/>
        <TaskTimeframe id=id.clone()/>
        <Guesses id/>
    }
}

/// The name of an assignee as the directory has it.
pub(super) fn assignee_name(reading: &Reading, assignee: &Assignee) -> String {
    match assignee {
        Assignee::Unit(id) => reading
            .plan
            .directory
            .unit(id)
            .map_or_else(|| id.to_string(), |u| u.name.clone()),
        Assignee::Group(id) => reading
            .plan
            .directory
            .group(id)
            .map_or_else(|| id.to_string(), |g| g.name.clone()),
    }
}

fn role_options(app: crate::ui::app::state::AppState, current: Role) -> impl IntoView {
    Role::ALL
        .into_iter()
        .map(|role| {
            view! { <option value=role.slug() selected=role == current>{app.tr(i18n::role(role))}</option> }
        })
        .collect_view()
}

fn role_of(slug: &str) -> Role {
    Role::from_slug(slug).unwrap_or(Role::Coordinate)
}

#[component]
fn Assignees(id: TaskId) -> impl IntoView {
    let app = use_app();
    let rows = {
        let id = id.clone();
        move || {
            app.draft().with(|d| {
                let Some(reading) = d.as_ref() else {
                    return Vec::new();
                };
                reading
                    .plan
                    .task(&id)
                    .map(|t| {
                        t.assignments
                            .iter()
                            .map(|a| (assignee_name(reading, &a.assignee), a.role))
                            .collect()
                    })
                    .unwrap_or_default()
            })
        }
    };
    let name = RwSignal::new(String::new());
    let role = RwSignal::new(Role::Lead);
    let assign = {
        let id = id.clone();
        move |event: leptos::ev::SubmitEvent| {
            event.prevent_default();
            let edit = Edit::Assign {
                task: id.clone(),
                name: name.get_untracked(),
                role: role.get_untracked(),
            };
            if app.edit_draft(edit).is_some() {
                name.set(String::new());
            }
        }
    };
    view! {
        <h4>{app.tr(Key::NewPlanAssignees)}</h4>
        <ul class="new-plan__assignees" data-testid="new-plan-assignees">
            {move || {
                let id = id.clone();
                rows().into_iter().enumerate().map(move |(index, (unit, current))| {
                    let (set, remove) = (id.clone(), id.clone());
                    view! {
                        <li data-testid="new-plan-assignee">
                            <span>{unit.clone()}</span>
                            <select class="input" aria-label=format!("{}: {unit}", app.text(Key::FilterRole))
                                on:change=move |ev| {
                                    app.edit_draft(Edit::SetRole { task: set.clone(), index, role: role_of(&event_target_value(&ev)) });
                                }>
                                {role_options(app, current)}
                            </select>
                            <button type="button" class="button button--small"
                                on:click=move |_| { app.edit_draft(Edit::Unassign { task: remove.clone(), index }); }>
                                {app.tr(Key::NewPlanRemove)}
                            </button>
                        </li>
                    }
                }).collect_view()
            }}
        </ul>
        <form class="new-plan__assign" on:submit=assign>
            <label class="field new-plan__field">
                <span>{app.tr(Key::NewPlanAssignName)}</span>
                <input class="input" list=UNIT_NAMES data-testid="new-plan-assign-name"
                    prop:value=move || name.get() on:input=move |ev| name.set(event_target_value(&ev))/>
            </label>
            <label class="field new-plan__field">
                <span>{app.tr(Key::FilterRole)}</span>
                <select class="input" data-testid="new-plan-assign-role"
                    on:change=move |ev| role.set(role_of(&event_target_value(&ev)))>
                    {role_options(app, Role::Lead)}
                </select>
            </label>
            <button class="button button--small" data-testid="new-plan-assign">{app.tr(Key::NewPlanAssign)}</button>
        </form>
    }
}

#[component]
fn TaskTimeframe(id: TaskId) -> impl IntoView {
    let app = use_app();
    let current = app.draft().with_untracked(|d| {
        d.as_ref()
            .and_then(|r| r.plan.task(&id))
            .map_or(Timeframe::Ongoing, |t| t.timeframe.clone())
    });
    let printed = task_value(&id, |t| t.timeframe_text.clone());
    let kind = RwSignal::new(current.kind().to_owned());
    let when = RwSignal::new(current.when_text());
    let save = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        match typed_timeframe(app, &kind.get_untracked(), &when.get_untracked()) {
            Ok(timeframe) => {
                app.edit_draft(Edit::SetTimeframe {
                    task: id.clone(),
                    timeframe,
                });
            }
            Err(refusal) => app.notify(refusal),
        }
    };
    view! {
        <form class="new-plan__timeframe" on:submit=save>
            <TimeframeFields test_id="new-plan-timeframe" kind when/>
            <Show when=move || !printed.get().is_empty()>
                <p class="muted">"« " {move || printed.get()} " »"</p>
            </Show>
            <button class="button button--small" data-testid="new-plan-timeframe-save">{app.tr(Key::NewPlanTimeframeSave)}</button>
        </form>
    }
}

#[component]
fn Guesses(id: TaskId) -> impl IntoView {
    let app = use_app();
    let guesses = move || {
        app.draft().with(|d| {
            d.as_ref()
                .map(|r| {
                    r.facts_of(&id)
                        .filter_map(|f| f.guess.clone().map(|g| (f.subject.clone(), g)))
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    };
    view! {
        <ul class="new-plan__guesses">
            {move || guesses().into_iter().map(|(subject, why)| view! {
                <li class="flag" data-testid="new-plan-task-guess">
                    "⚠ " {why} " "
                    <button type="button" class="button button--small"
                        on:click=move |_| { app.edit_draft(Edit::Confirm(subject.clone())); }>
                        {app.tr(Key::NewPlanConfirm)}
                    </button>
                </li>
            }).collect_view()}
        </ul>
    }
}
