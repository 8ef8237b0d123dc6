//! Applying a command: every check first, then the change.

use super::*;

impl Workspace {
    /// Applies a command on behalf of `profile`, or refuses it and changes nothing.
    pub fn apply(&mut self, profile: &Profile, command: Command) -> Result<(), CommandError> {
        match command {
            Command::UpdateEntry { key, change, at } => {
                self.check_authorship(profile, &key)?;
                self.check_change(&key, &change)?;
                self.conflicts.remove(&key);
                let entry = self.entries.entry(key).or_default();
                apply_change(entry, change);
                entry.revision = entry.revision.saturating_add(1);
                entry.updated_at = at;
                entry.deleted = false;
                entry.sample = false;
                Ok(())
            }
            Command::RestoreEntry { key, previous, at } => {
                self.check_authorship(profile, &key)?;
                let revision = self.entries.get(&key).map_or(0, |e| e.revision);
                let mut restored = previous.unwrap_or_default();
                restored.revision = revision.saturating_add(1);
                restored.updated_at = at;
                restored.sample = false;
                restored.deleted = false;
                self.conflicts.remove(&key);
                self.entries.insert(key, restored);
                Ok(())
            }
            Command::DeleteEntry { key, at } => {
                self.check_authorship(profile, &key)?;
                let entry = self
                    .entries
                    .get_mut(&key)
                    .ok_or(CommandError::NoSuchEntry)?;
                *entry = Entry {
                    revision: entry.revision.saturating_add(1),
                    updated_at: at,
                    deleted: true,
                    ..Entry::default()
                };
                Ok(())
            }
            Command::Import { files } => {
                merge::import_into(self, files);
                Ok(())
            }
            Command::Restore { workspace } => {
                *self = *workspace;
                Ok(())
            }
            Command::LoadSample { entries } => {
                for (key, entry) in entries {
                    self.entries.entry(key).or_insert(entry);
                }
                Ok(())
            }
            Command::RemoveSample => {
                self.entries.retain(|_, entry| !entry.sample);
                Ok(())
            }
            Command::RestorePlan { plan, revision } => {
                if *profile != Profile::Monitoring {
                    return Err(CommandError::MonitoringOnly);
                }
                // Another tab may have opened another plan since: never put
                // one plan's structure over another's entries.
                if plan.id != self.plan.id {
                    return Err(CommandError::Amend(AmendError::OtherPlan));
                }
                let revision = match revision {
                    Revision::Next => self.plan.revision.saturating_add(1),
                    Revision::Open => self.plan.revision,
                };
                self.plan = *plan;
                self.plan.revision = revision;
                Ok(())
            }
            Command::AmendPlan { change, revision } => {
                if *profile != Profile::Monitoring {
                    return Err(CommandError::MonitoringOnly);
                }
                self.check_unreported(&change)?;
                // On a copy: a change the plan's own check refuses leaves nothing behind.
                let mut plan = self.plan.clone();
                plan.amend(change).map_err(CommandError::Amend)?;
                if revision == Revision::Open {
                    plan.revision = self.plan.revision;
                }
                if let Some(error) = plan.check().into_iter().next() {
                    return Err(CommandError::Amend(AmendError::Invalid(error.to_string())));
                }
                self.plan = plan;
                Ok(())
            }
        }
    }

    /// An amendment taken back must not hide reports: none may exist on
    /// the task (or the unit's part of it), not even a deleted one — its
    /// tombstone would outrank a report on a task later added under the
    /// same number. A release must not hide the unit's reports for the
    /// periods it would no longer owe (a withdrawn one hides nothing: the
    /// task and the unit stay, and so does its tombstone).
    fn check_unreported(&self, change: &PlanChange) -> Result<(), CommandError> {
        let (task, unit, from) = match change {
            PlanChange::RemoveTask { task } => (task, None, None),
            PlanChange::Unassign { task, unit } => (task, Some(unit), None),
            // Reports for the periods a release would no longer owe.
            PlanChange::Release { task, unit, from } => (task, Some(unit), Some(*from)),
            _ => return Ok(()),
        };
        let concerned = |key: &EntryKey| {
            key.task == *task
                && unit.is_none_or(|u| key.unit == *u)
                && from.is_none_or(|day| {
                    Period::parse(&key.period).is_none_or(|period| period.start() >= day)
                })
        };
        let withdrawn_hides = from.is_none();
        let reported = self
            .entries
            .iter()
            .any(|(key, entry)| concerned(key) && (withdrawn_hides || !entry.deleted))
            || self.conflicts.keys().any(concerned);
        if reported {
            return Err(CommandError::Amend(AmendError::HasReports(task.clone())));
        }
        Ok(())
    }

