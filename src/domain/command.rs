//! Commands: every change to a workspace, validated in full before it mutates,
//! so a refused command leaves the workspace exactly as it was.

use super::budget::{self, Funding};
use super::date::{Date, Timestamp};
use super::entry::{Entry, EntryKey, Status};
use super::evidence::Evidence;
use super::ids::{IndicatorId, PeriodId, UnitId};
use super::merge::{self, Incoming};
use super::number;
use super::period::Period;
use super::plan::{AmendError, Plan, PlanChange};
use super::sort;
use super::wire::required;
use super::workspace::Workspace;
use crate::domain::Language;
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;
use std::fmt;

// Deserialized by hand, through a flat struct (see `super::wire`).
/// Which unit this browser speaks for: it decides what the user may author.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(tag = "kind")]
pub enum Profile {
    /// Đơn vị theo dõi: holds the plan; authors its own unit's entries.
    #[serde(rename = "monitoring")]
    Monitoring,
    /// Đơn vị thực hiện: authors its own entries only.
    #[serde(rename = "unit")]
    Unit { unit: UnitId },
    /// Lãnh đạo: reads, edits nothing.
    #[serde(rename = "leader")]
    Leader,
}

impl<'de> Deserialize<'de> for Profile {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        #[derive(Deserialize)]
        struct Wire {
            kind: String,
            unit: Option<UnitId>,
        }
        let wire = Wire::deserialize(deserializer)?;
        match wire.kind.as_str() {
            "monitoring" => Ok(Profile::Monitoring),
            "unit" => Ok(Profile::Unit {
                unit: required(wire.unit, "unit")?,
            }),
            "leader" => Ok(Profile::Leader),
            other => Err(serde::de::Error::unknown_variant(
                other,
                &["monitoring", "unit", "leader"],
            )),
        }
    }
}

impl Profile {
    /// The unit whose entries this profile writes on `date` (for a period:
    /// its first day, the day [`Plan::reporters_in`] asks who existed). The
    /// monitoring profile writes the monitoring unit's own entries, and
    /// after a merger its successor's for the plan's subject
    /// ([`Plan::monitoring_on`]): from 01/03/2025 Sở TT&TT's staff who follow
    /// 61/KH-UBND report as Sở VHTTDL, and 2024's entries stay Sở TT&TT's.
    pub fn acting_unit(&self, plan: &Plan, date: Date) -> Option<UnitId> {
        match self {
            Profile::Monitoring => Some(
                plan.monitoring_on(date)
                    .into_iter()
                    .next()
                    .unwrap_or_else(|| plan.monitoring_unit.clone()),
            ),
            Profile::Unit { unit } => Some(unit.clone()),
            Profile::Leader => None,
        }
    }
}

/// One change to one entry's content.
#[derive(Clone, Debug, PartialEq)]
pub enum EntryChange {
    Status(Status),
    Progress(Option<u8>),
    Done(String),
    Obstacles(String),
    Proposals(String),
    AddEvidence(Evidence),
    RemoveEvidence(usize),
    Indicator(IndicatorId, Option<f64>),
    /// Kinh phí đã sử dụng, đồng.
    Spent(Option<u64>),
    Funding(Option<Funding>),
    /// Kinh phí đề nghị bổ sung, đồng.
    Requested(Option<u64>),
    /// Fills what the entry leaves empty from the unit's report of an
    /// earlier period ([`Workspace::previous_report`]): the status (when not
    /// reported), progress, what was done, obstacles, proposals. Never
    /// evidence, figures or funding: they belong to their own period.
    Carry(Box<Entry>),
}

impl EntryChange {
    /// Whether applying it to `entry` would change anything (a field typed
    /// back to what it held is not an edit: `AppState::dispatch` drops it).
    pub fn changes(&self, entry: &Entry) -> bool {
        let mut changed = entry.clone();
        apply::apply_change(&mut changed, self.clone());
        changed != *entry
    }
}

