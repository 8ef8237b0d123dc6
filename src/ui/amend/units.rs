//! The units view's amendment forms: a unit added, renamed, ended with its
//! successor, or given a successor after it ended.

use super::{
    amend, ended_units, is_monitoring, text_input, typed_date, unit_id, unit_select, units_select,
};
use crate::browser;
use crate::domain::plan::PlanChange;
use crate::domain::UnitKind;
use crate::ui::i18n::{self, Key};
use crate::ui::send_report::SendPlan;
use crate::ui::state::use_app;
use crate::ui::when::When;
use leptos::prelude::*;

/// The kinds a new unit may be, the form's default first.
const KINDS: [UnitKind; 5] = [
    UnitKind::Department,
    UnitKind::District,
    UnitKind::Press,
    UnitKind::PartyBody,
    UnitKind::Other,
];

/// The units view's forms: add a unit, rename one, end one with its successor.
#[component]
pub fn UnitChanges() -> impl IntoView {
    let app = use_app();
    let (name, short, kind, from) = (
        RwSignal::new(String::new()),
        RwSignal::new(String::new()),
        RwSignal::new(String::new()),
        RwSignal::new(browser::clock::today().dmy()),
    );
    let add = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let Some(from) = typed_date(app, &from.get_untracked()) else {
            return;
        };
        let kind = kind
            .get_untracked()
            .parse::<usize>()
            .ok()
            .and_then(|index| KINDS.get(index).copied())
            .unwrap_or(UnitKind::Department);
        if amend(
            app,
            PlanChange::AddUnit {
                name: name.get_untracked(),
                short_name: short.get_untracked(),
                kind,
                from,
            },
        ) {
            name.set(String::new());
            short.set(String::new());
        }
    };
    let (renamed, new_name, new_short) = (
        RwSignal::new(String::new()),
        RwSignal::new(String::new()),
        RwSignal::new(String::new()),
    );
    let rename = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let Some(unit) = unit_id(&renamed.get_untracked()) else {
            app.notify(app.text(Key::AmendNeedUnit).to_owned());
            return;
        };
        if amend(
            app,
            PlanChange::RenameUnit {
                unit,
                name: new_name.get_untracked(),
                short_name: new_short.get_untracked(),
            },
        ) {
            new_name.set(String::new());
            new_short.set(String::new());
        }
    };
    let (ended, last_day, successor) = (
        RwSignal::new(String::new()),
        RwSignal::new(String::new()),
        RwSignal::new(String::new()),
    );
    let end = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let (Some(unit), Some(successor)) = (
            unit_id(&ended.get_untracked()),
            unit_id(&successor.get_untracked()),
        ) else {
            app.notify(app.text(Key::AmendNeedUnit).to_owned());
            return;
        };
        let Some(last_day) = typed_date(app, &last_day.get_untracked()) else {
            return;
        };
        if amend(
            app,
            PlanChange::EndUnit {
                unit,
                last_day,
                successor,
            },
        ) {
            ended.set(String::new());
        }
    };
    let (orphan, heir) = (RwSignal::new(String::new()), RwSignal::new(String::new()));
    let inherit = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let (Some(unit), Some(successor)) = (
            unit_id(&orphan.get_untracked()),
            unit_id(&heir.get_untracked()),
        ) else {
            app.notify(app.text(Key::AmendNeedUnit).to_owned());
            return;
        };
        if amend(app, PlanChange::AddSuccessor { unit, successor }) {
            heir.set(String::new());
        }
    };
    view! {
        <When when=move || is_monitoring(app)>
            <section class="panel no-print amend" data-testid="amend-units" aria-labelledby="amend-units-title">
                <h2 id="amend-units-title">{app.tr(Key::AmendUnitsTitle)}</h2>
                <p class="editor__hint">{app.tr(Key::AmendUnitsHint)}</p>
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
                    <div class="amend__actions"><button class="button" type="submit" data-testid="amend-unit-add-button">{app.tr(Key::AmendUnitAdd)}</button></div>
                </form>
                <form class="amend__form" data-testid="amend-unit-rename" on:submit=rename>
                    <h3>{app.tr(Key::AmendUnitRename)}</h3>
                    {unit_select(app, "amend-rename-unit", Key::ColumnUnit, renamed)}
                    {text_input(app, "amend-rename-name", Key::UnitName, new_name)}
                    {text_input(app, "amend-rename-short", Key::UnitShort, new_short)}
                    <div class="amend__actions"><button class="button" type="submit" data-testid="amend-rename-button">{app.tr(Key::AmendUnitRename)}</button></div>
                </form>
                <form class="amend__form" data-testid="amend-unit-end" on:submit=end>
                    <h3>{app.tr(Key::AmendUnitEnd)}</h3>
                    {unit_select(app, "amend-end-unit", Key::ColumnUnit, ended)}
                    {text_input(app, "amend-end-day", Key::AmendLastDay, last_day)}
                    {unit_select(app, "amend-end-successor", Key::UnitSuccessors, successor)}
                    <div class="amend__actions"><button class="button" type="submit" data-testid="amend-end-button">{app.tr(Key::AmendUnitEnd)}</button></div>
                </form>
                <form class="amend__form" data-testid="amend-unit-inherit" on:submit=inherit>
                    <h3>{app.tr(Key::AmendUnitInherit)}</h3>
                    {units_select(app, "amend-inherit-unit", Key::AmendEnded, orphan, ended_units)}
                    {unit_select(app, "amend-inherit-successor", Key::UnitSuccessors, heir)}
                    <div class="amend__actions"><button class="button" type="submit" data-testid="amend-inherit-button">{app.tr(Key::AmendUnitInherit)}</button></div>
                </form>
                <div class="panel__actions"><SendPlan/></div>
            </section>
        </When>
    }
}
