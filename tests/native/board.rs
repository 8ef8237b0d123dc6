//! The board's pure parts on the seed plan: cards, ordering, filters, search
//! folding, swimlanes, lateness and the URL form of a view.

use proptest::prelude::*;
use std::collections::BTreeSet;
use std::sync::Arc;
use tiendo::domain::board::{self, BoardQuery, Card, DeadlineState, Edit, Filter, Swimlane, Texts};
use tiendo::domain::progress;
use tiendo::domain::{
    Command, Date, EntryChange, EntryKey, GroupId, Period, PeriodId, Profile, Role, Status, TaskId,
    Timeframe, Timestamp, Workspace,
};

use crate::support::{unit, workspace};

fn date(y: i32, m: u8, d: u8) -> Date {
    Date::new(y, m, d).unwrap()
}

fn set(ws: &mut Workspace, task: &str, unit_id: &str, change: EntryChange, at: i64) {
    let key = EntryKey {
        task: TaskId::new(task).unwrap(),
        unit: unit(unit_id),
        period: PeriodId::new("2024-6t").unwrap(),
    };
    ws.apply(
        &Profile::Unit {
            unit: unit(unit_id),
        },
        Command::UpdateEntry {
            key,
            change,
            at: Timestamp(at),
        },
    )
    .unwrap();
}

/// Gives the task numbered `number` a deadline.
fn due_on(ws: &mut Workspace, number: &str, day: Date) {
    let task = ws.plan.tasks.iter_mut().find(|t| t.number == number);
    task.unwrap().timeframe = Timeframe::Deadline { date: day };
}

fn cards(ws: &Workspace, today: Date) -> Vec<board::IndexedCard> {
    board::index(ws, Period::half_year(2024), today, 420)
}

fn shown(ws: &Workspace, filter: &Filter) -> Vec<(String, String)> {
    let index = cards(ws, date(2024, 5, 1));
    let layout = board::layout(ws, &index, filter, Swimlane::None, Some(&unit("so-vhttdl")));
    layout
        .lanes
        .iter()
        .flat_map(|lane| lane.columns.iter().flatten())
        .map(|c| (c.number.clone(), c.key.unit.to_string()))
        .collect()
}

#[test]
fn one_card_per_leaf_task_and_reporting_unit_in_plan_order_lead_first() {
    let ws = workspace();
    let index = cards(&ws, date(2024, 5, 1));
    assert_eq!(index.len(), 31 + 6 * 34);
    let t32: Vec<&board::Card> = index
        .iter()
        .map(|c| &*c.card)
        .filter(|c| c.number == "3.2")
        .collect();
    assert_eq!(t32[0].unit_short, "Sở VHTTDL");
    assert_eq!(t32[0].role, Role::Lead);
    assert!(t32[1..].iter().all(|c| c.role == Role::Coordinate));
    let names: Vec<&str> = t32[1..4].iter().map(|c| c.unit_name.as_str()).collect();
    assert_eq!(
        names,
        [
            "Ban Dân tộc tỉnh",
            "Ban Quản lý Khu kinh tế cửa khẩu Đồng Đăng - Lạng Sơn",
            "Báo Lạng Sơn"
        ]
    );
    let numbers: Vec<&str> = index.iter().map(|c| c.card.number.as_str()).collect();
    let mut order = numbers.clone();
    order.dedup();
    assert_eq!(order, ["1", "2", "3.1", "3.2", "4.1", "4.2", "5"]);
}

#[test]
fn columns_follow_status_and_counts_add_up() {
    let mut ws = workspace();
    set(
        &mut ws,
        "t3.2",
        "so-vhttdl",
        EntryChange::Status(Status::Done),
        1,
    );
    set(
        &mut ws,
        "t1",
        "so-vhttdl",
        EntryChange::Status(Status::Blocked),
        1,
    );
    let index = cards(&ws, date(2024, 5, 1));
    let layout = board::layout(&ws, &index, &Filter::default(), Swimlane::None, None);
    assert_eq!(layout.lanes.len(), 1);
    assert_eq!(layout.counts[Status::Done.index()], 1);
    assert_eq!(layout.counts[Status::Blocked.index()], 1);
    assert_eq!(layout.counts[Status::NotReported.index()], 235 - 2);
    assert_eq!(layout.shown(), layout.total);
    // "Có vướng mắc" is the column alone: a blocked card with nothing
    // written under difficulties carries no second flag saying the same.
    let blocked = &layout.lanes[0].columns[Status::Blocked.index()][0];
    assert!(!blocked.obstacle);
    let done = &layout.lanes[0].columns[Status::Done.index()][0];
    assert_eq!(
        done.no_result,
        ws.entries
            .get(&done.key)
            .is_some_and(|e| e.done.trim().is_empty())
    );
}

