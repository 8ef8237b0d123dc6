//! The entry editor's fields that hold typing: progress and indicator
//! figures (amounts: `budget`), text areas, and the message under a
//! field that cannot be read.
//! What is typed is committed when the field changes, after a pause, when
//! the editor closes or when the page goes away (`AppState::hold_draft`):
//! no keystroke is lost.

use crate::browser;
use crate::browser::dom::Typed;
use crate::domain::{number, Entry, EntryChange, Indicator};
use crate::ui::app::state::use_app;
use crate::ui::i18n::Key;
use leptos::ev;
use leptos::prelude::*;
use std::time::Duration;

const COMMIT_PAUSE: Duration = Duration::from_millis(500);

#[component]
pub(in crate::ui) fn ProgressField(
    entry: Memo<Entry>,
    readonly: Signal<bool>,
    change: Callback<EntryChange>,
) -> impl IntoView {
    let app = use_app();
    let wrong = RwSignal::new(None);
    let read = |event: &ev::Event| match browser::dom::typed_number(event) {
        Typed::Empty => Ok(EntryChange::Progress(None)),
        Typed::Number(value) if (0.0..=100.0).contains(&value) && value.fract() == 0.0 => {
            Ok(EntryChange::Progress(Some(value as u8)))
        }
        _ => Err(Key::InvalidProgress),
    };
    let (on_input, on_change) = held_handlers("editor-progress".into(), read, change, wrong);
    view! {
        <label class="editor__field">
            <span>{app.tr(Key::EditorProgress)}</span>
            <input class="input editor__progress" type="number" min="0" max="100" step="5" data-testid="editor-progress" disabled=readonly
                aria-invalid=move || wrong.get().map(|_| "true") aria-describedby="progress-error"
                prop:value=move || entry.with(|e| e.progress.map(|p| p.to_string()).unwrap_or_default())
                on:input=on_input on:change=on_change/>
            <FieldError id="progress-error" text=wrong.into()/>
        </label>
    }
}

/// One of the task's indicators (a figure against its target).
#[component]
pub(in crate::ui) fn IndicatorField(
    indicator: Indicator,
    entry: Memo<Entry>,
    readonly: Signal<bool>,
    change: Callback<EntryChange>,
) -> impl IntoView {
    let app = use_app();
    let wrong = RwSignal::new(None);
    let field = format!("indicator-{}", indicator.id);
    let error_id = format!("{field}-error");
    let target = indicator
        .target
        .map(|t| format!(" / {}", number::decimal(t, app.marks())))
        .unwrap_or_default();
    let id = indicator.id.clone();
    let read = move |event: &ev::Event| match browser::dom::typed_number(event) {
        Typed::Empty => Ok(EntryChange::Indicator(id.clone(), None)),
        Typed::Number(value) => Ok(EntryChange::Indicator(id.clone(), Some(value))),
        Typed::Unreadable => Err(Key::InvalidNumber),
    };
    let (on_input, on_change) = held_handlers(field.clone(), read, change, wrong);
    let value_id = indicator.id.clone();
    view! {
        <label class="editor__field">
            <span>{format!("{} ({}){target}", indicator.name, indicator.measure)}</span>
            <input class="input" type="number" step="any" disabled=readonly data-testid=field
                aria-invalid=move || wrong.get().map(|_| "true") aria-describedby=error_id.clone()
                prop:value=move || entry.with(|e| e.indicators.get(&value_id).map(|v| number::shortest(*v)).unwrap_or_default())
                on:input=on_input on:change=on_change/>
            <FieldError id=error_id text=wrong.into()/>
        </label>
    }
}

