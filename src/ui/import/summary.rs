//! An import in words: what a file or a whole drop does ("2 mới, 1 cập
//! nhật"), and the line above the preview that counts the files checked,
//! valid and refused (naming the refused ones), before anything changes.

use crate::domain::merge::{FileOutcome, PlanVerdict};
use crate::ui::app::state::use_app;
use crate::ui::i18n::{self, Key};
use crate::ui::import::preview::Preview;

/// Refused files named in the summary line; the rest are counted.
const NAMED: usize = 5;

/// "60 tệp đã kiểm tra: 58 hợp lệ, 2 bị từ chối (a.json, b.json). Khi áp
/// dụng: 14.400 mới."
pub(in crate::ui) fn summary(preview: &Preview) -> String {
    let app = use_app();
    let (valid, total) = preview.total();
    let refused: Vec<&str> = preview.refused().map(|f| f.name.as_str()).collect();
    let language = app.language();
    let mut line = i18n::files_checked(language, preview.files.len(), valid);
    if !refused.is_empty() {
        let mut names = refused[..refused.len().min(NAMED)].join(", ");
        if refused.len() > NAMED {
            names.push_str(", …");
        }
        line.push_str(&i18n::files_refused(language, refused.len(), &names));
    }
    if valid > 0 {
        line.push_str(&i18n::when_applied(
            language,
            &outcome_parts(&total).join(", "),
        ));
    }
    line.push('.');
    line
}

/// What a file (or a whole import, summed) does, in words: "2 mới, 1 cập nhật".
pub(in crate::ui) fn outcome_parts(outcome: &FileOutcome) -> Vec<String> {
    let app = use_app();
    let mut parts: Vec<String> = Vec::new();
    if outcome.restored {
        parts.push(app.text(Key::BackupRestores).to_owned());
    }
    match outcome.plan {
        Some(PlanVerdict::Replaced { to, .. }) => {
            parts.push(crate::ui::i18n::plan_replaced(app.language(), to))
        }
        Some(PlanVerdict::Switched) => parts.push(app.text(Key::PlanSwitched).to_owned()),
        Some(PlanVerdict::Unchanged) => parts.push(app.text(Key::PlanSame).to_owned()),
        Some(PlanVerdict::Older) => parts.push(app.text(Key::PlanOlder).to_owned()),
        Some(PlanVerdict::Conflict) => parts.push(app.text(Key::PlanConflict).to_owned()),
        None => {}
    }
    for (count, kind) in [
        (outcome.new, i18n::Merged::New),
        (outcome.updated, i18n::Merged::Updated),
        (outcome.unchanged, i18n::Merged::Unchanged),
        (outcome.older, i18n::Merged::Older),
        (outcome.conflicts, i18n::Merged::Conflicts),
    ] {
        if count > 0 {
            parts.push(i18n::merged(app.language(), count, kind));
        }
    }
    // A valid file that holds nothing (a report sent before any was written).
    if parts.is_empty() && outcome.refused.is_empty() {
        parts.push(app.text(Key::ImportEmpty).to_owned());
    }
    parts
}
