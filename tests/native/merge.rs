//! Merge laws: idempotent, commutative, associative; any order of 60 report
//! files gives the same bytes; no owned edit is lost; tombstones never
//! resurrect; a unit writes only its own entries; the preview says what the
//! import does, and importing equals merging the whole sets.

use proptest::prelude::*;
use tiendo::domain::merge::{self, combine, merge_sets, EntrySets, Incoming};
use tiendo::domain::{Entry, EntryKey, PeriodId, Status, Timestamp, UnitId, Workspace};
use tiendo::format::exchange;

use crate::support::{canonical, entry, key, read, sixty_files, workspace};

fn arbitrary_entry() -> impl Strategy<Value = Entry> {
    (
        0u32..4,
        0i64..3,
        prop::sample::select(Status::ALL.to_vec()),
        prop::sample::select(vec!["", "a", "b"]),
        any::<bool>(),
    )
        .prop_map(|(revision, at, status, done, deleted)| Entry {
            deleted,
            ..entry(revision, at, status, done)
        })
}

fn arbitrary_sets() -> impl Strategy<Value = EntrySets> {
    let keys = prop::sample::select(vec![
        key("t1", "a", "2024-6t"),
        key("t1", "b", "2024-6t"),
        key("t2", "a", "2024-nam"),
    ]);
    prop::collection::vec((keys, prop::collection::vec(arbitrary_entry(), 1..4)), 0..4).prop_map(
        |rows| {
            let mut sets = EntrySets::new();
            for (key, entries) in rows {
                let current = sets.remove(&key).unwrap_or_default();
                sets.insert(key, combine(current.into_iter().chain(entries)));
            }
            sets
        },
    )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(10_000))]

    #[test]
    fn merge_is_idempotent(a in arbitrary_sets()) {
        prop_assert_eq!(merge_sets(&a, &a), a);
    }

    #[test]
    fn merge_is_commutative(a in arbitrary_sets(), b in arbitrary_sets()) {
        prop_assert_eq!(merge_sets(&a, &b), merge_sets(&b, &a));
    }

    #[test]
    fn merge_is_associative(a in arbitrary_sets(), b in arbitrary_sets(), c in arbitrary_sets()) {
        prop_assert_eq!(merge_sets(&merge_sets(&a, &b), &c), merge_sets(&a, &merge_sets(&b, &c)));
    }

    #[test]
    fn merge_never_lowers_a_revision(a in arbitrary_sets(), b in arbitrary_sets()) {
        let merged = merge_sets(&a, &b);
        for (key, list) in a.iter().chain(b.iter()) {
            prop_assert!(merged[key][0].revision >= list[0].revision);
        }
    }
}

#[test]
fn sixty_report_files_in_a_thousand_orders_give_the_same_bytes() {
    let ws = workspace();
    let mut files = sixty_files(&ws);
    let (expected, outcomes) = merge::import(&ws, &files);
    assert!(
        !expected.conflicts.is_empty(),
        "the same-revision pair conflicts"
    );
    assert!(outcomes
        .iter()
        .all(|o| o.refusal.is_none() && o.refused.is_empty()));
    let expected = canonical(&expected);
    let mut state: u64 = 0x9e37_79b9_7f4a_7c15;
    for _ in 0..1000 {
        for i in (1..files.len()).rev() {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            files.swap(i, (state % (i as u64 + 1)) as usize);
        }
        // Also in two drops, as files arrive over several days.
        let (half, _) = merge::import(&ws, &files[..27]);
        let (both, _) = merge::import(&half, &files[27..]);
        assert_eq!(canonical(&merge::import(&ws, &files).0), expected);
        assert_eq!(canonical(&both), expected);
    }
}

#[test]
fn no_owned_edit_is_lost_and_reimporting_changes_nothing() {
    let ws = workspace();
    let files = sixty_files(&ws);
    let (merged, _) = merge::import(&ws, &files);
    for file in &files {
        let Incoming::Report { entries, .. } = file else {
            unreachable!()
        };
        for (key, entry) in entries {
            let winner = &merged.entries[key];
            let kept = winner.revision > entry.revision
                || winner == entry
                || merged
                    .conflicts
                    .get(key)
                    .is_some_and(|list| list.contains(entry));
            assert!(kept, "{key:?} lost revision {}", entry.revision);
        }
    }
    let (again, outcomes) = merge::import(&merged, &files);
    assert_eq!(canonical(&again), canonical(&merged));
    assert!(outcomes.iter().all(|o| o.changes() == 0), "{outcomes:?}");
}

