//! Amending the plan (docs/product.md §4, step 8): tasks and units added, units
//! renamed or ended with a successor. Old periods keep their history; open
//! work moves on; only the monitoring unit amends; a refused change leaves
//! the workspace as it was; the amended plan travels in a plan file.

use tiendo::domain::board::{self, DeadlineState};
use tiendo::domain::plan::{AmendError, PlanChange};
use tiendo::domain::{
    Command, CommandError, Date, Entry, EntryKey, Period, PeriodId, Profile, Revision, Role,
    Status, TaskId, Timeframe, Timestamp, UnitId, UnitKind, Workspace,
};
use tiendo::format::{plan_file, seed};

use crate::support::unit;

fn period(id: &str) -> Period {
    Period::parse(&PeriodId::new(id).unwrap()).unwrap()
}

fn amend(ws: &mut Workspace, profile: &Profile, change: PlanChange) -> Result<(), CommandError> {
    let before = ws.clone();
    let result = ws.apply(
        profile,
        Command::AmendPlan {
            change,
            revision: Revision::Next,
        },
    );
    if result.is_err() {
        assert_eq!(*ws, before, "a refused amendment changed the workspace");
    }
    result
}

fn owed(ws: &Workspace, task: &str, period_id: &str) -> Vec<(String, Role)> {
    let task = ws.plan.task(&TaskId::new(task).unwrap()).unwrap();
    ws.plan
        .reporters_in(task, period(period_id))
        .into_iter()
        .map(|duty| (duty.unit.to_string(), duty.role))
        .collect()
}

fn add_task(parent: Option<&str>, title: &str, lead: &str, coordinating: &[&str]) -> PlanChange {
    PlanChange::AddTask {
        parent: parent.map(|p| TaskId::new(p).unwrap()),
        title: title.into(),
        lead: unit(lead),
        coordinating: coordinating.iter().map(|u| unit(u)).collect(),
        timeframe: Timeframe::Ongoing,
        from: Date::new(2026, 11, 27).unwrap(),
    }
}

#[test]
fn a_task_added_is_owed_from_its_period_on() {
    let mut ws = Workspace::new(seed::seed_plan().unwrap());
    let revision = ws.plan.revision;
    amend(
        &mut ws,
        &Profile::Monitoring,
        add_task(
            None,
            "  Tổ chức Tuần lễ thông tin đối ngoại  ",
            "so-vhttdl",
            &["bao-lang-son"],
        ),
    )
    .unwrap();
    assert_eq!(ws.plan.revision, revision + 1);
    let task = ws.plan.tasks.last().unwrap();
    assert_eq!((task.id.as_str(), task.number.as_str()), ("t6", "6"));
    assert_eq!(task.title, "Tổ chức Tuần lễ thông tin đối ngoại");
    assert_eq!(
        owed(&ws, "t6", "2026-nam"),
        [
            ("so-vhttdl".into(), Role::Lead),
            ("bao-lang-son".into(), Role::Coordinate)
        ]
    );
    // The periods before it keep their history: nothing owed, no new card.
    assert!(owed(&ws, "t6", "2026-6t").is_empty());
    assert!(owed(&ws, "t6", "2024-6t").is_empty());
    // A sub-task of section 3 comes after 3.2, numbered 3.3.
    amend(
        &mut ws,
        &Profile::Monitoring,
        add_task(Some("t3"), "Quảng bá trên mạng xã hội", "cong-ttdt", &[]),
    )
    .unwrap();
    let numbers: Vec<&str> = ws.plan.tasks.iter().map(|t| t.number.as_str()).collect();
    assert_eq!(
        numbers,
        ["1", "2", "3", "3.1", "3.2", "3.3", "4", "4.1", "4.2", "5", "6"]
    );
    assert_eq!(ws.plan.revision, revision + 2);
    // And the report's writers may report on it.
    ws.apply(
        &Profile::Unit {
            unit: unit("so-vhttdl"),
        },
        Command::UpdateEntry {
            key: EntryKey {
                task: TaskId::new("t6").unwrap(),
                unit: unit("so-vhttdl"),
                period: PeriodId::new("2026-nam").unwrap(),
            },
            change: tiendo::domain::EntryChange::Status(Status::InProgress),
            at: Timestamp(1),
        },
    )
    .unwrap();
}

