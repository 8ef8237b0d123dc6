//! The units view's amendment forms: a unit added, renamed, ended with its
//! successor, or given a successor after it ended.

use super::{
    amend, ended_units, is_monitoring, picked_unit, submit, text_input, typed_date, unit_select,
    units_select, Note,
};
use crate::browser;
use crate::domain::plan::PlanChange;
use crate::domain::UnitKind;
use crate::ui::app::state::use_app;
use crate::ui::i18n::{self, Key};
use crate::ui::widgets::when::When;
use leptos::prelude::*;

/// The kinds a new unit may be, the form's default first.
const KINDS: [UnitKind; 6] = [
    UnitKind::Department,
    UnitKind::District,
    UnitKind::Press,
    UnitKind::PartyBody,
    UnitKind::Enterprise,
    UnitKind::Other,
];

/// The units view's forms: add a unit, rename one, end one with its
/// successor, give an ended one a successor.
#[component]
pub fn UnitChanges() -> impl IntoView {
    let app = use_app();
    view! {
        <When when=move || is_monitoring(app)>
            <section class="panel no-print amend" data-testid="amend-units" aria-labelledby="amend-units-title">
                <h2 id="amend-units-title">{app.tr(Key::AmendUnitsTitle)}</h2>
                <p class="editor__hint">{app.tr(Key::AmendUnitsHint)}</p>
                <AddUnitForm/>
                <RenameUnitForm/>
                <EndUnitForm/>
                <InheritForm/>
            </section>
        </When>
    }
}

#[component]
fn AddUnitForm() -> impl IntoView {
    let app = use_app();
    let note = Note::new();
    let (name, short, kind, from) = (
        RwSignal::new(String::new()),
        RwSignal::new(String::new()),
        RwSignal::new(String::new()),
        RwSignal::new(browser::clock::today().dmy()),
    );
    let add = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let Some(from) = typed_date(app, note, &from.get_untracked()) else {
            return;
        };
        let kind = kind
            .get_untracked()
            .parse::<usize>()
            .ok()
            .and_then(|index| KINDS.get(index).copied())
            .unwrap_or(UnitKind::Department);
        let change = PlanChange::AddUnit {
            name: name.get_untracked(),
            short_name: short.get_untracked(),
            kind,
            from,
        };
        if amend(app, note, change) {
            name.set(String::new());
            short.set(String::new());
        }
    };
    view! {
        <form class="amend__form" data-testid="amend-unit-add" on:submit=add>
            <h3>{app.tr(Key::AmendUnitAdd)}</h3>
            {text_input(app, "amend-unit-name", Key::UnitName, name)}
            {text_input(app, "amend-unit-short", Key::UnitShort, short)}
            <label class="amend__field">
                <span>{app.tr(Key::UnitKindHeader)}</span>
                <select class="input" data-testid="amend-unit-kind" on:change=move |ev| kind.set(event_target_value(&ev))>
                    {KINDS.into_iter().enumerate().map(|(index, k)| view! { <option value=index.to_string()>{app.tr(i18n::unit_kind(k))}</option> }).collect_view()}
                </select>
            </label>
            {text_input(app, "amend-unit-from", Key::AmendFrom, from)}
            {submit("amend-unit-add-button", Key::AmendUnitAdd, note)}
        </form>
    }
}

#[component]
fn RenameUnitForm() -> impl IntoView {
    let app = use_app();
    let note = Note::new();
    let (renamed, name, short) = (
        RwSignal::new(String::new()),
        RwSignal::new(String::new()),
        RwSignal::new(String::new()),
    );
    let rename = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let Some(unit) = picked_unit(app, note, renamed, Key::AmendNeedUnit) else {
            return;
        };
        let change = PlanChange::RenameUnit {
            unit,
            name: name.get_untracked(),
            short_name: short.get_untracked(),
        };
        if amend(app, note, change) {
            name.set(String::new());
            short.set(String::new());
        }
    };
    view! {
        <form class="amend__form" data-testid="amend-unit-rename" on:submit=rename>
            <h3>{app.tr(Key::AmendUnitRename)}</h3>
            {unit_select(app, "amend-rename-unit", Key::ColumnUnit, renamed)}
            {text_input(app, "amend-rename-name", Key::UnitName, name)}
            {text_input(app, "amend-rename-short", Key::UnitShort, short)}
            {submit("amend-rename-button", Key::AmendUnitRename, note)}
        </form>
    }
}

#[component]
fn EndUnitForm() -> impl IntoView {
    let app = use_app();
    let note = Note::new();
    let (ended, last_day, successor) = (
        RwSignal::new(String::new()),
        RwSignal::new(String::new()),
        RwSignal::new(String::new()),
    );
    let end = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let Some(unit) = picked_unit(app, note, ended, Key::AmendNeedUnit) else {
            return;
        };
        let Some(successor) = picked_unit(app, note, successor, Key::AmendNeedUnit) else {
            return;
        };
        let Some(last_day) = typed_date(app, note, &last_day.get_untracked()) else {
            return;
        };
        let change = PlanChange::EndUnit {
            unit,
            last_day,
            successor,
        };
        if amend(app, note, change) {
            ended.set(String::new());
        }
    };
    view! {
        <form class="amend__form" data-testid="amend-unit-end" on:submit=end>
            <h3>{app.tr(Key::AmendUnitEnd)}</h3>
            {unit_select(app, "amend-end-unit", Key::ColumnUnit, ended)}
            {text_input(app, "amend-end-day", Key::AmendLastDay, last_day)}
            {unit_select(app, "amend-end-successor", Key::UnitSuccessors, successor)}
            {submit("amend-end-button", Key::AmendUnitEnd, note)}
        </form>
    }
}

/// A unit that ended with no one to carry its work is given a successor.
#[component]
fn InheritForm() -> impl IntoView {
    let app = use_app();
    let note = Note::new();
    let (orphan, heir) = (RwSignal::new(String::new()), RwSignal::new(String::new()));
    let inherit = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let Some(unit) = picked_unit(app, note, orphan, Key::AmendNeedUnit) else {
            return;
        };
        let Some(successor) = picked_unit(app, note, heir, Key::AmendNeedUnit) else {
            return;
        };
        if amend(app, note, PlanChange::AddSuccessor { unit, successor }) {
            heir.set(String::new());
        }
    };
    view! {
        <form class="amend__form" data-testid="amend-unit-inherit" on:submit=inherit>
            <h3>{app.tr(Key::AmendUnitInherit)}</h3>
            {units_select(app, "amend-inherit-unit", Key::AmendEnded, orphan, Signal::derive(move || ended_units(app)))}
            {unit_select(app, "amend-inherit-successor", Key::UnitSuccessors, heir)}
            {submit("amend-inherit-button", Key::AmendUnitInherit, note)}
        </form>
    }
}
