//! The dashboard: overall status, progress by task, by unit, the unit × task
//! matrix, the trend, then the panels of `panels`. Period, section
//! and group live in the URL.

pub mod charts;
pub mod frame;
pub mod panels;
mod report_up;

use crate::browser;
use crate::domain::board::BoardQuery;
use crate::domain::dashboard::{self, Scope};
use crate::domain::progress::{self, Owed};
use crate::domain::{EntryKey, Period, TaskId, UnitId};
use crate::ui::app::state::use_app;
use crate::ui::dashboard::charts::{
    MatrixChart, MatrixLabels, StatusDonut, TaskBars, TrendChart, UnitCompliance,
};
use crate::ui::dashboard::panels::{Funding, Indicators, Laggards, Remarks};
use crate::ui::dashboard::report_up::ReportUpButtons;
use crate::ui::editor::EntryEditor;
use crate::ui::i18n::{self, Key};
use crate::ui::widgets::filters::{GroupFilter, SectionFilter};
use crate::ui::widgets::names;
use crate::ui::widgets::period::PeriodSelect;
use crate::ui::widgets::url::{hash_query, query_period, Route};
use crate::ui::widgets::when::When;
use leptos::prelude::*;

#[component]
pub fn DashboardView() -> impl IntoView {
    let app = use_app();
    let query = hash_query(Route::Dashboard);
    let (periods, period) = query_period(query);
    let owed = Memo::new(move |_| match period.get() {
        Some(p) => app
            .workspace()
            .with(|w| dashboard::owed(w, &scope(query, p))),
        None => Vec::<Owed>::new(),
    });
    let editing = RwSignal::new(None::<EntryKey>);
    view! {
        <section class="dashboard" aria-labelledby="dashboard-title">
            <DashboardHead query periods period/>
            <DataSource/>
            <Charts query periods period owed editing/>
            <Indicators owed/>
            <Remarks owed/>
            <Funding owed/>
            <Laggards owed period=period.into()/>
        </section>
        {move || editing.get().map(|key| {
            let opener = names::cell_selector(&key);
            view! { <EntryEditor entry_key=key on_close=Callback::new(move |_| editing.set(None)) opener/> }
        })}
    }
}

/// What the dashboard counts: a period, narrowed by the URL's section and group.
fn scope(query: RwSignal<BoardQuery>, period: Period) -> Scope {
    query.with(|q| Scope {
        period,
        section: q.filter.section.clone(),
        group: q.filter.group.clone(),
    })
}

/// The title, the period, section and group, printing and the report up.
#[component]
fn DashboardHead(
    query: RwSignal<BoardQuery>,
    periods: Memo<Vec<Period>>,
    period: Memo<Option<Period>>,
) -> impl IntoView {
    let app = use_app();
    let today = browser::clock::today();
    view! {
        <p class="print-only" data-testid="print-source">
            {move || app.workspace().with(|w| i18n::print_source(app.language(), &w.plan.document, today))}
        </p>
        <div class="board__head">
            <h1 id="dashboard-title" class="board__title">{app.tr(Key::DashboardTitle)}</h1>
            <PeriodSelect test_id="dashboard-period" periods=periods.into() selected=period.into()
                on_pick=Callback::new(move |p: Period| query.update(|q| q.period = Some(p.id())))/>
            <SectionFilter query/>
            <GroupFilter query/>
            <div class="dashboard__outputs no-print">
                <button class="button" data-testid="print" on:click=move |_| { let _ = browser::download::print(); }>{app.tr(Key::Print)}</button>
                <ReportUpButtons period=period.into()/>
            </div>
        </div>
    }
}