#[test]
fn filters_combine_and_search_ignores_diacritics() {
    let mut ws = workspace();
    set(
        &mut ws,
        "t2",
        "bao-lang-son",
        EntryChange::Done("Đăng 12 tin, bài về Hữu nghị quan".into()),
        1,
    );
    let by_unit = Filter {
        units: BTreeSet::from([unit("so-vhttdl")]),
        ..Filter::default()
    };
    assert_eq!(shown(&ws, &by_unit).len(), 7);
    let search = Filter {
        query: "van hoa".into(),
        ..Filter::default()
    };
    let found = shown(&ws, &search);
    assert!(found.iter().all(|(_, u)| u == "so-vhttdl"), "{found:?}");
    assert_eq!(found.len(), 7);
    let text = Filter {
        query: "12 tin".into(),
        ..Filter::default()
    };
    assert_eq!(
        shown(&ws, &text),
        [("2".to_owned(), "bao-lang-son".to_owned())]
    );
    let lead_in_section = Filter {
        section: Some(TaskId::new("t3").unwrap()),
        role: Some(Role::Lead),
        ..Filter::default()
    };
    assert_eq!(
        shown(&ws, &lead_in_section),
        [("3.2".to_owned(), "so-vhttdl".to_owned())]
    );
    let press = Filter {
        group: Some(GroupId::new("cac-co-quan-bao-chi").unwrap()),
        ..Filter::default()
    };
    assert_eq!(shown(&ws, &press).len(), 6 * 3);
    let mine = Filter {
        only_mine: true,
        ..Filter::default()
    };
    assert_eq!(shown(&ws, &mine).len(), 7);
    let status = Filter {
        status: Some(Status::NotReported),
        ..Filter::default()
    };
    assert_eq!(shown(&ws, &status).len(), 235);
}

#[test]
fn swimlanes_group_by_section_or_unit() {
    let ws = workspace();
    let index = cards(&ws, date(2024, 5, 1));
    let by_section = board::layout(&ws, &index, &Filter::default(), Swimlane::Section, None);
    let titles: Vec<&str> = by_section
        .lanes
        .iter()
        .map(|l| l.title.split('.').next().unwrap())
        .collect();
    assert_eq!(titles, ["1", "2", "3", "4", "5"]);
    let by_unit = board::layout(&ws, &index, &Filter::default(), Swimlane::Unit, None);
    assert_eq!(by_unit.lanes.len(), 34);
    assert_eq!(by_unit.lanes[0].title, "Ban Dân tộc tỉnh");
    // u < ư < v: "Ủy ban …" sorts before "Văn phòng …".
    assert_eq!(
        by_unit.lanes.last().unwrap().title,
        "Văn phòng Ủy ban nhân dân tỉnh"
    );
}

#[test]
fn a_cached_index_equals_a_fresh_one_after_changes() {
    let mut ws = workspace();
    let mut cache = board::TextCache::default();
    let period = Period::half_year(2024);
    let mut indexed = |ws: &Workspace| {
        board::index_cached(ws, period, date(2024, 5, 1), 420, &mut cache, Texts::Folded)
    };
    let first = indexed(&ws);
    assert_eq!(first, cards(&ws, date(2024, 5, 1)));
    set(
        &mut ws,
        "t2",
        "bao-lang-son",
        EntryChange::Done("Đăng 12 tin, bài".into()),
        1,
    );
    let again = indexed(&ws);
    assert_eq!(again, cards(&ws, date(2024, 5, 1)));
    let search = Filter {
        query: "12 tin".into(),
        ..Filter::default()
    };
    assert_eq!(
        board::layout(&ws, &again, &search, Swimlane::None, None).shown(),
        1
    );
}