#[test]
fn a_wrong_amendment_is_refused_whole() {
    let mut ws = Workspace::new(seed::seed_plan().unwrap());
    let change = add_task(None, "Nhiệm vụ mới", "so-vhttdl", &[]);
    for profile in [
        Profile::Leader,
        Profile::Unit {
            unit: unit("so-vhttdl"),
        },
    ] {
        assert_eq!(
            amend(&mut ws, &profile, change.clone()),
            Err(CommandError::MonitoringOnly)
        );
    }
    let refused = [
        (
            add_task(None, "   ", "so-vhttdl", &[]),
            AmendError::EmptyText,
        ),
        (
            add_task(Some("t1"), "Con của 1", "so-vhttdl", &[]),
            AmendError::ParentReported(TaskId::new("t1").unwrap()),
        ),
        (
            add_task(Some("t9"), "Con của 9", "so-vhttdl", &[]),
            AmendError::UnknownTask(TaskId::new("t9").unwrap()),
        ),
        (
            add_task(None, "Mới", "so-khong-co", &[]),
            AmendError::UnknownUnit(unit("so-khong-co")),
        ),
        (
            add_task(None, "Mới", "so-vhttdl", &["so-vhttdl"]),
            AmendError::SameUnit(unit("so-vhttdl")),
        ),
        (
            PlanChange::AddUnit {
                name: "sở văn hóa, thể thao và du lịch".into(),
                short_name: "VHTTDL mới".into(),
                kind: UnitKind::Department,
                from: Date::new(2026, 1, 1).unwrap(),
            },
            AmendError::NameTaken("Sở Văn hóa, Thể thao và Du lịch".into()),
        ),
        (
            PlanChange::EndUnit {
                unit: unit("so-ngoai-vu"),
                last_day: Date::new(2025, 12, 31).unwrap(),
                successor: unit("so-ngoai-vu"),
            },
            AmendError::SameUnit(unit("so-ngoai-vu")),
        ),
        (
            PlanChange::EndUnit {
                unit: unit("so-tttt"),
                last_day: Date::new(2025, 12, 31).unwrap(),
                successor: unit("vp-ubnd"),
            },
            AmendError::Ended(unit("so-tttt")),
        ),
        (
            PlanChange::EndUnit {
                unit: unit("so-ngoai-vu"),
                last_day: Date::new(2025, 12, 31).unwrap(),
                successor: unit("so-khdt"),
            },
            AmendError::SuccessorAbsent(unit("so-khdt")),
        ),
        (
            PlanChange::RenameUnit {
                unit: unit("so-y-te"),
                name: "Sở Y tế".into(),
                short_name: "".into(),
            },
            AmendError::EmptyText,
        ),
    ];
    for (change, error) in refused {
        assert_eq!(
            amend(&mut ws, &Profile::Monitoring, change),
            Err(CommandError::Amend(error))
        );
    }
}

#[test]
fn an_ended_units_open_work_moves_to_its_successor() {
    let mut ws = Workspace::new(seed::seed_plan().unwrap());
    let key = EntryKey {
        task: TaskId::new("t1").unwrap(),
        unit: unit("so-ngoai-vu"),
        period: PeriodId::new("2025-nam").unwrap(),
    };
    let entry = Entry {
        status: Status::Done,
        revision: 1,
        ..Entry::default()
    };
    ws.entries.insert(key.clone(), entry.clone());
    // A new department takes over the foreign-affairs office at the new year.
    amend(
        &mut ws,
        &Profile::Monitoring,
        PlanChange::AddUnit {
            name: "Sở Ngoại vụ và Hợp tác quốc tế".into(),
            short_name: "Sở NV&HTQT".into(),
            kind: UnitKind::Department,
            from: Date::new(2026, 1, 1).unwrap(),
        },
    )
    .unwrap();
    let new = ws.plan.directory.units.last().unwrap().id.clone();
    assert_eq!(new.as_str(), "so-nv-htqt");
    amend(
        &mut ws,
        &Profile::Monitoring,
        PlanChange::EndUnit {
            unit: unit("so-ngoai-vu"),
            last_day: Date::new(2025, 12, 31).unwrap(),
            successor: new.clone(),
        },
    )
    .unwrap();
    // 2025 is still Sở Ngoại vụ's, with its entry; 2026 is the successor's.
    assert!(owed(&ws, "t1", "2025-nam")
        .iter()
        .any(|(u, _)| u == "so-ngoai-vu"));
    assert!(!owed(&ws, "t1", "2025-nam")
        .iter()
        .any(|(u, _)| u == "so-nv-htqt"));
    assert!(owed(&ws, "t1", "2026-nam")
        .iter()
        .any(|(u, _)| u == "so-nv-htqt"));
    assert!(!owed(&ws, "t1", "2026-nam")
        .iter()
        .any(|(u, _)| u == "so-ngoai-vu"));
    assert_eq!(ws.entries[&key], entry);
    // A new name keeps the id, so the entries stay the unit's.
    amend(
        &mut ws,
        &Profile::Monitoring,
        PlanChange::RenameUnit {
            unit: new.clone(),
            name: "Sở Ngoại vụ tỉnh Lạng Sơn".into(),
            short_name: "SNgV".into(),
        },
    )
    .unwrap();
    assert_eq!(ws.plan.directory.short_name(&new), "SNgV");
    assert_eq!(ws.plan.revision, 4);
    // The amended plan travels by plan file and reads back the same.
    amend(
        &mut ws,
        &Profile::Monitoring,
        add_task(None, "Nhiệm vụ mới", "so-vhttdl", &[]),
    )
    .unwrap();
    let file = plan_file::encode(&ws.plan, 1, Timestamp(0));
    let (read, _) = plan_file::decode(file.as_bytes()).unwrap();
    assert_eq!(read, ws.plan);
}

