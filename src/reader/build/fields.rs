//! A task's units and timeframe: its own labels, a section's it inherits,
//! a unit-first heading above it, or its sentences.

use super::*;

/// The unit fields that apply to an item: its own, else the nearest
/// ancestor's within the section.
pub(super) fn unit_fields(outline: &Outline, id: usize) -> Vec<usize> {
    let mut at = Some(id);
    while let Some(i) = at {
        if i == 0 {
            break;
        }
        let fields: Vec<usize> = outline
            .fields(i)
            .filter(|f| {
                outline.items[*f].field.is_some_and(|(field, _)| {
                    matches!(
                        field,
                        Field::Lead | Field::Coordinate | Field::Units | Field::Implement
                    )
                })
            })
            .collect();
        if !fields.is_empty() {
            return fields;
        }
        if is_section(outline, i) {
            break;
        }
        at = outline.items[i].parent;
    }
    Vec::new()
}

pub(super) fn role_of(field: Field) -> Role {
    match field {
        Field::Lead | Field::Units => Role::Lead,
        Field::Coordinate => Role::Coordinate,
        _ => Role::Implement,
    }
}

/// Roles from a set of unit fields, and their words as printed.
pub(super) fn from_fields(ctx: &Ctx, fields: &[usize]) -> (Vec<(Found, Span)>, String) {
    let outline = ctx.outline;
    let paras = ctx.paras;
    let mut found = Vec::new();
    let mut texts = Vec::new();
    for f in fields {
        let item = &outline.items[*f];
        let Some((field, _)) = item.field else {
            continue;
        };
        // "Cơ quan chủ trì, phối hợp" holding "a) Cơ quan chủ trì" and "b) … phối hợp".
        let sub: Vec<usize> = outline.fields(*f).collect();
        texts.push(paras[item.para].text.clone());
        if !sub.is_empty() {
            for s in sub {
                let Some((sub_field, _)) = outline.items[s].field else {
                    continue;
                };
                let (_, parts) = ctx.field_value(s);
                found.extend(ctx.roles_in_parts(&parts, role_of(sub_field), true));
            }
            continue;
        }
        let (value, parts) = ctx.field_value(*f);
        if !value.is_empty() && texts.last().is_some_and(|t| t.len() < 80) {
            texts.push(value);
        }
        found.extend(ctx.roles_in_parts(&parts, role_of(field), true));
    }
    (found, texts.join("\n"))
}

pub(super) fn is_unit_field(outline: &Outline, f: usize) -> bool {
    outline.items[f].field.is_some_and(|(field, _)| {
        matches!(
            field,
            Field::Lead | Field::Coordinate | Field::Units | Field::Implement
        )
    })
}

pub(super) fn is_time_field(outline: &Outline, f: usize) -> bool {
    outline.items[f]
        .field
        .is_some_and(|(field, _)| field == Field::Time)
}

/// Who does a leaf: its fields, its sentences, or a unit-first heading above it.
pub(super) fn assignments_of(ctx: &Ctx, id: usize) -> (Vec<(Found, Span)>, String) {
    let outline = ctx.outline;
    let paras = ctx.paras;
    let fields = unit_fields(outline, id);
    if !fields.is_empty() {
        let (found, text) = from_fields(ctx, &fields);
        if !found.is_empty() {
            return (found, text);
        }
    }
    // The item's own sentences.
    let item = &outline.items[id];
    let mut parts = vec![(item.para, item.text_at)];
    parts.extend(item.body.iter().map(|p| (*p, 0)));
    let found = ctx.roles_in_parts(&parts[..1], Role::Lead, false);
    if !found.is_empty() {
        return (found, String::new());
    }
    // A unit-first heading above it, or its parent's subject.
    let mut at = item.parent;
    while let Some(i) = at {
        if i == 0 {
            break;
        }
        let parent = &outline.items[i];
        let heading = outline.title(paras, i);
        if let Some(m) = assign::heading_unit(heading) {
            let span = paras[parent.para].span_of(parent.text_at + m.start, parent.text_at + m.end);
            let f = Found {
                mention: m,
                role: Role::Lead,
                mode: Mode::Assign,
                guess: None,
            };
            return (vec![(f, span)], String::new());
        }
        let subject = ctx.roles_in_parts(&[(parent.para, parent.text_at)], Role::Lead, false);
        let leads: Vec<(Found, Span)> = subject
            .into_iter()
            .filter(|(f, _)| f.role == Role::Lead)
            .collect();
        if !leads.is_empty() {
            let leads = leads
                .into_iter()
                .map(|(mut f, s)| {
                    f.guess = Some("đơn vị nêu ở mục cha: các ý bên dưới kế thừa");
                    (f, s)
                })
                .collect();
            return (leads, String::new());
        }
        if is_section(outline, i) {
            break;
        }
        at = parent.parent;
    }
    // Its body's sentences, last.
    let found = ctx.roles_in_parts(&parts[1..], Role::Lead, false);
    (found, String::new())
}

/// Where an item's time field comes from.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Whose {
    Own,
    Inherited,
}

