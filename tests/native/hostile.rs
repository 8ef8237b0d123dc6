//! Hostile and broken files: each gets its own Vietnamese message, nothing
//! panics, and the workspace is left as it was.

use tiendo::domain::merge::{self, FileRefusal, Incoming};
use tiendo::domain::{Entry, EntryKey, PeriodId, Status, TaskId, Timestamp, UnitId};
use tiendo::format::decode::MAX_FILE_BYTES;
use tiendo::format::exchange::{self, FileWarning};
use tiendo::format::{store, DecodeError, Language};

use crate::support::workspace;

fn good_report() -> String {
    report_saying("")
}

/// A report of one entry of Sở VHTTDL whose result text is `done`.
fn report_saying(done: &str) -> String {
    report_of(done, "2024-6t")
}

/// The same, in `period` (a valid id, whether or not such a period exists).
fn report_of(done: &str, period: &str) -> String {
    let mut ws = workspace();
    let period = PeriodId::new(period).unwrap();
    let key = EntryKey {
        task: TaskId::new("t3.2").unwrap(),
        unit: UnitId::new("so-vhttdl").unwrap(),
        period: period.clone(),
    };
    ws.entries.insert(
        key,
        Entry {
            status: Status::Done,
            done: done.into(),
            revision: 1,
            updated_at: Timestamp(1),
            ..Entry::default()
        },
    );
    exchange::encode_report(
        &ws,
        &UnitId::new("so-vhttdl").unwrap(),
        &[period],
        1,
        Timestamp(2),
    )
}

/// Reads a file; on failure returns the message a user would see.
fn message(bytes: &[u8]) -> String {
    match exchange::read(bytes) {
        Ok(_) => String::from("accepted"),
        Err(error) => error.to_string(),
    }
}

/// The same refusal in English: no Vietnamese left in it but the app's name.
fn english(bytes: &[u8]) -> String {
    match exchange::read(bytes) {
        Ok(_) => String::from("accepted"),
        Err(error) => error.describe(Language::English),
    }
}

#[test]
fn every_hostile_file_gets_its_own_message() {
    let good = good_report();
    // Typed decoding stops at the first wrong level, long before serde_json's depth limit.
    let nested = good.replacen(
        "\"periods\": [",
        &format!("\"periods\": [{}{},", "[".repeat(200), "]".repeat(200)),
        1,
    );
    let mut utf16 = vec![0xFF, 0xFE];
    utf16.extend(good.encode_utf16().flat_map(u16::to_le_bytes));
    let duplicate = good.replacen("\"version\": 1,", "\"version\": 1,\n  \"version\": 1,", 1);
    let out_of_range = good.replacen("\"revision\": 1", "\"revision\": 99999999999", 1);
    let huge_float = good.replacen("\"revision\": 1", "\"revision\": 1e400", 1);
    let future = good.replacen("\"version\": 1,", "\"version\": 3,", 1);
    let wrong_kind = store::encode_head(&store::Head::default());
    let truncated = &good[..good.len() * 2 / 3];
    let edited = good.replacen("da_trien_khai", "dang_trien_khai", 1);
    let mut not_utf8 = good.clone().into_bytes();
    not_utf8[40] = 0xC3;
    not_utf8[41] = 0x28;
    let mut docx = b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00".to_vec();
    docx.extend([0xDF, 0xA4, 0xD2, 0x6C, 0x5A, 0x01]);
    let pdf = b"%PDF-1.7\n%\xE2\xE3\xCF\xD3\n".to_vec();
    let big = vec![b' '; 50 * 1024 * 1024];
    let cases: Vec<(&str, Vec<u8>, &str)> = vec![
        ("UTF-16", utf16, "UTF-16"),
        ("duplicate keys", duplicate.into_bytes(), "trường bị lặp"),
        ("nesting 200 deep", nested.into_bytes(), "sai kiểu dữ liệu"),
        (
            "integer out of range",
            out_of_range.into_bytes(),
            "giá trị không hợp lệ",
        ),
        (
            "float out of range",
            huge_float.into_bytes(),
            "số vượt giới hạn",
        ),
        ("50 MB", big, "tệp quá lớn (50 MB"),
        ("future version", future.into_bytes(), "phiên bản mới hơn"),
        ("wrong kind", wrong_kind.into_bytes(), "loại “tiendo-store”"),
        ("truncated", truncated.as_bytes().to_vec(), "tệp bị cắt cụt"),
        (
            "edited by hand",
            edited.into_bytes(),
            "mã kiểm tra không khớp",
        ),
        ("invalid UTF-8", not_utf8, "không phải văn bản UTF-8"),
        ("a Word file", docx, "đây là tệp Word, Excel hoặc tệp nén"),
        (
            "a PDF",
            pdf,
            "đây là tệp PDF, không phải tệp .json của Tiến Độ",
        ),
        (
            "not JSON",
            b"Kinh gui So TT&TT".to_vec(),
            "lỗi cú pháp JSON",
        ),
        ("empty", Vec::new(), "tệp rỗng"),
        (
            "a period that does not exist",
            report_of("", "2024-q5").into_bytes(),
            "kỳ báo cáo “2024-q5” không tồn tại",
        ),
        (
            "an array",
            b"[1, 2]".to_vec(),
            "không phải một đối tượng JSON",
        ),
    ];
    let mut seen = std::collections::BTreeSet::new();
    for (name, bytes, expected) in cases {
        let text = message(&bytes);
        assert!(text.contains(expected), "{name}: {text}");
        let english = english(&bytes);
        let foreign: String = english
            .replace("Tiến Độ", "")
            .chars()
            .filter(|c| !c.is_ascii() && !"“”–…".contains(*c))
            .collect();
        assert!(
            foreign.is_empty(),
            "{name}: Vietnamese in English: {english}"
        );
        assert!(
            seen.insert(text.clone()),
            "{name}: the same message twice: {text}"
        );
    }
    const { assert!(MAX_FILE_BYTES < 50 * 1024 * 1024) };
}