/// Undo (Ctrl+Z) puts the earlier plan back under a new revision, so it
/// replaces the amended one wherever that was already sent.
#[test]
fn an_amendment_undone_is_a_newer_revision_of_the_old_plan() {
    let mut ws = Workspace::new(seed::seed_plan().unwrap());
    let original = ws.plan.clone();
    amend(
        &mut ws,
        &Profile::Monitoring,
        add_task(None, "Nhiệm vụ mới", "so-vhttdl", &[]),
    )
    .unwrap();
    let restore = Command::RestorePlan {
        plan: Box::new(original.clone()),
        revision: Revision::Next,
    };
    assert_eq!(
        ws.apply(
            &Profile::Unit {
                unit: unit("so-vhttdl")
            },
            restore.clone()
        ),
        Err(CommandError::MonitoringOnly)
    );
    // Never one plan's structure over another plan's entries (another tab
    // may have opened another plan since).
    let mut other = original.clone();
    other.id = tiendo::domain::PlanId::new("ke-hoach-khac").unwrap();
    assert_eq!(
        amend_restore(&mut ws, other),
        Err(CommandError::Amend(AmendError::OtherPlan))
    );
    ws.apply(&Profile::Monitoring, restore).unwrap();
    assert_eq!(ws.plan.revision, original.revision + 2);
    ws.plan.revision = original.revision;
    assert_eq!(ws.plan, original);
}

/// Changes made while the revision they join has not been sent travel
/// together: the plan file then carries all of them under one number. The
/// first change after a send opens the next revision; undo within the open
/// revision stays in it.
#[test]
fn changes_join_the_revision_not_yet_sent() {
    let mut ws = Workspace::new(seed::seed_plan().unwrap());
    let sent = ws.plan.revision;
    let apply = |ws: &mut Workspace, change, revision| {
        ws.apply(
            &Profile::Monitoring,
            Command::AmendPlan { change, revision },
        )
    };
    apply(
        &mut ws,
        add_task(None, "Nhiệm vụ một", "so-vhttdl", &[]),
        Revision::Next,
    )
    .unwrap();
    assert_eq!(ws.plan.revision, sent + 1);
    let opened = ws.plan.clone();
    apply(
        &mut ws,
        add_task(None, "Nhiệm vụ hai", "so-vhttdl", &[]),
        Revision::Open,
    )
    .unwrap();
    apply(
        &mut ws,
        PlanChange::SetEmail {
            unit: unit("so-vhttdl"),
            addresses: "vhttdl@langson.gov.vn".into(),
        },
        Revision::Open,
    )
    .unwrap();
    assert_eq!(ws.plan.revision, sent + 1, "three changes, one revision");
    assert_eq!(ws.plan.roots().count(), opened.roots().count() + 1);
    // A refused change leaves the open revision as it was.
    let before = ws.clone();
    assert!(apply(
        &mut ws,
        PlanChange::SetEmail {
            unit: unit("so-vhttdl"),
            addresses: "không phải địa chỉ".into(),
        },
        Revision::Open,
    )
    .is_err());
    assert_eq!(ws, before);
    // Undo inside the open revision keeps its number.
    ws.apply(
        &Profile::Monitoring,
        Command::RestorePlan {
            plan: Box::new(opened.clone()),
            revision: Revision::Open,
        },
    )
    .unwrap();
    assert_eq!(ws.plan, opened);
    // Sent: the next change is the next revision, and the file carries it.
    apply(
        &mut ws,
        add_task(None, "Nhiệm vụ ba", "so-vhttdl", &[]),
        Revision::Next,
    )
    .unwrap();
    assert_eq!(ws.plan.revision, sent + 2);
    let file = plan_file::encode(&ws.plan, 1, Timestamp(0));
    let (read, _) = plan_file::decode(file.as_bytes()).unwrap();
    assert_eq!(read.revision, sent + 2);
}

fn amend_restore(ws: &mut Workspace, plan: tiendo::domain::Plan) -> Result<(), CommandError> {
    let before = ws.clone();
    let result = ws.apply(
        &Profile::Monitoring,
        Command::RestorePlan {
            plan: Box::new(plan),
            revision: Revision::Next,
        },
    );
    if result.is_err() {
        assert_eq!(*ws, before);
    }
    result
}

