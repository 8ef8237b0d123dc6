//! The board's filter bar: search, units, group, section, role, status,
//! "only my unit" and swimlanes, all kept in the URL through `BoardQuery`;
//! and what an empty board says.

use crate::domain::board::{BoardQuery, Filter, Swimlane};
use crate::domain::{Period, Profile, Role, Status, UnitId};
use crate::ui::app::state::use_app;
use crate::ui::i18n::{self, Key};
use crate::ui::widgets::filters::{GroupFilter, SectionFilter};
use crate::ui::widgets::search::SearchInput;
use crate::ui::widgets::when::When;
use leptos::prelude::*;

#[component]
pub fn FilterBar(query: RwSignal<BoardQuery>) -> impl IntoView {
    let app = use_app();
    view! {
        <div class="filters" role="search">
            <SearchInput
                class="input filters__search"
                test_id="board-search"
                label=Key::FilterSearch
                value=Signal::derive(move || query.with(|q| q.filter.query.clone()))
                on_input=Callback::new(move |text| query.update(|q| q.filter.query = text))
            />
            <UnitFilter query/>
            <GroupFilter query/>
            <SectionFilter query/>
            <ChoiceFilter
                label=Key::FilterRole
                test_id="filter-role"
                options=Role::ALL.iter().filter(|r| r.reports()).map(|r| (r.slug(), i18n::role(*r))).collect()
                value=Signal::derive(move || query.with(|q| q.filter.role.map(|r| r.slug().to_owned())))
                on_pick=Callback::new(move |slug: String| query.update(|q| q.filter.role = Role::from_slug(&slug)))
            />
            <ChoiceFilter
                label=Key::FilterStatus
                test_id="filter-status"
                options=Status::ALL.iter().map(|s| (s.slug(), i18n::status(*s))).collect()
                value=Signal::derive(move || query.with(|q| q.filter.status.map(|s| s.slug().to_owned())))
                on_pick=Callback::new(move |slug: String| query.update(|q| q.filter.status = Status::from_slug(&slug)))
            />
            <MineFilter query/>
            <SwimlaneSelect query/>
            <button class="button" data-testid="filter-clear" on:click=move |_| query.update(|q| {
                q.filter = Filter::default();
                q.only_mine = None;
            })>
                {app.tr(Key::FilterClear)}
            </button>
        </div>
    }
}

/// "Only my unit": on by default for a unit's profile, absent for the leader's.
#[component]
fn MineFilter(query: RwSignal<BoardQuery>) -> impl IntoView {
    let app = use_app();
    let has_unit = move || !matches!(app.profile(), Profile::Leader);
    let checked = move || {
        query
            .with(|q| q.only_mine)
            .unwrap_or(matches!(app.profile(), Profile::Unit { .. }))
    };
    view! {
        <When when=has_unit>
            <label class="filters__check">
                <input type="checkbox" data-testid="filter-mine" prop:checked=checked
                    on:change=move |ev| query.update(|q| q.only_mine = Some(event_target_checked(&ev)))/>
                {app.tr(Key::FilterMine)}
            </label>
        </When>
    }
}

#[component]
fn SwimlaneSelect(query: RwSignal<BoardQuery>) -> impl IntoView {
    let app = use_app();
    let option = move |lane: Swimlane| {
        let label = match lane {
            Swimlane::None => Key::LaneNone,
            Swimlane::Section => Key::LaneSection,
            Swimlane::Unit => Key::LaneUnit,
        };
        view! { <option value=lane.slug() selected=move || query.with(|q| q.swimlane == lane)>{app.tr(label)}</option> }
    };
    view! {
        <label class="filters__field">
            <span>{app.tr(Key::BoardSwimlane)}</span>
            <select class="input" data-testid="filter-swimlane" on:change=move |ev| {
                let lane = Swimlane::from_slug(&event_target_value(&ev)).unwrap_or_default();
                query.update(|q| q.swimlane = lane);
            }>
                {Swimlane::ALL.into_iter().map(option).collect_view()}
            </select>
        </label>
    }
}

