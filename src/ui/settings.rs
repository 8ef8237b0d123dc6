//! Settings: storage used, the plans this browser holds, language, profile,
//! the sample, backup and plan file,
//! and any damaged data that was set aside.

mod shelf;

use crate::browser;
use crate::domain::number;
use crate::domain::number::group_thousands;
use crate::domain::Command;
use crate::format::{sample, Language};
use crate::ui::app::persist;
use crate::ui::app::state::use_app;
use crate::ui::i18n::Key;
use crate::ui::settings::shelf::ShelfPanel;
use crate::ui::shell::header::ProfileName;
use crate::ui::shell::health::BackupButton;
use crate::ui::shell::send_report::SendPlan;
use crate::ui::widgets::when::When;
use leptos::prelude::*;

#[component]
pub fn SettingsView(on_change_profile: Callback<()>) -> impl IntoView {
    let app = use_app();
    view! {
        <div class="settings">
            <h1 class="page__title">{app.tr(Key::NavSettings)}</h1>
            <StorageUsage/>
            <ShelfPanel/>
            <section class="panel">
                <h2>{app.tr(Key::SettingsLanguage)}</h2>
                <select class="input" data-testid="language-select" aria-label=app.tr(Key::SettingsLanguage) on:change=move |ev| {
                    let language = if event_target_value(&ev) == "en" { Language::English } else { Language::Vietnamese };
                    app.set_language(language);
                }>
                    <option value="vi" selected=move || app.language() == Language::Vietnamese>"Tiếng Việt"</option>
                    <option value="en" selected=move || app.language() == Language::English>"English"</option>
                </select>
            </section>
            <section class="panel">
                <h2>{app.tr(Key::ProfileLabel)}</h2>
                <p><ProfileName/></p>
                <button class="button" on:click=move |_| on_change_profile.run(())>{app.tr(Key::ProfileChange)}</button>
            </section>
            <SampleControls/>
            <section class="panel">
                <h2>{app.tr(Key::Backup)}</h2>
                <BackupAge/>
                <div class="panel__actions">
                    <BackupButton/>
                    <SendPlan/>
                </div>
            </section>
            <AsideList/>
            <AboutPanel/>
        </div>
    }
}

/// When the last backup was downloaded, and whether the data changed since.
#[component]
fn BackupAge() -> impl IntoView {
    let app = use_app();
    let text = move || {
        let backup_at = app.settings().with(|s| s.backup_at);
        let changed_at = app.saved_at().get();
        match backup_at {
            None => app.text(Key::BackupNever).to_owned(),
            Some(at) => {
                let day = crate::domain::Date::from_timestamp(at, browser::clock::offset_minutes())
                    .map(crate::domain::Date::dmy)
                    .unwrap_or_default();
                let older = changed_at.is_some_and(|changed| changed > at);
                crate::ui::i18n::backup_age(app.language(), &day, older)
            }
        }
    };
    view! { <p data-testid="backup-age">{text}</p> }
}

/// Whether the browser keeps the site's storage, asked again when Settings opens.
#[component]
fn StorageKept() -> impl IntoView {
    let app = use_app();
    let kept = app.kept();
    if kept.get_untracked().is_none() {
        persist::ask_kept(app);
    }
    move || {
        kept.get().map(|answer| {
            let key = if answer {
                Key::StorageKept
            } else {
                Key::StorageNotKept
            };
            view! { <p data-testid="storage-kept">{app.text(key)}</p> }
        })
    }
}

