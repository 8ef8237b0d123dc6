//! The task board: columns by status, one card per leaf task × unit for the
//! chosen period, swimlanes and filters that live in the URL.

pub mod card;
pub mod filters;
pub mod lanes;
pub mod markup;

use crate::browser;
use crate::domain::board::{self, BoardQuery, Filter, IndexedCard, Texts};
use crate::domain::{Command, EntryChange, EntryKey, Period, Profile, Status};
use crate::ui::app::state::{use_app, AppState};
use crate::ui::board::card::{BoardCtx, Drag};
use crate::ui::board::filters::{EmptyBoard, FilterBar};
use crate::ui::board::lanes::Lanes;
use crate::ui::editor::EntryEditor;
use crate::ui::i18n::{self, Key};
use crate::ui::shell::send_report::SendReport;
use crate::ui::widgets::names;
use crate::ui::widgets::period::PeriodSelect;
use crate::ui::widgets::url::{hash_query, query_period, Route};
use crate::ui::widgets::when::When;
use leptos::prelude::*;
use std::time::Duration;

/// Where the browser has no idle callbacks: when to fold the search texts.
const WARM_DELAY: Duration = Duration::from_millis(200);

#[component]
pub fn BoardView() -> impl IntoView {
    let app = use_app();
    let query = hash_query(Route::Board);
    let (periods, period) = query_period(query);
    let index = card_index(app, query, period);
    let mine = Memo::new(move |_| {
        let profile = app.profile();
        let day = period.get()?.start();
        app.workspace().with(|w| profile.acting_unit(&w.plan, day))
    });
    let filter = Memo::new(move |_| {
        query.with(|q| {
            let default_mine = matches!(app.profile(), Profile::Unit { .. });
            Filter {
                only_mine: q.only_mine.unwrap_or(default_mine),
                ..q.filter.clone()
            }
        })
    });
    let layout = Memo::new(move |_| {
        let swimlane = query.with(|q| q.swimlane);
        index.with(|cards| {
            app.workspace().with(|w| {
                filter.with(|f| mine.with(|m| board::layout(w, cards, f, swimlane, m.as_ref())))
            })
        })
    });
    let announce = RwSignal::new(String::new());
    let editing = RwSignal::new(None::<EntryKey>);
    // Whether the editor opens to ask for a result a move left unwritten.
    let asking = StoredValue::new(false);
    let drag = RwSignal::new(None::<Drag>);
    provide_context(BoardCtx {
        drag,
        over: Memo::new(move |_| {
            drag.with(|d| d.as_ref().filter(|d| d.active).and_then(|d| d.over))
        }),
        editing,
        move_card: move_card(app, index, announce, (editing, asking)),
    });
    view! {
        <section class="board" aria-labelledby="board-title">
            <BoardHead query periods period/>
            // On a phone the filters and the keys' help fold under one
            // button, so the cards come first (open when the URL brings
            // filters); wider, the fold is always open and its button hidden
            // (style/main.css). Markup only: no state to keep.
            <details class="board__fold" open=query.with_untracked(|q| !q.filter.is_empty())>
                <summary class="button board__fold-button" data-testid="filters-toggle">{app.tr(Key::FiltersToggle)}</summary>
                <FilterBar query/>
                // Only a profile that moves cards is told how; a leader reads.
                <p class="board__help">{move || app.text(if matches!(app.profile(), Profile::Leader) { Key::BoardHelpRead } else { Key::BoardHelp })}</p>
            </details>
            <p class="board__count" data-testid="board-count">
                {move || layout.with(|b| i18n::cards_shown(app.language(), b.shown(), b.total))}
            </p>
            <div class="sr-only" role="status" aria-live="polite" data-testid="board-announce">{move || announce.get()}</div>
            <When when=move || layout.with(|b| b.shown() > 0) fallback=move || view! { <EmptyBoard total=Signal::derive(move || layout.with(|b| b.total)) period=period.into()/> }>
                // Cards are static in one language for one profile: either change renders them again.
                {move || {
                    app.language();
                    let mine = mine.get();
                    view! { <Lanes layout mine/> }
                }}
            </When>
        </section>
        {move || editing.get().map(|key| {
            let opener = names::card_selector(&key);
            // Read once: a later opening by a click asks nothing.
            let ask_result = asking.try_update_value(std::mem::take).unwrap_or(false);
            view! { <EntryEditor entry_key=key on_close=Callback::new(move |_| editing.set(None)) opener ask_result/> }
        })}
    }
}

