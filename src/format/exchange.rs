//! Exchange files sent by email: report files (one unit → monitoring unit) and
//! backups (everything in a browser), plus reading any kind of Tiến Độ file.
//! Every file carries a checksum of its payload (`format::checksum`).

use super::checksum::{checksum, verify_in_file};
use super::decode::{self, DecodeError};
use super::plan_file;
use super::settings::Settings;
use super::APP_VERSION;
use crate::domain::merge::Incoming;
use crate::domain::sort;
use crate::domain::{
    Date, Entry, EntryKey, Period, PeriodId, Plan, PlanId, Timestamp, UnitId, Workspace,
};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};

pub const REPORT_FORMAT: &str = "tiendo-report";
pub const BACKUP_FORMAT: &str = "tiendo-backup";
pub const VERSION: u32 = 1;

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
            // Each distinct period once (a report's entries share a few).
            let periods: BTreeSet<&PeriodId> =
                sort::set_from(envelope.entries.0.keys().map(|key| &key.period));
            if let Some(bad) = periods.into_iter().find(|id| Period::parse(id).is_none()) {
                return Err(DecodeError::UnknownPeriod(bad.to_string()));
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
                return Err(DecodeError::Plan(error));
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
/// Who monitors the plan on `on`, by name (after a merger, the successor).
fn monitoring_name(plan: &Plan, on: Date) -> String {
    plan.monitoring_on(on)
        .iter()
        .map(|id| {
            plan.directory
                .unit(id)
                .map_or(id.to_string(), |u| u.name.clone())
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// The email a unit sends with its report file.
pub fn report_email(
    plan: &Plan,
    unit_name: &str,
    period_label: &str,
    file_name: &str,
    on: Date,
) -> (String, String) {
    let monitoring = monitoring_name(plan, on);
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
    on: Date,
) -> (String, String) {
    let monitoring = monitoring_name(plan, on);
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
    on: Date,
) -> (String, String) {
    let monitoring = monitoring_name(plan, on);
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
