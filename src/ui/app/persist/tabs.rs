//! Following other tabs of the same page: a newer store another tab saved is
//! taken as the base and this tab's unsaved commands replay on it; another
//! plan opened there is followed, this tab's unsaved work going onto its own
//! plan on the shelf.

use crate::domain::rebase::rebase;
use crate::domain::{Reach, Workspace};
use crate::format::store::{self, Head, HeadRead};
use crate::ui::app::boot::{read_key, set_aside, stored_parts};
use crate::ui::app::state::{AppState, Health};
use crate::ui::i18n::Key;
use leptos::prelude::*;

/// Another tab saved: take its store and replay what we have not saved yet.
pub(super) fn adopt(state: AppState, text: &str) {
    if store::read_head(text).is_ok_and(|head| take_newer(state, head)) {
        state.inform(state.text(Key::HealthOtherTab).to_owned());
    }
}

/// Takes a store another tab saved if it is newer than ours (a split store
/// part by part, an older version's whole store at once); false if it is not.
pub(super) fn take_newer(state: AppState, head: HeadRead) -> bool {
    let ours = state.persistence.with_value(|p| p.head.generation);
    match head {
        HeadRead::Split(theirs) if theirs.generation > ours => refresh(state, theirs),
        HeadRead::Whole(stored) if stored.generation > ours => {
            let head = Head {
                generation: stored.generation,
                ..Head::default()
            };
            rebase_onto(state, stored.workspace, head);
            // Written back split, by this version.
            state
                .persistence
                .update_value(|p| p.reach = Reach::Everything);
        }
        _ => return false,
    }
    true
}

/// Rebuilds the stored workspace another tab left under `theirs`: ours, with
/// the parts it wrote and the parts our unsaved commands touched read again;
/// then our unsaved commands replay on top.
fn refresh(state: AppState, theirs: Head) {
    let (ours, reach) = state
        .persistence
        .with_value(|p| (p.head.clone(), p.reach.clone()));
    let base = state.workspace().with_untracked(|current| {
        store::stored_base(
            current,
            &ours,
            &theirs,
            &reach,
            &stored_parts(),
            &mut read_key,
        )
    });
    let Some((base, damaged)) = base else {
        return;
    };
    if let Health::Recovered { aside_key, .. } = set_aside(&damaged, false) {
        state.notify(crate::ui::i18n::set_aside(
            state.language_untracked(),
            &aside_key,
        ));
    }
    rebase_onto(state, base, theirs);
}

fn rebase_onto(state: AppState, base: Workspace, head: Head) {
    let pending = state.persistence.with_value(|p| p.pending.clone());
    if state
        .workspace()
        .with_untracked(|w| w.plan.id != base.plan.id)
    {
        // Another tab opened another plan: ours is on the shelf, and what we
        // have not saved goes there, never onto the other plan.
        state.follow_other_plan(base, &pending);
        if state.health().with_untracked(Health::may_write) {
            state.persistence.update_value(|p| {
                p.head = head;
                p.pending.clear();
                p.reach = Reach::nothing();
            });
        }
        return;
    }
    let (merged, refused) = rebase(base, &pending, &state.profile());
    state.persistence.update_value(|p| {
        p.head = head;
        p.pending
            .retain(|command| !refused.iter().any(|(c, _)| c == command));
        let mut reach = Reach::nothing();
        for command in &p.pending {
            reach.add(command.reach());
        }
        p.reach = reach;
    });
    for (_, error) in refused {
        state.notify(error.describe(state.language()));
    }
    state.replace_workspace(merged);
}