/// A time field's value for an item: its own, the nearest ancestor's, or
/// one its parent's last child carries for all its siblings.
fn time_field(outline: &Outline, id: usize) -> Option<(usize, Option<&'static str>, Whose)> {
    let time_of = |i: usize| {
        outline.fields(i).find(|f| {
            outline.items[*f]
                .field
                .is_some_and(|(field, _)| field == Field::Time)
        })
    };
    if let Some(f) = time_of(id) {
        return Some((f, None, Whose::Own));
    }
    let mut at = outline.items[id].parent;
    let mut child = id;
    while let Some(i) = at {
        if i == 0 {
            break;
        }
        if let Some(f) = time_of(i) {
            return Some((f, None, Whose::Inherited));
        }
        // "Thời gian hoàn tất" printed after the last of several items. Not
        // when that item names its own units: the labels are its own.
        let siblings: Vec<usize> = outline.item_children(i).collect();
        let with_time: Vec<usize> = siblings
            .iter()
            .copied()
            .filter(|s| time_of(*s).is_some())
            .collect();
        if with_time.len() == 1
            && siblings.last() == with_time.last()
            && siblings.len() > 1
            && child != with_time[0]
            && !outline
                .fields(with_time[0])
                .any(|f| is_unit_field(outline, f))
        {
            return time_of(with_time[0]).map(|f| {
                (
                    f,
                    Some("thời gian ghi sau ý cuối của mục: áp cho cả mục"),
                    Whose::Inherited,
                )
            });
        }
        if is_section(outline, i) {
            break;
        }
        child = i;
        at = outline.items[i].parent;
    }
    None
}

pub(super) type When = (Timeframe, String, Span, Option<String>);

/// The timeframe a time label gives.
pub(super) fn time_value(ctx: &Ctx, f: usize, why: Option<&'static str>) -> When {
    let paras = ctx.paras;
    let (value, parts) = ctx.field_value(f);
    let span = parts
        .first()
        .map(|(p, at)| paras[*p].span_of(*at, paras[*p].text.len()))
        .unwrap_or(paras[ctx.outline.items[f].para].span);
    let value = value.trim().to_string();
    match when::read(&value) {
        Some(r) => (r.timeframe, value, span, why.or(r.guess).map(str::to_string)),
        None => (
            Timeframe::Ongoing,
            value,
            span,
            Some("thời gian không đọc được thành ngày, quý hay năm: giữ nguyên văn, theo dõi như việc thường xuyên".into()),
        ),
    }
}

pub(super) fn timeframe_of(ctx: &Ctx, id: usize) -> Option<When> {
    let outline = ctx.outline;
    // Its own label first, then its own sentences, then a label it inherits.
    let field = time_field(outline, id);
    if let Some((f, why, Whose::Own)) = field {
        return Some(time_value(ctx, f, why));
    }
    time_in_text(ctx, id).or_else(|| field.map(|(f, why, _)| time_value(ctx, f, why)))
}

/// "… hoàn thành trước ngày 30/6/2025", "cơ bản hoàn thành trong năm 2025",
/// "chủ trì thực hiện trong Quý III/2026" in an item's own sentences.
fn time_in_text(ctx: &Ctx, id: usize) -> Option<When> {
    let outline = ctx.outline;
    let paras = ctx.paras;
    let item = &outline.items[id];
    for p in std::iter::once(item.para).chain(item.body.iter().copied()) {
        let text = &paras[p].text;
        let folded = fold(text);
        for cue in [
            "hoan thanh truoc",
            "hoan thanh trong",
            "hoan thanh xong",
            "truoc ngay",
            "thoi gian hoan thanh",
            "thuc hien trong",
            "trien khai trong",
            "trong quy",
        ] {
            if let Some(at) = folded.find(cue) {
                let start_chars = folded[..at].chars().count();
                let start = text.char_indices().nth(start_chars).map_or(0, |(i, _)| i);
                let end = text[start..]
                    .find(['.', ';', ')'])
                    .map_or(text.len(), |e| start + e);
                let clause = text[start..end].trim();
                let from = text[..start]
                    .rfind([',', ';', '('])
                    .map_or(start, |i| i + 1);
                let clause_full = text[from..end].trim();
                if let Some(r) = when::read(clause) {
                    if matches!(r.timeframe, Timeframe::Ongoing) {
                        continue;
                    }
                    let span = paras[p].span_of(from, end);
                    return Some((
                        r.timeframe,
                        clause_full.to_string(),
                        span,
                        Some("thời gian đọc trong câu văn".into()),
                    ));
                }
            }
        }
        // "… thực hiện thường xuyên." closing the assignment's clause.
        for verb in ["thuc hien thuong xuyen", "trien khai thuong xuyen"] {
            let Some(at) = folded.find(verb) else {
                continue;
            };
            let end_folded = at + verb.len();
            if !folded[end_folded..]
                .trim_start()
                .chars()
                .next()
                .is_none_or(|c| matches!(c, '.' | ';' | ',' | ')'))
            {
                continue;
            }
            let start = header::char_byte(text, &folded, end_folded - "thuong xuyen".len());
            let end = header::char_byte(text, &folded, end_folded);
            return Some((
                Timeframe::Ongoing,
                text[start..end].to_string(),
                paras[p].span_of(start, end),
                Some("thời gian đọc trong câu văn".into()),
            ));
        }
    }
    None
}
