//! Entries: one unit's report on one leaf task for one period, owned by that unit.

use super::budget::Budget;
use super::date::Timestamp;
use super::evidence::Evidence;
use super::ids::{IndicatorId, PeriodId, TaskId, UnitId};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Status of an entry for a period (docs/product.md §3), in board column order.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub enum Status {
    /// Chưa báo cáo: nothing received (the default).
    #[default]
    #[serde(rename = "chua_bao_cao")]
    NotReported,
    /// Chưa triển khai
    #[serde(rename = "chua_trien_khai")]
    NotStarted,
    /// Đang triển khai
    #[serde(rename = "dang_trien_khai")]
    InProgress,
    /// Đã triển khai: done for the period.
    #[serde(rename = "da_trien_khai")]
    Done,
    /// Không phát sinh: nothing arose this period.
    #[serde(rename = "khong_phat_sinh")]
    NothingArose,
    /// Có vướng mắc: blocked.
    #[serde(rename = "co_vuong_mac")]
    Blocked,
}

impl Status {
    pub const ALL: [Status; 6] = [
        Status::NotReported,
        Status::NotStarted,
        Status::InProgress,
        Status::Done,
        Status::NothingArose,
        Status::Blocked,
    ];

    /// The wire name, also used in URLs.
    pub fn slug(self) -> &'static str {
        match self {
            Status::NotReported => "chua_bao_cao",
            Status::NotStarted => "chua_trien_khai",
            Status::InProgress => "dang_trien_khai",
            Status::Done => "da_trien_khai",
            Status::NothingArose => "khong_phat_sinh",
            Status::Blocked => "co_vuong_mac",
        }
    }

    pub fn from_slug(slug: &str) -> Option<Status> {
        Status::ALL.into_iter().find(|status| status.slug() == slug)
    }

    /// The next column to the right or left, if any.
    pub fn step(self, forward: bool) -> Option<Status> {
        let index = self.index();
        let next = if forward {
            index.checked_add(1)?
        } else {
            index.checked_sub(1)?
        };
        Status::ALL.get(next).copied()
    }

    pub fn index(self) -> usize {
        self as usize
    }

    /// A report was received for the period.
    pub fn is_reported(self) -> bool {
        self != Status::NotReported
    }

    /// The period's work is complete (done, or nothing to do).
    pub fn is_complete(self) -> bool {
        matches!(self, Status::Done | Status::NothingArose)
    }
}

/// Which entry: task × unit × period.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct EntryKey {
    pub task: TaskId,
    pub unit: UnitId,
    pub period: PeriodId,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Entry {
    pub status: Status,
    /// 0–100, where the unit states one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub progress: Option<u8>,
    /// Kết quả thực hiện: what was done.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub done: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub evidence: Vec<Evidence>,
    /// Vướng mắc
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub obstacles: String,
    /// Đề xuất, kiến nghị
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub proposals: String,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub indicators: BTreeMap<IndicatorId, f64>,
    /// Kinh phí: spent, its source, further funding asked for.
    #[serde(default, skip_serializing_if = "Budget::is_empty")]
    pub budget: Budget,
    /// The owning unit's own counter: every change adds one.
    pub revision: u32,
    pub updated_at: Timestamp,
    /// A tombstone: the unit withdrew this entry; kept so it never resurrects.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub deleted: bool,
    /// Part of the removable sample shown at first open, never exported.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub sample: bool,
}

impl Entry {
    /// Whether the report says work was done or is under way but not what:
    /// everywhere the report appears, it is said to lack its result.
    pub fn lacks_result(&self) -> bool {
        matches!(self.effective_status(), Status::InProgress | Status::Done)
            && self.done.trim().is_empty()
    }

    /// The status a board shows: a tombstone reads as not reported.
    pub fn effective_status(&self) -> Status {
        if self.deleted {
            Status::NotReported
        } else {
            self.status
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statuses_classify_reporting_and_completion() {
        assert!(!Status::NotReported.is_reported());
        assert!(Status::Blocked.is_reported());
        assert!(Status::NothingArose.is_complete());
        assert!(!Status::InProgress.is_complete());
        let order: Vec<usize> = Status::ALL.iter().map(|s| s.index()).collect();
        assert_eq!(order, [0, 1, 2, 3, 4, 5]);
    }

    #[test]
    fn slugs_are_the_wire_names_and_steps_stay_in_range() {
        for status in Status::ALL {
            assert_eq!(
                serde_json::to_string(&status).unwrap(),
                format!("\"{}\"", status.slug())
            );
            assert_eq!(Status::from_slug(status.slug()), Some(status));
        }
        assert_eq!(Status::NotReported.step(false), None);
        assert_eq!(Status::NotReported.step(true), Some(Status::NotStarted));
        assert_eq!(Status::Blocked.step(true), None);
    }

    #[test]
    fn a_tombstone_reads_as_not_reported() {
        let entry = Entry {
            status: Status::Done,
            deleted: true,
            ..Entry::default()
        };
        assert_eq!(entry.effective_status(), Status::NotReported);
    }

    #[test]
    fn an_empty_entry_serialises_compactly() {
        let json = serde_json::to_string(&Entry::default()).unwrap();
        assert_eq!(
            json,
            r#"{"status":"chua_bao_cao","revision":0,"updated_at":0}"#
        );
    }
}
