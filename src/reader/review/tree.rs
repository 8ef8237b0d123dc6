//! The task tree's edits on the review screen. `Plan::tasks` is in document
//! order (a task, then its subtree, then its next sibling); every edit here
//! keeps it so.

use super::EditError;
use crate::domain::{Plan, Task, TaskId};
use std::ops::Range;

fn index(plan: &Plan, id: &TaskId) -> Result<usize, EditError> {
    plan.tasks
        .iter()
        .position(|t| &t.id == id)
        .ok_or_else(|| EditError::UnknownTask(id.clone()))
}

fn is_under(plan: &Plan, task: &Task, ancestor: &TaskId) -> bool {
    let mut parent = task.parent.clone();
    // A tree deeper than the plan has tasks is a cycle: stop there.
    for _ in 0..plan.tasks.len() {
        match parent {
            Some(p) if &p == ancestor => return true,
            Some(p) => parent = plan.task(&p).and_then(|t| t.parent.clone()),
            None => return false,
        }
    }
    false
}

/// The task at `at` and its subtree, as positions in `plan.tasks`.
pub(super) fn block(plan: &Plan, at: usize) -> Range<usize> {
    let id = &plan.tasks[at].id;
    let end = plan.tasks[at + 1..]
        .iter()
        .position(|t| !is_under(plan, t, id))
        .map_or(plan.tasks.len(), |n| at + 1 + n);
    at..end
}

fn sibling_before(plan: &Plan, at: usize) -> Option<usize> {
    let parent = &plan.tasks[at].parent;
    (0..at).rev().find(|&i| &plan.tasks[i].parent == parent)
}

fn sibling_after(plan: &Plan, at: usize) -> Option<usize> {
    // In document order the task's subtree is followed by its next sibling,
    // or by something outside its parent.
    let end = block(plan, at).end;
    (end < plan.tasks.len() && plan.tasks[end].parent == plan.tasks[at].parent).then_some(end)
}

/// Moves the block `from` to start at `to` (a position outside it).
fn move_block(plan: &mut Plan, from: Range<usize>, to: usize) {
    let moved: Vec<Task> = plan.tasks.drain(from.clone()).collect();
    let to = if to > from.start {
        to - moved.len()
    } else {
        to
    };
    plan.tasks.splice(to..to, moved);
}

pub(super) fn move_up(plan: &mut Plan, id: &TaskId) -> Result<(), EditError> {
    let at = index(plan, id)?;
    let before = sibling_before(plan, at).ok_or(EditError::NoRoom)?;
    move_block(plan, block(plan, at), before);
    Ok(())
}

pub(super) fn move_down(plan: &mut Plan, id: &TaskId) -> Result<(), EditError> {
    let at = index(plan, id)?;
    let after = sibling_after(plan, at).ok_or(EditError::NoRoom)?;
    let end = block(plan, after).end;
    move_block(plan, block(plan, at), end);
    Ok(())
}

/// The task becomes the last child of the sibling before it.
pub(super) fn indent(plan: &mut Plan, id: &TaskId) -> Result<(), EditError> {
    let at = index(plan, id)?;
    let before = sibling_before(plan, at).ok_or(EditError::NoRoom)?;
    plan.tasks[at].parent = Some(plan.tasks[before].id.clone());
    Ok(())
}

/// The task becomes the sibling after its parent; the siblings after it stay.
pub(super) fn outdent(plan: &mut Plan, id: &TaskId) -> Result<(), EditError> {
    let at = index(plan, id)?;
    let parent = plan.tasks[at].parent.clone().ok_or(EditError::NoRoom)?;
    let parent_at = index(plan, &parent)?;
    let parent_end = block(plan, parent_at).end;
    let grand = plan.tasks[parent_at].parent.clone();
    let moved = block(plan, at);
    plan.tasks[at].parent = grand;
    move_block(plan, moved, parent_end);
    Ok(())
}

/// The task's children become its siblings after it: it becomes a leaf.
pub(super) fn lift_children(plan: &mut Plan, id: &TaskId) -> Result<(), EditError> {
    let at = index(plan, id)?;
    let parent = plan.tasks[at].parent.clone();
    let mut lifted = 0;
    for task in &mut plan.tasks {
        if task.parent.as_ref() == Some(id) {
            task.parent = parent.clone();
            lifted += 1;
        }
    }
    if lifted == 0 {
        return Err(EditError::Unchanged);
    }
    Ok(())
}

/// Removes the task and its subtree; the ids removed.
pub(super) fn delete(plan: &mut Plan, id: &TaskId) -> Result<Vec<TaskId>, EditError> {
    let at = index(plan, id)?;
    Ok(plan.tasks.drain(block(plan, at)).map(|t| t.id).collect())
}

