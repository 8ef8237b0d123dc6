//! A board card: what it shows, and how it moves — pointer drag (mouse, pen,
//! touch on the handle), arrow keys, or the "Chuyển sang…" menu.

use super::i18n::{self, Key};
use super::state::use_app;
use crate::browser;
use crate::domain::board::Card;
use crate::domain::{EntryKey, Role, Status, UnitId};
use leptos::ev;
use leptos::prelude::*;

/// A card being dragged: where it started and the column under the pointer.
#[derive(Clone, Debug, PartialEq)]
pub struct Drag {
    pub key: EntryKey,
    pub start: (f64, f64),
    pub active: bool,
    pub over: Option<Status>,
}

/// Board-wide UI state shared by its cards (never saved).
#[derive(Clone, Copy)]
pub struct BoardCtx {
    pub drag: RwSignal<Option<Drag>>,
    /// The card being dragged, once the press became a drag.
    pub dragged: Memo<Option<EntryKey>>,
    /// The column under the dragged card.
    pub over: Memo<Option<Status>>,
    pub menu: RwSignal<Option<EntryKey>>,
    pub editing: RwSignal<Option<EntryKey>>,
    pub mine: Signal<Option<UnitId>>,
    pub move_card: Callback<(EntryKey, Status)>,
}

/// Pixels a pointer travels before a press becomes a drag.
const DRAG_THRESHOLD: f64 = 6.0;

pub fn card_id(key: &EntryKey) -> String {
    format!("{}|{}|{}", key.task, key.unit, key.period)
}

pub fn card_selector(key: &EntryKey) -> String {
    format!("[data-card=\"{}\"]", card_id(key))
}

fn role_badge(role: Role) -> &'static str {
    match role {
        Role::Lead => "badge badge--lead",
        Role::Coordinate => "badge badge--coordinate",
        Role::Implement => "badge badge--implement",
        Role::Guide => "badge",
    }
}

#[component]
pub fn CardView(card: Card) -> impl IntoView {
    let app = use_app();
    let ctx = expect_context::<BoardCtx>();
    let key = card.key.clone();
    let editable = {
        let unit = key.unit.clone();
        move || ctx.mine.with(|m| m.as_ref() == Some(&unit))
    };
    let status = card.status;
    let dragging = {
        let key = key.clone();
        move || ctx.dragged.with(|d| d.as_ref() == Some(&key))
    };
    let on_pointerdown = {
        let key = key.clone();
        let editable = editable.clone();
        move |event: ev::PointerEvent| {
            if event.button() != 0 {
                return;
            }
            let from_handle = browser::dom::capture_pointer(&event, ".card__handle");
            if !editable() || (event.pointer_type() == "touch" && !from_handle) {
                // Not draggable: a press still opens the card on release.
                ctx.drag.set(Some(Drag {
                    key: key.clone(),
                    start: (f64::from(event.client_x()), f64::from(event.client_y())),
                    active: false,
                    over: None,
                }));
                return;
            }
            ctx.drag.set(Some(Drag {
                key: key.clone(),
                start: (f64::from(event.client_x()), f64::from(event.client_y())),
                active: false,
                over: None,
            }));
        }
    };
    let editable_move = editable.clone();
    let on_pointermove = move |event: ev::PointerEvent| {
        if ctx.drag.with_untracked(Option::is_none) || !editable_move() {
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
            }
            if drag.active {
                drag.over = browser::dom::column_at(x, y, ".card--dragging")
                    .and_then(|slug| Status::from_slug(&slug));
            }
            (drag.active, drag.over) != before
        });
    };
    let on_pointerup = {
        let key = key.clone();
        move |_: ev::PointerEvent| {
            let Some(drag) = ctx.drag.get_untracked() else {
                return;
            };
            ctx.drag.set(None);
            match (drag.active, drag.over) {
                (true, Some(target)) if drag.key == key => ctx.move_card.run((key.clone(), target)),
                (false, _) => ctx.editing.set(Some(key.clone())),
                _ => {}
            }
        }
    };
    let on_keydown = {
        let key = key.clone();
        let editable = editable.clone();
        move |event: ev::KeyboardEvent| match event.key().as_str() {
            "ArrowRight" | "ArrowLeft" if editable() => {
                event.prevent_default();
                if let Some(target) = status.step(event.key() == "ArrowRight") {
                    ctx.move_card.run((key.clone(), target));
                }
            }
            "Enter" | " " => {
                event.prevent_default();
                ctx.editing.set(Some(key.clone()));
            }
            _ => {}
        }
    };
    let title = format!("{} {}", card.number, card.title);
    let data_card = card_id(&key);
    let locked_hint = format!("{} {}", app.text(Key::ReadOnlyCard), card.unit_name);
    let menu_open = {
        let key = key.clone();
        move || ctx.menu.with(|m| m.as_ref() == Some(&key))
    };
    let class = {
        let editable = editable.clone();
        let card = card.clone();
        move || {
            let mut class = format!("card card--{}", status.slug());
            for (on, name) in [
                (dragging(), " card--dragging"),
                (!editable(), " card--locked"),
                (card.report_overdue, " card--overdue"),
                (card.obstacle, " card--obstacle"),
            ] {
                if on {
                    class.push_str(name);
                }
            }
            class
        }
    };
    view! {
        <article
            class=class
            role="listitem"
            tabindex="0"
            data-card=data_card
            data-testid="card"
            aria-label=format!("{} — {} — {}", title, card.unit_short, app.text(i18n::status(status)))
            title=move || if editable() { String::new() } else { locked_hint.clone() }
            on:pointerdown=on_pointerdown
            on:pointermove=on_pointermove
            on:pointerup=on_pointerup
            on:pointercancel=move |_| ctx.drag.set(None)
            on:keydown=on_keydown
        >
            <div class="card__top">
                <span class="card__number">{card.number.clone()}</span>
                <span class="card__unit">{card.unit_short.clone()}</span>
                <span class=role_badge(card.role)>{move || app.text(i18n::role(card.role))}</span>
                <Show when=editable.clone()>
                    <span class="card__handle" aria-hidden="true">"⠿"</span>
                </Show>
            </div>
            <p class="card__title">{card.title.clone()}</p>
            <CardFacts card=card.clone()/>
            <Show when=editable.clone()>
                <MoveMenu entry_key=key.clone() status open=Signal::derive(menu_open.clone())/>
            </Show>
        </article>
    }
}

