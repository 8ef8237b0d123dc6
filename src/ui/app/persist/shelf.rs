//! The shelf in storage (`format::shelf`): each plan put away under its own
//! key. The state's shelf methods read, write and remove through here, and
//! the list the screens show is read here, into the state, once per change.

use crate::browser::{self, storage::StorageError};
use crate::format::shelf;
use crate::ui::app::state::AppState;
use leptos::prelude::untrack;

/// Reads the plans put away into the state's list (at start, after a change
/// here, and when another tab changed one), with how much storage is used.
pub(in crate::ui) fn refresh(state: AppState) {
    let mut keys = browser::storage::keys_with_prefix(shelf::PREFIX).unwrap_or_default();
    crate::domain::sort::sort(&mut keys);
    let list = keys
        .into_iter()
        .filter_map(|key| {
            // The label is the first line: the packed plan after it stays in
            // the browser.
            let line = browser::storage::read_first_line(&key).ok().flatten()?;
            Some((key, shelf::label(&line)))
        })
        .collect();
    state.set_shelf(list);
    super::measure(state);
}

/// A plan put away, as stored.
pub(in crate::ui) fn read(key: &str) -> Option<String> {
    browser::storage::read(key).ok().flatten()
}

/// Whether a plan is stored under `key`.
pub(in crate::ui) fn holds(key: &str) -> bool {
    matches!(browser::storage::read(key), Ok(Some(_)))
}

/// Stores a plan put away; whether it was written.
pub(in crate::ui) fn write(key: &str, text: &str) -> bool {
    browser::storage::write(key, text).is_ok()
}

/// Removes a plan put away.
pub(in crate::ui) fn remove(key: &str) -> Result<(), StorageError> {
    browser::storage::remove(key)
}

/// The unit directories of the plans put away, the latest issued first: what a new
/// plan's units are matched against after the open plan's. A plan that
/// cannot be read gives none.
pub(in crate::ui) fn directories(state: AppState) -> Vec<crate::domain::Directory> {
    untrack(|| state.shelved())
        .into_iter()
        .filter_map(|shelved| read(&shelved.key))
        .filter_map(|text| shelf::decode(&text).ok())
        .map(|workspace| workspace.plan.directory)
        .collect()
}
