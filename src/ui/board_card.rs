//! A board card: what it shows, and how it moves — pointer drag (mouse, pen,
//! touch on the handle), arrow keys, or the "Chuyển sang…" menu.
//!
//! A card is static markup, a column's cards one string the browser parses
//! at once (see [`column_html`]). Pointer, key and click events are handled
//! once, on the board (see [`BoardEvents`]), which finds the card from
//! `data-card`: two thousand cards hold no listener, no signal and no view
//! state of their own.

use super::i18n::{self, Key};
use super::state::AppState;
use crate::browser;
use crate::domain::board::{self, Card, Edit};
use crate::domain::{EntryKey, PeriodId, Role, Status, TaskId, UnitId};
use crate::format::html::push_escaped;
use crate::format::Language;
use leptos::ev;
use leptos::prelude::*;
use std::fmt::Write as _;
use std::sync::Arc;

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
    pub move_card: Callback<(EntryKey, Status)>,
}

/// Pixels a pointer travels before a press becomes a drag.
const DRAG_THRESHOLD: f64 = 6.0;

const CARD: &str = "[data-card]";
const MENU: &str = ".card__menu";
const MENU_LIST: &str = ".card__menu-list";
const MENU_BUTTON: &str = ".card__menu-button";
const DRAGGING: &str = "card--dragging";
const LOCKED: &str = "card--locked";

pub fn card_id(key: &EntryKey) -> String {
    format!("{}|{}|{}", key.task, key.unit, key.period)
}

pub fn card_selector(key: &EntryKey) -> String {
    format!("[data-card=\"{}\"]", card_id(key))
}

/// The entry a card's `data-card` names.
fn parse_card_id(id: &str) -> Option<EntryKey> {
    let mut parts = id.split('|');
    let key = EntryKey {
        task: TaskId::new(parts.next()?).ok()?,
        unit: UnitId::new(parts.next()?).ok()?,
        period: PeriodId::new(parts.next()?).ok()?,
    };
    parts.next().is_none().then_some(key)
}

