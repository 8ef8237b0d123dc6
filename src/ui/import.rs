//! Import: pick or drop many files, see per file what is new, changes,
//! conflicts or is refused and why, then apply all at once (undoable) or cancel.

mod preview;
mod summary;

use crate::browser;
use crate::domain::merge::{self, Incoming};
use crate::domain::{Command, PlanId};
use crate::format::decode::MAX_FILE_BYTES;
use crate::ui::app::state::{use_app, AppState};
use crate::ui::i18n::Key;
use crate::ui::import::preview::{check, preview_table, Checked, Preview};
use crate::ui::import::summary::{outcome_parts, summary};
use crate::ui::shell::health::BackupButton;
use crate::ui::widgets::when::When;
use leptos::ev;
use leptos::prelude::*;
use leptos::task::spawn_local;

#[component]
pub fn ImportView() -> impl IntoView {
    let app = use_app();
    let preview = RwSignal::new(None::<Preview>);
    let reading = RwSignal::new(false);
    // What the last apply did, in words (gone with this view; the undo stays).
    let applied = RwSignal::new(None::<String>);
    let take = Callback::new(move |files: Vec<web_sys::File>| {
        if files.is_empty() {
            return;
        }
        reading.set(true);
        spawn_local(async move {
            let picked = browser::files::read_all(files, MAX_FILE_BYTES).await;
            let checked = picked.into_iter().map(|f| check(f.name, f.bytes)).collect();
            preview.set(Some(weigh(app, checked)));
            reading.set(false);
        });
    });
    view! {
        <section class="panel import" aria-labelledby="import-title">
            <h1 id="import-title">{app.tr(Key::ImportTitle)}</h1>
            <p>{app.tr(Key::ImportIntro)}</p>
            <DropZone take/>
            // One live region, there before its text changes (as screen
            // readers need): reading, then what the files would do.
            <p class="import__summary" role="status" data-testid="import-summary">
                {move || if reading.get() {
                    app.text(Key::ImportReading).to_owned()
                } else {
                    preview.with(|current| current.as_ref().map(summary).unwrap_or_default())
                }}
            </p>
            {move || preview.with(|current| current.as_ref().map(|current| {
                let changes = current.changes();
                view! {
                    <ShelvedPlans plans=current.shelved_plans() preview/>
                    {preview_table(current)}
                    <div class="panel__actions">
                        <button class="button button--primary" data-testid="import-apply" disabled=changes == 0
                            on:click=move |_| apply(app, preview, applied)>
                            {app.tr(Key::ImportApply)}
                        </button>
                        <button class="button" data-testid="import-cancel" on:click=move |_| preview.set(None)>{app.tr(Key::ImportCancel)}</button>
                        {(changes == 0).then(|| view! { <span class="editor__hint">{app.text(Key::ImportNothing)}</span> })}
                    </div>
                    // The import's undo lives in memory: a backup keeps the
                    // state before it beyond the page's life.
                    {(changes > 0).then(|| view! {
                        <p class="editor__hint">{app.text(Key::ImportBackupHint)} " " <BackupButton/></p>
                    })}
                }
            }))}
            <Applied applied/>
            <AskAgainList/>
        </section>
    }
}

/// What merging the checked files would do to the open plan; files of a
/// plan put away in this browser are set apart, not weighed.
fn weigh(app: AppState, mut checked: Vec<Checked>) -> Preview {
    // Each shelved plan's number read once (its label heads a long value).
    let mut shelved: Vec<(PlanId, Option<String>)> =
        app.shelved_ids().into_iter().map(|id| (id, None)).collect();
    for file in &mut checked {
        let plan = file.result.as_ref().ok().map(|r| r.incoming.plan_id());
        file.shelved = plan
            .and_then(|plan| shelved.iter_mut().find(|(id, _)| id == plan))
            .map(|(id, number)| {
                let number = number.get_or_insert_with(|| app.shelved_number(id));
                (id.clone(), number.clone())
            });
    }
    let incoming: Vec<&Incoming> = checked
        .iter()
        .filter_map(|c| c.weighed().map(|r| &r.incoming))
        .collect();
    let outcomes = app
        .workspace()
        .with_untracked(|w| merge::preview(w, &incoming));
    let mut outcomes = outcomes.into_iter();
    let outcomes = checked
        .iter()
        .map(|c| c.weighed().and_then(|_| outcomes.next()))
        .collect();
    Preview {
        files: checked,
        outcomes,
    }
}

/// Files that belong to plans put away here: a button opens each plan
/// (putting the open one away) and weighs the same files again.
#[component]
fn ShelvedPlans(plans: Vec<(PlanId, String)>, preview: RwSignal<Option<Preview>>) -> impl IntoView {
    let app = use_app();
    plans
        .into_iter()
        .map(|(plan, number)| {
            let open = move |_| {
                if app.open_plan(&plan) {
                    if let Some(current) = preview.try_update(Option::take).flatten() {
                        preview.set(Some(weigh(app, current.files)));
                    }
                }
            };
            view! {
                <p class="banner banner--info">
                    <button class="button" data-testid="import-open-shelved" on:click=open>
                        {crate::ui::i18n::open_plan(app.language(), &number)}
                    </button>
                    " " {app.text(Key::ShelfOpenHint)}
                </p>
            }
        })
        .collect_view()
}

