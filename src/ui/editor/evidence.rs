//! An entry's evidence (minh chứng): the list, with removal, and the form
//! that adds one (a document number and date, an article count, a link).

use crate::browser;
use crate::domain::evidence::{EvidenceForm, FormError};
use crate::domain::{number, Entry, EntryChange, EvidenceKind};
use crate::ui::app::state::use_app;
use crate::ui::editor::fields::FieldError;
use crate::ui::i18n::{self, Key};
use crate::ui::widgets::when::When;
use leptos::prelude::*;

#[component]
pub(in crate::ui) fn EvidenceList(
    entry: Memo<Entry>,
    readonly: Signal<bool>,
    change: Callback<EntryChange>,
) -> impl IntoView {
    let app = use_app();
    let items = move || entry.with(|e| e.evidence.iter().cloned().enumerate().collect::<Vec<_>>());
    view! {
        <fieldset class="editor__evidence" data-testid="editor-evidence">
            <legend>{app.tr(Key::EditorEvidence)}</legend>
            <When when=move || entry.with(|e| !e.evidence.is_empty()) fallback=move || view! { <p class="editor__hint">{app.text(Key::EvidenceNone)}</p> }>
                <ul class="evidence-list">
                    {move || items().into_iter().map(|(index, item)| view! {
                        <li class="evidence-list__item" data-testid="evidence-item">
                            <span class="badge">{app.tr(i18n::evidence_kind(item.kind))}</span>
                            <span>{item.title.clone()}</span>
                            {item.date.map(|d| view! { <span class="editor__hint">{d.dmy()}</span> })}
                            {item.count.map(|c| view! { <span class="editor__hint">{format!("× {}", number::group_thousands(u64::from(c), app.marks()))}</span> })}
                            // Not a web address (a file can carry `javascript:`): an
                            // anchor without `href`, which is text, not a link.
                            {item.link.clone().map(|link| {
                                let href = item.web_link().map(str::to_owned);
                                view! { <a href=href target="_blank" rel="noopener noreferrer" data-testid="evidence-link-shown">{link}</a> }
                            })}
                            <When when=move || !readonly.get()>
                                <button class="button button--danger" on:click=move |_| { change.try_run(EntryChange::RemoveEvidence(index)); }>
                                    {app.tr(Key::EvidenceRemove)}
                                </button>
                            </When>
                        </li>
                    }).collect_view()}
                </ul>
            </When>
            <When when=move || !readonly.get()>
                <EvidenceForm change/>
            </When>
        </fieldset>
    }
}

/// The form's fields: each input's id, label and the error that points at
/// it.
const FIELDS: [(&str, Key, FormError); 4] = [
    ("evidence-title", Key::EvidenceTitle, FormError::NoTitle),
    ("evidence-date", Key::EvidenceDate, FormError::Date),
    ("evidence-count", Key::EvidenceCount, FormError::Count),
    ("evidence-link", Key::EvidenceLink, FormError::Link),
];

/// The form's name among the fields holding typing (`AppState::hold_draft`).
const DRAFT: &str = "evidence-form";

fn error_text(error: FormError) -> Key {
    match error {
        FormError::NoTitle => Key::EvidenceNeedsTitle,
        FormError::Date => Key::InvalidDate,
        FormError::Count => Key::InvalidCount,
        FormError::Link => Key::InvalidLink,
    }
}

/// Adds one piece of evidence. A field that cannot be read is marked, gets
/// the focus and a message beside the form; nothing is added until it reads.
/// What reads is not lost to a closed editor or page (added then).
#[component]
fn EvidenceForm(change: Callback<EntryChange>) -> impl IntoView {
    let app = use_app();
    let kind = RwSignal::new(EvidenceKind::Document);
    let values = FIELDS.map(|_| RwSignal::new(String::new()));
    let error = RwSignal::new(None::<FormError>);
    // The form's evidence, or the first field that cannot be read.
    let read = move || {
        let [title, date, count, link] = values.map(|v| v.get_untracked());
        EvidenceForm {
            marks: app.language_untracked().marks(),
            kind: kind.get_untracked(),
            title: &title,
            date: &date,
            count: &count,
            link: &link,
        }
        .read()
    };
    let added = move |evidence| {
        app.release_draft(DRAFT);
        error.set(None);
        change.try_run(EntryChange::AddEvidence(evidence));
        for value in values {
            value.set(String::new());
        }
    };
    let add = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        match read() {
            Ok(evidence) => added(evidence),
            Err(wrong) => {
                error.set(Some(wrong));
                if let Some((id, ..)) = FIELDS.iter().find(|(.., e)| *e == wrong) {
                    browser::dom::focus_soon(format!("#{id}"));
                }
            }
        }
    };
    // Evidence typed in full but not added when the editor closes or the
    // page goes away is added then (a form that does not read is left).
    let add_typed = move || {
        if let Ok(evidence) = read() {
            added(evidence);
        }
    };
    let held = Callback::new(move |()| add_typed());
    on_cleanup(move || {
        app.release_draft(DRAFT);
        add_typed();
    });
    let inputs = FIELDS
        .into_iter()
        .zip(values)
        .map(|((id, key, field), value)| {
            let wrong = move || error.get() == Some(field);
            // Named above the field, as the editor's other fields are: a
            // placeholder alone was cut short and went away with typing.
            view! {
                <div class="editor__field evidence-form__field" data-field=id>
                    <label for=id>{app.tr(key)}</label>
                    <input class="input" id=id data-testid=id
                        aria-invalid=move || wrong().then_some("true")
                        aria-describedby="evidence-error"
                        prop:value=move || value.get()
                        on:input=move |ev| {
                            value.set(event_target_value(&ev));
                            app.hold_draft(DRAFT.to_owned(), held);
                            if wrong() {
                                error.set(None);
                            }
                        }/>
                </div>
            }
        })
        .collect_view();
    view! {
        // A form: Enter in any field adds, as the button does.
        <form class="evidence-form" on:submit=add>
            <div class="editor__field evidence-form__field" data-field="evidence-kind">
                <label for="evidence-kind">{app.tr(Key::EvidenceKindLabel)}</label>
                <select class="input" id="evidence-kind" data-testid="evidence-kind" on:change=move |ev| {
                    let index: usize = event_target_value(&ev).parse().unwrap_or(0);
                    kind.set(EvidenceKind::ALL.get(index).copied().unwrap_or(EvidenceKind::Other));
                }>
                    {EvidenceKind::ALL.into_iter().enumerate().map(|(index, k)| view! {
                        <option value=index.to_string() selected=move || kind.get() == k>{app.tr(i18n::evidence_kind(k))}</option>
                    }).collect_view()}
                </select>
            </div>
            {inputs}
            <button class="button" type="submit" data-testid="evidence-add">{app.tr(Key::EvidenceAdd)}</button>
        </form>
        <FieldError id="evidence-error" text=Signal::derive(move || error.get().map(error_text))/>
    }
}
