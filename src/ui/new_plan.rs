//! A new plan from its text: paste it or open its .docx/.txt, review what the
//! reader made of it beside the source (click a task to see its words, click
//! marked words to see their task; guesses flagged with why), then make it
//! the open plan. Nothing changes before "Tạo kế hoạch"; the plan that was
//! open is put away on the shelf, and undo takes the new one back.

use crate::browser;
use crate::domain::merge::Incoming;
use crate::domain::{Assignee, Command, Plan, Profile, Role, Task, TaskId};
use crate::reader::{self, Reading, Subject};
use crate::ui::app::state::{use_app, AppState};
use crate::ui::i18n::{self, Key};
use crate::ui::widgets::period::timeframe_label;
use leptos::ev;
use leptos::prelude::*;
use leptos::task::spawn_local;

/// The User Timing measure of one reading (`performance.getEntriesByName`).
const READ_SPAN: &str = "tiendo-read-plan";

/// What the reader gave for the last text or file.
#[derive(Clone)]
enum Outcome {
    Read(Box<Reading>),
    /// The file or text could not be read: what, and why (in Vietnamese).
    Refused(String),
}

/// Runs the reader inside a User Timing span the benchmark reads.
fn timed<T>(read: impl FnOnce() -> T) -> T {
    browser::clock::start_span(READ_SPAN);
    let result = read();
    browser::clock::end_span(READ_SPAN);
    result
}

#[component]
pub fn NewPlanView() -> impl IntoView {
    let app = use_app();
    let text = RwSignal::new(String::new());
    let outcome = RwSignal::new(None::<Outcome>);
    let selected = RwSignal::new(None::<TaskId>);
    let read_text = move |_| {
        let pasted = text.get_untracked();
        selected.set(None);
        outcome.set(Some(match timed(|| reader::read_text(&pasted)) {
            Ok(reading) => Outcome::Read(Box::new(known(app, reading))),
            Err(error) => {
                let language = app.language_untracked();
                Outcome::Refused(i18n::pasted_refused(language, &error.describe(language)))
            }
        }));
    };
    let open_file = move |event: ev::Event| {
        let files = browser::files::from_input_event(&event);
        browser::files::clear_input(&event);
        spawn_local(async move {
            let picked = browser::files::read_all(files, reader::docx::MAX_FILE).await;
            let Some(file) = picked.into_iter().next() else {
                return;
            };
            selected.set(None);
            outcome.set(Some(match file.bytes {
                Ok(bytes) => match timed(|| reader::read_file(&bytes)) {
                    Ok(reading) => Outcome::Read(Box::new(known(app, reading))),
                    Err(error) => {
                        let language = app.language_untracked();
                        Outcome::Refused(i18n::file_refused(
                            language,
                            &file.name,
                            &error.describe(language),
                        ))
                    }
                },
                Err(_) => {
                    Outcome::Refused(i18n::file_unreadable(app.language_untracked(), &file.name))
                }
            }));
        });
    };
    view! {
        <section class="panel new-plan" aria-labelledby="new-plan-title">
            <h1 id="new-plan-title">{app.tr(Key::NewPlanTitle)}</h1>
            <p>{app.tr(Key::NewPlanIntro)}</p>
            <label class="field">
                <span>{app.tr(Key::NewPlanPaste)}</span>
                <textarea class="input new-plan__text" rows="8" data-testid="new-plan-text"
                    prop:value=move || text.get()
                    on:input=move |ev| text.set(event_target_value(&ev))></textarea>
            </label>
            <div class="panel__actions">
                <button class="button button--primary" data-testid="new-plan-read" on:click=read_text>
                    {app.tr(Key::NewPlanRead)}
                </button>
                <label class="button">
                    {app.tr(Key::NewPlanOpen)}
                    <input type="file" class="sr-only" accept=".docx,.txt,text/plain"
                        data-testid="new-plan-file" on:change=open_file/>
                </label>
            </div>
            <div role="status" data-testid="new-plan-status">
                {move || outcome.with(|o| match o {
                    Some(Outcome::Read(reading)) => summary(app, reading),
                    Some(Outcome::Refused(why)) => why.clone(),
                    None => String::new(),
                })}
            </div>
        </section>
        {move || outcome.with(|o| match o {
            Some(Outcome::Read(reading)) => Some(view! { <Review reading=(**reading).clone() selected outcome/> }),
            _ => None,
        })}
    }
}

