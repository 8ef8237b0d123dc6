//! Figures the dashboard shows, as pure functions over a period's owed reports:
//! compliance per unit, the unit × task matrix, indicators against targets,
//! obstacles and proposals, and who has not reported.

use super::date::Date;
use super::entry::{EntryKey, Status};
use super::ids::{GroupId, IndicatorId, TaskId, UnitId};
use super::period::Period;
use super::progress::{self, Owed};
use super::sort;
use super::text::SortKey;
use super::workspace::Workspace;
use std::collections::BTreeMap;

mod grid;

pub use grid::GridMove;

/// The dashboard's scope: a period, optionally one section and one unit group.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Scope {
    pub period: Period,
    pub section: Option<TaskId>,
    pub group: Option<GroupId>,
}

/// The reports owed within a scope.
pub fn owed(workspace: &Workspace, scope: &Scope) -> Vec<Owed> {
    let plan = &workspace.plan;
    let members = scope
        .group
        .as_ref()
        .and_then(|g| plan.directory.group(g))
        .map(|g| &g.members);
    progress::owed(workspace, scope.period)
        .into_iter()
        .filter(|o| members.is_none_or(|m| m.contains(&o.unit)))
        .filter(|o| {
            scope.section.as_ref().is_none_or(|s| {
                plan.task(&o.task)
                    .is_some_and(|t| plan.section_of(t).id == *s)
            })
        })
        .collect()
}

/// How a unit stands for the period.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Compliance {
    /// Reports last saved by the due date.
    pub on_time: usize,
    /// Reports last saved after the due date.
    pub late: usize,
    pub missing: usize,
    /// Done or nothing arose.
    pub complete: usize,
}

impl Compliance {
    pub fn total(&self) -> usize {
        self.on_time + self.late + self.missing
    }
}

/// Per unit, in Vietnamese order of names. "On time" compares each entry's last
/// save (local date) with the period's due date: the files carry no first-sent date.
pub fn compliance(
    workspace: &Workspace,
    owed: &[Owed],
    due: Date,
    offset_minutes: i32,
) -> Vec<(UnitId, Compliance)> {
    let mut units: BTreeMap<UnitId, Compliance> = BTreeMap::new();
    for item in owed {
        let figures = units.entry(item.unit.clone()).or_default();
        if !item.status.is_reported() {
            figures.missing += 1;
            continue;
        }
        if item.status.is_complete() {
            figures.complete += 1;
        }
        let key = EntryKey {
            task: item.task.clone(),
            unit: item.unit.clone(),
            period: item.period.clone(),
        };
        let saved = workspace
            .entries
            .get(&key)
            .and_then(|e| Date::from_timestamp(e.updated_at, offset_minutes));
        if saved.is_some_and(|day| day > due) {
            figures.late += 1;
        } else {
            figures.on_time += 1;
        }
    }
    let mut list: Vec<(UnitId, Compliance)> = units.into_iter().collect();
    sort_units(workspace, &mut list);
    list
}

fn sort_units<T>(workspace: &Workspace, list: &mut Vec<(UnitId, T)>) {
    let directory = &workspace.plan.directory;
    let name = |id: &UnitId| {
        directory
            .unit(id)
            .map_or(id.to_string(), |u| u.name.clone())
    };
    sort::sort_by_cached_key(list, |(id, _)| SortKey::new(&name(id)));
}

/// Rows of units, columns of leaf tasks; `None` where the unit owes nothing.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Matrix {
    pub units: Vec<UnitId>,
    pub tasks: Vec<TaskId>,
    pub cells: Vec<Vec<Option<Status>>>,
}

pub fn matrix(workspace: &Workspace, owed: &[Owed]) -> Matrix {
    let mut tasks: Vec<TaskId> = Vec::new();
    for task in workspace.plan.leaves() {
        if owed.iter().any(|o| o.task == task.id) {
            tasks.push(task.id.clone());
        }
    }
    let mut rows: BTreeMap<UnitId, Vec<Option<Status>>> = BTreeMap::new();
    for item in owed {
        let row = rows
            .entry(item.unit.clone())
            .or_insert_with(|| vec![None; tasks.len()]);
        if let Some(column) = tasks.iter().position(|t| *t == item.task) {
            row[column] = Some(item.status);
        }
    }
    let mut list: Vec<(UnitId, Vec<Option<Status>>)> = rows.into_iter().collect();
    sort_units(workspace, &mut list);
    let (units, cells) = list.into_iter().unzip();
    Matrix {
        units,
        tasks,
        cells,
    }
}