#[derive(Clone, Debug, PartialEq)]
pub enum Command {
    /// The acting unit changes its entry (creating it on first change).
    UpdateEntry {
        key: EntryKey,
        change: EntryChange,
        at: Timestamp,
    },
    /// The acting unit puts an entry's content back as it was (undo), or picks
    /// one version of a conflict; the revision still goes up, so the restored
    /// content wins everywhere, and the conflict ends.
    RestoreEntry {
        key: EntryKey,
        previous: Option<Entry>,
        at: Timestamp,
    },
    /// The acting unit withdraws its entry: a tombstone that never resurrects.
    DeleteEntry { key: EntryKey, at: Timestamp },
    /// Merges files from other browsers (see `merge::import`).
    Import { files: Vec<Incoming> },
    /// Puts the whole workspace back as it was before an import (restore point).
    Restore { workspace: Box<Workspace> },
    /// Adds the removable sample (entries already marked as sample).
    LoadSample { entries: Vec<(EntryKey, Entry)> },
    /// Removes every sample entry, and nothing else.
    RemoveSample,
    /// The monitoring unit amends the plan: in a new revision to send
    /// again, or in the open one ([`Revision`]).
    AmendPlan {
        change: PlanChange,
        revision: Revision,
    },
    /// The monitoring unit puts an earlier plan back (undo): under a newer
    /// revision than any sent, so it replaces the amended one wherever that
    /// was sent.
    RestorePlan { plan: Box<Plan>, revision: Revision },
}

/// Which revision of the plan an amendment makes. A revision is what the
/// units receive in one plan file: while the monitoring unit has not sent
/// the one it last made, its next changes join it, so a morning's edits
/// reach the units as one revision; once sent, a change opens the next.
/// The browser that made the revision knows whether it left (the domain
/// does not see files go out), and says so in the command.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Revision {
    /// A new revision, one above the plan's: the current one was sent (or
    /// came from a file), so units may hold it as it is.
    Next,
    /// The plan's current revision, made in this browser and not yet sent.
    Open,
}

/// What a command can change: the part of the workspace a save must write again.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Reach {
    /// The plan, or entries that cannot be named in advance.
    Everything,
    /// The entries (and conflicts) of these units in these periods, nothing else.
    Parts(BTreeSet<(UnitId, PeriodId)>),
}

impl Reach {
    pub fn nothing() -> Reach {
        Reach::Parts(BTreeSet::new())
    }

    fn of_keys<'a>(keys: impl IntoIterator<Item = &'a EntryKey>) -> Reach {
        Reach::Parts(sort::set_from(
            keys.into_iter()
                .map(|key| (key.unit.clone(), key.period.clone())),
        ))
    }

    pub fn is_nothing(&self) -> bool {
        matches!(self, Reach::Parts(parts) if parts.is_empty())
    }

    /// Widens `self` to cover `other` too.
    pub fn add(&mut self, other: Reach) {
        match (&mut *self, other) {
            (Reach::Everything, _) => {}
            (_, Reach::Everything) => *self = Reach::Everything,
            (Reach::Parts(ours), Reach::Parts(theirs)) => ours.extend(theirs),
        }
    }
}

impl Command {
    /// What this command can change when applied (over-approximated, never under).
    pub fn reach(&self) -> Reach {
        match self {
            Command::UpdateEntry { key, .. }
            | Command::RestoreEntry { key, .. }
            | Command::DeleteEntry { key, .. } => Reach::of_keys([key]),
            Command::LoadSample { entries } => Reach::of_keys(entries.iter().map(|(key, _)| key)),
            Command::Import { files } => {
                let mut reach = Reach::nothing();
                for file in files {
                    reach.add(match file {
                        Incoming::Report { entries, .. } => {
                            Reach::of_keys(entries.iter().map(|(key, _)| key))
                        }
                        Incoming::Plan { .. } | Incoming::Backup { .. } => Reach::Everything,
                    });
                }
                reach
            }
            Command::Restore { .. }
            | Command::RemoveSample
            | Command::AmendPlan { .. }
            | Command::RestorePlan { .. } => Reach::Everything,
        }
    }
}