/// The districts ended on 30/06/2025 with no successor, so their work
/// stopped there. The monitoring unit names who takes it — here a new
/// commune — and from then on that unit owes the district's reports.
#[test]
fn an_ended_district_takes_a_successor() {
    let mut ws = Workspace::new(seed::seed_plan().unwrap());
    let district = unit("ubnd-dinh-lap");
    let role = owed(&ws, "t1", "2024-6t")
        .into_iter()
        .find(|(u, _)| u == "ubnd-dinh-lap")
        .unwrap()
        .1;
    assert!(!owed(&ws, "t1", "2026-nam")
        .iter()
        .any(|(u, _)| u.starts_with("ubnd-")));
    amend(
        &mut ws,
        &Profile::Monitoring,
        PlanChange::AddUnit {
            name: "Ủy ban nhân dân xã Đình Lập".into(),
            short_name: "UBND xã Đình Lập".into(),
            kind: UnitKind::District,
            from: Date::new(2025, 7, 1).unwrap(),
        },
    )
    .unwrap();
    let commune = ws.plan.directory.units.last().unwrap().id.clone();
    let add = |successor: &UnitId| PlanChange::AddSuccessor {
        unit: district.clone(),
        successor: successor.clone(),
    };
    amend(&mut ws, &Profile::Monitoring, add(&commune)).unwrap();
    assert!(owed(&ws, "t1", "2026-nam").contains(&(commune.to_string(), role)));
    // The district's own periods stay its own.
    assert!(owed(&ws, "t1", "2025-6t")
        .iter()
        .any(|(u, _)| u == "ubnd-dinh-lap"));
    assert!(!owed(&ws, "t1", "2025-6t")
        .iter()
        .any(|(u, _)| *u == commune.to_string()));
    let refused = [
        (add(&commune), AmendError::AlreadySuccessor(commune.clone())),
        (
            add(&unit("so-khdt")),
            AmendError::SuccessorAbsent(unit("so-khdt")),
        ),
        (
            PlanChange::AddSuccessor {
                unit: unit("so-vhttdl"),
                successor: commune.clone(),
            },
            AmendError::NotEnded(unit("so-vhttdl")),
        ),
    ];
    for (change, error) in refused {
        assert_eq!(
            amend(&mut ws, &Profile::Monitoring, change),
            Err(CommandError::Amend(error))
        );
    }
}

#[test]
fn a_units_email_addresses_are_set_checked_and_travel_with_the_plan() {
    let mut ws = Workspace::new(seed::seed_plan().unwrap());
    let revision = ws.plan.revision;
    let set = |addresses: &str| PlanChange::SetEmail {
        unit: unit("so-vhttdl"),
        addresses: addresses.into(),
    };
    amend(
        &mut ws,
        &Profile::Monitoring,
        set("vanthu@svhttdl.langson.gov.vn; pbc@svhttdl.langson.gov.vn"),
    )
    .unwrap();
    let email = |ws: &Workspace| {
        ws.plan
            .directory
            .unit(&unit("so-vhttdl"))
            .unwrap()
            .email
            .clone()
    };
    assert_eq!(
        email(&ws).as_deref(),
        Some("vanthu@svhttdl.langson.gov.vn,pbc@svhttdl.langson.gov.vn")
    );
    assert_eq!(ws.plan.revision, revision + 1);
    // Refused whole: not an address, nothing new, not the monitoring unit, no such unit.
    assert_eq!(
        amend(&mut ws, &Profile::Monitoring, set("vanthu@svhttdl")),
        Err(CommandError::Amend(AmendError::BadEmail(
            "vanthu@svhttdl".into()
        )))
    );
    assert_eq!(
        amend(
            &mut ws,
            &Profile::Monitoring,
            set("vanthu@svhttdl.langson.gov.vn, pbc@svhttdl.langson.gov.vn")
        ),
        Err(CommandError::Amend(AmendError::Unchanged))
    );
    let department = Profile::Unit {
        unit: unit("so-vhttdl"),
    };
    assert_eq!(
        amend(&mut ws, &department, set("a@b.vn")),
        Err(CommandError::MonitoringOnly)
    );
    assert_eq!(
        amend(
            &mut ws,
            &Profile::Monitoring,
            PlanChange::SetEmail {
                unit: unit("so-khong-co"),
                addresses: "a@b.vn".into(),
            }
        ),
        Err(CommandError::Amend(AmendError::UnknownUnit(unit(
            "so-khong-co"
        ))))
    );
    // The plan file carries them to the units.
    let file = plan_file::encode(&ws.plan, 1, Timestamp(0));
    let (read, _) = plan_file::decode(file.as_bytes()).unwrap();
    assert_eq!(
        read.directory.unit(&unit("so-vhttdl")).unwrap().email,
        email(&ws)
    );
    // Cleared with nothing typed.
    amend(&mut ws, &Profile::Monitoring, set("  ")).unwrap();
    assert_eq!(email(&ws), None);
    assert_eq!(ws.plan.revision, revision + 2);
}

