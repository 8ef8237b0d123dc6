//! Merge laws and exchange behaviour: idempotent, commutative, associative;
//! any order of 60 report files gives the same bytes; no owned edit is lost;
//! tombstones never resurrect; ownership and plan revisions are enforced.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use tiendo::domain::merge::{
    self, combine, merge_sets, EntrySets, FileRefusal, Incoming, PlanVerdict,
};
use tiendo::domain::{Entry, EntryKey, PeriodId, Status, TaskId, Timestamp, UnitId, Workspace};
use tiendo::format::{exchange, seed};

fn key(task: &str, unit: &str, period: &str) -> EntryKey {
    EntryKey {
        task: TaskId::new(task).unwrap(),
        unit: UnitId::new(unit).unwrap(),
        period: PeriodId::new(period).unwrap(),
    }
}

fn entry(revision: u32, at: i64, status: Status, done: &str) -> Entry {
    Entry {
        status,
        done: done.into(),
        revision,
        updated_at: Timestamp(at),
        ..Entry::default()
    }
}

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

fn workspace() -> Workspace {
    Workspace::new(seed::seed_plan().unwrap())
}

/// A unit's report file text: `count` entries of the unit at a revision.
fn report(ws: &Workspace, unit: &str, revision: u32, status: Status, text: &str) -> String {
    let mut source = ws.clone();
    let unit_id = UnitId::new(unit).unwrap();
    for owed in tiendo::domain::progress::owed(ws, tiendo::domain::Period::half_year(2024)) {
        if owed.unit == unit_id {
            source.entries.insert(
                key(owed.task.as_str(), unit, "2024-6t"),
                entry(revision, i64::from(revision) * 1000, status, text),
            );
        }
    }
    exchange::encode_report(
        &source,
        &unit_id,
        &[PeriodId::new("2024-6t").unwrap()],
        u64::from(revision),
        Timestamp(1),
    )
}

fn read(text: &str) -> Incoming {
    exchange::read(text.as_bytes()).unwrap().incoming
}

/// 60 files: the 34 reporting units, 26 of them twice (a first and a later revision),
/// one pair written at the same revision with different text (a conflict).
fn sixty_files(ws: &Workspace) -> Vec<Incoming> {
    let units: Vec<String> =
        tiendo::domain::progress::owed(ws, tiendo::domain::Period::half_year(2024))
            .into_iter()
            .filter(|owed| owed.task.as_str() == "t2")
            .map(|owed| owed.unit.to_string())
            .collect();
    assert_eq!(units.len(), 34);
    let mut files = Vec::new();
    for (index, unit) in units.iter().enumerate() {
        files.push(read(&report(
            ws,
            unit,
            1,
            Status::InProgress,
            "Đang triển khai",
        )));
        if index < 25 {
            files.push(read(&report(
                ws,
                unit,
                2,
                Status::Done,
                "Đã hoàn thành trong kỳ",
            )));
        }
    }
    files.push(read(&report(
        ws,
        &units[30],
        1,
        Status::Blocked,
        "Bản khác cùng lần sửa",
    )));
    assert_eq!(files.len(), 60);
    files
}

