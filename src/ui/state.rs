//! The application state and its one door: every change to the workspace goes
//! through [`AppState::dispatch`], applied transactionally; a refused command
//! changes nothing and becomes a notice.

use super::i18n::{self, t, Key};
use super::persist;
use crate::browser;
use crate::domain::number::Marks;
use crate::domain::{Command, Entry, EntryKey, Plan, Profile, Timestamp, Workspace};
use crate::format::{self, DecodeError, Language, Settings};
use leptos::prelude::*;

mod notices;
pub use notices::{Notice, INFORM_FOR};

/// What a change replaced, for Ctrl+Z.
enum UndoStep {
    Entry(EntryKey, Option<Entry>),
    /// The whole workspace before an import: the restore point.
    Workspace(Box<Workspace>),
    /// The plan before an amendment.
    Plan(Box<Plan>),
}

/// How many changes Ctrl+Z can take back.
const UNDO_DEPTH: usize = 100;

/// Where stored data stands; shown as a banner when not `Ok`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Health {
    Ok,
    /// Storage is disabled: the app runs in memory.
    Memory,
    /// The last save did not fit; the edit is only in memory.
    QuotaExceeded,
    /// Stored data was unreadable and set aside under `aside_key`; the app
    /// restarted from the seed (`fresh`) or kept everything else.
    Recovered {
        aside_key: String,
        damage: Unreadable,
        fresh: bool,
    },
    /// The store was unreadable and could not be set aside: it is never written.
    AsideFailed {
        damage: Unreadable,
    },
    /// Another tab runs a newer version of the app: this one stops writing.
    NewerElsewhere,
}

/// The first stored value that could not be read: its key, and why (said
/// in the page's language when shown).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Unreadable {
    pub key: String,
    pub error: DecodeError,
}

impl Unreadable {
    pub fn describe(&self, language: Language) -> String {
        format!("{}: {}", self.key, self.error.describe(language))
    }
}

impl Health {
    /// Whether saving may write the workspace key.
    pub fn may_write(&self) -> bool {
        !matches!(
            self,
            Health::Memory | Health::AsideFailed { .. } | Health::NewerElsewhere
        )
    }
}

/// What the app knows at start, read once by `boot`.
pub struct Loaded {
    pub workspace: Workspace,
    pub settings: Settings,
    pub health: Health,
    /// The stored head as read (empty when nothing was stored).
    pub head: crate::format::store::Head,
    /// What storage lacks of the workspace: the first save writes it.
    pub reach: crate::domain::Reach,
}

#[derive(Clone, Copy)]
pub struct AppState {
    workspace: RwSignal<Workspace>,
    settings: RwSignal<Settings>,
    health: RwSignal<Health>,
    notices: RwSignal<Vec<Notice>>,
    saved_at: RwSignal<Option<Timestamp>>,
    pub(super) persistence: StoredValue<persist::Persistence>,
    /// What each change replaced, newest last (Ctrl+Z).
    undo: StoredValue<Vec<UndoStep>>,
    /// Whether an import can still be taken back.
    restore_point: RwSignal<bool>,
    /// Text typed but not yet committed (a text area waits for a pause in
    /// typing), by field: committed before the page hides.
    drafts: StoredValue<Vec<(String, Callback<()>)>>,
}

impl AppState {
    pub fn new(loaded: Loaded) -> AppState {
        let state = AppState {
            workspace: RwSignal::new(loaded.workspace),
            settings: RwSignal::new(loaded.settings),
            health: RwSignal::new(loaded.health),
            notices: RwSignal::new(Vec::new()),
            saved_at: RwSignal::new(None),
            persistence: StoredValue::new(persist::Persistence::new(loaded.head, loaded.reach)),
            undo: StoredValue::new(Vec::new()),
            restore_point: RwSignal::new(false),
            drafts: StoredValue::new(Vec::new()),
        };
        persist::install(state);
        state
    }

    pub fn workspace(&self) -> ReadSignal<Workspace> {
        self.workspace.read_only()
    }
    pub fn settings(&self) -> ReadSignal<Settings> {
        self.settings.read_only()
    }
    pub fn health(&self) -> ReadSignal<Health> {
        self.health.read_only()
    }
    pub fn notices(&self) -> ReadSignal<Vec<Notice>> {
        self.notices.read_only()
    }
    pub fn saved_at(&self) -> ReadSignal<Option<Timestamp>> {
        self.saved_at.read_only()
    }

    pub fn language(&self) -> Language {
        self.settings.with(|s| s.language)
    }

    /// How the UI's language writes numbers.
    pub fn marks(&self) -> Marks {
        self.language().marks()
    }

    /// The language, without subscribing (markup built outside a view).
    pub fn language_untracked(&self) -> Language {
        self.settings.with_untracked(|s| s.language)
    }

    /// The profile in force; a browser that has not chosen reads only.
    pub fn profile(&self) -> Profile {
        self.settings
            .with(|s| s.profile.clone())
            .unwrap_or(Profile::Leader)
    }