#[test]
fn texts_skipped_for_the_first_render_are_folded_ahead_of_a_search() {
    let ws = workspace();
    let period = Period::half_year(2024);
    let today = date(2024, 5, 1);
    let search = Filter {
        query: "van hoa".into(),
        ..Filter::default()
    };
    let mut cache = board::TextCache::default();
    let quick = board::index_cached(&ws, period, today, 420, &mut cache, Texts::Skipped);
    let fresh = cards(&ws, today);
    // The same cards, in the same order; only the search finds nothing yet.
    assert_eq!(
        quick.iter().map(|c| &c.card).collect::<Vec<_>>(),
        fresh.iter().map(|c| &c.card).collect::<Vec<_>>()
    );
    assert!(board::layout(&ws, &fresh, &search, Swimlane::None, None).shown() > 0);
    assert_eq!(
        board::layout(&ws, &quick, &search, Swimlane::None, None).shown(),
        0
    );
    board::warm_texts(&ws, period, &mut cache);
    // Warmed: the searchable index is the fresh one, and its texts are the
    // cache's own (shared, not folded again).
    let searchable = board::index_cached(&ws, period, today, 420, &mut cache, Texts::Folded);
    assert_eq!(searchable, fresh);
    let again = board::index_cached(&ws, period, today, 420, &mut cache, Texts::Folded);
    assert!(searchable
        .iter()
        .zip(&again)
        .all(|(a, b)| a.shares_text_with(b)));
}

#[test]
fn unreported_cards_are_overdue_after_the_due_date() {
    let ws = workspace();
    let before = cards(&ws, date(2024, 6, 15));
    assert!(before.iter().all(|c| !c.card.report_overdue));
    let after = cards(&ws, date(2024, 6, 16));
    assert!(after.iter().all(|c| c.card.report_overdue));
}

#[test]
fn deadline_tasks_show_the_government_office_states() {
    let mut ws = workspace();
    due_on(&mut ws, "4.2", date(2024, 6, 30));
    // 2024-06-29T10:00+07:00 and 2024-07-02T10:00+07:00
    set(
        &mut ws,
        "t4.2",
        "so-tttt",
        EntryChange::Status(Status::Done),
        1_719_630_000_000,
    );
    set(
        &mut ws,
        "t4.2",
        "so-vhttdl",
        EntryChange::Status(Status::Done),
        1_719_889_200_000,
    );
    let state = |today: Date, unit_id: &str| {
        cards(&ws, today)
            .into_iter()
            .find(|c| c.card.number == "4.2" && c.card.key.unit.as_str() == unit_id)
            .unwrap()
            .card
            .deadline
    };
    assert_eq!(
        state(date(2024, 7, 5), "so-tttt"),
        Some(DeadlineState::DoneOnTime)
    );
    assert_eq!(
        state(date(2024, 7, 5), "so-vhttdl"),
        Some(DeadlineState::DoneLate)
    );
    assert_eq!(
        state(date(2024, 6, 1), "bao-lang-son"),
        Some(DeadlineState::InTime)
    );
    assert_eq!(
        state(date(2024, 7, 5), "bao-lang-son"),
        Some(DeadlineState::Overdue)
    );
    assert_eq!(state(date(2024, 7, 5), "so-tttt").map(|_| ()), Some(()));
    assert!(cards(&ws, date(2024, 7, 5))
        .iter()
        .filter(|c| c.card.number == "3.2")
        .all(|c| c.card.deadline.is_none()));
}

/// A task with a deadline that a unit reported done is owed no more in the
/// periods after; a unit that has not finished it still owes it (overdue),
/// and ongoing work is owed every period whatever was reported before.
#[test]
fn a_deadline_task_done_is_owed_no_more() {
    let mut ws = workspace();
    due_on(&mut ws, "4.2", date(2024, 6, 30));
    set(
        &mut ws,
        "t4.2",
        "so-tttt",
        EntryChange::Status(Status::Done),
        1,
    );
    set(
        &mut ws,
        "t3.2",
        "so-vhttdl",
        EntryChange::Status(Status::Done),
        2,
    );
    set(
        &mut ws,
        "t4.2",
        "bao-lang-son",
        EntryChange::Status(Status::InProgress),
        3,
    );
    let owes = |ws: &Workspace, period: Period, task: &str, unit_id: &str| {
        progress::owed(ws, period)
            .iter()
            .any(|o| o.task.as_str() == task && o.unit == unit(unit_id))
    };
    // The year 2024 began before the half-year ended: still owed there.
    assert!(owes(&ws, Period::year(2024), "t4.2", "so-tttt"));
    assert!(!owes(&ws, Period::half_year(2025), "t4.2", "so-tttt"));
    assert!(owes(&ws, Period::half_year(2025), "t4.2", "bao-lang-son"));
    assert!(owes(&ws, Period::half_year(2025), "t3.2", "so-vhttdl"));
    // The board and the dashboard count from the same list.
    let later = board::index(&ws, Period::half_year(2025), date(2025, 7, 1), 420);
    assert!(!later
        .iter()
        .any(|c| c.card.number == "4.2" && c.card.key.unit == unit("so-tttt")));
    // Withdrawn, the report no longer counts: owed again.
    let key = EntryKey {
        task: TaskId::new("t4.2").unwrap(),
        unit: unit("so-tttt"),
        period: PeriodId::new("2024-6t").unwrap(),
    };
    ws.apply(
        &Profile::Unit {
            unit: unit("so-tttt"),
        },
        Command::DeleteEntry {
            key,
            at: Timestamp(4),
        },
    )
    .unwrap();
    assert!(owes(&ws, Period::half_year(2025), "t4.2", "so-tttt"));
}

