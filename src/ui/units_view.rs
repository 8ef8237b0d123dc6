//! The Units view: the directory in Vietnamese order, searchable without diacritics.

use super::amend::UnitChanges;
use super::i18n::{self, Key};
use super::state::use_app;
use super::when::When;
use crate::domain::text::Search;
use crate::domain::Unit;
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
                .cloned()
                .collect::<Vec<Unit>>()
        })
    });
    view! {
        <section class="units" aria-labelledby="units-title">
            <div class="units__head">
                <h1 id="units-title">{app.tr(Key::UnitsTitle)}</h1>
                <input
                    class="input units__search"
                    type="search"
                    data-testid="units-search"
                    placeholder=app.tr(Key::UnitsSearch)
                    aria-label=app.tr(Key::UnitsSearch)
                    prop:value=move || query.get()
                    on:input=move |ev| query.set(event_target_value(&ev))
                />
                <span class="units__count" data-testid="units-count">
                    {move || units.with(Vec::len)} " " {app.tr(Key::UnitsCount)}
                </span>
            </div>
            <When when=move || units.with(|u| !u.is_empty()) fallback=move || view! { <p class="empty">{app.text(Key::UnitNone)}</p> }>
                <table class="table">
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
                        <For each=move || units.get() key=|unit| (unit.id.clone(), unit.name.clone(), unit.short_name.clone(), unit.valid_to, unit.successors.len(), unit.email.clone()) let:unit>
                            <UnitRow unit/>
                        </For>
                    </tbody>
                </table>
            </When>
            <UnitChanges/>
        </section>
    }
}

/// One unit as it is now: an amendment (new name, last day, successor,
/// email) builds its row again (the list is keyed on them).
#[component]
fn UnitRow(unit: Unit) -> impl IntoView {
    let app = use_app();
    let groups = {
        let id = unit.id.clone();
        move || {
            app.workspace().with(|w| {
                w.plan
                    .directory
                    .groups_of(&id)
                    .map(|g| g.name.clone())
                    .collect::<Vec<_>>()
                    .join("; ")
            })
        }
    };
    let (valid_from, valid_to) = (unit.valid_from, unit.valid_to);
    // A closure: the words around the dates follow the language.
    let validity = move || {
        let from = valid_from
            .map(|d| format!("{} {}", app.text(Key::From), d.dmy()))
            .unwrap_or_default();
        let to = valid_to
            .map(|d| format!(" {} {}", app.text(Key::Until), d.dmy()))
            .unwrap_or_default();
        format!("{from}{to}").trim().to_owned()
    };
    let successors = {
        let successors = unit.successors.clone();
        move || {
            app.workspace().with(|w| {
                successors
                    .iter()
                    .map(|s| {
                        let name = w.plan.directory.short_name(&s.unit).to_owned();
                        if s.functions.is_empty() {
                            name
                        } else {
                            format!("{name} ({})", s.functions.join(", "))
                        }
                    })
                    .collect::<Vec<_>>()
                    .join("; ")
            })
        }
    };
    view! {
        <tr data-testid=format!("unit-{}", unit.id)>
            <td>{unit.name.clone()}</td>
            <td class="table__nowrap">{unit.short_name.clone()}</td>
            <td class="table__nowrap">{app.tr(i18n::unit_kind(unit.kind))}</td>
            <td>{groups}</td>
            <td class="table__nowrap">{validity}</td>
            <td>{successors}</td>
            <td class="units__email">{unit.email.as_deref().unwrap_or_default().replace(',', ", ")}</td>
        </tr>
    }
}