#[test]
fn a_byte_order_mark_is_accepted_with_a_warning() {
    let mut bytes = vec![0xEF, 0xBB, 0xBF];
    bytes.extend(good_report().into_bytes());
    let received = exchange::read(&bytes).unwrap();
    assert_eq!(received.warnings, [FileWarning::ByteOrderMark]);
}

#[test]
fn files_of_another_plan_or_a_newer_revision_are_refused_whole() {
    let ws = workspace();
    let other = good_report().replace("kh-61-2024-lang-son", "kh-99-2025-lang-son");
    let other = exchange::read(other.as_bytes()).unwrap().incoming;
    let newer = good_report().replace("\"plan_revision\": 1", "\"plan_revision\": 4");
    let newer = exchange::read(newer.as_bytes()).unwrap().incoming;
    let (after, outcomes) = merge::import(&ws, &[other, newer]);
    assert_eq!(
        outcomes[0].refusal,
        Some(FileRefusal::UnknownPlan {
            found: tiendo::domain::PlanId::new("kh-99-2025-lang-son").unwrap()
        })
    );
    assert_eq!(
        outcomes[1].refusal,
        Some(FileRefusal::PlanRevisionNewer { found: 4, ours: 1 })
    );
    assert_eq!(after, ws);
}

#[test]
fn a_plan_file_from_anyone_but_the_monitoring_unit_is_refused() {
    let ws = workspace();
    let mut plan = ws.plan.clone();
    plan.revision = 2;
    let text = tiendo::format::plan_file::encode(&plan, 1, Timestamp(1))
        .replace("\"sender\": \"so-tttt\"", "\"sender\": \"so-y-te\"");
    let received = exchange::read(text.as_bytes()).unwrap();
    let (after, outcomes) = merge::import(&ws, &[received.incoming]);
    assert!(matches!(
        outcomes[0].refusal,
        Some(FileRefusal::NotMonitoringUnit { .. })
    ));
    assert_eq!(after, ws);
}

#[test]
fn decoding_never_panics_on_mangled_files() {
    let good = good_report().into_bytes();
    let mut state: u64 = 42;
    for _ in 0..3000 {
        let mut bytes = good.clone();
        for _ in 0..4 {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            let at = (state as usize) % bytes.len();
            bytes[at] = (state >> 32) as u8;
        }
        let _ = exchange::read(&bytes);
        let _ = exchange::read(&bytes[..(state as usize) % bytes.len()]);
    }
    assert!(matches!(
        exchange::read(&good).map(|r| r.incoming),
        Ok(Incoming::Report { .. })
    ));
    assert!(matches!(
        exchange::read(b"{}"),
        Err(DecodeError::NotAnObject)
    ));
}

/// The checksum holds for the file as written, re-indented, or with its
/// letters written as escapes by another editor; a changed letter still fails.
#[test]
fn the_checksum_survives_reformatting_but_not_editing() {
    let good = good_report().replace("\"entries\": [", "\"entries\": [\n  ");
    let with_text = report_saying("Đã tổ chức \"Ngày hội\" văn hóa\tcác dân tộc");
    let reindented = with_text.replace("\n  ", "\n\t\t");
    let escaped = with_text.replace("văn hóa", "v\\u0103n h\\u00f3a");
    let compact = with_text.split_whitespace().collect::<Vec<_>>().join(" ");
    for (name, text) in [
        ("as written", &with_text),
        ("re-indented", &reindented),
        ("escaped letters", &escaped),
        ("spaces outside strings", &good),
        ("whitespace collapsed", &compact),
    ] {
        assert_eq!(message(text.as_bytes()), "accepted", "{name}");
    }
    // A space added inside a text changes the content.
    let spaced = with_text.replace("Đã tổ chức", "Đã  tổ chức");
    assert!(message(spaced.as_bytes()).contains("mã kiểm tra không khớp"));
    let edited = with_text.replace("Ngày hội", "Ngày hộl");
    assert!(message(edited.as_bytes()).contains("mã kiểm tra không khớp"));
}

#[test]
fn the_kind_is_read_from_the_first_bytes_or_else_from_the_whole_text() {
    use tiendo::format::decode::leading_kind;
    assert_eq!(
        leading_kind("{\n  \"format\": \"tiendo-report\",\n  \"version\": 1,\n  \"x\": 2}"),
        Some(("tiendo-report".into(), 1))
    );
    assert_eq!(
        leading_kind("{\"format\":\"tiendo-store\",\"version\":3}"),
        Some(("tiendo-store".into(), 3))
    );
    assert_eq!(leading_kind("{\"version\":1,\"format\":\"a\"}"), None);
    assert_eq!(leading_kind("{\"format\":\"a\\\"b\",\"version\":1}"), None);
    assert_eq!(leading_kind("{\"format\":\"a\",\"version\":1.5}"), None);
    // Another order still reads, through the whole-text pass.
    let reordered = good_report()
        .replacen("\"format\": \"tiendo-report\",\n", "", 1)
        .replacen(
            "\"version\": 1,",
            "\"version\": 1,\n  \"format\": \"tiendo-report\",",
            1,
        );
    assert_eq!(message(reordered.as_bytes()), "accepted");
}
