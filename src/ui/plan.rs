//! The Plan view: the document's header, parent documents, the task tree with
//! units and roles, progress of the chosen period, prose sections, recipients.

pub mod task_item;

use crate::browser;
use crate::domain::progress::{self, Tally};
use crate::domain::{sort, DocumentRef, TaskId, UnitId};
use crate::ui::amend::{AddTaskForm, TaskChanges, UnsentRevision};
use crate::ui::app::state::use_app;
use crate::ui::i18n::Key;
use crate::ui::plan::task_item::TaskItem;
use crate::ui::widgets::period::PeriodSelect;
use leptos::prelude::*;
use std::collections::BTreeMap;

#[component]
pub fn PlanView() -> impl IntoView {
    let app = use_app();
    let today = browser::clock::today();
    let periods = Memo::new(move |_| app.workspace().with(|w| w.plan.regime.periods(today)));
    let initial = app
        .workspace()
        .with_untracked(|w| w.plan.regime.current(today));
    let period = RwSignal::new(initial);
    let tallies = Memo::new(move |_| {
        let Some(period) = period.get() else {
            return BTreeMap::new();
        };
        app.workspace().with(|w| {
            let owed = progress::owed(w, period);
            sort::map_from::<TaskId, Tally>(progress::by_task(w, &owed))
        })
    });
    let root_ids = Memo::new(move |_| {
        app.workspace()
            .with(|w| w.plan.roots().map(|t| t.id.clone()).collect::<Vec<_>>())
    });
    let leaf_count = move || app.workspace().with(|w| w.plan.leaves().count());
    view! {
        <div class="plan">
            <UnsentRevision/>
            <DocumentCard/>
            <section class="plan__tasks" aria-labelledby="tasks-title">
                <div class="plan__tasks-head">
                    <h2 id="tasks-title">{app.tr(Key::PlanTasks)} " "
                        <small>"(" {move || crate::ui::i18n::leaf_tasks(app.language(), leaf_count())} ")"</small>
                    </h2>
                    <PeriodSelect
                        test_id="period-select"
                        periods=periods.into()
                        selected=period.into()
                        on_pick=Callback::new(move |chosen| period.set(Some(chosen)))
                    />
                </div>
                <ol class="task-tree">
                    <For each=move || root_ids.get() key=|id| id.clone() let:id>
                        <TaskItem id tallies=tallies.into()/>
                    </For>
                </ol>
            </section>
            <AddTaskForm/>
            <TaskChanges/>
            <ProseSections/>
        </div>
    }
}

#[component]
fn DocumentCard() -> impl IntoView {
    let app = use_app();
    let plan = move || app.workspace().with(|w| w.plan.clone());
    view! {
        {move || {
            let plan = plan();
            let name = |id: &UnitId| plan.directory.unit(id).map_or_else(|| id.to_string(), |u| u.name.clone());
            // After a merger, who does the monitoring now.
            let now: Vec<String> = plan.monitoring_on(browser::clock::today()).into_iter().filter(|id| *id != plan.monitoring_unit).map(|id| name(&id)).collect();
            let monitoring = if now.is_empty() {
                name(&plan.monitoring_unit)
            } else {
                crate::ui::i18n::monitoring_now(app.language(), &name(&plan.monitoring_unit), &now.join(", "))
            };
            let signer = format!("{} — {} {}", plan.signer.authority.join(", "), plan.signer.title, plan.signer.name);
            let regime = crate::ui::i18n::regime_words(app.language(), &plan.regime);
            view! {
                <section class="doc" aria-labelledby="doc-title">
                    <p class="doc__kind">{plan.document.kind.clone()}</p>
                    <h1 id="doc-title" class="doc__title" data-testid="plan-title">{plan.document.title.clone()}</h1>
                    <dl class="doc__facts">
                        <dt>{app.text(Key::PlanNumber)}</dt><dd data-testid="doc-number">{plan.document.number.clone()}</dd>
                        <dt>{app.text(Key::PlanDate)}</dt><dd>{format!("{}, {}", plan.place, plan.document.date.long_vi())}</dd>
                        <dt>{app.text(Key::PlanIssuer)}</dt><dd>{plan.document.issuer.clone()}</dd>
                        <dt>{app.text(Key::PlanSigner)}</dt><dd>{signer}</dd>
                        <dt>{app.text(Key::PlanMonitoring)}</dt><dd data-testid="monitoring-unit">{monitoring}</dd>
                        <dt>{app.text(Key::PlanRegime)}</dt><dd data-testid="plan-regime">{regime}</dd>
                    </dl>
                    <h2 class="doc__subtitle">{app.text(Key::PlanParents)}</h2>
                    {parents(&plan.parents)}
                </section>
            }
        }}
    }
}

/// The documents the plan carries out, as the plan cites them.
fn parents(documents: &[DocumentRef]) -> impl IntoView {
    let items = documents
        .iter()
        .map(|d| {
            view! {
                <li>
                    <strong>{format!("{} số {}", d.kind, d.number)}</strong>
                    {format!(" ngày {} của {}", d.date.dmy(), d.issuer)}
                    <span class="doc__parent-title">{d.title.clone()}</span>
                </li>
            }
        })
        .collect_view();
    view! { <ul class="doc__parents" data-testid="parents">{items}</ul> }
}

#[component]
fn ProseSections() -> impl IntoView {
    let app = use_app();
    move || {
        app.workspace().with(|w| {
            let sections = w
                .plan
                .sections
                .iter()
                .map(|s| {
                    view! {
                        <details class="prose">
                            <summary>{s.heading.clone()}</summary>
                            {s.body.split("\n\n").map(|p| view! { <p>{p.to_owned()}</p> }).collect_view()}
                        </details>
                    }
                })
                .collect_view();
            let recipients = w.plan.recipients.iter().map(|r| view! { <li>{r.clone()}</li> }).collect_view();
            view! {
                <section class="plan__prose">
                    <h2>{app.text(Key::PlanSections)}</h2>
                    {sections}
                    <details class="prose">
                        <summary>{app.text(Key::PlanRecipients)}</summary>
                        <ul>{recipients}</ul>
                    </details>
                </section>
            }
        })
    }
}
