//! Progress figures as pure functions: which task × unit pairs owe a report in a
//! period, and status tallies per task, unit, section, period and overall.

use super::entry::{EntryKey, Status};
use super::ids::{PeriodId, TaskId, UnitId};
use super::period::Period;
use super::task::Role;
use super::workspace::Workspace;
use std::collections::BTreeMap;

/// How many assignments are in each status.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Tally {
    counts: [usize; 6],
}

impl Tally {
    pub fn add(&mut self, status: Status) {
        self.counts[status.index()] += 1;
    }

    pub fn count(&self, status: Status) -> usize {
        self.counts[status.index()]
    }

    pub fn total(&self) -> usize {
        self.counts.iter().sum()
    }

    pub fn reported(&self) -> usize {
        self.total() - self.count(Status::NotReported)
    }

    pub fn complete(&self) -> usize {
        self.count(Status::Done) + self.count(Status::NothingArose)
    }

    /// Reported share in whole percent, rounded down (0 when nothing is owed).
    pub fn reported_percent(&self) -> u32 {
        percent(self.reported(), self.total())
    }

    pub fn complete_percent(&self) -> u32 {
        percent(self.complete(), self.total())
    }

    fn merge(&mut self, other: &Tally) {
        for (mine, theirs) in self.counts.iter_mut().zip(other.counts) {
            *mine += theirs;
        }
    }
}

fn percent(part: usize, whole: usize) -> u32 {
    (part * 100)
        .checked_div(whole)
        .map_or(0, |share| share as u32)
}

/// One report owed: a leaf task, a unit in a reporting role, and its status.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Owed {
    pub task: TaskId,
    pub unit: UnitId,
    pub period: PeriodId,
    pub role: Role,
    pub status: Status,
}

/// Every report owed in a period, in plan order then lead-first unit order:
/// [`Plan::reporters_in`](crate::domain::Plan::reporters_in) (a unit that existed during some of the period,
/// or the successor of one that no longer did) — but a task with a deadline
/// that the unit reported done in an earlier period is owed no more.
pub fn owed(workspace: &Workspace, period: Period) -> Vec<Owed> {
    let plan = &workspace.plan;
    let period_id = period.id();
    let mut list = Vec::new();
    for task in plan.leaves() {
        let finite = task.timeframe.deadline().is_some();
        for duty in plan.reporters_in(task, period) {
            if finite && workspace.done_before(&task.id, &duty.unit, period) {
                continue;
            }
            let key = EntryKey {
                task: task.id.clone(),
                unit: duty.unit.clone(),
                period: period_id.clone(),
            };
            list.push(Owed {
                status: workspace.status(&key),
                task: key.task,
                unit: key.unit,
                period: key.period,
                role: duty.role,
            });
        }
    }
    list
}

pub fn overall(owed: &[Owed]) -> Tally {
    let mut tally = Tally::default();
    for item in owed {
        tally.add(item.status);
    }
    tally
}

/// Tallies per leaf task, in plan order.
pub fn by_task(workspace: &Workspace, owed: &[Owed]) -> Vec<(TaskId, Tally)> {
    let mut tallies: BTreeMap<&TaskId, Tally> = BTreeMap::new();
    for item in owed {
        tallies.entry(&item.task).or_default().add(item.status);
    }
    workspace
        .plan
        .leaves()
        .filter_map(|task| tallies.get(&task.id).map(|tally| (task.id.clone(), *tally)))
        .collect()
}

/// Tallies per unit.
pub fn by_unit(owed: &[Owed]) -> BTreeMap<UnitId, Tally> {
    let mut tallies: BTreeMap<UnitId, Tally> = BTreeMap::new();
    for item in owed {
        tallies
            .entry(item.unit.clone())
            .or_default()
            .add(item.status);
    }
    tallies
}

/// Tallies rolled up to top-level sections (tasks 1, 2, 3 …), in plan order.
pub fn by_section(workspace: &Workspace, owed: &[Owed]) -> Vec<(TaskId, Tally)> {
    let plan = &workspace.plan;
    let mut tallies: BTreeMap<TaskId, Tally> = BTreeMap::new();
    for (task_id, tally) in by_task(workspace, owed) {
        if let Some(task) = plan.task(&task_id) {
            tallies
                .entry(plan.section_of(task).id.clone())
                .or_default()
                .merge(&tally);
        }
    }
    plan.roots()
        .filter_map(|root| tallies.get(&root.id).map(|tally| (root.id.clone(), *tally)))
        .collect()
}

/// The overall tally of each period, in order: the trend over time.
pub fn by_period(workspace: &Workspace, periods: &[Period]) -> Vec<(Period, Tally)> {
    periods
        .iter()
        .map(|period| (*period, overall(&owed(workspace, *period))))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tallies_count_and_round_down() {
        let mut tally = Tally::default();
        for status in [
            Status::Done,
            Status::NothingArose,
            Status::Blocked,
            Status::NotReported,
        ] {
            tally.add(status);
        }
        tally.add(Status::NotReported);
        tally.add(Status::InProgress);
        assert_eq!(tally.total(), 6);
        assert_eq!(tally.reported(), 4);
        assert_eq!(tally.complete(), 2);
        assert_eq!(tally.reported_percent(), 66);
        assert_eq!(tally.complete_percent(), 33);
        assert_eq!(Tally::default().complete_percent(), 0);
    }
}