/// A task id no task of the plan has, nor had.
fn fresh_id(plan: &Plan, number: &str) -> TaskId {
    let digits: String = number
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '.' })
        .collect();
    let base = format!("t{}", digits.trim_matches('.'));
    let taken = |id: &str| {
        plan.tasks.iter().any(|t| t.id.as_str() == id)
            || plan.retired.iter().any(|t| t.as_str() == id)
    };
    let mut candidate = base.clone();
    let mut n = 2;
    while taken(&candidate) || TaskId::new(candidate.clone()).is_err() {
        candidate = format!("{base}-{n}");
        n += 1;
        if n > 10_000 {
            candidate = format!("t-new-{}", plan.tasks.len() + n);
        }
    }
    TaskId::new(candidate).unwrap_or_else(|_| TaskId::new("t-new").expect("a plain id"))
}

/// The number after `number`: "3.1" → "3.2", "b)" → "c)", "II" → "" (asked).
pub(super) fn next_number(number: &str) -> String {
    let trimmed = number.trim_end_matches(['.', ')']);
    let tail = &number[trimmed.len()..];
    let digits_at = trimmed
        .char_indices()
        .rev()
        .take_while(|(_, c)| c.is_ascii_digit())
        .last()
        .map(|(i, _)| i);
    if let Some(at) = digits_at {
        if let Ok(n) = trimmed[at..].parse::<u32>() {
            return format!("{}{}{tail}", &trimmed[..at], n + 1);
        }
    }
    let mut chars = trimmed.chars();
    if let (Some(letter), None) = (chars.next(), chars.next()) {
        if letter.is_ascii_lowercase() && letter < 'z' {
            return format!("{}{tail}", char::from(letter as u8 + 1));
        }
    }
    String::new()
}

/// A new task after `after`'s subtree, as its sibling (at the end of the
/// root when `after` is `None`); its id.
pub(super) fn add_after(
    plan: &mut Plan,
    after: Option<&TaskId>,
    title: String,
) -> Result<TaskId, EditError> {
    let (at, parent, number) = match after {
        Some(id) => {
            let at = index(plan, id)?;
            let task = &plan.tasks[at];
            (
                block(plan, at).end,
                task.parent.clone(),
                next_number(&task.number),
            )
        }
        None => {
            let last_root = plan.tasks.iter().rev().find(|t| t.parent.is_none());
            let number = last_root.map_or_else(|| "1".to_owned(), |t| next_number(&t.number));
            (plan.tasks.len(), None, number)
        }
    };
    let task = new_task(plan, parent, number, title);
    let id = task.id.clone();
    plan.tasks.insert(at, task);
    Ok(id)
}

/// A new last child of `parent`; its id.
pub(super) fn add_child(
    plan: &mut Plan,
    parent: &TaskId,
    title: String,
) -> Result<TaskId, EditError> {
    let at = index(plan, parent)?;
    let end = block(plan, at).end;
    let last_child = plan.tasks[at + 1..end]
        .iter()
        .rev()
        .find(|t| t.parent.as_ref() == Some(parent));
    let number = match last_child {
        Some(child) => next_number(&child.number),
        None => format!("{}.1", plan.tasks[at].number.trim_end_matches(['.', ')'])),
    };
    let task = new_task(plan, Some(parent.clone()), number, title);
    let id = task.id.clone();
    plan.tasks.insert(end, task);
    Ok(id)
}

fn new_task(plan: &Plan, parent: Option<TaskId>, number: String, title: String) -> Task {
    Task {
        id: fresh_id(plan, &number),
        parent,
        number,
        title,
        body: String::new(),
        units_text: String::new(),
        assignments: Vec::new(),
        timeframe: crate::domain::Timeframe::Ongoing,
        timeframe_text: String::new(),
        indicators: Vec::new(),
        from: None,
        released: Vec::new(),
    }
}

/// The task's title cut at byte `at`: the words after it become a new task
/// right after it, with the same units and timeframe; its id.
pub(super) fn split(plan: &mut Plan, id: &TaskId, at: usize) -> Result<TaskId, EditError> {
    let position = index(plan, id)?;
    let title = plan.tasks[position].title.clone();
    if at >= title.len() || !title.is_char_boundary(at) {
        return Err(EditError::BadSplit);
    }
    let (head, tail) = title.split_at(at);
    let (head, tail) = (head.trim(), tail.trim());
    if head.is_empty() || tail.is_empty() {
        return Err(EditError::BadSplit);
    }
    let original = plan.tasks[position].clone();
    let mut task = new_task(
        plan,
        original.parent.clone(),
        next_number(&original.number),
        tail.to_owned(),
    );
    task.assignments = original.assignments.clone();
    task.timeframe = original.timeframe.clone();
    task.timeframe_text = original.timeframe_text.clone();
    task.units_text = original.units_text.clone();
    plan.tasks[position].title = head.to_owned();
    let new_id = task.id.clone();
    let end = block(plan, position).end;
    plan.tasks.insert(end, task);
    Ok(new_id)
}

