//! Persistence: loading once at start, one debounced save effect flushed when
//! the page hides, setting unreadable data aside, and merging with other tabs.

use super::state::{AppState, Health, Loaded};
use crate::browser::{self, storage::StorageError};
use crate::domain::rebase::rebase;
use crate::domain::{Command, Profile, Workspace};
use crate::format::{self, sample, seed, store};
use leptos::prelude::*;
use std::time::Duration;

pub const WORKSPACE_KEY: &str = "tiendo.v1.workspace";
pub const SETTINGS_KEY: &str = "tiendo.v1.settings";
pub const ASIDE_PREFIX: &str = "tiendo.aside.";
const SAVE_DELAY: Duration = Duration::from_millis(250);

/// Bookkeeping of saves; not reactive.
pub struct Persistence {
    /// Commands applied since the last successful save, replayed onto a newer
    /// store written by another tab.
    pending: Vec<Command>,
    /// The generation of the store we last read or wrote.
    generation: u64,
    dirty: bool,
    timer: Option<TimeoutHandle>,
}

impl Persistence {
    pub fn new(generation: u64, dirty: bool) -> Persistence {
        Persistence {
            pending: Vec::new(),
            generation,
            dirty,
            timer: None,
        }
    }
}

/// The seed plan with the removable sample: what a first run shows.
pub fn fresh_workspace() -> Result<Workspace, format::DecodeError> {
    let mut workspace = Workspace::new(seed::seed_plan()?);
    let entries = sample::sample_entries(&workspace);
    // Loading the sample checks nothing and cannot fail.
    let _ = workspace.apply(&Profile::Leader, Command::LoadSample { entries });
    Ok(workspace)
}

/// Reads storage once. Unreadable data is set aside before anything is written.
pub fn boot() -> Result<Loaded, format::DecodeError> {
    let now = browser::clock::now();
    let settings = browser::storage::read(SETTINGS_KEY)
        .ok()
        .flatten()
        .and_then(|text| format::settings::decode(&text).ok())
        .unwrap_or_default();
    if browser::storage::probe().is_err() {
        return Ok(Loaded {
            workspace: fresh_workspace()?,
            settings,
            health: Health::Memory,
            generation: 0,
            needs_save: false,
        });
    }
    let raw = match browser::storage::read(WORKSPACE_KEY) {
        Ok(raw) => raw,
        Err(_) => {
            return Ok(Loaded {
                workspace: fresh_workspace()?,
                settings,
                health: Health::Memory,
                generation: 0,
                needs_save: false,
            })
        }
    };
    let Some(raw) = raw else {
        return Ok(Loaded {
            workspace: fresh_workspace()?,
            settings,
            health: Health::Ok,
            generation: 0,
            needs_save: true,
        });
    };
    match store::decode(&raw) {
        Ok(stored) => Ok(Loaded {
            workspace: stored.workspace,
            settings,
            health: Health::Ok,
            generation: stored.generation,
            needs_save: stored.read_version != store::VERSION,
        }),
        Err(error) => {
            let detail = error.to_string();
            let aside_key = format!("{ASIDE_PREFIX}{}", now.0);
            let health = match browser::storage::write(&aside_key, &raw) {
                Ok(()) => Health::Recovered { aside_key, detail },
                Err(_) => Health::AsideFailed { detail },
            };
            let needs_save = health.may_write();
            Ok(Loaded {
                workspace: fresh_workspace()?,
                settings,
                health,
                generation: 0,
                needs_save,
            })
        }
    }
}

