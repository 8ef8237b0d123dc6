//! The board's lanes and status columns: the columns' heads with their
//! counts, one lane per swimlane, and each column's cards patched in place
//! from the board's layout (the board handles their events).

use crate::domain::board::{self, Card};
use crate::domain::{Status, UnitId};
use crate::ui::app::state::use_app;
use crate::ui::board::card::{BoardCtx, BoardEvents};
use crate::ui::board::markup::{patch_column, Detached};
use crate::ui::i18n::{self, Key};
use crate::ui::widgets::when::When;
use leptos::prelude::*;
use std::sync::Arc;

#[component]
pub fn Lanes(layout: Memo<board::Board>, mine: Option<UnitId>) -> impl IntoView {
    let app = use_app();
    let events = BoardEvents(expect_context::<BoardCtx>(), app);
    let mine = StoredValue::new(mine);
    let lane_ids =
        move || layout.with(|b| b.lanes.iter().map(|l| l.id.clone()).collect::<Vec<_>>());
    // On a phone the first column fills the screen: when it is empty and
    // another holds cards, that column is brought into view at first.
    Effect::new(move |done: Option<bool>| {
        if done == Some(true) {
            return true;
        }
        let first =
            layout.with_untracked(|b| Status::ALL.into_iter().find(|s| b.counts[s.index()] > 0));
        if let Some(status) = first.filter(|s| s.index() > 0) {
            crate::browser::dom::reveal_by_id(&format!("column-head-{}", status.slug()));
        }
        true
    });
    // The grid scrolls sideways inside the board where the six columns do
    // not fit (a phone, a tablet, a narrow window): the page keeps its width.
    view! {
        <div class="board__grid">
        <div class="board__columns-head" role="presentation">
            {Status::ALL.into_iter().map(|status| view! {
                <div class=format!("column-head column-head--{}", status.slug()) id=format!("column-head-{}", status.slug()) data-testid=format!("count-{}", status.slug())>
                    <span>{app.tr(i18n::status(status))}</span>
                    <span class="column-head__count">{move || layout.with(|b| b.counts[status.index()])}</span>
                </div>
            }).collect_view()}
        </div>
        <div
            class="board__lanes"
            on:pointerdown=move |e| events.pointer_down(e)
            on:pointermove=move |e| events.pointer_move(e)
            on:pointerup=move |e| events.pointer_up(e)
            on:pointercancel=move |e| events.pointer_cancel(e)
            on:keydown=move |e| events.key_down(e)
            on:focusin=move |e| events.focus_in(e)
            on:click=move |e| events.click(e)
        >
            <For each=lane_ids key=|id| id.clone() let:lane_id>
                <LaneView layout lane_id mine/>
            </For>
        </div>
        </div>
    }
}

#[component]
fn LaneView(
    layout: Memo<board::Board>,
    lane_id: String,
    mine: StoredValue<Option<UnitId>>,
) -> impl IntoView {
    let title = {
        let lane_id = lane_id.clone();
        move || {
            layout.with(|b| {
                b.lanes
                    .iter()
                    .find(|l| l.id == lane_id)
                    .map(|l| l.title.clone())
                    .unwrap_or_default()
            })
        }
    };
    let has_title = {
        let title = title.clone();
        move || !title().is_empty()
    };
    view! {
        <div class="lane" data-testid="lane">
            <When when=has_title>
                <h2 class="lane__title">{title.clone()}</h2>
            </When>
            <div class="lane__columns">
                {Status::ALL.into_iter().map(|status| view! { <Column layout lane_id=lane_id.clone() status mine/> }).collect_view()}
            </div>
        </div>
    }
}

#[component]
fn Column(
    layout: Memo<board::Board>,
    lane_id: String,
    status: Status,
    mine: StoredValue<Option<UnitId>>,
) -> impl IntoView {
    let app = use_app();
    let ctx = expect_context::<BoardCtx>();
    // The column's cards, compared by value: a move rebuilds two columns,
    // not six.
    let cards = Memo::new(move |_| {
        layout.with(|b| {
            b.lanes
                .iter()
                .find(|l| l.id == lane_id)
                .map(|l| l.columns[status.index()].clone())
                .unwrap_or_default()
        })
    });
    let over = move || ctx.over.get() == Some(status);
    // The cards on screen, patched to the next ones (a move or a filter
    // keystroke touches a few cards, not the column).
    let element = NodeRef::<leptos::html::Div>::new();
    let shown = StoredValue::new(Vec::<Arc<Card>>::new());
    let detached = StoredValue::new_local(Detached::new());
    Effect::new(move |_| {
        let Some(column) = element.get() else {
            return;
        };
        let language = app.language_untracked();
        cards.with(|next| {
            shown.update_value(|shown| {
                detached.update_value(|detached| {
                    mine.with_value(|mine| {
                        patch_column(&column, shown, next, mine.as_ref(), language, detached)
                    })
                });
                shown.clone_from(next);
            });
        });
    });
    view! {
        <div
            node_ref=element
            class=move || format!("column column--{}{}", status.slug(), if over() { " column--over" } else { "" })
            data-column=status.slug()
            data-testid=format!("column-{}", status.slug())
            role="list"
            aria-label=app.tr(i18n::status(status))
            // Shown in the column while it holds no card (style: .column:empty),
            // with where the cards are: on a phone the other columns are off screen.
            data-empty=move || {
                let elsewhere = layout.with(|b| {
                    Status::ALL
                        .into_iter()
                        .filter(|s| *s != status && b.counts[s.index()] > 0)
                        .max_by_key(|s| b.counts[s.index()])
                        .map(|s| (s, b.counts[s.index()]))
                });
                match elsewhere {
                    Some((other, count)) => i18n::column_empty(
                        app.language(),
                        app.text(i18n::status(other)),
                        count,
                        other.index() > status.index(),
                    ),
                    None => app.text(Key::ColumnEmpty).to_owned(),
                }
            }
        ></div>
    }
}
