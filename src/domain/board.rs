//! The task board's pure part: one card per leaf task × unit for a period,
//! lateness and search texts; the filtered layout in lanes and columns by
//! [`layout()`], filters and their URL form in [`query`], the DOM-light column
//! patches in [`edits`].

use super::date::Date;
use super::entry::{Entry, EntryKey, Status};
use super::ids::{PlanId, TaskId, UnitId};
use super::period::Period;
use super::plan::Plan;
use super::progress;
use super::sort;
use super::task::{Role, Task};
use super::text::{push_folded_words, Search, SortKey};
use super::unit::Unit;
use super::workspace::Workspace;
use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;

mod deadline;
pub mod edits;
mod layout;
pub mod query;

pub use deadline::DeadlineState;
pub use edits::{column_edits, Edit};
pub use layout::{layout, Board, Lane};
pub use query::{BoardQuery, Filter, Swimlane};

/// One leaf task × one unit in one period.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Card {
    pub key: EntryKey,
    pub number: String,
    pub title: String,
    pub section: TaskId,
    pub unit_name: String,
    pub unit_short: String,
    pub role: Role,
    pub status: Status,
    pub progress: Option<u8>,
    pub evidence: usize,
    pub obstacle: bool,
    /// The period's report is due and nothing was received.
    pub report_overdue: bool,
    pub deadline: Option<DeadlineState>,
    pub sample: bool,
}

/// A card with its folded search text, built once per workspace change so a
/// filter keystroke only compares strings.
#[derive(Clone, Debug, PartialEq)]
pub struct IndexedCard {
    /// Shared: the layout and the view hold the same card, never a copy.
    pub card: Arc<Card>,
    haystack: Arc<str>,
}

impl IndexedCard {
    /// Whether two indexed cards hold the very same folded text (not a copy).
    pub fn shares_text_with(&self, other: &IndexedCard) -> bool {
        Arc::ptr_eq(&self.haystack, &other.haystack)
    }
}

/// Folded search texts kept between rebuilds of the index: a card's text is
/// folded again only when its entry's revision or the plan's revision changed,
/// so a move re-folds one card, not two thousand.
#[derive(Clone, Debug, Default)]
pub struct TextCache {
    texts: Folded,
    /// Each unit's place in Vietnamese order, for the plan (id, revision) it was ranked for.
    ranks: Option<((PlanId, u32), BTreeMap<UnitId, usize>)>,
}

/// Each unit's place when the plan's units are sorted by name in Vietnamese order.
fn unit_ranks(plan: &Plan) -> BTreeMap<UnitId, usize> {
    let mut by_name: Vec<(SortKey, &UnitId)> = plan
        .directory
        .units
        .iter()
        .map(|unit| (SortKey::new(&unit.name), &unit.id))
        .collect();
    sort::sort(&mut by_name);
    sort::map_from(
        by_name
            .into_iter()
            .enumerate()
            .map(|(rank, (_, id))| (id.clone(), rank)),
    )
}

/// Whether an index carries its cards' folded search texts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Texts {
    /// Folded, or taken from the cache: a search can run on the index.
    Folded,
    /// Left empty, so showing the board does not wait for them: no search
    /// matches such an index. [`warm_texts`] folds them ahead of a search.
    Skipped,
}

/// Every card of a period, in plan order, lead first, then units in Vietnamese order.
/// `offset_minutes` turns entry timestamps into local dates for deadlines.
pub fn index(
    workspace: &Workspace,
    period: Period,
    today: Date,
    offset_minutes: i32,
) -> Vec<IndexedCard> {
    index_cached(
        workspace,
        period,
        today,
        offset_minutes,
        &mut TextCache::default(),
        Texts::Folded,
    )
}

/// Folds the search texts of a period's cards into `cache` (those not
/// already there for the entry's and the plan's revision).
pub fn warm_texts(workspace: &Workspace, period: Period, cache: &mut TextCache) {
    for owed in owed_cards(workspace, period) {
        owed.text(&mut cache.texts, workspace.plan.revision);
    }
}

/// A report owed in a period, with what its card is built from.
struct OwedCard<'a> {
    owed: progress::Owed,
    task: &'a Task,
    unit: Option<&'a Unit>,
    key: EntryKey,
    entry: Option<&'a Entry>,
}

