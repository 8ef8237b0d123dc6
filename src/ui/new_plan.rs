//! A new plan: paste its text, open its .docx/.txt, or start blank; review
//! what the reader made of it beside the source and correct anything in
//! place (header, task tree, units and roles, timeframes, groups, monitoring
//! unit and reporting); then make it the open plan. The draft is kept in
//! storage after every correction (`app::state::draft`), so a reload or a
//! second tab loses nothing; nothing else changes before "Tạo kế hoạch": the
//! plan that was open is put away on the shelf, and undo takes the new one
//! back.

use crate::browser;
use crate::domain::merge::Incoming;
use crate::domain::{Command, Profile, TaskId};
use crate::reader::{self, Reading};
use crate::ui::app::state::{use_app, AppState};
use crate::ui::i18n::{self, Key};
use leptos::ev;
use leptos::prelude::*;
use leptos::task::spawn_local;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

mod directory;
mod fields;
mod header;
mod review;
mod source;
mod task_form;

/// The User Timing measure of one reading (`performance.getEntriesByName`).
const READ_SPAN: &str = "tiendo-read-plan";

/// The User Timing measure of the reader's warm-up.
const WARM_SPAN: &str = "tiendo-warm-reader";

/// Where the browser has no idle callbacks: when to warm the reader.
const WARM_DELAY: Duration = Duration::from_millis(100);

/// Runs `work` inside the User Timing span `name` the benchmark reads.
fn timed<T>(name: &str, work: impl FnOnce() -> T) -> T {
    browser::clock::start_span(name);
    let result = work();
    browser::clock::end_span(name);
    result
}

/// Reads `reader::warm`'s small plan while the page is idle, once a page,
/// in rounds of a few milliseconds each (one idle callback each, so a key
/// pressed meanwhile waits for one round at most): the browser compiles the
/// reader's code, then optimises the busiest of it, before the user's own
/// plan comes.
fn warm_the_reader() {
    static WARMED: AtomicBool = AtomicBool::new(false);
    if !WARMED.swap(true, Ordering::Relaxed) {
        warm_rounds(WARM_ROUNDS);
    }
}

/// Rounds of the warm-up: the optimising compiler takes a function after
/// some use, and ten readings of the small plan give it.
const WARM_ROUNDS: u32 = 10;

fn warm_rounds(left: u32) {
    if left == 0 {
        return;
    }
    let round = move || {
        timed(WARM_SPAN, reader::warm::warm_up);
        warm_rounds(left - 1);
    };
    if request_idle_callback_with_handle(round).is_err() {
        set_timeout(round, WARM_DELAY);
    }
}

