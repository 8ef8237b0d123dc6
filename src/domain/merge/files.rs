//! Importing files: plans, reports and backups weighed against the local
//! state (the preview), then merged into it by the laws of [`super`].

use super::*;
use crate::domain::ids::UnitId;
use crate::domain::plan::Plan;
use std::borrow::Cow;

mod report;
use report::{import_report, local_candidates, Held, Overlay};

fn canonical_plan(plan: &Plan) -> String {
    serde_json::to_string(plan).unwrap_or_default()
}

/// Imports files into a copy of the workspace and says what each did. Order of
/// the files does not matter: backups first, then plans by revision, then reports.
pub fn import(workspace: &Workspace, files: &[Incoming]) -> (Workspace, Vec<FileOutcome>) {
    let mut merged = workspace.clone();
    let outcomes = import_into(&mut merged, files.to_vec());
    (merged, outcomes)
}

/// [`import`] in place, moving the files' entries into the workspace instead
/// of copying them (the import a user applies).
pub fn import_into(workspace: &mut Workspace, files: Vec<Incoming>) -> Vec<FileOutcome> {
    let refs: Vec<&Incoming> = files.iter().collect();
    let (base, picks, outcomes) = run(workspace, &refs, true);
    if let Cow::Owned(replaced) = base {
        *workspace = replaced;
    }
    // Each file entry is picked at most once: it belongs to one key, and a
    // key's candidates hold no entry twice.
    let mut pool: Vec<Vec<Option<(EntryKey, Entry)>>> = files
        .into_iter()
        .map(|file| match file {
            Incoming::Report { entries, .. } => entries.into_iter().map(Some).collect(),
            _ => Vec::new(),
        })
        .collect();
    for (key, list) in picks {
        let mut owned_key = None;
        let mut list: Vec<Entry> = list
            .into_iter()
            .filter_map(|pick| match pick {
                Pick::File { file, at } => {
                    let (key, entry) = pool.get_mut(file)?.get_mut(at)?.take()?;
                    owned_key.get_or_insert(key);
                    Some(entry)
                }
                Pick::Copy(entry) => Some(entry),
            })
            .collect();
        let (Some(key), false) = (owned_key.or(key), list.is_empty()) else {
            continue;
        };
        let winner = list.remove(0);
        if list.is_empty() {
            workspace.conflicts.remove(&key);
        } else {
            workspace.conflicts.insert(key.clone(), list);
        }
        workspace.entries.insert(key, winner);
    }
    outcomes
}

/// The outcomes [`import`] gives, without building the merged workspace:
/// report files are weighed against a view of the workspace that copies no
/// entry (the workspace itself is copied only for a backup or a plan in the
/// drop).
pub fn preview(workspace: &Workspace, files: &[&Incoming]) -> Vec<FileOutcome> {
    run(workspace, files, false).2
}

/// One of a key's merged candidates, to be written: a file's entry (moved
/// out of the file), or a copy (a local candidate kept beside a file's, or an
/// entry of a file read through an unmarked copy).
enum Pick {
    File { file: usize, at: usize },
    Copy(Entry),
}

/// The keys whose candidates the files changed, with their new candidates
/// (winner first). A key is copied only when no file entry brings its own.
type Picks = Vec<(Option<EntryKey>, Vec<Pick>)>;

/// Backups first, then plans by revision, then reports in the order given;
/// the merged workspace only when `build`.
fn run<'w>(
    workspace: &'w Workspace,
    files: &[&Incoming],
    build: bool,
) -> (Cow<'w, Workspace>, Picks, Vec<FileOutcome>) {
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
        // A copy's entries are not the file's own: they cannot be moved out.
        let (file, held_at) = match unmarked.iter().find(|(i, _)| *i == index) {
            Some((_, copy)) => (copy, None),
            None => (files[index], Some(index)),
        };
        import_report(&mut view, file, held_at, &mut outcomes[index]);
    }
    let mut picks = Picks::new();
    if build {
        for (key, list) in view.changed {
            // The local candidates again, in their order: the key is as it was.
            if list.iter().all(|c| matches!(c.held, Held::Local)) {
                let before = local_candidates(&base, key);
                if before.len() == list.len()
                    && before
                        .iter()
                        .zip(&list)
                        .all(|(a, b)| std::ptr::eq(a.entry, b.entry))
                {
                    continue;
                }
            }
            let list: Vec<Pick> = list
                .into_iter()
                .map(|c| match c.held {
                    Held::File { file, at } => Pick::File { file, at },
                    Held::Local | Held::Copy => Pick::Copy(c.entry.clone()),
                })
                .collect();
            let brought = list.iter().any(|pick| matches!(pick, Pick::File { .. }));
            picks.push(((!brought).then(|| key.clone()), list));
        }
    }
    (base, picks, outcomes)
}

/// A report file holding entries marked as the removable sample.
fn marks_samples(file: &Incoming) -> bool {
    matches!(file, Incoming::Report { entries, .. } if entries.iter().any(|(_, e)| e.sample))
}

fn import_plan(result: &mut Workspace, plan: &Plan, sender: &UnitId, outcome: &mut FileOutcome) {
    if *sender != plan.monitoring_unit {
        outcome.refusal = Some(FileRefusal::NotMonitoringUnit {
            sender: sender.clone(),
        });
        return;
    }
    if plan.id != result.plan.id {
        // The open plan's work is put away first (the UI's shelf).
        *result = Workspace::new(plan.clone());
        outcome.plan = Some(PlanVerdict::Switched);
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