/// The period's owed reports whose task the plan has, in `progress::owed` order.
fn owed_cards(workspace: &Workspace, period: Period) -> impl Iterator<Item = OwedCard<'_>> {
    let plan = &workspace.plan;
    progress::owed(workspace, period)
        .into_iter()
        .filter_map(move |owed| {
            let task = plan.task(&owed.task)?;
            let key = EntryKey {
                task: owed.task.clone(),
                unit: owed.unit.clone(),
                period: period.id(),
            };
            Some(OwedCard {
                task,
                unit: plan.directory.unit(&owed.unit),
                entry: workspace.entries.get(&key).filter(|e| !e.deleted),
                key,
                owed,
            })
        })
}

impl OwedCard<'_> {
    /// The unit's name and short name, or its id where the directory lacks it.
    fn unit_names(&self) -> (&str, &str) {
        let id = self.owed.unit.as_str();
        self.unit
            .map_or((id, id), |u| (u.name.as_str(), u.short_name.as_str()))
    }

    /// The card's folded search text, from `texts` when still current.
    fn text(&self, texts: &mut Folded, plan_revision: u32) -> Arc<str> {
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

/// [`index`], reusing (and refreshing) the folded texts of `cache`, or
/// leaving them out.
pub fn index_cached(
    workspace: &Workspace,
    period: Period,
    today: Date,
    offset_minutes: i32,
    cache: &mut TextCache,
    texts: Texts,
) -> Vec<IndexedCard> {
    let unfolded: Arc<str> = Arc::from("");
    let plan = &workspace.plan;
    let due = plan.regime.due_date(period);
    let positions: BTreeMap<&TaskId, usize> =
        sort::map_from(plan.tasks.iter().enumerate().map(|(i, t)| (&t.id, i)));
    // Units in Vietnamese order, ranked once per plan instead of once per card
    // (or once per move).
    let stamp = (plan.id.clone(), plan.revision);
    if cache
        .ranks
        .as_ref()
        .is_none_or(|(ranked, _)| *ranked != stamp)
    {
        cache.ranks = Some((stamp, unit_ranks(plan)));
    }
    let unit_rank = cache.ranks.as_ref().map(|(_, ranks)| ranks);
    let mut cards: Vec<(usize, std::cmp::Reverse<Role>, usize, IndexedCard)> = Vec::new();
    for owed_card in owed_cards(workspace, period) {
        let haystack = match texts {
            Texts::Skipped => Arc::clone(&unfolded),
            Texts::Folded => owed_card.text(&mut cache.texts, plan.revision),
        };
        let (unit_name, unit_short) = owed_card.unit_names();
        let (unit_name, unit_short) = (unit_name.to_owned(), unit_short.to_owned());
        let OwedCard {
            owed,
            task,
            key,
            entry,
            ..
        } = owed_card;
        let status = owed.status;
        let deadline = task
            .timeframe
            .deadline()
            .map(|deadline| DeadlineState::of(deadline, entry, today, offset_minutes));
        let card = Card {
            number: task.number.clone(),
            title: task.title.clone(),
            section: plan.section_of(task).id.clone(),
            role: owed.role,
            status,
            progress: entry.and_then(|e| e.progress),
            evidence: entry.map_or(0, |e| e.evidence.len()),
            obstacle: entry.is_some_and(|e| !e.obstacles.trim().is_empty())
                || status == Status::Blocked,
            report_overdue: status == Status::NotReported && today > due,
            deadline,
            sample: entry.is_some_and(|e| e.sample),
            key,
            unit_name,
            unit_short,
        };
        let position = positions.get(&card.key.task).copied().unwrap_or(usize::MAX);
        let sort = unit_rank
            .and_then(|ranks| ranks.get(&card.key.unit))
            .copied()
            .unwrap_or(usize::MAX);
        cards.push((
            position,
            std::cmp::Reverse(card.role),
            sort,
            IndexedCard {
                card: Arc::new(card),
                haystack,
            },
        ));
    }
    sort::sort_by(&mut cards, |a, b| {
        (a.0, a.1, a.2, &a.3.card.key.unit).cmp(&(b.0, b.1, b.2, &b.3.card.key.unit))
    });
    cards.into_iter().map(|(_, _, _, card)| card).collect()
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
