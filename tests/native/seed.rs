//! The shipped seed plan against the text of Kế hoạch 61/KH-UBND.

use tiendo::domain::{progress, Period, Plan, Role, Status, TaskId, UnitId, UnitKind, Workspace};
use tiendo::format::{plan_file, sample, seed};

use crate::support::unit;

const SEED_TEXT: &str = include_str!("../fixtures/ke-hoach-61-KH-UBND-2024-lang-son.txt");

fn plan() -> Plan {
    seed::seed_plan().expect("the seed plan decodes")
}

fn duties(plan: &Plan, task: &str) -> Vec<(String, Role)> {
    let task = plan.task(&TaskId::new(task).unwrap()).unwrap();
    plan.obligations(task)
        .into_iter()
        .map(|duty| (duty.unit.to_string(), duty.role))
        .collect()
}

/// The text of the seed with its lines trimmed, as the plan file keeps paragraphs.
fn seed_paragraphs() -> String {
    SEED_TEXT
        .lines()
        .map(str::trim)
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn the_header_matches_the_document() {
    let plan = plan();
    assert_eq!(plan.document.number, "61/KH-UBND");
    assert_eq!(plan.document.date.long_vi(), "ngày 18 tháng 3 năm 2024");
    assert!(SEED_TEXT.contains("Lạng Sơn, ngày 18 tháng 3 năm 2024"));
    assert_eq!(plan.signer.name, "Dương Xuân Huyên");
    assert_eq!(
        plan.signer.authority,
        ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"]
    );
    assert!(SEED_TEXT.contains(&plan.document.title));
    let parents: Vec<&str> = plan.parents.iter().map(|d| d.number.as_str()).collect();
    assert_eq!(parents, ["57-KL/TW", "149-KH/TU", "60/2017/QĐ-UBND"]);
    for parent in &plan.parents {
        let cited = format!("{}, ngày {}", parent.number, parent.date.dmy());
        let short = format!("{} ngày {}", parent.number, parent.date.dmy());
        let loose = format!(
            "{}, ngày {}/{}/{}",
            parent.number,
            parent.date.day(),
            parent.date.month(),
            parent.date.year()
        );
        assert!(
            [cited, short, loose]
                .iter()
                .any(|form| SEED_TEXT.contains(form.as_str())),
            "{} is cited with its date",
            parent.number
        );
    }
    assert_eq!(plan.monitoring_unit, unit("so-tttt"));
    assert_eq!(plan.recipients.len(), 9);
    assert_eq!(plan.recipients[0], "Thường trực Tỉnh ủy;");
    assert!(plan.check().is_empty(), "{:?}", plan.check());
}

#[test]
fn seven_leaf_tasks_with_their_numbers_and_verbatim_text() {
    let plan = plan();
    let leaves: Vec<&str> = plan.leaves().map(|t| t.number.as_str()).collect();
    assert_eq!(leaves, ["1", "2", "3.1", "3.2", "4.1", "4.2", "5"]);
    let text = seed_paragraphs();
    for task in &plan.tasks {
        for paragraph in task.body.split("\n\n").filter(|p| !p.is_empty()) {
            assert!(
                text.contains(paragraph),
                "task {} body is verbatim",
                task.number
            );
        }
        if !task.units_text.is_empty() {
            assert!(
                text.contains(&format!("- {}", task.units_text)),
                "task {}",
                task.number
            );
        }
    }
    for heading in ["1", "2", "3", "4", "5"] {
        let task = plan.tasks.iter().find(|t| t.number == heading).unwrap();
        assert!(
            text.contains(&format!("\n{}. {}\n", heading, task.title)),
            "heading {heading}"
        );
    }
}

#[test]
fn leads_coordinators_and_guides_follow_the_plan() {
    let plan = plan();
    let t32 = duties(&plan, "t3.2");
    assert_eq!(t32[0], ("so-vhttdl".into(), Role::Lead));
    for coordinator in [
        "so-tttt",
        "so-khdt",
        "ubnd-tp-lang-son",
        "bao-lang-son",
        "dai-ptth",
        "cong-ttdt",
    ] {
        assert!(
            t32.contains(&(coordinator.into(), Role::Coordinate)),
            "{coordinator}"
        );
    }
    assert_eq!(
        t32.iter().filter(|(_, role)| *role == Role::Lead).count(),
        1
    );
    let t42 = duties(&plan, "t4.2");
    assert_eq!(t42[0], ("so-tttt".into(), Role::Lead));
    assert!(t42.contains(&("so-vhttdl".into(), Role::Coordinate)));
    let t1 = duties(&plan, "t1");
    assert!(t1.contains(&("ban-tuyen-giao-tu".into(), Role::Guide)));
    assert!(
        !t1.iter().any(|(unit, _)| unit == "bao-lang-son"),
        "task 1 names no press"
    );
    let t1_task = plan.task(&TaskId::new("t1").unwrap()).unwrap();
    assert!(!plan
        .reporters(t1_task)
        .iter()
        .any(|d| d.unit == unit("ban-tuyen-giao-tu")));
}

#[test]
fn groups_expand_to_the_real_units_of_2024() {
    let plan = plan();
    let districts = &plan.directory.groups[1];
    assert_eq!(districts.name, "UBND các huyện, thành phố");
    let names: Vec<&str> = districts
        .members
        .iter()
        .map(|id| plan.directory.unit(id).unwrap().name.as_str())
        .collect();
    assert_eq!(names.len(), 11);
    for place in [
        "thành phố Lạng Sơn",
        "Tràng Định",
        "Văn Lãng",
        "Văn Quan",
        "Bình Gia",
        "Bắc Sơn",
        "Hữu Lũng",
        "Chi Lăng",
        "Cao Lộc",
        "Lộc Bình",
        "Đình Lập",
    ] {
        assert!(names.iter().any(|name| name.ends_with(place)), "{place}");
    }
    let press: Vec<&str> = plan.directory.groups[2]
        .members
        .iter()
        .map(UnitId::as_str)
        .collect();
    assert_eq!(press, ["bao-lang-son", "dai-ptth", "cong-ttdt"]);
    let kinds = |kind| {
        plan.directory
            .units
            .iter()
            .filter(|u| u.kind == kind)
            .count()
    };
    assert_eq!(kinds(UnitKind::District), 11);
    assert_eq!(kinds(UnitKind::PartyBody), 1);
    let may_2024 = tiendo::domain::Date::new(2024, 5, 1).unwrap();
    let active = plan.directory.groups[0]
        .members
        .iter()
        .filter(|id| plan.directory.unit(id).unwrap().is_active_on(may_2024))
        .count();
    assert_eq!(active, 20, "20 provincial departments and boards in 2024");
}

#[test]
fn the_2025_mergers_resolve_to_successors() {
    let plan = plan();
    let after = tiendo::domain::Date::new(2025, 6, 30).unwrap();
    assert_eq!(
        plan.directory
            .resolve_on(&unit("so-tttt"), after, Some("báo chí")),
        [unit("so-vhttdl")]
    );
    assert_eq!(
        plan.directory.resolve_on(&unit("so-khdt"), after, None),
        [unit("so-tai-chinh")]
    );
    assert_eq!(
        plan.directory.resolve_on(&unit("so-tnmt"), after, None),
        [unit("so-nnmt")]
    );
}

/// Who owes each task's report in a period, lead first.
fn reporters_in(plan: &Plan, task: &str, period: &str) -> Vec<(String, Role)> {
    let task = plan.task(&TaskId::new(task).unwrap()).unwrap();
    plan.reporters_in(
        task,
        Period::parse(&tiendo::domain::PeriodId::new(period).unwrap()).unwrap(),
    )
    .into_iter()
    .map(|duty| (duty.unit.to_string(), duty.role))
    .collect()
}

#[test]
fn open_work_moves_to_the_successor_of_the_time() {
    let plan = plan();
    let lead = |task: &str, period: &str| reporters_in(&plan, task, period)[0].clone();
    // Task 4.2 (press management) was Sở TT&TT's to lead. In 2024 it still is;
    // from 2026 its "thông tin đối ngoại" / "báo chí" work is Sở VHTTDL's, not
    // Sở KH&CN's (which took the rest of Sở TT&TT and coordinates as before).
    assert_eq!(lead("t4.2", "2024-6t"), ("so-tttt".into(), Role::Lead));
    // Before the mergers a period's reporters are the plan's own, less the
    // units created by them (Sở NN&MT, Sở DT&TG from 01/03/2025).
    let first_half_2024 =
        Period::parse(&tiendo::domain::PeriodId::new("2024-6t").unwrap()).unwrap();
    for task in plan.leaves() {
        let mut named = plan.reporters(task);
        named.retain(|duty| {
            plan.directory
                .unit(&duty.unit)
                .unwrap()
                .valid_from
                .is_none()
        });
        assert_eq!(plan.reporters_in(task, first_half_2024), named);
    }
    assert_eq!(lead("t4.2", "2026-nam"), ("so-vhttdl".into(), Role::Lead));
    let in_2026 = reporters_in(&plan, "t4.2", "2026-nam");
    assert!(!in_2026.iter().any(|(unit, _)| unit == "so-tttt"));
    assert_eq!(
        in_2026
            .iter()
            .filter(|(_, role)| *role == Role::Lead)
            .count(),
        1
    );
    assert!(in_2026.contains(&("so-khcn".into(), Role::Coordinate)));
    // Sở VHTTDL already leads 3.2: Sở TT&TT's coordination there adds no second line.
    let culture = reporters_in(&plan, "t3.2", "2026-nam");
    assert_eq!(culture[0], ("so-vhttdl".into(), Role::Lead));
    assert_eq!(
        culture
            .iter()
            .filter(|(unit, _)| unit == "so-vhttdl")
            .count(),
        1
    );
    // Mergers without a split: Sở KH&ĐT's coordination of 3.2 is Sở Tài chính's.
    assert!(culture.contains(&("so-tai-chinh".into(), Role::Coordinate)));
    assert!(!culture.iter().any(|(unit, _)| unit == "so-khdt"));
    // A period the unit lived through in part is still its own: Q1/2025 has no
    // regime period here, the year 2025 does (Sở TT&TT ended 28/02/2025).
    assert!(reporters_in(&plan, "t4.2", "2025-nam").contains(&("so-tttt".into(), Role::Lead)));
    // The monitoring goes with the plan's subject (thông tin đối ngoại) too.
    let on = |y, m, d| tiendo::domain::Date::new(y, m, d).unwrap();
    assert_eq!(plan.monitoring_on(on(2024, 6, 30)), [unit("so-tttt")]);
    assert_eq!(plan.monitoring_on(on(2026, 11, 26)), [unit("so-vhttdl")]);
    // Every report owed in 2026 is by a unit that existed in 2026.
    let workspace = Workspace::new(plan.clone());
    let owed = progress::owed(
        &workspace,
        Period::parse(&tiendo::domain::PeriodId::new("2026-nam").unwrap()).unwrap(),
    );
    let end_2025 = tiendo::domain::Date::new(2025, 12, 31).unwrap();
    for item in &owed {
        let unit = plan.directory.unit(&item.unit).unwrap();
        assert!(
            unit.valid_to.is_none_or(|to| to > end_2025),
            "{} owes 2026",
            item.unit
        );
    }
}

#[test]
fn the_regime_reports_every_half_year_and_year_from_2024() {
    let plan = plan();
    let periods = plan
        .regime
        .periods(tiendo::domain::Date::new(2024, 12, 31).unwrap());
    let labels: Vec<String> = periods.iter().map(|p| p.label_vi()).collect();
    assert_eq!(labels, ["6 tháng đầu năm 2024", "Năm 2024"]);
    assert_eq!(plan.regime.due_date(periods[0]).dmy(), "15/06/2024");
}

#[test]
fn the_seed_round_trips_through_the_plan_file_format() {
    let plan = plan();
    let text = plan_file::encode(&plan, 1, tiendo::domain::Timestamp(1_710_720_000_000));
    let (again, warnings) = plan_file::decode(text.as_bytes()).unwrap();
    assert_eq!(again, plan);
    assert!(warnings.is_empty());
    assert_eq!(
        text,
        seed::SEED_PLAN_FILE,
        "the shipped file is in canonical form"
    );
}

#[test]
fn the_sample_is_deterministic_realistic_and_removable() {
    let plan = plan();
    let mut workspace = Workspace::new(plan);
    let entries = sample::sample_entries(&workspace);
    assert_eq!(entries, sample::sample_entries(&workspace));
    assert!(entries.iter().all(|(_, entry)| entry.sample));
    let profile = tiendo::domain::Profile::Leader;
    workspace
        .apply(&profile, tiendo::domain::Command::LoadSample { entries })
        .unwrap();
    let first = progress::overall(&progress::owed(&workspace, Period::half_year(2024)));
    let second = progress::overall(&progress::owed(&workspace, Period::year(2024)));
    assert!(first.total() > 150, "{}", first.total());
    assert!(
        first.reported_percent() > 75 && first.reported_percent() < 95,
        "{first:?}"
    );
    assert!(second.reported_percent() < first.reported_percent());
    assert!(first.count(Status::Blocked) > 0 && first.count(Status::Done) > 0);
    workspace
        .apply(&profile, tiendo::domain::Command::RemoveSample)
        .unwrap();
    assert!(workspace.entries.is_empty());
}
