//! Amendments to the task tree: a task added, retitled, or given to one
//! more unit (a timeframe changed: `super`); a unit released from a task
//! and given it back; and an added task or unit taken out again.

use super::{filled, fresh_id, AmendError};
use crate::domain::date::Date;
use crate::domain::ids::{TaskId, UnitId};
use crate::domain::plan::Plan;
use crate::domain::task::{Assignee, Assignment, Mode, Release, Role, Task, Timeframe};

impl Plan {
    pub(super) fn task_mut(&mut self, id: &TaskId) -> Result<&mut Task, AmendError> {
        self.tasks
            .iter_mut()
            .find(|t| t.id == *id)
            .ok_or_else(|| AmendError::UnknownTask(id.clone()))
    }

    /// The number a new task under `parent` takes: one more than its
    /// siblings' last number ("5" → "6", "3.2" → "3.3").
    pub fn next_number(&self, parent: Option<&TaskId>) -> String {
        let siblings = self.tasks.iter().filter(|t| t.parent.as_ref() == parent);
        let last = siblings
            .filter_map(|t| t.number.rsplit('.').next()?.trim().parse::<u32>().ok())
            .max()
            .unwrap_or(0);
        match parent.and_then(|p| self.task(p)) {
            Some(parent) => format!("{}.{}", parent.number, last + 1),
            None => (last + 1).to_string(),
        }
    }

    /// A new task, reported from the period holding `from`, after its
    /// siblings (plan order).
    pub(super) fn add_task(
        &mut self,
        parent: Option<TaskId>,
        title: &str,
        lead: UnitId,
        coordinating: Vec<UnitId>,
        timeframe: Timeframe,
        from: Date,
    ) -> Result<(), AmendError> {
        let title = filled(title)?;
        if let Some(parent) = &parent {
            if self.task(parent).is_none() {
                return Err(AmendError::UnknownTask(parent.clone()));
            }
            if self.is_leaf(parent) {
                return Err(AmendError::ParentReported(parent.clone()));
            }
        }
        for unit in std::iter::once(&lead).chain(&coordinating) {
            self.existing_unit(unit)?;
        }
        if coordinating.contains(&lead) {
            return Err(AmendError::SameUnit(lead));
        }
        let number = self.next_number(parent.as_ref());
        let id = fresh_id(&format!("t{number}"), |id| {
            self.tasks.iter().any(|t| t.id.as_str() == id)
                || self.retired.iter().any(|t| t.as_str() == id)
        });
        let assign = |unit: &UnitId, role| Assignment {
            assignee: Assignee::Unit(unit.clone()),
            role,
            mode: Mode::Assign,
            from: None,
        };
        let mut assignments = vec![assign(&lead, Role::Lead)];
        assignments.extend(coordinating.iter().map(|u| assign(u, Role::Coordinate)));
        let task = Task {
            id: TaskId::new(id).map_err(|_| AmendError::EmptyText)?,
            parent: parent.clone(),
            number,
            title,
            body: String::new(),
            units_text: String::new(),
            assignments,
            timeframe,
            indicators: Vec::new(),
            from: Some(from),
            released: Vec::new(),
            timeframe_text: String::new(),
        };
        // After the parent's last descendant (or at the end): plan order.
        let at = match &parent {
            Some(parent) => self
                .tasks
                .iter()
                .rposition(|t| t.id == *parent || self.is_under(t, parent))
                .map_or(self.tasks.len(), |at| at + 1),
            None => self.tasks.len(),
        };
        self.tasks.insert(at, task);
        Ok(())
    }

    /// `unit` takes `task` in `role` from `from` on: a task reported on, a
    /// unit existing that day and not yet named on the task.
    pub(super) fn assign_task(
        &mut self,
        task: &TaskId,
        unit: UnitId,
        role: Role,
        from: Date,
    ) -> Result<(), AmendError> {
        if !self.existing_unit(&unit)?.is_active_on(from) {
            return Err(AmendError::Inactive(unit));
        }
        if self.task(task).is_some() && !self.is_leaf(task) {
            return Err(AmendError::Section(task.clone()));
        }
        let entry = self.task_mut(task)?;
        if entry
            .assignments
            .iter()
            .any(|a| a.assignee == Assignee::Unit(unit.clone()))
        {
            return Err(AmendError::AlreadyAssigned(unit));
        }
        entry.assignments.push(Assignment {
            assignee: Assignee::Unit(unit),
            role,
            mode: Mode::Assign,
            from: Some(from),
        });
        Ok(())
    }

    /// Takes out a task an amendment added (a task of the plan as issued
    /// stays: the document says it).
    pub(super) fn remove_task(&mut self, task: &TaskId) -> Result<(), AmendError> {
        let found = self
            .task(task)
            .ok_or_else(|| AmendError::UnknownTask(task.clone()))?;
        if found.from.is_none() {
            return Err(AmendError::Issued(task.clone()));
        }
        if !self.is_leaf(task) {
            return Err(AmendError::Section(task.clone()));
        }
        self.tasks.retain(|t| t.id != *task);
        self.retired.push(task.clone());
        Ok(())
    }

    /// Takes `unit` off `task` where an amendment put it.
    pub(super) fn unassign(&mut self, task: &TaskId, unit: &UnitId) -> Result<(), AmendError> {
        let entry = self.task_mut(task)?;
        if !entry.added_units().any(|added| added == unit) {
            return Err(AmendError::NotAssigned(unit.clone()));
        }
        // The unit is named once on a task (`assign_task` refuses a second time).
        let named = Assignee::Unit(unit.clone());
        entry.assignments.retain(|a| a.assignee != named);
        Ok(())
    }

    /// `unit`, which does `task` on `from`, does it no more from that day.
    pub(super) fn release(
        &mut self,
        task: &TaskId,
        unit: UnitId,
        from: Date,
    ) -> Result<(), AmendError> {
        let found = self
            .task(task)
            .ok_or_else(|| AmendError::UnknownTask(task.clone()))?;
        if !self.is_leaf(task) {
            return Err(AmendError::Section(task.clone()));
        }
        self.existing_unit(&unit)?;
        if let Some(earlier) = found.released.iter().find(|r| r.unit == unit) {
            return Err(AmendError::AlreadyReleased(unit, earlier.from));
        }
        if !self.reporters_on(found, from).contains(&unit) {
            return Err(AmendError::NotCarrying(unit));
        }
        self.task_mut(task)?.released.push(Release { unit, from });
        Ok(())
    }

    /// Takes back `unit`'s release from `task`: it owes the task again.
    pub(super) fn unrelease(&mut self, task: &TaskId, unit: &UnitId) -> Result<(), AmendError> {
        let entry = self.task_mut(task)?;
        let before = entry.released.len();
        entry.released.retain(|release| release.unit != *unit);
        if entry.released.len() == before {
            return Err(AmendError::NotReleased(unit.clone()));
        }
        Ok(())
    }

    /// Whether `task` sits somewhere under `ancestor`.
    fn is_under(&self, task: &Task, ancestor: &TaskId) -> bool {
        let mut current = task.parent.as_ref();
        for _ in 0..self.tasks.len() {
            match current {
                Some(id) if id == ancestor => return true,
                Some(id) => current = self.task(id).and_then(|t| t.parent.as_ref()),
                None => return false,
            }
        }
        false
    }
}
