//! Amending a plan (docs/product.md §4, step 8): the monitoring unit adds a task,
//! corrects one's title or timeframe, gives it to one more unit, releases a
//! unit from it, or takes an addition back (`tasks`); adds a unit, renames
//! one, records its email addresses, or that it ended and who carries its
//! work. Every change bumps the plan's revision (a workspace may keep it
//! in a revision not yet sent: `domain::Revision`), so the plan file sent
//! again replaces the old one in every browser; entries are never touched:
//! old periods keep their history, and who owes what follows from the dates
//! ([`Plan::reporters_in`]).

use super::Plan;
use crate::domain::date::Date;
use crate::domain::ids::{TaskId, UnitId};
use crate::domain::task::{Role, Timeframe};
use crate::domain::text;
use crate::domain::unit::{parse_addresses, BadAddress, Succession, Unit, UnitKind};

mod error;
mod tasks;
pub use error::AmendError;

/// One change to a plan's structure.
#[derive(Clone, Debug, PartialEq)]
pub enum PlanChange {
    /// A new task, reported on every period from the one holding `from`,
    /// numbered after its siblings: "6", or "3.3" under 3. Its timeframe
    /// (thường xuyên, a deadline, a quarter…) says when it must be done.
    AddTask {
        parent: Option<TaskId>,
        title: String,
        lead: UnitId,
        coordinating: Vec<UnitId>,
        timeframe: Timeframe,
        from: Date,
    },
    /// A task's title corrected (its number, id and entries stay).
    RetitleTask { task: TaskId, title: String },
    /// When a task must be done, changed: "trước ngày 30/9/2026" where it
    /// was "thường xuyên" (a task with a deadline is then shown on time,
    /// late or overdue).
    SetTimeframe { task: TaskId, timeframe: Timeframe },
    /// A task given to one more unit, which owes its report from the period
    /// holding `from` (earlier periods keep their reporters).
    AssignTask {
        task: TaskId,
        unit: UnitId,
        role: Role,
        from: Date,
    },
    /// A task an amendment added, taken out again (none has reported on it).
    RemoveTask { task: TaskId },
    /// A unit an amendment gave the task to, taken off it again (it has not
    /// reported on it).
    Unassign { task: TaskId, unit: UnitId },
    /// A unit doing the task no longer does it from `from` on (thôi giao):
    /// periods starting that day or later owe nothing from it; earlier ones
    /// keep its reports.
    Release {
        task: TaskId,
        unit: UnitId,
        from: Date,
    },
    /// A release taken back: the unit owes the task's reports again.
    Unrelease { task: TaskId, unit: UnitId },
    /// A unit that exists from `from` (a merger's new department).
    AddUnit {
        name: String,
        short_name: String,
        kind: UnitKind,
        from: Date,
    },
    /// New names for a unit; its id, so its entries, stay.
    RenameUnit {
        unit: UnitId,
        name: String,
        short_name: String,
    },
    /// `unit`'s last day; its work passes to `successor` the day after.
    EndUnit {
        unit: UnitId,
        last_day: Date,
        successor: UnitId,
    },
    /// A unit that has ended passes its work to one more successor, from
    /// the day after its last: the districts ended on 30/06/2025 with none,
    /// and their work goes to the communes (or a department) the
    /// monitoring unit names.
    AddSuccessor { unit: UnitId, successor: UnitId },
    /// The unit's email addresses as typed (one or more; none clears them):
    /// reminders, the plan's email and reports go to them.
    SetEmail { unit: UnitId, addresses: String },
}

fn filled(text: &str) -> Result<String, AmendError> {
    let text = text.trim();
    if text.is_empty() {
        Err(AmendError::EmptyText)
    } else {
        Ok(text.to_owned())
    }
}

/// A quarter of a year, a range that does not end before it starts.
fn valid(timeframe: &Timeframe) -> Result<(), AmendError> {
    match *timeframe {
        Timeframe::Quarter { quarter, .. } if !(1..=4).contains(&quarter) => {
            Err(AmendError::Timeframe)
        }
        Timeframe::Range { from, to } if from > to => Err(AmendError::Timeframe),
        _ => Ok(()),
    }
}

/// An id not yet used, from `stem` ("6" → "t6"; "Sở Văn hóa" → "so-van-hoa").
fn fresh_id(stem: &str, taken: impl Fn(&str) -> bool) -> String {
    let mut slug: String = text::fold(stem)
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '.' {
                c
            } else {
                '-'
            }
        })
        .collect();
    slug.truncate(48);
    let slug = slug.trim_matches('-').to_owned();
    let slug = if slug.is_empty() {
        "x".to_owned()
    } else {
        slug
    };
    (1..)
        .map(|n| {
            if n == 1 {
                slug.clone()
            } else {
                format!("{slug}-{n}")
            }
        })
        .find(|id| !taken(id))
        .unwrap_or(slug)
}

