//! Tasks (nhiệm vụ) of a plan: a tree numbered "1", "3.1", with assignments of
//! units or unit groups in a role and mode, a timeframe and optional indicators.

use super::date::Date;
use super::ids::{GroupId, IndicatorId, TaskId, UnitId};
use super::wire::required;
use serde::{Deserialize, Serialize};

/// What a unit does on a task. Ordered by weight: a unit named twice keeps the
/// strongest role (lead over guide over implement over coordinate).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub enum Role {
    /// phối hợp
    #[serde(rename = "phoi_hop")]
    Coordinate,
    /// thực hiện
    #[serde(rename = "thuc_hien")]
    Implement,
    /// hướng dẫn: guides the others; does not report on the task itself.
    #[serde(rename = "huong_dan")]
    Guide,
    /// chủ trì
    #[serde(rename = "chu_tri")]
    Lead,
}

impl Role {
    pub const ALL: [Role; 4] = [Role::Lead, Role::Coordinate, Role::Implement, Role::Guide];

    /// The wire name, also used in URLs.
    pub fn slug(self) -> &'static str {
        match self {
            Role::Coordinate => "phoi_hop",
            Role::Implement => "thuc_hien",
            Role::Guide => "huong_dan",
            Role::Lead => "chu_tri",
        }
    }

    pub fn from_slug(slug: &str) -> Option<Role> {
        Role::ALL.into_iter().find(|role| role.slug() == slug)
    }

    /// Whether a unit in this role owes a report each period.
    pub fn reports(self) -> bool {
        self != Role::Guide
    }
}

/// Binding order (giao) or request (đề nghị, for Party bodies).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub enum Mode {
    #[default]
    #[serde(rename = "giao")]
    Assign,
    #[serde(rename = "de_nghi")]
    Request,
}

#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub enum Assignee {
    #[serde(rename = "unit")]
    Unit(UnitId),
    #[serde(rename = "group")]
    Group(GroupId),
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Assignment {
    pub assignee: Assignee,
    pub role: Role,
    #[serde(default)]
    pub mode: Mode,
    /// The day an amendment gave the task to the assignee: no period ending
    /// before it owes its report. None: in the plan as issued.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from: Option<Date>,
}

// Deserialized by hand, through a flat struct (see `super::wire`).
/// When the work is due.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(tag = "kind")]
pub enum Timeframe {
    /// thường xuyên: reported every period.
    #[serde(rename = "ongoing")]
    Ongoing,
    /// hằng năm
    #[serde(rename = "yearly")]
    Yearly,
    /// "trước ngày 30/6/2024"
    #[serde(rename = "deadline")]
    Deadline { date: Date },
    /// "Quý II/2024"
    #[serde(rename = "quarter")]
    Quarter { year: i32, quarter: u8 },
    #[serde(rename = "year")]
    Year { year: i32 },
    #[serde(rename = "range")]
    Range { from: Date, to: Date },
}

impl<'de> Deserialize<'de> for Timeframe {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        #[derive(Deserialize)]
        struct Wire {
            kind: String,
            date: Option<Date>,
            year: Option<i32>,
            quarter: Option<u8>,
            from: Option<Date>,
            to: Option<Date>,
        }
        let wire = Wire::deserialize(deserializer)?;
        Ok(match wire.kind.as_str() {
            "ongoing" => Timeframe::Ongoing,
            "yearly" => Timeframe::Yearly,
            "deadline" => Timeframe::Deadline {
                date: required(wire.date, "date")?,
            },
            "quarter" => Timeframe::Quarter {
                year: required(wire.year, "year")?,
                quarter: required(wire.quarter, "quarter")?,
            },
            "year" => Timeframe::Year {
                year: required(wire.year, "year")?,
            },
            "range" => Timeframe::Range {
                from: required(wire.from, "from")?,
                to: required(wire.to, "to")?,
            },
            other => {
                return Err(serde::de::Error::unknown_variant(
                    other,
                    &["ongoing", "yearly", "deadline", "quarter", "year", "range"],
                ))
            }
        })
    }
}

