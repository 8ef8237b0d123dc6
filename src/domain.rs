//! The pure domain ring: plans, units, tasks, periods, entries, commands, progress.
//!
//! Nothing here reads a clock, a random source or the browser: times and ids are
//! arguments. Every type is plain data; the JSON shape of the payload is the
//! serde derive on these types, while envelopes, versions and validation of
//! outside bytes live in [`crate::format`].
//!
//! What is here: the Plan (who reports per period, with successors of merged
//! units; amendments: tasks added, retitled, their timeframes set, given to a
//! unit from a day or a unit released from a day, additions taken back; units
//! added, renamed, ended; their emails); Unit, Task, Period, Entry, Evidence
//! (the form's fields read or named as wrong; only http(s) links open),
//! Budget (kinh phí: spent, source, requested; a period's sums); Command (one
//! door for every change; its refusals described in both languages, as
//! amendments' are, which is why `Language` lives here); progress; the board
//! (search texts folded once a revision) and the dashboard's figures (the
//! matrix walked from the keyboard); merge (a CRDT of entries: files weighed
//! and imported by its laws, preview and import one path); text folding;
//! numbers as text in the language's marks (no float formatting from core).

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
pub use command::{Command, CommandError, EntryChange, Profile, Reach, Revision};
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