impl Plan {
    fn unit_mut(&mut self, id: &UnitId) -> Result<&mut Unit, AmendError> {
        self.directory
            .units
            .iter_mut()
            .find(|u| u.id == *id)
            .ok_or_else(|| AmendError::UnknownUnit(id.clone()))
    }

    fn existing_unit(&self, id: &UnitId) -> Result<&Unit, AmendError> {
        self.directory
            .unit(id)
            .ok_or_else(|| AmendError::UnknownUnit(id.clone()))
    }

    /// Applies `change`, or refuses it and leaves the plan as it was.
    pub fn amend(&mut self, change: PlanChange) -> Result<(), AmendError> {
        match change {
            PlanChange::AddTask {
                parent,
                title,
                lead,
                coordinating,
                timeframe,
                from,
            } => {
                valid(&timeframe)?;
                self.add_task(parent, &title, lead, coordinating, timeframe, from)?;
            }
            PlanChange::RetitleTask { task, title } => {
                let title = filled(&title)?;
                let task = self.task_mut(&task)?;
                if task.title == title {
                    return Err(AmendError::Unchanged);
                }
                task.title = title;
            }
            PlanChange::SetTimeframe { task, timeframe } => {
                valid(&timeframe)?;
                let task = self.task_mut(&task)?;
                if task.timeframe == timeframe {
                    return Err(AmendError::Unchanged);
                }
                task.timeframe = timeframe;
            }
            PlanChange::AssignTask {
                task,
                unit,
                role,
                from,
            } => self.assign_task(&task, unit, role, from)?,
            PlanChange::RemoveTask { task } => self.remove_task(&task)?,
            PlanChange::Unassign { task, unit } => self.unassign(&task, &unit)?,
            PlanChange::Release { task, unit, from } => self.release(&task, unit, from)?,
            PlanChange::Unrelease { task, unit } => self.unrelease(&task, &unit)?,
            PlanChange::AddUnit {
                name,
                short_name,
                kind,
                from,
            } => {
                let (name, short_name) = (filled(&name)?, filled(&short_name)?);
                let folded = [text::fold(&name), text::fold(&short_name)];
                if let Some(unit) = self.directory.units.iter().find(|u| {
                    folded.contains(&text::fold(&u.name))
                        || folded.contains(&text::fold(&u.short_name))
                }) {
                    return Err(AmendError::NameTaken(unit.name.clone()));
                }
                let id = fresh_id(&short_name, |id| {
                    self.directory.units.iter().any(|u| u.id.as_str() == id)
                });
                self.directory.units.push(Unit {
                    id: UnitId::new(id).map_err(|_| AmendError::EmptyText)?,
                    name,
                    short_name,
                    kind,
                    email: None,
                    valid_from: Some(from),
                    valid_to: None,
                    successors: Vec::new(),
                });
            }
            PlanChange::RenameUnit {
                unit,
                name,
                short_name,
            } => {
                let (name, short_name) = (filled(&name)?, filled(&short_name)?);
                let entry = self.unit_mut(&unit)?;
                entry.name = name;
                entry.short_name = short_name;
            }
            PlanChange::EndUnit {
                unit,
                last_day,
                successor,
            } => {
                if unit == successor {
                    return Err(AmendError::SameUnit(unit));
                }
                if self.existing_unit(&unit)?.valid_to.is_some() {
                    return Err(AmendError::Ended(unit));
                }
                self.hand_over(unit, last_day, successor)?;
            }
            PlanChange::AddSuccessor { unit, successor } => {
                if unit == successor {
                    return Err(AmendError::SameUnit(unit));
                }
                let ended = self.existing_unit(&unit)?;
                let Some(last_day) = ended.valid_to else {
                    return Err(AmendError::NotEnded(unit));
                };
                if ended.successors.iter().any(|s| s.unit == successor) {
                    return Err(AmendError::AlreadySuccessor(successor));
                }
                self.hand_over(unit, last_day, successor)?;
            }
            PlanChange::SetEmail { unit, addresses } => {
                let email = parse_addresses(&addresses)
                    .map_err(|BadAddress(text)| AmendError::BadEmail(text))?;
                let entry = self.unit_mut(&unit)?;
                if entry.email == email {
                    return Err(AmendError::Unchanged);
                }
                entry.email = email;
            }
        }
        self.revision = self.revision.saturating_add(1);
        Ok(())
    }

    /// `unit` ends on `last_day`; `successor`, existing the next day, takes its work then.
    fn hand_over(
        &mut self,
        unit: UnitId,
        last_day: Date,
        successor: UnitId,
    ) -> Result<(), AmendError> {
        let next_day = last_day.add_days(1).unwrap_or(last_day);
        if !self.existing_unit(&successor)?.is_active_on(next_day) {
            return Err(AmendError::SuccessorAbsent(successor));
        }
        let entry = self.unit_mut(&unit)?;
        entry.valid_to = Some(last_day);
        entry.successors.push(Succession {
            unit: successor,
            from: next_day,
            functions: Vec::new(),
        });
        Ok(())
    }
}
