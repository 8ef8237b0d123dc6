//! Writes the benchmark's workloads (see docs/benchmarks.md) into a folder:
//! stores (the localStorage keys and values they take) for S, M, L and for boards of 500, 2,000 and 10,000 cards, the M plan
//! alone, and M's 60 report files.
//!   cargo run --release --example workload -- <folder>

use std::fs;
use std::path::Path;
use tiendo::domain::{Command, PeriodId, Profile, Timestamp, UnitId, Workspace};
use tiendo::format::workload::{self, Shape};
use tiendo::format::{exchange, sample, seed, store};

fn write(folder: &Path, name: &str, text: &str) {
    fs::write(folder.join(name), text).unwrap_or_else(|e| panic!("writing {name}: {e}"));
    println!(
        "{name}\t{} bytes\t{} UTF-16 units",
        text.len(),
        text.encode_utf16().count()
    );
}

/// A store as the keys and values it puts in localStorage, as a JSON object.
fn stored(workspace: &Workspace) -> String {
    let values = store::encode_all(workspace, 1, Timestamp(0));
    serde_json::to_string(&values).expect("a map of strings")
}

fn main() {
    let folder = std::env::args().nth(1).expect("usage: workload <folder>");
    let folder = Path::new(&folder);
    fs::create_dir_all(folder.join("reports-M")).expect("creating the folder");
    let mut small = Workspace::new(seed::seed_plan().expect("seed"));
    let entries = sample::sample_entries(&small);
    small
        .apply(&Profile::Leader, Command::LoadSample { entries })
        .expect("sample");
    write(folder, "store-S.json", &stored(&small));
    let medium = workload::workspace(Shape::M).expect("M");
    write(folder, "store-M.json", &stored(&medium));
    write(
        folder,
        "store-M-plan.json",
        &stored(&Workspace::new(medium.plan.clone())),
    );
    let large = workload::workspace(Shape::L).expect("L");
    write(folder, "store-L.json", &stored(&large));
    for (cards, units, tasks) in [(500, 25, 20), (2000, 50, 40), (10000, 100, 100)] {
        let shape = Shape {
            units,
            tasks,
            periods: 1,
            text_chars: 400,
        };
        let board = workload::workspace(shape).expect("board");
        write(
            folder,
            &format!("store-board-{cards}.json"),
            &stored(&board),
        );
    }
    let periods: Vec<PeriodId> = medium
        .plan
        .regime
        .periods(tiendo::domain::Date::MAX)
        .into_iter()
        .take(8)
        .map(|p| p.id())
        .collect();
    let units: Vec<UnitId> = medium
        .plan
        .directory
        .units
        .iter()
        .map(|u| u.id.clone())
        .collect();
    for (index, unit) in units.iter().enumerate() {
        let text = exchange::encode_report(&medium, unit, &periods, 1, Timestamp(0));
        fs::write(
            folder.join("reports-M").join(format!("{index:02}.json")),
            text,
        )
        .expect("report");
    }
    println!("reports-M\t{} files", units.len());
}
