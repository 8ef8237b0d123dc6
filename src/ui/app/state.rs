//! The application state and its one door: every change to the workspace goes
//! through [`AppState::dispatch`], applied transactionally; a refused command
//! changes nothing and becomes a notice.

use crate::domain::number::Marks;
use crate::domain::{Command, PlanId, Profile, Timestamp, Workspace};
use crate::format::{DecodeError, Language, Settings};
use crate::ui::app::persist;
use crate::ui::i18n::{t, Key};
use leptos::prelude::*;

mod ask_again;
mod draft;
mod notices;
mod revision;
mod shelf;
mod undo;
pub use ask_again::AskAgain;
pub use notices::{Notice, INFORM_FOR};
pub use shelf::Shelved;
use undo::UndoStep;

/// Where stored data stands; shown as a banner when not `Ok`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Health {
    Ok,
    /// Storage is disabled: the app runs in memory.
    Memory,
    /// The last save did not fit; the edit is only in memory.
    QuotaExceeded,
    /// Storage was full at start-up: what is stored was read and is open,
    /// but a new change cannot be saved until space is freed.
    Full,
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
    /// Another tab opened another plan and this tab's unsaved work could not
    /// be put onto its own: this one stops writing and keeps it in memory.
    PlanElsewhere,
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
            Health::Memory
                | Health::AsideFailed { .. }
                | Health::NewerElsewhere
                | Health::PlanElsewhere
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
    pub(in crate::ui::app) persistence: StoredValue<persist::Persistence>,
    /// What each change replaced, newest last (Ctrl+Z).
    undo: StoredValue<Vec<UndoStep>>,
    /// Whether an import can still be taken back.
    restore_point: RwSignal<bool>,
    /// Text typed but not yet committed (a text area waits for a pause in
    /// typing), by field: committed before the page hides.
    drafts: StoredValue<Vec<(String, Callback<()>)>>,
    /// The plans put away, each key with its label, as persistence last
    /// read them (`persist::shelf::refresh`): the lists follow it.
    shelf: RwSignal<
        Vec<(
            String,
            Result<crate::format::shelf::Label, crate::format::DecodeError>,
        )>,
    >,
    /// UTF-16 units this origin's storage holds, as persistence last
    /// measured them (after each save and each change to the shelf).
    usage: RwSignal<Option<usize>>,
    /// The open plan's id: what follows it does not rerun on every edit.
    plan: Memo<PlanId>,
    /// Whether the browser agreed to keep this site's storage (`None`: not
    /// known yet). Asked at the first real change of a page, not on load.
    kept: RwSignal<Option<bool>>,
    asked_to_keep: StoredValue<bool>,
    /// The new plan under review (`state::draft`), as stored.
    draft: RwSignal<Option<crate::reader::Reading>>,
    /// What each correction replaced, newest last.
    draft_undo: StoredValue<Vec<Option<crate::reader::Reading>>>,
    draft_undo_depth: RwSignal<usize>,
    /// Whether the last write of the draft failed (said once).
    draft_unsaved: StoredValue<bool>,
    /// Files imports refused, to ask their units for again.
    ask_again: RwSignal<Vec<AskAgain>>,
}