#[test]
fn a_task_given_to_one_more_unit_is_owed_by_it_from_that_period_on() {
    let mut ws = Workspace::new(seed::seed_plan().unwrap());
    let revision = ws.plan.revision;
    let assign = |task: &str, unit_id: &str, role: Role, day: Date| PlanChange::AssignTask {
        task: TaskId::new(task).unwrap(),
        unit: unit(unit_id),
        role,
        from: day,
    };
    let day = Date::new(2026, 11, 27).unwrap();
    let before_2024 = owed(&ws, "t4.2", "2024-6t");
    amend(
        &mut ws,
        &Profile::Monitoring,
        assign("t4.2", "ban-tuyen-giao-tu", Role::Coordinate, day),
    )
    .unwrap();
    assert_eq!(ws.plan.revision, revision + 1);
    let owes = |ws: &Workspace, period_id: &str| {
        owed(ws, "t4.2", period_id)
            .into_iter()
            .any(|(u, role)| u == "ban-tuyen-giao-tu" && role == Role::Coordinate)
    };
    assert!(owes(&ws, "2026-nam"));
    // Earlier periods keep their reporters.
    assert!(!owes(&ws, "2025-nam"));
    assert_eq!(owed(&ws, "t4.2", "2024-6t"), before_2024);
    // It can report on it, as its own unit.
    let key = EntryKey {
        task: TaskId::new("t4.2").unwrap(),
        unit: unit("ban-tuyen-giao-tu"),
        period: PeriodId::new("2026-nam").unwrap(),
    };
    let btg = Profile::Unit {
        unit: unit("ban-tuyen-giao-tu"),
    };
    ws.apply(
        &btg,
        Command::UpdateEntry {
            key: key.clone(),
            change: tiendo::domain::EntryChange::Status(Status::InProgress),
            at: Timestamp(1),
        },
    )
    .unwrap();
    assert_eq!(ws.status(&key), Status::InProgress);

    // Refused whole: a section, a unit already on the task, one that has
    // ended by then, a task that does not exist, not the monitoring unit.
    let refused = [
        (
            assign("t3", "ban-tuyen-giao-tu", Role::Implement, day),
            CommandError::Amend(AmendError::Section(TaskId::new("t3").unwrap())),
        ),
        (
            assign("t1", "ban-tuyen-giao-tu", Role::Coordinate, day),
            CommandError::Amend(AmendError::AlreadyAssigned(unit("ban-tuyen-giao-tu"))),
        ),
        (
            assign("t4.2", "ubnd-dinh-lap", Role::Implement, day),
            CommandError::Amend(AmendError::Inactive(unit("ubnd-dinh-lap"))),
        ),
        (
            assign("t9", "so-y-te", Role::Implement, day),
            CommandError::Amend(AmendError::UnknownTask(TaskId::new("t9").unwrap())),
        ),
    ];
    for (change, error) in refused {
        assert_eq!(amend(&mut ws, &Profile::Monitoring, change), Err(error));
    }
    assert_eq!(
        amend(&mut ws, &btg, assign("t5", "so-y-te", Role::Implement, day)),
        Err(CommandError::MonitoringOnly)
    );
    // The plan file carries the assignment and its day.
    let file = plan_file::encode(&ws.plan, 1, Timestamp(0));
    let (read, _) = plan_file::decode(file.as_bytes()).unwrap();
    assert_eq!(read, ws.plan);
}

/// A task added with a deadline shows on time, late or overdue on the
/// board; an issued task's timeframe changes; a wrong one is refused.
#[test]
fn a_tasks_timeframe_is_set_and_a_deadline_shows_on_the_board() {
    let mut ws = Workspace::new(seed::seed_plan().unwrap());
    let deadline = Timeframe::Deadline {
        date: Date::new(2026, 12, 20).unwrap(),
    };
    let mut change = add_task(None, "Tổ chức hội nghị tổng kết", "so-vhttdl", &[]);
    if let PlanChange::AddTask { timeframe, .. } = &mut change {
        *timeframe = deadline.clone();
    }
    amend(&mut ws, &Profile::Monitoring, change).unwrap();
    let added = ws.plan.tasks.last().unwrap().clone();
    assert_eq!((added.number.as_str(), &added.timeframe), ("6", &deadline));
    let state = |ws: &Workspace, today: Date| {
        board::index(ws, period("2026-nam"), today, 420)
            .into_iter()
            .find(|c| c.card.key.task == added.id)
            .and_then(|c| c.card.deadline)
    };
    assert_eq!(
        state(&ws, Date::new(2026, 12, 1).unwrap()),
        Some(DeadlineState::InTime)
    );
    assert_eq!(
        state(&ws, Date::new(2026, 12, 21).unwrap()),
        Some(DeadlineState::Overdue)
    );

    // An issued task: "thường xuyên" becomes Quý II/2027.
    let set = |task: &str, timeframe: Timeframe| PlanChange::SetTimeframe {
        task: TaskId::new(task).unwrap(),
        timeframe,
    };
    let quarter = Timeframe::Quarter {
        year: 2027,
        quarter: 2,
    };
    let revision = ws.plan.revision;
    amend(&mut ws, &Profile::Monitoring, set("t5", quarter.clone())).unwrap();
    assert_eq!(ws.plan.revision, revision + 1);
    assert_eq!(
        ws.plan.task(&TaskId::new("t5").unwrap()).unwrap().timeframe,
        quarter
    );
    for (change, error) in [
        (set("t5", quarter.clone()), AmendError::Unchanged),
        (
            set(
                "t5",
                Timeframe::Quarter {
                    year: 2027,
                    quarter: 5,
                },
            ),
            AmendError::Timeframe,
        ),
        (
            set(
                "t5",
                Timeframe::Range {
                    from: Date::new(2027, 2, 1).unwrap(),
                    to: Date::new(2027, 1, 1).unwrap(),
                },
            ),
            AmendError::Timeframe,
        ),
        (
            set("t9", Timeframe::Yearly),
            AmendError::UnknownTask(TaskId::new("t9").unwrap()),
        ),
    ] {
        assert_eq!(
            amend(&mut ws, &Profile::Monitoring, change),
            Err(CommandError::Amend(error))
        );
    }
    assert!(matches!(
        amend(
            &mut ws,
            &unit_profile("so-vhttdl"),
            set("t5", Timeframe::Yearly)
        ),
        Err(CommandError::MonitoringOnly)
    ));
    // The plan file carries both to the units.
    let file = plan_file::encode(&ws.plan, 1, Timestamp(0));
    let (read, _) = plan_file::decode(file.as_bytes()).unwrap();
    assert_eq!(read.task(&added.id).unwrap().timeframe, deadline);
    assert_eq!(
        read.task(&TaskId::new("t5").unwrap()).unwrap().timeframe,
        quarter
    );
}

