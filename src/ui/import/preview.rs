//! The import's dry run: each dropped file read and checked, the outcome of
//! merging it, and the table that shows both before anything changes.

use crate::browser::files::FileProblem;
use crate::domain::merge::{FileOutcome, FileRefusal, Incoming, PlanVerdict};
use crate::domain::PlanId;
use crate::format::decode::DecodeError;
use crate::format::exchange::{self, FileWarning, Received};
use crate::format::Language;
use crate::ui::app::state::use_app;
use crate::ui::i18n::{self, Key};
use crate::ui::import::summary::outcome_parts;
use leptos::prelude::*;

/// One file of a drop, read and checked. Never cloned: it holds every
/// decoded entry of the file.
pub(in crate::ui) struct Checked {
    pub name: String,
    pub result: Result<Received, Unread>,
    /// The file's plan is put away in this browser (its id and number):
    /// not weighed against the open one.
    pub shelved: Option<(PlanId, String)>,
}

/// Why a file could not be read: kept typed, and said in the page's
/// language when shown (switching the language says it again).
pub(in crate::ui) enum Unread {
    Decode(DecodeError),
    /// The browser could not read the file (its words).
    Browser(String),
}

impl Unread {
    pub fn describe(&self, language: Language) -> String {
        match (self, language) {
            (Unread::Decode(error), _) => error.describe(language),
            (Unread::Browser(failure), Language::Vietnamese) => {
                format!("không đọc được tệp ({failure})")
            }
            (Unread::Browser(failure), Language::English) => {
                format!("the file could not be read ({failure})")
            }
        }
    }
}

impl Checked {
    /// The decoded file, if it is weighed against the open plan.
    pub fn weighed(&self) -> Option<&Received> {
        self.result.as_ref().ok().filter(|_| self.shelved.is_none())
    }
}

/// The dry run shown before anything changes. Never cloned (no `get()`):
/// the view reads it in place and the import moves it out.
pub(in crate::ui) struct Preview {
    pub files: Vec<Checked>,
    /// Outcome per file that decoded, in the same order as `files`.
    pub outcomes: Vec<Option<FileOutcome>>,
}

impl Preview {
    /// The files that decoded, moved out for the import (not copied).
    pub fn accepted(self) -> Vec<Incoming> {
        self.files
            .into_iter()
            .filter(|f| f.shelved.is_none())
            .filter_map(|f| f.result.ok().map(|r| r.incoming))
            .collect()
    }

    /// Takes out the files of plans put away (they are not applied).
    pub fn set_apart(&mut self) -> Vec<Checked> {
        let files = std::mem::take(&mut self.files);
        let outcomes = std::mem::take(&mut self.outcomes);
        let (apart, kept): (Vec<_>, Vec<_>) = files
            .into_iter()
            .zip(outcomes)
            .partition(|(file, _)| file.shelved.is_some());
        (self.files, self.outcomes) = kept.into_iter().unzip();
        apart.into_iter().map(|(file, _)| file).collect()
    }

    /// Whether applying puts another plan in place of the open `plan`.
    pub fn replaces_plan(&self, plan: &PlanId) -> bool {
        self.files
            .iter()
            .zip(&self.outcomes)
            .any(|(file, outcome)| {
                file.weighed()
                    .is_some_and(|r| r.incoming.replaces_plan(plan))
                    && outcome.as_ref().is_some_and(|o| o.refusal.is_none())
            })
    }

    /// The plans put away in this browser that some files belong to (id, number).
    pub fn shelved_plans(&self) -> Vec<(PlanId, String)> {
        let mut plans: Vec<(PlanId, String)> = Vec::new();
        for plan in self.files.iter().filter_map(|f| f.shelved.as_ref()) {
            if !plans.contains(plan) {
                plans.push(plan.clone());
            }
        }
        plans
    }

    /// How many files apply, and what they do together (summed).
    pub fn total(&self) -> (usize, FileOutcome) {
        let mut total = FileOutcome::default();
        let mut files = 0;
        for outcome in self.outcomes.iter().filter_map(applying) {
            files += 1;
            total.new += outcome.new;
            total.updated += outcome.updated;
            total.unchanged += outcome.unchanged;
            total.older += outcome.older;
            total.conflicts += outcome.conflicts;
            total.restored |= outcome.restored;
            if matches!(
                outcome.plan,
                Some(PlanVerdict::Replaced { .. } | PlanVerdict::Switched)
            ) {
                total.plan = outcome.plan;
            }
        }
        (files, total)
    }

    /// The files that do not apply (unreadable, of a plan put away, or
    /// refused by the plan): every file [`Preview::total`] leaves out.
    pub fn refused(&self) -> impl Iterator<Item = &Checked> {
        self.files
            .iter()
            .zip(&self.outcomes)
            .filter(|(_, outcome)| applying(outcome).is_none())
            .map(|(file, _)| file)
    }

    /// The files refused (unreadable, or refused by the plan; not those of
    /// a plan put away), each with whom to ask again and why.
    pub fn to_ask_again(&self) -> Vec<crate::ui::app::state::AskAgain> {
        let app = use_app();
        let until = crate::browser::clock::today();
        app.workspace().with_untracked(|w| {
            self.files
                .iter()
                .zip(&self.outcomes)
                .filter(|(file, _)| file.shelved.is_none())
                .filter_map(|(file, outcome)| {
                    let (named, periods) = exchange::named_in_file(&w.plan, &file.name, until);
                    let (unit, reason) = match (&file.result, outcome) {
                        (Err(unread), _) => (named, unread.describe(app.language_untracked())),
                        (Ok(received), Some(outcome)) => {
                            let refusal = outcome.refusal.as_ref()?;
                            (received.sender.clone().or(named), refusal_text(refusal))
                        }
                        (Ok(_), None) => return None,
                    };
                    Some(crate::ui::app::state::AskAgain {
                        file: file.name.clone(),
                        unit,
                        periods,
                        reason,
                    })
                })
                .collect()
        })
    }

