//! The workspace: one plan and every entry this browser knows, keyed by task × unit × period.

use super::entry::{Entry, EntryKey, Status};
use super::ids::{PeriodId, TaskId, UnitId};
use super::period::Period;
use super::plan::Plan;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::collections::{btree_map, BTreeMap};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Workspace {
    pub plan: Plan,
    #[serde(with = "entry_rows", default)]
    #[cfg_attr(feature = "schema", schemars(with = "Vec<entry_rows::Row<Entry>>"))]
    pub entries: BTreeMap<EntryKey, Entry>,
    /// Other versions of an entry written at the same revision (see `merge`).
    #[serde(
        with = "conflict_list",
        default,
        skip_serializing_if = "BTreeMap::is_empty"
    )]
    #[cfg_attr(
        feature = "schema",
        schemars(with = "Vec<entry_rows::Row<Vec<Entry>>>")
    )]
    pub conflicts: BTreeMap<EntryKey, Vec<Entry>>,
}

impl Workspace {
    pub fn new(plan: Plan) -> Workspace {
        Workspace {
            plan,
            entries: BTreeMap::new(),
            conflicts: BTreeMap::new(),
        }
    }

    /// Whether anything here would be lost if another plan took its place:
    /// a unit's report (not the sample), a conflict, or a plan other than
    /// `seed` as it ships (another plan, or the seed amended).
    pub fn holds_work(&self, seed: &Plan) -> bool {
        self.entries.values().any(|entry| !entry.sample)
            || !self.conflicts.is_empty()
            || self.plan != *seed
    }

    /// The status shown for an entry; `Chưa báo cáo` when there is none.
    pub fn status(&self, key: &EntryKey) -> Status {
        self.entries
            .get(key)
            .map_or(Status::NotReported, Entry::effective_status)
    }

    /// The unit's entries on the task (withdrawn ones too), each with its
    /// period, in key order: one range of the map, not a walk of it.
    fn reports_of(&self, task: &TaskId, unit: &UnitId) -> impl Iterator<Item = (Period, &Entry)> {
        // "0" sorts before every period id (they start with a year).
        let first = PeriodId::new("0").ok().map(|period| EntryKey {
            task: task.clone(),
            unit: unit.clone(),
            period,
        });
        let (task, unit) = (task.clone(), unit.clone());
        first
            .into_iter()
            .flat_map(move |first| self.entries.range(first..))
            .take_while(move |(k, _)| k.task == task && k.unit == unit)
            .filter_map(|(k, e)| Some((Period::parse(&k.period)?, e)))
    }

    /// The unit's latest report on the task for a period that ended before
    /// `key`'s began (not withdrawn, not the sample): what the editor offers
    /// to carry into a new period of ongoing work. Of two ending the same
    /// day, the shorter (Quý IV over the year).
    pub fn previous_report(&self, key: &EntryKey) -> Option<(Period, &Entry)> {
        let this = Period::parse(&key.period)?;
        self.reports_of(&key.task, &key.unit)
            .filter(|(period, e)| !e.deleted && !e.sample && period.end() < this.start())
            .max_by_key(|(period, _)| (period.end(), period.start()))
    }

    /// Whether the unit reported the task done (or nothing arising) for a
    /// period that ended before `period` began: a task with a deadline, once
    /// done, is owed no more reports ([`progress::owed`](super::progress::owed)).
    pub fn done_before(&self, task: &TaskId, unit: &UnitId, period: Period) -> bool {
        self.reports_of(task, unit).any(|(earlier, e)| {
            earlier.end() < period.start() && e.effective_status().is_complete()
        })
    }

    pub fn has_sample(&self) -> bool {
        self.entries.values().any(|entry| entry.sample)
    }
}

/// Conflicts travel like entries, each row carrying the list of other versions.
mod conflict_list {
    use super::*;

    pub fn serialize<S: Serializer>(
        conflicts: &BTreeMap<EntryKey, Vec<Entry>>,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        super::entry_rows::serialize_rows(conflicts, serializer)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(
        deserializer: D,
    ) -> Result<BTreeMap<EntryKey, Vec<Entry>>, D::Error> {
        super::entry_rows::deserialize_rows(deserializer)
    }
}

/// Entries travel as a list of `{task, unit, period, entry}` objects sorted by
/// key. (Not `serde(flatten)`: it buffers every field and decodes far slower.)
pub mod entry_rows {
    use super::*;
    use crate::domain::ids::{PeriodId, TaskId, UnitId};

    /// One row: which entry, and its content.
    #[derive(Serialize, Deserialize)]
    #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
    pub struct Row<E> {
        task: TaskId,
        unit: UnitId,
        period: PeriodId,
        entry: E,
    }

    impl<E> Row<E> {
        pub fn new(key: &EntryKey, entry: E) -> Row<E> {
            Row {
                task: key.task.clone(),
                unit: key.unit.clone(),
                period: key.period.clone(),
                entry,
            }
        }

        pub fn into_parts(self) -> (EntryKey, E) {
            (
                EntryKey {
                    task: self.task,
                    unit: self.unit,
                    period: self.period,
                },
                self.entry,
            )
        }
    }

    pub fn serialize<S: Serializer>(
        entries: &BTreeMap<EntryKey, Entry>,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        serialize_rows(entries, serializer)
    }

    pub fn serialize_rows<E: Serialize, S: Serializer>(
        entries: &BTreeMap<EntryKey, E>,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(entries.iter().map(|(key, entry)| Row {
            task: key.task.clone(),
            unit: key.unit.clone(),
            period: key.period.clone(),
            entry,
        }))
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(
        deserializer: D,
    ) -> Result<BTreeMap<EntryKey, Entry>, D::Error> {
        deserialize_rows(deserializer)
    }

    pub fn deserialize_rows<'de, E: Deserialize<'de>, D: Deserializer<'de>>(
        deserializer: D,
    ) -> Result<BTreeMap<EntryKey, E>, D::Error> {
        let rows: Vec<Row<E>> = Vec::deserialize(deserializer)?;
        let mut entries = BTreeMap::new();
        for row in rows {
            let key = EntryKey {
                task: row.task,
                unit: row.unit,
                period: row.period,
            };
            match entries.entry(key) {
                btree_map::Entry::Vacant(slot) => {
                    slot.insert(row.entry);
                }
                btree_map::Entry::Occupied(slot) => {
                    let key = slot.key();
                    return Err(serde::de::Error::custom(format!(
                        "duplicate entry {}/{}/{}",
                        key.task, key.unit, key.period
                    )));
                }
            }
        }
        Ok(entries)
    }
}
