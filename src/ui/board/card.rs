//! How a board card moves — pointer drag (mouse, pen, touch on the handle),
//! arrow keys, or the "Chuyển sang…" menu — and how it opens for editing.
//!
//! A card is static markup (`markup`). Pointer, key and click events
//! are handled once, on the board (see [`BoardEvents`]), which finds the card
//! from `data-card`: two thousand cards hold no listener, no signal and no
//! view state of their own.

use crate::browser;
use crate::browser::dom::Step;
use crate::domain::{EntryKey, Status};
use crate::ui::app::state::AppState;
use crate::ui::board::markup::menu_html;
use crate::ui::widgets::names::{self, parse_entry_id, CARD_ANY as CARD, COLUMN_ANY};
use leptos::ev;
use leptos::prelude::*;

/// A press on a card: where it started, whether it may move the card, and
/// the column under the pointer once it became a drag.
#[derive(Clone, Debug, PartialEq)]
pub struct Drag {
    pub key: EntryKey,
    pub start: (f64, f64),
    pub movable: bool,
    pub active: bool,
    pub over: Option<Status>,
}

/// Board-wide UI state shared by its cards (never saved).
#[derive(Clone, Copy)]
pub struct BoardCtx {
    pub drag: RwSignal<Option<Drag>>,
    /// The column under the dragged card.
    pub over: Memo<Option<Status>>,
    pub editing: RwSignal<Option<EntryKey>>,
    /// A card moved: its key, the status, and whether the user chose that
    /// status (a drop, the menu) rather than stepping through it (arrows).
    pub move_card: Callback<(EntryKey, Status, bool)>,
}

/// Pixels a pointer travels before a press becomes a drag.
const DRAG_THRESHOLD: f64 = 6.0;

use names::{
    CARD_DRAGGING as DRAGGING, CARD_LOCKED as LOCKED, CARD_MENU_BUTTON_SELECTOR as MENU_BUTTON,
    CARD_MENU_LIST_SELECTOR as MENU_LIST, CARD_MENU_SELECTOR as MENU,
};
/// The columns' scroller on a narrow screen.
const GRID: &str = ".board__grid";

/// The card an event happened on (outside its menu), and which entry it shows.
fn card_of(event: &web_sys::Event) -> Option<(web_sys::Element, EntryKey)> {
    if browser::dom::closest(event, MENU).is_some() {
        return None;
    }
    let card = browser::dom::closest(event, CARD)?;
    let key = parse_entry_id(&card.get_attribute(names::CARD)?)?;
    Some((card, key))
}

/// The board's handlers for every card's pointer, key and click events.
#[derive(Clone, Copy)]
pub struct BoardEvents(pub BoardCtx, pub AppState);

impl BoardEvents {
    pub fn pointer_down(self, event: ev::PointerEvent) {
        let ctx = self.0;
        if event.button() != 0 {
            return;
        }
        let Some((card, key)) = card_of(&event) else {
            return;
        };
        browser::dom::capture_pointer(&card, event.pointer_id());
        let editable = !card.class_list().contains(LOCKED);
        let from_handle = browser::dom::closest(&event, ".card__handle").is_some();
        ctx.drag.set(Some(Drag {
            key,
            start: (f64::from(event.client_x()), f64::from(event.client_y())),
            // Touch scrolls the board unless it starts on the handle.
            movable: editable && (event.pointer_type() != "touch" || from_handle),
            active: false,
            over: None,
        }));
    }

    pub fn pointer_move(self, event: ev::PointerEvent) {
        let ctx = self.0;
        if ctx
            .drag
            .with_untracked(|d| !d.as_ref().is_some_and(|d| d.movable))
        {
            return;
        }
        let (x, y) = (f64::from(event.client_x()), f64::from(event.client_y()));
        // Only a real change notifies: a plain mouse move over cards costs nothing.
        ctx.drag.maybe_update(|drag| {
            let Some(drag) = drag else {
                return false;
            };
            let before = (drag.active, drag.over);
            if !drag.active
                && ((x - drag.start.0).abs() + (y - drag.start.1).abs()) > DRAG_THRESHOLD
            {
                drag.active = true;
                if let Some(card) = browser::dom::closest(&event, CARD) {
                    browser::dom::set_class(&card, DRAGGING, true);
                }
            }
            if drag.active {
                if let Some(grid) = browser::dom::closest(&event, GRID) {
                    browser::dom::scroll_at_edge(&grid, x);
                }
                drag.over = browser::dom::column_at(x, y, names::CARD_DRAGGING_SELECTOR)
                    .and_then(|slug| Status::from_slug(&slug));
            }
            (drag.active, drag.over) != before
        });
    }

    pub fn pointer_up(self, event: ev::PointerEvent) {
        let ctx = self.0;
        let Some(drag) = ctx.drag.get_untracked() else {
            return;
        };
        ctx.drag.set(None);
        let card = card_of(&event);
        if let Some((element, _)) = &card {
            browser::dom::set_class(element, DRAGGING, false);
        }
        match (drag.active, drag.over) {
            (true, Some(target)) => ctx.move_card.run((drag.key, target, true)),
            (false, _) if card.is_some_and(|(_, key)| key == drag.key) => {
                ctx.editing.set(Some(drag.key))
            }
            _ => {}
        }
    }

