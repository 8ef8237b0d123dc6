//! The task board's pure part: one card per leaf task × unit for a period,
//! lateness and search texts; the filtered layout in lanes and columns by
//! [`layout()`], filters and their URL form in [`query`], the DOM-light column
//! patches in [`edits`].

use super::date::Date;
use super::entry::{Entry, EntryKey, Status};
use super::ids::{TaskId, UnitId};
use super::period::Period;
use super::plan::Plan;
use super::progress;
use super::sort;
use super::task::{Role, Task};
use super::text::{Search, SortKey};
use super::unit::Unit;
use super::workspace::Workspace;
use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;

mod deadline;
pub mod edits;
mod layout;
pub mod query;
mod texts;

pub use deadline::DeadlineState;
pub use edits::{column_edits, Edit};
pub use layout::{layout, Board, Lane};
pub use query::{BoardQuery, Filter, Swimlane};
pub use texts::{warm_texts, TextCache};

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
    /// Difficulties were written (whatever the status: "Có vướng mắc" is
    /// the status alone).
    pub obstacle: bool,
    /// Done or under way with nothing written of what ([`Entry::lacks_result`]).
    pub no_result: bool,
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
            obstacle: entry.is_some_and(|e| !e.obstacles.trim().is_empty()),
            no_result: entry.is_some_and(Entry::lacks_result),
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
