//! The stored workspace: round trips, incremental saves equal to whole ones,
//! golden fixtures of every version, two tabs, and refusal of damaged text.

use proptest::prelude::*;
use std::collections::{BTreeMap, BTreeSet};
use tiendo::domain::plan::PlanError;
use tiendo::domain::{
    Command, EntryChange, EntryKey, PeriodId, Profile, Reach, Status, Timestamp, UnitId, Workspace,
};
use tiendo::format::pack::PackError;
use tiendo::format::store::{self, Head, HeadRead, Unassembled};
use tiendo::format::workload::{self, Shape};
use tiendo::format::{sample, seed, DecodeError, StoreDamage};

fn sample_workspace() -> Workspace {
    let mut workspace = Workspace::new(seed::seed_plan().unwrap());
    let entries = sample::sample_entries(&workspace);
    workspace
        .apply(&Profile::Leader, Command::LoadSample { entries })
        .unwrap();
    workspace
}

const SMALL: Shape = Shape {
    units: 6,
    tasks: 5,
    periods: 3,
    text_chars: 300,
};

/// Browser storage, as a map.
#[derive(Default, Clone)]
struct Storage(BTreeMap<String, String>);

impl Storage {
    fn apply(&mut self, save: &store::Save) {
        for (key, value) in &save.writes {
            match value {
                Some(text) => self.0.insert(key.clone(), text.clone()),
                None => self.0.remove(key),
            };
        }
    }

    fn stray(&self) -> Vec<String> {
        self.0
            .keys()
            .filter(|key| key.starts_with(store::ENTRIES_PREFIX))
            .cloned()
            .collect()
    }

    /// What a fresh tab would load.
    fn load(&self) -> (Workspace, Head) {
        let head = match store::read_head(&self.0[store::HEAD_KEY]).unwrap() {
            HeadRead::Split(head) => head,
            HeadRead::Whole(_) => panic!("a whole store after a save"),
        };
        let mut keys: BTreeSet<String> = head.parts.keys().cloned().collect();
        keys.extend(self.stray());
        let (workspace, damaged) =
            store::assemble(&keys, &mut |key| self.0.get(key).cloned()).unwrap();
        assert_eq!(damaged, vec![]);
        (workspace, head)
    }
}

#[test]
fn a_workspace_round_trips_through_the_store() {
    let workspace = sample_workspace();
    let storage = Storage(store::encode_all(&workspace, 7, Timestamp(42)));
    let (loaded, head) = storage.load();
    assert_eq!(loaded, workspace);
    assert_eq!((head.generation, head.saved_at), (7, Timestamp(42)));
    // One part per unit × period, plus the plan and the head.
    let pairs: BTreeSet<_> = workspace
        .entries
        .keys()
        .map(|key| (&key.unit, &key.period))
        .collect();
    assert_eq!(storage.0.len(), pairs.len() + 2);
    assert_eq!(head.parts.len(), pairs.len() + 1);
}

#[test]
fn small_parts_stay_readable_and_large_ones_are_packed_densely() {
    let workspace = workload::workspace(SMALL).unwrap();
    let values = store::encode_all(&workspace, 1, Timestamp(1));
    let part = values
        .iter()
        .find(|(key, _)| key.starts_with(store::ENTRIES_PREFIX))
        .unwrap()
        .1;
    assert!(part.contains("\"packed\":\""), "{}", &part[..80]);
    let units: usize = values
        .iter()
        .map(|(key, value)| key.encode_utf16().count() + value.encode_utf16().count())
        .sum();
    let json = serde_json::to_string(&workspace).unwrap();
    assert!(
        units * 5 < json.len(),
        "{units} units for {} bytes",
        json.len()
    );
    let sample = store::encode_all(&sample_workspace(), 1, Timestamp(1));
    assert!(sample
        .iter()
        .any(|(key, value)| key.starts_with(store::ENTRIES_PREFIX) && value.contains("\"data\":")));
}

#[test]
fn the_sample_workspace_fits_in_browser_storage_many_times_over() {
    let units: usize = store::encode_all(&sample_workspace(), 1, Timestamp(1))
        .iter()
        .map(|(key, value)| key.encode_utf16().count() + value.encode_utf16().count())
        .sum();
    assert!(units < 5_241_856 / 50, "{units} UTF-16 units");
}