    fn check_authorship(&self, profile: &Profile, key: &EntryKey) -> Result<(), CommandError> {
        let task = self.plan.task(&key.task).ok_or(CommandError::UnknownTask)?;
        if !self.plan.is_leaf(&task.id) {
            return Err(CommandError::NotALeaf);
        }
        let period = Period::parse(&key.period).ok_or(CommandError::UnknownPeriod)?;
        if !self.plan.regime.contains(period) {
            return Err(CommandError::UnknownPeriod);
        }
        if !self
            .plan
            .reporters_in(task, period)
            .iter()
            .any(|duty| duty.unit == key.unit)
        {
            return Err(CommandError::NotAssigned);
        }
        match profile.acting_unit(&self.plan, period.start()) {
            None => Err(CommandError::ReadOnlyProfile),
            Some(unit) if unit != key.unit => Err(CommandError::NotOwner {
                owner: key.unit.clone(),
            }),
            Some(_) => Ok(()),
        }
    }

    fn check_change(&self, key: &EntryKey, change: &EntryChange) -> Result<(), CommandError> {
        match change {
            EntryChange::Progress(Some(value)) if *value > 100 => {
                Err(CommandError::ProgressOutOfRange(*value))
            }
            EntryChange::Carry(from) => match from.progress {
                Some(value) if value > 100 => Err(CommandError::ProgressOutOfRange(value)),
                _ => Ok(()),
            },
            EntryChange::RemoveEvidence(index) => {
                let count = self
                    .entries
                    .get(key)
                    .map_or(0, |entry| entry.evidence.len());
                if *index < count {
                    Ok(())
                } else {
                    Err(CommandError::NoSuchEvidence(*index))
                }
            }
            EntryChange::Indicator(id, value) => {
                let task = self.plan.task(&key.task).ok_or(CommandError::UnknownTask)?;
                if !task.indicators.iter().any(|indicator| &indicator.id == id) {
                    return Err(CommandError::UnknownIndicator(id.clone()));
                }
                if value.is_some_and(|number| !number.is_finite()) {
                    return Err(CommandError::NotANumber);
                }
                Ok(())
            }
            EntryChange::Spent(Some(dong)) | EntryChange::Requested(Some(dong))
                if *dong > budget::MAX_DONG =>
            {
                Err(CommandError::AmountTooLarge(*dong))
            }
            _ => Ok(()),
        }
    }
}

pub(super) fn apply_change(entry: &mut Entry, change: EntryChange) {
    match change {
        EntryChange::Status(status) => entry.status = status,
        EntryChange::Progress(progress) => entry.progress = progress,
        EntryChange::Done(text) => entry.done = text,
        EntryChange::Obstacles(text) => entry.obstacles = text,
        EntryChange::Proposals(text) => entry.proposals = text,
        EntryChange::AddEvidence(evidence) => entry.evidence.push(evidence),
        EntryChange::RemoveEvidence(index) => {
            entry.evidence.remove(index);
        }
        EntryChange::Indicator(id, Some(value)) => {
            entry.indicators.insert(id, value);
        }
        EntryChange::Indicator(id, None) => {
            entry.indicators.remove(&id);
        }
        EntryChange::Spent(dong) => entry.budget.spent = dong,
        EntryChange::Funding(source) => entry.budget.source = source,
        EntryChange::Requested(dong) => entry.budget.requested = dong,
        EntryChange::Carry(from) => {
            let from = *from;
            if entry.status == Status::NotReported {
                entry.status = from.status;
            }
            if entry.progress.is_none() {
                entry.progress = from.progress;
            }
            for (mine, theirs) in [
                (&mut entry.done, from.done),
                (&mut entry.obstacles, from.obstacles),
                (&mut entry.proposals, from.proposals),
            ] {
                if mine.trim().is_empty() {
                    *mine = theirs;
                }
            }
        }
    }
}
