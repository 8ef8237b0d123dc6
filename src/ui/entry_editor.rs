//! The entry editor: one unit's report on one task for one period. Fields save
//! as you type (after a short pause) through `dispatch`; another unit's entry
//! opens read-only and says why.

use super::evidence::EvidenceList;
use super::i18n::{self, Key};
use super::plan_view::period_label;
use super::state::use_app;
use super::when::When;
use crate::browser;
use crate::browser::dom::Typed;
use crate::domain::{number, Command, Entry, EntryChange, EntryKey, Indicator, Period, Status};
use leptos::ev;
use leptos::prelude::*;
use std::time::Duration;

const COMMIT_PAUSE: Duration = Duration::from_millis(500);

#[component]
pub fn EntryEditor(
    entry_key: EntryKey,
    on_close: Callback<()>,
    /// The element that opened the editor (a CSS selector): it gets the
    /// focus back when the editor closes.
    opener: String,
) -> impl IntoView {
    let app = use_app();
    let opener = StoredValue::new(opener);
    let close = move || {
        on_close.run(());
        browser::dom::focus_soon(opener.get_value());
    };
    let key = StoredValue::new(entry_key.clone());
    let entry = Memo::new(move |_| {
        key.with_value(|k| {
            app.workspace().with(|w| {
                w.entries
                    .get(k)
                    .filter(|e| !e.deleted)
                    .cloned()
                    .unwrap_or_default()
            })
        })
    });
    let editable = Signal::derive(move || {
        let profile = app.profile();
        key.with_value(|k| {
            app.workspace()
                .with(|w| profile.acting_unit(w) == Some(&k.unit))
        })
    });
    let readonly = Signal::derive(move || !editable.get());
    let change = Callback::new(move |change: EntryChange| {
        app.dispatch(Command::UpdateEntry {
            key: key.get_value(),
            change,
            at: browser::clock::now(),
        })
    });
    let heading = app.workspace().with_untracked(|w| {
        let task = w.plan.task(&entry_key.task);
        let unit = w
            .plan
            .directory
            .unit(&entry_key.unit)
            .map_or(entry_key.unit.to_string(), |u| u.name.clone());
        let period = Period::parse(&entry_key.period)
            .map(|p| period_label(app.language(), p))
            .unwrap_or_default();
        (
            task.map(|t| format!("{} {}", t.number, t.title))
                .unwrap_or_default(),
            format!("{unit} · {period}"),
        )
    });
    let indicators = app.workspace().with_untracked(|w| {
        w.plan
            .task(&entry_key.task)
            .map(|t| t.indicators.clone())
            .unwrap_or_default()
    });
    let on_keydown = move |event: ev::KeyboardEvent| {
        if event.key() == "Escape" {
            close();
        }
    };
    // A modal takes the focus (a mouse click on a card leaves it behind the
    // backdrop, where Escape and Tab would not reach the dialog).
    browser::dom::focus_soon("#entry-editor".to_owned());
    view! {
        <div class="dialog-backdrop">
            <div id="entry-editor" class="dialog dialog--wide editor" role="dialog" aria-modal="true" aria-labelledby="editor-title" data-testid="entry-editor" tabindex="-1" on:keydown=on_keydown>
                <h2 id="editor-title" class="dialog__title">{app.tr(Key::EditorTitle)}": "{heading.0.clone()}</h2>
                <p class="editor__sub">{heading.1.clone()}</p>
                <When when=move || readonly.get()>
                    <p class="editor__readonly" role="note" data-testid="editor-readonly">{app.tr(Key::EditorReadOnly)}</p>
                </When>
                <div class="editor__row">
                    <label class="editor__field">
                        <span>{app.tr(Key::FilterStatus)}</span>
                        <select class="input" data-testid="editor-status" disabled=readonly on:change=move |ev| {
                            if let Some(status) = Status::from_slug(&event_target_value(&ev)) {
                                change.run(EntryChange::Status(status));
                            }
                        }>
                            {Status::ALL.into_iter().map(|s| view! {
                                <option value=s.slug() selected=move || entry.with(|e| e.status == s)>{app.tr(i18n::status(s))}</option>
                            }).collect_view()}
                        </select>
                    </label>
                    <ProgressField entry readonly change/>
                </div>
                <TextArea label=Key::EditorDone test_id="editor-done" value=Signal::derive(move || entry.with(|e| e.done.clone())) readonly
                    on_commit=Callback::new(move |text| change.run(EntryChange::Done(text)))/>
                <EvidenceList entry readonly change/>
                <TextArea label=Key::EditorObstacles test_id="editor-obstacles" value=Signal::derive(move || entry.with(|e| e.obstacles.clone())) readonly
                    on_commit=Callback::new(move |text| change.run(EntryChange::Obstacles(text)))/>
                <TextArea label=Key::EditorProposals test_id="editor-proposals" value=Signal::derive(move || entry.with(|e| e.proposals.clone())) readonly
                    on_commit=Callback::new(move |text| change.run(EntryChange::Proposals(text)))/>
                {(!indicators.is_empty()).then(|| view! {
                    <fieldset class="editor__indicators">
                        <legend>{app.tr(Key::EditorIndicators)}</legend>
                        {indicators.into_iter().map(|indicator| view! { <IndicatorField indicator entry readonly change/> }).collect_view()}
                    </fieldset>
                })}
                <Conflicts key_value=key readonly/>
                <p class="editor__hint">{app.tr(Key::EditorAutosave)}</p>
                <div class="dialog__actions">
                    <button class="button button--primary" data-testid="editor-close" on:click=move |_| close()>{app.tr(Key::Close)}</button>
                </div>
            </div>
        </div>
    }
}

