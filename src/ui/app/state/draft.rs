//! The new plan under review: its one door. Every correction goes through
//! [`AppState::edit_draft`], applied whole or refused with a notice; each is
//! stored at once and can be taken back.

use super::AppState;
use crate::reader::review::{Applied, Edit};
use crate::reader::Reading;
use crate::ui::app::persist;
use leptos::prelude::*;

/// How many corrections can be taken back.
const UNDO_DEPTH: usize = 100;

impl AppState {
    /// The plan being reviewed, if any.
    pub fn draft(&self) -> ReadSignal<Option<Reading>> {
        self.draft.read_only()
    }

    /// A new reading (or a blank plan) replaces the draft.
    pub fn start_draft(&self, reading: Reading) {
        self.change_draft(Some(reading));
    }

    /// Applies a correction; a refused one becomes a notice. What it made,
    /// if it applied.
    pub fn edit_draft(&self, edit: Edit) -> Option<Applied> {
        let mut reading = self.draft.get_untracked()?;
        match reading.apply(edit) {
            Ok(applied) => {
                self.change_draft(Some(reading));
                Some(applied)
            }
            Err(error) => {
                self.notify(error.describe(self.language_untracked()));
                None
            }
        }
    }

    /// The draft goes (discarded, or made into the plan); undo brings it back.
    pub fn drop_draft(&self) {
        self.change_draft(None);
    }

    /// Whether a correction can be taken back.
    pub fn can_undo_draft(&self) -> Signal<bool> {
        let depth = self.draft_undo_depth;
        Signal::derive(move || depth.get() > 0)
    }

    /// Takes the last correction back.
    pub fn undo_draft(&self) {
        let Some(previous) = self.draft_undo.try_update_value(Vec::pop).flatten() else {
            return;
        };
        self.draft_undo_depth
            .set(self.draft_undo.with_value(Vec::len));
        self.draft.set(previous);
        persist::draft::save(*self, self.draft.read_untracked().as_ref());
    }

    fn change_draft(&self, next: Option<Reading>) {
        let previous = self.draft.get_untracked();
        self.draft_undo.update_value(|undo| {
            undo.push(previous);
            if undo.len() > UNDO_DEPTH {
                undo.remove(0);
            }
        });
        self.draft_undo_depth
            .set(self.draft_undo.with_value(Vec::len));
        self.draft.set(next);
        persist::draft::save(*self, self.draft.read_untracked().as_ref());
    }

    /// What persistence says of the last write: a failure is said once.
    pub(in crate::ui::app) fn draft_saved(&self, outcome: Result<(), String>) {
        match outcome {
            Ok(()) => self.draft_unsaved.set_value(false),
            Err(why) => {
                if !self.draft_unsaved.get_value() {
                    self.draft_unsaved.set_value(true);
                    self.notify(crate::ui::i18n::draft_unsaved(
                        self.language_untracked(),
                        &why,
                    ));
                }
            }
        }
    }

    /// Another tab changed the draft: this tab shows the same, and its
    /// undo steps (made on another draft) go.
    pub(in crate::ui::app) fn follow_draft(&self, draft: Option<Reading>) {
        self.draft_undo.set_value(Vec::new());
        self.draft_undo_depth.set(0);
        self.draft.set(draft);
    }
}
