//! Kinh phí (the plan's part III, docs/product.md §1): a unit states what a task's
//! work cost in a period, from which source, and what further funding it
//! asks for; the figures travel in its report file and the monitoring unit
//! sees them summed for the period.

use tiendo::domain::budget::{self, Request, MAX_DONG};
use tiendo::domain::merge;
use tiendo::domain::progress;
use tiendo::domain::{
    Budget, Command, CommandError, EntryChange, EntryKey, Funding, Period, PeriodId, Profile,
    TaskId, Timestamp, UnitId, Workspace,
};
use tiendo::format::{exchange, seed};

const PERIOD: &str = "2024-6t";

fn key(task: &str, unit: &str) -> EntryKey {
    EntryKey {
        task: TaskId::new(task).unwrap(),
        unit: UnitId::new(unit).unwrap(),
        period: PeriodId::new(PERIOD).unwrap(),
    }
}

fn as_unit(unit: &str) -> Profile {
    Profile::Unit {
        unit: UnitId::new(unit).unwrap(),
    }
}

/// Applies `change` to the entry as its unit; a refusal leaves the workspace as it was.
fn change(ws: &mut Workspace, key: &EntryKey, change: EntryChange) -> Result<(), CommandError> {
    let before = ws.clone();
    let result = ws.apply(
        &as_unit(key.unit.as_str()),
        Command::UpdateEntry {
            key: key.clone(),
            change,
            at: Timestamp(1_717_995_600_000),
        },
    );
    if result.is_err() {
        assert_eq!(*ws, before, "a refused change changed the workspace");
    }
    result
}

/// The unit states its funding, one field at a time as the editor does.
fn fund(ws: &mut Workspace, key: &EntryKey, spent: u64, source: Funding, requested: u64) {
    change(ws, key, EntryChange::Spent(Some(spent))).unwrap();
    change(ws, key, EntryChange::Funding(Some(source))).unwrap();
    change(ws, key, EntryChange::Requested(Some(requested))).unwrap();
}

fn totals(ws: &Workspace) -> budget::Totals {
    let period = Period::parse(&PeriodId::new(PERIOD).unwrap()).unwrap();
    budget::totals(ws, &progress::owed(ws, period))
}

#[test]
fn a_unit_records_its_funding_and_it_reaches_the_monitoring_unit_summed() {
    let plan = seed::seed_plan().unwrap();
    let mut unit_ws = Workspace::new(plan.clone());
    let vh = key("t3.2", "so-vhttdl");
    fund(&mut unit_ws, &vh, 12_500_000, Funding::Regular, 50_000_000);
    let other = key("t1", "so-vhttdl");
    change(&mut unit_ws, &other, EntryChange::Spent(Some(3_000_000))).unwrap();
    assert_eq!(
        unit_ws.entries[&vh].budget,
        Budget {
            spent: Some(12_500_000),
            source: Some(Funding::Regular),
            requested: Some(50_000_000),
        }
    );
    assert_eq!(unit_ws.entries[&vh].revision, 3, "each change is an edit");

    // A second unit, in its own browser.
    let mut press_ws = Workspace::new(plan.clone());
    let press = key("t3.2", "bao-lang-son");
    fund(&mut press_ws, &press, 7_000_000, Funding::Other, 0);

    let files: Vec<_> = [(&unit_ws, "so-vhttdl"), (&press_ws, "bao-lang-son")]
        .into_iter()
        .map(|(ws, sender)| {
            let text = exchange::encode_report(
                ws,
                &UnitId::new(sender).unwrap(),
                &[PeriodId::new(PERIOD).unwrap()],
                1,
                Timestamp(1_718_000_000_000),
            );
            exchange::read(text.as_bytes()).unwrap().incoming
        })
        .collect();
    let monitoring = Workspace::new(plan);
    let (merged, _) = merge::import(&monitoring, &files);
    assert_eq!(merged.entries[&vh].budget, unit_ws.entries[&vh].budget);

    let sums = totals(&merged);
    assert_eq!(sums.spent, 22_500_000);
    assert_eq!(sums.reports, 3);
    assert_eq!(
        sums.by_source,
        [
            (Some(Funding::Regular), 12_500_000),
            (Some(Funding::Other), 7_000_000),
            (None, 3_000_000),
        ]
    );
    // A request of nothing is no request.
    assert_eq!(
        sums.requests,
        [Request {
            task: TaskId::new("t3.2").unwrap(),
            unit: UnitId::new("so-vhttdl").unwrap(),
            amount: 50_000_000,
        }]
    );
    assert_eq!(sums.requested(), 50_000_000);
    assert!(totals(&monitoring).is_empty());
}

