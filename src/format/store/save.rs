//! Writing the store: the parts a save touches, then the head.

use super::*;

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