#[component]
fn ProgressField(
    entry: Memo<Entry>,
    readonly: Signal<bool>,
    change: Callback<EntryChange>,
) -> impl IntoView {
    let app = use_app();
    let wrong = RwSignal::new(false);
    let read = |typed| match typed {
        Typed::Empty => Some(EntryChange::Progress(None)),
        Typed::Number(value) if (0.0..=100.0).contains(&value) && value.fract() == 0.0 => {
            Some(EntryChange::Progress(Some(value as u8)))
        }
        _ => None,
    };
    let (on_input, on_change) = number_handlers("editor-progress".into(), read, change, wrong);
    view! {
        <label class="editor__field">
            <span>{app.tr(Key::EditorProgress)}</span>
            <input class="input editor__progress" type="number" min="0" max="100" step="5" data-testid="editor-progress" disabled=readonly
                aria-invalid=move || wrong.get().then_some("true") aria-describedby="progress-error"
                prop:value=move || entry.with(|e| e.progress.map(|p| p.to_string()).unwrap_or_default())
                on:input=on_input on:change=on_change/>
            <FieldError id="progress-error" text=Signal::derive(move || wrong.get().then_some(Key::InvalidProgress))/>
        </label>
    }
}

/// One of the task's indicators (a figure against its target).
#[component]
fn IndicatorField(
    indicator: Indicator,
    entry: Memo<Entry>,
    readonly: Signal<bool>,
    change: Callback<EntryChange>,
) -> impl IntoView {
    let app = use_app();
    let wrong = RwSignal::new(false);
    let field = format!("indicator-{}", indicator.id);
    let error_id = format!("{field}-error");
    let target = indicator
        .target
        .map(|t| format!(" / {}", number::decimal(t, app.marks())))
        .unwrap_or_default();
    let id = indicator.id.clone();
    let read = move |typed| match typed {
        Typed::Empty => Some(EntryChange::Indicator(id.clone(), None)),
        Typed::Number(value) => Some(EntryChange::Indicator(id.clone(), Some(value))),
        Typed::Unreadable => None,
    };
    let (on_input, on_change) = number_handlers(field.clone(), read, change, wrong);
    let value_id = indicator.id.clone();
    view! {
        <label class="editor__field">
            <span>{format!("{} ({}){target}", indicator.name, indicator.measure)}</span>
            <input class="input" type="number" step="any" disabled=readonly data-testid=field
                aria-invalid=move || wrong.get().then_some("true") aria-describedby=error_id.clone()
                prop:value=move || entry.with(|e| e.indicators.get(&value_id).map(|v| number::shortest(*v)).unwrap_or_default())
                on:input=on_input on:change=on_change/>
            <FieldError id=error_id text=Signal::derive(move || wrong.get().then_some(Key::InvalidNumber))/>
        </label>
    }
}