#[test]
fn a_view_survives_its_url() {
    let query = BoardQuery {
        period: Some(PeriodId::new("2024-6t").unwrap()),
        filter: Filter {
            units: BTreeSet::from([unit("so-vhttdl"), unit("so-tttt")]),
            group: Some(GroupId::new("cac-so-ban-nganh").unwrap()),
            section: Some(TaskId::new("t3").unwrap()),
            task: Some(TaskId::new("t3.2").unwrap()),
            role: Some(Role::Coordinate),
            status: Some(Status::Blocked),
            only_mine: false,
            query: "văn hóa & du lịch".into(),
        },
        swimlane: Swimlane::Unit,
        only_mine: Some(true),
    };
    let text = query.to_query();
    assert_eq!(
        text,
        "ky=2024-6t&dv=so-tttt,so-vhttdl&nhom=cac-so-ban-nganh&muc=t3&nv=t3.2&vai=phoi_hop&tt=co_vuong_mac&cua-toi=1&q=v%C4%83n%20h%C3%B3a%20%26%20du%20l%E1%BB%8Bch&lan=don-vi"
    );
    assert_eq!(BoardQuery::from_query(&text), query);
    assert_eq!(
        BoardQuery::from_query("?q=van+hoa&tt=nonsense&dv=BAD,so-y-te")
            .filter
            .query,
        "van hoa"
    );
    let lenient = BoardQuery::from_query("tt=nonsense&dv=BAD,so-y-te&zz=1");
    assert_eq!(lenient.filter.status, None);
    assert_eq!(lenient.filter.units, BTreeSet::from([unit("so-y-te")]));
    assert_eq!(BoardQuery::default().to_query(), "");
}

/// A link naming what the plan lacks shows the board unfiltered there, and
/// keeps what the plan knows.
#[test]
fn a_stale_link_keeps_only_what_the_plan_knows() {
    let plan = workspace().plan;
    let stale = BoardQuery::from_query(
        "ky=2024-6t&dv=so-vhttdl,khong-co&nhom=khong-co&muc=t9&nv=t9.9&tt=co_vuong_mac",
    )
    .known_to(&plan);
    assert_eq!(stale.filter.units, BTreeSet::from([unit("so-vhttdl")]));
    assert_eq!(
        (
            &stale.filter.group,
            &stale.filter.section,
            &stale.filter.task
        ),
        (&None, &None, &None)
    );
    assert_eq!(stale.filter.status, Some(Status::Blocked));
    let known = BoardQuery::from_query("dv=so-y-te&nhom=cac-so-ban-nganh&muc=t3&nv=t3.2");
    assert_eq!(known.clone().known_to(&plan), known);
}

/// What a column shows after its edits: the DOM patch, on a list.
fn patched(shown: &[Arc<Card>], next: &[Arc<Card>], edits: &[Edit]) -> Vec<Arc<Card>> {
    let (mut out, mut at) = (Vec::new(), 0);
    for edit in edits {
        match *edit {
            Edit::Keep => {
                out.push(Arc::clone(&shown[at]));
                at += 1;
            }
            Edit::Remove => at += 1,
            Edit::Insert(i) => out.push(Arc::clone(&next[i])),
        }
    }
    assert_eq!(at, shown.len(), "every shown card is kept or removed once");
    out
}