impl Timeframe {
    /// The date by which the task must be complete, where there is one.
    pub fn deadline(&self) -> Option<Date> {
        match *self {
            Timeframe::Ongoing | Timeframe::Yearly => None,
            Timeframe::Deadline { date } => Some(date),
            Timeframe::Quarter { year, quarter } => Date::end_of_month(year, quarter * 3),
            Timeframe::Year { year } => Date::end_of_month(year, 12),
            Timeframe::Range { to, .. } => Some(to),
        }
    }
}

/// A figure a task tracks, with an optional target for the plan.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Indicator {
    pub id: IndicatorId,
    pub name: String,
    /// "tin, bài", "lớp", "người".
    pub measure: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target: Option<f64>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Task {
    pub id: TaskId,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent: Option<TaskId>,
    /// As printed in the plan: "3.1".
    pub number: String,
    pub title: String,
    #[serde(default)]
    pub body: String,
    /// The plan's own words for who does it ("Đơn vị thực hiện: …"), verbatim.
    #[serde(default)]
    pub units_text: String,
    #[serde(default)]
    pub assignments: Vec<Assignment>,
    pub timeframe: Timeframe,
    /// The timeframe as printed ("Sau khi có Quy chế của Trung ương"), when
    /// the plan was read from its text; empty when none was printed.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub timeframe_text: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub indicators: Vec<Indicator>,
    /// The day an amendment added the task: no period ending before it owes
    /// a report on it. None: in the plan as issued.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from: Option<Date>,
    /// Units an amendment released from the task (thôi giao), each from a day.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub released: Vec<Release>,
}

/// A unit no longer doing a task from a day on: no period starting on or
/// after it owes the unit's report; earlier periods keep it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Release {
    pub unit: UnitId,
    pub from: Date,
}

impl Task {
    /// Whether `unit` was released from the task on or before `day`.
    pub fn is_released(&self, unit: &UnitId, day: Date) -> bool {
        self.released
            .iter()
            .any(|release| release.unit == *unit && release.from <= day)
    }

    /// The units an amendment gave the task to after the plan was issued.
    pub fn added_units(&self) -> impl Iterator<Item = &UnitId> {
        self.assignments
            .iter()
            .filter(|a| a.from.is_some())
            .filter_map(|a| match &a.assignee {
                Assignee::Unit(unit) => Some(unit),
                Assignee::Group(_) => None,
            })
    }
}

mod when;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn deadlines_follow_the_timeframe() {
        assert_eq!(Timeframe::Ongoing.deadline(), None);
        assert_eq!(
            Timeframe::Quarter {
                year: 2024,
                quarter: 2
            }
            .deadline(),
            Date::new(2024, 6, 30)
        );
        assert_eq!(
            Timeframe::Year { year: 2024 }.deadline(),
            Date::new(2024, 12, 31)
        );
    }

    #[test]
    fn guides_do_not_report_and_lead_outranks_all() {
        assert!(!Role::Guide.reports());
        assert!(Role::Coordinate.reports());
        assert_eq!(Role::ALL.iter().max(), Some(&Role::Lead));
    }

    #[test]
    fn slugs_are_the_wire_names() {
        for role in Role::ALL {
            assert_eq!(
                serde_json::to_string(&role).unwrap(),
                format!("\"{}\"", role.slug())
            );
            assert_eq!(Role::from_slug(role.slug()), Some(role));
        }
    }

    #[test]
    fn wire_names_are_vietnamese_slugs() {
        let json = serde_json::to_string(&Assignment {
            assignee: Assignee::Group(GroupId::new("cac-so").unwrap()),
            role: Role::Lead,
            mode: Mode::Request,
            from: None,
        })
        .unwrap();
        assert_eq!(
            json,
            r#"{"assignee":{"group":"cac-so"},"role":"chu_tri","mode":"de_nghi"}"#
        );
    }
}