    pub fn changes(&self) -> usize {
        self.outcomes
            .iter()
            .flatten()
            .map(FileOutcome::changes)
            .sum()
    }
}

/// A file's outcome when it applies: weighed against the open plan (files
/// unread or of a plan put away have none) and not refused by it.
fn applying(outcome: &Option<FileOutcome>) -> Option<&FileOutcome> {
    outcome.as_ref().filter(|o| o.refusal.is_none())
}

/// Reads one picked file; a refusal is said in `language`.
pub(in crate::ui) fn check(name: String, bytes: Result<Vec<u8>, FileProblem>) -> Checked {
    let result = match bytes {
        Ok(bytes) => exchange::read(&bytes).map_err(Unread::Decode),
        Err(FileProblem::TooLarge { bytes }) => Err(Unread::Decode(DecodeError::TooLarge {
            bytes: bytes as usize,
        })),
        Err(FileProblem::Unreadable(failure)) => Err(Unread::Browser(failure.to_string())),
    };
    Checked {
        name,
        result,
        shelved: None,
    }
}

/// The preview's table, built from the preview in place.
pub(in crate::ui) fn preview_table(preview: &Preview) -> impl IntoView {
    let app = use_app();
    let rows = preview
        .files
        .iter()
        .zip(&preview.outcomes)
        .map(|(file, outcome)| preview_row(file, outcome.as_ref()))
        .collect_view();
    view! {
        <div class="table-scroll">
            <table class="table table--cards" data-testid="import-preview">
                <thead>
                    <tr>
                        <th scope="col">{app.tr(Key::ImportFile)}</th>
                        <th scope="col">{app.tr(Key::ImportKind)}</th>
                        <th scope="col">{app.tr(Key::ImportSender)}</th>
                        <th scope="col">{app.tr(Key::ImportPeriod)}</th>
                        <th scope="col">{app.tr(Key::ImportResult)}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}

fn preview_row(file: &Checked, outcome: Option<&FileOutcome>) -> impl IntoView {
    let app = use_app();
    let open = app.workspace().with_untracked(|w| w.plan.id.clone());
    // Another plan takes the open one's place: say the open one is kept.
    let keeps = file
        .weighed()
        .is_some_and(|r| r.incoming.replaces_plan(&open));
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
    // Who sent it and for which periods: a report's content, else the name
    // Tiến Độ gave the file (a damaged file still says whom to ask).
    let (named, periods) = app.workspace().with_untracked(|w| {
        let (unit, periods) =
            exchange::named_in_file(&w.plan, &file.name, crate::browser::clock::today());
        (
            unit.map(|id| w.plan.directory.short_name(&id).to_owned()),
            periods,
        )
    });
    let sender = if sender.is_empty() {
        named.unwrap_or_default()
    } else {
        sender
    };
    let periods = periods
        .into_iter()
        .map(|p| crate::ui::widgets::period::period_label(app.language(), p))
        .collect::<Vec<_>>()
        .join(", ");
    let result = match (&file.result, outcome, &file.shelved) {
        (Err(unread), ..) => refused_view(&unread.describe(app.language())),
        (Ok(_), _, Some((_, number))) => {
            refused_view(&i18n::refused_shelved(app.language(), number))
        }
        (Ok(_), Some(outcome), None) => outcome_view(outcome, warnings, keeps),
        (Ok(_), None, None) => ().into_any(),
    };
    view! {
        <tr data-testid="import-row">
            <td><code>{file.name.clone()}</code></td>
            <td data-label=app.tr(Key::ImportKind)>{kind.map(|k| app.text(k))}</td>
            <td data-label=app.tr(Key::ImportSender) data-testid="import-sender">{sender}</td>
            <td data-label=app.tr(Key::ImportPeriod) data-testid="import-period">{periods}</td>
            <td data-label=app.tr(Key::ImportResult)>{result}</td>
        </tr>
    }
}

/// Why the open plan refuses a file that could be read, in words.
fn refusal_text(refusal: &FileRefusal) -> String {
    let app = use_app();
    match refusal {
        FileRefusal::UnknownPlan { found } => i18n::other_plan(app.language(), found.as_str()),
        FileRefusal::PlanRevisionNewer { found, ours } => {
            i18n::newer_plan(app.language(), *found, *ours)
        }
        FileRefusal::NotMonitoringUnit { sender } => {
            i18n::not_monitoring(app.language(), sender.as_str())
        }
    }
}

fn refused_view(reason: &str) -> AnyView {
    let app = use_app();
    view! { <span class="import__refused" data-testid="import-error">{i18n::refused(app.language(), reason)}</span> }.into_any()
}

fn outcome_view(outcome: &FileOutcome, warnings: String, keeps: bool) -> AnyView {
    let app = use_app();
    if let Some(refusal) = &outcome.refusal {
        return refused_view(&refusal_text(refusal));
    }
    let mut parts = outcome_parts(outcome);
    if keeps {
        parts.push(app.text(Key::PlanSwitchKeeps).to_owned());
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
        i18n::refused_entries(app.language(), outcome.refused.len(), &owners.join(", "))
    });
    view! {
        <span class="import__ok" data-testid="import-outcome">{i18n::valid(app.language(), &parts.join(", "))}</span>
        {refused.map(|text| view! { <span class="import__refused" data-testid="import-refused-entries">{text}</span> })}
        {(!warnings.is_empty()).then(|| view! { <span class="editor__hint">{warnings}</span> })}
    }
    .into_any()
}
