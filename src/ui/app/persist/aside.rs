//! Stored data that could not be read, kept verbatim under
//! `tiendo.aside.<time>` (`boot::set_aside`): listed in Settings, downloaded
//! for whoever can mend it, deleted when the user says so.

use crate::browser;
use crate::ui::app::boot::ASIDE_PREFIX;

/// The keys of the data set aside, oldest first.
pub(in crate::ui) fn keys() -> Vec<String> {
    browser::storage::keys_with_prefix(ASIDE_PREFIX).unwrap_or_default()
}

/// What is kept under `key`, as it was found.
pub(in crate::ui) fn read(key: &str) -> String {
    browser::storage::read(key)
        .ok()
        .flatten()
        .unwrap_or_default()
}

/// Deletes what is kept under `key`; whether it went.
pub(in crate::ui) fn remove(key: &str) -> bool {
    browser::storage::remove(key).is_ok()
}
