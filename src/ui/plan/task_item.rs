//! One task of the tree: number, title, timeframe, assignments by role (and
//! units released from it), the verbatim unit text, the body, and the chosen period's progress for leaves.

use crate::domain::progress::Tally;
use crate::domain::{Assignee, Assignment, Mode, Plan, Role, Task, TaskId};
use crate::ui::app::state::use_app;
use crate::ui::i18n::{self, Key};
use crate::ui::widgets::period::timeframe_label;
use leptos::prelude::*;
use std::collections::BTreeMap;

#[component]
pub fn TaskItem(id: TaskId, tallies: Signal<BTreeMap<TaskId, Tally>>) -> impl IntoView {
    let app = use_app();
    let task_id = id.clone();
    let task = Memo::new(move |_| app.workspace().with(|w| w.plan.task(&task_id).cloned()));
    let child_ids = {
        let id = id.clone();
        Memo::new(move |_| {
            app.workspace().with(|w| {
                w.plan
                    .children(&id)
                    .map(|t| t.id.clone())
                    .collect::<Vec<_>>()
            })
        })
    };
    let tally = {
        let id = id.clone();
        move || tallies.with(|t| t.get(&id).copied())
    };
    move || {
        let task = task.get()?;
        let is_leaf = child_ids.with(Vec::is_empty);
        let test_id = format!("task-{}", task.number);
        let class = if is_leaf {
            "task task--leaf"
        } else {
            "task task--section"
        };
        let mut timeframe = timeframe_label(&task.timeframe, app);
        // A task an amendment added says since when it is reported.
        if let Some(from) = task.from {
            timeframe = format!("{timeframe} · {}", i18n::added_on(app.language(), from));
        }
        Some(view! {
            <li class=class data-testid=test_id data-leaf=is_leaf.to_string()>
                <div class="task__head">
                    <span class="task__number">{task.number.clone()}</span>
                    <span class="task__title">{task.title.clone()}</span>
                    {is_leaf.then(|| view! { <span class="task__timeframe">{timeframe}</span> })}
                </div>
                {is_leaf.then(|| view! { <TaskProgress tally=Signal::derive(tally.clone())/> })}
                <Assignments task=task.clone()/>
                {released(&task, app)}
                {(!task.units_text.is_empty()).then(|| view! {
                    <p class="task__units-text"><span class="task__label">{app.text(Key::TaskUnitsText)}": "</span>{task.units_text.clone()}</p>
                })}
                {(!task.body.is_empty()).then(|| view! {
                    <details class="task__body">
                        <summary>{app.text(Key::PlanDocument)}</summary>
                        {task.body.split("\n\n").map(|p| view! { <p>{p.to_owned()}</p> }).collect_view()}
                    </details>
                })}
                {(!is_leaf).then(|| view! {
                    <ol class="task-tree task-tree--nested">
                        {child_ids.get().into_iter().map(|id| view! { <TaskItem id tallies/> }.into_any()).collect_view()}
                    </ol>
                })}
            </li>
        })
    }
}

#[component]
fn TaskProgress(tally: Signal<Option<Tally>>) -> impl IntoView {
    let app = use_app();
    move || {
        tally.get().map(|tally| {
            let width = format!("width: {}%", tally.complete_percent());
            view! {
                <div class="task__progress" data-testid="task-progress">
                    <div class="meter" aria-hidden="true"><div class="meter__fill" style=width></div></div>
                    <span>
                        {crate::ui::i18n::task_tally(app.language(), tally.reported(), tally.total(), &crate::domain::number::percent(tally.complete(), tally.total(), app.marks()))}
                    </span>
                </div>
            }
        })
    }
}

/// The units an amendment released from the task, each with its day.
fn released(task: &Task, app: crate::ui::app::state::AppState) -> Option<impl IntoView> {
    (!task.released.is_empty()).then(|| {
        let list = app.workspace().with(|w| {
            task.released
                .iter()
                .map(|r| {
                    let name = w.plan.directory.short_name(&r.unit);
                    format!("{name} ({})", i18n::from_day(app.language(), r.from))
                })
                .collect::<Vec<_>>()
                .join(", ")
        });
        view! {
            <p class="task__released" data-testid="task-released">
                <span class="task__label">{app.text(Key::TaskReleased)}": "</span>{list}
            </p>
        }
    })
}

