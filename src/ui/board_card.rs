//! A board card: what it shows, and how it moves — pointer drag (mouse, pen,
//! touch on the handle), arrow keys, or the "Chuyển sang…" menu.
//!
//! A card is static markup: its pointer and key events are handled once, on
//! the board (see [`BoardEvents`]), which finds the card from `data-card`.
//! Two thousand cards then hold no listener and no subscription of their own,
//! and a card that moves is rebuilt in microseconds.

use super::i18n::{self, Key};
use super::state::use_app;
use crate::browser;
use crate::domain::board::Card;
use crate::domain::{EntryKey, PeriodId, Role, Status, TaskId, UnitId};
use leptos::ev;
use leptos::prelude::*;
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
    /// The open "Chuyển sang…" menu, closed when another opens.
    pub open_menu: StoredValue<Option<RwSignal<bool>>>,
    pub editing: RwSignal<Option<EntryKey>>,
    pub move_card: Callback<(EntryKey, Status)>,
}

/// Pixels a pointer travels before a press becomes a drag.
const DRAG_THRESHOLD: f64 = 6.0;

const CARD: &str = "[data-card]";
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
    if browser::dom::closest(event, ".card__menu").is_some() {
        return None;
    }
    let card = browser::dom::closest(event, CARD)?;
    let key = parse_card_id(&card.get_attribute("data-card")?)?;
    Some((card, key))
}

/// The board's handlers for every card's pointer and key events.
#[derive(Clone, Copy)]
pub struct BoardEvents(pub BoardCtx);

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
        // Only keys pressed on the card itself: its menu has its own.
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

fn role_badge(role: Role) -> &'static str {
    match role {
        Role::Lead => "badge badge--lead",
        Role::Coordinate => "badge badge--coordinate",
        Role::Implement => "badge badge--implement",
        Role::Guide => "badge",
    }
}

/// One card, as static markup in the current language (the board renders
/// again when the language or the profile changes). A plain function, not a
/// component: thousands of cards keep their concrete view type instead of
/// one boxed, type-erased view each (`--cfg erase_components`).
pub fn card_view(card: Arc<Card>, editable: bool) -> impl IntoView {
    let app = use_app();
    let status = card.status;
    let mut class = format!("card card--{}", status.slug());
    for (on, name) in [
        (!editable, " card--locked"),
        (card.report_overdue, " card--overdue"),
        (card.obstacle, " card--obstacle"),
    ] {
        if on {
            class.push_str(name);
        }
    }
    let title = format!("{} {}", card.number, card.title);
    let locked_hint =
        (!editable).then(|| format!("{} {}", app.text(Key::ReadOnlyCard), card.unit_name));
    view! {
        <article
            class=class
            role="listitem"
            tabindex="0"
            data-card=card_id(&card.key)
            data-status=status.slug()
            data-testid="card"
            aria-label=format!("{} — {} — {}", title, card.unit_short, app.text(i18n::status(status)))
            title=locked_hint
        >
            <div class="card__top">
                <span class="card__number">{card.number.clone()}</span>
                <span class="card__unit">{card.unit_short.clone()}</span>
                <span class=role_badge(card.role)>{app.text(i18n::role(card.role))}</span>
                {editable.then(|| view! { <span class="card__handle" aria-hidden="true">"⠿"</span> })}
            </div>
            <p class="card__title">{card.title.clone()}</p>
            {facts(&card)}
            {editable.then(|| view! { <MoveMenu entry_key=card.key.clone() status/> })}
        </article>
    }
}

fn facts(card: &Card) -> impl IntoView {
    let app = use_app();
    let fact = |class: &'static str, text: String| view! { <span class=class>{text}</span> };
    view! {
        <div class="card__facts">
            {card.progress.map(|p| view! {
                <span class="card__progress"><span class="meter meter--small"><span class="meter__fill" style=format!("width: {p}%")></span></span>{format!(" {p}%")}</span>
            })}
            {(card.evidence > 0).then(|| fact("card__fact", format!("{} {}", card.evidence, app.text(Key::CardEvidence))))}
            {card.obstacle.then(|| fact("card__fact card__fact--obstacle", app.text(Key::CardObstacle).to_owned()))}
            {card.report_overdue.then(|| view! { <span class="card__fact card__fact--overdue" data-testid="card-overdue">{app.text(Key::CardOverdue)}</span> })}
            {card.deadline.map(|state| fact("card__fact", app.text(i18n::deadline(state)).to_owned()))}
            {card.sample.then(|| fact("card__fact card__fact--sample", app.text(Key::CardSample).to_owned()))}
        </div>
    }
}

/// "Chuyển sang…": the statuses as a menu, for users who neither drag nor use arrows.
#[component]
fn MoveMenu(entry_key: EntryKey, status: Status) -> impl IntoView {
    let app = use_app();
    let ctx = expect_context::<BoardCtx>();
    let open = RwSignal::new(false);
    let toggle = move |event: ev::MouseEvent| {
        event.stop_propagation();
        let opening = !open.get_untracked();
        if opening {
            if let Some(other) = ctx.open_menu.get_value().filter(|other| *other != open) {
                // A menu of a card since re-rendered is gone: nothing to close.
                let _ = other.try_set(false);
            }
            ctx.open_menu.set_value(Some(open));
        }
        open.set(opening);
    };
    let list = move || {
        open.get().then(|| {
            let items = Status::ALL.into_iter().filter(|s| *s != status).map(|target| {
                let key = entry_key.clone();
                view! {
                    <li role="none">
                        <button role="menuitem" data-testid=format!("move-to-{}", target.slug()) on:click=move |event| {
                            event.stop_propagation();
                            open.set(false);
                            ctx.move_card.run((key.clone(), target));
                        }>
                            {app.text(i18n::status(target))}
                        </button>
                    </li>
                }
            });
            view! { <ul class="card__menu-list" role="menu">{items.collect_view()}</ul> }
        })
    };
    view! {
        <div class="card__menu">
            <button class="card__menu-button" aria-haspopup="menu" aria-expanded=move || open.get().to_string() data-testid="move-menu" on:click=toggle>
                {app.text(Key::MoveTo)}
            </button>
            {list}
        </div>
    }
}