#[test]
fn a_move_removes_one_card_from_a_column_and_inserts_one_into_another() {
    let mut ws = workspace();
    let today = date(2024, 5, 1);
    let column = |ws: &Workspace, status: Status| -> Vec<Arc<Card>> {
        board::layout(
            ws,
            &cards(ws, today),
            &Filter::default(),
            Swimlane::None,
            None,
        )
        .lanes[0]
            .columns[status.index()]
        .clone()
    };
    let block = |ws: &mut Workspace, card: &Card, at: i64| {
        let key = &card.key;
        set(
            ws,
            key.task.as_str(),
            key.unit.as_str(),
            EntryChange::Status(Status::Blocked),
            at,
        );
        (column(ws, Status::NotReported), column(ws, Status::Blocked))
    };
    // One card is blocked already: the move lands among kept cards.
    let first = Arc::clone(&column(&ws, Status::NotReported)[0]);
    let (from_before, to_before) = block(&mut ws, &first, 4);
    assert_eq!(to_before.len(), 1);
    let moved = Arc::clone(&from_before[3]);
    let (from_after, to_after) = block(&mut ws, &moved, 5);
    let from = board::column_edits(&from_before, &from_after, |_| false).unwrap();
    assert_eq!(from.iter().filter(|e| **e == Edit::Remove).count(), 1);
    assert!(!from.iter().any(|e| matches!(e, Edit::Insert(_))));
    assert_eq!(patched(&from_before, &from_after, &from), from_after);
    let to = board::column_edits(&to_before, &to_after, |_| false).unwrap();
    // An empty column has nothing to keep: it is built whole.
    assert_eq!(board::column_edits(&[], &to_after, |_| false), None);
    assert_eq!(
        to.iter().filter(|e| matches!(e, Edit::Insert(_))).count(),
        1
    );
    assert_eq!(patched(&to_before, &to_after, &to), to_after);
}

proptest! {
    /// Whatever the two lists, the edits (when given) turn one into the
    /// other, and every card left unchanged in the same order is kept.
    #[test]
    fn column_edits_turn_the_shown_cards_into_the_next(
        shown_mask in proptest::collection::vec(any::<bool>(), 40),
        next_mask in proptest::collection::vec(any::<bool>(), 40),
        changed in proptest::collection::vec(any::<bool>(), 40),
        swap in any::<bool>(),
        reuse in any::<bool>(),
    ) {
        let pool: Vec<Arc<Card>> = cards(&workspace(), date(2024, 5, 1)).into_iter().map(|c| c.card).collect();
        let pick = |mask: &[bool]| -> Vec<usize> { (0..pool.len()).filter(|i| mask[i % mask.len()]).collect() };
        let shown: Vec<Arc<Card>> = pick(&shown_mask).into_iter().map(|i| Arc::clone(&pool[i])).collect();
        let mut order = pick(&next_mask);
        if swap && order.len() > 1 {
            order.swap(0, 1);
        }
        let next: Vec<Arc<Card>> = order
            .into_iter()
            .map(|i| {
                let mut card = (*pool[i]).clone();
                if changed[i % changed.len()] {
                    card.evidence += 1;
                }
                Arc::new(card)
            })
            .collect();
        // Cards seen before (in the pool, unchanged) may come back without parsing.
        let reusable = |card: &Card| reuse && pool.iter().any(|p| **p == *card);
        match board::column_edits(&shown, &next, reusable) {
            Some(edits) => {
                prop_assert_eq!(patched(&shown, &next, &edits), next.clone());
                let same = next.iter().filter(|c| shown.contains(c)).count();
                let keeps = edits.iter().filter(|e| **e == Edit::Keep).count();
                prop_assert_eq!(keeps, same);
            }
            None => {
                let same = next.iter().filter(|c| shown.contains(c)).count();
                let back = next.iter().filter(|c| !shown.contains(c) && reusable(c)).count();
                prop_assert!(next.len() - same - back > same + back || swap);
            }
        }
    }

    #[test]
    fn any_search_text_round_trips_through_the_url(query in "\\\\PC{0,24}", mine in proptest::option::of(any::<bool>())) {
        let view = BoardQuery { filter: Filter { query, ..Filter::default() }, only_mine: mine, ..BoardQuery::default() };
        prop_assert_eq!(BoardQuery::from_query(&view.to_query()), view);
    }
}
