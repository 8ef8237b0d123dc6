//! Dashboard figures from fixtures with known answers, and the sample's figures
//! that the end-to-end test reads back from the charts' data tables.

use tiendo::domain::budget;
use tiendo::domain::dashboard::{self, Scope};
use tiendo::domain::progress;
use tiendo::domain::{
    Command, Date, Entry, EntryKey, Funding, GroupId, Indicator, IndicatorId, Period, PeriodId,
    Profile, Status, TaskId, Timestamp, UnitId, Workspace,
};
use tiendo::format::{sample, seed};

fn key(task: &str, unit: &str) -> EntryKey {
    EntryKey {
        task: TaskId::new(task).unwrap(),
        unit: UnitId::new(unit).unwrap(),
        period: PeriodId::new("2024-6t").unwrap(),
    }
}

/// 2024-06-10 and 2024-06-20 at noon in Hà Nội: before and after the 15/06 due date.
const BEFORE: i64 = 1_717_995_600_000;
const AFTER: i64 = 1_718_859_600_000;

fn fixture() -> Workspace {
    let mut ws = Workspace::new(seed::seed_plan().unwrap());
    let t32 = ws
        .plan
        .tasks
        .iter_mut()
        .find(|t| t.number == "3.2")
        .unwrap();
    t32.indicators.push(Indicator {
        id: IndicatorId::new("tin-bai").unwrap(),
        name: "Tin, bài quảng bá".into(),
        measure: "tin, bài".into(),
        target: Some(100.0),
    });
    let mut put = |task: &str,
                   unit: &str,
                   status: Status,
                   at: i64,
                   obstacles: &str,
                   articles: Option<f64>| {
        let mut entry = Entry {
            status,
            revision: 1,
            updated_at: Timestamp(at),
            obstacles: obstacles.into(),
            ..Entry::default()
        };
        if let Some(count) = articles {
            entry
                .indicators
                .insert(IndicatorId::new("tin-bai").unwrap(), count);
        }
        ws.entries.insert(key(task, unit), entry);
    };
    put("t3.2", "so-vhttdl", Status::Done, BEFORE, "", Some(40.0));
    put(
        "t3.2",
        "bao-lang-son",
        Status::InProgress,
        AFTER,
        "",
        Some(25.5),
    );
    put(
        "t1",
        "so-vhttdl",
        Status::Blocked,
        AFTER,
        "Thiếu kinh phí",
        None,
    );
    put(
        "t2",
        "ubnd-dinh-lap",
        Status::NothingArose,
        BEFORE,
        "",
        None,
    );
    ws
}

fn scope() -> Scope {
    Scope {
        period: Period::half_year(2024),
        section: None,
        group: None,
    }
}

#[test]
fn compliance_counts_on_time_late_and_missing() {
    let ws = fixture();
    let owed = dashboard::owed(&ws, &scope());
    let due = ws.plan.regime.due_date(Period::half_year(2024));
    let list = dashboard::compliance(&ws, &owed, due, 420);
    let of = |unit: &str| list.iter().find(|(u, _)| u.as_str() == unit).unwrap().1;
    let culture = of("so-vhttdl");
    assert_eq!(
        (
            culture.on_time,
            culture.late,
            culture.missing,
            culture.complete
        ),
        (1, 1, 5, 1)
    );
    assert_eq!(culture.total(), 7);
    let dinh_lap = of("ubnd-dinh-lap");
    assert_eq!(
        (dinh_lap.on_time, dinh_lap.missing, dinh_lap.complete),
        (1, 6, 1)
    );
    assert_eq!(list.len(), 34);
    assert_eq!(list[0].0.as_str(), "ban-dan-toc");
}

#[test]
fn the_matrix_has_a_row_per_unit_and_a_column_per_leaf() {
    let ws = fixture();
    let matrix = dashboard::matrix(&ws, &dashboard::owed(&ws, &scope()));
    assert_eq!(matrix.tasks.len(), 7);
    assert_eq!(matrix.units.len(), 34);
    let row = matrix
        .units
        .iter()
        .position(|u| u.as_str() == "so-vhttdl")
        .unwrap();
    assert_eq!(matrix.cells[row][0], Some(Status::Blocked));
    assert_eq!(matrix.cells[row][3], Some(Status::Done));
    let press = matrix
        .units
        .iter()
        .position(|u| u.as_str() == "bao-lang-son")
        .unwrap();
    assert_eq!(
        matrix.cells[press][0], None,
        "press bodies owe nothing on task 1"
    );
}

