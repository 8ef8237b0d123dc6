//! Merging work from other browsers without a server (docs/product.md §5).
//!
//! Per entry the state is a set of candidates written at the highest revision
//! seen: one is shown (the winner), the others are conflicts kept for the owner
//! to resolve. Merging takes, per key, the candidates of both sides at the
//! higher revision and unites them: a set union under a max, so the merge is
//! idempotent, commutative and associative, and files can arrive in any order.
//! Tombstones are entries too: a deletion at a higher revision never resurrects.

use super::entry::{Entry, EntryKey};
use super::sort;
use super::workspace::Workspace;
use std::borrow::Borrow;
use std::cmp::Ordering;
use std::collections::BTreeMap;

/// Every candidate of every key: what merge laws are stated over.
pub type EntrySets = BTreeMap<EntryKey, Vec<Entry>>;

/// A total order on entry contents (serde's canonical JSON; maps are sorted).
fn canonical(entry: &Entry) -> String {
    serde_json::to_string(entry).unwrap_or_default()
}

/// Equal, and written out the same: `==` alone takes 0.0 for -0.0.
fn identical(a: &Entry, b: &Entry) -> bool {
    a == b
        && a.indicators
            .values()
            .zip(b.indicators.values())
            .all(|(x, y)| x.to_bits() == y.to_bits())
}

/// Keeps the highest revision's distinct candidates, winner first: the latest
/// `updated_at`, then the greatest canonical text, so every browser picks the same.
/// Works on entries or on references to them (the preview copies nothing).
pub fn combine<E: Borrow<Entry>>(candidates: impl IntoIterator<Item = E>) -> Vec<E> {
    let mut list: Vec<E> = candidates
        .into_iter()
        .filter(|entry| !entry.borrow().sample)
        .collect();
    let Some(top) = list.iter().map(|e| e.borrow().revision).max() else {
        return Vec::new();
    };
    list.retain(|e| e.borrow().revision == top);
    // Often the same entry twice (a file imported again): one candidate,
    // without writing both out to compare them.
    if list[1..]
        .iter()
        .all(|e| identical(e.borrow(), list[0].borrow()))
    {
        list.truncate(1);
        return list;
    }
    // Rare: several candidates at one revision. Order and deduplicate them.
    let mut keyed: Vec<(String, E)> = list
        .into_iter()
        .map(|entry| (canonical(entry.borrow()), entry))
        .collect();
    sort::sort_by(&mut keyed, |(ka, a), (kb, b)| {
        let (a, b) = (a.borrow(), b.borrow());
        b.updated_at.cmp(&a.updated_at).then_with(|| kb.cmp(ka))
    });
    keyed.dedup_by(|(ka, _), (kb, _)| ka == kb);
    keyed.into_iter().map(|(_, e)| e).collect()
}

/// The merge of two states: per key, [`combine`] of both sides' candidates.
pub fn merge_sets(left: &EntrySets, right: &EntrySets) -> EntrySets {
    let mut merged = left.clone();
    for (key, theirs) in right {
        let ours = merged.remove(key).unwrap_or_default();
        let combined = combine(ours.into_iter().chain(theirs.iter().cloned()));
        if !combined.is_empty() {
            merged.insert(key.clone(), combined);
        }
    }
    merged
}

impl Workspace {
    /// The entries as candidate sets (sample entries are not candidates).
    pub fn entry_sets(&self) -> EntrySets {
        self.entries
            .iter()
            .filter(|(_, entry)| !entry.sample)
            .map(|(key, entry)| {
                let mut list = vec![entry.clone()];
                list.extend(self.conflicts.get(key).cloned().unwrap_or_default());
                (key.clone(), list)
            })
            .collect()
    }
}

/// What one incoming entry does to the local state.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Verdict {
    New,
    Updated,
    Unchanged,
    Older,
    Conflict,
}

/// `local`: the key's candidates, winner first (empty if it has none).
pub fn verdict<E: Borrow<Entry>>(local: &[E], incoming: &Entry) -> Verdict {
    let Some(first) = local.first() else {
        return Verdict::New;
    };
    match incoming.revision.cmp(&first.borrow().revision) {
        Ordering::Greater => Verdict::Updated,
        Ordering::Less => Verdict::Older,
        Ordering::Equal if local.iter().any(|e| e.borrow() == incoming) => Verdict::Unchanged,
        Ordering::Equal => Verdict::Conflict,
    }
}

mod files;
mod outcome;
pub use files::{import, import_into, preview};
pub use outcome::{FileOutcome, FileRefusal, Incoming, PlanVerdict};