fn unit_profile(id: &str) -> Profile {
    Profile::Unit { unit: unit(id) }
}

#[test]
fn a_tasks_title_is_corrected_and_its_entries_stay() {
    let mut ws = Workspace::new(seed::seed_plan().unwrap());
    let retitle = |title: &str| PlanChange::RetitleTask {
        task: TaskId::new("t5").unwrap(),
        title: title.into(),
    };
    amend(
        &mut ws,
        &Profile::Monitoring,
        retitle("  Tổng kết, đánh giá  "),
    )
    .unwrap();
    let task = ws.plan.task(&TaskId::new("t5").unwrap()).unwrap();
    assert_eq!(
        (task.number.as_str(), task.title.as_str()),
        ("5", "Tổng kết, đánh giá")
    );
    for (title, error) in [
        (" ", AmendError::EmptyText),
        ("Tổng kết, đánh giá", AmendError::Unchanged),
    ] {
        assert_eq!(
            amend(&mut ws, &Profile::Monitoring, retitle(title)),
            Err(CommandError::Amend(error))
        );
    }
}

proptest::proptest! {
    /// Whatever day a unit is given a task, it owes exactly the periods that
    /// end on or after that day, and the others keep their reporters.
    #[test]
    fn an_assignment_is_owed_from_the_period_holding_its_day(offset in 0i64..1500) {
        let plan = seed::seed_plan().unwrap();
        let day = Date::new(2024, 1, 1).unwrap().add_days(offset).unwrap();
        let mut ws = Workspace::new(plan.clone());
        amend(
            &mut ws,
            &Profile::Monitoring,
            PlanChange::AssignTask {
                task: TaskId::new("t4.2").unwrap(),
                unit: unit("ban-tuyen-giao-tu"),
                role: Role::Implement,
                from: day,
            },
        )
        .unwrap();
        let task = TaskId::new("t4.2").unwrap();
        let (before, after) = (plan.task(&task).unwrap(), ws.plan.task(&task).unwrap());
        for period in plan.regime.periods(Date::new(2028, 12, 31).unwrap()) {
            let mut was = plan.reporters_in(before, period);
            let now = ws.plan.reporters_in(after, period);
            let owes = now.iter().any(|d| d.unit == unit("ban-tuyen-giao-tu"));
            proptest::prop_assert_eq!(owes, period.end() >= day, "{:?}", period);
            let mut others = now.clone();
            others.retain(|d| d.unit != unit("ban-tuyen-giao-tu"));
            was.retain(|d| d.unit != unit("ban-tuyen-giao-tu"));
            proptest::prop_assert_eq!(others, was);
        }
    }
}

