//! A search box: the board's filter, the unit list's and the profile
//! dialog's unit search are the same input with their own label.

use crate::ui::app::state::use_app;
use crate::ui::i18n::Key;
use leptos::ev::KeyboardEvent;
use leptos::prelude::*;

/// A search input whose text is `value`; `on_input` receives every edit.
#[component]
pub fn SearchInput(
    class: &'static str,
    test_id: &'static str,
    /// Its placeholder and accessible name.
    label: Key,
    #[prop(into)] value: Signal<String>,
    on_input: Callback<String>,
    /// Keys the search box handles itself (the profile dialog's arrows).
    #[prop(optional)]
    on_keydown: Option<Callback<KeyboardEvent>>,
) -> impl IntoView {
    let app = use_app();
    view! {
        <input
            class=class
            type="search"
            data-testid=test_id
            placeholder=app.tr(label)
            aria-label=app.tr(label)
            prop:value=move || value.get()
            on:input=move |ev| on_input.run(event_target_value(&ev))
            on:keydown=move |ev| {
                if let Some(keys) = on_keydown {
                    keys.run(ev);
                }
            }
        />
    }
}
