//! The plan's revision as the monitoring unit makes it: amendments made
//! before the plan file goes out join one revision; the file going out
//! closes it. Which revision is open (made here, not yet sent) is kept in the
//! settings, so a reload or a second tab knows it too.

use super::AppState;
use crate::domain::plan::PlanChange;
use crate::domain::{Command, Plan, Revision};
use crate::format::settings::OpenRevision;
use leptos::prelude::*;

impl AppState {
    /// Amends the plan, in the open revision if there is one, else in a new
    /// one that stays open until sent. A refusal in words, for the form.
    pub fn amend_plan(&self, change: PlanChange) -> Result<bool, String> {
        let revision = self.joining();
        let done = self.submit(Command::AmendPlan { change, revision })?;
        if done {
            self.opened();
        }
        Ok(done)
    }

    /// The command that puts `plan` back (undo), in the open revision if
    /// there is one.
    pub(super) fn restore_plan(&self, plan: Box<Plan>) -> Command {
        Command::RestorePlan {
            plan,
            revision: self.joining(),
        }
    }

    /// The plan's revision this browser made and has not sent, if the open
    /// plan has one.
    pub fn unsent_revision(&self) -> Signal<Option<u32>> {
        let state = *self;
        Signal::derive(move || {
            let current = state.workspace.with(current_revision);
            state
                .settings
                .with(|s| s.open_revision.as_ref() == Some(&current))
                .then_some(current.revision)
        })
    }

    /// The open plan's current revision went out in a plan file: the next
    /// change opens another.
    pub fn plan_sent(&self) {
        if self.is_open() {
            self.change_settings(|s| s.open_revision = None);
        }
    }

    /// A plan made here that nobody has yet (a new plan): its first
    /// revision stays open until sent.
    pub fn plan_made_here(&self) {
        self.opened();
    }

    fn joining(&self) -> Revision {
        if self.is_open() {
            Revision::Open
        } else {
            Revision::Next
        }
    }

    /// After a change made here: the plan's current revision is open.
    pub(super) fn opened(&self) {
        if !self.is_open() {
            let current = self.workspace.with_untracked(current_revision);
            self.change_settings(|s| s.open_revision = Some(current));
        }
    }

    /// Whether the open plan's current revision is the one made here and not sent.
    fn is_open(&self) -> bool {
        let current = self.workspace.with_untracked(current_revision);
        self.settings
            .with_untracked(|s| s.open_revision.as_ref() == Some(&current))
    }
}

/// The open plan's current revision, as the settings name an open one.
fn current_revision(workspace: &crate::domain::Workspace) -> OpenRevision {
    OpenRevision {
        plan: workspace.plan.id.clone(),
        revision: workspace.plan.revision,
    }
}
