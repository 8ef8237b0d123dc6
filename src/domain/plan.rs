//! A plan as an administrative document: header, parent documents, prose sections,
//! unit directory, task tree, monitoring unit, recipients and reporting regime.

use super::date::Date;
use super::ids::{PlanId, TaskId, UnitId};
use super::period::{Period, Regime};
use super::sort;
use super::task::{Assignee, Assignment, Mode, Role, Task};
use super::text;
use super::unit::Directory;

mod amend;
mod check;
pub use amend::{AmendError, PlanChange};
pub use check::PlanError;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// A document cited or issued: "Kế hoạch số 149-KH/TU ngày 29/01/2024 của Ban Thường vụ Tỉnh ủy".
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct DocumentRef {
    /// Loại văn bản: "Kế hoạch", "Kết luận", "Quyết định".
    pub kind: String,
    /// Số, ký hiệu: "61/KH-UBND".
    pub number: String,
    pub date: Date,
    pub issuer: String,
    /// Trích yếu.
    #[serde(default)]
    pub title: String,
}

/// Who signed, and with what authority ("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH").
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Signer {
    pub authority: Vec<String>,
    pub title: String,
    pub name: String,
}

/// Prose kept as text: "Mục đích", "Yêu cầu", "Kinh phí thực hiện", "Tổ chức thực hiện".
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct ProseSection {
    pub heading: String,
    pub body: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Plan {
    pub id: PlanId,
    /// Bumped by the monitoring unit on every structural change.
    pub revision: u32,
    pub document: DocumentRef,
    /// Địa danh: "Lạng Sơn".
    pub place: String,
    pub signer: Signer,
    #[serde(default)]
    pub parents: Vec<DocumentRef>,
    #[serde(default)]
    pub sections: Vec<ProseSection>,
    pub directory: Directory,
    pub tasks: Vec<Task>,
    pub monitoring_unit: UnitId,
    /// Nơi nhận, verbatim lines.
    #[serde(default)]
    pub recipients: Vec<String>,
    pub regime: Regime,
    /// Ids of tasks an amendment added and another took out: never given
    /// again, so a report kept somewhere on the old task cannot land on a
    /// new one.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub retired: Vec<TaskId>,
}

/// One unit's duty on one task after groups are expanded.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Obligation {
    pub unit: UnitId,
    pub role: Role,
    pub mode: Mode,
}

impl Plan {
    pub fn task(&self, id: &TaskId) -> Option<&Task> {
        self.tasks.iter().find(|task| &task.id == id)
    }