#[test]
fn a_tombstone_never_resurrects() {
    let ws = workspace();
    let unit = UnitId::new("so-vhttdl").unwrap();
    let k = key("t3.2", "so-vhttdl", "2024-6t");
    let mut deleted = ws.clone();
    deleted.entries.insert(
        k.clone(),
        Entry {
            deleted: true,
            ..entry(3, 3, Status::NotReported, "")
        },
    );
    let mut older = ws.clone();
    older
        .entries
        .insert(k.clone(), entry(2, 2, Status::Done, "bản cũ"));
    let period = [PeriodId::new("2024-6t").unwrap()];
    let files = [
        read(&exchange::encode_report(
            &deleted,
            &unit,
            &period,
            2,
            Timestamp(1),
        )),
        read(&exchange::encode_report(
            &older,
            &unit,
            &period,
            1,
            Timestamp(1),
        )),
    ];
    for order in [[0, 1], [1, 0]] {
        let ordered: Vec<Incoming> = order.iter().map(|&i| files[i].clone()).collect();
        let (merged, _) = merge::import(&ws, &ordered);
        assert!(merged.entries[&k].deleted);
        assert_eq!(merged.status(&k), Status::NotReported);
    }
}

#[test]
fn a_unit_cannot_write_another_units_entries() {
    let ws = workspace();
    let mut forged = ws.clone();
    forged.entries.insert(
        key("t3.2", "so-vhttdl", "2024-6t"),
        entry(9, 9, Status::Done, "của tôi"),
    );
    forged.entries.insert(
        key("t4.2", "so-tttt", "2024-6t"),
        entry(9, 9, Status::Done, "giả mạo"),
    );
    // Sở VHTTDL's file that also carries Sở TT&TT's entry: encode as if it were its own.
    let text = exchange::encode_report(
        &forged,
        &UnitId::new("so-vhttdl").unwrap(),
        &[PeriodId::new("2024-6t").unwrap()],
        1,
        Timestamp(1),
    );
    let mut incoming = read(&text);
    if let Incoming::Report { entries, .. } = &mut incoming {
        entries.push((
            key("t4.2", "so-tttt", "2024-6t"),
            entry(9, 9, Status::Done, "giả mạo"),
        ));
    }
    let (merged, outcomes) = merge::import(&ws, &[incoming]);
    assert_eq!(outcomes[0].new, 1);
    assert_eq!(outcomes[0].refused, [key("t4.2", "so-tttt", "2024-6t")]);
    assert!(!merged
        .entries
        .contains_key(&key("t4.2", "so-tttt", "2024-6t")));
}

#[test]
fn importing_equals_merging_the_whole_sets() {
    let ws = workspace();
    let files = sixty_files(&ws);
    let mut expected = ws.entry_sets();
    for file in &files {
        let Incoming::Report { entries, .. } = file else {
            unreachable!()
        };
        let mut sets = EntrySets::new();
        for (key, entry) in entries {
            sets.entry(key.clone()).or_default().push(entry.clone());
        }
        let sets: EntrySets = sets.into_iter().map(|(k, v)| (k, combine(v))).collect();
        expected = merge_sets(&expected, &sets);
    }
    let (merged, _) = merge::import(&ws, &files);
    assert_eq!(merged.entry_sets(), expected);
}

/// A workspace holding `sets` (winner first, the others as conflicts).
fn holding(sets: &EntrySets) -> Workspace {
    let mut ws = workspace();
    for (key, list) in sets {
        if let Some((winner, others)) = list.split_first() {
            ws.entries.insert(key.clone(), winner.clone());
            if !others.is_empty() {
                ws.conflicts.insert(key.clone(), others.to_vec());
            }
        }
    }
    ws
}

/// Report files carrying `sets`: per unit, one file per candidate rank (a
/// file holds a key once), its entries in key order or `reversed`.
fn files_of(ws: &Workspace, sets: &EntrySets, reversed: bool) -> Vec<Incoming> {
    let mut by_file: std::collections::BTreeMap<(UnitId, usize), Vec<(EntryKey, Entry)>> =
        Default::default();
    for (key, list) in sets {
        for (rank, entry) in list.iter().enumerate() {
            by_file
                .entry((key.unit.clone(), rank))
                .or_default()
                .push((key.clone(), entry.clone()));
        }
    }
    by_file
        .into_iter()
        .map(|((sender, _), mut entries)| {
            if reversed {
                entries.reverse();
            }
            Incoming::Report {
                plan_id: ws.plan.id.clone(),
                plan_revision: ws.plan.revision,
                sender,
                entries,
            }
        })
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(500))]

    /// The import moves the files' entries into the workspace; what it holds
    /// afterwards is the merge of the whole sets, whatever it held before.
    #[test]
    fn importing_files_equals_merging_their_sets(
        local in arbitrary_sets(),
        drops in prop::collection::vec(arbitrary_sets(), 1..4),
        reversed in any::<bool>(),
    ) {
        let base = holding(&local);
        let files: Vec<Incoming> =
            drops.iter().flat_map(|sets| files_of(&base, sets, reversed)).collect();
        let expected = drops.iter().fold(base.entry_sets(), |all, sets| merge_sets(&all, sets));
        let (merged, outcomes) = merge::import(&base, &files);
        prop_assert!(outcomes.iter().all(|o| o.refusal.is_none() && o.refused.is_empty()));
        prop_assert_eq!(merged.entry_sets(), expected);
    }
}

