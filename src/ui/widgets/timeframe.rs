//! A timeframe typed in two fields: its kind (thường xuyên, hằng năm, a
//! deadline, a quarter, a year, a range) and the text of its dates, read by
//! `Timeframe::read`. The amendment forms and the new plan's review use it.

use crate::domain::Timeframe;
use crate::ui::app::state::{use_app, AppState};
use crate::ui::i18n::Key;
use crate::ui::widgets::when::When;
use leptos::prelude::*;

/// The label and the example of each kind, in `Timeframe::KINDS` order.
const KINDS: [(Key, &str); 6] = [
    (Key::Ongoing, ""),
    (Key::Yearly, ""),
    (Key::TimeframeDeadline, "30/09/2026"),
    (Key::TimeframeQuarter, "III/2026"),
    (Key::TimeframeYear, "2026"),
    (Key::TimeframeRange, "01/07/2026 - 31/12/2026"),
];

fn example(kind: &str) -> &'static str {
    Timeframe::KINDS
        .iter()
        .position(|k| *k == kind)
        .map_or("", |at| KINDS[at].1)
}

/// The kind and, for those with dates, their text.
#[component]
pub fn TimeframeFields(
    test_id: &'static str,
    kind: RwSignal<String>,
    when: RwSignal<String>,
) -> impl IntoView {
    let app = use_app();
    let kinds = Timeframe::KINDS.into_iter().zip(KINDS).map(|(slug, (label, _))| {
        view! { <option value=slug selected=move || kind.with(|k| k == slug)>{app.tr(label)}</option> }
    });
    view! {
        <label class="amend__field">
            <span>{app.tr(Key::TimeframeKind)}</span>
            <select class="input" data-testid=format!("{test_id}-kind") on:change=move |ev| kind.set(event_target_value(&ev))>
                {kinds.collect_view()}
            </select>
        </label>
        <When when=move || kind.with(|k| !example(k).is_empty())>
            <label class="amend__field">
                <span>{app.tr(Key::TimeframeWhen)}</span>
                <input class="input" data-testid=format!("{test_id}-when") placeholder=move || kind.with(|k| example(k))
                    prop:value=move || when.get() on:input=move |ev| when.set(event_target_value(&ev))/>
            </label>
        </When>
    }
}

/// The timeframe the fields hold, or words naming what cannot be read.
pub fn typed_timeframe(app: AppState, kind: &str, when: &str) -> Result<Timeframe, String> {
    Timeframe::read(kind, when).ok_or_else(|| {
        crate::ui::i18n::bad_timeframe(app.language_untracked(), when.trim(), example(kind))
    })
}