/// The input and change handlers of a field whose reading (`read`: the
/// change it makes, or why it cannot be read, shown in `wrong`) becomes
/// `change` when the field changes — or, typed but not yet changed (no
/// blur, no Enter), when the page goes away or the editor closes: the
/// reading is held as a draft meanwhile. (A reading equal to what the entry
/// holds changes nothing: `AppState::dispatch` drops it.)
pub(in crate::ui) fn held_handlers(
    field: String,
    read: impl Fn(&ev::Event) -> Result<EntryChange, Key> + Clone + 'static,
    change: Callback<EntryChange>,
    wrong: RwSignal<Option<Key>>,
) -> (impl Fn(ev::Event) + 'static, impl Fn(ev::Event) + 'static) {
    let app = use_app();
    let pending = StoredValue::new(None::<EntryChange>);
    // `try_run`: at the editor's cleanup its callback may be disposed
    // already (a panic there would trap the release); the editor commits
    // its drafts before it closes.
    let commit = move || {
        if let Some(reading) = pending.try_update_value(Option::take).flatten() {
            change.try_run(reading);
        }
    };
    let held = Callback::new(move |()| commit());
    // The editor closed with Escape while the field still had the focus.
    on_cleanup({
        let field = field.clone();
        move || {
            app.release_draft(&field);
            commit();
        }
    });
    let on_input = {
        let (field, read) = (field.clone(), read.clone());
        move |event: ev::Event| {
            let reading = read(&event).ok();
            let readable = reading.is_some();
            pending.set_value(reading);
            if readable {
                app.hold_draft(field.clone(), held);
            } else {
                app.release_draft(&field);
            }
        }
    };
    let on_change = move |event: ev::Event| {
        app.release_draft(&field);
        pending.set_value(None);
        match read(&event) {
            Ok(reading) => {
                wrong.set(None);
                change.try_run(reading);
            }
            Err(why) => wrong.set(Some(why)),
        }
    };
    (on_input, on_change)
}

/// The message under a field that cannot be read (empty otherwise); the
/// field points at it with `aria-describedby`.
#[component]
pub(in crate::ui) fn FieldError(
    #[prop(into)] id: String,
    text: Signal<Option<Key>>,
) -> impl IntoView {
    let app = use_app();
    view! {
        <span id=id class="field-error" role="alert">{move || text.get().map(|key| app.text(key))}</span>
    }
}

/// A text area that commits after a pause in typing, on leaving it, and when
/// the editor closes — so no keystroke is lost.
#[component]
pub(in crate::ui) fn TextArea(
    label: Key,
    test_id: &'static str,
    value: Signal<String>,
    readonly: Signal<bool>,
    on_commit: Callback<String>,
) -> impl IntoView {
    let app = use_app();
    let draft = RwSignal::new(value.get_untracked());
    // Undo or another tab can change the saved text: show it.
    Effect::new(move |_| draft.set(value.get()));
    let timer = StoredValue::new(None::<leptos::leptos_dom::helpers::TimeoutHandle>);
    let commit = move || {
        // Also run by the blur a focused text area fires as the editor
        // removes it, when its own state may be gone already.
        let Some(text) = draft.try_get_untracked() else {
            return;
        };
        if let Some(Some(handle)) = timer.try_get_value() {
            handle.clear();
        }
        timer.try_set_value(None);
        app.release_draft(test_id);
        if value.try_get_untracked().is_some_and(|saved| saved != text) {
            on_commit.try_run(text);
        }
    };
    on_cleanup(commit);
    // What the page commits if it goes away before the pause (one callback,
    // not one per keystroke).
    let held = Callback::new(move |()| commit());
    view! {
        <label class="editor__field editor__field--wide">
            <span>{app.tr(label)}</span>
            <textarea class="input editor__text" rows="3" data-testid=test_id disabled=readonly
                prop:value=move || draft.get()
                on:input=move |ev| {
                    draft.set(event_target_value(&ev));
                    if let Some(handle) = timer.get_value() {
                        handle.clear();
                    }
                    timer.set_value(set_timeout_with_handle(commit, COMMIT_PAUSE).ok());
                    app.hold_draft(test_id.to_owned(), held);
                }
                on:blur=move |_| commit()
            ></textarea>
        </label>
    }
}
