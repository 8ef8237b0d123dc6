//! The workspace as kept in browser storage (format 3): a small head, the plan,
//! and the entries split into one part per unit × period, so that a save after
//! one edit writes one small part and the head instead of the whole workspace.
//!
//! Keys: [`HEAD_KEY`] holds the save generation (for two tabs) and the
//! generation that last wrote each part; [`PLAN_KEY`] the plan; and
//! [`ENTRIES_PREFIX`]`{unit}|{period}` the entries and conflicts of one unit
//! in one period. A save writes its parts first and the head last. Each
//! `setItem` is atomic, so a save cut short leaves whole parts (some newer than
//! the head says, which load as they are) and never a half-written value.
//! Large values are deflated and written 15 bits per character ([`super::pack`]).
//!
//! Versions 1 and 2 kept the whole workspace in the head key; they still load
//! ([`read_head`] returns them as [`HeadRead::Whole`]) and the next save splits them.

use super::decode::{self, DecodeError, StoreDamage};
use super::pack;
use crate::domain::sort;
use crate::domain::workspace::entry_rows;
use crate::domain::{Entry, EntryKey, PeriodId, Plan, Reach, Timestamp, UnitId, Workspace};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};

pub const FORMAT: &str = "tiendo-store";
pub const PART_FORMAT: &str = "tiendo-store-part";
pub const VERSION: u32 = 3;

/// The head: the key every version has used, so an older app in another tab
/// sees a newer version there and never overwrites it.
pub const HEAD_KEY: &str = "tiendo.v1.workspace";
pub const PLAN_KEY: &str = "tiendo.v3.plan";
pub const ENTRIES_PREFIX: &str = "tiendo.v3.entries.";

/// Values whose JSON is longer than this are packed; smaller ones stay readable.
pub const PACK_ABOVE: usize = 2048;

/// The head of a format-3 store.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Head {
    /// Every save adds one; a tab that sees a generation it did not write merges first.
    pub generation: u64,
    pub saved_at: Timestamp,
    /// The generation that last wrote each key (the plan and every part).
    pub parts: BTreeMap<String, u64>,
}

/// The head as written (read back by [`read_head`]).
#[derive(Serialize)]
struct HeadText<'a> {
    format: &'a str,
    version: u32,
    generation: u64,
    saved_at: Timestamp,
    parts: &'a BTreeMap<String, u64>,
}

/// A whole workspace from a version 1 or 2 store, or a decoded one.
#[derive(Clone, Debug, PartialEq)]
pub struct Stored {
    pub generation: u64,
    pub saved_at: Timestamp,
    pub workspace: Workspace,
    /// The version the text was written in, before migration.
    pub read_version: u32,
}

/// What the head key holds.
#[derive(Clone, Debug, PartialEq)]
pub enum HeadRead {
    Split(Head),
    /// A version 1 or 2 store: the whole workspace in one value.
    Whole(Box<Stored>),
}

/// The key of the part holding `unit`'s entries in `period`.
pub fn part_key(unit: &UnitId, period: &PeriodId) -> String {
    format!("{ENTRIES_PREFIX}{unit}|{period}")
}

/// The unit and period a part key names, if it is one.
pub fn part_of(key: &str) -> Option<(UnitId, PeriodId)> {
    let (unit, period) = key.strip_prefix(ENTRIES_PREFIX)?.split_once('|')?;
    Some((UnitId::new(unit).ok()?, PeriodId::new(period).ok()?))
}

#[derive(Serialize, Deserialize, Default)]
struct Entries {
    #[serde(with = "entry_rows", default)]
    entries: BTreeMap<EntryKey, Entry>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    conflicts: Vec<entry_rows::Row<Vec<Entry>>>,
}

/// A part as written: its own envelope, the generation that wrote it, and
/// either the JSON `data` or the `packed` characters of its deflated bytes.
#[derive(Deserialize)]
struct PartText<T> {
    #[serde(default = "Option::default")]
    data: Option<T>,
    #[serde(default)]
    packed: Option<String>,
    #[serde(default)]
    bytes: Option<usize>,
}

fn encode_part(json: &str, generation: u64) -> String {
    if json.len() <= PACK_ABOVE {
        return format!(
            "{{\"format\":\"{PART_FORMAT}\",\"version\":{VERSION},\"generation\":{generation},\"data\":{json}}}"
        );
    }
    let (chars, bytes) = pack::pack(json);
    // The packed characters need no JSON escaping (all are U+4000..U+BFFF).
    format!(
        "{{\"format\":\"{PART_FORMAT}\",\"version\":{VERSION},\"generation\":{generation},\"bytes\":{bytes},\"packed\":\"{chars}\"}}"
    )
}

/// A part's payload, parsed once whether inline or packed.
fn decode_part<T: serde::de::DeserializeOwned>(text: &str) -> Result<T, DecodeError> {
    decode::envelope(text, PART_FORMAT, VERSION)?;
    let part: PartText<T> = decode::typed(text)?;
    match (part.data, part.packed, part.bytes) {
        (Some(data), _, _) => Ok(data),
        (None, Some(packed), Some(bytes)) => {
            let json = pack::unpack(&packed, bytes)
                .map_err(|error| DecodeError::Store(StoreDamage::Packed(error)))?;
            decode::typed(&json)
        }
        _ => Err(DecodeError::Store(StoreDamage::EmptyPart)),
    }
}

pub fn encode_head(head: &Head) -> String {
    serde_json::to_string(&HeadText {
        format: FORMAT,
        version: VERSION,
        generation: head.generation,
        saved_at: head.saved_at,
        parts: &head.parts,
    })
    .unwrap_or_default()
}

#[derive(Deserialize)]
struct GenerationOnly {
    format: String,
    generation: u64,
}

/// The generation of a head without decoding the rest (a save checks whether
/// another tab wrote since; most of the time none did).
pub fn peek_generation(text: &str) -> Option<u64> {
    serde_json::from_str::<GenerationOnly>(text)
        .ok()
        .filter(|header| header.format == FORMAT)
        .map(|header| header.generation)
}

/// Reads the head key: a format-3 head, or a whole older store.
pub fn read_head(text: &str) -> Result<HeadRead, DecodeError> {
    let version = decode::envelope(text, FORMAT, VERSION)?;
    if version < VERSION {
        return legacy::decode(text, version).map(|stored| HeadRead::Whole(Box::new(stored)));
    }
    #[derive(Deserialize)]
    struct Owned {
        generation: u64,
        saved_at: Timestamp,
        parts: BTreeMap<String, u64>,
    }
    let head: Owned = decode::typed(text)?;
    Ok(HeadRead::Split(Head {
        generation: head.generation,
        saved_at: head.saved_at,
        parts: head.parts,
    }))
}

pub fn decode_plan(text: &str) -> Result<Plan, DecodeError> {
    let plan: Plan = decode_part(text)?;
    if let Some(error) = plan.check().into_iter().next() {
        return Err(DecodeError::Plan(error));
    }
    Ok(plan)
}

/// One part's entries and conflicts.
pub type PartEntries = (BTreeMap<EntryKey, Entry>, BTreeMap<EntryKey, Vec<Entry>>);

pub fn decode_entries(text: &str) -> Result<PartEntries, DecodeError> {
    let part: Entries = decode_part(text)?;
    let conflicts = sort::map_from(part.conflicts.into_iter().map(|row| row.into_parts()));
    Ok((part.entries, conflicts))
}

mod load;
mod save;
pub use load::{assemble, changed, reload_parts, stored_base, Damaged, Unassembled};
pub use save::{encode_all, save, Save};

/// Versions 1 and 2 (read only).
mod legacy;