/// Why a command was refused. Nothing changed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CommandError {
    UnknownTask,
    NotALeaf,
    UnknownPeriod,
    NotAssigned,
    ReadOnlyProfile,
    NotOwner {
        owner: UnitId,
    },
    ProgressOutOfRange(u8),
    NoSuchEvidence(usize),
    UnknownIndicator(IndicatorId),
    NotANumber,
    /// An amount over [`budget::MAX_DONG`].
    AmountTooLarge(u64),
    NoSuchEntry,
    /// Only the monitoring unit changes the plan.
    MonitoringOnly,
    Amend(AmendError),
}

impl CommandError {
    /// Why the command was refused, in `language`.
    pub fn describe(&self, language: Language) -> String {
        match language {
            Language::Vietnamese => self.vietnamese(),
            Language::English => self.english(),
        }
    }

    fn vietnamese(&self) -> String {
        match self {
            CommandError::UnknownTask => "Nhiệm vụ không có trong kế hoạch.".into(),
            CommandError::NotALeaf => {
                "Chỉ báo cáo trên nhiệm vụ cụ thể, không trên mục lớn.".into()
            }
            CommandError::UnknownPeriod => {
                "Kỳ báo cáo không thuộc chế độ báo cáo của kế hoạch.".into()
            }
            CommandError::NotAssigned => "Đơn vị không được giao nhiệm vụ này.".into(),
            CommandError::ReadOnlyProfile => "Hồ sơ lãnh đạo chỉ xem, không sửa.".into(),
            CommandError::NotOwner { owner } => {
                format!("Chỉ đơn vị {owner} được sửa báo cáo của mình.")
            }
            CommandError::ProgressOutOfRange(value) => {
                format!("Tiến độ {value}% vượt quá 100%.")
            }
            CommandError::NoSuchEvidence(index) => {
                format!("Không có minh chứng số {}.", index + 1)
            }
            CommandError::UnknownIndicator(id) => format!("Nhiệm vụ không có chỉ tiêu {id}."),
            CommandError::NotANumber => "Giá trị chỉ tiêu phải là một số.".into(),
            CommandError::AmountTooLarge(dong) => format!(
                "Số tiền {} đồng quá lớn.",
                budget::amount(*dong, number::Marks::VI)
            ),
            CommandError::NoSuchEntry => "Chưa có báo cáo để xóa.".into(),
            CommandError::MonitoringOnly => "Chỉ đơn vị theo dõi được sửa kế hoạch.".into(),
            CommandError::Amend(error) => format!(
                "Không sửa được kế hoạch: {}.",
                error.describe(Language::Vietnamese)
            ),
        }
    }

    fn english(&self) -> String {
        match self {
            CommandError::UnknownTask => "The task is not in the plan.".into(),
            CommandError::NotALeaf => "Report on a specific task, not on a section.".into(),
            CommandError::UnknownPeriod => {
                "The period is not in the plan's reporting regime.".into()
            }
            CommandError::NotAssigned => "The unit is not assigned to this task.".into(),
            CommandError::ReadOnlyProfile => "The leader profile reads only.".into(),
            CommandError::NotOwner { owner } => format!("Only {owner} may edit its own report."),
            CommandError::ProgressOutOfRange(value) => format!("Progress {value}% is over 100%."),
            CommandError::NoSuchEvidence(index) => {
                format!("There is no evidence item {}.", index + 1)
            }
            CommandError::UnknownIndicator(id) => format!("The task has no indicator {id}."),
            CommandError::NotANumber => "An indicator value must be a number.".into(),
            CommandError::AmountTooLarge(dong) => format!(
                "The amount of {} dong is too large.",
                budget::amount(*dong, number::Marks::EN)
            ),
            CommandError::NoSuchEntry => "There is no report to delete.".into(),
            CommandError::MonitoringOnly => "Only the monitoring unit amends the plan.".into(),
            CommandError::Amend(error) => {
                format!(
                    "The plan was not amended: {}.",
                    error.describe(Language::English)
                )
            }
        }
    }
}

impl fmt::Display for CommandError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.vietnamese())
    }
}

mod apply;
