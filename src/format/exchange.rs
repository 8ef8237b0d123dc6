//! Exchange files sent by email: report files (one unit → monitoring unit) and
//! backups (everything in a browser), plus reading any kind of Tiến Độ file.
//!
//! Every file carries a CRC-32 of its payload's compact JSON: enough to catch a
//! file changed by hand or damaged in transit (the threat here is mail clients
//! and editors, not forgery), at a few hundred bytes of wasm.

use super::decode::{self, DecodeError};
use super::plan_file;
use super::settings::Settings;
use super::APP_VERSION;
use crate::domain::merge::Incoming;
use crate::domain::sort;
use crate::domain::{
    Entry, EntryKey, Period, PeriodId, Plan, PlanId, Timestamp, UnitId, Workspace,
};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

pub const REPORT_FORMAT: &str = "tiendo-report";
pub const BACKUP_FORMAT: &str = "tiendo-backup";
pub const VERSION: u32 = 1;

/// `crc32:1a2b3c4d` of a value's compact JSON.
pub fn checksum<T: Serialize>(payload: &T) -> String {
    let text = serde_json::to_string(payload).unwrap_or_default();
    format!("crc32:{:08x}", super::crc32::hash(text.as_bytes()))
}

/// CRC-32 of JSON text with the whitespace between tokens left out: for a
/// payload serde_json wrote (pretty or not), the bytes of its compact form.
fn compact_crc(raw: &str) -> u32 {
    let bytes = raw.as_bytes();
    // The kept runs are gathered first: one pass of the CRC over one buffer
    // instead of a call for every line of an indented file.
    let mut compact = Vec::with_capacity(bytes.len());
    let (mut start, mut i) = (0, 0);
    while i < bytes.len() {
        match bytes[i] {
            b'"' => i = string_end(bytes, i + 1),
            b' ' | b'\n' | b'\r' | b'\t' => {
                // A whole run of whitespace (an indented line's start) at once.
                compact.extend_from_slice(&bytes[start..i]);
                while i + 1 < bytes.len() && matches!(bytes[i + 1], b' ' | b'\n' | b'\r' | b'\t') {
                    i += 1;
                }
                start = i + 1;
            }
            _ => {}
        }
        i += 1;
    }
    compact.extend_from_slice(&bytes[start.min(bytes.len())..]);
    super::crc32::hash(&compact)
}

/// Where the string whose contents start at `i` closes (its quote, or the
/// end), past escaped characters: eight bytes a step while they hold neither
/// a quote nor a backslash, as most of a report's bytes are its texts.
fn string_end(bytes: &[u8], mut i: usize) -> usize {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGHS: u64 = 0x8080_8080_8080_8080;
    // Whether any byte of `word` is `byte` (exact: the borrow can only
    // misplace a match, never invent one).
    let holds = |word: u64, byte: u8| {
        let x = word ^ (ONES * u64::from(byte));
        x.wrapping_sub(ONES) & !x & HIGHS != 0
    };
    loop {
        while let Some(Ok(chunk)) = bytes.get(i..i + 8).map(<[u8; 8]>::try_from) {
            let word = u64::from_le_bytes(chunk);
            if holds(word, b'"') || holds(word, b'\\') {
                break;
            }
            i += 8;
        }
        match bytes.get(i) {
            None => return bytes.len(),
            Some(b'"') => return i,
            Some(b'\\') => i += 2,
            Some(_) => i += 1,
        }
    }
}

/// The text of a top-level field's value when it is the object's last field,
/// as this app writes `entries` and `backup`, after a short header: its key
/// is looked for from the start, not back through the payload. A guess, held
/// to the checksum: a wrong guess only costs the slower check.
fn last_field<'a>(text: &'a str, name: &str) -> Option<&'a str> {
    let key = format!("\"{name}\":");
    let start = text.find(&key)? + key.len();
    let end = text.trim_end().strip_suffix('}')?.len();
    text.get(start..end)
}

