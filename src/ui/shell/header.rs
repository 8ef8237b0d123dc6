//! The header: the plan's number and title, navigation, profile and language switch.

use crate::browser;
use crate::domain::board::BoardQuery;
use crate::domain::Profile;
use crate::format::Language;
use crate::ui::app::state::use_app;
use crate::ui::i18n::Key;
use crate::ui::widgets::url::Route;
use leptos::prelude::*;

#[component]
pub fn Header(route: ReadSignal<Route>, on_change_profile: Callback<()>) -> impl IntoView {
    let app = use_app();
    let kind = move || {
        app.workspace()
            .with(|w| format!("{} ", w.plan.document.kind))
    };
    let number = move || app.workspace().with(|w| w.plan.document.number.clone());
    let title = move || app.workspace().with(|w| w.plan.document.title.clone());
    let toggle_language = move |_| {
        let next = match app.language() {
            Language::Vietnamese => Language::English,
            Language::English => Language::Vietnamese,
        };
        app.set_language(next);
    };
    view! {
        <header class="header">
            <div class="header__brand">
                <span class="header__logo" aria-hidden="true">"◔"</span>
                <span class="header__name">{app.tr(Key::AppName)}</span>
                <span class="header__tagline">{app.tr(Key::Tagline)}</span>
            </div>
            <div class="header__plan">
                <span class="header__line">
                    <strong class="header__number" data-testid="plan-number"><span class="header__kind">{kind}</span>{number}</strong>
                    <OtherPlans/>
                </span>
                <span class="header__title" title=title>{title}</span>
            </div>
            <nav class="header__nav" aria-label=app.tr(Key::NavLabel)>
                {Route::ALL.into_iter().map(|target| view! { <NavLink route target/> }).collect_view()}
            </nav>
            <div class="header__tools">
                <button class="button button--ghost" data-testid="profile-button" on:click=move |_| on_change_profile.run(())>
                    <span class="header__tool-label">{app.tr(Key::ProfileLabel)}": "</span>
                    <ProfileName/>
                </button>
                <button
                    class="button button--ghost"
                    data-testid="language-switch"
                    aria-label=app.tr(Key::SwitchLanguageLabel)
                    on:click=toggle_language
                >
                    {app.tr(Key::SwitchLanguage)}
                </button>
            </div>
        </header>
    }
}

/// How many other plans this browser holds, linking to where they open.
#[component]
fn OtherPlans() -> impl IntoView {
    let app = use_app();
    move || {
        let count = app.shelved_count();
        (count > 0).then(|| {
            view! {
                <a class="header__others" href="#cai-dat" data-testid="other-plans">
                    {format!("+{count} {}", app.text(if count == 1 { Key::OtherPlan } else { Key::OtherPlans }))}
                </a>
            }
        })
    }
}

#[component]
fn NavLink(route: ReadSignal<Route>, target: Route) -> impl IntoView {
    let app = use_app();
    let label = move || app.text(target.label());
    let current = move || route.get() == target;
    // Between the board and the dashboard the period comes along: both show
    // one period, and the user compares them. The link takes the current
    // period when the pointer or the focus comes to it (the hash is rewritten
    // with `replaceState`, which fires no event to follow), so a plain click,
    // a middle click and "open in a new tab" all carry it.
    let carried = RwSignal::new(String::new());
    let carry = move || {
        if !matches!(target, Route::Board | Route::Dashboard) {
            return;
        }
        let hash = browser::page::hash();
        let period = hash
            .split_once('?')
            .and_then(|(_, query)| BoardQuery::from_query(query).period);
        carried.set(period.map(|p| format!("?ky={p}")).unwrap_or_default());
    };
    view! {
        <a
            class=move || if current() { "header__link header__link--current" } else { "header__link" }
            href=move || format!("#{}{}", target.hash(), carried.get())
            aria-current=move || current().then_some("page")
            data-testid=format!("nav-{}", target.hash())
            on:pointerenter=move |_| carry()
            on:focus=move |_| carry()
        >
            {label}
        </a>
    }
}

/// The profile in words: the unit's short name, or the profile kind.
#[component]
pub fn ProfileName() -> impl IntoView {
    let app = use_app();
    move || {
        let settings = app.settings().get();
        match settings.profile {
            None => app.text(Key::ProfileNone).to_owned(),
            Some(Profile::Monitoring) => app.text(Key::ProfileMonitoring).to_owned(),
            Some(Profile::Leader) => app.text(Key::ProfileLeader).to_owned(),
            Some(Profile::Unit { unit }) => app
                .workspace()
                .with(|w| w.plan.directory.short_name(&unit).to_owned()),
        }
    }
}
