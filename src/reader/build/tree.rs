//! Which items are tasks, and their tasks emitted in order: numbered
//! items, bullets that are tasks of their own, runs of bullets closed by labels.

use super::*;

/// Whether an item heads a section of its class (rather than being a task in it).
pub(super) fn is_section(outline: &Outline, id: usize) -> bool {
    let item = &outline.items[id];
    let parent_class = item
        .parent
        .map_or(Class::Unknown, |p| outline.items[p].class);
    // A heading inside a task section ("VIII. BẢO ĐẢM … CHO NHIỆM VỤ" under
    // "B. NỘI DUNG, NHIỆM VỤ") is a group of tasks, not a new section.
    item.own_class.is_some() && parent_class != Class::Tasks
}

/// Whether an item or an ancestor below its section has field labels of its own.
pub(super) fn has_metadata(outline: &Outline, id: usize) -> bool {
    let mut at = Some(id);
    while let Some(i) = at {
        if is_section(outline, i) || i == 0 {
            return false;
        }
        if outline.fields(i).any(|f| {
            outline.items[f]
                .field
                .is_some_and(|(field, _)| field != Field::Content)
        }) {
            return true;
        }
        at = outline.items[i].parent;
    }
    false
}

/// The item's children that are tasks of their own (not content bullets).
pub(super) fn task_children(outline: &Outline, id: usize) -> Vec<usize> {
    let children: Vec<usize> = outline
        .item_children(id)
        .filter(|c| {
            outline.items[*c].class != Class::Aims && outline.items[*c].class != Class::Budget
        })
        .collect();
    let item = &outline.items[id];
    let own_bullet = item.marker.as_ref().is_some_and(|m| m.kind.is_bullet());
    let (bullets, numbered): (Vec<usize>, Vec<usize>) = children.into_iter().partition(|c| {
        outline.items[*c]
            .marker
            .as_ref()
            .is_some_and(|m| m.kind.is_bullet())
    });
    if !numbered.is_empty() {
        return numbered;
    }
    if own_bullet || has_metadata(outline, id) {
        return Vec::new();
    }
    bullets
}

/// Splits a long heading into a title (its first sentence) and the rest.
pub(super) fn title_and_rest(text: &str) -> (String, String) {
    let text = text.trim();
    if text.chars().count() <= 220 {
        return (text.trim_end_matches([':', ';']).to_string(), String::new());
    }
    let mut cut = None;
    for (at, _) in text.match_indices(['.', ';', ':']) {
        let chars = text[..at].chars().count();
        if chars >= 30 && text[at + 1..].starts_with(' ') {
            cut = Some(at);
            break;
        }
        if chars > 220 {
            break;
        }
    }
    match cut {
        Some(at) => (text[..at].to_string(), text[at + 1..].trim().to_string()),
        None => (text.to_string(), String::new()),
    }
}

/// Emits the tasks under item `id` (a section or the document).
pub(super) fn walk(ctx: &mut Ctx, id: usize, parent: Option<TaskId>) {
    let outline = ctx.outline;
    let children: Vec<usize> = outline.item_children(id).collect();
    for child in children {
        let item = &outline.items[child];
        match item.class {
            Class::Tasks => {
                let children: Vec<usize> = outline.item_children(child).collect();
                let only_aims = !children.is_empty()
                    && children
                        .iter()
                        .all(|c| matches!(outline.items[*c].class, Class::Aims | Class::Budget));
                if is_section(outline, child) {
                    walk(ctx, child, parent.clone());
                } else if only_aims {
                    // "4. Phương thức thực hiện" holding only requirements.
                    continue;
                } else {
                    emit(ctx, child, parent.clone());
                }
            }
            Class::Unknown => walk(ctx, child, parent.clone()),
            _ => {}
        }
    }
}

/// Emits item `id` as a task, and its task children under it.
pub(super) fn emit(ctx: &mut Ctx, id: usize, parent: Option<TaskId>) {
    let outline = ctx.outline;
    let paras = ctx.paras;
    let item = &outline.items[id];
    let children = task_children(outline, id);
    let own = item
        .marker
        .as_ref()
        .map(|m| m.label.clone())
        .unwrap_or_default();
    let parent_number = parent
        .as_ref()
        .and_then(|p| ctx.drafts.iter().find(|d| &d.id == p))
        .map(|d| d.number.clone());
    let own = if own.is_empty() {
        // A bullet: its place among its parent's bullets.
        let siblings: Vec<usize> = item
            .parent
            .map(|p| outline.item_children(p).collect())
            .unwrap_or_default();
        (siblings.iter().position(|s| *s == id).unwrap_or(0) + 1).to_string()
    } else {
        own
    };
    let number = match &parent_number {
        Some(pn) if !own.starts_with(&format!("{pn}.")) && !own.contains('.') => {
            format!("{pn}.{own}")
        }
        _ => own,
    };
    let task_id = ctx.task_id(&number);
    let heading = outline.title(paras, id);
    let (title, rest) = title_and_rest(heading);
    let mut body_parts: Vec<String> = Vec::new();
    if !rest.is_empty() {
        body_parts.push(rest);
    }
    for p in &item.body {
        body_parts.push(paras[*p].text.clone());
    }
    // Content bullets (not tasks) and content fields read as body.
    let content_children: Vec<usize> = outline
        .item_children(id)
        .filter(|c| !children.contains(c))
        .collect();
    for c in &content_children {
        let mut ps = Vec::new();
        outline.subtree_paras(*c, &mut ps);
        for p in ps {
            body_parts.push(paras[p].text.clone());
        }
    }
    for f in outline.fields(id) {
        if outline.items[f].field.is_some_and(|(field, _)| {
            matches!(field, Field::Content | Field::Product | Field::Note)
        }) {
            body_parts.push(paras[outline.items[f].para].text.clone());
        }
    }
    let mut span = paras[item.para].span;
    let mut all = Vec::new();
    outline.subtree_paras(id, &mut all);
    if let Some(last) = all.last() {
        span.end = span.end.max(paras[*last].span.end);
    }
    let blocks = if children.is_empty() {
        label_blocks(outline, id)
    } else {
        None
    };
    let leaf = children.is_empty() && blocks.is_none();
    let (found, units_text) = if leaf {
        assignments_of(ctx, id)
    } else {
        (Vec::new(), String::new())
    };
    let timeframe = if leaf { timeframe_of(ctx, id) } else { None };
    ctx.drafts.push(Draft {
        id: task_id.clone(),
        parent,
        number,
        title: upper_first(&title),
        body: body_parts.join("\n"),
        units_text,
        found,
        timeframe,
        span,
        guess: None,
    });
    for child in children {
        emit(ctx, child, Some(task_id.clone()));
    }
    for (k, (bullets, fields)) in blocks.into_iter().flatten().enumerate() {
        emit_block(ctx, &bullets, &fields, &task_id, k + 1);
    }
}

