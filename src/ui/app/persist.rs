//! Persistence after start (see `boot` for the start): one debounced save
//! effect flushed when the page hides, saves that land whole or not at all,
//! and merging with what other tabs saved.

use crate::browser::{self, storage::StorageError};
use crate::domain::{Command, Reach};
use crate::format::store::{Damaged, Head};
use crate::format::{self, store};
use crate::ui::app::boot::{read_key, set_aside, stored_parts, SETTINGS_KEY};
use crate::ui::app::state::{AppState, Health};
use leptos::prelude::*;
use std::time::Duration;
use tabs::{adopt, take_newer};

pub(in crate::ui) mod aside;
pub(in crate::ui::app) mod draft;
pub(in crate::ui) mod shelf;
mod tabs;

const SAVE_DELAY: Duration = Duration::from_millis(250);

/// Bookkeeping of saves; not reactive.
pub struct Persistence {
    /// Commands applied since the last successful save, replayed onto a newer
    /// store written by another tab.
    pending: Vec<Command>,
    /// The stored head as we last read or wrote it.
    head: Head,
    /// What changed since the last successful save: what the next one writes.
    reach: Reach,
    timer: Option<TimeoutHandle>,
}

impl Persistence {
    pub fn new(head: Head, reach: Reach) -> Persistence {
        Persistence {
            pending: Vec::new(),
            head,
            reach,
            timer: None,
        }
    }

    fn dirty(&self) -> bool {
        !self.reach.is_nothing()
    }
}

/// The persistence effect and the page listeners: installed once by `AppState::new`.
pub fn install(state: AppState) {
    let workspace = state.workspace();
    Effect::new(move |_| {
        workspace.track();
        let dirty = state.persistence.with_value(Persistence::dirty);
        if dirty {
            schedule(state);
        }
    });
    // Typing a text area has not committed yet goes in before the write.
    let on_hide = browser::page::on_hide(move || {
        state.commit_drafts();
        flush(state);
    });
    let on_storage = browser::page::on_storage_change(move |change| match change.key.as_deref() {
        Some(store::HEAD_KEY) => {
            if let Some(text) = change.new_value {
                adopt(state, &text);
            }
        }
        Some(key) if key.starts_with(format::shelf::PREFIX) => shelf::refresh(state),
        Some(draft::KEY) => draft::follow(state, change.new_value),
        Some(SETTINGS_KEY) => {
            if let Some(settings) = change
                .new_value
                .and_then(|t| format::settings::decode(&t).ok())
            {
                state.replace_settings(settings);
            }
        }
        _ => {}
    });
    if let Err(error) = on_hide.and(on_storage) {
        state.notify(crate::ui::i18n::page_events_failed(
            state.language_untracked(),
            &error.to_string(),
        ));
    }
    // The plans put away and the storage used, read once at start.
    shelf::refresh(state);
}

/// Whether everything applied is in storage.
pub fn saved(state: AppState) -> bool {
    !state.persistence.with_value(Persistence::dirty)
}

/// Called by `dispatch` after a command applied.
pub fn record(state: AppState, command: Command) {
    state.persistence.update_value(|p| {
        p.reach.add(command.reach());
        p.pending.push(command);
    });
}

fn schedule(state: AppState) {
    if let Some(previous) = state.persistence.with_value(|p| p.timer) {
        previous.clear();
    }
    match set_timeout_with_handle(move || flush(state), SAVE_DELAY) {
        Ok(handle) => state.persistence.update_value(|p| p.timer = Some(handle)),
        Err(_) => flush(state),
    }
}

/// Writes the workspace now if anything is unsaved. If another tab saved since
/// we last read, its store becomes the base and our pending commands replay on it.
pub fn flush(state: AppState) {
    let dirty = state.persistence.with_value(Persistence::dirty);
    if !dirty || !state.health().with_untracked(Health::may_write) {
        return;
    }
    browser::clock::start_span("tiendo-save");
    write_store(state);
    browser::clock::end_span("tiendo-save");
}