/// Checks a payload against its file's checksum: first over the payload's
/// own bytes in the file (fast, and what this app's files always match), then
/// over the payload written again compactly (a file re-indented or re-escaped
/// by an editor still passes if its content is intact).
pub(super) fn verify_in_file<T: Serialize>(
    text: &str,
    field: &str,
    payload: &T,
    expected: &str,
) -> Result<(), DecodeError> {
    let fast = last_field(text, field).map(|raw| format!("crc32:{:08x}", compact_crc(raw)));
    if fast.as_deref() == Some(expected) {
        return Ok(());
    }
    verify_checksum(payload, expected)
}

pub fn verify_checksum<T: Serialize>(payload: &T, expected: &str) -> Result<(), DecodeError> {
    let found = checksum(payload);
    if found == expected {
        Ok(())
    } else {
        Err(DecodeError::Checksum {
            expected: expected.to_owned(),
            found,
        })
    }
}

fn pretty<T: Serialize>(value: &T) -> String {
    let mut text = serde_json::to_string_pretty(value).unwrap_or_default();
    text.push('\n');
    text
}

/// Entries as they travel: the same rows as the store.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(transparent)]
struct Entries(
    #[serde(with = "crate::domain::workspace::entry_rows")]
    #[cfg_attr(
        feature = "schema",
        schemars(with = "Vec<crate::domain::workspace::entry_rows::Row<Entry>>")
    )]
    BTreeMap<EntryKey, Entry>,
);

#[derive(Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
struct ReportEnvelope {
    format: String,
    version: u32,
    app_version: String,
    created_at: Timestamp,
    plan_id: PlanId,
    plan_revision: u32,
    sender: UnitId,
    sequence: u64,
    periods: Vec<PeriodId>,
    checksum: String,
    entries: Entries,
}

/// A unit's report file: its own real entries (tombstones included) of the given periods.
pub fn encode_report(
    workspace: &Workspace,
    sender: &UnitId,
    periods: &[PeriodId],
    sequence: u64,
    created_at: Timestamp,
) -> String {
    let entries = Entries(sort::map_from(
        workspace
            .entries
            .iter()
            .filter(|(key, entry)| {
                key.unit == *sender && !entry.sample && periods.contains(&key.period)
            })
            .map(|(key, entry)| (key.clone(), entry.clone())),
    ));
    pretty(&ReportEnvelope {
        format: REPORT_FORMAT.into(),
        version: VERSION,
        app_version: APP_VERSION.into(),
        created_at,
        plan_id: workspace.plan.id.clone(),
        plan_revision: workspace.plan.revision,
        sender: sender.clone(),
        sequence,
        periods: periods.to_vec(),
        checksum: checksum(&entries),
        entries,
    })
}

#[derive(Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
struct BackupEnvelope {
    format: String,
    version: u32,
    app_version: String,
    created_at: Timestamp,
    plan_id: PlanId,
    plan_revision: u32,
    sender: Option<UnitId>,
    checksum: String,
    backup: Backup,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Backup {
    pub workspace: Workspace,
    pub settings: Settings,
}

/// Everything in this browser: the workspace (sample included) and the settings.
pub fn encode_backup(backup: &Backup, sender: Option<&UnitId>, created_at: Timestamp) -> String {
    pretty(&BackupEnvelope {
        format: BACKUP_FORMAT.into(),
        version: VERSION,
        app_version: APP_VERSION.into(),
        created_at,
        plan_id: backup.workspace.plan.id.clone(),
        plan_revision: backup.workspace.plan.revision,
        sender: sender.cloned(),
        checksum: checksum(backup),
        backup: backup.clone(),
    })
}

/// Something a user should know about an accepted file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FileWarning {
    /// A UTF-8 byte order mark (as Windows Notepad writes), ignored.
    ByteOrderMark,
}

/// A decoded file of any kind.
#[derive(Clone, Debug, PartialEq)]
pub struct Received {
    pub incoming: Incoming,
    pub sender: Option<UnitId>,
    pub periods: Vec<PeriodId>,
    pub settings: Option<Settings>,
    pub warnings: Vec<FileWarning>,
}

