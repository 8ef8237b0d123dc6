//! Names that markup built as text and its event handlers share: the
//! attribute naming the entry a board card or a matrix cell shows, and how
//! an entry's id is written in it. The markup writers and the handlers both
//! use these, so they cannot drift apart. (`data-column`, written by a
//! Leptos view in `board::lanes`, is matched by the [`COLUMN_ANY`] selector.)

use crate::domain::{EntryKey, PeriodId, TaskId, UnitId};

/// A board card's attribute: its entry's id.
pub const CARD: &str = "data-card";
/// Any board card.
pub const CARD_ANY: &str = "[data-card]";
/// A matrix cell's attribute: its entry's id.
pub const CELL: &str = "data-entry";
/// Any matrix cell.
pub const CELL_ANY: &str = "[data-entry]";
/// Any board column (its status's slug).
pub const COLUMN_ANY: &str = "[data-column]";
/// A board card's attribute: its status's slug.
pub const STATUS: &str = "data-status";
/// A card's "Chuyển sang…" item's attribute: the status it moves to.
pub const MOVE_TO: &str = "data-move-to";
/// Any "Chuyển sang…" item.
pub const MOVE_TO_ANY: &str = "[data-move-to]";

/// A class and its selector, written once.
macro_rules! class {
    ($(#[$doc:meta])* $name:ident, $selector:ident, $class:literal) => {
        $(#[$doc])*
        pub const $name: &str = $class;
        $(#[$doc])*
        pub const $selector: &str = concat!(".", $class);
    };
}

class!(
    /// A card's "Chuyển sang…" holder.
    CARD_MENU, CARD_MENU_SELECTOR, "card__menu");
class!(
    /// The menu's button.
    CARD_MENU_BUTTON, CARD_MENU_BUTTON_SELECTOR, "card__menu-button");
class!(
    /// The open menu's list.
    CARD_MENU_LIST, CARD_MENU_LIST_SELECTOR, "card__menu-list");
class!(
    /// A card this profile may not move.
    CARD_LOCKED, CARD_LOCKED_SELECTOR, "card--locked");
class!(
    /// A card being dragged.
    CARD_DRAGGING, CARD_DRAGGING_SELECTOR, "card--dragging");

/// An entry's id in markup: `task|unit|period`.
pub fn entry_id(key: &EntryKey) -> String {
    format!("{}|{}|{}", key.task, key.unit, key.period)
}

/// The board card showing an entry.
pub fn card_selector(key: &EntryKey) -> String {
    format!("[{CARD}=\"{}\"]", entry_id(key))
}

/// The matrix cell showing an entry.
pub fn cell_selector(key: &EntryKey) -> String {
    format!("[{CELL}=\"{}\"]", entry_id(key))
}

/// The entry an id names.
pub fn parse_entry_id(id: &str) -> Option<EntryKey> {
    let mut parts = id.split('|');
    let key = EntryKey {
        task: TaskId::new(parts.next()?).ok()?,
        unit: UnitId::new(parts.next()?).ok()?,
        period: PeriodId::new(parts.next()?).ok()?,
    };
    parts.next().is_none().then_some(key)
}
