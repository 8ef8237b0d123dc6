//! Several plans in one browser: another plan's file puts the open plan on
//! the shelf, and the shelf gives it back.

use tiendo::domain::merge::{self, FileRefusal, PlanVerdict};
use tiendo::domain::{Status, Timestamp, Workspace};
use tiendo::format::seed;

use crate::support::{canonical, read, report, workspace};

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