/// Imports the previewed files, and says what that did.
fn apply(app: AppState, preview: RwSignal<Option<Preview>>, applied: RwSignal<Option<String>>) {
    // Taken out of the signal: the files' entries are moved, not copied.
    let Some(mut current) = preview.try_update(Option::take).flatten() else {
        return;
    };
    // Another plan takes the open one's place: the open one is put away first.
    let open = app.workspace().with_untracked(|w| w.plan.id.clone());
    let replaces = current.replaces_plan(&open);
    if replaces && !app.put_away() {
        preview.set(Some(current));
        return;
    }
    // Refused files are kept to ask again, not forgotten with the preview.
    app.refused_files(current.to_ask_again());
    // Files of a plan put away stay in the preview, to open it and import them.
    let set_apart = current.set_apart();
    let (files, total) = current.total();
    applied.set(Some(crate::ui::i18n::imported(
        app.language(),
        files,
        &outcome_parts(&total).join(", "),
    )));
    let settings = current
        .files
        .iter()
        .find_map(|f| f.weighed().and_then(|r| r.settings.clone()));
    app.dispatch(Command::Import {
        files: current.accepted(),
    });
    if replaces {
        // Stored at once: other tabs follow now, not after the save's pause.
        crate::ui::app::persist::flush(app);
    }
    if let Some(settings) = settings {
        app.restore_settings(settings);
    }
    if !set_apart.is_empty() {
        preview.set(Some(weigh(app, set_apart)));
    }
}

/// Where files are dropped, with the button that picks them.
#[component]
fn DropZone(take: Callback<Vec<web_sys::File>>) -> impl IntoView {
    let app = use_app();
    let dragging = RwSignal::new(false);
    view! {
        <div
            class=move || if dragging.get() { "dropzone dropzone--over" } else { "dropzone" }
            data-testid="dropzone"
            on:dragover=move |event: ev::DragEvent| { event.prevent_default(); dragging.set(true); }
            on:dragleave=move |_| dragging.set(false)
            on:drop=move |event: ev::DragEvent| {
                event.prevent_default();
                dragging.set(false);
                take.run(browser::files::from_drop_event(&event));
            }
        >
            <label class="button button--primary">
                {app.tr(Key::ImportPick)}
                <input type="file" class="sr-only" multiple accept=".json,application/json" data-testid="import-input"
                    on:change=move |event| {
                        take.run(browser::files::from_input_event(&event));
                        browser::files::clear_input(&event);
                    }/>
            </label>
            <span>{app.tr(Key::ImportDrop)}</span>
        </div>
    }
}

/// After an import: what it did, its undo, and the way to the dashboard.
#[component]
fn Applied(applied: RwSignal<Option<String>>) -> impl IntoView {
    let app = use_app();
    view! {
        <When when=move || app.has_restore_point()>
            <p class="banner banner--info" role="status" data-testid="import-applied">
                <span>
                    {move || applied.get().unwrap_or_else(|| app.text(Key::ImportDone).to_owned())}
                    " " {app.tr(Key::ImportApplied)}
                </span>
                <button class="button" data-testid="import-undo" on:click=move |_| app.undo_import()>
                    {app.tr(Key::ImportUndo)}
                </button>
                <a class="button" href="#tong-quan" data-testid="import-see-dashboard">{app.tr(Key::ImportSeeDashboard)}</a>
            </p>
        </When>
    }
}

/// The files refused so far, each with a ready email asking its unit to
/// send it again.
#[component]
fn AskAgainList() -> impl IntoView {
    let app = use_app();
    let list = app.to_ask_again();
    let rows = move || {
        let today = browser::clock::today();
        let language = app.language();
        list.get()
            .into_iter()
            .map(|ask| {
                let (name, mailto) = app.workspace().with_untracked(|w| {
                    let unit = ask.unit.as_ref().and_then(|id| w.plan.directory.unit(id));
                    let name = unit.map_or_else(|| app.text(Key::AskAgainUnknown).to_owned(), |u| u.name.clone());
                    let (subject, body) = crate::format::exchange::resend_email(&w.plan, &name, &ask.file, &ask.reason, today);
                    let to = unit.and_then(|u| u.email.clone()).unwrap_or_default();
                    (name, crate::format::exchange::mailto(&to, &subject, &body))
                });
                let periods = ask
                    .periods
                    .iter()
                    .map(|p| crate::ui::widgets::period::period_label(language, *p))
                    .collect::<Vec<_>>()
                    .join(", ");
                let file = ask.file.clone();
                view! {
                    <tr data-testid="ask-again">
                        <td><code>{ask.file.clone()}</code></td>
                        <td data-label=app.tr(Key::ImportSender)>{name}</td>
                        <td data-label=app.tr(Key::ImportPeriod)>{periods}</td>
                        <td data-label=app.tr(Key::ImportResult)>{ask.reason.clone()}</td>
                        <td class="no-print">
                            <a class="button" href=mailto data-testid="ask-again-email">{app.tr(Key::AskAgainEmail)}</a>
                            " "
                            <button class="button" data-testid="ask-again-done" on:click=move |_| app.asked_again(&file)>
                                {app.tr(Key::AskAgainDone)}
                            </button>
                        </td>
                    </tr>
                }
            })
            .collect_view()
    };
    view! {
        <When when=move || list.with(|l| !l.is_empty())>
            <section class="import__ask" aria-labelledby="ask-again-title" data-testid="ask-again-list">
                <h2 id="ask-again-title">{app.tr(Key::AskAgainTitle)} " (" {move || list.with(Vec::len)} ")"</h2>
                <p class="editor__hint">{app.tr(Key::AskAgainIntro)}</p>
                <table class="table table--cards">
                    <thead><tr>
                        <th scope="col">{app.tr(Key::ImportFile)}</th>
                        <th scope="col">{app.tr(Key::ImportSender)}</th>
                        <th scope="col">{app.tr(Key::ImportPeriod)}</th>
                        <th scope="col">{app.tr(Key::ImportResult)}</th>
                        <th scope="col"><span class="sr-only">{app.tr(Key::ColumnAction)}</span></th>
                    </tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            </section>
        </When>
    }
}