fn canonical(ws: &Workspace) -> String {
    serde_json::to_string(ws).unwrap()
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
fn plan_revisions_rule_structure_and_reports() {
    let ws = workspace();
    let mut newer = ws.plan.clone();
    newer.revision = 2;
    newer.tasks.retain(|t| t.number != "5");
    let with_entry = {
        let (merged, _) = merge::import(
            &ws,
            &[read(&report(&ws, "bao-lang-son", 1, Status::Done, "x"))],
        );
        merged
    };
    assert!(with_entry
        .entries
        .contains_key(&key("t5", "bao-lang-son", "2024-6t")));
    let plan_text = tiendo::format::plan_file::encode(&newer, 2, Timestamp(5));
    let (updated, outcomes) = merge::import(&with_entry, &[read(&plan_text)]);
    assert_eq!(
        outcomes[0].plan,
        Some(PlanVerdict::Replaced { from: 1, to: 2 })
    );
    assert_eq!(updated.plan.revision, 2);
    assert!(
        updated
            .entries
            .contains_key(&key("t5", "bao-lang-son", "2024-6t")),
        "entries of removed tasks are kept"
    );
    // A report made against revision 2 cannot enter a browser still on revision 1.
    let mut on_two = ws.clone();
    on_two.plan.revision = 2;
    let early = read(&report(&on_two, "so-y-te", 1, Status::Done, "y"));
    let (_, outcomes) = merge::import(&ws, std::slice::from_ref(&early));
    assert_eq!(
        outcomes[0].refusal,
        Some(FileRefusal::PlanRevisionNewer { found: 2, ours: 1 })
    );
    // In one drop with the plan update, order does not matter.
    let (both, outcomes) = merge::import(&ws, &[early, read(&plan_text)]);
    assert!(outcomes[0].refusal.is_none());
    assert!(both.entries.contains_key(&key("t1", "so-y-te", "2024-6t")));
}

#[test]
fn another_plan_takes_the_open_ones_place_and_the_shelf_gives_it_back() {
    let seed_plan = seed::seed_plan().unwrap();
    let ws = workspace();
    assert!(
        !ws.holds_work(&seed_plan),
        "the seed as it ships holds no work"
    );
    let (with_entry, _) = merge::import(
        &ws,
        &[read(&report(&ws, "bao-lang-son", 1, Status::Done, "x"))],
    );
    assert!(with_entry.holds_work(&seed_plan));
    let mut amended = ws.clone();
    amended.plan.revision = 2;
    assert!(
        amended.holds_work(&seed_plan),
        "an amended plan is work too"
    );

    let mut other = seed_plan.clone();
    other.id = tiendo::domain::PlanId::new("kh-12-2025-lang-son").unwrap();
    other.document.number = "12/KH-UBND".into();
    let file = read(&tiendo::format::plan_file::encode(&other, 1, Timestamp(5)));
    assert!(file.replaces_plan(&ws.plan.id));
    assert!(!file.replaces_plan(&other.id));
    let own_report = read(&report(&ws, "so-y-te", 1, Status::Done, "y"));
    assert!(
        !own_report.replaces_plan(&other.id),
        "a report never replaces a plan"
    );

    // The UI puts the open plan away first, then imports: the other plan opens empty.
    let shelved = tiendo::format::shelf::encode(&with_entry, &Default::default(), Timestamp(9));
    let (opened, outcomes) = merge::import(&with_entry, &[file, own_report]);
    assert_eq!(outcomes[0].plan, Some(PlanVerdict::Switched));
    assert_eq!(
        outcomes[1].refusal,
        Some(FileRefusal::UnknownPlan {
            found: ws.plan.id.clone()
        }),
        "a report of the plan put away does not land on the other"
    );
    assert_eq!(opened, Workspace::new(other));
    // Opening the first plan again gives back every report it held.
    let back = tiendo::format::shelf::decode(&shelved).unwrap();
    assert_eq!(canonical(&back), canonical(&with_entry));
    // Báo Lạng Sơn's report on each of its six tasks.
    assert_eq!(tiendo::format::shelf::reports(&back), 6);
}

#[test]
fn a_backup_restores_everything_exactly() {
    let mut ws = workspace();
    let (merged, _) = merge::import(&ws, &sixty_files(&ws));
    ws = merged;
    let backup = exchange::Backup {
        workspace: ws.clone(),
        settings: Default::default(),
    };
    let text = exchange::encode_backup(&backup, None, Timestamp(7));
    let received = exchange::read(text.as_bytes()).unwrap();
    let (restored, outcomes) = merge::import(&workspace(), &[received.incoming]);
    assert!(outcomes[0].restored);
    assert_eq!(canonical(&restored), canonical(&ws));
}

#[test]
fn email_texts_tell_the_recipient_what_to_do() {
    let ws = workspace();
    let (subject, body) = exchange::report_email(
        &ws.plan,
        "Sở Văn hóa, Thể thao và Du lịch",
        "6 tháng đầu năm 2024",
        "KH61-2024_BaoCao_SoVHTTDL_2024-6T.json",
        tiendo::domain::Date::new(2024, 7, 1).unwrap(),
    );
    assert_eq!(subject, "Báo cáo kết quả thực hiện Kế hoạch số 61/KH-UBND – Sở Văn hóa, Thể thao và Du lịch – 6 tháng đầu năm 2024");
    assert!(body.starts_with("Kính gửi Sở Thông tin và Truyền thông,"));
    assert!(body.contains("“Nhập tệp”"));
    let link = exchange::mailto("sotttt@langson.gov.vn", &subject, &body);
    assert!(link.starts_with("mailto:sotttt@langson.gov.vn?subject=B%C3%A1o%20c%C3%A1o"));
    assert!(link.contains("%0D%0A%0D%0A"), "line breaks are CRLF");
    let (_, plan_body) = exchange::plan_email(
        &ws.plan,
        "KH61-2024_KeHoach_r1.json",
        Some(("6 tháng đầu năm 2024".into(), "15/06/2024".into())),
        tiendo::domain::Date::new(2024, 6, 1).unwrap(),
    );
    assert!(plan_body.contains("gửi trước ngày 15/06/2024"));
    // After the 2025 mergers the report goes to whoever monitors then.
    let (_, later) = exchange::report_email(
        &ws.plan,
        "Sở Y tế",
        "Năm 2026",
        "KH61-2024_BaoCao_SoYTe_2026-Nam.json",
        tiendo::domain::Date::new(2026, 12, 1).unwrap(),
    );
    assert!(
        later.starts_with("Kính gửi Sở Văn hóa, Thể thao và Du lịch,"),
        "{later}"
    );
    // One reminder to every late unit, each with what it owes, in blind copy.
    let late = [
        ("Báo Lạng Sơn".to_owned(), vec!["3.2".to_owned()]),
        ("Sở Y tế".to_owned(), vec!["4.2".to_owned(), "5".to_owned()]),
    ];
    let (subject, body) = exchange::reminder_all_email(
        &ws.plan,
        &late,
        "6 tháng đầu năm 2024",
        "15/06/2024",
        tiendo::domain::Date::new(2024, 6, 20).unwrap(),
    );
    assert_eq!(
        subject,
        "Đôn đốc báo cáo kết quả thực hiện Kế hoạch số 61/KH-UBND – 6 tháng đầu năm 2024"
    );
    assert!(body.starts_with("Kính gửi các cơ quan, đơn vị,"));
    assert!(body.contains("Sở Thông tin và Truyền thông đề nghị"));
    assert!(body.contains("(hạn 15/06/2024)"));
    assert!(body.contains("\n- Báo Lạng Sơn: nhiệm vụ 3.2\n- Sở Y tế: nhiệm vụ 4.2, 5\n"));
    let link = exchange::mailto_bcc("toasoan@baolangson.vn,syt@langson.gov.vn", &subject, &body);
    assert!(link.starts_with(
        "mailto:?bcc=toasoan@baolangson.vn,syt@langson.gov.vn&subject=%C4%90%C3%B4n%20%C4%91%E1%BB%91c"
    ));
    assert!(link.contains("&body=K%C3%ADnh%20g%E1%BB%ADi"));
    // The reminder to one unit opens the same way, in the singular.
    let (one_subject, one) = exchange::reminder_email(
        &ws.plan,
        "Sở Y tế",
        "6 tháng đầu năm 2024",
        "15/06/2024",
        &["4.2".to_owned(), "5".to_owned()],
        tiendo::domain::Date::new(2024, 6, 20).unwrap(),
    );
    assert_eq!(one_subject, subject);
    assert_eq!(
        one,
        format!(
            "Kính gửi Sở Y tế,\n\nThực hiện Kế hoạch số 61/KH-UBND ngày 18/03/2024 của {}, Sở Thông tin và Truyền thông đề nghị quý cơ quan gửi báo cáo kết quả thực hiện kỳ 6 tháng đầu năm 2024 (hạn 15/06/2024). Đến nay chưa nhận được báo cáo các nhiệm vụ: 4.2, 5.\n\nĐề nghị quý cơ quan nhập kết quả trên Tiến Độ và gửi lại tệp báo cáo qua thư điện tử.\n\nTrân trọng.",
            ws.plan.document.issuer
        )
    );
    // Nobody's address known: no empty blind copy.
    assert!(exchange::mailto_bcc("", &subject, &body).starts_with("mailto:?subject="));
}

#[test]
fn file_names_explain_themselves() {
    let ws = workspace();
    let period = tiendo::domain::Period::half_year(2024);
    assert_eq!(
        exchange::report_file_name(&ws.plan, "Sở VHTTDL", &[period]),
        "KH61-2024_BaoCao_SoVHTTDL_2024-6T.json"
    );
    assert_eq!(
        exchange::report_file_name(&ws.plan, "Đài PT-TH tỉnh", &[period]),
        "KH61-2024_BaoCao_DaiPTTHtinh_2024-6T.json"
    );
    assert_eq!(
        exchange::plan_file_name(&ws.plan),
        "KH61-2024_KeHoach_r1.json"
    );
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
