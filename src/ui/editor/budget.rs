//! The entry editor's funding (kinh phí): the amount spent, its source, and
//! further funding asked for. Amounts are typed as people write them
//! (`12.500.000`, `12500000 đồng`) and shown back with the language's marks.

use crate::domain::budget::{self, AmountError};
use crate::domain::{Entry, EntryChange, Funding};
use crate::ui::app::state::use_app;
use crate::ui::editor::fields::{held_handlers, FieldError};
use crate::ui::i18n::{self, Key};
use leptos::ev;
use leptos::prelude::*;

#[component]
pub(in crate::ui) fn BudgetFields(
    entry: Memo<Entry>,
    readonly: Signal<bool>,
    change: Callback<EntryChange>,
) -> impl IntoView {
    let app = use_app();
    view! {
        <fieldset class="editor__budget" data-testid="editor-budget">
            <legend>{app.tr(Key::EditorBudget)}</legend>
            <div class="editor__row">
                <AmountField label=Key::EditorSpent test_id="editor-spent" entry readonly change
                    value=|e: &Entry| e.budget.spent make=EntryChange::Spent/>
                <FundingField entry readonly change/>
                <AmountField label=Key::EditorRequested test_id="editor-requested" entry readonly change
                    value=|e: &Entry| e.budget.requested make=EntryChange::Requested/>
            </div>
            <p class="editor__hint">{app.tr(Key::EditorBudgetHint)}</p>
        </fieldset>
    }
}

/// An amount in đồng: read when the field changes (or held as a draft),
/// named as wrong when it is not one.
#[component]
fn AmountField(
    label: Key,
    test_id: &'static str,
    entry: Memo<Entry>,
    readonly: Signal<bool>,
    change: Callback<EntryChange>,
    value: fn(&Entry) -> Option<u64>,
    make: fn(Option<u64>) -> EntryChange,
) -> impl IntoView {
    let app = use_app();
    let wrong = RwSignal::new(None);
    let error_id = format!("{test_id}-error");
    let read = move |event: &ev::Event| match budget::parse_amount(
        &event_target_value(event),
        app.marks(),
    ) {
        Ok(dong) => Ok(make(dong)),
        Err(AmountError::Unreadable) => Err(Key::InvalidAmount),
        Err(AmountError::TooLarge) => Err(Key::AmountTooLarge),
    };
    let (on_input, on_change) = held_handlers(test_id.to_owned(), read, change, wrong);
    let shown = move || {
        let marks = app.marks();
        entry.with(|e| value(e).map(|dong| budget::amount(dong, marks)))
    };
    view! {
        <label class="editor__field">
            <span>{app.tr(label)}</span>
            <input class="input editor__amount" type="text" inputmode="numeric" autocomplete="off"
                data-testid=test_id disabled=readonly
                aria-invalid=move || wrong.get().map(|_| "true") aria-describedby=error_id.clone()
                prop:value=move || shown().unwrap_or_default()
                on:input=on_input on:change=on_change/>
            <FieldError id=error_id text=wrong.into()/>
        </label>
    }
}

#[component]
fn FundingField(
    entry: Memo<Entry>,
    readonly: Signal<bool>,
    change: Callback<EntryChange>,
) -> impl IntoView {
    let app = use_app();
    let is = move |source: Option<Funding>| entry.with(|e| e.budget.source == source);
    view! {
        <label class="editor__field">
            <span>{app.tr(Key::EditorFunding)}</span>
            <select class="input" data-testid="editor-funding" disabled=readonly on:change=move |ev| {
                change.try_run(EntryChange::Funding(Funding::from_slug(&event_target_value(&ev))));
            }>
                <option value="" selected=move || is(None)>{app.tr(Key::FundingUnset)}</option>
                {Funding::ALL.into_iter().map(|source| view! {
                    <option value=source.slug() selected=move || is(Some(source))>{app.tr(i18n::funding(source))}</option>
                }).collect_view()}
            </select>
        </label>
    }
}