/// The input and change handlers of a number field whose reading (`read`;
/// `None`: unreadable, marked `wrong`) becomes `change` when the field
/// changes — or, typed but not yet changed (no blur, no Enter), when the
/// page goes away or the editor closes: the reading is held as a draft
/// meanwhile.
fn number_handlers(
    field: String,
    read: impl Fn(Typed) -> Option<EntryChange> + Clone + 'static,
    change: Callback<EntryChange>,
    wrong: RwSignal<bool>,
) -> (impl Fn(ev::Event) + 'static, impl Fn(ev::Event) + 'static) {
    let app = use_app();
    let pending = StoredValue::new(None::<EntryChange>);
    let commit = move || {
        if let Some(reading) = pending.try_update_value(Option::take).flatten() {
            change.run(reading);
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
            let reading = read(browser::dom::typed_number(&event));
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
        match read(browser::dom::typed_number(&event)) {
            Some(reading) => {
                wrong.set(false);
                change.run(reading);
            }
            None => wrong.set(true),
        }
    };
    (on_input, on_change)
}

/// The message under a field that cannot be read (empty otherwise); the
/// field points at it with `aria-describedby`.
#[component]
pub(super) fn FieldError(#[prop(into)] id: String, text: Signal<Option<Key>>) -> impl IntoView {
    let app = use_app();
    view! {
        <span id=id class="field-error" role="alert">{move || text.get().map(|key| app.text(key))}</span>
    }
}

/// A text area that commits after a pause in typing, on leaving it, and when
/// the editor closes — so no keystroke is lost.
#[component]
fn TextArea(
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
        if let Some(handle) = timer.get_value() {
            handle.clear();
        }
        timer.set_value(None);
        app.release_draft(test_id);
        let text = draft.get_untracked();
        if value.try_get_untracked().is_some_and(|saved| saved != text) {
            on_commit.run(text);
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

/// Other versions written at the same revision, for the owner to choose from.
#[component]
fn Conflicts(key_value: StoredValue<EntryKey>, readonly: Signal<bool>) -> impl IntoView {
    let app = use_app();
    let others = Memo::new(move |_| {
        key_value.with_value(|k| {
            app.workspace()
                .with(|w| w.conflicts.get(k).cloned().unwrap_or_default())
        })
    });
    move || {
        let list = others.get();
        (!list.is_empty()).then(|| view! {
            <fieldset class="editor__conflicts" data-testid="editor-conflicts">
                <legend>{app.text(Key::ConflictTitle)}</legend>
                <p class="editor__hint">{app.text(Key::ConflictHint)}</p>
                {list.into_iter().map(|other| {
                    let summary = format!("{} — {}", app.text(i18n::status(other.status)), other.done);
                    view! {
                        <div class="editor__conflict">
                            <span>{summary}</span>
                            <When when=move || !readonly.get()>
                                {
                                    let other = other.clone();
                                    view! {
                                        <button class="button" on:click=move |_| app.dispatch(Command::RestoreEntry {
                                            key: key_value.get_value(),
                                            previous: Some(other.clone()),
                                            at: browser::clock::now(),
                                        })>{app.text(Key::ConflictChoose)}</button>
                                    }
                                }
                            </When>
                        </div>
                    }
                }).collect_view()}
            </fieldset>
        })
    }
}
