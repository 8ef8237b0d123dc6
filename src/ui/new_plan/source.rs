//! The source text on the review screen, each task's words marked: a click
//! on them chooses the task; choosing a task shows its words.

use crate::browser;
use crate::domain::TaskId;
use crate::reader::Reading;
use leptos::prelude::*;

pub(super) fn mark_id(task: &TaskId) -> String {
    format!("src-{}", task.as_str())
}

pub(super) fn row_id(task: &TaskId) -> String {
    format!("task-{}", task.as_str())
}

/// Where each task to report on has its words, in the source's order (a
/// section's words hold its tasks' words: not marked).
pub(super) fn marks(reading: &Reading) -> Vec<(usize, usize, TaskId)> {
    let mut marks: Vec<(usize, usize, TaskId)> = reading
        .plan
        .leaves()
        .filter_map(|task| {
            reading
                .span_of(&task.id)
                .map(|s| (s.start, s.end, task.id.clone()))
        })
        .collect();
    crate::domain::sort::sort_by_key(&mut marks, |m| m.0);
    marks
}

/// The source with the marks: built again only when the marks change.
pub(super) fn source_view(
    source: &str,
    marks: &[(usize, usize, TaskId)],
    selected: RwSignal<Option<TaskId>>,
) -> Vec<AnyView> {
    let mut pieces = Vec::new();
    let mut at = 0;
    for (start, end, id) in marks.iter().cloned() {
        if start < at
            || end > source.len()
            || !source.is_char_boundary(start)
            || !source.is_char_boundary(end)
        {
            continue;
        }
        if start > at {
            pieces.push(view! { <span>{source[at..start].to_owned()}</span> }.into_any());
        }
        let is_selected = {
            let id = id.clone();
            move || selected.with(|s| s.as_ref() == Some(&id))
        };
        let pick = id.clone();
        pieces.push(
            view! {
                <mark id=mark_id(&id) class="new-plan__mark" class:new-plan__mark--selected=is_selected
                    on:click=move |_| {
                        selected.set(Some(pick.clone()));
                        browser::dom::reveal_by_id(&row_id(&pick));
                    }>{source[start..end].to_owned()}</mark>
            }
            .into_any(),
        );
        at = end;
    }
    if at < source.len() {
        pieces.push(view! { <span>{source[at..].to_owned()}</span> }.into_any());
    }
    pieces
}
