//! Reads a plan's text (.txt) or Word file (.docx) and writes it as a plan
//! file (envelope and checksum, valid against schema/tiendo-plan.schema.json).
//!   cargo run --release --example read_plan -- FILE.txt|FILE.docx > plan.json
//!   cargo run --release --example read_plan -- --explain FILE   # what was read, and where
//! A file it cannot read: a message on stderr and exit code 1.

use std::process::ExitCode;
use tiendo::domain::Timestamp;
use tiendo::format::plan_file;
use tiendo::reader::{self, Fact, Reading, Subject};

fn line_of(source: &str, at: usize) -> usize {
    source[..at.min(source.len())].matches('\n').count() + 1
}

fn quote(source: &str, fact: &Fact) -> String {
    match fact.span {
        Some(span) => {
            let mut end = span.end.min(source.len()).min(span.start + 90);
            while !source.is_char_boundary(end) {
                end -= 1;
            }
            let text: String = source[span.start..end]
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ");
            format!("dòng {:>4}: «{text}»", line_of(source, span.start))
        }
        None => "(không có trong văn bản)".to_string(),
    }
}

fn explain(reading: &Reading) {
    let plan = &reading.plan;
    println!(
        "{} {} ngày {} — {}",
        plan.document.kind,
        plan.document.number,
        plan.document.date.dmy(),
        plan.document.issuer
    );
    println!("{}", plan.document.title);
    println!(
        "{} nhiệm vụ ({} nhiệm vụ lá), {} đơn vị, {} nhóm; {} điều cần xem lại\n",
        plan.tasks.len(),
        plan.leaves().count(),
        plan.directory.units.len(),
        plan.directory.groups.len(),
        reading.guesses()
    );
    for fact in &reading.facts {
        let what = match &fact.subject {
            Subject::Task(id) => plan.task(id).map_or(id.to_string(), |t| {
                format!(
                    "nhiệm vụ {} {}",
                    t.number,
                    t.title.chars().take(50).collect::<String>()
                )
            }),
            Subject::Assignment(id, n) => plan
                .task(id)
                .and_then(|t| t.assignments.get(*n).map(|a| (t, a)))
                .map_or(String::new(), |(t, a)| {
                    format!("  {} {:?} {:?}", t.number, a.role, a.assignee)
                }),
            Subject::Timeframe(id) => plan.task(id).map_or(String::new(), |t| {
                format!(
                    "  {} thời gian {:?} «{}»",
                    t.number, t.timeframe, t.timeframe_text
                )
            }),
            other => format!("{other:?}"),
        };
        let flag = fact
            .guess
            .as_deref()
            .map(|g| format!("  ⚠ {g}"))
            .unwrap_or_default();
        println!("{what}\n      {}{flag}", quote(&reading.source, fact));
    }
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let explain_it = args.iter().any(|a| a == "--explain");
    let Some(path) = args.iter().find(|a| !a.starts_with("--")) else {
        eprintln!("usage: read_plan [--explain] FILE.txt|FILE.docx");
        return ExitCode::from(2);
    };
    let bytes = match std::fs::read(path) {
        Ok(bytes) => bytes,
        Err(e) => {
            eprintln!("{path}: không mở được tệp: {e}");
            return ExitCode::FAILURE;
        }
    };
    let reading = match reader::read_file(&bytes) {
        Ok(reading) => reading,
        Err(e) => {
            eprintln!("{path}: {e}");
            return ExitCode::FAILURE;
        }
    };
    if explain_it {
        explain(&reading);
    } else {
        print!("{}", plan_file::encode(&reading.plan, 1, Timestamp(0)));
    }
    ExitCode::SUCCESS
}
