//! The app shell: header, health banner, notices, the current view, first-run profile choice.

pub mod boot;
pub mod persist;
pub mod state;

use crate::browser;
use crate::format::Language;
use crate::ui::app::state::use_app;
use crate::ui::board::BoardView;
use crate::ui::dashboard::charts;
use crate::ui::dashboard::DashboardView;
use crate::ui::i18n::Key;
use crate::ui::import::ImportView;
use crate::ui::new_plan::NewPlanView;
use crate::ui::plan::PlanView;
use crate::ui::settings::SettingsView;
use crate::ui::shell::header::Header;
use crate::ui::shell::health::{HealthBanner, Notices, SampleBanner, StorageNearlyFull};
use crate::ui::shell::profile::ProfileDialog;
use crate::ui::units::UnitsView;
use crate::ui::widgets::url::Route;
use crate::ui::widgets::when::When;
use leptos::prelude::*;

#[component]
pub fn App() -> impl IntoView {
    let app = use_app();
    let route = RwSignal::new(Route::from_hash(&browser::page::hash()));
    if let Err(error) =
        browser::page::on_hash_change(move |hash| route.set(Route::from_hash(&hash)))
    {
        app.notify(error.to_string());
    }
    if let Err(error) = browser::dom::on_undo_key(move || app.undo()) {
        app.notify(error.to_string());
    }
    // The dashboard draws its charts at a phone's width under this query.
    // Without matchMedia they are drawn wide and shrunk, as before.
    let narrow = RwSignal::new(false);
    if let Ok(on) = browser::page::on_media_change(charts::NARROW, move |on| narrow.set(on)) {
        narrow.set(on);
    }
    provide_context(charts::Narrow(narrow.read_only()));
    let choosing = RwSignal::new(false);
    let must_choose = move || app.settings().with(|s| s.profile.is_none());
    Effect::new(move |_| {
        let code = match app.settings().with(|s| s.language) {
            Language::Vietnamese => "vi",
            Language::English => "en",
        };
        browser::page::set_document_language(code);
    });
    // The tab's title names the screen and the plan: two tabs (the board and
    // the dashboard) are told apart, and a screen reader announces the change.
    // (A memo: an edit of an entry changes the workspace, not the number.)
    let number = Memo::new(move |_| app.workspace().with(|w| w.plan.document.number.clone()));
    Effect::new(move |_| {
        let title = format!(
            "{} — {} — {}",
            app.text(route.get().label()),
            number.get(),
            app.text(Key::AppName)
        );
        browser::page::set_document_title(&title);
    });
    view! {
        <Header route=route.read_only() on_change_profile=Callback::new(move |_| choosing.set(true))/>
        <HealthBanner/>
        <StorageNearlyFull/>
        <SampleBanner/>
        <Notices/>
        // The board's six columns and the dashboard's charts side by side
        // take a wide screen; pages of text keep a readable measure.
        <main class=move || if matches!(route.get(), Route::Board | Route::Dashboard) { "main main--wide" } else { "main" } id="main">
            {move || match route.get() {
                Route::Board => view! { <BoardView/> }.into_any(),
                Route::Dashboard => view! { <DashboardView/> }.into_any(),
                Route::Plan => view! { <PlanView/> }.into_any(),
                Route::Units => view! { <UnitsView/> }.into_any(),
                Route::Import => view! { <ImportView/> }.into_any(),
                Route::NewPlan => view! { <NewPlanView/> }.into_any(),
                Route::Settings => view! { <SettingsView on_change_profile=Callback::new(move |_| choosing.set(true))/> }.into_any(),
            }}
        </main>
        <When when=move || must_choose() || choosing.get()>
            <ProfileDialog on_close=Callback::new(move |_| choosing.set(false))/>
        </When>
    }
}