#[test]
fn remarks_laggards_and_indicators() {
    let ws = fixture();
    let owed = dashboard::owed(&ws, &scope());
    let remarks = dashboard::remarks(&ws, &owed);
    assert_eq!(remarks.len(), 1);
    assert_eq!(remarks[0].obstacles, "Thiếu kinh phí");
    let laggards = dashboard::not_reported(&ws, &owed);
    assert_eq!(laggards.len(), 34, "every unit still owes something");
    let culture = laggards
        .iter()
        .find(|l| l.unit.as_str() == "so-vhttdl")
        .unwrap();
    let numbers: Vec<&str> = culture.tasks.iter().map(TaskId::as_str).collect();
    assert_eq!(numbers, ["t2", "t3.1", "t4.1", "t4.2", "t5"]);
    let indicators = dashboard::indicators(&ws, &owed);
    assert_eq!(indicators.len(), 1);
    assert_eq!(indicators[0].number, "3.2", "the plan's number, not the id");
    assert_eq!(
        (
            indicators[0].total,
            indicators[0].units,
            indicators[0].target
        ),
        (65.5, 2, Some(100.0))
    );
}

#[test]
fn scope_filters_by_section_and_group() {
    let ws = fixture();
    let section = Scope {
        section: Some(TaskId::new("t3").unwrap()),
        ..scope()
    };
    assert_eq!(dashboard::owed(&ws, &section).len(), 68);
    let press = Scope {
        group: Some(GroupId::new("cac-co-quan-bao-chi").unwrap()),
        ..scope()
    };
    assert_eq!(dashboard::owed(&ws, &press).len(), 18);
    let both = Scope {
        group: Some(GroupId::new("cac-co-quan-bao-chi").unwrap()),
        section: Some(TaskId::new("t3").unwrap()),
        ..scope()
    };
    assert_eq!(
        progress::overall(&dashboard::owed(&ws, &both)).count(Status::InProgress),
        1
    );
}

/// The sample's 6-month figures, which the e2e test reads in the data tables.
#[test]
fn the_samples_first_period_has_known_figures() {
    let mut ws = Workspace::new(seed::seed_plan().unwrap());
    let entries = sample::sample_entries(&ws);
    ws.apply(&Profile::Leader, Command::LoadSample { entries })
        .unwrap();
    let owed = dashboard::owed(&ws, &scope());
    let tally = progress::overall(&owed);
    let counts: Vec<usize> = Status::ALL.iter().map(|s| tally.count(*s)).collect();
    assert_eq!(counts, [27, 17, 43, 132, 8, 8]);
    let laggards = dashboard::not_reported(&ws, &owed);
    assert_eq!(laggards.len(), 17);
    let due = ws.plan.regime.due_date(Period::half_year(2024));
    assert_eq!(due, Date::new(2024, 6, 15).unwrap());
    // Kinh phí: what the dashboard's funding panel shows.
    let funding = budget::totals(&ws, &owed);
    assert_eq!(
        (funding.spent, funding.reports, funding.requested()),
        (733_500_000, 49, 380_000_000)
    );
    assert_eq!(funding.requests.len(), 5);
    assert_eq!(
        funding.by_source,
        [
            (Some(Funding::Regular), 588_000_000),
            (Some(Funding::Other), 145_500_000)
        ]
    );
}

/// A matrix from rows of cells, `#` a report owed and `.` none.
fn grid(rows: &[&str]) -> dashboard::Matrix {
    let columns = rows.first().map_or(0, |r| r.len());
    dashboard::Matrix {
        units: (0..rows.len())
            .map(|r| UnitId::new(format!("u{r}")).unwrap())
            .collect(),
        tasks: (0..columns)
            .map(|c| TaskId::new(format!("t{c}")).unwrap())
            .collect(),
        cells: rows
            .iter()
            .map(|r| {
                r.chars()
                    .map(|c| (c == '#').then_some(Status::Done))
                    .collect()
            })
            .collect(),
    }
}