#[test]
fn an_addition_is_taken_out_again_while_no_one_has_reported_on_it() {
    let mut ws = Workspace::new(seed::seed_plan().unwrap());
    let day = Date::new(2026, 11, 27).unwrap();
    let monitoring = &Profile::Monitoring;
    amend(
        &mut ws,
        monitoring,
        add_task(None, "Nhiệm vụ thêm nhầm", "so-vhttdl", &[]),
    )
    .unwrap();
    let added = ws.plan.tasks.last().unwrap().id.clone();
    let assign = |task: &TaskId| PlanChange::AssignTask {
        task: task.clone(),
        unit: unit("ban-tuyen-giao-tu"),
        role: Role::Coordinate,
        from: day,
    };
    let t42 = TaskId::new("t4.2").unwrap();
    amend(&mut ws, monitoring, assign(&t42)).unwrap();
    let revision = ws.plan.revision;

    // What the plan as issued holds stays.
    let refused = [
        (
            PlanChange::RemoveTask { task: t42.clone() },
            AmendError::Issued(t42.clone()),
        ),
        (
            PlanChange::Unassign {
                task: TaskId::new("t3.2").unwrap(),
                unit: unit("so-vhttdl"),
            },
            AmendError::NotAssigned(unit("so-vhttdl")),
        ),
    ];
    for (change, error) in refused {
        assert_eq!(
            amend(&mut ws, monitoring, change),
            Err(CommandError::Amend(error))
        );
    }

    // Once the unit has reported on it, taking it off would hide the report.
    let key = EntryKey {
        task: t42.clone(),
        unit: unit("ban-tuyen-giao-tu"),
        period: PeriodId::new("2026-nam").unwrap(),
    };
    let btg = Profile::Unit {
        unit: unit("ban-tuyen-giao-tu"),
    };
    let report = Command::UpdateEntry {
        key: key.clone(),
        change: tiendo::domain::EntryChange::Status(Status::InProgress),
        at: Timestamp(1),
    };
    ws.apply(&btg, report).unwrap();
    let unassign = PlanChange::Unassign {
        task: t42.clone(),
        unit: unit("ban-tuyen-giao-tu"),
    };
    assert_eq!(
        amend(&mut ws, monitoring, unassign.clone()),
        Err(CommandError::Amend(AmendError::HasReports(t42.clone())))
    );
    // Deleted, it still does: its tombstone would outrank a report on a
    // task added later under the same number.
    ws.apply(
        &btg,
        Command::DeleteEntry {
            key: key.clone(),
            at: Timestamp(2),
        },
    )
    .unwrap();
    assert_eq!(
        amend(&mut ws, monitoring, unassign.clone()),
        Err(CommandError::Amend(AmendError::HasReports(t42.clone())))
    );
    ws.entries.remove(&key);
    amend(&mut ws, monitoring, unassign).unwrap();
    assert!(!owed(&ws, "t4.2", "2026-nam")
        .iter()
        .any(|(u, _)| u == "ban-tuyen-giao-tu"));

    // The task added by mistake goes, and the number is free again.
    amend(
        &mut ws,
        monitoring,
        PlanChange::RemoveTask {
            task: added.clone(),
        },
    )
    .unwrap();
    assert!(ws.plan.task(&added).is_none());
    assert_eq!(ws.plan.next_number(None), "6");
    assert_eq!(ws.plan.revision, revision + 2);
    // A task added again under that number takes another id: a report
    // some unit kept on the old one cannot land on it.
    amend(
        &mut ws,
        monitoring,
        add_task(None, "Nhiệm vụ mới", "so-vhttdl", &[]),
    )
    .unwrap();
    let again = ws.plan.tasks.last().unwrap();
    assert_eq!(again.number, "6");
    assert_ne!(again.id, added);
    let file = plan_file::encode(&ws.plan, 1, Timestamp(0));
    let (read, _) = plan_file::decode(file.as_bytes()).unwrap();
    assert_eq!(read.retired, vec![added]);
}

fn release(task: &str, unit_id: &str, from: Date) -> PlanChange {
    PlanChange::Release {
        task: TaskId::new(task).unwrap(),
        unit: unit(unit_id),
        from,
    }
}

/// A unit released from a task (thôi giao) owes no period starting on or
/// after the day; earlier periods keep its reports; the release is refused
/// where it would hide reports, and can be taken back.
#[test]
fn a_unit_released_from_a_task_owes_it_no_more() {
    let mut ws = Workspace::new(seed::seed_plan().unwrap());
    let day = Date::new(2026, 7, 1).unwrap();
    let press = |ws: &Workspace, period_id: &str| {
        owed(ws, "t3.2", period_id)
            .iter()
            .any(|(u, _)| u == "bao-lang-son")
    };
    assert!(press(&ws, "2027-6t"));
    // A report for a period the release would no longer owe holds it back.
    let key = |period_id: &str| EntryKey {
        task: TaskId::new("t3.2").unwrap(),
        unit: unit("bao-lang-son"),
        period: PeriodId::new(period_id).unwrap(),
    };
    ws.entries.insert(key("2027-6t"), Entry::default());
    assert_eq!(
        amend(
            &mut ws,
            &Profile::Monitoring,
            release("t3.2", "bao-lang-son", day)
        ),
        Err(CommandError::Amend(AmendError::HasReports(
            TaskId::new("t3.2").unwrap()
        )))
    );
    // Withdrawn, it hides nothing: no longer in the way.
    ws.entries.get_mut(&key("2027-6t")).unwrap().deleted = true;
    let mut released = ws.clone();
    amend(
        &mut released,
        &Profile::Monitoring,
        release("t3.2", "bao-lang-son", day),
    )
    .unwrap();
    ws.entries.remove(&key("2027-6t"));
    // One from an earlier period does not either.
    ws.entries.insert(key("2024-6t"), Entry::default());
    let revision = ws.plan.revision;
    amend(
        &mut ws,
        &Profile::Monitoring,
        release("t3.2", "bao-lang-son", day),
    )
    .unwrap();
    assert_eq!(ws.plan.revision, revision + 1);
    // The year 2026 began before the day: still owed; 2027 is not.
    assert!(press(&ws, "2024-6t") && press(&ws, "2026-nam"));
    assert!(!press(&ws, "2027-6t") && !press(&ws, "2027-nam"));
    // Other units keep the task.
    assert!(owed(&ws, "t3.2", "2027-6t")
        .iter()
        .any(|(u, _)| u == "so-vhttdl"));
    // It cannot write a report for a period it no longer owes.
    let refused = ws.apply(
        &Profile::Unit {
            unit: unit("bao-lang-son"),
        },
        Command::UpdateEntry {
            key: key("2027-6t"),
            change: tiendo::domain::EntryChange::Status(Status::Done),
            at: Timestamp(1),
        },
    );
    assert_eq!(refused, Err(CommandError::NotAssigned));

    for (change, error) in [
        (
            release("t3.2", "bao-lang-son", Date::new(2026, 9, 1).unwrap()),
            AmendError::AlreadyReleased(unit("bao-lang-son"), day),
        ),
        (
            release("t3", "bao-lang-son", day),
            AmendError::Section(TaskId::new("t3").unwrap()),
        ),
        (
            release("t3.2", "khong-co", day),
            AmendError::UnknownUnit(unit("khong-co")),
        ),
        (
            release("t3.2", "ban-tuyen-giao-tu", day),
            AmendError::NotCarrying(unit("ban-tuyen-giao-tu")),
        ),
        (
            PlanChange::Unrelease {
                task: TaskId::new("t3.2").unwrap(),
                unit: unit("so-vhttdl"),
            },
            AmendError::NotReleased(unit("so-vhttdl")),
        ),
    ] {
        assert_eq!(
            amend(&mut ws, &Profile::Monitoring, change),
            Err(CommandError::Amend(error))
        );
    }
    // The plan file carries the release to the units.
    let file = plan_file::encode(&ws.plan, 1, Timestamp(0));
    let (read, _) = plan_file::decode(file.as_bytes()).unwrap();
    assert_eq!(read, ws.plan);
    // Taken back: owed again.
    amend(
        &mut ws,
        &Profile::Monitoring,
        PlanChange::Unrelease {
            task: TaskId::new("t3.2").unwrap(),
            unit: unit("bao-lang-son"),
        },
    )
    .unwrap();
    assert!(press(&ws, "2027-6t"));
}

