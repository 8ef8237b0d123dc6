//! Commands on the seed workspace: ownership, validation, and that a refused
//! command changes nothing (property-tested over random command sequences).

use proptest::prelude::*;
use tiendo::domain::budget::MAX_DONG;
use tiendo::domain::rebase::rebase;
use tiendo::domain::{
    progress, Command, CommandError, Entry, EntryChange, EntryKey, Evidence, EvidenceKind, Funding,
    Period, Profile, Status, Timestamp, UnitId, Workspace,
};

use crate::support::{key, workspace};

fn unit_profile(unit: &str) -> Profile {
    Profile::Unit {
        unit: UnitId::new(unit).unwrap(),
    }
}

fn update(key: EntryKey, change: EntryChange, at: i64) -> Command {
    Command::UpdateEntry {
        key,
        change,
        at: Timestamp(at),
    }
}

/// Applies a command and checks it either succeeds or leaves the workspace as it was.
fn check(
    workspace: &mut Workspace,
    profile: &Profile,
    command: Command,
) -> Result<(), CommandError> {
    let before = workspace.clone();
    let result = workspace.apply(profile, command);
    if result.is_err() {
        assert_eq!(
            *workspace, before,
            "a refused command changed the workspace"
        );
    }
    result
}

#[test]
fn a_unit_writes_its_own_entry_and_each_change_adds_a_revision() {
    let mut ws = workspace();
    let profile = unit_profile("so-vhttdl");
    let k = key("t3.2", "so-vhttdl", "2024-6t");
    check(
        &mut ws,
        &profile,
        update(k.clone(), EntryChange::Status(Status::InProgress), 10),
    )
    .unwrap();
    check(
        &mut ws,
        &profile,
        update(k.clone(), EntryChange::Progress(Some(60)), 20),
    )
    .unwrap();
    let entry = &ws.entries[&k];
    assert_eq!(
        (entry.status, entry.progress, entry.revision),
        (Status::InProgress, Some(60), 2)
    );
    assert_eq!(entry.updated_at, Timestamp(20));
    assert_eq!(ws.status(&k), Status::InProgress);
}

#[test]
fn invalid_commands_are_refused_and_change_nothing() {
    let mut ws = workspace();
    let vh = unit_profile("so-vhttdl");
    let cases = [
        (
            vh.clone(),
            update(
                key("t9", "so-vhttdl", "2024-6t"),
                EntryChange::Status(Status::Done),
                1,
            ),
            CommandError::UnknownTask,
        ),
        (
            vh.clone(),
            update(
                key("t3", "so-vhttdl", "2024-6t"),
                EntryChange::Status(Status::Done),
                1,
            ),
            CommandError::NotALeaf,
        ),
        (
            vh.clone(),
            update(
                key("t3.2", "so-vhttdl", "2024-q2"),
                EntryChange::Status(Status::Done),
                1,
            ),
            CommandError::UnknownPeriod,
        ),
        (
            vh.clone(),
            update(
                key("t3.2", "so-vhttdl", "2023-6t"),
                EntryChange::Status(Status::Done),
                1,
            ),
            CommandError::UnknownPeriod,
        ),
        (
            vh.clone(),
            update(
                key("t3.2", "so-tttt", "2024-6t"),
                EntryChange::Status(Status::Done),
                1,
            ),
            CommandError::NotOwner {
                owner: UnitId::new("so-tttt").unwrap(),
            },
        ),
        (
            Profile::Leader,
            update(
                key("t3.2", "so-vhttdl", "2024-6t"),
                EntryChange::Status(Status::Done),
                1,
            ),
            CommandError::ReadOnlyProfile,
        ),
        (
            unit_profile("ban-tuyen-giao-tu"),
            update(
                key("t1", "ban-tuyen-giao-tu", "2024-6t"),
                EntryChange::Status(Status::Done),
                1,
            ),
            CommandError::NotAssigned,
        ),
        (
            unit_profile("bao-lang-son"),
            update(
                key("t1", "bao-lang-son", "2024-6t"),
                EntryChange::Status(Status::Done),
                1,
            ),
            CommandError::NotAssigned,
        ),
        (
            vh.clone(),
            update(
                key("t3.2", "so-vhttdl", "2024-6t"),
                EntryChange::Progress(Some(101)),
                1,
            ),
            CommandError::ProgressOutOfRange(101),
        ),
        (
            vh.clone(),
            update(
                key("t3.2", "so-vhttdl", "2024-6t"),
                EntryChange::RemoveEvidence(0),
                1,
            ),
            CommandError::NoSuchEvidence(0),
        ),
        (
            vh.clone(),
            Command::DeleteEntry {
                key: key("t3.2", "so-vhttdl", "2024-6t"),
                at: Timestamp(1),
            },
            CommandError::NoSuchEntry,
        ),
    ];
    for (profile, command, expected) in cases {
        assert_eq!(check(&mut ws, &profile, command), Err(expected));
    }
    assert!(ws.entries.is_empty());
}

