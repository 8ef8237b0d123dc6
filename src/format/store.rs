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

use super::decode::{self, DecodeError};
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
            let json = pack::unpack(&packed, bytes).map_err(|error| DecodeError::Invalid {
                detail: format!("dữ liệu nén hỏng: {error}"),
            })?;
            decode::typed(&json)
        }
        _ => Err(DecodeError::Invalid {
            detail: "phần dữ liệu trống".into(),
        }),
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
        return Err(DecodeError::Invalid {
            detail: error.to_string(),
        });
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

/// One part's content, borrowed from the workspace.
#[derive(Default)]
struct Part<'a> {
    entries: Vec<(&'a EntryKey, &'a Entry)>,
    conflicts: Vec<(&'a EntryKey, &'a Vec<Entry>)>,
}

impl Part<'_> {
    fn json(&self) -> String {
        #[derive(Serialize)]
        struct Out<'b> {
            entries: Vec<entry_rows::Row<&'b Entry>>,
            #[serde(skip_serializing_if = "Vec::is_empty")]
            conflicts: Vec<entry_rows::Row<&'b Vec<Entry>>>,
        }
        serde_json::to_string(&Out {
            entries: self
                .entries
                .iter()
                .map(|(key, entry)| entry_rows::Row::new(key, *entry))
                .collect(),
            conflicts: self
                .conflicts
                .iter()
                .map(|(key, versions)| entry_rows::Row::new(key, *versions))
                .collect(),
        })
        .unwrap_or_default()
    }
}

/// The workspace's parts, in one pass, keeping only `only`'s when given.
fn parts<'a>(
    workspace: &'a Workspace,
    only: Option<&'a BTreeSet<(UnitId, PeriodId)>>,
) -> BTreeMap<(&'a UnitId, &'a PeriodId), Part<'a>> {
    let wanted = |key: &EntryKey| {
        only.is_none_or(|set| {
            set.iter()
                .any(|(unit, period)| key.unit == *unit && key.period == *period)
        })
    };
    let mut parts: BTreeMap<(&UnitId, &PeriodId), Part> = BTreeMap::new();
    if let Some(set) = only {
        for (unit, period) in set {
            parts.entry((unit, period)).or_default();
        }
    }
    for (key, entry) in workspace.entries.iter().filter(|(key, _)| wanted(key)) {
        parts
            .entry((&key.unit, &key.period))
            .or_default()
            .entries
            .push((key, entry));
    }
    for (key, versions) in workspace.conflicts.iter().filter(|(key, _)| wanted(key)) {
        parts
            .entry((&key.unit, &key.period))
            .or_default()
            .conflicts
            .push((key, versions));
    }
    parts
}

/// What a save writes, in order: `Some(text)` to write, `None` to remove; the
/// head comes last.
#[derive(Debug)]
pub struct Save {
    pub head: Head,
    pub writes: Vec<(String, Option<String>)>,
}

/// The writes that bring storage (described by `previous`, plus any `stray`
/// part keys found in it) to `workspace`, rewriting only what `reach` covers.
pub fn save(
    workspace: &Workspace,
    previous: &Head,
    reach: &Reach,
    stray: &[String],
    generation: u64,
    saved_at: Timestamp,
) -> Save {
    let mut head = Head {
        generation,
        saved_at,
        parts: previous.parts.clone(),
    };
    let mut writes = Vec::new();
    let only = match reach {
        Reach::Everything => None,
        Reach::Parts(set) => Some(set),
    };
    let mut written = BTreeSet::new();
    for ((unit, period), part) in parts(workspace, only) {
        let key = part_key(unit, period);
        if part.entries.is_empty() && part.conflicts.is_empty() {
            head.parts.remove(&key);
            writes.push((key, None));
        } else {
            writes.push((key.clone(), Some(encode_part(&part.json(), generation))));
            head.parts.insert(key.clone(), generation);
            written.insert(key);
        }
    }
    if only.is_none() {
        let gone: BTreeSet<String> = sort::set_from(
            previous
                .parts
                .keys()
                .chain(stray)
                .filter(|key| key.starts_with(ENTRIES_PREFIX) && !written.contains(*key))
                .cloned(),
        );
        for key in gone {
            head.parts.remove(&key);
            writes.push((key, None));
        }
        let plan = serde_json::to_string(&workspace.plan).unwrap_or_default();
        writes.push((PLAN_KEY.to_owned(), Some(encode_part(&plan, generation))));
        head.parts.insert(PLAN_KEY.to_owned(), generation);
    }
    writes.push((HEAD_KEY.to_owned(), Some(encode_head(&head))));
    Save { head, writes }
}

