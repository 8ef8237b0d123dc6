//! An entry's evidence (minh chứng): the list, with removal, and the form
//! that adds one (a document number and date, an article count, a link).

use super::i18n::{self, Key};
use super::state::use_app;
use super::when::When;
use crate::domain::{Date, Entry, EntryChange, Evidence, EvidenceKind};
use leptos::prelude::*;

#[component]
pub(super) fn EvidenceList(
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
                            {item.count.map(|c| view! { <span class="editor__hint">{format!("× {c}")}</span> })}
                            {item.link.clone().map(|l| {
                                let href = l.clone();
                                view! { <a href=href target="_blank" rel="noopener noreferrer">{l}</a> }
                            })}
                            <When when=move || !readonly.get()>
                                <button class="button button--danger" on:click=move |_| change.run(EntryChange::RemoveEvidence(index))>
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

#[component]
fn EvidenceForm(change: Callback<EntryChange>) -> impl IntoView {
    let app = use_app();
    let kind = RwSignal::new(EvidenceKind::Document);
    let title = RwSignal::new(String::new());
    let date = RwSignal::new(String::new());
    let count = RwSignal::new(String::new());
    let link = RwSignal::new(String::new());
    let add = move |_| {
        let text = title.get_untracked();
        if text.trim().is_empty() {
            return;
        }
        let date_text = date.get_untracked();
        let parsed = Date::parse_dmy(&date_text);
        if !date_text.trim().is_empty() && parsed.is_none() {
            app.notify(app.text(Key::InvalidDate).to_owned());
            return;
        }
        let link_text = link.get_untracked();
        change.run(EntryChange::AddEvidence(Evidence {
            kind: kind.get_untracked(),
            title: text.trim().to_owned(),
            date: parsed,
            count: count.get_untracked().trim().parse().ok(),
            link: (!link_text.trim().is_empty()).then(|| link_text.trim().to_owned()),
        }));
        for field in [title, date, count, link] {
            field.set(String::new());
        }
    };
    let input = move |signal: RwSignal<String>, key: Key, test_id: &'static str| {
        view! {
            <input class="input" data-testid=test_id placeholder=app.tr(key) aria-label=app.tr(key)
                prop:value=move || signal.get() on:input=move |ev| signal.set(event_target_value(&ev))/>
        }
    };
    view! {
        <div class="evidence-form">
            <select class="input" data-testid="evidence-kind" aria-label=app.tr(Key::EditorEvidence) on:change=move |ev| {
                let index: usize = event_target_value(&ev).parse().unwrap_or(0);
                kind.set(EvidenceKind::ALL.get(index).copied().unwrap_or(EvidenceKind::Other));
            }>
                {EvidenceKind::ALL.into_iter().enumerate().map(|(index, k)| view! {
                    <option value=index.to_string() selected=move || kind.get() == k>{app.tr(i18n::evidence_kind(k))}</option>
                }).collect_view()}
            </select>
            {input(title, Key::EvidenceTitle, "evidence-title")}
            {input(date, Key::EvidenceDate, "evidence-date")}
            {input(count, Key::EvidenceCount, "evidence-count")}
            {input(link, Key::EvidenceLink, "evidence-link")}
            <button class="button" data-testid="evidence-add" on:click=add>{app.tr(Key::EvidenceAdd)}</button>
        </div>
    }
}