/// The persistence effect and the page listeners: installed once by `AppState::new`.
pub fn install(state: AppState) {
    let workspace = state.workspace();
    Effect::new(move |_| {
        workspace.track();
        let dirty = state.persistence.with_value(|p| p.dirty);
        if dirty {
            schedule(state);
        }
    });
    let on_hide = browser::page::on_hide(move || flush(state));
    let on_storage = browser::page::on_storage_change(move |change| match change.key.as_deref() {
        Some(WORKSPACE_KEY) => {
            if let Some(text) = change.new_value {
                adopt(state, &text);
            }
        }
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
        state.notify(format!("Không theo dõi được sự kiện trang: {error}"));
    }
}

/// Called by `dispatch` after a command applied.
pub fn record(state: AppState, command: Command) {
    state.persistence.update_value(|p| {
        p.pending.push(command);
        p.dirty = true;
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
    let dirty = state.persistence.with_value(|p| p.dirty);
    if !dirty || !state.health().with_untracked(Health::may_write) {
        return;
    }
    browser::clock::start_span("tiendo-save");
    write_store(state);
    browser::clock::end_span("tiendo-save");
}

fn write_store(state: AppState) {
    let ours = state.persistence.with_value(|p| p.generation);
    let stored = browser::storage::read(WORKSPACE_KEY).ok().flatten();
    let unchanged = stored.as_deref().and_then(store::peek_generation) == Some(ours);
    if let Some(text) = stored.filter(|_| !unchanged) {
        match store::decode(&text) {
            Ok(stored) if stored.generation > ours => {
                rebase_onto(state, stored.workspace, stored.generation);
            }
            Ok(_) => {}
            // A newer app version wrote it (another tab, after an update): never overwrite.
            Err(format::DecodeError::NewerVersion { .. }) => {
                state.set_health(Health::NewerElsewhere);
                return;
            }
            // Damaged since we last read it: keep it aside before writing ours.
            Err(error) => {
                let aside_key = format!("{ASIDE_PREFIX}{}", browser::clock::now().0);
                if browser::storage::write(&aside_key, &text).is_err() {
                    state.set_health(Health::AsideFailed {
                        detail: error.to_string(),
                    });
                    return;
                }
                state.notify(format!(
                    "{} {aside_key}",
                    state.text(super::i18n::Key::SetAside)
                ));
            }
        }
    }
    let now = browser::clock::now();
    let generation = state.persistence.with_value(|p| p.generation) + 1;
    let text = state
        .workspace()
        .with_untracked(|workspace| store::encode(workspace, generation, now));
    match browser::storage::write(WORKSPACE_KEY, &text) {
        Ok(()) => {
            state.persistence.update_value(|p| {
                p.pending.clear();
                p.dirty = false;
                p.generation = generation;
                p.timer = None;
            });
            state.set_saved_at(now);
            if state
                .health()
                .with_untracked(|h| *h == Health::QuotaExceeded)
            {
                state.set_health(Health::Ok);
            }
        }
        Err(StorageError::QuotaExceeded) => state.set_health(Health::QuotaExceeded),
        Err(StorageError::Unavailable(_)) => state.set_health(Health::Memory),
        Err(StorageError::Failed(failure)) => state.notify(format!("Không lưu được: {failure}")),
    }
}

/// Another tab saved: take its store and replay what we have not saved yet.
fn adopt(state: AppState, text: &str) {
    let Ok(stored) = store::decode(text) else {
        return;
    };
    let ours = state.persistence.with_value(|p| p.generation);
    if stored.generation <= ours {
        return;
    }
    rebase_onto(state, stored.workspace, stored.generation);
    state.notify(state.text(super::i18n::Key::HealthOtherTab).to_owned());
}

fn rebase_onto(state: AppState, base: Workspace, generation: u64) {
    let pending = state.persistence.with_value(|p| p.pending.clone());
    let (merged, refused) = rebase(base, &pending, &state.profile());
    state.persistence.update_value(|p| {
        p.generation = generation;
        p.pending
            .retain(|command| !refused.iter().any(|(c, _)| c == command));
        p.dirty = !p.pending.is_empty();
    });
    for (_, error) in refused {
        state.notify(super::i18n::command_error(state.language(), &error));
    }
    state.replace_workspace(merged);
}