/// Reads a plan, report or backup file, checking every layer on the way.
pub fn read(bytes: &[u8]) -> Result<Received, DecodeError> {
    let text = decode::text(bytes)?;
    let warnings = if bytes.starts_with(&[0xEF, 0xBB, 0xBF]) {
        vec![FileWarning::ByteOrderMark]
    } else {
        Vec::new()
    };
    // The header from the first bytes (or one pass); the payload is then parsed once.
    let (kind, version) = decode::envelope_kind(text)?;
    match kind.as_str() {
        plan_file::FORMAT => {
            decode::supported(version, plan_file::VERSION)?;
            let (plan, sender, _) = plan_file::decode_checked(text)?;
            Ok(Received {
                incoming: Incoming::Plan {
                    plan: Box::new(plan),
                    sender: sender.clone(),
                },
                sender: Some(sender),
                periods: Vec::new(),
                settings: None,
                warnings,
            })
        }
        REPORT_FORMAT => {
            decode::supported(version, VERSION)?;
            let envelope: ReportEnvelope = decode::typed(text)?;
            verify_in_file(text, "entries", &envelope.entries, &envelope.checksum)?;
            for key in envelope.entries.0.keys() {
                if Period::parse(&key.period).is_none() {
                    return Err(DecodeError::Invalid {
                        detail: format!("kỳ báo cáo “{}” không tồn tại", key.period),
                    });
                }
            }
            Ok(Received {
                incoming: Incoming::Report {
                    plan_id: envelope.plan_id,
                    plan_revision: envelope.plan_revision,
                    sender: envelope.sender.clone(),
                    entries: envelope.entries.0.into_iter().collect(),
                },
                sender: Some(envelope.sender),
                periods: envelope.periods,
                settings: None,
                warnings,
            })
        }
        BACKUP_FORMAT => {
            decode::supported(version, VERSION)?;
            let envelope: BackupEnvelope = decode::typed(text)?;
            verify_in_file(text, "backup", &envelope.backup, &envelope.checksum)?;
            if let Some(error) = envelope.backup.workspace.plan.check().into_iter().next() {
                return Err(DecodeError::Invalid {
                    detail: error.to_string(),
                });
            }
            Ok(Received {
                incoming: Incoming::Backup {
                    workspace: Box::new(envelope.backup.workspace),
                },
                sender: envelope.sender,
                periods: Vec::new(),
                settings: Some(envelope.backup.settings),
                warnings,
            })
        }
        other => Err(DecodeError::WrongFormat {
            found: other.to_owned(),
            expected: "tiendo-plan, tiendo-report, tiendo-backup",
        }),
    }
}

/// ASCII letters and digits of a name, without diacritics: "Sở VHTTDL" → "SoVHTTDL".
pub fn file_word(name: &str) -> String {
    name.chars()
        .filter_map(|c| {
            let base = crate::domain::text::fold(&c.to_string()).chars().next()?;
            base.is_ascii_alphanumeric().then(|| {
                if c.is_uppercase() {
                    base.to_ascii_uppercase()
                } else {
                    base
                }
            })
        })
        .collect()
}

/// "KH61-2024" from "61/KH-UBND" issued in 2024.
pub fn plan_tag(plan: &Plan) -> String {
    let number = plan.document.number.split('/').next().unwrap_or_default();
    let kind = plan
        .document
        .number
        .split('/')
        .nth(1)
        .and_then(|s| s.split('-').next())
        .unwrap_or("KH");
    format!("{kind}{number}-{}", plan.document.date.year())
}

/// `KH61-2024_BaoCao_SoVHTTDL_2024-6T.json`
pub fn report_file_name(plan: &Plan, unit_short: &str, periods: &[Period]) -> String {
    let tags: Vec<String> = periods.iter().map(|p| p.file_tag()).collect();
    format!(
        "{}_BaoCao_{}_{}.json",
        plan_tag(plan),
        file_word(unit_short),
        tags.join("_")
    )
}

/// `KH61-2024_KeHoach_r1.json`
pub fn plan_file_name(plan: &Plan) -> String {
    format!("{}_KeHoach_r{}.json", plan_tag(plan), plan.revision)
}