/// Version 1 as written by the first release: kept forever, must always load.
#[test]
fn the_version_1_golden_fixture_still_loads() {
    let text = include_str!("../fixtures/store-v1.json");
    let HeadRead::Whole(stored) = store::read_head(text).unwrap() else {
        panic!("a version 1 store is whole");
    };
    assert_eq!(stored.read_version, 1);
    assert_eq!(stored.workspace.plan.document.number, "61/KH-UBND");
    assert_eq!(stored.workspace.entries.len(), 2);
}

/// Version 2, deflated and base64, as the second release wrote large workspaces.
#[test]
fn the_version_2_golden_fixture_still_loads_and_splits_on_save() {
    let text = include_str!("../fixtures/store-v2-deflated.json");
    let HeadRead::Whole(stored) = store::read_head(text).unwrap() else {
        panic!("a version 2 store is whole");
    };
    assert_eq!((stored.read_version, stored.generation), (2, 6));
    assert_eq!(stored.workspace.entries.len(), 20 * 10 * 4);
    let mut storage = Storage::default();
    storage.0.insert(store::HEAD_KEY.into(), text.into());
    let head = Head {
        generation: stored.generation,
        ..Head::default()
    };
    let save = store::save(
        &stored.workspace,
        &head,
        &Reach::Everything,
        &[],
        7,
        Timestamp(8),
    );
    storage.apply(&save);
    let (loaded, head) = storage.load();
    assert!(loaded == stored.workspace);
    assert_eq!(head.generation, 7);
}

fn edit(unit: &UnitId, task: usize, period: &PeriodId, status: Status) -> (Profile, Command) {
    let key = EntryKey {
        task: tiendo::domain::TaskId::new(format!("t{}.1", task / 10 + 1))
            .unwrap_or_else(|_| panic!("task {task}")),
        unit: unit.clone(),
        period: period.clone(),
    };
    (
        Profile::Unit { unit: unit.clone() },
        Command::UpdateEntry {
            key,
            change: EntryChange::Status(status),
            at: Timestamp(99),
        },
    )
}

/// The M-like workload's ids, for generated commands.
fn ids(workspace: &Workspace) -> (Vec<UnitId>, Vec<tiendo::domain::TaskId>, Vec<PeriodId>) {
    let units = workspace
        .plan
        .directory
        .units
        .iter()
        .map(|u| u.id.clone())
        .collect();
    let tasks = workspace.plan.leaves().map(|t| t.id.clone()).collect();
    let periods: BTreeSet<PeriodId> = workspace.entries.keys().map(|k| k.period.clone()).collect();
    (units, tasks, periods.into_iter().collect())
}

#[derive(Clone, Debug)]
enum Step {
    Update(usize, usize, usize, u8),
    Delete(usize, usize, usize),
    RemoveSample,
    LoadSample,
}

