//! The board's search texts: each card's words folded once, kept between
//! rebuilds of the index while its entry's and the plan's revisions hold.

use super::{owed_cards, OwedCard, Workspace};
use crate::domain::entry::{Entry, EntryKey};
use crate::domain::ids::{PlanId, UnitId};
use crate::domain::period::Period;
use crate::domain::task::Task;
use crate::domain::text::push_folded_words;
use std::collections::BTreeMap;
use std::sync::Arc;

/// Folded search texts kept between rebuilds of the index: a card's text is
/// folded again only when its entry's revision or the plan's revision changed,
/// so a move re-folds one card, not two thousand.
#[derive(Clone, Debug, Default)]
pub struct TextCache {
    pub(super) texts: Folded,
    /// Each unit's place in Vietnamese order, for the plan (id, revision) it was ranked for.
    pub(super) ranks: Option<((PlanId, u32), BTreeMap<UnitId, usize>)>,
}

/// Folds the search texts of a period's cards into `cache` (those not
/// already there for the entry's and the plan's revision).
pub fn warm_texts(workspace: &Workspace, period: Period, cache: &mut TextCache) {
    for owed in owed_cards(workspace, period) {
        owed.text(&mut cache.texts, workspace.plan.revision);
    }
}

impl OwedCard<'_> {
    /// The card's folded search text, from `texts` when still current.
    pub(super) fn text(&self, texts: &mut Folded, plan_revision: u32) -> Arc<str> {
        cached_text(
            texts,
            plan_revision,
            &self.key,
            self.entry.map(|e| e.revision),
            || {
                let (name, short) = self.unit_names();
                search_text(self.task, name, short, self.entry)
            },
        )
    }
}

/// Folded texts by entry, with the plan's and the entry's revision they were folded at.
type Folded = BTreeMap<EntryKey, (u32, Option<u32>, Arc<str>)>;

/// The folded text of an entry's card, folded again only when the plan's or
/// the entry's revision changed since it was cached.
fn cached_text(
    texts: &mut Folded,
    plan_revision: u32,
    key: &EntryKey,
    revision: Option<u32>,
    fold: impl FnOnce() -> String,
) -> Arc<str> {
    // The key is copied only for a text folded anew.
    match texts.get(key) {
        Some((p, r, text)) if (*p, *r) == (plan_revision, revision) => Arc::clone(text),
        _ => {
            let text: Arc<str> = fold().into();
            texts.insert(key.clone(), (plan_revision, revision, Arc::clone(&text)));
            text
        }
    }
}

/// The folded text a search looks through: task, unit, and the entry's words.
fn search_text(task: &Task, unit_name: &str, unit_short: &str, entry: Option<&Entry>) -> String {
    let mut haystack = String::with_capacity(256);
    let entry_texts = entry.into_iter().flat_map(|e| {
        [e.done.as_str(), e.obstacles.as_str(), e.proposals.as_str()]
            .into_iter()
            .chain(e.evidence.iter().map(|evidence| evidence.title.as_str()))
    });
    for text in [
        task.title.as_str(),
        task.number.as_str(),
        unit_name,
        unit_short,
    ]
    .into_iter()
    .chain(entry_texts)
    {
        haystack.push('\n');
        push_folded_words(&mut haystack, text);
    }
    haystack
}
