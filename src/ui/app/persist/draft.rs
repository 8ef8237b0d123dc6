//! The new plan being reviewed, kept under [`KEY`] after every correction:
//! it survives a reload, a closed tab and a crash, and other tabs follow it.

use crate::browser;
use crate::reader::review;
use crate::reader::Reading;
use crate::ui::app::state::AppState;
use leptos::prelude::WithUntracked;

pub(in crate::ui::app) const KEY: &str = "tiendo.v1.draft";

/// The draft stored, if there is one this version reads.
pub(in crate::ui::app) fn load() -> Option<Reading> {
    browser::storage::read(KEY)
        .ok()
        .flatten()
        .and_then(|text| review::decode(&text))
}

/// Stores the draft (or removes it); a failure is said once per draft.
pub(in crate::ui::app) fn save(state: AppState, draft: Option<&Reading>) {
    if !state.health().with_untracked(|h| h.may_write()) {
        return;
    }
    let written = match draft {
        Some(reading) => browser::storage::write(KEY, &review::encode(reading)),
        None => browser::storage::remove(KEY),
    };
    state.draft_saved(written.map_err(|error| error.describe(state.language_untracked())));
}

/// Another tab changed the draft: follow it.
pub(in crate::ui::app) fn follow(state: AppState, text: Option<String>) {
    state.follow_draft(text.and_then(|t| review::decode(&t)));
}