/// A select of fixed choices plus "Tất cả".
#[component]
fn ChoiceFilter(
    label: Key,
    test_id: &'static str,
    options: Vec<(&'static str, Key)>,
    value: Signal<Option<String>>,
    on_pick: Callback<String>,
) -> impl IntoView {
    let app = use_app();
    view! {
        <label class="filters__field">
            <span>{app.tr(label)}</span>
            <select class="input" data-testid=test_id on:change=move |ev| on_pick.run(event_target_value(&ev))>
                <option value="" selected=move || value.with(Option::is_none)>{app.tr(Key::FilterAll)}</option>
                {options.into_iter().map(|(slug, key)| view! {
                    <option value=slug selected=move || value.with(|v| v.as_deref() == Some(slug))>{app.tr(key)}</option>
                }).collect_view()}
            </select>
        </label>
    }
}

/// Several units at once: a dropdown of checkboxes in Vietnamese order.
#[component]
fn UnitFilter(query: RwSignal<BoardQuery>) -> impl IntoView {
    let app = use_app();
    // A unit that no longer exists says so, with its last day: its cards of
    // earlier periods stay, its work since is its successors'.
    let units = move || {
        let today = crate::browser::clock::today();
        app.workspace().with(|w| {
            w.plan
                .directory
                .sorted_units()
                .into_iter()
                .map(|u| {
                    let name = match u.valid_to.filter(|to| *to < today) {
                        Some(to) => i18n::unit_ended_on(app.language(), &u.name, to),
                        None => u.name.clone(),
                    };
                    (u.id.clone(), name)
                })
                .collect::<Vec<_>>()
        })
    };
    let summary = move || {
        let count = query.with(|q| q.filter.units.len());
        if count == 0 {
            app.text(Key::FilterUnitsAll).to_owned()
        } else {
            i18n::units_chosen(app.language(), count)
        }
    };
    view! {
        <details class="filters__units" data-testid="filter-units">
            <summary class="input">{summary}</summary>
            <div class="filters__units-list">
                {move || units().into_iter().map(|(id, name)| {
                    let checked = {
                        let id = id.clone();
                        move || query.with(|q| q.filter.units.contains(&id))
                    };
                    let toggle_id: UnitId = id.clone();
                    view! {
                        <label class="filters__check">
                            <input type="checkbox" data-testid=format!("filter-unit-{id}") prop:checked=checked on:change=move |ev| {
                                let on = event_target_checked(&ev);
                                let id = toggle_id.clone();
                                query.update(|q| {
                                    if on {
                                        q.filter.units.insert(id);
                                    } else {
                                        q.filter.units.remove(&id);
                                    }
                                });
                            }/>
                            {name}
                        </label>
                    }
                }).collect_view()}
            </div>
        </details>
    }
}

/// What the board says when it shows no card: why, and what to do.
#[component]
pub(in crate::ui) fn EmptyBoard(
    total: Signal<usize>,
    period: Signal<Option<Period>>,
) -> impl IntoView {
    let app = use_app();
    // The profile's unit ended before this period (a 2025 merger): say so,
    // and who carries its work, rather than blame the filters.
    let ended = move || {
        let period = period.get()?;
        let Profile::Unit { unit } = app.profile() else {
            return None;
        };
        app.workspace().with(|w| {
            let directory = &w.plan.directory;
            let last = directory
                .unit(&unit)?
                .valid_to
                .filter(|to| *to < period.start())?;
            let carriers = directory.resolve_on(&unit, period.start(), None);
            let successors: Vec<&str> = carriers
                .iter()
                .filter(|id| **id != unit)
                .map(|id| directory.short_name(id))
                .collect();
            Some(i18n::unit_ended(
                app.language(),
                directory.short_name(&unit),
                last,
                &successors.join(", "),
            ))
        })
    };
    view! {
        <div class="board__empty" data-testid="board-empty">
            {move || if let Some(text) = ended() {
                text
            } else if total.get() == 0 {
                app.text(Key::BoardNoTasks).to_owned()
            } else {
                app.text(Key::BoardEmpty).to_owned()
            }}
        </div>
    }
}