fn step() -> impl Strategy<Value = Step> {
    prop_oneof![
        6 => (0..6usize, 0..5usize, 0..4usize, 0..4u8).prop_map(|(u, t, p, s)| Step::Update(u, t, p, s)),
        2 => (0..6usize, 0..5usize, 0..4usize).prop_map(|(u, t, p)| Step::Delete(u, t, p)),
        1 => Just(Step::RemoveSample),
        1 => Just(Step::LoadSample),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    /// Saving only what each command reaches leaves storage holding exactly the
    /// workspace: what a reload shows is what the user saw.
    #[test]
    fn incremental_saves_equal_the_workspace(steps in proptest::collection::vec(step(), 1..14)) {
        let mut workspace = workload::workspace(SMALL).unwrap();
        let (units, tasks, mut periods) = ids(&workspace);
        periods.push(PeriodId::new("2099-q1").unwrap());
        let mut storage = Storage(store::encode_all(&workspace, 1, Timestamp(0)));
        let mut head = storage.load().1;
        for (index, step) in steps.into_iter().enumerate() {
            let (profile, command) = match step {
                Step::Update(u, t, p, s) => {
                    let status = [Status::InProgress, Status::Done, Status::Blocked, Status::NotStarted][s as usize];
                    let key = EntryKey { task: tasks[t].clone(), unit: units[u].clone(), period: periods[p].clone() };
                    (Profile::Unit { unit: units[u].clone() }, Command::UpdateEntry { key, change: EntryChange::Status(status), at: Timestamp(index as i64) })
                }
                Step::Delete(u, t, p) => {
                    let key = EntryKey { task: tasks[t].clone(), unit: units[u].clone(), period: periods[p].clone() };
                    (Profile::Unit { unit: units[u].clone() }, Command::DeleteEntry { key, at: Timestamp(index as i64) })
                }
                Step::RemoveSample => (Profile::Leader, Command::RemoveSample),
                Step::LoadSample => {
                    let entries = sample::sample_entries(&workspace);
                    (Profile::Leader, Command::LoadSample { entries })
                }
            };
            let reach = command.reach();
            if workspace.apply(&profile, command).is_err() {
                continue;
            }
            let save = store::save(&workspace, &head, &reach, &storage.stray(), head.generation + 1, Timestamp(index as i64));
            storage.apply(&save);
            head = save.head;
            let (loaded, stored_head) = storage.load();
            prop_assert!(loaded == workspace, "after step {}", index);
            prop_assert_eq!(&stored_head, &head);
        }
    }
}

#[test]
fn one_edit_writes_one_part_and_the_head() {
    let mut workspace = workload::workspace(SMALL).unwrap();
    let values = store::encode_all(&workspace, 1, Timestamp(0));
    let mut storage = Storage(values);
    let head = storage.load().1;
    let (units, _, periods) = ids(&workspace);
    let (profile, command) = edit(&units[2], 0, &periods[1], Status::Blocked);
    let reach = command.reach();
    workspace.apply(&profile, command).unwrap();
    let save = store::save(&workspace, &head, &reach, &[], 2, Timestamp(5));
    let keys: Vec<&str> = save.writes.iter().map(|(key, _)| key.as_str()).collect();
    assert_eq!(
        keys,
        [
            store::part_key(&units[2], &periods[1]).as_str(),
            store::HEAD_KEY
        ]
    );
    storage.apply(&save);
    assert!(storage.load().0 == workspace);
}

/// Two tabs on one storage: each rebuilds the other's save from the parts it
/// changed, replays its own unsaved edit, and both edits survive.
#[test]
fn a_tab_rebuilds_what_another_tab_saved_and_keeps_its_own_edit() {
    let start = workload::workspace(SMALL).unwrap();
    let (units, _, periods) = ids(&start);
    let mut storage = Storage(store::encode_all(&start, 1, Timestamp(0)));
    let head = storage.load().1;
    // Tab A edits and saves.
    let mut a = start.clone();
    let (profile_a, edit_a) = edit(&units[0], 0, &periods[0], Status::Done);
    a.apply(&profile_a, edit_a.clone()).unwrap();
    storage.apply(&store::save(
        &a,
        &head,
        &edit_a.reach(),
        &[],
        2,
        Timestamp(1),
    ));
    // Tab B edited another part meanwhile, unsaved.
    let mut b = start.clone();
    let (profile_b, edit_b) = edit(&units[1], 0, &periods[2], Status::Blocked);
    b.apply(&profile_b, edit_b.clone()).unwrap();
    let theirs = storage.load().1;
    assert_eq!(
        store::changed(&head, &theirs),
        BTreeSet::from([
            store::HEAD_KEY.to_owned(),
            store::part_key(&units[0], &periods[0])
        ])
        .into_iter()
        .filter(|key| key != store::HEAD_KEY)
        .collect()
    );
    let (base, damaged) = store::stored_base(
        &b,
        &head,
        &theirs,
        &edit_b.reach(),
        &storage.stray(),
        &mut |key| storage.0.get(key).cloned(),
    )
    .unwrap();
    assert!(damaged.is_empty());
    assert!(base == a, "the base is exactly what tab A stored");
    let (merged, refused) =
        tiendo::domain::rebase::rebase(base, std::slice::from_ref(&edit_b), &profile_b);
    assert!(refused.is_empty());
    let mut both = a.clone();
    both.apply(&profile_b, edit_b.clone()).unwrap();
    assert!(merged == both);
    storage.apply(&store::save(
        &merged,
        &theirs,
        &edit_b.reach(),
        &[],
        3,
        Timestamp(2),
    ));
    assert!(storage.load().0 == both);
}

#[test]
fn a_damaged_part_is_returned_and_the_rest_loads() {
    let workspace = workload::workspace(SMALL).unwrap();
    let mut storage = Storage(store::encode_all(&workspace, 1, Timestamp(0)));
    let key = storage.stray()[3].clone();
    let text = storage.0[&key].clone();
    let cut = text
        .chars()
        .take(text.chars().count() / 2)
        .collect::<String>();
    storage.0.insert(key.clone(), cut.clone());
    let keys: BTreeSet<String> = storage.stray().into_iter().collect();
    let (loaded, damaged) = store::assemble(&keys, &mut |k| storage.0.get(k).cloned()).unwrap();
    assert_eq!(damaged.len(), 1);
    assert_eq!(
        (damaged[0].key.as_str(), damaged[0].text.as_str()),
        (key.as_str(), cut.as_str())
    );
    let (unit, period) = store::part_of(&key).unwrap();
    let expected = workspace
        .entries
        .keys()
        .filter(|k| k.unit != unit || k.period != period)
        .count();
    assert_eq!(loaded.entries.len(), expected);
    // A packed part whose characters were altered is caught too.
    let altered = text.replacen("\"packed\":\"", "\"packed\":\"a", 1);
    storage.0.insert(key.clone(), altered);
    let (_, damaged) = store::assemble(&keys, &mut |k| storage.0.get(k).cloned()).unwrap();
    assert!(
        matches!(
            &damaged[0].error,
            DecodeError::Store(StoreDamage::Packed(PackError::Alphabet('a')))
        ),
        "{:?}",
        damaged[0].error
    );
}

#[test]
fn without_a_readable_plan_nothing_is_assembled() {
    let values = store::encode_all(&sample_workspace(), 1, Timestamp(0));
    let keys: BTreeSet<String> = values.keys().cloned().collect();
    let mut without = values.clone();
    without.remove(store::PLAN_KEY);
    assert_eq!(
        store::assemble(&keys, &mut |k| without.get(k).cloned()).map(|_| ()),
        Err(Unassembled::NoPlan)
    );
    let mut damaged = values.clone();
    damaged.insert(
        store::PLAN_KEY.into(),
        "{\"format\":\"tiendo-store-part\"".into(),
    );
    assert!(matches!(
        store::assemble(&keys, &mut |k| damaged.get(k).cloned()),
        Err(Unassembled::Plan(d)) if d.key == store::PLAN_KEY
    ));
}

#[test]
fn damaged_or_newer_heads_are_refused_with_a_reason() {
    let text = store::encode_head(&Head {
        generation: 4,
        saved_at: Timestamp(1),
        parts: BTreeMap::new(),
    });
    assert!(matches!(
        store::read_head(&text[..text.len() / 2]),
        Err(DecodeError::Syntax { .. })
    ));
    assert!(matches!(
        store::read_head("not json"),
        Err(DecodeError::Syntax { .. })
    ));
    let newer = text.replacen("\"version\":3", "\"version\":4", 1);
    assert_eq!(
        store::read_head(&newer).map(|_| ()),
        Err(DecodeError::NewerVersion {
            found: 4,
            supported: 3
        })
    );
    let v1 = include_str!("../fixtures/store-v1.json");
    let bad_unit = v1.replacen(
        "\"monitoring_unit\": \"so-tttt\"",
        "\"monitoring_unit\": \"khong-co\"",
        1,
    );
    assert_ne!(bad_unit, v1);
    assert!(matches!(
        store::read_head(&bad_unit),
        Err(DecodeError::Plan(PlanError::UnknownMonitoringUnit(_)))
    ));
}

#[test]
fn the_generation_is_read_without_decoding_the_rest() {
    let text = store::encode_head(&Head {
        generation: 41,
        ..Head::default()
    });
    assert_eq!(store::peek_generation(&text), Some(41));
    assert_eq!(
        store::peek_generation("{\"format\":\"other\",\"generation\":3}"),
        None
    );
    assert_eq!(store::peek_generation("garbage"), None);
}