#[component]
fn StorageUsage() -> impl IntoView {
    let app = use_app();
    let used = move || app.usage().get();
    view! {
        <section class="panel" data-testid="storage-usage">
            <h2>{app.tr(Key::SettingsStorage)}</h2>
            {move || match used() {
                Some(units) => {
                    let used = units.min(browser::storage::QUOTA_UNITS);
                    let percent = number::percent(used, browser::storage::QUOTA_UNITS, app.marks());
                    let width = number::svg(used as f64 * 100.0 / browser::storage::QUOTA_UNITS as f64);
                    view! {
                        <p data-testid="storage-used">
                            {crate::ui::i18n::storage_used(
                                app.language(),
                                &group_thousands(units as u64, app.marks()),
                                &group_thousands(browser::storage::QUOTA_UNITS as u64, app.marks()),
                                &percent,
                            )}
                        </p>
                        <div class="meter" role="meter" aria-label=app.tr(Key::SettingsStorage) aria-valuemin="0" aria-valuemax="100" aria-valuenow=(used * 100 / browser::storage::QUOTA_UNITS).to_string()>
                            <div class="meter__fill" style=format!("width: {width}%")></div>
                        </div>
                    }.into_any()
                }
                None => view! { <p>{app.text(Key::HealthMemory)}</p> }.into_any(),
            }}
            <StorageKept/>
        </section>
    }
}

#[component]
fn SampleControls() -> impl IntoView {
    let app = use_app();
    let has_sample = move || app.workspace().with(|w| w.has_sample());
    let load = move |_| {
        let entries = app.workspace().with_untracked(sample::sample_entries);
        app.dispatch(Command::LoadSample { entries });
    };
    view! {
        <section class="panel">
            <h2>{app.tr(Key::SettingsSample)}</h2>
            <When
                when=has_sample
                fallback=move || view! {
                    <p>{app.text(Key::SettingsSampleOff)}</p>
                    <button class="button" data-testid="sample-load" on:click=load>{app.text(Key::SampleLoad)}</button>
                }
            >
                <p>{app.tr(Key::SettingsSampleOn)}</p>
                <button class="button button--danger" data-testid="sample-remove" on:click=move |_| { app.dispatch(Command::RemoveSample); }>
                    {app.tr(Key::SampleRemove)}
                </button>
            </When>
        </section>
    }
}

/// The app's version, and how its wasm reached the page: a host that sends
/// it uncompressed costs a slow link seconds, and only a deployer can fix it.
#[component]
fn AboutPanel() -> impl IntoView {
    let app = use_app();
    let kilobytes =
        move |bytes: u64| format!("{} KB", group_thousands(bytes.div_ceil(1000), app.marks()));
    let delivery = move || match browser::page::wasm_delivery() {
        Some(d) if d.compressed() => crate::ui::i18n::delivered_compressed(
            app.language(),
            &kilobytes(d.sent),
            &kilobytes(d.size),
        ),
        Some(d) => crate::ui::i18n::delivered_plain(app.language(), &kilobytes(d.size)),
        None => app.text(Key::DeliveryLocal).to_owned(),
    };
    view! {
        <section class="panel" data-testid="about">
            <h2>{app.tr(Key::SettingsAbout)}</h2>
            <p>{app.tr(Key::AboutVersion)} " " {crate::format::APP_VERSION}</p>
            <p data-testid="delivery">{delivery}</p>
        </section>
    }
}

#[component]
fn AsideList() -> impl IntoView {
    let app = use_app();
    let version = RwSignal::new(0u32);
    let keys = move || {
        version.track();
        persist::aside::keys()
    };
    move || {
        let keys = keys();
        (!keys.is_empty()).then(|| view! {
            <section class="panel" data-testid="aside-list">
                <h2>{app.text(Key::SettingsAside)}</h2>
                <p>{app.text(Key::SettingsAsideHint)}</p>
                <ul>
                    {keys.into_iter().map(|key| {
                        let download_key = key.clone();
                        let delete_key = key.clone();
                        view! {
                            <li class="aside-item">
                                <code>{key.clone()}</code>
                                <button class="button" on:click=move |_| {
                                    let text = persist::aside::read(&download_key);
                                    if let Err(error) = browser::download::download_text(&format!("{download_key}.txt"), &text, "text/plain") {
                                        app.notify(error.to_string());
                                    }
                                }>{app.text(Key::AsideDownload)}</button>
                                <button class="button button--danger" on:click=move |_| {
                                    if persist::aside::remove(&delete_key) {
                                        version.update(|v| *v += 1);
                                    }
                                }>{app.text(Key::AsideDelete)}</button>
                            </li>
                        }
                    }).collect_view()}
                </ul>
            </section>
        })
    }
}