    pub fn pointer_cancel(self, event: ev::PointerEvent) {
        self.0.drag.set(None);
        if let Some(card) = browser::dom::closest(&event, CARD) {
            browser::dom::set_class(&card, DRAGGING, false);
        }
    }

    /// The card given the focus (by a click, an arrow, a move) becomes its
    /// column's stop in the tab order.
    pub fn focus_in(self, event: ev::FocusEvent) {
        if let Some(column) = browser::dom::closest(&event, COLUMN_ANY) {
            crate::ui::board::markup::keep_one_tab_stop(&column);
        }
    }

    pub fn key_down(self, event: ev::KeyboardEvent) {
        let ctx = self.0;
        if let Some(menu) = browser::dom::closest(&event, MENU) {
            menu_key(&event, &menu);
            return;
        }
        // Only keys pressed on the card itself, not in its menu.
        let Some((card, key)) = card_of(&event) else {
            return;
        };
        if !browser::dom::is_target(&event, &card) {
            return;
        }
        match event.key().as_str() {
            "ArrowRight" | "ArrowLeft" if !card.class_list().contains(LOCKED) => {
                event.prevent_default();
                let status = card
                    .get_attribute(names::STATUS)
                    .and_then(|slug| Status::from_slug(&slug));
                if let Some(target) = status.and_then(|s| s.step(event.key() == "ArrowRight")) {
                    ctx.move_card.run((key, target, false));
                }
            }
            "Enter" | " " => {
                event.prevent_default();
                ctx.editing.set(Some(key));
            }
            // Up and down the card's column: Tab need not walk every card.
            pressed @ ("ArrowDown" | "ArrowUp" | "Home" | "End") => {
                event.prevent_default();
                let step = match pressed {
                    "ArrowDown" => Step::Next,
                    "ArrowUp" => Step::Previous,
                    "Home" => Step::First,
                    _ => Step::Last,
                };
                browser::dom::focus_within(&card, COLUMN_ANY, CARD, step);
            }
            _ => {}
        }
    }
}

impl BoardEvents {
    /// A click in a card's menu: the button opens or closes it, an item moves
    /// the card. One menu is open at a time.
    pub fn click(self, event: ev::MouseEvent) {
        let (ctx, app) = (self.0, self.1);
        let Some(menu) = browser::dom::closest(&event, MENU) else {
            return;
        };
        let card = browser::dom::closest(&event, CARD);
        if let Some(item) = browser::dom::closest(&event, names::MOVE_TO_ANY) {
            let target = item
                .get_attribute(names::MOVE_TO)
                .and_then(|slug| Status::from_slug(&slug));
            let key = card
                .and_then(|c| c.get_attribute(names::CARD))
                .and_then(|id| parse_entry_id(&id));
            close_menus(&menu);
            if let (Some(key), Some(target)) = (key, target) {
                ctx.move_card.run((key, target, true));
            }
        } else if browser::dom::closest(&event, MENU_BUTTON).is_some() {
            let was_open = browser::dom::query(&menu, MENU_LIST).is_some();
            close_menus(&menu);
            let from = card
                .and_then(|c| c.get_attribute(names::STATUS))
                .and_then(|slug| Status::from_slug(&slug));
            if let (false, Some(from)) = (was_open, from) {
                browser::dom::append_html(&menu, &menu_html(from, app.language()));
                set_expanded(&menu, true);
                browser::dom::focus_first(&menu, "[role=menuitem]");
            }
        }
    }
}

/// Closes every open card menu on the page (`near` is any element in it).
fn close_menus(near: &web_sys::Element) {
    for list in browser::dom::query_page(near, MENU_LIST) {
        if let Some(menu) = list.parent_element() {
            set_expanded(&menu, false);
        }
        list.remove();
    }
}

/// A card element put back on the board (see `markup`): not dragged,
/// its menu closed.
pub fn reset_card(card: &web_sys::Element) {
    browser::dom::set_class(card, DRAGGING, false);
    if let Some(list) = browser::dom::query(card, MENU_LIST) {
        list.remove();
    }
    set_expanded(card, false);
}

fn set_expanded(menu: &web_sys::Element, open: bool) {
    if let Some(button) = browser::dom::query(menu, MENU_BUTTON) {
        let _ = button.set_attribute("aria-expanded", if open { "true" } else { "false" });
    }
}

/// Keys in an open menu: arrows move between its items, Escape closes it and
/// gives the focus back to its button.
fn menu_key(event: &ev::KeyboardEvent, menu: &web_sys::Element) {
    match event.key().as_str() {
        "Escape" => {
            event.prevent_default();
            close_menus(menu);
            browser::dom::focus_first(menu, MENU_BUTTON);
        }
        key @ ("ArrowDown" | "ArrowUp") => {
            event.prevent_default();
            browser::dom::focus_step(menu, "[role=menuitem]", key == "ArrowDown");
        }
        _ => {}
    }
}
