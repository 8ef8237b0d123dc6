//! Importing files: plans, reports and backups weighed against the local
//! state (the preview), then merged into it by the laws of [`super`].

use super::*;
use crate::domain::ids::UnitId;
use crate::domain::plan::Plan;
use std::borrow::Cow;

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

fn import_report<'a>(
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
enum Held {
    Local,
    File { file: usize, at: usize },
    Copy,
}

/// A candidate by reference, with where it is held, so the import can move
/// it out of its file later.
#[derive(Clone, Copy)]
struct Candidate<'a> {
    entry: &'a Entry,
    held: Held,
}

impl Borrow<Entry> for Candidate<'_> {
    fn borrow(&self) -> &Entry {
        self.entry
    }
}

/// A workspace as the report files merged so far leave it, by reference:
/// per key touched, its candidates, winner first.
struct Overlay<'a> {
    base: &'a Workspace,
    changed: BTreeMap<&'a EntryKey, Vec<Candidate<'a>>>,
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
fn local_candidates<'a>(workspace: &'a Workspace, key: &EntryKey) -> Vec<Candidate<'a>> {
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
