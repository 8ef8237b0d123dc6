//! Import: pick or drop many files, see per file what is new, changes,
//! conflicts or is refused and why, then apply all at once (undoable) or cancel.

use super::i18n::Key;
use super::state::use_app;
use super::when::When;
use crate::browser::{self, files::FileProblem};
use crate::domain::merge::{self, FileOutcome, FileRefusal, Incoming, PlanVerdict};
use crate::domain::Command;
use crate::format::decode::{DecodeError, MAX_FILE_BYTES};
use crate::format::exchange::{self, FileWarning, Received};
use leptos::ev;
use leptos::prelude::*;
use leptos::task::spawn_local;

/// One file of a drop, read and checked. Never cloned: it holds every
/// decoded entry of the file.
struct Checked {
    name: String,
    result: Result<Received, String>,
}

/// The dry run shown before anything changes. Never cloned (no `get()`):
/// the view reads it in place and the import moves it out.
struct Preview {
    files: Vec<Checked>,
    /// Outcome per file that decoded, in the same order as `files`.
    outcomes: Vec<Option<FileOutcome>>,
}

impl Preview {
    /// The files that decoded, moved out for the import (not copied).
    fn accepted(self) -> Vec<Incoming> {
        self.files
            .into_iter()
            .filter_map(|f| f.result.ok().map(|r| r.incoming))
            .collect()
    }

    fn changes(&self) -> usize {
        self.outcomes
            .iter()
            .flatten()
            .map(FileOutcome::changes)
            .sum()
    }
}

fn check(name: String, bytes: Result<Vec<u8>, FileProblem>) -> Checked {
    let result = match bytes {
        Ok(bytes) => exchange::read(&bytes).map_err(|e| e.to_string()),
        Err(FileProblem::TooLarge { bytes }) => Err(DecodeError::TooLarge {
            bytes: bytes as usize,
        }
        .to_string()),
        Err(FileProblem::Unreadable(failure)) => Err(format!("không đọc được tệp ({failure})")),
    };
    Checked { name, result }
}

#[component]
pub fn ImportView() -> impl IntoView {
    let app = use_app();
    let preview = RwSignal::new(None::<Preview>);
    let reading = RwSignal::new(false);
    let take = move |files: Vec<web_sys::File>| {
        if files.is_empty() {
            return;
        }
        reading.set(true);
        spawn_local(async move {
            let picked = browser::files::read_all(files, MAX_FILE_BYTES).await;
            let checked: Vec<Checked> =
                picked.into_iter().map(|f| check(f.name, f.bytes)).collect();
            let incoming: Vec<&Incoming> = checked
                .iter()
                .filter_map(|c| c.result.as_ref().ok().map(|r| &r.incoming))
                .collect();
            let outcomes = app
                .workspace()
                .with_untracked(|w| merge::preview(w, &incoming));
            let mut outcomes = outcomes.into_iter();
            let outcomes = checked
                .iter()
                .map(|c| c.result.as_ref().ok().and_then(|_| outcomes.next()))
                .collect();
            preview.set(Some(Preview {
                files: checked,
                outcomes,
            }));
            reading.set(false);
        });
    };
    let apply = move |_| {
        // Taken out of the signal: the files' entries are moved, not copied.
        let Some(current) = preview.try_update(Option::take).flatten() else {
            return;
        };
        let settings = current
            .files
            .iter()
            .find_map(|f| f.result.as_ref().ok().and_then(|r| r.settings.clone()));
        app.dispatch(Command::Import {
            files: current.accepted(),
        });
        if let Some(settings) = settings {
            app.restore_settings(settings);
        }
    };
    let dragging = RwSignal::new(false);
    view! {
        <section class="panel import" aria-labelledby="import-title">
            <h1 id="import-title">{app.tr(Key::ImportTitle)}</h1>
            <p>{app.tr(Key::ImportIntro)}</p>
            <div
                class=move || if dragging.get() { "dropzone dropzone--over" } else { "dropzone" }
                data-testid="dropzone"
                on:dragover=move |event: ev::DragEvent| { event.prevent_default(); dragging.set(true); }
                on:dragleave=move |_| dragging.set(false)
                on:drop=move |event: ev::DragEvent| {
                    event.prevent_default();
                    dragging.set(false);
                    take(browser::files::from_drop_event(&event));
                }
            >
                <label class="button button--primary">
                    {app.tr(Key::ImportPick)}
                    <input type="file" class="sr-only" multiple accept=".json,application/json" data-testid="import-input"
                        on:change=move |event| {
                            take(browser::files::from_input_event(&event));
                            browser::files::clear_input(&event);
                        }/>
                </label>
                <span>{app.tr(Key::ImportDrop)}</span>
            </div>
            <When when=move || reading.get()>
                <p role="status">{app.tr(Key::ImportReading)}</p>
            </When>
            {move || preview.with(|current| current.as_ref().map(|current| {
                let changes = current.changes();
                view! {
                    {preview_table(current)}
                    <div class="panel__actions">
                        <button class="button button--primary" data-testid="import-apply" disabled=changes == 0 on:click=apply>
                            {app.tr(Key::ImportApply)}
                        </button>
                        <button class="button" data-testid="import-cancel" on:click=move |_| preview.set(None)>{app.tr(Key::ImportCancel)}</button>
                        {(changes == 0).then(|| view! { <span class="editor__hint">{app.text(Key::ImportNothing)}</span> })}
                    </div>
                }
            }))}
            <When when=move || app.has_restore_point()>
                <p class="banner banner--info" role="status" data-testid="import-applied">
                    {app.tr(Key::ImportApplied)}
                    <button class="button" data-testid="import-undo" on:click=move |_| app.undo_import()>
                        {app.tr(Key::ImportUndo)}
                    </button>
                </p>
            </When>
        </section>
    }
}

