//! An import in words: what a file or a whole drop does ("2 mới, 1 cập
//! nhật"), and the line above the preview that counts the files checked,
//! valid and refused (naming the refused ones), before anything changes.

use crate::domain::merge::{FileOutcome, PlanVerdict};
use crate::domain::number;
use crate::ui::app::state::use_app;
use crate::ui::i18n::Key;
use crate::ui::import::preview::Preview;

/// Refused files named in the summary line; the rest are counted.
const NAMED: usize = 5;

/// "60 tệp đã kiểm tra: 58 hợp lệ, 2 bị từ chối (a.json, b.json). Khi áp
/// dụng: 14.400 mới."
pub(in crate::ui) fn summary(preview: &Preview) -> String {
    let app = use_app();
    let marks = app.marks();
    let (valid, total) = preview.total();
    let refused: Vec<&str> = preview.refused().map(|f| f.name.as_str()).collect();
    let count = |n: usize| number::group_thousands(n as u64, marks);
    let checked = if preview.files.len() == 1 {
        Key::ImportCheckedOne
    } else {
        Key::ImportChecked
    };
    let mut line = format!(
        "{} {}: {} {}",
        count(preview.files.len()),
        app.text(checked),
        count(valid),
        app.text(Key::ImportValidCount)
    );
    if !refused.is_empty() {
        let mut names = refused[..refused.len().min(NAMED)].join(", ");
        if refused.len() > NAMED {
            names.push_str(", …");
        }
        line.push_str(&format!(
            ", {} {} ({names})",
            count(refused.len()),
            app.text(Key::ImportRefusedCount)
        ));
    }
    if valid > 0 {
        line.push_str(&format!(
            ". {}: {}",
            app.text(Key::ImportWhenApplied),
            outcome_parts(&total).join(", ")
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
    for (count, key) in [
        (outcome.new, Key::ImportNew),
        (outcome.updated, Key::ImportUpdated),
        (outcome.unchanged, Key::ImportUnchanged),
        (outcome.older, Key::ImportOlder),
        (outcome.conflicts, Key::ImportConflicts),
    ] {
        if count > 0 {
            parts.push(format!(
                "{} {}",
                number::group_thousands(count as u64, app.marks()),
                app.text(key)
            ));
        }
    }
    // A valid file that holds nothing (a report sent before any was written).
    if parts.is_empty() && outcome.refused.is_empty() {
        parts.push(app.text(Key::ImportEmpty).to_owned());
    }
    parts
}