/// An obstacle or proposal a unit raised on a task.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Remark {
    pub task: TaskId,
    pub unit: UnitId,
    pub obstacles: String,
    pub proposals: String,
}

/// Every obstacle and proposal of the scope, in plan then unit order.
pub fn remarks(workspace: &Workspace, owed: &[Owed]) -> Vec<Remark> {
    owed.iter()
        .filter_map(|item| {
            let key = EntryKey {
                task: item.task.clone(),
                unit: item.unit.clone(),
                period: item.period.clone(),
            };
            let entry = workspace.entries.get(&key).filter(|e| !e.deleted)?;
            let (obstacles, proposals) = (entry.obstacles.trim(), entry.proposals.trim());
            (!obstacles.is_empty() || !proposals.is_empty()).then(|| Remark {
                task: item.task.clone(),
                unit: item.unit.clone(),
                obstacles: obstacles.to_owned(),
                proposals: proposals.to_owned(),
            })
        })
        .collect()
}

/// A unit with reports still owed, and for which tasks.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Laggard {
    pub unit: UnitId,
    pub tasks: Vec<TaskId>,
}

/// Units that owe at least one report, in Vietnamese order.
pub fn not_reported(workspace: &Workspace, owed: &[Owed]) -> Vec<Laggard> {
    let mut units: BTreeMap<UnitId, Vec<TaskId>> = BTreeMap::new();
    for item in owed.iter().filter(|o| !o.status.is_reported()) {
        units
            .entry(item.unit.clone())
            .or_default()
            .push(item.task.clone());
    }
    let mut list: Vec<(UnitId, Vec<TaskId>)> = units.into_iter().collect();
    sort_units(workspace, &mut list);
    list.into_iter()
        .map(|(unit, tasks)| Laggard { unit, tasks })
        .collect()
}

/// Units to remind on `day`: those that owe a report, but not whoever
/// monitors the plan that day (it would remind itself; its own tasks are
/// its to write into the report it compiles).
pub fn to_remind(workspace: &Workspace, owed: &[Owed], day: super::date::Date) -> Vec<Laggard> {
    let monitoring = workspace.plan.monitoring_on(day);
    not_reported(workspace, owed)
        .into_iter()
        .filter(|l| !monitoring.contains(&l.unit))
        .collect()
}

/// An indicator's total over the units that reported it, against its target.
#[derive(Clone, Debug, PartialEq)]
pub struct IndicatorFigure {
    pub task: TaskId,
    /// The task's number as printed in the plan: "3.2".
    pub number: String,
    pub indicator: IndicatorId,
    pub name: String,
    pub measure: String,
    pub target: Option<f64>,
    pub total: f64,
    pub units: usize,
}

pub fn indicators(workspace: &Workspace, owed: &[Owed]) -> Vec<IndicatorFigure> {
    let mut figures = Vec::new();
    for task in workspace.plan.leaves() {
        for indicator in &task.indicators {
            let mut figure = IndicatorFigure {
                task: task.id.clone(),
                number: task.number.clone(),
                indicator: indicator.id.clone(),
                name: indicator.name.clone(),
                measure: indicator.measure.clone(),
                target: indicator.target,
                total: 0.0,
                units: 0,
            };
            for item in owed.iter().filter(|o| o.task == task.id) {
                let key = EntryKey {
                    task: item.task.clone(),
                    unit: item.unit.clone(),
                    period: item.period.clone(),
                };
                if let Some(value) = workspace
                    .entries
                    .get(&key)
                    .filter(|e| !e.deleted)
                    .and_then(|e| e.indicators.get(&indicator.id))
                {
                    figure.total += value;
                    figure.units += 1;
                }
            }
            figures.push(figure);
        }
    }
    figures
}
