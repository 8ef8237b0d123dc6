//! A plan's structural faults: duplicate ids, missing parents, cycles,
//! assignees and group members the directory lacks.

use super::{Assignee, Plan, Task};
use crate::domain::{TaskId, UnitId};
use std::collections::BTreeSet;
use std::fmt;

/// A structural fault in a plan.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PlanError {
    DuplicateTask(TaskId),
    DuplicateUnit(UnitId),
    MissingParent { task: TaskId, parent: TaskId },
    ParentCycle(TaskId),
    UnknownAssignee { task: TaskId, assignee: String },
    UnknownGroupMember { group: String, unit: UnitId },
    UnknownMonitoringUnit(UnitId),
}

impl fmt::Display for PlanError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PlanError::DuplicateTask(id) => write!(f, "nhiệm vụ {id} bị trùng"),
            PlanError::DuplicateUnit(id) => write!(f, "đơn vị {id} bị trùng"),
            PlanError::MissingParent { task, parent } => {
                write!(f, "nhiệm vụ {task} thuộc nhiệm vụ {parent} không tồn tại")
            }
            PlanError::ParentCycle(id) => write!(f, "nhiệm vụ {id} nằm trong một vòng lặp cha–con"),
            PlanError::UnknownAssignee { task, assignee } => {
                write!(
                    f,
                    "nhiệm vụ {task} giao cho {assignee} không có trong danh mục đơn vị"
                )
            }
            PlanError::UnknownGroupMember { group, unit } => {
                write!(f, "nhóm {group} chứa đơn vị {unit} không có trong danh mục")
            }
            PlanError::UnknownMonitoringUnit(id) => {
                write!(f, "đơn vị theo dõi {id} không có trong danh mục")
            }
        }
    }
}

impl Plan {
    /// Structural faults; an empty list means the plan is sound.
    pub fn check(&self) -> Vec<PlanError> {
        let mut errors = Vec::new();
        let mut task_ids = BTreeSet::new();
        for task in &self.tasks {
            if !task_ids.insert(&task.id) {
                errors.push(PlanError::DuplicateTask(task.id.clone()));
            }
        }
        let mut unit_ids = BTreeSet::new();
        for unit in &self.directory.units {
            if !unit_ids.insert(&unit.id) {
                errors.push(PlanError::DuplicateUnit(unit.id.clone()));
            }
        }
        for task in &self.tasks {
            if let Some(parent) = &task.parent {
                if !task_ids.contains(parent) {
                    errors.push(PlanError::MissingParent {
                        task: task.id.clone(),
                        parent: parent.clone(),
                    });
                } else if self.has_cycle(task) {
                    errors.push(PlanError::ParentCycle(task.id.clone()));
                }
            }
            for assignment in &task.assignments {
                let known = match &assignment.assignee {
                    Assignee::Unit(id) => unit_ids.contains(id),
                    Assignee::Group(id) => self.directory.group(id).is_some(),
                };
                if !known {
                    let assignee = match &assignment.assignee {
                        Assignee::Unit(id) => id.to_string(),
                        Assignee::Group(id) => id.to_string(),
                    };
                    errors.push(PlanError::UnknownAssignee {
                        task: task.id.clone(),
                        assignee,
                    });
                }
            }
        }
        for group in &self.directory.groups {
            for member in group.members.iter().filter(|m| !unit_ids.contains(m)) {
                errors.push(PlanError::UnknownGroupMember {
                    group: group.id.to_string(),
                    unit: member.clone(),
                });
            }
        }
        if !unit_ids.contains(&self.monitoring_unit) {
            errors.push(PlanError::UnknownMonitoringUnit(
                self.monitoring_unit.clone(),
            ));
        }
        errors
    }

    fn has_cycle(&self, task: &Task) -> bool {
        let mut current = task.parent.clone();
        for _ in 0..=self.tasks.len() {
            match current {
                Some(id) if id == task.id => return true,
                Some(id) => current = self.task(&id).and_then(|t| t.parent.clone()),
                None => return false,
            }
        }
        true
    }
}
