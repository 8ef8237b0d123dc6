//! Filters of the plan's groups and sections kept in the URL's query: the
//! board's filter bar and the dashboard's head both show them.

use crate::domain::board::BoardQuery;
use crate::domain::{GroupId, TaskId};
use crate::ui::app::state::use_app;
use crate::ui::i18n::Key;
use leptos::prelude::*;

/// A select of ids from the plan (groups, sections) plus "Tất cả".
#[component]
fn IdFilter(
    label: Key,
    test_id: &'static str,
    options: Signal<Vec<(String, String)>>,
    value: Signal<Option<String>>,
    on_pick: Callback<String>,
) -> impl IntoView {
    let app = use_app();
    view! {
        <label class="filters__field">
            <span>{app.tr(label)}</span>
            <select class="input filters__select" data-testid=test_id on:change=move |ev| on_pick.run(event_target_value(&ev))>
                <option value="" selected=move || value.with(Option::is_none)>{app.tr(Key::FilterAll)}</option>
                {move || options.get().into_iter().map(|(id, name)| {
                    let selected = value.with(|v| v.as_deref() == Some(id.as_str()));
                    view! { <option value=id selected=selected>{name}</option> }
                }).collect_view()}
            </select>
        </label>
    }
}

#[component]
pub fn GroupFilter(query: RwSignal<BoardQuery>) -> impl IntoView {
    let app = use_app();
    let options = Signal::derive(move || {
        app.workspace().with(|w| {
            w.plan
                .directory
                .groups
                .iter()
                .map(|g| (g.id.to_string(), g.name.clone()))
                .collect()
        })
    });
    view! {
        <IdFilter label=Key::FilterGroup test_id="filter-group" options
            value=Signal::derive(move || query.with(|q| q.filter.group.as_ref().map(ToString::to_string)))
            on_pick=Callback::new(move |id: String| query.update(|q| q.filter.group = GroupId::new(id).ok()))/>
    }
}

#[component]
pub fn SectionFilter(query: RwSignal<BoardQuery>) -> impl IntoView {
    let app = use_app();
    let options = Signal::derive(move || {
        app.workspace().with(|w| {
            w.plan
                .roots()
                .map(|t| (t.id.to_string(), format!("{}. {}", t.number, t.title)))
                .collect()
        })
    });
    view! {
        <IdFilter label=Key::FilterSection test_id="filter-section" options
            value=Signal::derive(move || query.with(|q| q.filter.section.as_ref().map(ToString::to_string)))
            on_pick=Callback::new(move |id: String| query.update(|q| q.filter.section = TaskId::new(id).ok()))/>
    }
}