/// The reading with its units matched against the open plan's directory
/// (same body, same id, its email kept; groups with their members).
fn known(app: AppState, mut reading: Reading) -> Reading {
    app.workspace()
        .with_untracked(|w| reader::adopt(&mut reading, &w.plan.directory));
    reading
}

/// "Kế hoạch 61/KH-UBND: 9 nhiệm vụ (7 cần báo cáo), 22 đơn vị, 3 nhóm; 4 điều cần xem lại."
fn summary(app: AppState, reading: &Reading) -> String {
    let plan = &reading.plan;
    i18n::plan_read(
        app.language(),
        &format!("{} {}", plan.document.kind, plan.document.number),
        [
            plan.tasks.len(),
            plan.leaves().count(),
            plan.directory.units.len(),
            plan.directory.groups.len(),
            reading.guesses(),
        ],
    )
}

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

/// The guesses about a task, its assignments and its timeframe.
fn guesses_of(reading: &Reading, task: &TaskId) -> Vec<String> {
    reading
        .facts
        .iter()
        .filter(|f| match &f.subject {
            Subject::Task(id) | Subject::Timeframe(id) | Subject::Assignment(id, _) => id == task,
            _ => false,
        })
        .filter_map(|f| f.guess.clone())
        .collect()
}

fn mark_id(task: &TaskId) -> String {
    format!("src-{}", task.as_str())
}

fn row_id(task: &TaskId) -> String {
    format!("task-{}", task.as_str())
}

#[component]
fn Review(
    reading: Reading,
    selected: RwSignal<Option<TaskId>>,
    outcome: RwSignal<Option<Outcome>>,
) -> impl IntoView {
    let app = use_app();
    let plan = reading.plan.clone();
    let doc = &plan.document;
    let monitoring = plan
        .directory
        .unit(&plan.monitoring_unit)
        .map(|u| u.name.clone())
        .unwrap_or_default();
    let monitoring_guess = reading
        .facts
        .iter()
        .find(|f| f.subject == Subject::MonitoringUnit)
        .and_then(|f| f.guess.clone());
    let rows = plan
        .leaves()
        .map(|task| {
            let id = task.id.clone();
            let guesses = guesses_of(&reading, &id);
            let leads = {
                let lead = names(&plan, task, Role::Lead);
                if lead.is_empty() { names(&plan, task, Role::Implement) } else { lead }
            };
            let coordinate = names(&plan, task, Role::Coordinate);
            let when = if task.timeframe_text.is_empty() {
                timeframe_label(&task.timeframe, app)
            } else {
                format!("{} ({})", task.timeframe_text, timeframe_label(&task.timeframe, app))
            };
            let select_id = id.clone();
            let is_selected = {
                let id = id.clone();
                move || selected.with(|s| s.as_ref() == Some(&id))
            };
            view! {
                <tr id=row_id(&id) class:new-plan__row--selected=is_selected data-testid="new-plan-task">
                    <td>
                        <button class="link" on:click=move |_| {
                            selected.set(Some(select_id.clone()));
                            browser::dom::reveal_by_id(&mark_id(&select_id));
                        }>{task.number.clone()}</button>
                    </td>
                    <td>{task.title.clone()}</td>
                    <td data-testid="new-plan-lead">{leads}</td>
                    <td>{coordinate}</td>
                    <td>{when}</td>
                    <td>{(!guesses.is_empty()).then(|| view! {
                        <span class="flag" data-testid="new-plan-guess" title=guesses.join("; ")>
                            "⚠ " {guesses.join("; ")}
                        </span>
                    })}</td>
                </tr>
            }
        })
        .collect_view();
    let source = source_view(&reading, selected);
    let create = {
        let plan = plan.clone();
        move |_| create_plan(app, plan.clone(), outcome)
    };
    view! {
        <section class="panel new-plan__review" aria-labelledby="new-plan-review">
            <h2 id="new-plan-review">{app.tr(Key::NewPlanReview)}</h2>
            <dl class="doc__facts">
                <dt>{app.tr(Key::PlanDocument)}</dt><dd>{format!("{} {}", doc.kind, doc.number)}</dd>
                <dt>{app.tr(Key::PlanDate)}</dt><dd>{doc.date.dmy()}</dd>
                <dt>{app.tr(Key::PlanIssuer)}</dt><dd>{doc.issuer.clone()}</dd>
                <dt>{app.tr(Key::PlanSigner)}</dt><dd>{plan.signer.name.clone()}</dd>
                <dt>{app.tr(Key::PlanMonitoring)}</dt>
                <dd data-testid="new-plan-monitoring">{monitoring}
                    {monitoring_guess.map(|g| view! { <span class="flag">" ⚠ " {g}</span> })}
                </dd>
            </dl>
            <p class="new-plan__title">{doc.title.clone()}</p>
            <div class="new-plan__columns">
                <div class="new-plan__tasks table-scroll">
                    <table class="table">
                        <thead><tr>
                            <th scope="col">{app.tr(Key::NewPlanNumber)}</th>
                            <th scope="col">{app.tr(Key::NewPlanTask)}</th>
                            <th scope="col">{app.tr(Key::NewPlanLead)}</th>
                            <th scope="col">{app.tr(Key::NewPlanCoordinate)}</th>
                            <th scope="col">{app.tr(Key::TaskTimeframe)}</th>
                            <th scope="col">{app.tr(Key::NewPlanCheck)}</th>
                        </tr></thead>
                        <tbody>{rows}</tbody>
                    </table>
                </div>
                <div class="new-plan__source" data-testid="new-plan-source" aria-label=app.tr(Key::NewPlanSource) tabindex="0">
                    {source}
                </div>
            </div>
            <div class="panel__actions">
                <button class="button button--primary" data-testid="new-plan-create" on:click=create>
                    {app.tr(Key::NewPlanCreate)}
                </button>
                <button class="button" on:click=move |_| outcome.set(None)>{app.tr(Key::NewPlanDiscard)}</button>
            </div>
        </section>
    }
}