#[component]
pub fn NewPlanView() -> impl IntoView {
    let app = use_app();
    let text = RwSignal::new(String::new());
    // Why the last text or file was refused; what it was read as.
    let status = RwSignal::new(String::new());
    let selected = RwSignal::new(None::<TaskId>);
    warm_the_reader();
    let start = move |reading: Reading| {
        let reading = known(app, reading);
        status.set(summary(app, &reading));
        selected.set(None);
        app.start_draft(reading);
    };
    let read_text = move |_| {
        let pasted = text.get_untracked();
        match timed(READ_SPAN, || reader::read_text(&pasted)) {
            Ok(reading) => start(reading),
            Err(error) => {
                let language = app.language_untracked();
                status.set(i18n::pasted_refused(language, &error.describe(language)));
            }
        }
    };
    let open_file = move |event: ev::Event| {
        let files = browser::files::from_input_event(&event);
        browser::files::clear_input(&event);
        spawn_local(async move {
            let picked = browser::files::read_all(files, reader::docx::MAX_FILE).await;
            let Some(file) = picked.into_iter().next() else {
                return;
            };
            let language = app.language_untracked();
            match file.bytes {
                Ok(bytes) => match timed(READ_SPAN, || reader::read_file(&bytes)) {
                    Ok(reading) => start(reading),
                    Err(error) => status.set(i18n::file_refused(
                        language,
                        &file.name,
                        &error.describe(language),
                    )),
                },
                Err(_) => status.set(i18n::file_unreadable(language, &file.name)),
            }
        });
    };
    let blank = move |_| {
        let monitoring = app
            .workspace()
            .with_untracked(|w| w.plan.directory.unit(&w.plan.monitoring_unit).cloned());
        status.set(String::new());
        selected.set(None);
        app.start_draft(Reading::blank(browser::clock::today(), monitoring));
    };
    let has_draft = move || app.draft().with(Option::is_some);
    view! {
        <section class="panel new-plan no-print" aria-labelledby="new-plan-title">
            <h1 id="new-plan-title">{app.tr(Key::NewPlanTitle)}</h1>
            <p>{app.tr(Key::NewPlanIntro)}</p>
            <Show when=move || !has_draft()>
                <label class="field">
                    <span>{app.tr(Key::NewPlanPaste)}</span>
                    <textarea class="input new-plan__text" rows="8" data-testid="new-plan-text"
                        prop:value=move || text.get()
                        on:input=move |ev| text.set(event_target_value(&ev))></textarea>
                </label>
                <div class="panel__actions">
                    <button class="button button--primary" data-testid="new-plan-read" on:click=read_text>
                        {app.tr(Key::NewPlanRead)}
                    </button>
                    <label class="button">
                        {app.tr(Key::NewPlanOpen)}
                        <input type="file" class="sr-only" accept=".docx,.txt,text/plain"
                            data-testid="new-plan-file" on:change=open_file/>
                    </label>
                    <button class="button" data-testid="new-plan-blank" on:click=blank>
                        {app.tr(Key::NewPlanBlank)}
                    </button>
                </div>
            </Show>
            <div role="status" data-testid="new-plan-status">{move || status.get()}</div>
        </section>
        <Show when=has_draft>
            <review::Review selected on_create=move || create_plan(app, status)/>
        </Show>
    }
}

/// The reading with its units matched against the units of the plans this
/// browser holds, the open plan's first, then those put away, newest first
/// (same body, same id, its email kept; groups with their members).
fn known(app: AppState, mut reading: Reading) -> Reading {
    let mut known = app.workspace().with_untracked(|w| w.plan.directory.clone());
    for directory in crate::ui::app::persist::shelf::directories(app) {
        for unit in directory.units {
            match known.units.iter_mut().find(|u| u.id == unit.id) {
                // The same body: an address only a plan put away knows is kept.
                Some(mine) if mine.email.is_none() => mine.email = unit.email,
                Some(_) => {}
                None => known.units.push(unit),
            }
        }
        for group in directory.groups {
            if !known.groups.iter().any(|g| g.name == group.name) {
                known.groups.push(group);
            }
        }
    }
    reader::adopt(&mut reading, &known);
    reading
}

/// "Kế hoạch 61/KH-UBND: 9 nhiệm vụ (7 cần báo cáo), 22 đơn vị, 3 nhóm; 4 điều cần xem lại."
fn summary(app: AppState, reading: &Reading) -> String {
    let plan = &reading.plan;
    i18n::plan_read(
        app.language_untracked(),
        &format!("{} {}", plan.document.kind, plan.document.number),
        [
            plan.tasks.len(),
            plan.leaves().count(),
            plan.directory.units.len(),
            plan.directory.groups.len(),
            reading.checklist().len(),
        ],
    )
}

/// Makes the draft the open plan: the open plan goes to the shelf, this
/// browser becomes its monitoring unit, the draft goes.
fn create_plan(app: AppState, status: RwSignal<String>) {
    let Some(reading) = app.draft().get_untracked() else {
        return;
    };
    if !reading.ready() || !app.put_away() {
        return;
    }
    let plan = reading.plan;
    let sender = plan.monitoring_unit.clone();
    let imported = app.dispatch(Command::Import {
        files: vec![Incoming::Plan {
            plan: Box::new(plan),
            sender,
        }],
    });
    if !imported {
        return;
    }
    crate::ui::app::persist::flush(app);
    app.set_profile(Profile::Monitoring);
    app.plan_made_here();
    app.drop_draft();
    status.set(String::new());
    let _ = browser::page::set_hash(crate::ui::widgets::url::Route::Board.hash());
}