/// A whole workspace as storage keys and values (a first save; the benchmark's
/// workloads and the tests use it too).
pub fn encode_all(
    workspace: &Workspace,
    generation: u64,
    saved_at: Timestamp,
) -> BTreeMap<String, String> {
    save(
        workspace,
        &Head::default(),
        &Reach::Everything,
        &[],
        generation,
        saved_at,
    )
    .writes
    .into_iter()
    .filter_map(|(key, value)| Some((key, value?)))
    .collect()
}

/// A stored value that could not be read: kept aside by the caller.
#[derive(Clone, Debug, PartialEq)]
pub struct Damaged {
    pub key: String,
    pub text: String,
    pub error: DecodeError,
}

/// Replaces the parts named by `keys` in `workspace` with what `read` finds
/// under them (nothing, when a key is absent). Unreadable parts are left out
/// and returned.
pub fn reload_parts(
    workspace: &mut Workspace,
    keys: &BTreeSet<String>,
    read: &mut dyn FnMut(&str) -> Option<String>,
) -> Vec<Damaged> {
    let targets: Vec<(UnitId, PeriodId)> = keys.iter().filter_map(|key| part_of(key)).collect();
    let inside = |key: &EntryKey| {
        targets
            .iter()
            .any(|(unit, period)| key.unit == *unit && key.period == *period)
    };
    workspace.entries.retain(|key, _| !inside(key));
    workspace.conflicts.retain(|key, _| !inside(key));
    let mut damaged = Vec::new();
    for key in keys.iter().filter(|key| part_of(key).is_some()) {
        let Some(text) = read(key) else { continue };
        match decode_entries(&text) {
            Ok((entries, conflicts)) => {
                workspace.entries.extend(entries);
                workspace.conflicts.extend(conflicts);
            }
            Err(error) => damaged.push(Damaged {
                key: key.clone(),
                text,
                error,
            }),
        }
    }
    damaged
}

/// Why no workspace could be assembled from storage.
#[derive(Clone, Debug, PartialEq)]
pub enum Unassembled {
    /// No plan is stored (a first run, or a first save cut short).
    NoPlan,
    /// The plan is unreadable.
    Plan(Damaged),
}

/// Reads the plan and every part `keys` names (other keys are ignored);
/// returns the workspace and the parts that could not be read.
pub fn assemble(
    keys: &BTreeSet<String>,
    read: &mut dyn FnMut(&str) -> Option<String>,
) -> Result<(Workspace, Vec<Damaged>), Unassembled> {
    let text = read(PLAN_KEY).ok_or(Unassembled::NoPlan)?;
    let plan = decode_plan(&text).map_err(|error| {
        Unassembled::Plan(Damaged {
            key: PLAN_KEY.to_owned(),
            text,
            error,
        })
    })?;
    let mut workspace = Workspace::new(plan);
    let damaged = reload_parts(&mut workspace, keys, read);
    Ok((workspace, damaged))
}

/// The stored workspace another tab left under `theirs`, rebuilt from ours
/// (`current`, described by `ours` plus unsaved changes within `unsaved`):
/// the parts it wrote and the parts our unsaved changes touched are read
/// again; everything else is already equal. When the plan changed or our
/// changes reach everything, the whole store is read. `None`: no plan stored.
pub fn stored_base(
    current: &Workspace,
    ours: &Head,
    theirs: &Head,
    unsaved: &Reach,
    stray: &[String],
    read: &mut dyn FnMut(&str) -> Option<String>,
) -> Option<(Workspace, Vec<Damaged>)> {
    let mut keys = changed(ours, theirs);
    match unsaved {
        Reach::Parts(parts) if !keys.contains(PLAN_KEY) => {
            keys.extend(parts.iter().map(|(unit, period)| part_key(unit, period)));
            let mut base = current.clone();
            let damaged = reload_parts(&mut base, &keys, read);
            Some((base, damaged))
        }
        _ => {
            let mut all: BTreeSet<String> = sort::set_from(theirs.parts.keys().cloned());
            all.extend(stray.iter().cloned());
            assemble(&all, read).ok()
        }
    }
}

/// The keys whose content differs between two heads (written by a later
/// save, or removed by one).
pub fn changed(ours: &Head, theirs: &Head) -> BTreeSet<String> {
    let mut keys: BTreeSet<String> = sort::set_from(
        theirs
            .parts
            .iter()
            .filter(|(key, stamp)| ours.parts.get(*key) != Some(stamp))
            .map(|(key, _)| key.clone()),
    );
    keys.extend(
        ours.parts
            .keys()
            .filter(|key| !theirs.parts.contains_key(*key))
            .cloned(),
    );
    keys
}

/// Versions 1 and 2 (read only).
mod legacy;