/// Assignees of a task by role, in the plan's words (groups stay groups).
#[component]
fn Assignments(task: Task) -> impl IntoView {
    let app = use_app();
    move || {
        app.workspace().with(|w| {
            Role::ALL
                .into_iter()
                .filter_map(|role| {
                    let chips: Vec<_> = task
                        .assignments
                        .iter()
                        .filter(|a| a.role == role)
                        .map(|a| assignee_chip(&w.plan, &task, a, app))
                        .collect();
                    (!chips.is_empty()).then(|| {
                        let class = format!("task__role task__role--{}", role_slug(role));
                        view! {
                            <div class=class data-testid=format!("role-{}", role_slug(role))>
                                <span class="task__label">{app.text(i18n::role(role))}": "</span>
                                {chips}
                            </div>
                        }
                    })
                })
                .collect_view()
        })
    }
}

fn role_slug(role: Role) -> &'static str {
    match role {
        Role::Lead => "lead",
        Role::Coordinate => "coordinate",
        Role::Implement => "implement",
        Role::Guide => "guide",
    }
}

fn assignee_chip(
    plan: &Plan,
    task: &Task,
    assignment: &Assignment,
    app: crate::ui::app::state::AppState,
) -> AnyView {
    let mut notes = Vec::new();
    if assignment.mode == Mode::Request {
        notes.push(app.text(Key::ModeRequest).to_owned());
    }
    // Given the task by an amendment: from when it reports.
    if let Some(from) = assignment.from {
        notes.push(i18n::from_day(app.language(), from));
    }
    let request = (!notes.is_empty())
        .then(|| view! { <em class="chip__mode">{format!(" ({})", notes.join(", "))}</em> });
    match &assignment.assignee {
        Assignee::Unit(id) => {
            let (short, name) = plan
                .directory
                .unit(id)
                .map(|u| (u.short_name.clone(), u.name.clone()))
                .unwrap_or_else(|| (id.to_string(), id.to_string()));
            // A unit that has ended: who carries the task today, as the board does.
            let today = crate::browser::clock::today();
            if plan
                .directory
                .unit(id)
                .is_some_and(|u| !u.is_active_on(today))
            {
                // The same carriers the board gives the task's reports to.
                let carriers = plan.carriers(id, today, &plan.task_subject(task));
                let now: Vec<&str> = carriers
                    .iter()
                    .filter(|carrier| *carrier != id)
                    .map(|carrier| plan.directory.short_name(carrier))
                    .collect();
                if !now.is_empty() {
                    notes.push(i18n::carried_now(app.language(), &now.join(", ")));
                }
            }
            let request = (!notes.is_empty()).then(
                || view! { <em class="chip__mode">{format!(" ({})", notes.join(", "))}</em> },
            );
            view! { <span class="chip chip--unit" title=name>{short}{request}</span> }.into_any()
        }
        Assignee::Group(id) => {
            let Some(group) = plan.directory.group(id) else {
                return view! { <span class="chip">{id.to_string()}</span> }.into_any();
            };
            // The members as the plan meant them: those existing on its date
            // (later successors join the group for later periods).
            let active: Vec<String> = group
                .members
                .iter()
                .filter(|m| {
                    plan.directory
                        .unit(m)
                        .is_some_and(|u| u.is_active_on(plan.document.date))
                })
                .map(|m| plan.directory.short_name(m).to_owned())
                .collect();
            let summary = i18n::group_members(app.language(), &group.name, active.len());
            let members = active.join(", ");
            view! {
                <details class="chip chip--group">
                    <summary>{summary}{request}</summary>
                    <span class="chip__members">{members}</span>
                </details>
            }
            .into_any()
        }
    }
}
