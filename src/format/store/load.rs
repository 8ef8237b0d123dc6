//! Reading the store back: the plan and the parts, whole or as another tab
//! changed them; unreadable values are set aside, never dropped.

use super::*;

/// A stored value that could not be read: kept aside by the caller.
#[derive(Clone, Debug, PartialEq)]
pub struct Damaged {
    pub key: String,
    pub text: String,
    pub error: DecodeError,
}

/// Replaces the parts named by `keys` in `workspace` with what `read` finds
/// under them (nothing, when a key is absent). Unreadable parts are left out
/// and returned.
pub fn reload_parts(
    workspace: &mut Workspace,
    keys: &BTreeSet<String>,
    read: &mut dyn FnMut(&str) -> Option<String>,
) -> Vec<Damaged> {
    let targets: Vec<(UnitId, PeriodId)> = keys.iter().filter_map(|key| part_of(key)).collect();
    let inside = |key: &EntryKey| {
        targets
            .iter()
            .any(|(unit, period)| key.unit == *unit && key.period == *period)
    };
    workspace.entries.retain(|key, _| !inside(key));
    workspace.conflicts.retain(|key, _| !inside(key));
    let mut damaged = Vec::new();
    for key in keys.iter().filter(|key| part_of(key).is_some()) {
        let Some(text) = read(key) else { continue };
        match decode_entries(&text) {
            Ok((entries, conflicts)) => {
                workspace.entries.extend(entries);
                workspace.conflicts.extend(conflicts);
            }
            Err(error) => damaged.push(Damaged {
                key: key.clone(),
                text,
                error,
            }),
        }
    }
    damaged
}

/// Why no workspace could be assembled from storage.
#[derive(Clone, Debug, PartialEq)]
pub enum Unassembled {
    /// No plan is stored (a first run, or a first save cut short).
    NoPlan,
    /// The plan is unreadable.
    Plan(Damaged),
}

/// Reads the plan and every part `keys` names (other keys are ignored);
/// returns the workspace and the parts that could not be read.
pub fn assemble(
    keys: &BTreeSet<String>,
    read: &mut dyn FnMut(&str) -> Option<String>,
) -> Result<(Workspace, Vec<Damaged>), Unassembled> {
    let text = read(PLAN_KEY).ok_or(Unassembled::NoPlan)?;
    let plan = decode_plan(&text).map_err(|error| {
        Unassembled::Plan(Damaged {
            key: PLAN_KEY.to_owned(),
            text,
            error,
        })
    })?;
    let mut workspace = Workspace::new(plan);
    let damaged = reload_parts(&mut workspace, keys, read);
    Ok((workspace, damaged))
}

/// The stored workspace another tab left under `theirs`, rebuilt from ours
/// (`current`, described by `ours` plus unsaved changes within `unsaved`):
/// the parts it wrote and the parts our unsaved changes touched are read
/// again; everything else is already equal. When the plan changed or our
/// changes reach everything, the whole store is read. `None`: no plan stored.
pub fn stored_base(
    current: &Workspace,
    ours: &Head,
    theirs: &Head,
    unsaved: &Reach,
    stray: &[String],
    read: &mut dyn FnMut(&str) -> Option<String>,
) -> Option<(Workspace, Vec<Damaged>)> {
    let mut keys = changed(ours, theirs);
    match unsaved {
        Reach::Parts(parts) if !keys.contains(PLAN_KEY) => {
            keys.extend(parts.iter().map(|(unit, period)| part_key(unit, period)));
            let mut base = current.clone();
            let damaged = reload_parts(&mut base, &keys, read);
            Some((base, damaged))
        }
        _ => {
            let mut all: BTreeSet<String> = sort::set_from(theirs.parts.keys().cloned());
            all.extend(stray.iter().cloned());
            assemble(&all, read).ok()
        }
    }
}

/// The keys whose content differs between two heads (written by a later
/// save, or removed by one).
pub fn changed(ours: &Head, theirs: &Head) -> BTreeSet<String> {
    let mut keys: BTreeSet<String> = sort::set_from(
        theirs
            .parts
            .iter()
            .filter(|(key, stamp)| ours.parts.get(*key) != Some(stamp))
            .map(|(key, _)| key.clone()),
    );
    keys.extend(
        ours.parts
            .keys()
            .filter(|key| !theirs.parts.contains_key(*key))
            .cloned(),
    );
    keys
}