#[test]
fn the_monitoring_profile_writes_the_monitoring_units_entries() {
    let mut ws = workspace();
    let k = key("t4.2", "so-tttt", "2024-nam");
    check(
        &mut ws,
        &Profile::Monitoring,
        update(k.clone(), EntryChange::Status(Status::Done), 5),
    )
    .unwrap();
    assert_eq!(
        check(
            &mut ws,
            &Profile::Monitoring,
            update(
                key("t4.2", "so-vhttdl", "2024-nam"),
                EntryChange::Status(Status::Done),
                6
            )
        ),
        Err(CommandError::NotOwner {
            owner: UnitId::new("so-vhttdl").unwrap()
        })
    );
}

/// After 01/03/2025 the people who follow 61/KH-UBND work at Sở VHTTDL (Sở
/// TT&TT's successor for the plan's subject): the monitoring profile writes
/// Sở VHTTDL's entries from 2026, and still Sở TT&TT's for the periods it
/// existed in (2025's first half).
#[test]
fn after_the_merger_the_monitoring_profile_writes_its_successors_entries() {
    let mut ws = workspace();
    check(
        &mut ws,
        &Profile::Monitoring,
        update(
            key("t4.2", "so-vhttdl", "2026-6t"),
            EntryChange::Status(Status::Done),
            5,
        ),
    )
    .unwrap();
    assert_eq!(
        check(
            &mut ws,
            &Profile::Monitoring,
            update(
                key("t4.2", "so-tttt", "2026-6t"),
                EntryChange::Status(Status::Done),
                6
            ),
        ),
        Err(CommandError::NotAssigned)
    );
    check(
        &mut ws,
        &Profile::Monitoring,
        update(
            key("t4.2", "so-tttt", "2025-6t"),
            EntryChange::Status(Status::Done),
            7,
        ),
    )
    .unwrap();
    assert_eq!(
        check(
            &mut ws,
            &Profile::Monitoring,
            update(
                key("t3.2", "so-vhttdl", "2025-6t"),
                EntryChange::Status(Status::Done),
                8
            ),
        ),
        Err(CommandError::NotOwner {
            owner: UnitId::new("so-vhttdl").unwrap()
        })
    );
}

#[test]
fn a_deletion_is_a_tombstone_that_reads_as_not_reported() {
    let mut ws = workspace();
    let profile = unit_profile("bao-lang-son");
    let k = key("t2", "bao-lang-son", "2024-6t");
    let evidence = Evidence {
        kind: EvidenceKind::Article,
        title: "Loạt bài về Lạng Sơn".into(),
        date: None,
        count: Some(12),
        link: None,
    };
    check(
        &mut ws,
        &profile,
        update(k.clone(), EntryChange::AddEvidence(evidence), 1),
    )
    .unwrap();
    check(
        &mut ws,
        &profile,
        Command::DeleteEntry {
            key: k.clone(),
            at: Timestamp(2),
        },
    )
    .unwrap();
    let entry = &ws.entries[&k];
    assert!(entry.deleted && entry.evidence.is_empty());
    assert_eq!(entry.revision, 2);
    assert_eq!(ws.status(&k), Status::NotReported);
}

