//! Other plans this browser holds (`format::shelf`): the list, opening one in
//! the open plan's place (the open one is put away first, so nothing is
//! lost), its backup, removing one, and following another tab that opened one.

use super::AppState;
use crate::browser;
use crate::domain::rebase::rebase;
use crate::domain::{Command, PlanId, Workspace};
use crate::format::{seed, shelf, DecodeError};
use crate::ui::app::persist;
use crate::ui::i18n::{self, Key};
use leptos::prelude::*;

/// One shelved plan as the list shows it: its label, or why it cannot be read.
#[derive(Clone, Debug, PartialEq)]
pub struct Shelved {
    pub key: String,
    pub label: Result<shelf::Label, String>,
}

impl Shelved {
    /// The plan's id, from its label or else its key.
    pub fn plan(&self) -> Option<PlanId> {
        match &self.label {
            Ok(label) => Some(label.plan.clone()),
            Err(_) => PlanId::new(self.key.strip_prefix(shelf::PREFIX)?).ok(),
        }
    }
}

impl AppState {
    /// The keys of the plans put away, except the open one's (a copy of it
    /// may linger if a save failed). Follows changes to the shelf and to
    /// which plan is open, not every edit.
    fn shelf_keys(&self) -> Vec<String> {
        let open = self.plan.with(shelf::key);
        self.shelf.with(|list| {
            list.iter()
                .map(|(key, _)| key.clone())
                .filter(|key| *key != open)
                .collect()
        })
    }

    /// The plans put away in this browser, the latest issued first.
    pub fn shelved(&self) -> Vec<Shelved> {
        let language = self.language();
        let open = self.plan.with(shelf::key);
        let mut list: Vec<Shelved> = self.shelf.with(|list| {
            list.iter()
                .filter(|(key, _)| *key != open)
                .map(|(key, label)| Shelved {
                    key: key.clone(),
                    label: label.clone().map_err(|e| e.describe(language)),
                })
                .collect()
        });
        crate::domain::sort::sort_by_cached_key(&mut list, |s| {
            s.label
                .as_ref()
                .map(|l| (std::cmp::Reverse(l.date), l.number.clone()))
                .ok()
        });
        list
    }

    /// The plans put away as persistence last read them.
    pub(in crate::ui::app) fn set_shelf(
        &self,
        list: Vec<(String, Result<shelf::Label, DecodeError>)>,
    ) {
        self.shelf.set(list);
    }

    /// How many plans are put away besides the open one (follows changes).
    pub fn shelved_count(&self) -> usize {
        self.shelf_keys().len()
    }

    /// The ids of the plans put away besides the open one, without subscribing.
    pub fn shelved_ids(&self) -> Vec<PlanId> {
        untrack(|| self.shelf_keys())
            .iter()
            .filter_map(|key| PlanId::new(key.strip_prefix(shelf::PREFIX)?).ok())
            .collect()
    }

    /// A shelved plan's number ("12/KH-UBND"), or its id when its label is unreadable.
    pub fn shelved_number(&self, plan: &PlanId) -> String {
        let key = shelf::key(plan);
        self.shelf
            .with_untracked(|list| {
                list.iter()
                    .find(|(k, _)| *k == key)
                    .and_then(|(_, label)| label.as_ref().ok())
                    .map(|label| label.number.clone())
            })
            .unwrap_or_else(|| plan.to_string())
    }

    /// Whether the open plan holds work another plan taking its place would lose.
    fn open_plan_holds_work(&self) -> bool {
        let seed = seed::seed_plan().ok();
        self.workspace
            .with_untracked(|w| seed.is_none_or(|seed| w.holds_work(&seed)))
    }

    /// Puts the open plan away before another takes its place; false, with
    /// a notice, when it could not be written. Without storage, a plan that
    /// holds no work (the seed as it ships) may go.
    pub(in crate::ui) fn put_away(&self) -> bool {
        self.commit_drafts();
        persist::flush(*self);
        let may_write = self.health.with_untracked(super::Health::may_write);
        // The store must hold the open plan as it is: a switch whose save
        // then fails leaves the store's copy the one opened again.
        if may_write && !persist::saved(*self) {
            self.notify(self.text(Key::ShelfNotWritten).to_owned());
            return false;
        }
        let written = if may_write {
            // Encoded only when it can be stored (a quarter second at M).
            let (key, text) = self.workspace.with_untracked(|w| {
                let text = shelf::encode(w, &self.settings.get_untracked(), browser::clock::now());
                (shelf::key(&w.plan.id), text)
            });
            persist::shelf::write(&key, &text)
        } else {
            !self.open_plan_holds_work()
        };
        if written {
            persist::shelf::refresh(*self);
        } else {
            self.notify(self.text(Key::ShelfNotWritten).to_owned());
        }
        written
    }

