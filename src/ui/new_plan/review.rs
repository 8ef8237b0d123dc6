//! The review screen: the header, what still wants a look, the task tree
//! beside the source, the chosen task's form, the units and the reporting;
//! then "Tạo kế hoạch". Printed, it is a checklist of the tasks.

use super::directory::{Directory, Reporting, UnitNames};
use super::header::HeaderForm;
use super::source::{mark_id, marks, row_id, source_view};
use super::task_form::TaskForm;
use crate::browser;
use crate::domain::{Assignee, Plan, Role, Task, TaskId};
use crate::reader::review::Check;
use crate::reader::{Reading, Subject};
use crate::ui::app::state::use_app;
use crate::ui::i18n::{self, Key};
use crate::ui::widgets::period::timeframe_label;
use leptos::prelude::*;

/// The names of a task's assignees in a role, short.
fn names(plan: &Plan, task: &Task, role: Role) -> String {
    task.assignments
        .iter()
        .filter(|a| a.role == role)
        .map(|a| match &a.assignee {
            Assignee::Unit(id) => plan.directory.short_name(id).to_owned(),
            Assignee::Group(id) => plan
                .directory
                .group(id)
                .map_or(id.as_str(), |g| g.name.as_str())
                .to_owned(),
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// The task a check is about, if it is about one.
fn task_of(check: &Check) -> Option<TaskId> {
    match &check.subject {
        Subject::Task(id) | Subject::Timeframe(id) | Subject::Assignment(id, _) => Some(id.clone()),
        _ => None,
    }
}

/// The review's folded parts a check without a task leads to.
pub(super) const PART_HEADER: &str = "new-plan-part-header";
pub(super) const PART_DIRECTORY: &str = "new-plan-part-directory";
pub(super) const PART_REPORTING: &str = "new-plan-part-reporting";

/// The part of the review where a check without a task is corrected, and
/// its name.
fn part_of(check: &Check) -> Option<(&'static str, Key)> {
    match &check.subject {
        Subject::Unit(_) | Subject::Group(_) => Some((PART_DIRECTORY, Key::NewPlanDirectory)),
        Subject::MonitoringUnit | Subject::Regime => Some((PART_REPORTING, Key::NewPlanRegime)),
        Subject::Kind
        | Subject::Number
        | Subject::Date
        | Subject::Place
        | Subject::Issuer
        | Subject::Title
        | Subject::Signer
        | Subject::Recipients
        | Subject::Parent(_) => Some((PART_HEADER, Key::NewPlanHeader)),
        _ => None,
    }
}

/// One row of the task table, as shown.
#[derive(Clone, PartialEq)]
struct Row {
    id: TaskId,
    number: String,
    title: String,
    depth: usize,
    leaf: bool,
    leads: String,
    coordinate: String,
    when: String,
    checks: Vec<String>,
}

fn rows(reading: &Reading, checks: &[Check], app: crate::ui::app::state::AppState) -> Vec<Row> {
    let plan = &reading.plan;
    let language = app.language();
    plan.tasks
        .iter()
        .map(|task| {
            let mut depth = 0;
            let mut parent = task.parent.clone();
            while let Some(p) = parent.filter(|_| depth < 8) {
                depth += 1;
                parent = plan.task(&p).and_then(|t| t.parent.clone());
            }
            let lead = names(plan, task, Role::Lead);
            let leads = if lead.is_empty() {
                names(plan, task, Role::Implement)
            } else {
                lead
            };
            let leaf = plan.is_leaf(&task.id);
            let read = timeframe_label(&task.timeframe, app);
            // The printed words, and the reading when it says more than they do.
            let plain =
                |t: &str| crate::domain::text::fold(t.trim().trim_end_matches(['.', ';', ',']));
            let when = if !leaf {
                String::new()
            } else if task.timeframe_text.is_empty() || plain(&task.timeframe_text) == plain(&read)
            {
                read
            } else {
                format!("{} ({read})", task.timeframe_text)
            };
            Row {
                id: task.id.clone(),
                number: task.number.clone(),
                title: task.title.clone(),
                depth,
                leaf,
                leads,
                coordinate: names(plan, task, Role::Coordinate),
                when,
                checks: checks
                    .iter()
                    .filter(|c| task_of(c).as_ref() == Some(&task.id))
                    .map(|c| c.concern.describe(language))
                    .collect(),
            }
        })
        .collect()
}

#[component]
pub(super) fn Review(
    selected: RwSignal<Option<TaskId>>,
    on_create: impl Fn() + Copy + 'static,
) -> impl IntoView {
    let app = use_app();
    let draft = app.draft();
    // What wants a look, worked out once per correction: the table, the
    // box and the button read it.
    let checks =
        Memo::new(move |_| draft.with(|d| d.as_ref().map(Reading::checklist).unwrap_or_default()));
    let table = Memo::new(move |_| {
        checks.with(|c| draft.with(|d| d.as_ref().map(|r| rows(r, c, app)).unwrap_or_default()))
    });
    let ready = Memo::new(move |_| {
        checks.with(|c| !c.iter().any(|check| check.concern.blocks()))
            && draft.with(|d| d.as_ref().is_some_and(|r| r.plan.check().is_empty()))
    });
    // The source is marked again only when the marks move.
    let marked = Memo::new(move |_| draft.with(|d| d.as_ref().map(|r| (r.source.len(), marks(r)))));
    let source = move || {
        marked.track();
        draft.with_untracked(|d| {
            d.as_ref()
                .map(|r| source_view(&r.source, &marks(r), selected))
                .unwrap_or_default()
        })
    };
    let has_source = move || draft.with(|d| d.as_ref().is_some_and(|r| !r.source.is_empty()));
    let title = move || {
        draft.with(|d| {
            d.as_ref()
                .map(|r| format!("{} {}", r.plan.document.kind, r.plan.document.number))
                .unwrap_or_default()
        })
    };
    let choose = move |id: TaskId| {
        selected.set(Some(id.clone()));
        browser::dom::reveal_by_id(&mark_id(&id));
    };
    let language = move || app.language();
    view! {
        <section class="panel new-plan__review" aria-labelledby="new-plan-review" data-testid="new-plan-review">
            <h2 id="new-plan-review">{app.tr(Key::NewPlanReview)} ": " {title}</h2>
            <p class="muted no-print">{app.tr(Key::NewPlanKept)}</p>
            <UnitNames/>
            <div class="no-print"><HeaderForm/></div>
            <div class="new-plan__checks" data-testid="new-plan-checks">
                <h3>{move || if checks.with(Vec::is_empty) {
                    app.text(Key::NewPlanChecked).to_owned()
                } else {
                    i18n::to_check(language(), checks.with(Vec::len))
                }}</h3>
                <ul>
                    {move || checks.get().into_iter().map(|check| {
                        let text = check.concern.describe(language());
                        let about = task_of(&check).and_then(|id| {
                            draft.with_untracked(|d| d.as_ref().and_then(|r| r.plan.task(&id).map(|t| (id.clone(), t.number.clone()))))
                        });
                        view! {
                            <li data-testid="new-plan-check">
                                <span class="print-only">"☐ "</span>
                                {match (about, part_of(&check)) {
                                    (Some((id, number)), _) => view! {
                                        <button type="button" class="link" on:click=move |_| choose(id.clone())>{number}</button>
                                        ": "
                                    }.into_any(),
                                    (None, Some((part, name))) => view! {
                                        <button type="button" class="link" data-testid="new-plan-check-part"
                                            on:click=move |_| crate::browser::dom::open_part(part)>{app.tr(name)}</button>
                                        ": "
                                    }.into_any(),
                                    (None, None) => ().into_any(),
                                }}
                                {text}
                            </li>
                        }
                    }).collect_view()}
                </ul>
            </div>
            <div class="new-plan__columns">
                <div class="new-plan__left">
                    <div class="new-plan__tasks table-scroll">
                        <table class="table">
                            <thead><tr>
                                <th scope="col" class="print-only">"✓"</th>
                                <th scope="col">{app.tr(Key::NewPlanNumber)}</th>
                                <th scope="col">{app.tr(Key::NewPlanTask)}</th>
                                <th scope="col">{app.tr(Key::NewPlanLead)}</th>
                                <th scope="col">{app.tr(Key::NewPlanCoordinate)}</th>
                                <th scope="col">{app.tr(Key::TaskTimeframe)}</th>
                                <th scope="col">{app.tr(Key::NewPlanCheck)}</th>
                            </tr></thead>
                            <tbody>
                                {move || table.get().into_iter().map(|row| {
                                    let is_selected = {
                                        let id = row.id.clone();
                                        move || selected.with(|s| s.as_ref() == Some(&id))
                                    };
                                    let pick = row.id.clone();
                                    let checks = row.checks.join("; ");
                                    view! {
                                        <tr id=row_id(&row.id) class:new-plan__row--selected=is_selected
                                            class:new-plan__row--section=!row.leaf
                                            data-testid=if row.leaf { "new-plan-task" } else { "new-plan-section" }>
                                            <td class="print-only">"☐"</td>
                                            <td>
                                                <button class="link" on:click=move |_| choose(pick.clone())>{row.number}</button>
                                            </td>
                                            <td style=format!("padding-left: {}rem", 0.5 + row.depth as f32)>{row.title}</td>
                                            <td data-testid="new-plan-lead">{row.leads}</td>
                                            <td>{row.coordinate}</td>
                                            <td data-testid="new-plan-when">{row.when}</td>
                                            <td>{(!checks.is_empty()).then(|| view! {
                                                <span class="flag" data-testid="new-plan-guess">"⚠ " {checks}</span>
                                            })}</td>
                                        </tr>
                                    }
                                }).collect_view()}
                            </tbody>
                        </table>
                    </div>
                    <div class="panel__actions no-print">
                        <button type="button" class="button button--small" data-testid="tree-add-end"
                            on:click=move |_| {
                                let title = app.text(Key::TreeNewTitle).to_owned();
                                if let Some(added) = app.edit_draft(crate::reader::review::Edit::AddAfter { after: None, title }).and_then(|a| a.added) {
                                    selected.set(Some(added));
                                }
                            }>
                            {app.tr(Key::TreeAddAfter)}
                        </button>
                    </div>
                    <div class="no-print"><TaskForm selected/></div>
                </div>
                <Show when=has_source>
                    <div class="new-plan__source no-print" data-testid="new-plan-source" role="region"
                        aria-label=app.tr(Key::NewPlanSource) tabindex="0">
                        {source}
                    </div>
                </Show>
            </div>
            <div class="no-print">
                <Directory/>
                <Reporting/>
            </div>
            <div class="panel__actions no-print">
                <button class="button button--primary" data-testid="new-plan-create"
                    disabled=move || !ready.get() on:click=move |_| on_create()>
                    {app.tr(Key::NewPlanCreate)}
                </button>
                <button class="button" data-testid="new-plan-undo" disabled=move || !app.can_undo_draft().get()
                    on:click=move |_| app.undo_draft()>
                    {app.tr(Key::NewPlanUndo)}
                </button>
                <button class="button" data-testid="new-plan-print" on:click=move |_| { let _ = browser::download::print(); }>
                    {app.tr(Key::NewPlanPrint)}
                </button>
                <button class="button" data-testid="new-plan-discard" on:click=move |_| {
                    selected.set(None);
                    app.drop_draft();
                }>{app.tr(Key::NewPlanDiscard)}</button>
            </div>
            <Show when=move || !ready.get()>
                <p class="flag" role="status">{app.tr(Key::NewPlanNotReady)}</p>
            </Show>
        </section>
    }
}
