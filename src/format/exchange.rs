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
use crate::domain::{Entry, EntryKey, Period, PeriodId, PlanId, Timestamp, UnitId, Workspace};
use serde::{Deserialize, Serialize};
use std::borrow::Cow;
use std::collections::{BTreeMap, BTreeSet};

mod mail;
pub use mail::{
    file_word, mailto, mailto_bcc, named_in_file, plan_email, plan_file_name, plan_tag,
    reminder_all_email, reminder_email, report_email, report_file_name, resend_email,
};

pub const REPORT_FORMAT: &str = "tiendo-report";
pub const BACKUP_FORMAT: &str = "tiendo-backup";
/// The highest version this app reads; each file is written at the lowest
/// that holds it.
pub const VERSION: u32 = 2;

/// The lowest version that holds these entries: version 2 adds funding
/// (kinh phí), which a version 1 reader would drop silently.
fn entries_version<'e>(entries: impl IntoIterator<Item = &'e Entry>) -> u32 {
    if entries.into_iter().any(|entry| !entry.budget.is_empty()) {
        2
    } else {
        1
    }
}

/// A file's text: indented for people, one writer for every type
/// (`format::json`).
pub(super) fn pretty<T: Serialize>(value: &T) -> String {
    let mut text = super::json::pretty(&serde_json::to_string(value).unwrap_or_default());
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
        version: entries_version(entries.0.values()),
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

// Written borrowing the backup (a whole workspace is not copied to be
// written); read owning it. (Not a doc comment: it would enter the schema.)
#[derive(Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
struct BackupEnvelope<'a> {
    format: String,
    version: u32,
    app_version: String,
    created_at: Timestamp,
    plan_id: PlanId,
    plan_revision: u32,
    sender: Option<UnitId>,
    checksum: String,
    backup: Cow<'a, Backup>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Backup {
    pub workspace: Workspace,
    pub settings: Settings,
}

/// Everything in this browser: the workspace (sample included) and the settings.
pub fn encode_backup(backup: &Backup, sender: Option<&UnitId>, created_at: Timestamp) -> String {
    pretty(&backup_envelope(backup, sender, created_at))
}

/// The same file without indentation: for storage (`format::shelf`), where
/// nobody reads it by eye and a quarter fewer bytes are written and packed.
pub fn encode_backup_compact(
    backup: &Backup,
    sender: Option<&UnitId>,
    created_at: Timestamp,
) -> String {
    serde_json::to_string(&backup_envelope(backup, sender, created_at)).unwrap_or_default()
}

fn backup_envelope<'a>(
    backup: &'a Backup,
    sender: Option<&UnitId>,
    created_at: Timestamp,
) -> BackupEnvelope<'a> {
    BackupEnvelope {
        format: BACKUP_FORMAT.into(),
        version: {
            let workspace = &backup.workspace;
            let entries = workspace.entries.values();
            let conflicts = workspace.conflicts.values().flatten();
            plan_file::version_of(&workspace.plan).max(entries_version(entries.chain(conflicts)))
        },
        app_version: APP_VERSION.into(),
        created_at,
        plan_id: backup.workspace.plan.id.clone(),
        plan_revision: backup.workspace.plan.revision,
        sender: sender.cloned(),
        checksum: checksum(backup),
        backup: Cow::Borrowed(backup),
    }
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
            let backup = envelope.backup.into_owned();
            if let Some(error) = backup.workspace.plan.check().into_iter().next() {
                return Err(DecodeError::Plan(error));
            }
            Ok(Received {
                incoming: Incoming::Backup {
                    workspace: Box::new(backup.workspace),
                },
                sender: envelope.sender,
                periods: Vec::new(),
                settings: Some(backup.settings),
                warnings,
            })
        }
        other => Err(DecodeError::WrongFormat {
            found: other.to_owned(),
            expected: "tiendo-plan, tiendo-report, tiendo-backup",
        }),
    }
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
