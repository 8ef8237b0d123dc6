//! How a column's shown cards become the next ones with the fewest DOM
//! changes: kept cards stay, the others are removed or come in.

use super::Card;
use crate::domain::entry::EntryKey;
use crate::domain::sort;
use std::collections::BTreeMap;
use std::sync::Arc;

/// One step of turning the cards a column shows into the cards it should
/// show, in order, against the shown cards: see [`column_edits`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Edit {
    /// The next shown card stays as it is.
    Keep,
    /// The next shown card goes.
    Remove,
    /// `next[i]` comes in here, before the next shown card.
    Insert(usize),
}

/// The edits that turn a column showing `shown` into one showing `next`,
/// keeping every card that did not change (a move touches two cards of two
/// columns, a filter keystroke only removes or brings back cards). A card
/// that comes in and is `reusable` (its element was kept from an earlier
/// removal) costs no parsing. `None` when it is not worth it — the kept
/// cards changed order, or more cards must be parsed than stay or come back
/// — and the column is better built again. Removing is cheap: a search that
/// narrows two thousand cards to ten only removes, and clearing it brings
/// the same elements back.
pub fn column_edits(
    shown: &[Arc<Card>],
    next: &[Arc<Card>],
    reusable: impl Fn(&Card) -> bool,
) -> Option<Vec<Edit>> {
    let at: BTreeMap<&EntryKey, usize> =
        sort::map_from(shown.iter().enumerate().map(|(i, card)| (&card.key, i)));
    // Where in `shown` each card of `next` is kept from, if it is.
    let mut kept_from = Vec::with_capacity(next.len());
    let mut last = None;
    for card in next {
        let from = at.get(&card.key).copied().filter(|&i| shown[i] == *card);
        if let Some(i) = from {
            if last.is_some_and(|last| i < last) {
                return None;
            }
            last = Some(i);
        }
        kept_from.push(from);
    }
    let kept = kept_from.iter().flatten().count();
    let reused = kept_from
        .iter()
        .zip(next)
        .filter(|(from, card)| from.is_none() && reusable(card))
        .count();
    if next.len() - kept - reused > kept + reused {
        return None;
    }
    let mut edits = Vec::with_capacity(shown.len() + next.len() - kept);
    let mut cursor = 0;
    for (i, from) in kept_from.into_iter().enumerate() {
        match from {
            Some(from) => {
                edits.extend(std::iter::repeat_n(Edit::Remove, from - cursor));
                edits.push(Edit::Keep);
                cursor = from + 1;
            }
            None => edits.push(Edit::Insert(i)),
        }
    }
    edits.extend(std::iter::repeat_n(Edit::Remove, shown.len() - cursor));
    Some(edits)
}