    /// The one door for workspace changes.
    /// Applies `command` (a refusal becomes a notice); whether it changed anything.
    pub fn dispatch(&self, command: Command) -> bool {
        // An edit that leaves the entry as it is (a field typed back to what
        // it held) is not one: no revision, no conflict settled, no undo step.
        if let Command::UpdateEntry { key, change, .. } = &command {
            let unchanged = self.workspace.with_untracked(|w| {
                let current = w.entries.get(key).filter(|e| !e.deleted);
                !change.changes(&current.cloned().unwrap_or_default())
            });
            if unchanged {
                return false;
            }
        }
        let before = match &command {
            Command::UpdateEntry { key, .. } | Command::DeleteEntry { key, .. } => {
                Some(UndoStep::Entry(
                    key.clone(),
                    self.workspace
                        .with_untracked(|w| w.entries.get(key).cloned()),
                ))
            }
            Command::Import { .. } => Some(UndoStep::Workspace(Box::new(
                self.workspace.get_untracked(),
            ))),
            Command::AmendPlan { .. } => Some(UndoStep::Plan(Box::new(
                self.workspace.with_untracked(|w| w.plan.clone()),
            ))),
            _ => None,
        };
        if !self.apply(command) {
            return false;
        }
        if let Some(before) = before {
            if matches!(before, UndoStep::Workspace(_)) {
                self.restore_point.set(true);
            }
            self.undo.update_value(|stack| {
                stack.push(before);
                if stack.len() > UNDO_DEPTH {
                    stack.remove(0);
                }
            });
        }
        true
    }

    /// `field` holds typing not yet committed; `commit` commits it.
    pub fn hold_draft(&self, field: String, commit: Callback<()>) {
        self.drafts.update_value(|drafts| {
            drafts.retain(|(f, _)| *f != field);
            drafts.push((field, commit));
        });
    }

    /// `field` has nothing left to commit.
    pub fn release_draft(&self, field: &str) {
        self.drafts
            .update_value(|drafts| drafts.retain(|(f, _)| f != field));
    }

    /// Commits what every field still holds (the page is going away).
    pub(super) fn commit_drafts(&self) {
        let drafts = self
            .drafts
            .try_update_value(std::mem::take)
            .unwrap_or_default();
        for (_, commit) in drafts {
            commit.run(());
        }
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
            UndoStep::Plan(plan) => Command::RestorePlan { plan },
        };
        if self.apply(command) {
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
                self.inform(self.text(Key::ImportUndone).to_owned());
            }
        }
    }

    pub fn has_restore_point(&self) -> bool {
        self.restore_point.get()
    }

    /// The next sequence number for a file this browser sends (saved at once).
    pub fn next_sequence(&self) -> u64 {
        self.change_settings(|s| s.sent += 1);
        self.settings.with_untracked(|s| s.sent)
    }

    /// Settings restored from a backup replace this browser's.
    pub fn restore_settings(&self, settings: Settings) {
        self.change_settings(|s| *s = settings);
    }

    /// Applies a command transactionally; a refused one becomes a notice.
    fn apply(&self, command: Command) -> bool {
        let profile = self.profile();
        let outcome = self.workspace.try_maybe_update(|workspace| {
            match workspace.apply(&profile, command.clone()) {
                Ok(()) => (true, Ok(())),
                Err(error) => (false, Err(error)),
            }
        });
        match outcome {
            Some(Ok(())) => {
                persist::record(*self, command);
                true
            }
            Some(Err(error)) => {
                self.notify(i18n::command_error(self.language(), &error));
                false
            }
            None => false,
        }
    }

    pub fn set_language(&self, language: Language) {
        self.change_settings(|s| s.language = language);
    }

    pub fn set_profile(&self, profile: Profile) {
        self.change_settings(|s| s.profile = Some(profile));
    }

    fn change_settings(&self, change: impl FnOnce(&mut Settings)) {
        self.settings.update(change);
        let text = format::settings::encode(&self.settings.get_untracked());
        if self.health.with_untracked(Health::may_write)
            && browser::storage::write(super::boot::SETTINGS_KEY, &text).is_err()
        {
            self.notify(self.text(Key::SettingsNotSaved).to_owned());
        }
    }

    pub(super) fn replace_settings(&self, settings: Settings) {
        self.settings.set(settings);
    }

    pub(super) fn set_health(&self, health: Health) {
        if self.health.with_untracked(|h| *h != health) {
            self.health.set(health);
        }
    }

    pub(super) fn set_saved_at(&self, at: Timestamp) {
        self.saved_at.set(Some(at));
    }

    pub(super) fn replace_workspace(&self, workspace: Workspace) {
        self.workspace.set(workspace);
    }

    /// The text for a key in the current language (reactive inside views).
    pub fn text(&self, key: Key) -> &'static str {
        t(self.language(), key)
    }

    /// The text for a key as a view child or attribute that follows the
    /// language. Every call returns the same closure type, so the framework's
    /// render code for it is compiled once, not once per text in the views.
    pub fn tr(self, key: Key) -> impl Fn() -> &'static str + Copy + Send + Sync + 'static {
        move || self.text(key)
    }
}

pub fn use_app() -> AppState {
    expect_context::<AppState>()
}
