//! The document's header on the review screen: kind, number, date, place,
//! issuer, title, signer and the documents it cites, each correctable.

use super::fields::TextField;
use crate::reader::review::{Edit, Field};
use crate::reader::Reading;
use crate::ui::app::state::use_app;
use crate::ui::i18n::Key;
use leptos::prelude::*;

/// A value of the draft, following it.
fn of(read: fn(&Reading) -> String) -> Signal<String> {
    let app = use_app();
    Signal::derive(move || {
        app.draft()
            .with(|d| d.as_ref().map(read).unwrap_or_default())
    })
}

fn field(
    label: Key,
    field: Field,
    read: fn(&Reading) -> String,
    lines: Option<u32>,
) -> impl IntoView {
    let test_id = format!("new-plan-{}", format!("{field:?}").to_lowercase());
    let edit = Callback::new(move |typed: String| Edit::Header(field, typed));
    match lines {
        Some(lines) => view! { <TextField label test_id value=of(read) edit lines/> }.into_any(),
        None => view! { <TextField label test_id value=of(read) edit/> }.into_any(),
    }
}

#[component]
pub(super) fn HeaderForm() -> impl IntoView {
    let app = use_app();
    let parents = move || {
        app.draft().with(|d| {
            d.as_ref()
                .map(|r| {
                    r.plan
                        .parents
                        .iter()
                        .map(|p| {
                            let mut line = format!("{} {}", p.kind, p.number);
                            if !p.title.is_empty() {
                                line = format!("{line} {}", p.title);
                            }
                            line.trim().to_owned()
                        })
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    };
    // Folded to one line when the reader found the number, so the tasks come
    // first; open on a blank plan or a draft, where it is the first thing to fill.
    let open = app.draft().with_untracked(|d| {
        d.as_ref()
            .is_none_or(|r| r.plan.document.number.trim().is_empty())
    });
    let line = move || {
        app.draft().with(|d| {
            d.as_ref()
                .map(|r| {
                    let doc = &r.plan.document;
                    format!(
                        ": {} {}, {}, {}",
                        doc.kind,
                        doc.number,
                        doc.date.dmy(),
                        doc.issuer
                    )
                })
                .unwrap_or_default()
        })
    };
    view! {
        <details class="new-plan__part" open=open id=super::review::PART_HEADER data-testid="new-plan-header">
            <summary><h3>{app.tr(Key::NewPlanHeader)}</h3><span class="muted">{line}</span></summary>
            <div class="new-plan__grid">
                {field(Key::NewPlanKind, Field::Kind, |r| r.plan.document.kind.clone(), None)}
                {field(Key::NewPlanNumberField, Field::Number, |r| r.plan.document.number.clone(), None)}
                {field(Key::NewPlanDateField, Field::Date, |r| r.plan.document.date.dmy(), None)}
                {field(Key::NewPlanPlace, Field::Place, |r| r.plan.place.clone(), None)}
                {field(Key::PlanIssuer, Field::Issuer, |r| r.plan.document.issuer.clone(), None)}
                {field(Key::NewPlanSignerTitle, Field::SignerTitle, |r| r.plan.signer.title.clone(), None)}
                {field(Key::PlanSigner, Field::SignerName, |r| r.plan.signer.name.clone(), None)}
            </div>
            {field(Key::NewPlanTitleField, Field::Title, |r| r.plan.document.title.clone(), Some(2))}
            {field(Key::NewPlanAuthority, Field::Authority, |r| r.plan.signer.authority.join("\n"), Some(2))}
            <h4>{app.tr(Key::NewPlanParents)}</h4>
            <ul class="new-plan__parents" data-testid="new-plan-parents">
                {move || parents().into_iter().enumerate().map(|(index, line)| view! {
                    <li>
                        {line}" "
                        <button type="button" class="button button--small"
                            on:click=move |_| { app.edit_draft(Edit::RemoveParent(index)); }>
                            {app.tr(Key::NewPlanRemove)}
                        </button>
                    </li>
                }).collect_view()}
            </ul>
        </details>
    }
}