/// The preview's table, built from the preview in place.
fn preview_table(preview: &Preview) -> impl IntoView {
    let app = use_app();
    let rows = preview
        .files
        .iter()
        .zip(&preview.outcomes)
        .map(|(file, outcome)| preview_row(file, outcome.as_ref()))
        .collect_view();
    view! {
        <table class="table" data-testid="import-preview">
            <thead>
                <tr>
                    <th scope="col">{app.tr(Key::ImportFile)}</th>
                    <th scope="col">{app.tr(Key::ImportKind)}</th>
                    <th scope="col">{app.tr(Key::ImportSender)}</th>
                    <th scope="col">{app.tr(Key::ImportResult)}</th>
                </tr>
            </thead>
            <tbody>{rows}</tbody>
        </table>
    }
}

fn preview_row(file: &Checked, outcome: Option<&FileOutcome>) -> impl IntoView {
    let app = use_app();
    let (kind, sender, warnings) = match &file.result {
        Ok(received) => {
            let kind = match received.incoming {
                Incoming::Plan { .. } => Key::KindPlanFile,
                Incoming::Report { .. } => Key::KindReportFile,
                Incoming::Backup { .. } => Key::KindBackupFile,
            };
            let sender = received
                .sender
                .as_ref()
                .map(|id| {
                    app.workspace()
                        .with_untracked(|w| w.plan.directory.short_name(id).to_owned())
                })
                .unwrap_or_default();
            let warnings: Vec<&str> = received
                .warnings
                .iter()
                .map(|w| match w {
                    FileWarning::ByteOrderMark => app.text(Key::WarnBom),
                })
                .collect();
            (Some(kind), sender, warnings.join("; "))
        }
        Err(_) => (None, String::new(), String::new()),
    };
    let result = match (&file.result, outcome) {
        (Err(message), _) => view! { <span class="import__refused" data-testid="import-error">{format!("{}: {message}", app.text(Key::ImportRefused))}</span> }.into_any(),
        (Ok(_), Some(outcome)) => outcome_view(outcome, warnings),
        (Ok(_), None) => ().into_any(),
    };
    view! {
        <tr data-testid="import-row">
            <td><code>{file.name.clone()}</code></td>
            <td>{kind.map(|k| app.text(k))}</td>
            <td>{sender}</td>
            <td>{result}</td>
        </tr>
    }
}

fn outcome_view(outcome: &FileOutcome, warnings: String) -> AnyView {
    let app = use_app();
    if let Some(refusal) = &outcome.refusal {
        let reason = match refusal {
            FileRefusal::UnknownPlan { found } => {
                format!("{} ({found})", app.text(Key::RefuseUnknownPlan))
            }
            FileRefusal::PlanRevisionNewer { found, ours } => {
                format!("{} ({found} > {ours})", app.text(Key::RefuseNewerPlan))
            }
            FileRefusal::NotMonitoringUnit { sender } => {
                format!("{} ({sender})", app.text(Key::RefuseNotMonitoring))
            }
            FileRefusal::OtherPlanWithData { found } => {
                format!("{} ({found})", app.text(Key::RefuseOtherPlan))
            }
        };
        return view! { <span class="import__refused" data-testid="import-error">{format!("{}: {reason}", app.text(Key::ImportRefused))}</span> }.into_any();
    }
    let mut parts: Vec<String> = Vec::new();
    if outcome.restored {
        parts.push(app.text(Key::BackupRestores).to_owned());
    }
    match outcome.plan {
        Some(PlanVerdict::Replaced { to, .. }) => {
            parts.push(format!("{} {to}", app.text(Key::PlanReplaced)))
        }
        Some(PlanVerdict::Switched) => parts.push(app.text(Key::PlanSwitched).to_owned()),
        Some(PlanVerdict::Unchanged) => parts.push(app.text(Key::PlanSame).to_owned()),
        Some(PlanVerdict::Older) => parts.push(app.text(Key::PlanOlder).to_owned()),
        Some(PlanVerdict::Conflict) => parts.push(app.text(Key::PlanConflict).to_owned()),
        None => {}
    }
    for (count, key) in [
        (outcome.new, Key::ImportNew),
        (outcome.updated, Key::ImportUpdated),
        (outcome.unchanged, Key::ImportUnchanged),
        (outcome.older, Key::ImportOlder),
        (outcome.conflicts, Key::ImportConflicts),
    ] {
        if count > 0 {
            parts.push(format!("{count} {}", app.text(key)));
        }
    }
    let refused = (!outcome.refused.is_empty()).then(|| {
        let owners: Vec<String> = app.workspace().with_untracked(|w| {
            let mut owners: Vec<String> = outcome
                .refused
                .iter()
                .map(|k| w.plan.directory.short_name(&k.unit).to_owned())
                .collect();
            owners.dedup();
            owners
        });
        format!(
            "{} {} ({})",
            outcome.refused.len(),
            app.text(Key::ImportRefusedEntries),
            owners.join(", ")
        )
    });
    view! {
        <span class="import__ok" data-testid="import-outcome">{format!("{}: {}", app.text(Key::ImportOk), parts.join(", "))}</span>
        {refused.map(|text| view! { <span class="import__refused" data-testid="import-refused-entries">{text}</span> })}
        {(!warnings.is_empty()).then(|| view! { <span class="editor__hint">{warnings}</span> })}
    }
    .into_any()
}