/// Brings our view of storage up to date before writing: merges what another
/// tab saved since, refuses to write over a newer app version, and sets aside
/// a head damaged since we read it. Returns false when nothing may be written.
fn catch_up(state: AppState) -> bool {
    let ours = state.persistence.with_value(|p| p.head.generation);
    let Some(text) = read_key(store::HEAD_KEY) else {
        if ours > 0 {
            // Cleared behind our back: write everything again.
            state
                .persistence
                .update_value(|p| p.reach = Reach::Everything);
        }
        return true;
    };
    if store::peek_generation(&text) == Some(ours) {
        return true;
    }
    match store::read_head(&text) {
        Ok(head) => {
            if !take_newer(state, head) {
                // Older than ours (storage rolled back): ours replaces it whole.
                state
                    .persistence
                    .update_value(|p| p.reach = Reach::Everything);
            }
        }
        // A newer app version wrote it (another tab, after an update): never overwrite.
        Err(format::DecodeError::NewerVersion { .. }) => {
            state.set_health(Health::NewerElsewhere);
            return false;
        }
        // Damaged since we last read it: keep it aside before writing ours.
        Err(error) => {
            let damaged = Damaged {
                key: store::HEAD_KEY.to_owned(),
                text,
                error,
            };
            match set_aside(&[damaged], false) {
                Health::Recovered { aside_key, .. } => state.notify(crate::ui::i18n::set_aside(
                    state.language_untracked(),
                    &aside_key,
                )),
                failed => {
                    state.set_health(failed);
                    return false;
                }
            }
            state
                .persistence
                .update_value(|p| p.reach = Reach::Everything);
        }
    }
    true
}

fn write_store(state: AppState) {
    if !catch_up(state) {
        return;
    }
    let now = browser::clock::now();
    let everything = state
        .persistence
        .with_value(|p| p.reach == Reach::Everything);
    let stray = if everything {
        stored_parts()
    } else {
        Vec::new()
    };
    let save = state.persistence.with_value(|p| {
        state.workspace().with_untracked(|workspace| {
            store::save(
                workspace,
                &p.head,
                &p.reach,
                &stray,
                p.head.generation + 1,
                now,
            )
        })
    });
    // What each key held before, to put back if a write fails: a save lands
    // whole or not at all.
    let mut undo: Vec<(&str, Option<String>)> = Vec::with_capacity(save.writes.len());
    for (key, value) in &save.writes {
        let before = read_key(key);
        let written = match value {
            Some(text) => browser::storage::write(key, text),
            None => browser::storage::remove(key),
        };
        let Err(error) = written else {
            undo.push((key, before));
            continue;
        };
        for (key, before) in undo.into_iter().rev() {
            // Each value fitted before this save, so putting it back fits.
            let _ = match before {
                Some(text) => browser::storage::write(key, &text),
                None => browser::storage::remove(key),
            };
        }
        return match error {
            StorageError::QuotaExceeded => state.set_health(Health::QuotaExceeded),
            StorageError::Unavailable(_) => state.set_health(Health::Memory),
            StorageError::Failed(failure) => state.notify(crate::ui::i18n::not_saved(
                state.language_untracked(),
                &failure.to_string(),
            )),
            // The crash notice already says what to do: reload.
            StorageError::Crashed => {}
        };
    }
    state.persistence.update_value(|p| {
        p.pending.clear();
        p.reach = Reach::nothing();
        p.head = save.head;
        p.timer = None;
    });
    state.set_saved_at(now);
    measure(state);
    if state
        .health()
        .with_untracked(|h| matches!(h, Health::QuotaExceeded | Health::Full))
    {
        state.set_health(Health::Ok);
    }
}

/// Measures how much of the origin's storage is used (the settings' meter,
/// the warning as it fills up).
pub(in crate::ui) fn measure(state: AppState) {
    state.set_usage(browser::storage::used_units().ok());
}

/// Writes the settings as they now are; a notice when they cannot be.
pub(in crate::ui) fn save_settings(state: AppState) {
    let text = format::settings::encode(&state.settings().get_untracked());
    if state.health().with_untracked(Health::may_write)
        && browser::storage::write(SETTINGS_KEY, &text).is_err()
    {
        state.notify(
            state
                .text(crate::ui::i18n::Key::SettingsNotSaved)
                .to_owned(),
        );
    }
}

/// Asks the browser to keep this site's storage; the answer lands in `kept`.
pub(in crate::ui) fn keep(state: AppState) {
    let kept = state.kept();
    leptos::task::spawn_local(async move {
        if let Some(answer) = browser::storage::keep().await {
            kept.set(Some(answer));
        }
    });
}

/// Asks the browser again whether it keeps this site's storage.
pub(in crate::ui) fn ask_kept(state: AppState) {
    let kept = state.kept();
    leptos::task::spawn_local(async move {
        if let Some(answer) = browser::storage::kept().await {
            kept.set(Some(answer));
        }
    });
}

/// UTF-16 units the app's own keys hold (what freeing space from the app
/// itself could gain).
pub(in crate::ui) fn app_units() -> usize {
    browser::storage::units_with_prefix("tiendo.").unwrap_or(0)
}