impl AppState {
    pub fn new(loaded: Loaded) -> AppState {
        let workspace = RwSignal::new(loaded.workspace);
        let state = AppState {
            workspace,
            settings: RwSignal::new(loaded.settings),
            health: RwSignal::new(loaded.health),
            notices: RwSignal::new(Vec::new()),
            saved_at: RwSignal::new((loaded.head.saved_at.0 > 0).then_some(loaded.head.saved_at)),
            persistence: StoredValue::new(persist::Persistence::new(loaded.head, loaded.reach)),
            undo: StoredValue::new(Vec::new()),
            restore_point: RwSignal::new(false),
            drafts: StoredValue::new(Vec::new()),
            kept: RwSignal::new(None),
            asked_to_keep: StoredValue::new(false),
            shelf: RwSignal::new(Vec::new()),
            usage: RwSignal::new(None),
            plan: Memo::new(move |_| workspace.with(|w| w.plan.id.clone())),
            draft: RwSignal::new(persist::draft::load()),
            draft_undo: StoredValue::new(Vec::new()),
            draft_undo_depth: RwSignal::new(0),
            draft_unsaved: StoredValue::new(false),
            ask_again: RwSignal::new(Vec::new()),
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
        self.submit(command).unwrap_or_else(|refusal| {
            self.notify(refusal);
            false
        })
    }

    /// Like [`AppState::dispatch`], but a refusal comes back as its words
    /// for the form that asked, to say beside its fields. `Ok(false)`: there
    /// was nothing to change.
    pub fn submit(&self, command: Command) -> Result<bool, String> {
        // An edit that leaves the entry as it is (a field typed back to what
        // it held) is not one: no revision, no conflict settled, no undo step.
        if let Command::UpdateEntry { key, change, .. } = &command {
            let unchanged = self.workspace.with_untracked(|w| {
                let current = w.entries.get(key).filter(|e| !e.deleted);
                !change.changes(&current.cloned().unwrap_or_default())
            });
            if unchanged {
                return Ok(false);
            }
        }
        // The sample coming and going is no work of the user's.
        let real = !matches!(command, Command::LoadSample { .. } | Command::RemoveSample);
        let before = self
            .workspace
            .with_untracked(|w| UndoStep::before(w, &command));
        if !self.attempt(command)? {
            return Ok(false);
        }
        if let Some(before) = before {
            self.remember(before);
        }
        if real {
            self.ask_to_keep();
        }
        Ok(true)
    }

    /// The first real change of a page asks the browser to keep the site's
    /// storage (not on load: browsers grant it to sites in use).
    fn ask_to_keep(&self) {
        if self.asked_to_keep.get_value() {
            return;
        }
        self.asked_to_keep.set_value(true);
        persist::keep(*self);
    }

    /// Whether the browser keeps this site's storage, once known.
    pub fn kept(&self) -> RwSignal<Option<bool>> {
        self.kept
    }

    /// A backup of everything was just downloaded.
    pub fn note_backup(&self, at: Timestamp) {
        self.change_settings(|s| s.backup_at = Some(at));
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
    pub(in crate::ui) fn commit_drafts(&self) {
        let drafts = self
            .drafts
            .try_update_value(std::mem::take)
            .unwrap_or_default();
        for (_, commit) in drafts {
            commit.try_run(());
        }
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
        self.attempt(command).unwrap_or_else(|refusal| {
            self.notify(refusal);
            false
        })
    }

    /// Applies `command` and saves it; a refusal in words. `Ok(false)`: the
    /// state is gone (the page is closing).
    fn attempt(&self, command: Command) -> Result<bool, String> {
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
                Ok(true)
            }
            Some(Err(error)) => Err(error.describe(self.language())),
            None => Ok(false),
        }
    }

    pub fn set_language(&self, language: Language) {
        self.change_settings(|s| s.language = language);
    }

    pub fn set_profile(&self, profile: Profile) {
        self.change_settings(|s| s.profile = Some(profile));
    }

    /// Changes the settings and saves them at once (they are small).
    fn change_settings(&self, change: impl FnOnce(&mut Settings)) {
        self.settings.update(change);
        persist::save_settings(*self);
    }

    /// How many UTF-16 units this origin's storage holds, once measured.
    pub fn usage(&self) -> ReadSignal<Option<usize>> {
        self.usage.read_only()
    }

    // What only persistence writes: settings and the workspace another tab
    // saved, the state of storage, when it last saved, what it measured.

    pub(in crate::ui::app) fn replace_settings(&self, settings: Settings) {
        self.settings.set(settings);
    }

    pub(in crate::ui::app) fn set_health(&self, health: Health) {
        if self.health.with_untracked(|h| *h != health) {
            self.health.set(health);
        }
    }

    pub(in crate::ui::app) fn set_saved_at(&self, at: Timestamp) {
        self.saved_at.set(Some(at));
    }

    pub(in crate::ui::app) fn set_usage(&self, units: Option<usize>) {
        self.usage.set(units);
    }

    /// The second way to replace the workspace, besides `dispatch`: what
    /// another tab saved, rebuilt with this tab's unsaved commands.
    pub(in crate::ui::app) fn replace_workspace(&self, workspace: Workspace) {
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
