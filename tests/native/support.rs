//! What several test files share: the seed's workspace, ids, entries, a
//! unit's report file made and read back.

use tiendo::domain::merge::Incoming;
use tiendo::domain::{Entry, EntryKey, PeriodId, Status, TaskId, Timestamp, UnitId, Workspace};
use tiendo::format::{exchange, seed};

/// An entry's key.
pub fn key(task: &str, unit: &str, period: &str) -> EntryKey {
    EntryKey {
        task: TaskId::new(task).unwrap(),
        unit: UnitId::new(unit).unwrap(),
        period: PeriodId::new(period).unwrap(),
    }
}

/// An entry with a status and a text, at a revision and a time.
pub fn entry(revision: u32, at: i64, status: Status, done: &str) -> Entry {
    Entry {
        status,
        done: done.into(),
        revision,
        updated_at: Timestamp(at),
        ..Entry::default()
    }
}

/// A fresh workspace on the seed plan.
pub fn workspace() -> Workspace {
    Workspace::new(seed::seed_plan().unwrap())
}

/// A unit's report file text: its entries of 6 tháng đầu năm 2024, at a revision.
pub fn report(ws: &Workspace, unit: &str, revision: u32, status: Status, text: &str) -> String {
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

/// A file read as the import reads it.
pub fn read(text: &str) -> Incoming {
    exchange::read(text.as_bytes()).unwrap().incoming
}

/// The workspace as bytes, to compare two exactly.
pub fn canonical(ws: &Workspace) -> String {
    serde_json::to_string(ws).unwrap()
}

/// A unit's id.
pub fn unit(id: &str) -> UnitId {
    UnitId::new(id).unwrap()
}

/// 60 files: the 34 reporting units, 26 of them twice (a first and a later revision),
/// one pair written at the same revision with different text (a conflict).
pub fn sixty_files(ws: &Workspace) -> Vec<Incoming> {
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
