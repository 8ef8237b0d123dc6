//! When a task must be done, changed by an amendment (the fields are
//! `widgets::timeframe`'s).

use super::{amend, chosen, submit, Note};
use crate::domain::plan::PlanChange;
use crate::domain::{TaskId, Timeframe};
use crate::ui::app::state::use_app;
use crate::ui::i18n::Key;
use crate::ui::widgets::timeframe::{typed_timeframe, TimeframeFields};
use leptos::prelude::*;

/// A chosen task's timeframe, shown to be changed.
#[component]
pub(super) fn TimeframeForm(task: RwSignal<String>) -> impl IntoView {
    let app = use_app();
    let (kind, when) = (
        RwSignal::new("ongoing".to_owned()),
        RwSignal::new(String::new()),
    );
    let note = Note::new();
    Effect::new(move |_| {
        let current = TaskId::new(task.get()).ok().and_then(|id| {
            app.workspace()
                .with_untracked(|w| w.plan.task(&id).map(|t| t.timeframe.clone()))
        });
        let current = current.unwrap_or(Timeframe::Ongoing);
        kind.set(current.kind().to_owned());
        when.set(current.when_text());
    });
    let save = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let Some(task) = chosen(app, note, task) else {
            return;
        };
        match typed_timeframe(app, &kind.get_untracked(), &when.get_untracked()) {
            Ok(timeframe) => {
                amend(app, note, PlanChange::SetTimeframe { task, timeframe });
            }
            Err(refusal) => {
                note.refuse::<()>(refusal);
            }
        }
    };
    view! {
        <form class="amend__form" data-testid="amend-timeframe" on:submit=save>
            <h3>{app.tr(Key::TimeframeSet)}</h3>
            <TimeframeFields test_id="amend-timeframe" kind when/>
            {submit("amend-timeframe-button", Key::TimeframeSet, note)}
        </form>
    }
}
