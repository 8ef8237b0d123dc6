//! The profile choice: which unit this browser speaks for (asked on first run).

use crate::browser;
use crate::domain::text::Search;
use crate::domain::{Profile, UnitId};
use crate::ui::app::state::{use_app, AppState};
use crate::ui::i18n::Key;
use crate::ui::widgets::search::SearchInput;
use crate::ui::widgets::when::When;
use leptos::prelude::*;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Choice {
    Monitoring,
    Leader,
    Unit,
}

#[component]
pub fn ProfileDialog(on_close: Callback<()>) -> impl IntoView {
    let app = use_app();
    let current = app.settings().get_untracked().profile;
    let (initial_choice, initial_unit) = match &current {
        Some(Profile::Monitoring) => (Choice::Monitoring, None),
        Some(Profile::Leader) => (Choice::Leader, None),
        Some(Profile::Unit { unit }) => (Choice::Unit, Some(unit.clone())),
        None => (Choice::Unit, None),
    };
    let choice = RwSignal::new(initial_choice);
    let unit = RwSignal::new(initial_unit);
    let can_confirm = move || choice.get() != Choice::Unit || unit.with(Option::is_some);
    let confirm = move |_| {
        let profile = match choice.get() {
            Choice::Monitoring => Profile::Monitoring,
            Choice::Leader => Profile::Leader,
            Choice::Unit => match unit.get() {
                Some(unit) => Profile::Unit { unit },
                None => return,
            },
        };
        // A leader reads the period's figures first: the overview, not the board.
        let leader = profile == Profile::Leader;
        app.set_profile(profile);
        on_close.run(());
        if leader
            && crate::ui::widgets::url::Route::from_hash(&browser::page::hash())
                == crate::ui::widgets::url::Route::Board
        {
            let _ = browser::page::set_hash(crate::ui::widgets::url::Route::Dashboard.hash());
        }
    };
    let has_profile = move || app.settings().with(|s| s.profile.is_some());
    view! {
        <div class="dialog-backdrop">
            <div class="dialog" role="dialog" aria-modal="true" aria-labelledby="profile-title" data-testid="profile-dialog">
                <h2 id="profile-title" class="dialog__title">{app.tr(Key::ProfileTitle)}</h2>
                <p class="dialog__intro">{app.tr(Key::ProfileIntro)}</p>
                <div class="profile-choices" role="radiogroup">
                    <ChoiceOption choice value=Choice::Unit label=Key::ProfileUnit hint=Key::ProfileUnitHint/>
                    <ChoiceOption choice value=Choice::Monitoring label=Key::ProfileMonitoring hint=Key::ProfileMonitoringHint/>
                    <ChoiceOption choice value=Choice::Leader label=Key::ProfileLeader hint=Key::ProfileLeaderHint/>
                </div>
                <When when=move || choice.get() == Choice::Unit>
                    <UnitPicker selected=unit.read_only() on_pick=Callback::new(move |id| unit.set(Some(id)))/>
                </When>
                <When when=move || !has_profile()>
                    <p class="dialog__intro" data-testid="first-run-new-plan">
                        {app.tr(Key::FirstRunOwnPlan)} " "
                        <button type="button" class="link" data-testid="first-run-new-plan-button" on:click=move |_| {
                            app.set_profile(Profile::Monitoring);
                            on_close.run(());
                            let _ = browser::page::set_hash(crate::ui::widgets::url::Route::NewPlan.hash());
                        }>{app.tr(Key::FirstRunNewPlan)}</button>
                    </p>
                </When>
                <div class="dialog__actions">
                    <When when=has_profile>
                        <button class="button button--ghost" on:click=move |_| on_close.run(())>
                            {app.tr(Key::Close)}
                        </button>
                    </When>
                    <button class="button button--primary" data-testid="profile-confirm" disabled=move || !can_confirm() on:click=confirm>
                        {app.tr(Key::ProfileConfirm)}
                    </button>
                </div>
            </div>
        </div>
    }
}

