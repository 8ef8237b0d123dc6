//! Ctrl+Z: what each change replaced, kept in memory (an entry, the plan
//! before an amendment, the whole workspace before an import: the restore
//! point), put back as a new command.

use super::AppState;
use crate::browser;
use crate::domain::{Command, Entry, EntryKey, Plan, Workspace};
use crate::ui::i18n::Key;
use leptos::prelude::*;

/// How many changes Ctrl+Z can take back.
const UNDO_DEPTH: usize = 100;

/// What a change replaced, for Ctrl+Z.
pub(super) enum UndoStep {
    Entry(EntryKey, Option<Entry>),
    /// The whole workspace before an import: the restore point.
    Workspace(Box<Workspace>),
    /// The plan before an amendment.
    Plan(Box<Plan>),
}

impl UndoStep {
    /// What `command` would replace in `workspace`, if it can be undone.
    pub(super) fn before(workspace: &Workspace, command: &Command) -> Option<UndoStep> {
        match command {
            Command::UpdateEntry { key, .. } | Command::DeleteEntry { key, .. } => Some(
                UndoStep::Entry(key.clone(), workspace.entries.get(key).cloned()),
            ),
            Command::Import { .. } => Some(UndoStep::Workspace(Box::new(workspace.clone()))),
            Command::AmendPlan { .. } => Some(UndoStep::Plan(Box::new(workspace.plan.clone()))),
            _ => None,
        }
    }
}

impl AppState {
    /// Keeps `step` for Ctrl+Z (the oldest goes past the depth).
    pub(super) fn remember(&self, step: UndoStep) {
        if matches!(step, UndoStep::Workspace(_)) {
            self.restore_point.set(true);
        }
        self.undo.update_value(|stack| {
            stack.push(step);
            if stack.len() > UNDO_DEPTH {
                stack.remove(0);
            }
        });
    }

    /// Puts back what the last change replaced (Ctrl+Z).
    pub fn undo(&self) {
        let Some(step) = self.undo.try_update_value(|stack| stack.pop()).flatten() else {
            self.inform(self.text(Key::NothingToUndo).to_owned());
            return;
        };
        self.restore_point.set(
            self.undo
                .with_value(|s| s.iter().any(|step| matches!(step, UndoStep::Workspace(_)))),
        );
        let command = match step {
            UndoStep::Entry(key, previous) => Command::RestoreEntry {
                key,
                previous,
                at: browser::clock::now(),
            },
            UndoStep::Workspace(workspace) => Command::Restore { workspace },
            UndoStep::Plan(plan) => self.restore_plan(plan),
        };
        let whole = matches!(command, Command::Restore { .. });
        let plan = matches!(command, Command::RestorePlan { .. });
        if self.apply(command) {
            if whole {
                self.drop_open_copy();
            }
            if plan {
                self.opened();
            }
            self.inform(self.text(Key::Undone).to_owned());
        }
    }

    /// Goes back to the state before the last import, and drops the changes made since.
    pub fn undo_import(&self) {
        let found = self.undo.try_update_value(|stack| {
            let at = stack
                .iter()
                .rposition(|step| matches!(step, UndoStep::Workspace(_)))?;
            stack.drain(at..).next()
        });
        self.restore_point.set(false);
        if let Some(Some(UndoStep::Workspace(workspace))) = found {
            if self.apply(Command::Restore { workspace }) {
                self.drop_open_copy();
                self.inform(self.text(Key::ImportUndone).to_owned());
            }
        }
    }

    /// Drops every step: they belong to a plan no longer open.
    pub(super) fn forget_undo(&self) {
        self.undo.update_value(Vec::clear);
        self.restore_point.set(false);
    }

    pub fn has_restore_point(&self) -> bool {
        self.restore_point.get()
    }
}