proptest::proptest! {
    /// Whatever the day a unit is released, it owes exactly the periods that
    /// start before it, and the others keep their reporters.
    #[test]
    fn a_release_is_owed_up_to_its_day(offset in 0i64..1500) {
        let plan = seed::seed_plan().unwrap();
        let day = Date::new(2024, 1, 1).unwrap().add_days(offset).unwrap();
        let mut ws = Workspace::new(plan.clone());
        amend(&mut ws, &Profile::Monitoring, release("t3.2", "bao-lang-son", day)).unwrap();
        let task = TaskId::new("t3.2").unwrap();
        let (before, after) = (plan.task(&task).unwrap(), ws.plan.task(&task).unwrap());
        for period in plan.regime.periods(Date::new(2028, 12, 31).unwrap()) {
            let mut was = plan.reporters_in(before, period);
            let now = ws.plan.reporters_in(after, period);
            let owes = now.iter().any(|d| d.unit == unit("bao-lang-son"));
            proptest::prop_assert_eq!(owes, period.start() < day, "{:?}", period);
            was.retain(|d| d.unit != unit("bao-lang-son") || period.start() < day);
            proptest::prop_assert_eq!(now, was);
        }
    }
}

/// A plan whose amendments date who reports (a task or unit from a day, a
/// unit released) is written as version 2: an older copy of the app refuses
/// it by name instead of dropping the days and counting the wrong reporters.
#[test]
fn dated_amendments_make_the_plan_file_version_2() {
    let version = |ws: &Workspace| {
        let text = plan_file::encode(&ws.plan, 1, Timestamp(1));
        tiendo::format::decode::envelope_kind(&text).unwrap().1
    };
    let seed_ws = Workspace::new(seed::seed_plan().unwrap());
    assert_eq!(version(&seed_ws), 1);
    let mut retitled = seed_ws.clone();
    let retitle = PlanChange::RetitleTask {
        task: TaskId::new("t5").unwrap(),
        title: "Tiêu đề đã sửa".into(),
    };
    amend(&mut retitled, &Profile::Monitoring, retitle).unwrap();
    assert_eq!(
        version(&retitled),
        1,
        "an undated amendment stays readable by all"
    );

    let day = Date::new(2026, 7, 1).unwrap();
    let assign = PlanChange::AssignTask {
        task: TaskId::new("t4.2").unwrap(),
        unit: unit("so-y-te"),
        role: Role::Coordinate,
        from: day,
    };
    let mut dated = [
        assign,
        release("t3.2", "bao-lang-son", day),
        add_task(None, "Nhiệm vụ mới", "so-vhttdl", &[]),
    ]
    .map(|change| {
        let mut ws = seed_ws.clone();
        amend(&mut ws, &Profile::Monitoring, change).unwrap();
        ws
    })
    .into_iter();
    assert!(dated.all(|ws| version(&ws) == 2));
    let text = plan_file::encode(&seed_ws.plan, 1, Timestamp(1)).replacen(
        "\"version\": 1",
        "\"version\": 2",
        1,
    );
    assert!(
        plan_file::decode(text.as_bytes()).is_ok(),
        "this app reads version 2"
    );
}