#[test]
fn progress_counts_every_owed_report_of_a_period() {
    let mut ws = workspace();
    let owed = progress::owed(&ws, Period::half_year(2024));
    // 7 leaves: t1 has 20 depts + 11 districts; t2, t3.1, t3.2, t4.1, t4.2, t5 add 3 press.
    assert_eq!(owed.len(), 31 + 6 * 34);
    let profile = unit_profile("so-vhttdl");
    check(
        &mut ws,
        &profile,
        update(
            key("t3.2", "so-vhttdl", "2024-6t"),
            EntryChange::Status(Status::Done),
            1,
        ),
    )
    .unwrap();
    check(
        &mut ws,
        &profile,
        update(
            key("t1", "so-vhttdl", "2024-6t"),
            EntryChange::Status(Status::Blocked),
            1,
        ),
    )
    .unwrap();
    let owed = progress::owed(&ws, Period::half_year(2024));
    let tally = progress::overall(&owed);
    assert_eq!(
        (
            tally.reported(),
            tally.complete(),
            tally.count(Status::Blocked)
        ),
        (2, 1, 1)
    );
    let by_task = progress::by_task(&ws, &owed);
    assert_eq!(by_task.len(), 7);
    assert_eq!(by_task[3].0.as_str(), "t3.2");
    assert_eq!(by_task[3].1.count(Status::Done), 1);
    let sections = progress::by_section(&ws, &owed);
    let names: Vec<&str> = sections.iter().map(|(id, _)| id.as_str()).collect();
    assert_eq!(names, ["t1", "t2", "t3", "t4", "t5"]);
    assert_eq!(sections[2].1.total(), 68);
    assert_eq!(sections[2].1.complete(), 1);
    let units = progress::by_unit(&owed);
    assert_eq!(units[&UnitId::new("so-vhttdl").unwrap()].reported(), 2);
    // Units owe reports only in periods they existed in: Sở TT&TT until 28/02/2025,
    // the districts until 30/06/2025, Sở NN&MT from 01/03/2025.
    let owes = |period: Period, unit: &str| {
        progress::owed(&ws, period)
            .iter()
            .any(|o| o.unit.as_str() == unit)
    };
    assert!(!owes(Period::year(2024), "so-nnmt"));
    assert!(owes(Period::year(2025), "so-nnmt") && owes(Period::year(2025), "so-tttt"));
    assert!(!owes(Period::year(2026), "so-tttt") && !owes(Period::year(2026), "ubnd-dinh-lap"));
    let trend = progress::by_period(&ws, &[Period::half_year(2024), Period::year(2024)]);
    assert_eq!(trend[0].1.reported(), 2);
    assert_eq!(trend[1].1.reported(), 0);
}

#[test]
fn rebasing_keeps_the_other_tabs_work_and_replays_ours() {
    let mut theirs = workspace();
    let mut ours = workspace();
    let profile = unit_profile("so-vhttdl");
    let k1 = key("t3.2", "so-vhttdl", "2024-6t");
    let k2 = key("t1", "so-vhttdl", "2024-6t");
    theirs
        .apply(
            &profile,
            update(k1.clone(), EntryChange::Done("Tab A".into()), 1),
        )
        .unwrap();
    let pending = vec![
        update(k2.clone(), EntryChange::Status(Status::Done), 2),
        update(k1.clone(), EntryChange::Status(Status::InProgress), 3),
    ];
    for command in &pending {
        ours.apply(&profile, command.clone()).unwrap();
    }
    let (merged, refused) = rebase(theirs, &pending, &profile);
    assert!(refused.is_empty());
    assert_eq!(merged.entries[&k1].done, "Tab A");
    assert_eq!(merged.entries[&k1].status, Status::InProgress);
    assert_eq!(merged.entries[&k1].revision, 2);
    assert_eq!(merged.entries[&k2].status, Status::Done);
}