/// The sibling after the task joins it: its title and body appended, its
/// units added, its children moved under the task. The id removed.
pub(super) fn merge_next(plan: &mut Plan, id: &TaskId) -> Result<TaskId, EditError> {
    let at = index(plan, id)?;
    let next = sibling_after(plan, at).ok_or(EditError::NoRoom)?;
    let gone = plan.tasks.remove(next);
    for task in &mut plan.tasks {
        if task.parent.as_ref() == Some(&gone.id) {
            task.parent = Some(id.clone());
        }
    }
    let task = &mut plan.tasks[at];
    task.title = format!("{} {}", task.title.trim_end(), gone.title.trim_start());
    if !gone.body.is_empty() {
        task.body = [task.body.as_str(), gone.body.as_str()]
            .iter()
            .filter(|b| !b.is_empty())
            .copied()
            .collect::<Vec<_>>()
            .join("\n");
    }
    for assignment in gone.assignments {
        if !task
            .assignments
            .iter()
            .any(|a| a.assignee == assignment.assignee)
        {
            task.assignments.push(assignment);
        }
    }
    Ok(gone.id)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Timeframe;

    fn plan(shape: &[(&str, Option<&str>)]) -> Plan {
        let mut plan = crate::reader::review::tests::empty_plan();
        for (id, parent) in shape {
            plan.tasks.push(Task {
                id: TaskId::new(*id).unwrap(),
                parent: parent.map(|p| TaskId::new(p).unwrap()),
                number: id.trim_start_matches('t').to_owned(),
                title: format!("Nhiệm vụ {id}"),
                body: String::new(),
                units_text: String::new(),
                assignments: Vec::new(),
                timeframe: Timeframe::Ongoing,
                timeframe_text: String::new(),
                indicators: Vec::new(),
                from: None,
                released: Vec::new(),
            });
        }
        plan
    }

    fn shape(plan: &Plan) -> Vec<(String, Option<String>)> {
        plan.tasks
            .iter()
            .map(|t| {
                (
                    t.id.as_str().to_owned(),
                    t.parent.as_ref().map(|p| p.as_str().to_owned()),
                )
            })
            .collect()
    }

    fn ids(plan: &Plan) -> Vec<&str> {
        plan.tasks.iter().map(|t| t.id.as_str()).collect()
    }

    fn id(text: &str) -> TaskId {
        TaskId::new(text).unwrap()
    }

    fn sample() -> Plan {
        plan(&[
            ("t1", None),
            ("t1.1", Some("t1")),
            ("t1.2", Some("t1")),
            ("t2", None),
            ("t2.1", Some("t2")),
            ("t3", None),
        ])
    }

    #[test]
    fn moving_takes_the_subtree_along() {
        let mut p = sample();
        move_down(&mut p, &id("t1")).unwrap();
        assert_eq!(ids(&p), ["t2", "t2.1", "t1", "t1.1", "t1.2", "t3"]);
        move_up(&mut p, &id("t1")).unwrap();
        assert_eq!(ids(&p), ["t1", "t1.1", "t1.2", "t2", "t2.1", "t3"]);
        move_down(&mut p, &id("t1.1")).unwrap();
        assert_eq!(ids(&p), ["t1", "t1.2", "t1.1", "t2", "t2.1", "t3"]);
        // The last child cannot leave its parent by moving down.
        assert_eq!(move_down(&mut p, &id("t1.1")), Err(EditError::NoRoom));
        assert_eq!(move_up(&mut p, &id("t1")), Err(EditError::NoRoom));
        assert_eq!(move_down(&mut p, &id("t3")), Err(EditError::NoRoom));
    }

    #[test]
    fn indenting_and_outdenting_keep_document_order() {
        let mut p = sample();
        indent(&mut p, &id("t2")).unwrap();
        assert_eq!(p.task(&id("t2")).unwrap().parent, Some(id("t1")));
        assert_eq!(ids(&p), ["t1", "t1.1", "t1.2", "t2", "t2.1", "t3"]);
        outdent(&mut p, &id("t1.1")).unwrap();
        // 1.1 leaves 1 after all of 1's subtree; 1.2 and 2 stay under 1.
        assert_eq!(ids(&p), ["t1", "t1.2", "t2", "t2.1", "t1.1", "t3"]);
        assert_eq!(p.task(&id("t1.1")).unwrap().parent, None);
        assert_eq!(outdent(&mut p, &id("t3")), Err(EditError::NoRoom));
        assert_eq!(indent(&mut p, &id("t1")), Err(EditError::NoRoom));
    }

    #[test]
    fn lifting_children_makes_a_leaf() {
        let mut p = sample();
        lift_children(&mut p, &id("t1")).unwrap();
        assert!(p.is_leaf(&id("t1")));
        assert_eq!(shape(&p)[1], ("t1.1".to_owned(), None));
        assert_eq!(lift_children(&mut p, &id("t1")), Err(EditError::Unchanged));
    }

    #[test]
    fn deleting_takes_the_subtree() {
        let mut p = sample();
        assert_eq!(delete(&mut p, &id("t2")).unwrap(), [id("t2"), id("t2.1")]);
        assert_eq!(ids(&p), ["t1", "t1.1", "t1.2", "t3"]);
    }

    #[test]
    fn adding_numbers_the_new_task_after_its_neighbour() {
        let mut p = sample();
        let new = add_after(&mut p, Some(&id("t1.2")), "Mới".into()).unwrap();
        assert_eq!(p.task(&new).unwrap().number, "1.3");
        assert_eq!(ids(&p)[3], new.as_str());
        let child = add_child(&mut p, &id("t3"), "Con".into()).unwrap();
        assert_eq!(p.task(&child).unwrap().number, "3.1");
        assert_eq!(p.task(&child).unwrap().parent, Some(id("t3")));
        let root = add_after(&mut p, None, "Cuối".into()).unwrap();
        assert_eq!(p.task(&root).unwrap().number, "4");
        assert_eq!(p.check(), vec![]);
    }

    #[test]
    fn next_numbers_follow_the_genre() {
        assert_eq!(next_number("3.1"), "3.2");
        assert_eq!(next_number("2."), "3.");
        assert_eq!(next_number("b)"), "c)");
        assert_eq!(next_number("1.9"), "1.10");
        assert_eq!(next_number("II"), "");
    }

    #[test]
    fn splitting_and_merging_are_inverse_on_a_leaf() {
        let mut p = sample();
        p.tasks[5].title = "Tuyên truyền; tổ chức hội nghị".into();
        let new = split(&mut p, &id("t3"), "Tuyên truyền;".len()).unwrap();
        assert_eq!(p.task(&id("t3")).unwrap().title, "Tuyên truyền;");
        assert_eq!(p.task(&new).unwrap().title, "tổ chức hội nghị");
        assert_eq!(p.task(&new).unwrap().number, "4");
        assert_eq!(split(&mut p, &id("t3"), 0), Err(EditError::BadSplit));
        assert_eq!(merge_next(&mut p, &id("t3")).unwrap(), new);
        assert_eq!(
            p.task(&id("t3")).unwrap().title,
            "Tuyên truyền; tổ chức hội nghị"
        );
        assert_eq!(p.tasks.len(), 6);
        assert_eq!(p.check(), vec![]);
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod properties {
    use super::super::{Edit, Reading};
    use crate::domain::{Date, TaskId};
    use proptest::prelude::*;

    fn edit(kind: u8, task: TaskId, n: usize) -> Edit {
        match kind % 9 {
            0 => Edit::MoveUp { task },
            1 => Edit::MoveDown { task },
            2 => Edit::Indent { task },
            3 => Edit::Outdent { task },
            4 => Edit::MakeLeaf { task },
            5 => Edit::Delete { task },
            6 => Edit::AddAfter {
                after: Some(task),
                title: format!("Mới {n}"),
            },
            7 => Edit::AddChild {
                parent: task,
                title: format!("Con {n}"),
            },
            _ => Edit::MergeNext { task },
        }
    }

    proptest! {
        /// Whatever the user does to the tree, the plan stays sound: every
        /// parent exists and comes before its children, ids stay unique.
        #[test]
        fn any_edits_keep_the_tree_sound(steps in proptest::collection::vec((any::<u8>(), any::<usize>()), 1..40)) {
            let mut reading = Reading::blank(Date::new(2026, 12, 6).unwrap(), None);
            for n in 0..4 {
                reading.apply(Edit::AddAfter { after: None, title: format!("Gốc {n}") }).unwrap();
            }
            for (n, (kind, pick)) in steps.into_iter().enumerate() {
                if reading.plan.tasks.is_empty() {
                    reading.apply(Edit::AddAfter { after: None, title: "Lại".into() }).unwrap();
                }
                let task = reading.plan.tasks[pick % reading.plan.tasks.len()].id.clone();
                let _ = reading.apply(edit(kind, task, n));
                prop_assert_eq!(reading.plan.check(), vec![]);
                for (at, task) in reading.plan.tasks.iter().enumerate() {
                    if let Some(parent) = &task.parent {
                        let parent_at = reading.plan.tasks.iter().position(|t| &t.id == parent).unwrap();
                        prop_assert!(parent_at < at);
                        // Between a parent and its child only the parent's subtree.
                        prop_assert!(super::block(&reading.plan, parent_at).contains(&at));
                    }
                }
            }
        }
    }
}
