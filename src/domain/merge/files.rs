//! Importing files: plans, reports and backups weighed against the local
//! state (the preview), then merged into it by the laws of [`super`].

use super::*;
use crate::domain::ids::{PlanId, UnitId};
use crate::domain::plan::Plan;
use std::borrow::Cow;

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

/// [`import`] of files held by reference.
pub fn import_refs(workspace: &Workspace, files: &[&Incoming]) -> (Workspace, Vec<FileOutcome>) {
    let (merged, outcomes) = run(workspace, files, true);
    (merged.unwrap_or_else(|| workspace.clone()), outcomes)
}

/// The outcomes [`import_refs`] gives, without building the merged
/// workspace: report files are weighed against a view of the workspace that
/// copies no entry (the workspace itself is copied only for a backup or a
/// plan in the drop).
pub fn preview(workspace: &Workspace, files: &[&Incoming]) -> Vec<FileOutcome> {
    run(workspace, files, false).1
}

/// Backups first, then plans by revision, then reports in the order given;
/// the merged workspace only when `build`.
fn run(
    workspace: &Workspace,
    files: &[&Incoming],
    build: bool,
) -> (Option<Workspace>, Vec<FileOutcome>) {
    let mut outcomes = vec![FileOutcome::default(); files.len()];
    let rank = |file: &Incoming| match file {
        Incoming::Backup { .. } => (0, 0, String::new()),
        Incoming::Plan { plan, .. } => (1, plan.revision, canonical_plan(plan)),
        Incoming::Report { .. } => (2, 0, String::new()),
    };
    let mut order: Vec<usize> = (0..files.len()).collect();
    sort::sort_by_cached_key(&mut order, |&i| rank(files[i]));
    let reports_from = order
        .iter()
        .position(|&i| matches!(files[i], Incoming::Report { .. }))
        .unwrap_or(order.len());
    // Structure: a copy of the workspace only when a file changes it.
    let mut base = Cow::Borrowed(workspace);
    for &index in &order[..reports_from] {
        let outcome = &mut outcomes[index];
        match files[index] {
            Incoming::Backup { workspace } => {
                base = Cow::Owned((**workspace).clone());
                outcome.restored = true;
            }
            Incoming::Plan { plan, sender } => import_plan(base.to_mut(), plan, sender, outcome),
            Incoming::Report { .. } => {}
        }
    }
    // Entries: an incoming entry is never a sample; the rare file that marks
    // one is read through a copy that does not.
    let unmarked: Vec<(usize, Incoming)> = order[reports_from..]
        .iter()
        .filter(|&&index| marks_samples(files[index]))
        .map(|&index| {
            let mut copy = files[index].clone();
            if let Incoming::Report { entries, .. } = &mut copy {
                for (_, entry) in entries {
                    entry.sample = false;
                }
            }
            (index, copy)
        })
        .collect();
    let mut view = Overlay {
        base: &base,
        changed: BTreeMap::new(),
    };
    for &index in &order[reports_from..] {
        let file = unmarked
            .iter()
            .find(|(i, _)| *i == index)
            .map_or(files[index], |(_, copy)| copy);
        import_report(&mut view, file, &mut outcomes[index]);
    }
    if !build {
        return (None, outcomes);
    }
    let changed: Vec<(EntryKey, Vec<Entry>)> = view
        .changed
        .into_iter()
        .map(|(key, list)| (key.clone(), list.into_iter().cloned().collect()))
        .collect();
    let mut merged = base.into_owned();
    for (key, mut list) in changed {
        let winner = list.remove(0);
        if list.is_empty() {
            merged.conflicts.remove(&key);
        } else {
            merged.conflicts.insert(key.clone(), list);
        }
        merged.entries.insert(key, winner);
    }
    (Some(merged), outcomes)
}

/// A report file holding entries marked as the removable sample.
fn marks_samples(file: &Incoming) -> bool {
    matches!(file, Incoming::Report { entries, .. } if entries.iter().any(|(_, e)| e.sample))
}

fn import_report<'a>(view: &mut Overlay<'a>, file: &'a Incoming, outcome: &mut FileOutcome) {
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
        import_entries(view, sender, entries, outcome);
    }
}

/// A workspace as the report files merged so far leave it, by reference:
/// per key touched, its candidates, winner first.
struct Overlay<'a> {
    base: &'a Workspace,
    changed: BTreeMap<&'a EntryKey, Vec<&'a Entry>>,
}

impl<'a> Overlay<'a> {
    fn candidates(&self, key: &EntryKey) -> Vec<&'a Entry> {
        if let Some(list) = self.changed.get(key) {
            return list.clone();
        }
        let base = self.base;
        match base.entries.get(key).filter(|e| !e.sample) {
            Some(winner) => std::iter::once(winner)
                .chain(base.conflicts.get(key).into_iter().flatten())
                .collect(),
            None => Vec::new(),
        }
    }
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

fn import_entries<'a>(
    view: &mut Overlay<'a>,
    sender: &UnitId,
    entries: &'a [(EntryKey, Entry)],
    outcome: &mut FileOutcome,
) {
    // Only the keys this file touches are read and written: the same result
    // as `merge_sets` over the whole workspace, without copying it per file.
    // Per key the file touches: its candidates before this file, then the
    // file's own entries for it (looked up once: a file holds a key once).
    let mut incoming: BTreeMap<&'a EntryKey, (Vec<&'a Entry>, Vec<&'a Entry>)> = BTreeMap::new();
    for (key, entry) in entries {
        if key.unit != *sender {
            outcome.refused.push(key.clone());
            continue;
        }
        let (local, list) = incoming
            .entry(key)
            .or_insert_with(|| (view.candidates(key), Vec::new()));
        match verdict(local, entry) {
            Verdict::New => outcome.new += 1,
            Verdict::Updated => outcome.updated += 1,
            Verdict::Unchanged => outcome.unchanged += 1,
            Verdict::Older => outcome.older += 1,
            Verdict::Conflict => outcome.conflicts += 1,
        }
        list.push(entry);
    }
    for (key, (local, list)) in incoming {
        let combined = combine(local.into_iter().chain(list));
        if !combined.is_empty() {
            view.changed.insert(key, combined);
        }
    }
}
