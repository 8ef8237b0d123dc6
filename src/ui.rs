//! The ui ring: Leptos components over one [`state::AppState`] context.
//!
//! Components read `ReadSignal`s from the state and change the workspace only
//! through `AppState::dispatch`; they receive `Callback`s, never write signals.

pub mod amend;
pub mod app;
pub mod board;
pub mod dashboard;
pub mod editor;
pub mod i18n;
pub mod import;
pub mod new_plan;
pub mod plan;
pub mod settings;
pub mod shell;
pub mod units;
pub mod widgets;

use leptos::prelude::*;

/// Mounts the app: reads storage once, provides the state, renders.
pub fn start() {
    // The release (scripts/release.sh) aborts at a panic without running a
    // hook: index.html shows the same notice when the trap reaches the page.
    if !cfg!(panic = "immediate-abort") {
        std::panic::set_hook(Box::new(|info| {
            console_error_panic_hook::hook(info);
            crate::browser::page::show_crash(i18n::t(
                crate::format::Language::Vietnamese,
                i18n::Key::Crash,
            ));
        }));
    }
    // User Timing spans the benchmark reads to say where a start's time
    // goes: the module's download and instantiation end where "tiendo-boot"
    // starts; reading the store, then the first render ("tiendo-mount").
    crate::browser::clock::start_span("tiendo-boot");
    let booted = app::boot::boot();
    crate::browser::clock::end_span("tiendo-boot");
    match booted {
        Ok(loaded) => {
            let loaded = std::cell::Cell::new(Some(loaded));
            crate::browser::clock::start_span("tiendo-mount");
            mount_to_body(move || {
                loaded.take().map(|loaded| {
                    provide_context(app::state::AppState::new(loaded));
                    view! { <app::App/> }
                })
            });
            crate::browser::clock::end_span("tiendo-mount");
            crate::browser::page::warn_if_uncompressed();
        }
        Err(error) => crate::browser::page::show_crash(&format!(
            "Không đọc được kế hoạch gốc đi kèm ứng dụng: {error}"
        )),
    }
}
