//! Settings → the plans this browser holds: the open one, and every plan put
//! away (opened again, downloaded as a backup, or deleted after a question).

use crate::browser;
use crate::domain::Date;
use crate::format::shelf;
use crate::ui::app::state::{use_app, Shelved};
use crate::ui::i18n::Key;
use crate::ui::widgets::when::When;
use leptos::prelude::*;

#[component]
pub fn ShelfPanel() -> impl IntoView {
    let app = use_app();
    let open = move || {
        app.workspace().with(|w| {
            let document = &w.plan.document;
            crate::ui::i18n::plan_line(
                app.language(),
                &format!("{} {}", document.kind, document.number),
                document.date,
                shelf::reports(w),
            )
        })
    };
    view! {
        <section class="panel" data-testid="shelf">
            <h2>{app.tr(Key::ShelfTitle)}</h2>
            <p class="editor__hint">{app.tr(Key::ShelfHint)}</p>
            <ul class="shelf">
                <li class="shelf__item shelf__item--open" data-testid="shelf-open-plan">
                    <span class="shelf__name">
                        {open} " "
                        <span class="shelf__title">{move || app.workspace().with(|w| w.plan.document.title.clone())}</span>
                    </span>
                    <span class="badge">{app.tr(Key::ShelfOpenNow)}</span>
                </li>
                {move || app.shelved().into_iter().map(|shelved| view! { <ShelfItem shelved/> }).collect_view()}
            </ul>
            {move || matches!(app.profile(), crate::domain::Profile::Monitoring).then(|| view! {
                <p class="panel__actions">
                    <a class="button" data-testid="new-plan-link" href=format!("#{}", crate::ui::widgets::url::Route::NewPlan.hash())>
                        {app.text(Key::NavNewPlan)}
                    </a>
                </p>
            })}
        </section>
    }
}

#[component]
fn ShelfItem(shelved: Shelved) -> impl IntoView {
    let app = use_app();
    let asking = RwSignal::new(false);
    let testid = shelved
        .plan()
        .map_or_else(|| shelved.key.clone(), |p| p.to_string());
    let (text, title) = match &shelved.label {
        Ok(label) => {
            let day = Date::from_timestamp(label.saved_at, browser::clock::offset_minutes())
                .map(Date::dmy)
                .unwrap_or_default();
            (
                crate::ui::i18n::shelved_line(
                    app.language(),
                    &crate::ui::i18n::plan_line(
                        app.language(),
                        &format!("{} {}", label.kind, label.number),
                        label.date,
                        label.reports,
                    ),
                    &day,
                ),
                label.title.clone(),
            )
        }
        Err(error) => (
            crate::ui::i18n::shelf_unreadable(app.language(), &shelved.key, error),
            String::new(),
        ),
    };
    let full = title.clone();
    let plan = shelved.plan().filter(|_| shelved.label.is_ok());
    let (download_key, delete_key) = (shelved.key.clone(), shelved.key.clone());
    // The question takes the focus (on its safe answer), and gives it back.
    let item = format!("[data-testid=\"shelf-{testid}\"]");
    let ask = Callback::new(move |asked: bool| {
        asking.set(asked);
        let target = if asked {
            "shelf-delete-no"
        } else {
            "shelf-delete"
        };
        browser::dom::focus_soon(format!("{item} [data-testid={target}]"));
    });
    view! {
        <li class="shelf__item" data-testid=format!("shelf-{testid}")>
            <span class="shelf__name">{text} <span class="shelf__title" title=full>{title}</span></span>
            <span class="panel__actions">
                {plan.map(|plan| view! {
                    <button class="button button--primary" data-testid="shelf-open" on:click=move |_| { app.open_plan(&plan); }>
                        {app.tr(Key::ShelfOpen)}
                    </button>
                })}
                <button class="button" data-testid="shelf-download" on:click=move |_| app.download_shelved(&download_key)>
                    {app.tr(Key::ShelfDownload)}
                </button>
                <button class="button button--danger" data-testid="shelf-delete" on:click=move |_| ask.run(true)>
                    {app.tr(Key::ShelfDelete)}
                </button>
            </span>
            <When when=move || asking.get()>
                <p class="shelf__confirm" role="alert">
                    {app.tr(Key::ShelfDeleteConfirm)} " "
                    <button class="button button--danger" data-testid="shelf-delete-yes" on:click={
                        let key = delete_key.clone();
                        move |_| app.remove_shelved(&key)
                    }>{app.tr(Key::ShelfDeleteYes)}</button>
                    " "
                    <button class="button" data-testid="shelf-delete-no" on:click=move |_| ask.run(false)>{app.tr(Key::ShelfDeleteNo)}</button>
                </p>
            </When>
        </li>
    }
}
