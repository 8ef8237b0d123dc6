//! Rebasing unsaved commands onto a newer workspace (another tab saved first):
//! the other tab's work is kept as the base and ours is replayed on top.

use super::command::{Command, CommandError, Profile};
use super::workspace::Workspace;

/// Replays `pending` onto `base` in order. A command the new base refuses is
/// returned with its error instead of applied; nothing else is lost.
pub fn rebase(
    mut base: Workspace,
    pending: &[Command],
    profile: &Profile,
) -> (Workspace, Vec<(Command, CommandError)>) {
    let mut refused = Vec::new();
    for command in pending {
        if let Err(error) = base.apply(profile, command.clone()) {
            refused.push((command.clone(), error));
        }
    }
    (base, refused)
}