#[component]
fn ChoiceOption(choice: RwSignal<Choice>, value: Choice, label: Key, hint: Key) -> impl IntoView {
    let app = use_app();
    let id = format!("profile-{value:?}").to_lowercase();
    let (for_id, test_id) = (id.clone(), id.clone());
    view! {
        <label class="profile-choice" for=for_id>
            <input
                type="radio"
                name="profile-kind"
                id=id
                data-testid=test_id
                prop:checked=move || choice.get() == value
                on:change=move |_| choice.set(value)
            />
            <span class="profile-choice__label">{app.tr(label)}</span>
            <span class="profile-choice__hint">{app.tr(hint)}</span>
        </label>
    }
}

#[component]
fn UnitPicker(selected: ReadSignal<Option<UnitId>>, on_pick: Callback<UnitId>) -> impl IntoView {
    let app = use_app();
    let query = RwSignal::new(String::new());
    let units = Memo::new(move |_| listed_units(app, &Search::new(&query.get())));
    // Arrow keys: from the search into the list, and along the list.
    let list = NodeRef::<leptos::html::Ul>::new();
    let step = move |event: leptos::ev::KeyboardEvent, from_search: bool| {
        let forward = match event.key().as_str() {
            "ArrowDown" => true,
            "ArrowUp" if !from_search => false,
            _ => return,
        };
        if let Some(list) = list.get() {
            event.prevent_default();
            if from_search {
                browser::dom::focus_first(&list, "[role=option]");
            } else {
                browser::dom::focus_step(&list, "[role=option]", forward);
            }
        }
    };
    view! {
        <div class="unit-picker">
            <SearchInput
                class="input"
                test_id="profile-search"
                label=Key::ProfileSearch
                value=query
                on_input=Callback::new(move |text| query.set(text))
                on_keydown=Callback::new(move |ev| step(ev, true))
            />
            <ul class="unit-picker__list" role="listbox" aria-label=app.tr(Key::NavUnits) node_ref=list on:keydown=move |ev| step(ev, false)>
                <For each=move || units.get() key=|(id, _, _)| id.clone() let:unit>
                    <UnitOption unit selected on_pick/>
                </For>
            </ul>
        </div>
    }
}

/// Units that exist today first; those a merger ended after them, with
/// their last day (their past reports can still be written): (id, name,
/// short name).
fn listed_units(app: AppState, search: &Search) -> Vec<(UnitId, String, String)> {
    let today = browser::clock::today();
    app.workspace().with(|w| {
        let (current, ended): (Vec<_>, Vec<_>) = w
            .plan
            .directory
            .sorted_units()
            .into_iter()
            .filter(|unit| unit.matches(search))
            .partition(|unit| unit.valid_to.is_none_or(|to| to >= today));
        current
            .into_iter()
            .chain(ended)
            .map(|unit| {
                let short = match unit.valid_to.filter(|to| *to < today) {
                    Some(to) => format!(
                        "{} · {}",
                        unit.short_name,
                        crate::ui::i18n::until_day(app.language(), to)
                    ),
                    None => unit.short_name.clone(),
                };
                (unit.id.clone(), unit.name.clone(), short)
            })
            .collect()
    })
}

/// One unit of the picker's list: picked by a click, Enter or Space.
#[component]
fn UnitOption(
    unit: (UnitId, String, String),
    selected: ReadSignal<Option<UnitId>>,
    on_pick: Callback<UnitId>,
) -> impl IntoView {
    let (id, name, short) = unit;
    let is_selected = {
        let id = id.clone();
        Memo::new(move |_| selected.with(|s| s.as_ref() == Some(&id)))
    };
    let test_id = format!("pick-{id}");
    let class = move || {
        if is_selected.get() {
            "unit-picker__item unit-picker__item--selected"
        } else {
            "unit-picker__item"
        }
    };
    let pick = {
        let id = id.clone();
        move |_| on_pick.run(id.clone())
    };
    let on_key = move |ev: leptos::ev::KeyboardEvent| {
        if ev.key() == "Enter" || ev.key() == " " {
            ev.prevent_default();
            on_pick.run(id.clone());
        }
    };
    view! {
        <li role="option" tabindex="0" aria-selected=move || is_selected.get().to_string() class=class
            data-testid=test_id on:click=pick on:keydown=on_key>
            <span class="unit-picker__name">{name}</span>
            <span class="unit-picker__short">{short}</span>
        </li>
    }
}