#[component]
fn CardFacts(card: Card) -> impl IntoView {
    let app = use_app();
    view! {
        <div class="card__facts">
            {card.progress.map(|p| view! {
                <span class="card__progress"><span class="meter meter--small"><span class="meter__fill" style=format!("width: {p}%")></span></span>{format!(" {p}%")}</span>
            })}
            {(card.evidence > 0).then(|| view! { <span class="card__fact">{format!("{} ", card.evidence)}{move || app.text(Key::CardEvidence)}</span> })}
            {card.obstacle.then(|| view! { <span class="card__fact card__fact--obstacle">{move || app.text(Key::CardObstacle)}</span> })}
            {card.report_overdue.then(|| view! { <span class="card__fact card__fact--overdue" data-testid="card-overdue">{move || app.text(Key::CardOverdue)}</span> })}
            {card.deadline.map(|state| view! { <span class="card__fact">{move || app.text(i18n::deadline(state))}</span> })}
            {card.sample.then(|| view! { <span class="card__fact card__fact--sample">{move || app.text(Key::CardSample)}</span> })}
        </div>
    }
}

/// "Chuyển sang…": the statuses as a menu, for users who neither drag nor use arrows.
#[component]
fn MoveMenu(entry_key: EntryKey, status: Status, open: Signal<bool>) -> impl IntoView {
    let app = use_app();
    let ctx = expect_context::<BoardCtx>();
    let toggle = {
        let key = entry_key.clone();
        move |event: ev::MouseEvent| {
            event.stop_propagation();
            let key = key.clone();
            ctx.menu.update(|m| {
                *m = if m.as_ref() == Some(&key) {
                    None
                } else {
                    Some(key)
                }
            });
        }
    };
    view! {
        <div class="card__menu" on:pointerdown=|e: ev::PointerEvent| e.stop_propagation() on:pointerup=|e: ev::PointerEvent| e.stop_propagation()>
            <button class="card__menu-button" aria-haspopup="menu" aria-expanded=move || open.get().to_string() data-testid="move-menu" on:click=toggle on:keydown=|e: ev::KeyboardEvent| e.stop_propagation()>
                {move || app.text(Key::MoveTo)}
            </button>
            <Show when=move || open.get()>
                <ul class="card__menu-list" role="menu">
                    {Status::ALL.into_iter().filter(|s| *s != status).map(|target| {
                        let key = entry_key.clone();
                        view! {
                            <li role="none">
                                <button role="menuitem" data-testid=format!("move-to-{}", target.slug()) on:click=move |event| {
                                    event.stop_propagation();
                                    ctx.menu.set(None);
                                    ctx.move_card.run((key.clone(), target));
                                } on:keydown=|e: ev::KeyboardEvent| e.stop_propagation()>
                                    {move || app.text(i18n::status(target))}
                                </button>
                            </li>
                        }
                    }).collect_view()}
                </ul>
            </Show>
        </div>
    }
}
