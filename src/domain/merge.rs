//! Merging work from other browsers without a server (PRODUCT.md §5).
//!
//! Per entry the state is a set of candidates written at the highest revision
//! seen: one is shown (the winner), the others are conflicts kept for the owner
//! to resolve. Merging takes, per key, the candidates of both sides at the
//! higher revision and unites them: a set union under a max, so the merge is
//! idempotent, commutative and associative, and files can arrive in any order.
//! Tombstones are entries too: a deletion at a higher revision never resurrects.

use super::entry::{Entry, EntryKey};
use super::ids::{PlanId, UnitId};
use super::plan::Plan;
use super::sort;
use super::workspace::Workspace;
use std::cmp::Ordering;
use std::collections::BTreeMap;

/// Every candidate of every key: what merge laws are stated over.
pub type EntrySets = BTreeMap<EntryKey, Vec<Entry>>;

/// A total order on entry contents (serde's canonical JSON; maps are sorted).
fn canonical(entry: &Entry) -> String {
    serde_json::to_string(entry).unwrap_or_default()
}

/// Keeps the highest revision's distinct candidates, winner first: the latest
/// `updated_at`, then the greatest canonical text, so every browser picks the same.
pub fn combine(candidates: impl IntoIterator<Item = Entry>) -> Vec<Entry> {
    let mut list: Vec<Entry> = candidates
        .into_iter()
        .filter(|entry| !entry.sample)
        .collect();
    let Some(top) = list.iter().map(|e| e.revision).max() else {
        return Vec::new();
    };
    list.retain(|e| e.revision == top);
    if list.len() == 1 {
        return list;
    }
    // Rare: several candidates at one revision. Order and deduplicate them.
    let mut keyed: Vec<(String, Entry)> = list
        .into_iter()
        .map(|entry| (canonical(&entry), entry))
        .collect();
    sort::sort_by(&mut keyed, |(ka, a), (kb, b)| {
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

    /// One key's candidates: its real entry and its conflicts (empty if none).
    pub fn candidates(&self, key: &EntryKey) -> Vec<Entry> {
        match self.entries.get(key).filter(|e| !e.sample) {
            Some(winner) => {
                let mut list = vec![winner.clone()];
                list.extend(self.conflicts.get(key).cloned().unwrap_or_default());
                list
            }
            None => Vec::new(),
        }
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

pub fn verdict(local: Option<&Vec<Entry>>, incoming: &Entry) -> Verdict {
    let Some(local) = local.filter(|list| !list.is_empty()) else {
        return Verdict::New;
    };
    let revision = local[0].revision;
    match incoming.revision.cmp(&revision) {
        Ordering::Greater => Verdict::Updated,
        Ordering::Less => Verdict::Older,
        Ordering::Equal if local.iter().any(|e| e == incoming) => Verdict::Unchanged,
        Ordering::Equal => Verdict::Conflict,
    }
}

/// A file's content, as the format ring decoded it.
#[derive(Clone, Debug, PartialEq)]
pub enum Incoming {
    Plan {
        plan: Box<Plan>,
        sender: UnitId,
    },
    Report {
        plan_id: PlanId,
        plan_revision: u32,
        sender: UnitId,
        entries: Vec<(EntryKey, Entry)>,
    },
    Backup {
        workspace: Box<Workspace>,
    },
}

/// Why a whole file is refused; nothing of it applies.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FileRefusal {
    /// The report belongs to a plan this browser does not hold.
    UnknownPlan { found: PlanId },
    /// The report was made against a newer plan revision: import the plan first.
    PlanRevisionNewer { found: u32, ours: u32 },
    /// A plan file not sent by the plan's own monitoring unit.
    NotMonitoringUnit { sender: UnitId },
    /// A different plan while this browser holds entries of the current one.
    OtherPlanWithData { found: PlanId },
}

/// What happens to a plan file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PlanVerdict {
    /// A newer revision replaces the structure; entries of removed tasks are kept.
    Replaced {
        from: u32,
        to: u32,
    },
    /// A different plan replaces an empty workspace.
    Switched,
    Unchanged,
    Older,
    /// Same revision, different content: the canonical greater one is kept by every browser.
    Conflict,
}

/// One file's outcome in the preview, in the order the files came.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FileOutcome {
    pub new: usize,
    pub updated: usize,
    pub unchanged: usize,
    pub older: usize,
    pub conflicts: usize,
    /// Entries of another unit than the sender: refused, naming their owner.
    pub refused: Vec<EntryKey>,
    pub plan: Option<PlanVerdict>,
    pub restored: bool,
    pub refusal: Option<FileRefusal>,
}

impl FileOutcome {
    pub fn changes(&self) -> usize {
        self.new
            + self.updated
            + self.conflicts
            + usize::from(self.restored)
            + usize::from(matches!(
                self.plan,
                Some(PlanVerdict::Replaced { .. } | PlanVerdict::Switched)
            ))
    }
}

fn canonical_plan(plan: &Plan) -> String {
    serde_json::to_string(plan).unwrap_or_default()
}

/// Imports files into a copy of the workspace and says what each did. Order of
/// the files does not matter: backups first, then plans by revision, then reports.
pub fn import(workspace: &Workspace, files: &[Incoming]) -> (Workspace, Vec<FileOutcome>) {
    import_refs(workspace, &files.iter().collect::<Vec<_>>())
}

/// [`import`] of files held elsewhere (a preview keeps its files for the
/// apply: they are not copied to be merged).
pub fn import_refs(workspace: &Workspace, files: &[&Incoming]) -> (Workspace, Vec<FileOutcome>) {
    let mut result = workspace.clone();
    let mut outcomes = vec![FileOutcome::default(); files.len()];
    let rank = |file: &Incoming| match file {
        Incoming::Backup { .. } => (0, 0, String::new()),
        Incoming::Plan { plan, .. } => (1, plan.revision, canonical_plan(plan)),
        Incoming::Report { .. } => (2, 0, String::new()),
    };
    let mut order: Vec<usize> = (0..files.len()).collect();
    sort::sort_by_cached_key(&mut order, |&i| rank(files[i]));
    for index in order {
        let outcome = &mut outcomes[index];
        match &files[index] {
            Incoming::Backup { workspace } => {
                result = (**workspace).clone();
                outcome.restored = true;
            }
            Incoming::Plan { plan, sender } => import_plan(&mut result, plan, sender, outcome),
            Incoming::Report {
                plan_id,
                plan_revision,
                sender,
                entries,
            } => {
                if *plan_id != result.plan.id {
                    outcome.refusal = Some(FileRefusal::UnknownPlan {
                        found: plan_id.clone(),
                    });
                } else if *plan_revision > result.plan.revision {
                    outcome.refusal = Some(FileRefusal::PlanRevisionNewer {
                        found: *plan_revision,
                        ours: result.plan.revision,
                    });
                } else {
                    import_entries(&mut result, sender, entries, outcome);
                }
            }
        }
    }
    (result, outcomes)
}

fn import_plan(result: &mut Workspace, plan: &Plan, sender: &UnitId, outcome: &mut FileOutcome) {
    if *sender != plan.monitoring_unit {
        outcome.refusal = Some(FileRefusal::NotMonitoringUnit {
            sender: sender.clone(),
        });
        return;
    }
    if plan.id != result.plan.id {
        if result.entries.values().any(|e| !e.sample) {
            outcome.refusal = Some(FileRefusal::OtherPlanWithData {
                found: plan.id.clone(),
            });
        } else {
            *result = Workspace::new(plan.clone());
            outcome.plan = Some(PlanVerdict::Switched);
        }
        return;
    }
    let ours = result.plan.revision;
    outcome.plan = Some(match plan.revision.cmp(&ours) {
        Ordering::Greater => {
            result.plan = plan.clone();
            PlanVerdict::Replaced {
                from: ours,
                to: plan.revision,
            }
        }
        Ordering::Less => PlanVerdict::Older,
        Ordering::Equal if *plan == result.plan => PlanVerdict::Unchanged,
        Ordering::Equal => {
            if canonical_plan(plan) > canonical_plan(&result.plan) {
                result.plan = plan.clone();
            }
            PlanVerdict::Conflict
        }
    });
}

fn import_entries(
    result: &mut Workspace,
    sender: &UnitId,
    entries: &[(EntryKey, Entry)],
    outcome: &mut FileOutcome,
) {
    // Only the keys this file touches are read and written: the same result
    // as `merge_sets` over the whole workspace, without copying it per file.
    let mut incoming: EntrySets = BTreeMap::new();
    for (key, entry) in entries {
        if key.unit != *sender {
            outcome.refused.push(key.clone());
            continue;
        }
        let entry = Entry {
            sample: false,
            ..entry.clone()
        };
        let local = result.candidates(key);
        match verdict(Some(&local), &entry) {
            Verdict::New => outcome.new += 1,
            Verdict::Updated => outcome.updated += 1,
            Verdict::Unchanged => outcome.unchanged += 1,
            Verdict::Older => outcome.older += 1,
            Verdict::Conflict => outcome.conflicts += 1,
        }
        incoming.entry(key.clone()).or_default().push(entry);
    }
    for (key, list) in incoming {
        let local = result.candidates(&key);
        let mut combined = combine(local.into_iter().chain(list));
        if combined.is_empty() {
            continue;
        }
        let winner = combined.remove(0);
        if combined.is_empty() {
            result.conflicts.remove(&key);
        } else {
            result.conflicts.insert(key.clone(), combined);
        }
        result.entries.insert(key, winner);
    }
}
