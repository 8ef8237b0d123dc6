//! The Units view: the directory in Vietnamese order, searchable without diacritics.

use crate::domain::text::Search;
use crate::domain::{Unit, UnitId};
use crate::ui::amend::{UnitChanges, UnsentRevision};
use crate::ui::app::state::use_app;
use crate::ui::i18n::{self, Key};
use crate::ui::widgets::search::SearchInput;
use crate::ui::widgets::when::When;
use leptos::prelude::*;

#[component]
pub fn UnitsView() -> impl IntoView {
    let app = use_app();
    let query = RwSignal::new(String::new());
    let units = Memo::new(move |_| {
        let search = Search::new(&query.get());
        app.workspace().with(|w| {
            w.plan
                .directory
                .sorted_units()
                .into_iter()
                .filter(|unit| unit.matches(&search))
                .map(|unit| unit.id.clone())
                .collect::<Vec<UnitId>>()
        })
    });
    view! {
        <section class="units" aria-labelledby="units-title">
            <UnsentRevision/>
            <div class="units__head">
                <h1 id="units-title">{app.tr(Key::UnitsTitle)}</h1>
                <SearchInput
                    class="input units__search"
                    test_id="units-search"
                    label=Key::UnitsSearch
                    value=query
                    on_input=Callback::new(move |text| query.set(text))
                />
                <span class="units__count" data-testid="units-count">
                    {move || i18n::units_count(app.language(), units.with(Vec::len))}
                </span>
            </div>
            <When when=move || units.with(|u| !u.is_empty()) fallback=move || view! { <p class="empty">{app.text(Key::UnitNone)}</p> }>
                // Seven columns: on a phone a unit reads as one block, its
                // name first, each other field under its column's name.
                <div class="table-scroll">
                    <table class="table table--cards">
                        <thead>
                            <tr>
                                <th scope="col">{app.tr(Key::UnitName)}</th>
                                <th scope="col">{app.tr(Key::UnitShort)}</th>
                                <th scope="col">{app.tr(Key::UnitKindHeader)}</th>
                                <th scope="col">{app.tr(Key::UnitGroups)}</th>
                                <th scope="col">{app.tr(Key::UnitValidity)}</th>
                                <th scope="col">{app.tr(Key::UnitSuccessors)}</th>
                                <th scope="col">{app.tr(Key::UnitEmail)}</th>
                            </tr>
                        </thead>
                        <tbody>
                            <For each=move || units.get() key=|id| id.clone() let:id>
                                <UnitRow id/>
                            </For>
                        </tbody>
                    </table>
                </div>
            </When>
            <UnitChanges/>
        </section>
    }
}

/// One unit, as amendments leave it (each cell follows the directory).
#[component]
fn UnitRow(id: UnitId) -> impl IntoView {
    let app = use_app();
    let test_id = format!("unit-{id}");
    let email_unit = id.clone();
    let unit = Memo::new(move |_| {
        app.workspace()
            .with(|w| w.plan.directory.unit(&id).cloned())
    });
    // A cell of the unit (empty in the instant a removed unit's row is dropped).
    let field = move |read: fn(&Unit) -> String| move || unit.with(|u| u.as_ref().map(read));
    let groups = move || {
        app.workspace().with(|w| {
            unit.with(|u| {
                let u = u.as_ref()?;
                let names = w
                    .plan
                    .directory
                    .groups_of(&u.id)
                    .map(|g| g.name.clone())
                    .collect::<Vec<_>>();
                Some(names.join("; "))
            })
        })
    };
    let validity = move || {
        unit.with(|u| {
            let u = u.as_ref()?;
            let from = u
                .valid_from
                .map(|d| i18n::from_day(app.language(), d))
                .unwrap_or_default();
            let to = u
                .valid_to
                .map(|d| format!(" {}", i18n::until_day(app.language(), d)))
                .unwrap_or_default();
            Some(format!("{from}{to}").trim().to_owned())
        })
    };
    let successors = move || {
        app.workspace().with(|w| {
            unit.with(|u| {
                let names = u
                    .as_ref()?
                    .successors
                    .iter()
                    .map(|s| {
                        let name = w.plan.directory.short_name(&s.unit).to_owned();
                        if s.functions.is_empty() {
                            name
                        } else {
                            format!("{name} ({})", s.functions.join(", "))
                        }
                    })
                    .collect::<Vec<_>>();
                Some(names.join("; "))
            })
        })
    };
    let kind = move || unit.with(|u| u.as_ref().map(|u| app.text(i18n::unit_kind(u.kind))));
    let ended = move || {
        let today = crate::browser::clock::today();
        unit.with(|u| {
            u.as_ref()
                .and_then(|u| u.valid_to)
                .is_some_and(|to| to < today)
        })
    };
    view! {
        <tr data-testid=test_id class:units__ended=ended>
            <td>{field(|u| u.name.clone())}</td>
            <td class="table__nowrap" data-label=app.tr(Key::UnitShort)>{field(|u| u.short_name.clone())}</td>
            <td class="table__nowrap" data-label=app.tr(Key::UnitKindHeader)>{kind}</td>
            <td data-label=app.tr(Key::UnitGroups)>{groups}</td>
            <td class="table__nowrap" data-label=app.tr(Key::UnitValidity)>
                {validity}
                {move || ended().then(|| view! { " " <span class="badge badge--ended" data-testid="unit-ended">{app.text(Key::UnitEnded)}</span> })}
            </td>
            <td data-label=app.tr(Key::UnitSuccessors)>{successors}</td>
            <td class="units__email" data-label=app.tr(Key::UnitEmail)><crate::ui::amend::EmailCell unit=email_unit/></td>
        </tr>
    }
}