/// The files the preview property draws from: the sixty, plus a forged one
/// (another unit's entry), one of an unknown plan, one made against a newer
/// plan revision and one whose entries are marked sample.
fn preview_pool() -> &'static (Workspace, Vec<Incoming>) {
    static POOL: std::sync::OnceLock<(Workspace, Vec<Incoming>)> = std::sync::OnceLock::new();
    POOL.get_or_init(|| {
        let mut ws = workspace();
        for (key, entry) in tiendo::format::sample::sample_entries(&ws) {
            ws.entries.insert(key, entry);
        }
        let mut files = sixty_files(&workspace());
        let mut variant = |edit: &dyn Fn(&mut Incoming)| {
            let mut file = files[0].clone();
            edit(&mut file);
            files.push(file);
        };
        variant(&|file| {
            if let Incoming::Report { entries, .. } = file {
                entries.push((
                    key("t4.2", "so-tttt", "2024-6t"),
                    entry(9, 9, Status::Done, "giả mạo"),
                ));
            }
        });
        variant(&|file| {
            if let Incoming::Report { plan_id, .. } = file {
                *plan_id = tiendo::domain::PlanId::new("ke-hoach-khac").unwrap();
            }
        });
        variant(&|file| {
            if let Incoming::Report { plan_revision, .. } = file {
                *plan_revision += 1;
            }
        });
        variant(&|file| {
            if let Incoming::Report { entries, .. } = file {
                for (_, entry) in entries.iter_mut() {
                    entry.sample = true;
                }
            }
        });
        (ws, files)
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    /// The preview says what the import does, file by file, whatever the
    /// drop and whatever the files merged before it (the sample included).
    #[test]
    fn the_preview_says_what_the_import_does(
        order in Just((0..64).collect::<Vec<usize>>()).prop_shuffle(),
        before in 0usize..64,
        dropped in 1usize..64,
    ) {
        let (ws, files) = preview_pool();
        let ordered: Vec<Incoming> = order.iter().map(|&i| files[i].clone()).collect();
        let (base, _) = merge::import(ws, &ordered[..before]);
        let drop = &ordered[before..(before + dropped).min(ordered.len())];
        let refs: Vec<&Incoming> = drop.iter().collect();
        prop_assert_eq!(merge::preview(&base, &refs), merge::import(&base, drop).1);
    }
}

/// The same entry twice is one candidate; entries that differ only as 0 and
/// -0 are written out differently, so both stay (every browser keeps both).
#[test]
fn combine_collapses_only_entries_written_the_same() {
    let one = entry(2, 5, Status::Done, "Đã xong");
    assert_eq!(combine([one.clone(), one.clone()]), vec![one.clone()]);
    let with = |value: f64| {
        let mut e = one.clone();
        e.indicators
            .insert(tiendo::domain::IndicatorId::new("tin-bai").unwrap(), value);
        e
    };
    assert_eq!(combine([with(0.0), with(-0.0)]).len(), 2);
    let written = |list: Vec<Entry>| serde_json::to_string(&list).unwrap();
    assert_eq!(
        written(combine([with(-0.0), with(0.0)])),
        written(combine([with(0.0), with(-0.0)]))
    );
    assert_eq!(combine([with(1.5), with(1.5)]), [with(1.5)]);
}

/// A file can only mark entries as the removable sample by forgery or bug:
/// its entries arrive as real ones, counted and kept.
#[test]
fn entries_a_file_marks_as_sample_arrive_as_real_entries() {
    let ws = workspace();
    let mut file = sixty_files(&ws).swap_remove(0);
    let Incoming::Report { entries, .. } = &mut file else {
        unreachable!()
    };
    let count = entries.len();
    for (_, entry) in entries.iter_mut() {
        entry.sample = true;
    }
    let (merged, outcomes) = merge::import(&ws, std::slice::from_ref(&file));
    assert_eq!(outcomes[0].new, count);
    assert_eq!(merged.entries.len(), count);
    assert!(merged.entries.values().all(|entry| !entry.sample));
    assert_eq!(merge::preview(&ws, &[&file]), outcomes);
}