    /// Opens a shelved plan in the open one's place; false (with a notice)
    /// when it cannot be read or the open one cannot be put away.
    pub fn open_plan(&self, plan: &PlanId) -> bool {
        let key = shelf::key(plan);
        let text = persist::shelf::read(&key).unwrap_or_default();
        let workspace = match shelf::decode(&text) {
            Ok(workspace) => workspace,
            Err(error) => {
                let language = self.language_untracked();
                self.notify(i18n::shelf_unreadable(
                    language,
                    &key,
                    &error.describe(language),
                ));
                return false;
            }
        };
        if !self.put_away() {
            return false;
        }
        let before = self.workspace.get_untracked();
        self.apply(Command::Restore {
            workspace: Box::new(workspace),
        });
        persist::flush(*self);
        if !persist::saved(*self) {
            // No room for it in the store: the plan that was open stays
            // open (stored as it is), this one stays on the shelf.
            self.apply(Command::Restore {
                workspace: Box::new(before),
            });
            persist::flush(*self);
            self.notify(self.text(Key::ShelfNotOpened).to_owned());
            return false;
        }
        // Open now: the store holds it.
        let _ = persist::shelf::remove(&key);
        // Not an edit: nothing to take back with Ctrl+Z (the steps kept
        // belong to the plan put away).
        self.forget_undo();
        persist::shelf::refresh(*self);
        let before = before.plan.document.number;
        let now = self
            .workspace
            .with_untracked(|w| w.plan.document.number.clone());
        self.inform(i18n::shelf_opened(self.language_untracked(), &now, &before));
        true
    }

    /// An import that brought another plan was taken back: the plan open
    /// again had been put away just before it, and that copy goes once the
    /// store holds the plan (if the save fails, the copy stays).
    pub(super) fn drop_open_copy(&self) {
        let key = self.workspace.with_untracked(|w| shelf::key(&w.plan.id));
        if !persist::shelf::holds(&key) {
            return;
        }
        persist::flush(*self);
        if persist::saved(*self) && persist::shelf::remove(&key).is_ok() {
            persist::shelf::refresh(*self);
        }
    }

    /// The shelved plan's backup file, downloaded.
    pub fn download_shelved(&self, key: &str) {
        let text = persist::shelf::read(key).unwrap_or_default();
        let (name, body) = match shelf::backup_file(&text) {
            Ok(backup) => (format!("{}.backup.json", key.replace('.', "-")), backup),
            // Unreadable: the stored text as it is, for whoever can mend it.
            Err(_) => (format!("{key}.txt"), text),
        };
        if let Err(error) = browser::download::download_text(&name, &body, "application/json") {
            self.notify(error.to_string());
        }
    }

    /// Removes a shelved plan from this browser.
    pub fn remove_shelved(&self, key: &str) {
        match persist::shelf::remove(key) {
            Ok(()) => persist::shelf::refresh(*self),
            Err(error) => self.notify(format!(
                "{key}: {}",
                error.describe(self.language_untracked())
            )),
        }
    }

    /// Another tab opened another plan (`base`) and put ours away: what we
    /// had not saved goes onto ours on the shelf, and this tab follows.
    pub(in crate::ui) fn follow_other_plan(&self, base: Workspace, unsaved: &[Command]) {
        let (ours, number) = self
            .workspace
            .with_untracked(|w| (w.plan.id.clone(), w.plan.document.number.clone()));
        if !unsaved.is_empty() && !self.add_to_shelved(&ours, unsaved) {
            // Kept in this tab, which writes no more: the banner offers its backup.
            self.set_health(super::Health::PlanElsewhere);
            return;
        }
        self.forget_undo();
        self.workspace.set(base);
        persist::shelf::refresh(*self);
        self.notify(i18n::other_tab_opened(self.language_untracked(), &number));
    }

    /// Replays `unsaved` onto the shelved copy of `plan`.
    fn add_to_shelved(&self, plan: &PlanId, unsaved: &[Command]) -> bool {
        let key = shelf::key(plan);
        let text = persist::shelf::read(&key).unwrap_or_default();
        let written = shelf::decode(&text).ok().and_then(|workspace| {
            let (workspace, _) = rebase(workspace, unsaved, &self.profile());
            let text = shelf::encode(
                &workspace,
                &self.settings.get_untracked(),
                browser::clock::now(),
            );
            persist::shelf::write(&key, &text).then_some(())
        });
        written.is_some()
    }
}