fn arbitrary_command() -> impl Strategy<Value = (Profile, Command)> {
    let tasks = prop::sample::select(vec!["t1", "t2", "t3", "t3.1", "t3.2", "t4.2", "t5", "t9"]);
    let units = prop::sample::select(vec![
        "so-vhttdl",
        "so-tttt",
        "bao-lang-son",
        "ubnd-dinh-lap",
        "ban-tuyen-giao-tu",
        "ubnd-tinh",
    ]);
    let periods = prop::sample::select(vec![
        "2024-6t", "2024-nam", "2025-6t", "2024-q1", "2023-nam",
    ]);
    let profiles = prop::sample::select(vec![0usize, 1, 2, 3, 4]);
    let changes = prop_oneof![
        prop::sample::select(Status::ALL.to_vec()).prop_map(EntryChange::Status),
        (0u8..=120).prop_map(|p| EntryChange::Progress(Some(p))),
        "[a-zđ ]{0,12}".prop_map(EntryChange::Done),
        (0usize..3).prop_map(EntryChange::RemoveEvidence),
        Just(EntryChange::AddEvidence(Evidence {
            kind: EvidenceKind::Event,
            title: "Hội nghị".into(),
            date: None,
            count: None,
            link: None
        })),
        // Amounts around the largest taken.
        prop::sample::select(vec![0u64, 12_500_000, MAX_DONG, MAX_DONG + 1])
            .prop_map(|d| EntryChange::Spent(Some(d))),
        prop::sample::select(vec![None, Some(MAX_DONG + 1)]).prop_map(EntryChange::Requested),
        prop::option::of(prop::sample::select(Funding::ALL.to_vec()))
            .prop_map(EntryChange::Funding),
        ((0u8..=120), "[a-z ]{0,8}").prop_map(|(progress, done)| EntryChange::Carry(Box::new(
            Entry {
                progress: Some(progress),
                done,
                ..Entry::default()
            }
        ))),
    ];
    (
        tasks,
        units.clone(),
        periods,
        profiles,
        units,
        changes,
        0i64..1000,
        any::<bool>(),
    )
        .prop_map(
            |(task, unit, period, profile, acting, change, at, delete)| {
                let profile = match profile {
                    0 => Profile::Monitoring,
                    1 => Profile::Leader,
                    _ => Profile::Unit {
                        unit: UnitId::new(acting).unwrap(),
                    },
                };
                let key = key(task, unit, period);
                let command = if delete {
                    Command::DeleteEntry {
                        key,
                        at: Timestamp(at),
                    }
                } else {
                    update(key, change, at)
                };
                (profile, command)
            },
        )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn any_refused_command_leaves_the_workspace_unchanged(commands in prop::collection::vec(arbitrary_command(), 1..40)) {
        let mut ws = workspace();
        for (profile, command) in commands {
            let revision_before = match &command {
                Command::UpdateEntry { key, .. } | Command::DeleteEntry { key, .. } => ws.entries.get(key).map(|e| e.revision),
                _ => None,
            };
            let key = match &command {
                Command::UpdateEntry { key, .. } | Command::DeleteEntry { key, .. } => Some(key.clone()),
                _ => None,
            };
            if check(&mut ws, &profile, command).is_ok() {
                let key = key.unwrap();
                prop_assert_eq!(ws.entries[&key].revision, revision_before.unwrap_or(0) + 1);
                let start = Period::parse(&key.period).unwrap().start();
                prop_assert_eq!(Some(key.unit.clone()), profile.acting_unit(&ws.plan, start));
            }
        }
    }
}

/// A field typed back to what it held is not an edit (the editor commits
/// held typing only when it changes the entry).
#[test]
fn a_change_knows_whether_it_changes_the_entry() {
    use tiendo::domain::{Entry, IndicatorId};
    let entry = Entry {
        progress: Some(60),
        ..Entry::default()
    };
    assert!(!EntryChange::Progress(Some(60)).changes(&entry));
    assert!(EntryChange::Progress(Some(65)).changes(&entry));
    assert!(EntryChange::Progress(None).changes(&entry));
    assert!(!EntryChange::Status(Status::NotReported).changes(&entry));
    let figure = IndicatorId::new("tin-bai").unwrap();
    assert!(!EntryChange::Indicator(figure.clone(), None).changes(&entry));
    assert!(EntryChange::Indicator(figure, Some(12.5)).changes(&entry));
}