/// The charts: overall status, by task (a bar opens the board on its task),
/// the trend up to the period, by unit, and the unit × task matrix (a cell
/// opens its entry).
#[component]
fn Charts(
    query: RwSignal<BoardQuery>,
    periods: Memo<Vec<Period>>,
    period: Memo<Option<Period>>,
    owed: Memo<Vec<Owed>>,
    editing: RwSignal<Option<EntryKey>>,
) -> impl IntoView {
    let app = use_app();
    let tally = Memo::new(move |_| owed.with(|o| progress::overall(o)));
    let task_rows = Memo::new(move |_| {
        app.workspace().with(|w| {
            owed.with(|o| {
                progress::by_task(w, o)
                    .into_iter()
                    .map(|(id, t)| {
                        let number = w.plan.task(&id).map(|task| task.number.clone());
                        (id.clone(), number.unwrap_or_default(), t)
                    })
                    .collect::<Vec<_>>()
            })
        })
    });
    let unit_rows = unit_rows(period, owed);
    let matrix = Memo::new(move |_| {
        app.workspace()
            .with(|w| owed.with(|o| dashboard::matrix(w, o)))
    });
    let labels = matrix_labels(matrix);
    let trend = Memo::new(move |_| {
        let Some(last) = period.get() else {
            return Vec::new();
        };
        let chosen: Vec<Period> =
            periods.with(|ps| ps.iter().copied().filter(|p| *p <= last).collect());
        app.workspace().with(|w| {
            chosen
                .into_iter()
                .map(|p| (p, progress::overall(&dashboard::owed(w, &scope(query, p)))))
                .collect()
        })
    });
    let open_board = Callback::new(move |task: TaskId| {
        let ky = period
            .get_untracked()
            .map(|p| format!("ky={}&", p.id()))
            .unwrap_or_default();
        let _ = browser::page::set_hash(&format!("{}?{ky}nv={task}", Route::Board.hash()));
    });
    view! {
        <div class="dashboard__grid">
            <StatusDonut tally/>
            <TaskBars rows=task_rows on_pick=open_board/>
            <TrendChart points=trend/>
            <UnitCompliance rows=unit_rows/>
            <MatrixChart matrix labels period=period.into() on_open=Callback::new(move |key| editing.set(Some(key)))/>
        </div>
    }
}

/// Each unit's standing in the period: (id, short name, compliance).
fn unit_rows(
    period: Memo<Option<Period>>,
    owed: Memo<Vec<Owed>>,
) -> Memo<Vec<(UnitId, String, dashboard::Compliance)>> {
    let app = use_app();
    let offset = browser::clock::offset_minutes();
    Memo::new(move |_| {
        let Some(p) = period.get() else {
            return Vec::new();
        };
        app.workspace().with(|w| {
            let due = w.plan.regime.due_date(p);
            owed.with(|o| dashboard::compliance(w, o, due, offset))
                .into_iter()
                .map(|(id, c)| (id.clone(), w.plan.directory.short_name(&id).to_owned(), c))
                .collect()
        })
    })
}

/// The matrix's units by short name and tasks by number.
fn matrix_labels(matrix: Memo<dashboard::Matrix>) -> Memo<MatrixLabels> {
    let app = use_app();
    Memo::new(move |_| {
        app.workspace().with(|w| {
            matrix.with(|m| MatrixLabels {
                units: m
                    .units
                    .iter()
                    .map(|u| w.plan.directory.short_name(u).to_owned())
                    .collect(),
                tasks: m
                    .tasks
                    .iter()
                    .map(|t| w.plan.task(t).map(|x| x.number.clone()).unwrap_or_default())
                    .collect(),
            })
        })
    })
}

/// Where the figures come from and how fresh they are: only the reports
/// imported into this browser (a leader's or a fresh browser's zeros mean
/// "none here yet", and say how to get them).
#[component]
fn DataSource() -> impl IntoView {
    let app = use_app();
    // The units' reports this browser holds (not the sample), and the last
    // time one of them changed.
    let held = Memo::new(move |_| {
        app.workspace().with(|w| {
            let real = w
                .entries
                .values()
                .filter(|e| !e.sample && !e.deleted && e.status.is_reported());
            real.fold((0usize, None), |(count, latest), e| {
                (count + 1, latest.max(Some(e.updated_at)))
            })
        })
    });
    let line = move || {
        let (count, latest) = held.get();
        let day = latest.and_then(|at| {
            crate::domain::Date::from_timestamp(at, browser::clock::offset_minutes())
        });
        i18n::data_held(app.language(), count, day.map(|d| d.dmy()).as_deref())
    };
    view! {
        <div class="dashboard__source" data-testid="data-source">
            <p>{line}</p>
            <When when=move || held.get().0 == 0>
                <p class="flag" data-testid="data-source-empty">
                    {app.tr(Key::DataSourceEmpty)} " "
                    <a href=format!("#{}", Route::Import.hash())>{app.tr(Key::NavImport)}</a>
                </p>
            </When>
        </div>
    }
}
