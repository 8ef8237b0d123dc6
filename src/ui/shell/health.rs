//! Banners for the state of stored data, and dismissable notices.

use crate::browser;
use crate::format::exchange;
use crate::ui::app::state::{use_app, Health};
use crate::ui::i18n::Key;
use leptos::prelude::*;

/// Downloads everything in this browser as a backup file.
pub fn download_backup() -> Result<(), browser::JsFailure> {
    let app = use_app();
    let backup = exchange::Backup {
        workspace: app.workspace().get_untracked(),
        settings: app.settings().get_untracked(),
    };
    let sender = {
        let profile = app.profile();
        app.workspace()
            .with_untracked(|w| profile.acting_unit(&w.plan, browser::clock::today()))
    };
    let now = browser::clock::now();
    let text = exchange::encode_backup(&backup, sender.as_ref(), now);
    let day = browser::clock::today();
    browser::download::download_text(
        &format!("TienDo_SaoLuu_{day}.json"),
        &text,
        "application/json",
    )?;
    app.note_backup(now);
    Ok(())
}

#[component]
pub fn BackupButton() -> impl IntoView {
    let app = use_app();
    let on_click = move |_| {
        if let Err(error) = download_backup() {
            app.notify(error.to_string());
        }
    };
    view! {
        <button class="button" data-testid="backup-button" on:click=on_click>
            {app.tr(Key::Backup)}
        </button>
    }
}

#[component]
pub fn HealthBanner() -> impl IntoView {
    let app = use_app();
    move || {
        let health = app.health().get();
        let (key, damage, level) = match &health {
            Health::Ok => return None,
            Health::Memory => (Key::HealthMemory, None, "warning"),
            Health::QuotaExceeded => (Key::HealthQuota, None, "error"),
            Health::Full => (Key::HealthFull, None, "error"),
            Health::Recovered {
                damage,
                fresh: true,
                ..
            } => (Key::HealthRecovered, Some(damage), "warning"),
            Health::Recovered { damage, .. } => (Key::HealthRecoveredPart, Some(damage), "warning"),
            Health::AsideFailed { damage } => (Key::HealthAsideFailed, Some(damage), "error"),
            Health::NewerElsewhere => (Key::HealthNewer, None, "error"),
            Health::PlanElsewhere => (Key::HealthPlanElsewhere, None, "error"),
        };
        let detail = match (&health, damage) {
            (_, Some(d)) => d.describe(app.language()),
            (Health::Full, None) => {
                let units = crate::ui::app::persist::app_units();
                crate::ui::i18n::app_uses(
                    app.language(),
                    &crate::domain::number::group_thousands(units as u64, app.marks()),
                )
            }
            _ => String::new(),
        };
        Some(view! {
            <div class=format!("banner banner--{level}") role="alert" data-testid="health-banner">
                <p class="banner__text">{app.text(key)} " " <span class="banner__detail">{detail}</span></p>
                <BackupButton/>
            </div>
        })
    }
}

/// From this share of the quota on, the app says storage is filling up.
const NEARLY_FULL_PERCENT: usize = 80;

/// Storage filling up, said before it is full: how much is used and what to
/// do, with the backup one click away. (At the quota itself, the health
/// banner says what was not saved.)
#[component]
pub fn StorageNearlyFull() -> impl IntoView {
    let app = use_app();
    move || {
        let units = app.usage().get()?;
        let quota = browser::storage::QUOTA_UNITS;
        let healthy = app.health().with(|h| matches!(h, Health::Ok));
        (healthy && units * 100 >= quota * NEARLY_FULL_PERCENT).then(|| {
            let percent = crate::domain::number::percent(units.min(quota), quota, app.marks());
            view! {
                <div class="banner banner--warning" role="status" data-testid="storage-nearly-full">
                    <p class="banner__text">
                        {crate::ui::i18n::storage_nearly_full(app.language(), &percent)} " "
                        <span class="banner__detail">{app.text(Key::StorageNearlyFullHint)}</span>
                    </p>
                    <BackupButton/>
                </div>
            }
        })
    }
}

/// While the sample shown at first open is present, every screen and every
/// print says so, with the one action that removes it (undoable). The report
/// sent up leaves it out (`format::report_up::build`).
#[component]
pub fn SampleBanner() -> impl IntoView {
    let app = use_app();
    let has_sample = Memo::new(move |_| app.workspace().with(|w| w.has_sample()));
    move || {
        has_sample.get().then(|| {
            view! {
                <div class="banner banner--sample" role="status" data-testid="sample-banner">
                    <p class="banner__text">
                        <strong>{app.tr(Key::SampleBadge)}</strong> ": " {app.tr(Key::SampleBannerText)}
                        <span class="banner__more">" " {app.tr(Key::SampleBannerMore)}</span>
                    </p>
                    <button class="button button--danger" data-testid="sample-banner-remove"
                        on:click=move |_| { app.dispatch(crate::domain::Command::RemoveSample); }>
                        {app.tr(Key::SampleRemove)}
                    </button>
                </div>
            }
        })
    }
}

#[component]
pub fn Notices() -> impl IntoView {
    let app = use_app();
    view! {
        <div class="notices" role="status" aria-live="polite">
            <For each=move || app.notices().get() key=|notice| notice.id let:notice>
                <div class="notice" data-testid="notice">
                    <span>{notice.text.clone()}</span>
                    <button class="notice__close" on:click=move |_| app.dismiss(notice.id)>
                        {app.tr(Key::Dismiss)}
                    </button>
                </div>
            </For>
        </div>
    }
}
