//! The review's fields: each shows the draft's value and commits a correction
//! when the user leaves it changed (Enter or Tab), through the draft's door.

use crate::reader::review::Edit;
use crate::ui::app::state::use_app;
use crate::ui::i18n::Key;
use leptos::prelude::*;

/// A labelled text field; `edit` makes the correction from what was typed.
#[component]
pub(super) fn TextField(
    label: Key,
    test_id: String,
    #[prop(into)] value: Signal<String>,
    edit: Callback<String, Edit>,
    #[prop(optional)] lines: Option<u32>,
) -> impl IntoView {
    let app = use_app();
    // Bumped when a correction is refused: the field shows the draft's value again.
    let refused = RwSignal::new(0u32);
    let shown = move || {
        refused.track();
        value.get()
    };
    let commit = move |typed: String| {
        // A change event can come from a field the screen is removing.
        let Some(shown) = value.try_get_untracked() else {
            return;
        };
        if typed.trim() != shown.trim() {
            if let Some(edit) = edit.try_run(typed) {
                if app.edit_draft(edit).is_none() {
                    refused.try_update(|n| *n += 1);
                }
            }
        }
    };
    let field = match lines {
        Some(rows) => view! {
            <textarea class="input" rows=rows data-testid=test_id prop:value=shown
                on:change=move |ev| commit(event_target_value(&ev))></textarea>
        }
        .into_any(),
        None => view! {
            <input class="input" data-testid=test_id prop:value=shown
                on:change=move |ev| commit(event_target_value(&ev))/>
        }
        .into_any(),
    };
    view! {
        <label class="field new-plan__field">
            <span>{app.tr(label)}</span>
            {field}
        </label>
    }
}

/// A button that makes one correction.
pub(super) fn edit_button(
    label: Key,
    test_id: &'static str,
    edit: impl Fn() -> Edit + 'static,
) -> impl IntoView {
    let app = use_app();
    view! {
        <button type="button" class="button button--small" data-testid=test_id
            on:click=move |_| { app.edit_draft(edit()); }>
            {app.tr(label)}
        </button>
    }
}
