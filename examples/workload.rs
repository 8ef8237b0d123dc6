//! Writes the benchmark's workloads (see docs/benchmarks.md) into a folder:
//! stores (the localStorage keys and values they take) for S, M, L and for boards of 500, 2,000 and 10,000 cards, the M plan
//! alone, M's 60 report files, and M put away on the shelf. Entries' texts are
//! real prose: sentences cut from the plan texts in `tests/` and recombined
//! (`format::workload::workspace_with`), so they pack as real reports do.
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

/// The sentences of the plan texts in `tests/corpus/` and the seed's, each
/// once: prose of 40 to 180 characters (no table rows, no headings in capitals).
fn prose() -> Vec<String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests");
    let mut files: Vec<_> = fs::read_dir(root.join("corpus"))
        .expect("tests/corpus")
        .map(|entry| entry.expect("a corpus file").path())
        .collect();
    files.sort();
    files.push(root.join("fixtures/ke-hoach-61-KH-UBND-2024-lang-son.txt"));
    let mut seen = std::collections::BTreeSet::new();
    let mut sentences = Vec::new();
    for file in files {
        let text = fs::read_to_string(&file).expect("a plan text");
        for piece in text.split(['.', ';', '\n']) {
            let sentence = piece.trim().trim_start_matches(['-', '+', '•', ' ']);
            let chars = sentence.chars().count();
            let letters = sentence.chars().filter(|c| c.is_alphabetic()).count();
            let shouting = sentence.chars().filter(|c| c.is_uppercase()).count() * 2 > letters;
            if (40..=180).contains(&chars)
                && letters * 10 >= chars * 7
                && !sentence.contains('|')
                && !shouting
                && seen.insert(sentence.to_owned())
            {
                sentences.push(format!("{sentence}."));
            }
        }
    }
    sentences
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
    let prose = prose();
    let pool: Vec<&str> = prose.iter().map(String::as_str).collect();
    println!("prose\t{} sentences", pool.len());
    let medium = workload::workspace_with(Shape::M, &pool).expect("M");
    write(folder, "store-M.json", &stored(&medium));
    write(
        folder,
        "store-M-plan.json",
        &stored(&Workspace::new(medium.plan.clone())),
    );
    let large = workload::workspace_with(Shape::L, &pool).expect("L");
    write(folder, "store-L.json", &stored(&large));
    for (cards, units, tasks) in [(500, 25, 20), (2000, 50, 40), (10000, 100, 100)] {
        let shape = Shape {
            units,
            tasks,
            periods: 1,
            text_chars: 400,
        };
        let board = workload::workspace_with(shape, &pool).expect("board");
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
    // M put away: the one key a plan on the shelf takes.
    let shelved = tiendo::format::shelf::encode(&medium, &Default::default(), Timestamp(0));
    write(folder, "shelf-M.txt", &shelved);
    let (plan, tasks) = prose_plan(&small, &pool, 100_000);
    write(folder, "plan-prose-100k.txt", &plan);
    fs::write(folder.join("plan-prose-100k.tasks"), tasks.to_string()).expect("task count");
}

/// A plan text of about `bytes` in the genre's prose layout (no table):
/// the seed's header, then "II. NHIỆM VỤ VÀ GIẢI PHÁP" with numbered
/// sections and tasks, each task two to four real sentences followed by its
/// lead and coordinating units and its timeframe, as offices write them;
/// the number of tasks to report on.
fn prose_plan(seed_workspace: &Workspace, pool: &[&str], bytes: usize) -> (String, usize) {
    let units: Vec<&str> = seed_workspace
        .plan
        .directory
        .units
        .iter()
        .map(|u| u.name.as_str())
        .collect();
    let times = [
        "Thường xuyên",
        "Quý II năm 2025",
        "Trước ngày 30/9/2025",
        "Hằng năm",
        "Năm 2026",
    ];
    let mut text = String::from(
        "ỦY BAN NHÂN DÂN\nTỈNH LẠNG SƠN\nSố: 90/KH-UBND\nLạng Sơn, ngày 10 tháng 3 năm 2025\n\nKẾ HOẠCH\nThực hiện chuyển đổi số năm 2025\n\nI. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích\nNâng cao hiệu quả công tác chuyển đổi số.\n\nII. NHIỆM VỤ VÀ GIẢI PHÁP\n",
    );
    let (mut section, mut tasks, mut sentence) = (0, 0, 0);
    while text.len() < bytes {
        section += 1;
        text.push_str(&format!(
            "{section}. {}\n",
            pool[sentence % pool.len()].trim_end_matches('.')
        ));
        sentence += 1;
        for task in 1..=8 {
            tasks += 1;
            let said: Vec<&str> = (0..2 + tasks % 3)
                .map(|k| pool[(sentence + k) % pool.len()])
                .collect();
            sentence += said.len();
            let lead = units[tasks % units.len()];
            let with = units[(tasks * 7 + 3) % units.len()];
            text.push_str(&format!(
                "{section}.{task}. {}\n- Đơn vị chủ trì: {lead}.\n- Đơn vị phối hợp: {with}, UBND các huyện, thành phố.\n- Thời gian thực hiện: {}.\n",
                said.join(" "),
                times[tasks % times.len()],
            ));
        }
    }
    text.push_str("\nIII. TỔ CHỨC THỰC HIỆN\nSở Thông tin và Truyền thông theo dõi, đôn đốc, tổng hợp báo cáo UBND tỉnh.\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nNguyễn Văn A\n");
    (text, tasks)
}
