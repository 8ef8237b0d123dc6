//! The entry editor: one unit's report on one task for one period. Fields save
//! as you type (after a short pause) through `dispatch`; another unit's entry
//! opens read-only and says why.

mod budget;
mod evidence;
pub mod fields;

use crate::browser;
use crate::domain::{Command, Entry, EntryChange, EntryKey, Period, Status, TaskId};
use crate::ui::app::state::{use_app, AppState};
use crate::ui::editor::budget::BudgetFields;
use crate::ui::editor::evidence::EvidenceList;
use crate::ui::editor::fields::{IndicatorField, ProgressField, TextArea};
use crate::ui::i18n::{self, Key};
use crate::ui::widgets::period::period_label;
use crate::ui::widgets::when::When;
use leptos::ev;
use leptos::prelude::*;

#[component]
pub fn EntryEditor(
    entry_key: EntryKey,
    on_close: Callback<()>,
    /// The element that opened the editor (a CSS selector): it gets the
    /// focus back when the editor closes.
    opener: String,
    /// Opened because a move said work was done or under way with nothing
    /// written: the result field takes the focus, with a line asking for it.
    #[prop(optional)]
    ask_result: bool,
) -> impl IntoView {
    let app = use_app();
    let opener = StoredValue::new(opener);
    let close = move || {
        // Typing the fields still hold goes in while they are alive: their
        // callbacks are gone once the editor is unmounted.
        app.commit_drafts();
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
    // Only the unit that owes the entry writes it (the monitoring profile
    // writes its successor's after a merger).
    let readonly = Signal::derive(move || {
        let profile = app.profile();
        key.with_value(|k| {
            let writer = Period::parse(&k.period).and_then(|p| {
                app.workspace()
                    .with(|w| profile.acting_unit(&w.plan, p.start()))
            });
            writer.as_ref() != Some(&k.unit)
        })
    });
    let change = Callback::new(move |change: EntryChange| {
        app.dispatch(Command::UpdateEntry {
            key: key.get_value(),
            change,
            at: browser::clock::now(),
        });
    });
    let heading = heading(app, &entry_key);
    let on_keydown = move |event: ev::KeyboardEvent| {
        if event.key() == "Escape" {
            close();
        }
    };
    // A modal takes the focus (a mouse click on a card leaves it behind the
    // backdrop, where Escape and Tab would not reach the dialog).
    browser::dom::focus_soon(if ask_result {
        "[data-testid=editor-done]".to_owned()
    } else {
        "#entry-editor".to_owned()
    });
    let unsent = move || !(readonly.get() && entry.with(|e| !e.status.is_reported()));
    let task = entry_key.task.clone();
    view! {
        <div class="dialog-backdrop">
            <div id="entry-editor" class="dialog dialog--wide editor" role="dialog" aria-modal="true" aria-labelledby="editor-title" data-testid="entry-editor" tabindex="-1" on:keydown=on_keydown>
                <h2 id="editor-title" class="dialog__title">{app.tr(Key::EditorTitle)}": "{heading.0.clone()}</h2>
                <p class="editor__sub">{heading.1.clone()}</p>
                <When when=move || readonly.get()>
                    <p class="editor__readonly" role="note" data-testid="editor-readonly">{app.tr(Key::EditorReadOnly)}</p>
                </When>
                // What the monitoring unit sees of a report not sent yet: not
                // an empty form, but the way to ask for it.
                <When when=unsent fallback=move || view! { <Unsent key_value=key/> }>
                    <CarryOver key_value=key entry readonly change/>
                    <div class="editor__row">
                        <StatusField entry readonly change/>
                        <ProgressField entry readonly change/>
                    </div>
                    <When when=move || !readonly.get() && entry.with(crate::domain::Entry::lacks_result)>
                        <p class="editor__ask flag" role="note" data-testid="editor-ask-result">
                            {app.tr(if ask_result { Key::EditorAskResult } else { Key::CardNoResult })}
                        </p>
                    </When>
                    <TextArea label=Key::EditorDone test_id="editor-done" value=Signal::derive(move || entry.with(|e| e.done.clone())) readonly
                        on_commit=Callback::new(move |text| { change.try_run(EntryChange::Done(text)); })/>
                    <EvidenceList entry readonly change/>
                    <TextArea label=Key::EditorObstacles test_id="editor-obstacles" value=Signal::derive(move || entry.with(|e| e.obstacles.clone())) readonly
                        on_commit=Callback::new(move |text| { change.try_run(EntryChange::Obstacles(text)); })/>
                    <TextArea label=Key::EditorProposals test_id="editor-proposals" value=Signal::derive(move || entry.with(|e| e.proposals.clone())) readonly
                        on_commit=Callback::new(move |text| { change.try_run(EntryChange::Proposals(text)); })/>
                    <Indicators task=task.clone() entry readonly change/>
                    <BudgetFields entry readonly change/>
                    <Conflicts key_value=key readonly/>
                </When>
                <When when=move || !readonly.get()>
                    <p class="editor__hint">{app.tr(Key::EditorAutosave)}</p>
                </When>
                <div class="dialog__actions">
                    <button class="button button--primary" data-testid="editor-close" on:click=move |_| close()>{app.tr(Key::Close)}</button>
                </div>
            </div>
        </div>
    }
}

/// The task's indicators, one field each (nothing when it has none).
#[component]
fn Indicators(
    task: TaskId,
    entry: Memo<Entry>,
    readonly: Signal<bool>,
    change: Callback<EntryChange>,
) -> impl IntoView {
    let app = use_app();
    let indicators = app.workspace().with_untracked(|w| {
        w.plan
            .task(&task)
            .map(|t| t.indicators.clone())
            .unwrap_or_default()
    });
    (!indicators.is_empty()).then(|| {
        view! {
            <fieldset class="editor__indicators">
                <legend>{app.tr(Key::EditorIndicators)}</legend>
                {indicators.into_iter().map(|indicator| view! { <IndicatorField indicator entry readonly change/> }).collect_view()}
            </fieldset>
        }
    })
}

/// The editor's title (the task) and subtitle (the unit and the period).
fn heading(app: AppState, key: &EntryKey) -> (String, String) {
    app.workspace().with_untracked(|w| {
        let task = w.plan.task(&key.task);
        let unit = w
            .plan
            .directory
            .unit(&key.unit)
            .map_or(key.unit.to_string(), |u| u.name.clone());
        let period = Period::parse(&key.period)
            .map(|p| period_label(app.language(), p))
            .unwrap_or_default();
        (
            task.map(|t| format!("{} {}", t.number, t.title))
                .unwrap_or_default(),
            format!("{unit} · {period}"),
        )
    })
}

#[component]
fn StatusField(
    entry: Memo<Entry>,
    readonly: Signal<bool>,
    change: Callback<EntryChange>,
) -> impl IntoView {
    let app = use_app();
    view! {
        <label class="editor__field">
            <span>{app.tr(Key::FilterStatus)}</span>
            <select class="input" data-testid="editor-status" disabled=readonly on:change=move |ev| {
                if let Some(status) = Status::from_slug(&event_target_value(&ev)) {
                    change.try_run(EntryChange::Status(status));
                }
            }>
                {Status::ALL.into_iter().map(|s| view! {
                    <option value=s.slug() selected=move || entry.with(|e| e.status == s)>{app.tr(i18n::status(s))}</option>
                }).collect_view()}
            </select>
        </label>
    }
}

/// Offers to start an empty entry from the unit's report of an earlier
/// period (ongoing work is reported every period, often in similar words).
#[component]
fn CarryOver(
    key_value: StoredValue<EntryKey>,
    entry: Memo<Entry>,
    readonly: Signal<bool>,
    change: Callback<EntryChange>,
) -> impl IntoView {
    let app = use_app();
    // The period only (a type the views already hold a memo of): the
    // report itself is read when the button is pressed.
    let previous = Memo::new(move |_| {
        key_value.with_value(|k| {
            app.workspace()
                .with(|w| w.previous_report(k).map(|(p, _)| p))
        })
    });
    let empty = move || {
        entry.with(|e| {
            [&e.done, &e.obstacles, &e.proposals]
                .iter()
                .all(|text| text.trim().is_empty())
        })
    };
    let carry = move |_| {
        let from = key_value.with_value(|k| {
            app.workspace()
                .with_untracked(|w| w.previous_report(k).map(|(_, e)| e.clone()))
        });
        if let Some(from) = from {
            change.try_run(EntryChange::Carry(Box::new(from)));
        }
    };
    move || {
        let period = previous.get().filter(|_| !readonly.get() && empty())?;
        let label =
            crate::ui::i18n::carry_from(app.language(), &period_label(app.language(), period));
        Some(view! {
            <p class="editor__carry">
                <button class="button" type="button" data-testid="editor-carry" on:click=carry>{label}</button>
                " "<span class="editor__hint">{app.text(Key::EditorCarryHint)}</span>
            </p>
        })
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
                                        <button class="button" on:click=move |_| { app.dispatch(Command::RestoreEntry {
                                            key: key_value.get_value(),
                                            previous: Some(other.clone()),
                                            at: browser::clock::now(),
                                        }); }>{app.text(Key::ConflictChoose)}</button>
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

/// A report the unit has not sent, seen by someone who cannot write it: said
/// so, with the reminder to that unit ready to send.
#[component]
fn Unsent(key_value: StoredValue<EntryKey>) -> impl IntoView {
    let app = use_app();
    // Reminding is the monitoring unit's: another unit or a leader reads.
    let monitoring = matches!(app.profile(), crate::domain::Profile::Monitoring);
    let reminder = key_value.with_value(|key| {
        if !monitoring {
            return None;
        }
        let period = Period::parse(&key.period)?;
        app.workspace().with_untracked(|w| {
            let unit = w.plan.directory.unit(&key.unit)?;
            let number = w.plan.task(&key.task)?.number.clone();
            let label = crate::ui::widgets::period::period_label(
                crate::format::Language::Vietnamese,
                period,
            );
            let due = w.plan.regime.due_date(period).dmy();
            let (subject, body) = crate::format::exchange::reminder_email(
                &w.plan,
                &unit.name,
                &label,
                &due,
                &[number],
                browser::clock::today(),
            );
            Some(crate::format::exchange::mailto(
                unit.email.as_deref().unwrap_or_default(),
                &subject,
                &body,
            ))
        })
    });
    view! {
        <div class="editor__unsent" data-testid="editor-unsent">
            <p>{app.tr(Key::NotYetReported)}</p>
            {reminder.map(|href| view! {
                <a class="button button--primary" href=href data-testid="editor-remind">{app.tr(Key::Remind)}</a>
            })}
        </div>
    }
}