#[test]
fn the_keyboard_walks_the_matrix_over_reports_not_owed() {
    use dashboard::GridMove::{self, *};
    let m = grid(&["##.#", ".#..", "#..#", "..#."]);
    // Sideways along the row, over the gap; nothing past the edge.
    assert_eq!(m.step((0, 1), Right), Some((0, 3)));
    assert_eq!(m.step((0, 3), Right), None);
    assert_eq!(m.step((0, 3), Left), Some((0, 1)));
    assert_eq!(m.step((0, 0), Left), None);
    // Down the column to the next unit owing that task.
    assert_eq!(m.step((0, 0), Down), Some((2, 0)));
    assert_eq!(m.step((2, 0), Down), None);
    assert_eq!(m.step((2, 3), Up), Some((0, 3)));
    assert_eq!(m.step((3, 2), Up), None);
    // Home and End within the row; with Ctrl, the matrix's ends.
    assert_eq!(m.step((2, 3), RowStart), Some((2, 0)));
    assert_eq!(m.step((0, 0), RowEnd), Some((0, 3)));
    assert_eq!(m.step((1, 1), RowEnd), None);
    assert_eq!(m.step((2, 3), First), Some((0, 0)));
    assert_eq!(m.step((0, 0), Last), Some((3, 2)));
    assert_eq!(m.step((3, 2), Last), None);
    // Keys as the browser names them.
    assert_eq!(GridMove::from_key("ArrowDown", false), Some(Down));
    assert_eq!(GridMove::from_key("Home", true), Some(First));
    assert_eq!(GridMove::from_key("End", false), Some(RowEnd));
    assert_eq!(GridMove::from_key("Enter", false), None);
}

#[test]
fn a_visited_cell_is_found_again_in_another_periods_matrix() {
    let first = grid(&["##.#", ".#..", "#..#"]);
    let (unit, task) = first.names_of((2, 3)).unwrap();
    assert_eq!((unit.as_str(), task.as_str()), ("u2", "t3"));
    assert_eq!(first.names_of((3, 0)), None);
    // Another period: a unit less and the task's column moved; found where
    // that unit still owes that task, not where its indices were.
    let mut other = grid(&["#..#", ".##."]);
    other.units = ["u0", "u2"].map(|u| UnitId::new(u).unwrap()).into();
    other.tasks = ["t0", "t3", "t2", "t1"]
        .map(|t| TaskId::new(t).unwrap())
        .into();
    assert_eq!(other.cell_of(&unit, &task), Some((1, 1)));
    let (unit, task) = first.names_of((0, 1)).unwrap();
    assert_eq!(other.cell_of(&unit, &task), Some((0, 3)));
    // Not owed there (u2 on t0), or its unit gone (u1): none.
    for at in [(2, 0), (1, 1)] {
        let (unit, task) = first.names_of(at).unwrap();
        assert_eq!(other.cell_of(&unit, &task), None, "{at:?}");
    }
}

/// A ragged matrix of up to six units and five tasks, and one of its cells.
fn grid_and_cell() -> impl proptest::strategy::Strategy<Value = (dashboard::Matrix, (usize, usize))>
{
    use proptest::strategy::Strategy;
    (
        proptest::collection::vec("[#.]{5}", 1..7),
        (0usize..7, 0usize..5),
    )
        .prop_map(|(rows, at)| {
            let rows: Vec<&str> = rows.iter().map(String::as_str).collect();
            (grid(&rows), (at.0 % rows.len(), at.1))
        })
}

proptest::proptest! {
    /// A cell's unit and task find that cell again, if it is owed.
    #[test]
    fn a_cell_is_found_by_its_unit_and_task_if_owed((m, at) in grid_and_cell()) {
        let (unit, task) = m.names_of(at).unwrap();
        let owed = m.cells[at.0][at.1].is_some();
        proptest::prop_assert_eq!(m.cell_of(&unit, &task), owed.then_some(at));
    }

    /// Every move lands on a cell owed, in the row or column it moves along;
    /// an arrow there and back returns to the start.
    #[test]
    fn a_step_lands_on_an_owed_cell_and_an_arrow_back_returns((m, at) in grid_and_cell()) {
        use dashboard::GridMove::*;
        proptest::prop_assume!(m.cells[at.0][at.1].is_some());
        for (to, back) in [(Left, Right), (Right, Left), (Up, Down), (Down, Up)] {
            if let Some(next) = m.step(at, to) {
                proptest::prop_assert!(m.cells[next.0][next.1].is_some());
                proptest::prop_assert!(next.0 == at.0 || next.1 == at.1);
                proptest::prop_assert_eq!(m.step(next, back), Some(at));
            }
        }
        for to in [RowStart, RowEnd, First, Last] {
            if let Some(next) = m.step(at, to) {
                proptest::prop_assert!(m.cells[next.0][next.1].is_some());
                proptest::prop_assert!(next != at);
            }
        }
    }
}