/// A `mailto:` link with subject and body (the file is attached by hand).
pub fn mailto(to: &str, subject: &str, body: &str) -> String {
    use percent_encoding::{utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};
    const ADDRESS: &AsciiSet = &NON_ALPHANUMERIC
        .remove(b'@')
        .remove(b'.')
        .remove(b'-')
        .remove(b'_')
        .remove(b',');
    let body = body.replace('\n', "\r\n");
    format!(
        "mailto:{}?subject={}&body={}",
        utf8_percent_encode(to, ADDRESS),
        utf8_percent_encode(subject, NON_ALPHANUMERIC),
        utf8_percent_encode(&body, NON_ALPHANUMERIC)
    )
}

/// The monitoring unit's official name.
fn monitoring_name(plan: &Plan) -> String {
    plan.directory
        .unit(&plan.monitoring_unit)
        .map_or(plan.monitoring_unit.to_string(), |u| u.name.clone())
}

/// The email a unit sends with its report file.
pub fn report_email(
    plan: &Plan,
    unit_name: &str,
    period_label: &str,
    file_name: &str,
) -> (String, String) {
    let monitoring = monitoring_name(plan);
    let subject = format!(
        "Báo cáo kết quả thực hiện Kế hoạch số {} – {unit_name} – {period_label}",
        plan.document.number
    );
    let body = format!(
        "Kính gửi {monitoring},\n\n{unit_name} gửi kèm tệp {file_name}: báo cáo kết quả thực hiện Kế hoạch số {} ngày {} của {}, kỳ {period_label}.\n\nCách dùng: mở Tiến Độ, chọn “Nhập tệp” rồi kéo thả tệp đính kèm vào; ứng dụng kiểm tra tệp và cho xem trước trước khi cập nhật.\n\nTrân trọng.",
        plan.document.number,
        plan.document.date.dmy(),
        plan.document.issuer,
    );
    (subject, body)
}

/// The email the monitoring unit sends with the plan file.
pub fn plan_email(
    plan: &Plan,
    file_name: &str,
    next_due: Option<(String, String)>,
) -> (String, String) {
    let monitoring = monitoring_name(plan);
    let subject = format!(
        "Tệp kế hoạch số {} để báo cáo trên Tiến Độ",
        plan.document.number
    );
    let due = next_due
        .map(|(period, date)| format!(" Báo cáo kỳ {period} gửi trước ngày {date}."))
        .unwrap_or_default();
    let body = format!(
        "Kính gửi các cơ quan, đơn vị,\n\n{monitoring} gửi kèm tệp {file_name} (Kế hoạch số {} ngày {}, bản sửa đổi {}).\n\nĐề nghị các đơn vị mở Tiến Độ, chọn “Nhập tệp”, kéo thả tệp đính kèm vào, chọn đơn vị của mình, nhập kết quả thực hiện từng nhiệm vụ rồi gửi lại tệp báo cáo qua thư điện tử.{due}\n\nTrân trọng.",
        plan.document.number,
        plan.document.date.dmy(),
        plan.revision,
    );
    (subject, body)
}

/// The reminder (đôn đốc) the monitoring unit sends to a unit that is late.
pub fn reminder_email(
    plan: &Plan,
    unit_name: &str,
    period_label: &str,
    due: &str,
    tasks: &[String],
) -> (String, String) {
    let monitoring = monitoring_name(plan);
    let subject = format!(
        "Đôn đốc báo cáo kết quả thực hiện Kế hoạch số {} – {period_label}",
        plan.document.number
    );
    let body = format!(
        "Kính gửi {unit_name},\n\nThực hiện Kế hoạch số {} ngày {} của {}, {monitoring} đề nghị quý cơ quan gửi báo cáo kết quả thực hiện kỳ {period_label} (hạn {due}). Đến nay chưa nhận được báo cáo các nhiệm vụ: {}.\n\nĐề nghị quý cơ quan nhập kết quả trên Tiến Độ và gửi lại tệp báo cáo qua thư điện tử.\n\nTrân trọng.",
        plan.document.number,
        plan.document.date.dmy(),
        plan.document.issuer,
        tasks.join(", "),
    );
    (subject, body)
}

