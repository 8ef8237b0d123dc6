//! A report file's entries weighed against the workspace as the files
//! before it leave it, by reference (`Overlay`): each entry's verdict
//! counted, each key's candidates merged; nothing is copied until the
//! import writes the winners.

use super::super::*;
use crate::domain::ids::UnitId;

pub(super) fn import_report<'a>(
    view: &mut Overlay<'a>,
    file: &'a Incoming,
    index: Option<usize>,
    outcome: &mut FileOutcome,
) {
    let Incoming::Report {
        plan_id,
        plan_revision,
        sender,
        entries,
    } = file
    else {
        return;
    };
    let plan = &view.base.plan;
    if *plan_id != plan.id {
        outcome.refusal = Some(FileRefusal::UnknownPlan {
            found: plan_id.clone(),
        });
    } else if *plan_revision > plan.revision {
        outcome.refusal = Some(FileRefusal::PlanRevisionNewer {
            found: *plan_revision,
            ours: plan.revision,
        });
    } else {
        import_entries(view, sender, entries, index, outcome);
    }
}

/// Where a candidate is held: the local state, a file of the drop (and its
/// place among the file's entries), or a copy of a file made to unmark its
/// sample entries.
#[derive(Clone, Copy)]
pub(super) enum Held {
    Local,
    File { file: usize, at: usize },
    Copy,
}

/// A candidate by reference, with where it is held, so the import can move
/// it out of its file later.
#[derive(Clone, Copy)]
pub(super) struct Candidate<'a> {
    pub(super) entry: &'a Entry,
    pub(super) held: Held,
}

impl Borrow<Entry> for Candidate<'_> {
    fn borrow(&self) -> &Entry {
        self.entry
    }
}

/// A workspace as the report files merged so far leave it, by reference:
/// per key touched, its candidates, winner first.
pub(super) struct Overlay<'a> {
    pub(super) base: &'a Workspace,
    pub(super) changed: BTreeMap<&'a EntryKey, Vec<Candidate<'a>>>,
}

impl<'a> Overlay<'a> {
    fn candidates(&self, key: &EntryKey) -> Vec<Candidate<'a>> {
        match self.changed.get(key) {
            Some(list) => list.clone(),
            None => local_candidates(self.base, key),
        }
    }
}

/// A key's candidates in a workspace, winner first (a sample entry is none).
pub(super) fn local_candidates<'a>(workspace: &'a Workspace, key: &EntryKey) -> Vec<Candidate<'a>> {
    let local = |entry| Candidate {
        entry,
        held: Held::Local,
    };
    match workspace.entries.get(key).filter(|e| !e.sample) {
        Some(winner) => std::iter::once(winner)
            .chain(workspace.conflicts.get(key).into_iter().flatten())
            .map(local)
            .collect(),
        None => Vec::new(),
    }
}

fn import_entries<'a>(
    view: &mut Overlay<'a>,
    sender: &UnitId,
    entries: &'a [(EntryKey, Entry)],
    file: Option<usize>,
    outcome: &mut FileOutcome,
) {
    // Only the keys this file touches are read and written: the same result
    // as `merge_sets` over the whole workspace, without copying it per file.
    // A decoded file lists each key once, in order: each is merged as it
    // comes. Otherwise a key's entries are gathered first, against its
    // candidates from before this file.
    let sorted = entries.windows(2).all(|pair| pair[0].0 < pair[1].0);
    let mut gathered: BTreeMap<&'a EntryKey, Sides<'a>> = BTreeMap::new();
    for (at, (key, entry)) in entries.iter().enumerate() {
        if key.unit != *sender {
            outcome.refused.push(key.clone());
            continue;
        }
        let held = match file {
            Some(file) => Held::File { file, at },
            None => Held::Copy,
        };
        let candidate = Candidate { entry, held };
        if sorted {
            let local = view.candidates(key);
            merge_key(view, key, local, vec![candidate], outcome);
        } else {
            gathered
                .entry(key)
                .or_insert_with(|| (view.candidates(key), Vec::new()))
                .1
                .push(candidate);
        }
    }
    for (key, (local, list)) in gathered {
        merge_key(view, key, local, list, outcome);
    }
}

/// A key's candidates before a file and the file's own for it.
type Sides<'a> = (Vec<Candidate<'a>>, Vec<Candidate<'a>>);

/// Counts what each of the file's entries for `key` does, then merges them.
fn merge_key<'a>(
    view: &mut Overlay<'a>,
    key: &'a EntryKey,
    local: Vec<Candidate<'a>>,
    list: Vec<Candidate<'a>>,
    outcome: &mut FileOutcome,
) {
    for candidate in &list {
        match verdict(&local, candidate.entry) {
            Verdict::New => outcome.new += 1,
            Verdict::Updated => outcome.updated += 1,
            Verdict::Unchanged => outcome.unchanged += 1,
            Verdict::Older => outcome.older += 1,
            Verdict::Conflict => outcome.conflicts += 1,
        }
    }
    let combined = combine(local.into_iter().chain(list));
    if !combined.is_empty() {
        view.changed.insert(key, combined);
    }
}