/// One run of bullets with the labels after it, as a task under `parent`.
pub(super) fn emit_block(
    ctx: &mut Ctx,
    bullets: &[usize],
    fields: &[usize],
    parent: &TaskId,
    k: usize,
) {
    let outline = ctx.outline;
    let paras = ctx.paras;
    let parent_number = ctx
        .drafts
        .iter()
        .find(|d| &d.id == parent)
        .map(|d| d.number.clone())
        .unwrap_or_default();
    let number = format!("{parent_number}.{k}");
    let id = ctx.task_id(&number);
    let mut texts: Vec<String> = Vec::new();
    let mut span: Option<Span> = None;
    for b in bullets {
        let mut ps = Vec::new();
        outline.subtree_paras(*b, &mut ps);
        for p in ps {
            let at = if p == outline.items[*b].para {
                outline.items[*b].text_at
            } else {
                0
            };
            texts.push(paras[p].text[at.min(paras[p].text.len())..].to_string());
            let s = paras[p].span;
            span = Some(span.map_or(s, |old| Span {
                start: old.start.min(s.start),
                end: old.end.max(s.end),
            }));
        }
    }
    for f in fields {
        let s = paras[outline.items[*f].para].span;
        span = Some(span.map_or(s, |old| Span {
            start: old.start,
            end: old.end.max(s.end),
        }));
    }
    let first = texts.first().cloned().unwrap_or_default();
    let (title, rest) = title_and_rest(&first);
    let mut body: Vec<String> = Vec::new();
    if !rest.is_empty() {
        body.push(rest);
    }
    body.extend(texts.into_iter().skip(1));
    let unit_fields: Vec<usize> = fields
        .iter()
        .copied()
        .filter(|f| is_unit_field(outline, *f))
        .collect();
    let (mut found, units_text) = from_fields(ctx, &unit_fields);
    if found.is_empty() {
        let item = &outline.items[bullets[0]];
        found = ctx.roles_in_parts(&[(item.para, item.text_at)], Role::Lead, false);
    }
    let timeframe = fields
        .iter()
        .copied()
        .find(|f| is_time_field(outline, *f))
        .map(|f| time_value(ctx, f, None));
    ctx.drafts.push(Draft {
        id,
        parent: Some(parent.clone()),
        number,
        title: upper_first(&title),
        body: body.join("\n"),
        units_text,
        found,
        timeframe,
        span: span.unwrap_or_default(),
        guess: None,
    });
}

/// Bullets closed by label blocks ("- …; - …; Đơn vị thực hiện: …; Thời gian:
/// …; - …; Đơn vị chủ trì: …"): each run of bullets with the labels after it
/// is one task. `None` when the labels stand once, after all the bullets.
pub(super) fn label_blocks(outline: &Outline, id: usize) -> Option<Vec<(Vec<usize>, Vec<usize>)>> {
    let children: Vec<usize> = outline.item_children(id).collect();
    if children.is_empty()
        || !children.iter().all(|c| {
            outline.items[*c]
                .marker
                .as_ref()
                .is_some_and(|m| m.kind.is_bullet())
        })
    {
        return None;
    }
    let fields: Vec<usize> = outline
        .fields(id)
        .filter(|f| {
            outline.items[*f].marker.is_none()
                && (is_unit_field(outline, *f) || is_time_field(outline, *f))
        })
        .collect();
    let mut blocks: Vec<usize> = fields.iter().map(|f| outline.items[*f].block).collect();
    blocks.dedup();
    if blocks.is_empty() || blocks == [children.len()] || blocks.contains(&0) {
        return None;
    }
    let mut groups = Vec::new();
    let mut from = 0;
    for b in &blocks {
        let bullets: Vec<usize> = children[from..(*b).min(children.len())].to_vec();
        let group_fields: Vec<usize> = fields
            .iter()
            .copied()
            .filter(|f| outline.items[*f].block == *b)
            .collect();
        if !bullets.is_empty() {
            groups.push((bullets, group_fields));
        }
        from = (*b).min(children.len());
    }
    if from < children.len() {
        groups.push((children[from..].to_vec(), Vec::new()));
    }
    (groups.len() >= 2).then_some(groups)
}