/// A new period of ongoing work starts from the unit's last report on the
/// task: what is still empty is filled, what belongs to a period is not.
#[test]
fn an_earlier_report_carries_into_an_empty_entry() {
    let mut ws = workspace();
    let profile = unit_profile("so-vhttdl");
    let first = key("t3.2", "so-vhttdl", "2024-6t");
    let year = key("t3.2", "so-vhttdl", "2024-nam");
    let next = key("t3.2", "so-vhttdl", "2025-6t");
    let evidence = Evidence {
        kind: EvidenceKind::Article,
        title: "Tin, bài".into(),
        date: None,
        count: Some(12),
        link: None,
    };
    for (at, change) in [
        (1, EntryChange::Status(Status::InProgress)),
        (2, EntryChange::Progress(Some(60))),
        (3, EntryChange::Done("Đăng 12 tin, bài quảng bá".into())),
        (4, EntryChange::Proposals("Bổ sung biên dịch viên".into())),
        (5, EntryChange::AddEvidence(evidence)),
        (6, EntryChange::Spent(Some(5_000_000))),
    ] {
        check(&mut ws, &profile, update(first.clone(), change, at)).unwrap();
    }
    // Nothing earlier than the first period; the year (ending after the
    // half-year began) does not count for the half-year.
    assert!(ws.previous_report(&first).is_none());
    assert_eq!(
        ws.previous_report(&year).map(|(p, _)| p.id()),
        None,
        "2024-6t ends inside the year"
    );
    let (period, earlier) = ws.previous_report(&next).unwrap();
    assert_eq!(period.id().as_str(), "2024-6t");
    let earlier = earlier.clone();
    // The year's report, once written, is the latest before 2025.
    check(
        &mut ws,
        &profile,
        update(year.clone(), EntryChange::Done("Cả năm".into()), 7),
    )
    .unwrap();
    assert_eq!(
        ws.previous_report(&next).map(|(p, _)| p.id().to_string()),
        Some("2024-nam".into())
    );

    // Already started: what is written stays, only the empty fields fill.
    check(
        &mut ws,
        &profile,
        update(
            next.clone(),
            EntryChange::Obstacles("Thiếu người".into()),
            8,
        ),
    )
    .unwrap();
    check(
        &mut ws,
        &profile,
        update(next.clone(), EntryChange::Carry(Box::new(earlier)), 9),
    )
    .unwrap();
    let carried = &ws.entries[&next];
    assert_eq!(carried.status, Status::InProgress);
    assert_eq!(carried.progress, Some(60));
    assert_eq!(carried.done, "Đăng 12 tin, bài quảng bá");
    assert_eq!(carried.obstacles, "Thiếu người");
    assert_eq!(carried.proposals, "Bổ sung biên dịch viên");
    assert!(carried.evidence.is_empty(), "evidence is the period's own");
    assert!(carried.budget.is_empty(), "funding is the period's own");
    assert_eq!(carried.revision, 2, "one edit");

    // Withdrawn or sample reports are not offered; another unit's never.
    check(
        &mut ws,
        &profile,
        Command::DeleteEntry {
            key: year,
            at: Timestamp(10),
        },
    )
    .unwrap();
    assert_eq!(
        ws.previous_report(&next).map(|(p, _)| p.id().to_string()),
        Some("2024-6t".into())
    );
    ws.entries.get_mut(&first).unwrap().sample = true;
    assert!(ws.previous_report(&next).is_none());
    assert!(ws
        .previous_report(&key("t3.2", "bao-lang-son", "2025-6t"))
        .is_none());
}

#[test]
fn a_carried_report_is_checked_like_any_change() {
    let mut ws = workspace();
    let target = key("t3.2", "so-vhttdl", "2025-6t");
    let from = Entry {
        progress: Some(150),
        ..Default::default()
    };
    assert_eq!(
        check(
            &mut ws,
            &unit_profile("so-vhttdl"),
            update(
                target.clone(),
                EntryChange::Carry(Box::new(from.clone())),
                1
            ),
        ),
        Err(CommandError::ProgressOutOfRange(150))
    );
    assert!(matches!(
        check(
            &mut ws,
            &unit_profile("bao-lang-son"),
            update(target, EntryChange::Carry(Box::new(from)), 1),
        ),
        Err(CommandError::NotOwner { .. })
    ));
}

#[test]
fn refused_commands_are_said_in_both_languages() {
    use tiendo::domain::plan::AmendError;
    use tiendo::domain::Language;
    let refused = CommandError::ReadOnlyProfile;
    assert_eq!(
        refused.describe(Language::English),
        "The leader profile reads only."
    );
    assert_eq!(refused.to_string(), "Hồ sơ lãnh đạo chỉ xem, không sửa.");
    let amend = CommandError::Amend(AmendError::Timeframe);
    assert!(amend
        .describe(Language::Vietnamese)
        .starts_with("Không sửa được kế hoạch: "));
    assert!(amend
        .describe(Language::English)
        .starts_with("The plan was not amended: "));
}