/// The source text, each leaf task's words marked and clickable.
fn source_view(reading: &Reading, selected: RwSignal<Option<TaskId>>) -> impl IntoView {
    let source = &reading.source;
    let mut marks: Vec<(usize, usize, TaskId)> = reading
        .plan
        .leaves()
        .filter_map(|task| {
            reading
                .facts
                .iter()
                .find(|f| f.subject == Subject::Task(task.id.clone()))
                .and_then(|f| f.span)
                .map(|span| (span.start, span.end, task.id.clone()))
        })
        .collect();
    crate::domain::sort::sort_by_key(&mut marks, |m| m.0);
    let mut pieces = Vec::new();
    let mut at = 0;
    for (start, end, id) in marks {
        if start < at
            || end > source.len()
            || !source.is_char_boundary(start)
            || !source.is_char_boundary(end)
        {
            continue;
        }
        if start > at {
            pieces.push(view! { <span>{source[at..start].to_owned()}</span> }.into_any());
        }
        let is_selected = {
            let id = id.clone();
            move || selected.with(|s| s.as_ref() == Some(&id))
        };
        let pick = id.clone();
        pieces.push(
            view! {
                <mark id=mark_id(&id) class="new-plan__mark" class:new-plan__mark--selected=is_selected
                    on:click=move |_| {
                        selected.set(Some(pick.clone()));
                        browser::dom::reveal_by_id(&row_id(&pick));
                    }>{source[start..end].to_owned()}</mark>
            }
            .into_any(),
        );
        at = end;
    }
    if at < source.len() {
        pieces.push(view! { <span>{source[at..].to_owned()}</span> }.into_any());
    }
    pieces
}

/// Makes the read plan the open one: the open plan goes to the shelf, this
/// browser becomes its monitoring unit.
fn create_plan(app: AppState, plan: Plan, outcome: RwSignal<Option<Outcome>>) {
    if !app.put_away() {
        return;
    }
    let sender = plan.monitoring_unit.clone();
    app.dispatch(Command::Import {
        files: vec![Incoming::Plan {
            plan: Box::new(plan),
            sender,
        }],
    });
    crate::ui::app::persist::flush(app);
    app.set_profile(Profile::Monitoring);
    outcome.set(None);
    let _ = browser::page::set_hash(crate::ui::widgets::url::Route::Board.hash());
}