#[test]
fn amounts_are_checked_and_cleared() {
    let mut ws = Workspace::new(seed::seed_plan().unwrap());
    let vh = key("t3.2", "so-vhttdl");
    assert_eq!(
        change(&mut ws, &vh, EntryChange::Requested(Some(MAX_DONG + 1))),
        Err(CommandError::AmountTooLarge(MAX_DONG + 1))
    );
    let message = CommandError::AmountTooLarge(MAX_DONG + 1).to_string();
    assert_eq!(message, "Số tiền 1.000.000.000.000.001 đồng quá lớn.");
    change(&mut ws, &vh, EntryChange::Spent(Some(MAX_DONG))).unwrap();
    // Another unit's entry is not this unit's to fund.
    let before = ws.clone();
    let refused = ws.apply(
        &as_unit("bao-lang-son"),
        Command::UpdateEntry {
            key: vh.clone(),
            change: EntryChange::Spent(Some(1)),
            at: Timestamp(1),
        },
    );
    assert!(matches!(refused, Err(CommandError::NotOwner { .. })));
    assert_eq!(ws, before);
    change(&mut ws, &vh, EntryChange::Spent(None)).unwrap();
    assert!(ws.entries[&vh].budget.is_empty());
    // An empty budget is not written into the files at all.
    let text = exchange::encode_report(
        &ws,
        &UnitId::new("so-vhttdl").unwrap(),
        &[PeriodId::new(PERIOD).unwrap()],
        1,
        Timestamp(1),
    );
    assert!(!text.contains("budget"), "{text}");
}

#[test]
fn a_deleted_or_unowed_report_counts_for_nothing() {
    let mut ws = Workspace::new(seed::seed_plan().unwrap());
    let vh = key("t3.2", "so-vhttdl");
    change(&mut ws, &vh, EntryChange::Spent(Some(1_000_000))).unwrap();
    assert_eq!(totals(&ws).spent, 1_000_000);
    // An entry held for a unit the task does not name (written by hand).
    let period = Period::parse(&vh.period).unwrap();
    let owed = progress::owed(&ws, period);
    let outsider = ws
        .plan
        .directory
        .units
        .iter()
        .find(|u| !owed.iter().any(|o| o.task == vh.task && o.unit == u.id))
        .expect("a unit 3.2 does not name");
    let stray = key("t3.2", outsider.id.as_str());
    let mut entry = ws.entries[&vh].clone();
    entry.budget.spent = Some(9_000_000);
    ws.entries.insert(stray, entry);
    assert_eq!(totals(&ws).spent, 1_000_000);
    ws.apply(
        &as_unit("so-vhttdl"),
        Command::DeleteEntry {
            key: vh,
            at: Timestamp(2),
        },
    )
    .unwrap();
    assert!(totals(&ws).is_empty());
}

#[test]
fn the_same_revision_with_other_funding_is_a_conflict() {
    let plan = seed::seed_plan().unwrap();
    let vh = key("t3.2", "so-vhttdl");
    let mut one = Workspace::new(plan.clone());
    change(&mut one, &vh, EntryChange::Spent(Some(1_000_000))).unwrap();
    let mut two = Workspace::new(plan);
    change(&mut two, &vh, EntryChange::Spent(Some(2_000_000))).unwrap();
    let file = exchange::encode_report(
        &two,
        &UnitId::new("so-vhttdl").unwrap(),
        &[PeriodId::new(PERIOD).unwrap()],
        1,
        Timestamp(1),
    );
    let incoming = exchange::read(file.as_bytes()).unwrap().incoming;
    let (merged, _) = merge::import(&one, &[incoming]);
    assert_eq!(merged.conflicts[&vh].len(), 1, "both versions kept");
}

#[test]
fn files_with_funding_are_version_2_which_an_older_reader_refuses_by_name() {
    let plan = seed::seed_plan().unwrap();
    let mut ws = Workspace::new(plan);
    let unit = UnitId::new("so-vhttdl").unwrap();
    let periods = [PeriodId::new(PERIOD).unwrap()];
    let vh = key("t3.2", "so-vhttdl");
    let version = |text: &str| tiendo::format::decode::envelope_kind(text).unwrap().1;
    let backup = |ws: &Workspace| {
        let backup = exchange::Backup {
            workspace: ws.clone(),
            settings: Default::default(),
        };
        exchange::encode_backup(&backup, None, Timestamp(2))
    };

    // Without funding, version 1: every copy of the app reads it.
    change(&mut ws, &vh, EntryChange::Done("Đã đăng 12 tin".into())).unwrap();
    let plain = exchange::encode_report(&ws, &unit, &periods, 1, Timestamp(1));
    assert_eq!((version(&plain), version(&backup(&ws))), (1, 1));

    // With funding, version 2: a version 1 reader says to update instead of
    // dropping the amounts; this app reads it whole.
    change(&mut ws, &vh, EntryChange::Spent(Some(12_500_000))).unwrap();
    let funded = exchange::encode_report(&ws, &unit, &periods, 2, Timestamp(1));
    assert_eq!((version(&funded), version(&backup(&ws))), (2, 2));
    let refused = tiendo::format::decode::envelope(&funded, exchange::REPORT_FORMAT, 1);
    assert_eq!(
        refused,
        Err(tiendo::format::DecodeError::NewerVersion {
            found: 2,
            supported: 1
        })
    );
    assert!(refused
        .unwrap_err()
        .to_string()
        .contains("phiên bản mới hơn"));
    let (merged, _) = merge::import(
        &Workspace::new(seed::seed_plan().unwrap()),
        &[exchange::read(funded.as_bytes()).unwrap().incoming],
    );
    assert_eq!(merged.entries[&vh].budget.spent, Some(12_500_000));
}