/// The board's title, its period (kept in the URL), the due day and the
/// report file's export.
#[component]
fn BoardHead(
    query: RwSignal<BoardQuery>,
    periods: Memo<Vec<Period>>,
    period: Memo<Option<Period>>,
) -> impl IntoView {
    let app = use_app();
    let due = move || {
        period.get().map(|p| {
            let due = app.workspace().with(|w| w.plan.regime.due_date(p));
            i18n::report_due(app.language(), due)
        })
    };
    view! {
        <div class="board__head">
            <h1 id="board-title" class="board__title">{app.tr(Key::BoardTitle)}</h1>
            <PeriodSelect
                test_id="board-period"
                periods=periods.into()
                selected=period.into()
                on_pick=Callback::new(move |chosen: Period| query.update(|q| q.period = Some(chosen.id())))
            />
            <span class="board__due">{due}</span>
            <SendReport period=period.into()/>
        </div>
    }
}

/// The period's cards with what filtering needs. The folded texts only a
/// search needs are left out of the first render and folded while the page
/// is idle, before the user types.
fn card_index(
    app: AppState,
    query: RwSignal<BoardQuery>,
    period: Memo<Option<Period>>,
) -> Memo<Vec<IndexedCard>> {
    let today = browser::clock::today();
    let offset = browser::clock::offset_minutes();
    let texts = StoredValue::new(board::TextCache::default());
    let searching = Memo::new(move |_| query.with(|q| !q.filter.query.trim().is_empty()));
    Effect::new(move |_| {
        let Some(period) = period.get() else {
            return;
        };
        app.workspace().track();
        let warm = move || {
            app.workspace().with_untracked(|w| {
                texts.try_update_value(|cache| board::warm_texts(w, period, cache));
            });
        };
        if request_idle_callback_with_handle(warm).is_err() {
            set_timeout(warm, WARM_DELAY);
        }
    });
    Memo::new(move |_| match period.get() {
        Some(period) => {
            let folded = if searching.get() {
                Texts::Folded
            } else {
                Texts::Skipped
            };
            app.workspace().with(|w| {
                texts
                    .try_update_value(|cache| {
                        board::index_cached(w, period, today, offset, cache, folded)
                    })
                    .unwrap_or_default()
            })
        }
        None => Vec::new(),
    })
}

/// A card moved to `status` (dragged, or by the keyboard): the command, then
/// an announcement for screen readers and the focus back on the card. Done
/// or under way with nothing written, a status chosen (a drop, the menu)
/// opens the report at its result; a step of the arrow keys, which may go
/// on, says how to write it.
fn move_card(
    app: AppState,
    index: Memo<Vec<IndexedCard>>,
    announce: RwSignal<String>,
    (editing, asking): (RwSignal<Option<EntryKey>>, StoredValue<bool>),
) -> Callback<(EntryKey, Status, bool)> {
    Callback::new(move |(key, status, chosen): (EntryKey, Status, bool)| {
        let label = index.with_untracked(|cards| {
            cards
                .iter()
                .find(|c| c.card.key == key)
                .map(|c| format!("{} – {}", c.card.number, c.card.unit_short))
        });
        let before = app.workspace().with_untracked(|w| w.status(&key));
        if before == status {
            return;
        }
        app.dispatch(Command::UpdateEntry {
            key: key.clone(),
            change: EntryChange::Status(status),
            at: browser::clock::now(),
        });
        if app.workspace().with_untracked(|w| w.status(&key)) != status {
            return;
        }
        let lacks = app.workspace().with_untracked(|w| {
            w.entries
                .get(&key)
                .is_some_and(crate::domain::Entry::lacks_result)
        });
        let mut said = i18n::moved_card(
            app.language(),
            &label.unwrap_or_default(),
            app.text(i18n::status(status)),
        );
        if lacks && !chosen {
            said = format!("{said} {}", app.text(Key::BoardAskResult));
        }
        announce.set(said);
        if lacks && chosen {
            asking.set_value(true);
            editing.set(Some(key));
        } else {
            browser::dom::focus_soon(names::card_selector(&key));
        }
    })
}
