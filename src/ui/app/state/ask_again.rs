//! Files an import refused, kept to ask their units again: each with the
//! unit and periods its name gives and the reason in plain words, until the
//! user says it was asked for. Kept for the page's life (the files
//! themselves stay in the user's mailbox).

use super::AppState;
use crate::domain::{Period, UnitId};
use leptos::prelude::*;

/// A refused file to ask for again.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AskAgain {
    pub file: String,
    /// Who sent it, by its content or else by the name Tiến Độ gave it.
    pub unit: Option<UnitId>,
    pub periods: Vec<Period>,
    /// Why it was refused, in the UI's language at the time.
    pub reason: String,
}

impl AppState {
    /// The refused files still to ask for again.
    pub fn to_ask_again(&self) -> ReadSignal<Vec<AskAgain>> {
        self.ask_again.read_only()
    }

    /// Files an import just refused join the list (a file met again replaces
    /// its line).
    pub fn refused_files(&self, files: Vec<AskAgain>) {
        if files.is_empty() {
            return;
        }
        self.ask_again.update(|list| {
            list.retain(|kept| !files.iter().any(|f| f.file == kept.file));
            list.extend(files);
        });
    }

    /// The user asked for `file` again (or let it go).
    pub fn asked_again(&self, file: &str) {
        self.ask_again
            .update(|list| list.retain(|f| f.file != file));
    }
}