/// The JSON Schema of this file kind, generated from the Rust types.
#[cfg(feature = "schema")]
pub fn report_schema() -> schemars::Schema {
    schemars::schema_for!(ReportEnvelope)
}

/// The JSON Schema of this file kind, generated from the Rust types.
#[cfg(feature = "schema")]
pub fn backup_schema() -> schemars::Schema {
    schemars::schema_for!(BackupEnvelope)
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    /// Files this app writes (reports, backups, plans) pass on the fast path,
    /// over their own bytes.
    #[test]
    fn this_apps_files_match_their_checksum_in_place() {
        let workspace = crate::format::workload::workspace(crate::format::workload::Shape {
            units: 3,
            tasks: 4,
            periods: 2,
            text_chars: 200,
        })
        .unwrap();
        let sender = workspace.plan.directory.units[1].id.clone();
        let periods: Vec<PeriodId> = workspace.entries.keys().map(|k| k.period.clone()).collect();
        let report = encode_report(&workspace, &sender, &periods, 3, Timestamp(1));
        let envelope: ReportEnvelope = serde_json::from_str(&report).unwrap();
        assert!(!envelope.entries.0.is_empty());
        let raw = last_field(&report, "entries").unwrap();
        assert_eq!(format!("crc32:{:08x}", compact_crc(raw)), envelope.checksum);
        let backup = encode_backup(
            &Backup {
                workspace,
                settings: Settings::default(),
            },
            None,
            Timestamp(2),
        );
        let envelope: BackupEnvelope = serde_json::from_str(&backup).unwrap();
        let raw = last_field(&backup, "backup").unwrap();
        assert_eq!(format!("crc32:{:08x}", compact_crc(raw)), envelope.checksum);
        let plan =
            crate::format::plan_file::encode(&envelope.backup.workspace.plan, 1, Timestamp(3));
        let checksum =
            serde_json::from_str::<serde_json::Value>(&plan).unwrap()["checksum"].clone();
        let raw = last_field(&plan, "plan").unwrap();
        assert_eq!(format!("crc32:{:08x}", compact_crc(raw)), checksum);
    }

    proptest::proptest! {
        /// The eight-bytes-a-step scan stops where a byte-by-byte one does,
        /// wherever the quotes and backslashes fall.
        #[test]
        fn a_string_ends_where_a_byte_scan_says(
            bytes in proptest::collection::vec(
                proptest::prop_oneof![12 => proptest::strategy::Just(b'a'), 1 => proptest::strategy::Just(b'"'), 1 => proptest::strategy::Just(b'\\'), 2 => proptest::strategy::Just(0xC3)],
                0..70,
            ),
            start in 0usize..70,
        ) {
            let start = start.min(bytes.len());
            let mut naive = start;
            while naive < bytes.len() && bytes[naive] != b'"' {
                naive += if bytes[naive] == b'\\' { 2 } else { 1 };
            }
            proptest::prop_assert_eq!(string_end(&bytes, start), naive.min(bytes.len()));
        }

        /// Quotes, escapes and spaces inside strings are the payload's own:
        /// the compact CRC of a pretty text is the CRC of its compact text.
        #[test]
        fn the_compact_crc_of_pretty_json_is_the_crc_of_compact_json(
            texts in proptest::collection::vec("[ a-zđ\"\\\\\n\t:,{}\\[\\]]{0,40}|\\PC{0,40}", 0..6),
            numbers in proptest::collection::vec(0u32..1000, 0..4),
        ) {
            let value = serde_json::json!({ "texts": texts, "numbers": numbers, "nested": { "a": texts.first() } });
            let pretty = serde_json::to_string_pretty(&value).unwrap();
            let compact = serde_json::to_string(&value).unwrap();
            proptest::prop_assert_eq!(compact_crc(&pretty), crc32fast::hash(compact.as_bytes()));
            proptest::prop_assert_eq!(compact_crc(&compact), crc32fast::hash(compact.as_bytes()));
        }
    }
}