/// The card an event happened on (outside its menu), and which entry it shows.
fn card_of(event: &web_sys::Event) -> Option<(web_sys::Element, EntryKey)> {
    if browser::dom::closest(event, MENU).is_some() {
        return None;
    }
    let card = browser::dom::closest(event, CARD)?;
    let key = parse_card_id(&card.get_attribute("data-card")?)?;
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
                drag.over = browser::dom::column_at(x, y, ".card--dragging")
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
            (true, Some(target)) => ctx.move_card.run((drag.key, target)),
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
                    .get_attribute("data-status")
                    .and_then(|slug| Status::from_slug(&slug));
                if let Some(target) = status.and_then(|s| s.step(event.key() == "ArrowRight")) {
                    ctx.move_card.run((key, target));
                }
            }
            "Enter" | " " => {
                event.prevent_default();
                ctx.editing.set(Some(key));
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
        if let Some(item) = browser::dom::closest(&event, "[data-move-to]") {
            let target = item
                .get_attribute("data-move-to")
                .and_then(|slug| Status::from_slug(&slug));
            let key = card
                .and_then(|c| c.get_attribute("data-card"))
                .and_then(|id| parse_card_id(&id));
            close_menus(&menu);
            if let (Some(key), Some(target)) = (key, target) {
                ctx.move_card.run((key, target));
            }
        } else if browser::dom::closest(&event, MENU_BUTTON).is_some() {
            let was_open = browser::dom::query(&menu, MENU_LIST).is_some();
            close_menus(&menu);
            let from = card
                .and_then(|c| c.get_attribute("data-status"))
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

fn role_badge(role: Role) -> &'static str {
    match role {
        Role::Lead => "badge badge--lead",
        Role::Coordinate => "badge badge--coordinate",
        Role::Implement => "badge badge--implement",
        Role::Guide => "badge",
    }
}

/// A column's cards as markup, set as the column's `innerHTML`: the browser
/// parses it in one go instead of thousands of element calls from wasm. A
/// card's own (unit's) cards can move; the others are locked.
pub fn column_html(cards: &[Arc<Card>], mine: Option<&UnitId>, language: Language) -> String {
    let mut out = String::with_capacity(cards.len() * 900);
    for card in cards {
        push_card(&mut out, card, mine == Some(&card.key.unit), language);
    }
    out
}

/// Makes `column` show `next` instead of `shown`: only the cards that came
/// in are parsed (consecutive ones as one string) and only those that went
/// are removed; a column built for the first time, or changed too much, is
/// set whole.
pub fn patch_column(
    column: &web_sys::Element,
    shown: &[Arc<Card>],
    next: &[Arc<Card>],
    mine: Option<&UnitId>,
    language: Language,
) {
    let Some(edits) = board::column_edits(shown, next) else {
        column.set_inner_html(&column_html(next, mine, language));
        return;
    };
    let nodes = browser::dom::children(column);
    let mut at = 0;
    let mut incoming = String::new();
    for edit in edits {
        match edit {
            Edit::Insert(i) => {
                let card = &next[i];
                push_card(&mut incoming, card, mine == Some(&card.key.unit), language);
                continue;
            }
            Edit::Keep | Edit::Remove => {
                if !incoming.is_empty() {
                    if let Some(before) = nodes.get(at) {
                        browser::dom::insert_html_before(before, &incoming);
                    }
                    incoming.clear();
                }
                if let (Edit::Remove, Some(node)) = (edit, nodes.get(at)) {
                    node.remove();
                }
                at += 1;
            }
        }
    }
    if !incoming.is_empty() {
        browser::dom::append_html(column, &incoming);
    }
}

/// One card: the same markup a component would build, with every text that
/// came from a plan or a report escaped (`format::html`).
fn push_card(out: &mut String, card: &Card, editable: bool, language: Language) {
    let t = |key: Key| i18n::t(language, key);
    let status = card.status.slug();
    out.push_str("<article class=\"card card--");
    out.push_str(status);
    for (on, name) in [
        (!editable, " card--locked"),
        (card.report_overdue, " card--overdue"),
        (card.obstacle, " card--obstacle"),
    ] {
        if on {
            out.push_str(name);
        }
    }
    out.push_str("\" role=\"listitem\" tabindex=\"0\" data-testid=\"card\" data-card=\"");
    push_escaped(out, &card_id(&card.key));
    out.push_str("\" data-status=\"");
    out.push_str(status);
    out.push_str("\" aria-label=\"");
    for (at, part) in [
        card.number.as_str(),
        " ",
        &card.title,
        " — ",
        &card.unit_short,
        " — ",
        t(i18n::status(card.status)),
    ]
    .into_iter()
    .enumerate()
    {
        if at % 2 == 0 {
            push_escaped(out, part);
        } else {
            out.push_str(part);
        }
    }
    if !editable {
        out.push_str("\" title=\"");
        push_escaped(out, t(Key::ReadOnlyCard));
        out.push(' ');
        push_escaped(out, &card.unit_name);
    }
    out.push_str("\"><div class=\"card__top\">");
    push_span(out, "card__number", &card.number);
    push_span(out, "card__unit", &card.unit_short);
    push_span(out, role_badge(card.role), t(i18n::role(card.role)));
    if editable {
        out.push_str("<span class=\"card__handle\" aria-hidden=\"true\">⠿</span>");
    }
    out.push_str("</div><p class=\"card__title\">");
    push_escaped(out, &card.title);
    out.push_str("</p><div class=\"card__facts\">");
    if let Some(p) = card.progress {
        let _ = write!(
            out,
            "<span class=\"card__progress\"><span class=\"meter meter--small\"><span class=\"meter__fill\" style=\"width: {p}%\"></span></span> {p}%</span>"
        );
    }
    if card.evidence > 0 {
        let text = format!("{} {}", card.evidence, t(Key::CardEvidence));
        push_span(out, "card__fact", &text);
    }
    if card.obstacle {
        push_span(out, "card__fact card__fact--obstacle", t(Key::CardObstacle));
    }
    if card.report_overdue {
        out.push_str(
            "<span class=\"card__fact card__fact--overdue\" data-testid=\"card-overdue\">",
        );
        push_escaped(out, t(Key::CardOverdue));
        out.push_str("</span>");
    }
    if let Some(state) = card.deadline {
        push_span(out, "card__fact", t(i18n::deadline(state)));
    }
    if card.sample {
        push_span(out, "card__fact card__fact--sample", t(Key::CardSample));
    }
    out.push_str("</div>");
    if editable {
        out.push_str("<div class=\"card__menu\"><button type=\"button\" class=\"card__menu-button\" aria-haspopup=\"menu\" aria-expanded=\"false\" data-testid=\"move-menu\">");
        push_escaped(out, t(Key::MoveTo));
        out.push_str("</button></div>");
    }
    out.push_str("</article>");
}

fn push_span(out: &mut String, class: &str, text: &str) {
    out.push_str("<span class=\"");
    out.push_str(class);
    out.push_str("\">");
    push_escaped(out, text);
    out.push_str("</span>");
}

/// "Chuyển sang…": the other statuses as a menu, for users who neither drag
/// nor use arrows. Opened into the card's `.card__menu` by the board.
fn menu_html(from: Status, language: Language) -> String {
    let mut out = String::from("<ul class=\"card__menu-list\" role=\"menu\">");
    for target in Status::ALL.into_iter().filter(|s| *s != from) {
        let slug = target.slug();
        let _ = write!(
            out,
            "<li role=\"none\"><button type=\"button\" role=\"menuitem\" tabindex=\"-1\" data-testid=\"move-to-{slug}\" data-move-to=\"{slug}\">"
        );
        push_escaped(&mut out, i18n::t(language, i18n::status(target)));
        out.push_str("</button></li>");
    }
    out.push_str("</ul>");
    out
}