    pub fn children<'a>(&'a self, id: &'a TaskId) -> impl Iterator<Item = &'a Task> + 'a {
        self.tasks
            .iter()
            .filter(move |task| task.parent.as_ref() == Some(id))
    }

    pub fn roots(&self) -> impl Iterator<Item = &Task> {
        self.tasks.iter().filter(|task| task.parent.is_none())
    }

    pub fn is_leaf(&self, id: &TaskId) -> bool {
        self.children(id).next().is_none()
    }

    /// Leaf tasks in plan order: the ones entries are reported on.
    pub fn leaves(&self) -> impl Iterator<Item = &Task> {
        self.tasks.iter().filter(|task| self.is_leaf(&task.id))
    }

    /// The top-level task (section) a task belongs to.
    pub fn section_of<'a>(&'a self, task: &'a Task) -> &'a Task {
        let mut current = task;
        for _ in 0..self.tasks.len() {
            match current.parent.as_ref().and_then(|parent| self.task(parent)) {
                Some(parent) => current = parent,
                None => break,
            }
        }
        current
    }

    /// Every unit's duty on a task: groups expanded, a unit named twice keeps its
    /// strongest role; ordered lead first, then by directory order.
    pub fn obligations(&self, task: &Task) -> Vec<Obligation> {
        self.obligations_where(task, |_| true)
    }

    /// [`Plan::obligations`] from the assignments `holds` keeps.
    fn obligations_where(
        &self,
        task: &Task,
        holds: impl Fn(&Assignment) -> bool,
    ) -> Vec<Obligation> {
        let mut duties: BTreeMap<UnitId, (Role, Mode)> = BTreeMap::new();
        for assignment in task.assignments.iter().filter(|a| holds(a)) {
            let units: Vec<&UnitId> = match &assignment.assignee {
                Assignee::Unit(id) => vec![id],
                Assignee::Group(id) => self
                    .directory
                    .group(id)
                    .map(|group| group.members.iter().collect())
                    .unwrap_or_default(),
            };
            for unit in units {
                let duty = duties
                    .entry(unit.clone())
                    .or_insert((assignment.role, assignment.mode));
                if assignment.role > duty.0 {
                    *duty = (assignment.role, assignment.mode);
                }
            }
        }
        let mut list: Vec<Obligation> = duties
            .into_iter()
            .map(|(unit, (role, mode))| Obligation { unit, role, mode })
            .collect();
        self.order(&mut list);
        list
    }

    /// Lead first, then in directory order.
    fn order(&self, list: &mut Vec<Obligation>) {
        let position = |id: &UnitId| {
            self.directory
                .units
                .iter()
                .position(|unit| &unit.id == id)
                .unwrap_or(usize::MAX)
        };
        sort::sort_by_key(list, |duty| {
            (std::cmp::Reverse(duty.role), position(&duty.unit))
        });
    }

    /// The units the plan names to report on a task (guides do not), in
    /// any period; [`Plan::reporters_in`] says who owes a given period.
    pub fn reporters(&self, task: &Task) -> Vec<Obligation> {
        self.obligations(task)
            .into_iter()
            .filter(|duty| duty.role.reports())
            .collect()
    }

    /// Who carries `unit`'s work on `date`: the unit while it exists, else its
    /// successors then — where its work was split by function, the successor
    /// of a function the folded `subject` names, else every successor.
    pub fn carriers(&self, unit: &UnitId, date: Date, subject: &str) -> Vec<UnitId> {
        let function = self
            .directory
            .unit(unit)
            .into_iter()
            .flat_map(|unit| &unit.successors)
            .flat_map(|succession| &succession.functions)
            .find(|function| subject.contains(&text::fold(function)));
        self.directory
            .resolve_on(unit, date, function.map(String::as_str))
    }

    /// What a task is about, folded: its words and the plan's title, against
    /// which a split unit's functions are matched ([`Plan::carriers`]).
    pub fn task_subject(&self, task: &Task) -> String {
        text::fold(&format!(
            "{} {} {}",
            task.title, task.body, self.document.title
        ))
    }

    /// Who monitors the plan on `date`: its monitoring unit, or the
    /// successor that took the plan's subject (its title) after a merger.
    pub fn monitoring_on(&self, date: Date) -> Vec<UnitId> {
        self.carriers(
            &self.monitoring_unit,
            date,
            &text::fold(&self.document.title),
        )
    }

    /// The units that owe a report on a task in `period`. A unit that existed
    /// during some of the period owes it; one that no longer existed hands
    /// its duty to its successors of the time (the 2025 mergers: open work
    /// moves on, old periods keep their reporters). Where its work was split
    /// by function, the successor of the function the task or the plan
    /// names (Sở TT&TT's "thông tin đối ngoại" went to Sở VHTTDL) takes it,
    /// else every successor. A unit named twice keeps its strongest role.
    /// A task added later, or given to a unit later, is owed from the period
    /// holding that first day; a unit released from it owes no period that
    /// starts on or after the day it was released.
    pub fn reporters_in(&self, task: &Task, period: Period) -> Vec<Obligation> {
        let mut list = self.named_reporters_in(task, period);
        if !task.released.is_empty() {
            list.retain(|duty| !task.is_released(&duty.unit, period.start()));
        }
        list
    }

    /// The units doing `task` on `day`: those owing its report for a
    /// period of the regime holding the day, each once, in plan order.
    pub fn reporters_on(&self, task: &Task, day: Date) -> Vec<UnitId> {
        let mut units: Vec<UnitId> = Vec::new();
        let holding = self.regime.periods(day).into_iter();
        for period in holding.filter(|p| p.start() <= day && day <= p.end()) {
            for duty in self.reporters_in(task, period) {
                if !units.contains(&duty.unit) {
                    units.push(duty.unit);
                }
            }
        }
        units
    }

    fn named_reporters_in(&self, task: &Task, period: Period) -> Vec<Obligation> {
        // A task added by an amendment is owed from the period that holds its first day.
        if task.from.is_some_and(|from| from > period.end()) {
            return Vec::new();
        }
        let existed = |unit: &UnitId| {
            self.directory.unit(unit).is_some_and(|unit| {
                unit.valid_from.is_none_or(|from| from <= period.end())
                    && unit.valid_to.is_none_or(|to| period.start() <= to)
            })
        };
        // A unit an amendment gave the task to owes from the period holding that day.
        let reporters: Vec<Obligation> = self
            .obligations_where(task, |a| a.from.is_none_or(|from| from <= period.end()))
            .into_iter()
            .filter(|duty| duty.role.reports())
            .collect();
        // Everyone named existed during the period (a plan whose directory
        // has no dates, any period before its first change): the plan's own
        // list, already in order.
        if reporters.iter().all(|duty| existed(&duty.unit)) {
            return reporters;
        }
        let mut subject = None;
        let mut duties: BTreeMap<UnitId, Obligation> = BTreeMap::new();
        for duty in reporters {
            let carriers = if existed(&duty.unit) {
                vec![duty.unit.clone()]
            } else {
                let subject = subject.get_or_insert_with(|| self.task_subject(task));
                self.carriers(&duty.unit, period.start(), subject)
            };
            for carrier in carriers.into_iter().filter(|unit| existed(unit)) {
                let held = duties.entry(carrier.clone()).or_insert(Obligation {
                    unit: carrier,
                    ..duty.clone()
                });
                if duty.role > held.role {
                    (held.role, held.mode) = (duty.role, duty.mode);
                }
            }
        }
        let mut list: Vec<Obligation> = duties.into_values().collect();
        self.order(&mut list);
        list
    }
}
