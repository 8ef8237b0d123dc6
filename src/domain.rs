//! The pure domain ring: plans, units, tasks, periods, entries, commands, progress.
//!
//! Nothing here reads a clock, a random source or the browser: times and ids are
//! arguments. Every type is plain data; the JSON shape of the payload is the
//! serde derive on these types, while envelopes, versions and validation of
//! outside bytes live in [`crate::format`].

pub mod board;
pub mod budget;
pub mod command;
pub mod dashboard;
pub mod date;
pub mod entry;
pub mod evidence;
pub mod ids;
pub mod language;
pub mod merge;
pub mod number;
pub mod period;
pub mod plan;
pub mod progress;
pub mod rebase;
pub mod sort;
pub mod task;
pub mod text;
pub mod unit;
mod wire;
pub mod workspace;

pub use budget::{Budget, Funding};
pub use command::{Command, CommandError, EntryChange, Profile, Reach};
pub use date::{Date, Timestamp};
pub use entry::{Entry, EntryKey, Status};
pub use evidence::{Evidence, EvidenceKind};
pub use ids::{GroupId, IdError, IndicatorId, PeriodId, PlanId, TaskId, UnitId};
pub use language::Language;
pub use period::{DueRule, Period, PeriodKind, Regime};
pub use plan::{DocumentRef, Plan, ProseSection, Signer};
pub use task::{Assignee, Assignment, Indicator, Mode, Role, Task, Timeframe};
pub use unit::{Directory, Succession, Unit, UnitGroup, UnitKind};
pub use workspace::Workspace;
