//! The plan assembled from the outline: tasks (numbered items of task-bearing
//! sections, or the rows of a task table), their assignments and timeframes
//! (from their own field labels, inherited from their section's, or read in
//! their sentences), the unit directory, prose sections, monitoring unit and
//! reporting regime, and a fact for each with its span and any guess.

use super::assign::{self, Found};
use super::header::{self, sentence_case};
use super::marker::Field;
use super::outline::{Class, Outline};
use super::source::{self, Para};
use super::table::{self, Table};
use super::units;
use super::when;
use super::{Fact, ReadError, Reading, Span, Subject};
use crate::domain::text::fold;
use crate::domain::{
    Assignee, Assignment, Date, Directory, DocumentRef, GroupId, Mode, Plan, PlanId, ProseSection,
    Role, Task, TaskId, Timeframe, Unit, UnitGroup, UnitId,
};
use std::collections::BTreeMap;

/// The unit directory as the reader builds it: one entry per key.
#[derive(Default)]
struct Names {
    units: Vec<Unit>,
    groups: Vec<UnitGroup>,
    by_key: BTreeMap<String, Assignee>,
}

fn slug(text: &str) -> String {
    let folded = fold(text);
    let mut out = String::new();
    for c in folded.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    let mut out = out.trim_matches('-').to_string();
    if out.len() > 48 {
        out.truncate(48);
        out = out.trim_end_matches('-').to_string();
    }
    if out.is_empty() {
        out.push('x');
    }
    out
}

impl Names {
    /// The unit or group a mention names, added on first sight.
    fn add(&mut self, name: &str, facts: &mut Vec<Fact>, span: Span) -> Option<Assignee> {
        let key = units::key(name);
        if key.is_empty() {
            return None;
        }
        let full = units::expand(name);
        let full = upper_first(full.trim().trim_end_matches(['.', ',', ';']));
        if let Some(found) = self.by_key.get(&key) {
            // A longer form of a name already met becomes its name.
            if let Assignee::Unit(id) = found {
                if let Some(unit) = self.units.iter_mut().find(|u| &u.id == id) {
                    if full.len() > unit.name.len() && !full.contains("liên quan") {
                        unit.name = full.clone();
                    }
                }
            }
            return Some(found.clone());
        }
        let base = slug(&key.replace(" ", "-"));
        let assignee = if units::is_group(name) {
            let id = GroupId::new(fresh(&base, |id| {
                self.groups.iter().any(|g| g.id.as_str() == id)
            }))
            .ok()?;
            self.groups.push(UnitGroup {
                id: id.clone(),
                name: full.clone(),
                members: Vec::new(),
            });
            facts.push(Fact {
                subject: Subject::Group(id.clone()),
                span: Some(span),
                guess: Some("nhóm đơn vị: cần chọn các đơn vị thành viên, nếu không sẽ không ai phải báo cáo".into()),
            });
            Assignee::Group(id)
        } else {
            let id = UnitId::new(fresh(&base, |id| {
                self.units.iter().any(|u| u.id.as_str() == id)
            }))
            .ok()?;
            self.units.push(Unit {
                id: id.clone(),
                name: full.clone(),
                short_name: units::short_name(&full),
                kind: units::kind(&full),
                email: None,
                valid_from: None,
                valid_to: None,
                successors: Vec::new(),
            });
            facts.push(Fact {
                subject: Subject::Unit(id.clone()),
                span: Some(span),
                guess: None,
            });
            Assignee::Unit(id)
        };
        self.by_key.insert(key, assignee.clone());
        Some(assignee)
    }
}

/// `base`, or `base-2`, `base-3`… the first that is not `taken`.
fn fresh(base: &str, taken: impl Fn(&str) -> bool) -> String {
    let mut id = base.to_string();
    let mut n = 2;
    while taken(&id) {
        id = format!("{base}-{n}");
        n += 1;
    }
    id
}

fn upper_first(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().collect::<String>() + chars.as_str(),
        None => String::new(),
    }
}

/// What the reader gathers for one task before it becomes a `Task`.
struct Draft {
    id: TaskId,
    parent: Option<TaskId>,
    number: String,
    title: String,
    body: String,
    units_text: String,
    found: Vec<(Found, Span)>,
    timeframe: Option<(Timeframe, String, Span, Option<String>)>,
    span: Span,
    guess: Option<String>,
}

/// Everything the assembly needs at hand.
struct Ctx<'a> {
    paras: &'a [Para],
    outline: &'a Outline,
    facts: Vec<Fact>,
    names: Names,
    drafts: Vec<Draft>,
    used_ids: BTreeMap<String, usize>,
}

impl Ctx<'_> {
    fn task_id(&mut self, number: &str) -> TaskId {
        let base = format!("t{}", slug(number).replace('-', "."));
        let count = self.used_ids.entry(base.clone()).or_insert(0);
        *count += 1;
        let id = if *count == 1 {
            base
        } else {
            format!("{base}-{count}")
        };
        TaskId::new(id).unwrap_or_else(|_| {
            TaskId::new(format!("t{}", self.drafts.len() + 1)).expect("a plain id")
        })
    }

    fn para_text(&self, index: usize) -> &str {
        &self.paras[index].text
    }

    /// A field item's value: its own words after the label, and every
    /// paragraph under it.
    fn field_value(&self, id: usize) -> (String, Vec<(usize, usize)>) {
        let item = &self.outline.items[id];
        let mut parts: Vec<(usize, usize)> = Vec::new();
        let value_at = item.field.map_or(item.text_at, |(_, at)| at);
        if value_at < self.para_text(item.para).len() {
            parts.push((item.para, value_at));
        }
        let mut paras = Vec::new();
        for child in &item.children {
            self.outline.subtree_paras(*child, &mut paras);
        }
        paras.extend(&item.body);
        crate::domain::sort::sort(&mut paras);
        for p in paras {
            // A label's paragraph reads from its value ("a) Cơ quan chủ trì: …").
            let at = self
                .outline
                .items
                .iter()
                .find(|i| i.para == p)
                .map_or(0, |i| match i.field {
                    Some((_, value_at)) => value_at,
                    None => i.text_at,
                });
            parts.push((p, at));
        }
        let text = parts
            .iter()
            .map(|(p, at)| self.para_text(*p)[(*at).min(self.para_text(*p).len())..].trim())
            .collect::<Vec<_>>()
            .join("; ");
        (text, parts)
    }

    /// Finds roles in each part of a value, with spans.
    fn roles_in_parts(
        &self,
        parts: &[(usize, usize)],
        role: Role,
        field_like: bool,
    ) -> Vec<(Found, Span)> {
        let mut out = Vec::new();
        for (p, at) in parts {
            let para = &self.paras[*p];
            let text = &para.text[(*at).min(para.text.len())..];
            let found = if field_like {
                assign::in_field(text, role)
            } else {
                assign::in_sentence(text)
            };
            for f in found {
                let span = para.span_of(at + f.mention.start, at + f.mention.end);
                out.push((f, span));
            }
        }
        out
    }
}

/// Whether an item heads a section of its class (rather than being a task in it).
fn is_section(outline: &Outline, id: usize) -> bool {
    let item = &outline.items[id];
    let parent_class = item
        .parent
        .map_or(Class::Unknown, |p| outline.items[p].class);
    // A heading inside a task section ("VIII. BẢO ĐẢM … CHO NHIỆM VỤ" under
    // "B. NỘI DUNG, NHIỆM VỤ") is a group of tasks, not a new section.
    item.own_class.is_some() && parent_class != Class::Tasks
}

/// Whether an item or an ancestor below its section has field labels of its own.
fn has_metadata(outline: &Outline, id: usize) -> bool {
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
fn task_children(outline: &Outline, id: usize) -> Vec<usize> {
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
fn title_and_rest(text: &str) -> (String, String) {
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

const NO_TIME: &str = "văn bản không ghi thời gian: tạm coi là thường xuyên";

pub fn read(source_text: String) -> Result<Reading, ReadError> {
    let paras = source::paragraphs(&source_text);
    // Each paragraph folded once, for the searches below.
    let folded: Vec<String> = paras.iter().map(|p| fold(&p.text)).collect();
    let head = header::read(&paras);
    let (recipients, signer, signer_span, _) = {
        let noi = paras
            .iter()
            .enumerate()
            .skip(head.body_start)
            .find(|(i, _)| folded[*i].starts_with("noi nhan"))
            .map(|(i, _)| i);
        match noi {
            Some(i) => header::closing(&paras, i),
            None => (Vec::new(), Default::default(), None, paras.len()),
        }
    };
    let body_end = paras
        .iter()
        .enumerate()
        .skip(head.body_start)
        .find(|(i, _)| folded[*i].starts_with("noi nhan"))
        .map_or(paras.len(), |(i, _)| i);
    let outline = Outline::build(&paras, head.body_start, body_end);
    let mut ctx = Ctx {
        paras: &paras,
        outline: &outline,
        facts: Vec::new(),
        names: Names::default(),
        drafts: Vec::new(),
        used_ids: BTreeMap::new(),
    };
    // Task tables anywhere in the body.
    let mut all_rows: Vec<usize> = Vec::new();
    for item in &outline.items {
        all_rows.extend(&item.rows);
    }
    crate::domain::sort::sort(&mut all_rows);
    let tables = table::tables(&paras, &all_rows);
    let table_leads: usize = tables
        .iter()
        .map(|t| {
            t.rows
                .iter()
                .filter(|r| !r.group && t.columns.lead.is_some())
                .count()
        })
        .sum();
    let from_table = table_leads >= 3;
    if from_table {
        for t in &tables {
            table_tasks(&mut ctx, t);
        }
    } else {
        walk(&mut ctx, 0, None);
        if ctx.drafts.is_empty() {
            // Plans whose only assignments are in Tổ chức thực hiện.
            for id in 1..outline.items.len() {
                let item = &outline.items[id];
                if item.class == Class::Organisation
                    && item.parent.is_some_and(|p| is_section(&outline, p))
                {
                    emit(&mut ctx, id, None);
                }
            }
        }
        if ctx.drafts.is_empty() {
            for t in &tables {
                table_tasks(&mut ctx, t);
            }
        }
    }
    if ctx.drafts.is_empty() {
        return Err(ReadError::NoTasks);
    }
    // Header facts.
    let mut facts = std::mem::take(&mut ctx.facts);
    let plain = |subject, span: Option<Span>| Fact {
        subject,
        span,
        guess: None,
    };
    let guessed = |subject, span: Option<Span>, why: &str| Fact {
        subject,
        span,
        guess: Some(why.to_string()),
    };
    let (date, date_fact) = match &head.date {
        Some((d, span)) if head.date_blank => (
            *d,
            guessed(
                Subject::Date,
                Some(*span),
                "dự thảo: ngày, tháng ban hành còn để trống, tạm lấy 01/01 của năm",
            ),
        ),
        Some((d, span)) => (*d, plain(Subject::Date, Some(*span))),
        None => (
            Date::new(2000, 1, 1).unwrap_or_else(unreachable_date),
            guessed(Subject::Date, None, "không tìm thấy ngày ban hành"),
        ),
    };
    facts.push(date_fact);
    // A header field as read, or its default with a fact saying it was not found.
    let mut field = |found: &Option<(String, Span)>,
                     subject: Subject,
                     missing: &str,
                     default: &str| match found {
        Some((value, span)) => {
            facts.push(plain(subject, Some(*span)));
            value.clone()
        }
        None => {
            facts.push(guessed(subject, None, missing));
            default.to_string()
        }
    };
    let number = field(
        &head.number,
        Subject::Number,
        "không tìm thấy số, ký hiệu",
        "",
    );
    let kind = field(
        &head.kind,
        Subject::Kind,
        "không thấy tên loại văn bản: coi là Kế hoạch",
        "Kế hoạch",
    );
    let issuer = field(
        &head.issuer,
        Subject::Issuer,
        "không tìm thấy cơ quan ban hành",
        "",
    );
    let title = field(&head.title, Subject::Title, "không tìm thấy trích yếu", "");
    if head.number_blank {
        if let Some(fact) = facts.iter_mut().find(|f| f.subject == Subject::Number) {
            fact.guess = Some("dự thảo: số văn bản còn để trống".into());
        }
    }
    let place = head.place.as_ref().map(|p| p.0.clone()).unwrap_or_default();
    if let Some((_, span)) = &head.place {
        facts.push(plain(Subject::Place, Some(*span)));
    }
    if !signer.name.is_empty() || !signer.title.is_empty() {
        facts.push(plain(Subject::Signer, signer_span));
    }
    // Parents: the decision the plan is attached to, then the preamble's.
    let mut parents: Vec<DocumentRef> = Vec::new();
    if let Some(decision) = &head.decision {
        parents.push(decision.clone());
    }
    let preamble_end = outline.items.get(1).map_or(body_end, |i| i.para);
    let preamble_from = if head.decision.is_some() {
        // The decision's own "Căn cứ" lines stand before the plan's title.
        head.kind.as_ref().map_or(0, |_| 0)
    } else {
        head.body_start
    };
    for para in paras
        .iter()
        .take(preamble_end.min(paras.len()))
        .skip(preamble_from)
    {
        let folded = fold(&para.text);
        if !(folded.starts_with("can cu")
            || folded.starts_with("thuc hien")
            || folded.starts_with("ngay ")
            || folded.starts_with("theo "))
        {
            continue;
        }
        for (doc, at) in header::parents(&para.text) {
            if parents.iter().any(|p| p.number == doc.number)
                || Some(&doc.number) == head.number.as_ref().map(|n| &n.0)
            {
                continue;
            }
            let span = para.span_of(at.min(para.text.len()), para.text.len());
            facts.push(plain(Subject::Parent(parents.len()), Some(span)));
            parents.push(doc);
        }
    }
    // Prose sections.
    let mut sections = Vec::new();
    for &id in &outline.items[0].children {
        let item = &outline.items[id];
        let keep = match item.class {
            Class::Aims | Class::Budget | Class::Organisation => true,
            Class::Tasks => from_table,
            Class::Unknown => false,
        };
        if !keep {
            continue;
        }
        let heading_items: Vec<usize> = outline
            .item_children(id)
            .filter(|c| {
                outline.title(&paras, *c).chars().count() < 60
                    && outline.items[*c].own_class.is_some()
            })
            .collect();
        let parts: Vec<usize> = if heading_items.len() >= 2 && item.class == Class::Aims {
            heading_items
        } else {
            vec![id]
        };
        for part in parts {
            let mut paras_of = Vec::new();
            outline.subtree_paras(part, &mut paras_of);
            let heading = sentence_case(
                outline.title(&paras, part).trim_end_matches(['.', ':']),
                &place,
            );
            let body = paras_of
                .iter()
                .skip(1)
                .map(|p| paras[*p].text.as_str())
                .collect::<Vec<_>>()
                .join("\n");
            let span = Span {
                start: paras[outline.items[part].para].span.start,
                end: paras_of
                    .last()
                    .map_or(paras[outline.items[part].para].span.end, |p| {
                        paras[*p].span.end
                    }),
            };
            facts.push(plain(Subject::Section(sections.len()), Some(span)));
            sections.push(ProseSection { heading, body });
        }
    }
    // Monitoring unit and regime: from Tổ chức thực hiện, else the whole body.
    let mut organisation_paras: Vec<usize> = Vec::new();
    for id in 1..outline.items.len() {
        let item = &outline.items[id];
        if item.class == Class::Organisation {
            organisation_paras.push(item.para);
            organisation_paras.extend(&item.body);
        }
    }
    crate::domain::sort::sort(&mut organisation_paras);
    organisation_paras.dedup();
    let mut monitoring: Option<(Assignee, Span, Option<String>)> = None;
    for p in organisation_paras
        .iter()
        .copied()
        .chain(head.body_start..body_end)
    {
        let text = &paras[p].text;
        let folded = &folded[p];
        if folded.contains("theo doi")
            && (folded.contains("don doc") || folded.contains("tong hop"))
        {
            let found = assign::in_sentence(text);
            let lead = found
                .iter()
                .find(|f| f.role == Role::Lead)
                .or(found.first());
            if let Some(f) = lead {
                let span = paras[p].span_of(f.mention.start, f.mention.end);
                if let Some(a) = ctx.names.add(&f.mention.name, &mut facts, span) {
                    monitoring = Some((a, span, None));
                    break;
                }
            }
        }
    }
    if monitoring.is_none() {
        // "… báo cáo UBND tỉnh (qua Sở Thông tin và Truyền thông)".
        for (para, folded) in paras[head.body_start..body_end]
            .iter()
            .zip(&folded[head.body_start..body_end])
        {
            let text = &para.text;
            if let Some(at) = folded.find("(qua ") {
                let chars = folded[..at + 5].chars().count();
                let byte = text
                    .char_indices()
                    .nth(chars)
                    .map_or(text.len(), |(i, _)| i);
                if let Some(list) = units::lists(&text[byte..]).first() {
                    let m = &list.mentions[0];
                    let span = para.span_of(byte + m.start, byte + m.end);
                    if let Some(a) = ctx.names.add(&m.name, &mut facts, span) {
                        monitoring = Some((
                            a,
                            span,
                            Some("đơn vị nhận báo cáo “qua”: coi là đơn vị theo dõi".into()),
                        ));
                        break;
                    }
                }
            }
        }
    }
    let monitoring_unit = match monitoring {
        Some((Assignee::Unit(id), span, guess)) => {
            facts.push(Fact {
                subject: Subject::MonitoringUnit,
                span: Some(span),
                guess,
            });
            id
        }
        _ => {
            let office = if issuer.is_empty() {
                "Văn phòng cơ quan ban hành".to_string()
            } else {
                format!("Văn phòng {issuer}")
            };
            let id = match ctx.names.add(&office, &mut Vec::new(), Span::default()) {
                Some(Assignee::Unit(id)) => id,
                _ => UnitId::new("van-phong").expect("a plain id"),
            };
            if ctx.names.units.iter().all(|u| u.id != id) {
                ctx.names.units.push(Unit {
                    id: id.clone(),
                    name: office.clone(),
                    short_name: units::short_name(&office),
                    kind: crate::domain::UnitKind::Department,
                    email: None,
                    valid_from: None,
                    valid_to: None,
                    successors: Vec::new(),
                });
            }
            facts.push(guessed(
                Subject::MonitoringUnit,
                None,
                "văn bản không nói ai theo dõi, đôn đốc: tạm giao văn phòng của cơ quan ban hành",
            ));
            id
        }
    };
    let year = date.year();
    let mut regime = None;
    for p in organisation_paras
        .iter()
        .copied()
        .chain(head.body_start..body_end)
    {
        let text = &paras[p].text;
        let folded = &folded[p];
        if folded.contains("bao cao")
            && (folded.contains("dinh ky")
                || folded.contains("hang quy")
                || folded.contains("6 thang")
                || folded.contains("hang nam"))
        {
            if let Some(r) = when::regime(text, year) {
                facts.push(plain(Subject::Regime, Some(paras[p].span)));
                regime = Some(r);
                break;
            }
        }
    }
    let regime = regime.unwrap_or_else(|| {
        facts.push(guessed(
            Subject::Regime,
            None,
            "văn bản không nói chế độ báo cáo: 6 tháng và năm, trước ngày 15 tháng cuối kỳ",
        ));
        when::default_regime(year)
    });
    // Tasks: assignments resolved through the directory.
    let drafts = std::mem::take(&mut ctx.drafts);
    let mut names = std::mem::take(&mut ctx.names);
    let mut tasks = Vec::with_capacity(drafts.len());
    let issuer_party = units::kind(&issuer) == crate::domain::UnitKind::PartyBody;
    let has_children: Vec<bool> = drafts
        .iter()
        .map(|d| drafts.iter().any(|o| o.parent.as_ref() == Some(&d.id)))
        .collect();
    for (draft, parent_of_others) in drafts.into_iter().zip(has_children) {
        facts.push(Fact {
            subject: Subject::Task(draft.id.clone()),
            span: Some(draft.span),
            guess: draft.guess.clone(),
        });
        let mut assignments: Vec<Assignment> = Vec::new();
        if !parent_of_others {
            for (found, span) in &draft.found {
                let Some(assignee) = names.add(&found.mention.name, &mut facts, *span) else {
                    continue;
                };
                if assignments.iter().any(|a| a.assignee == assignee) {
                    continue;
                }
                // A state body requests (đề nghị) what a Party body does; it cannot order it.
                let party = matches!(&assignee, Assignee::Unit(id)
                    if names.units.iter().any(|u| &u.id == id && u.kind == crate::domain::UnitKind::PartyBody));
                let mode = if party && !issuer_party {
                    Mode::Request
                } else {
                    found.mode
                };
                facts.push(Fact {
                    subject: Subject::Assignment(draft.id.clone(), assignments.len()),
                    span: Some(*span),
                    guess: found.guess.map(str::to_string),
                });
                assignments.push(Assignment {
                    assignee,
                    role: found.role,
                    mode,
                    from: None,
                });
            }
        }
        let (timeframe, timeframe_text) = match draft.timeframe {
            Some((tf, text, span, guess)) => {
                facts.push(Fact {
                    subject: Subject::Timeframe(draft.id.clone()),
                    span: Some(span),
                    guess,
                });
                (tf, text)
            }
            None => {
                if !parent_of_others {
                    facts.push(guessed(Subject::Timeframe(draft.id.clone()), None, NO_TIME));
                }
                (Timeframe::Ongoing, String::new())
            }
        };
        tasks.push(Task {
            id: draft.id,
            parent: draft.parent,
            number: draft.number,
            title: draft.title,
            body: draft.body,
            units_text: draft.units_text,
            assignments,
            timeframe,
            timeframe_text,
            indicators: Vec::new(),
            from: None,
            released: Vec::new(),
        });
    }
    let id_text = format!("{}-{}", slug(&number), year);
    let plan = Plan {
        id: PlanId::new(slug(&id_text))
            .unwrap_or_else(|_| PlanId::new("ke-hoach").expect("a plain id")),
        revision: 1,
        document: DocumentRef {
            kind,
            number,
            date,
            issuer,
            title,
        },
        place,
        signer,
        parents,
        sections,
        directory: Directory {
            units: std::mem::take(&mut names.units),
            groups: std::mem::take(&mut names.groups),
        },
        tasks,
        monitoring_unit,
        recipients,
        regime,
        retired: Vec::new(),
    };
    Ok(Reading {
        plan,
        source: source_text,
        facts,
    })
}

fn unreachable_date() -> Date {
    Date::from_days(0).unwrap_or_else(|| Date::new(1970, 1, 1).expect("a valid date"))
}

/// Emits the tasks under item `id` (a section or the document).
fn walk(ctx: &mut Ctx, id: usize, parent: Option<TaskId>) {
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
fn emit(ctx: &mut Ctx, id: usize, parent: Option<TaskId>) {
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
fn emit_block(ctx: &mut Ctx, bullets: &[usize], fields: &[usize], parent: &TaskId, k: usize) {
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

/// The unit fields that apply to an item: its own, else the nearest
/// ancestor's within the section.
fn unit_fields(outline: &Outline, id: usize) -> Vec<usize> {
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

fn role_of(field: Field) -> Role {
    match field {
        Field::Lead | Field::Units => Role::Lead,
        Field::Coordinate => Role::Coordinate,
        _ => Role::Implement,
    }
}

/// Roles from a set of unit fields, and their words as printed.
fn from_fields(ctx: &Ctx, fields: &[usize]) -> (Vec<(Found, Span)>, String) {
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

fn is_unit_field(outline: &Outline, f: usize) -> bool {
    outline.items[f].field.is_some_and(|(field, _)| {
        matches!(
            field,
            Field::Lead | Field::Coordinate | Field::Units | Field::Implement
        )
    })
}

fn is_time_field(outline: &Outline, f: usize) -> bool {
    outline.items[f]
        .field
        .is_some_and(|(field, _)| field == Field::Time)
}

/// Bullets closed by label blocks ("- …; - …; Đơn vị thực hiện: …; Thời gian:
/// …; - …; Đơn vị chủ trì: …"): each run of bullets with the labels after it
/// is one task. `None` when the labels stand once, after all the bullets.
fn label_blocks(outline: &Outline, id: usize) -> Option<Vec<(Vec<usize>, Vec<usize>)>> {
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

/// Who does a leaf: its fields, its sentences, or a unit-first heading above it.
fn assignments_of(ctx: &Ctx, id: usize) -> (Vec<(Found, Span)>, String) {
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

/// A time field's value for an item: its own, the nearest ancestor's, or
/// one its parent's last child carries for all its siblings.
fn time_field(outline: &Outline, id: usize) -> Option<(usize, Option<&'static str>)> {
    let time_of = |i: usize| {
        outline.fields(i).find(|f| {
            outline.items[*f]
                .field
                .is_some_and(|(field, _)| field == Field::Time)
        })
    };
    if let Some(f) = time_of(id) {
        return Some((f, None));
    }
    let mut at = outline.items[id].parent;
    let mut child = id;
    while let Some(i) = at {
        if i == 0 {
            break;
        }
        if let Some(f) = time_of(i) {
            return Some((f, None));
        }
        // "Thời gian hoàn tất" printed after the last of several items.
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
        {
            return time_of(with_time[0])
                .map(|f| (f, Some("thời gian ghi sau ý cuối của mục: áp cho cả mục")));
        }
        if is_section(outline, i) {
            break;
        }
        child = i;
        at = outline.items[i].parent;
    }
    None
}

type When = (Timeframe, String, Span, Option<String>);

/// The timeframe a time label gives.
fn time_value(ctx: &Ctx, f: usize, why: Option<&'static str>) -> When {
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

fn timeframe_of(ctx: &Ctx, id: usize) -> Option<When> {
    let outline = ctx.outline;
    let paras = ctx.paras;
    if let Some((f, why)) = time_field(outline, id) {
        return Some(time_value(ctx, f, why));
    }
    // "… hoàn thành trước ngày 30/6/2025", "cơ bản hoàn thành trong năm 2025" in the text.
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
    }
    None
}

/// Tasks from a task table: group rows as parents, numbered rows as leaves.
fn table_tasks(ctx: &mut Ctx, table: &Table) {
    let paras = ctx.paras;
    let cols = &table.columns;
    let mut group: Option<TaskId> = None;
    let mut group_number = String::new();
    // Numbered rows of this group: a row "1.2" or "b" under them is their child.
    let mut numbered: Vec<(String, TaskId, usize)> = Vec::new();
    for row in &table.rows {
        let cell = |k: Option<usize>| k.and_then(|k| row.cells.get(k));
        if row.group {
            let texts: Vec<&str> = row
                .cells
                .iter()
                .map(|c| c.text.trim())
                .filter(|t| !t.is_empty())
                .collect();
            let (number, title) = match texts.as_slice() {
                [one] => {
                    let (n, t) = one.split_once([' ', '.']).unwrap_or((one, ""));
                    (n.trim_end_matches('.').to_string(), t.trim().to_string())
                }
                [n, t, ..] => (n.trim_end_matches('.').to_string(), t.to_string()),
                [] => continue,
            };
            let id = ctx.task_id(&number);
            let span = Span {
                start: row.cells.first().map_or(0, |c| c.span.start),
                end: row.cells.last().map_or(0, |c| c.span.end),
            };
            ctx.drafts.push(Draft {
                id: id.clone(),
                parent: None,
                number: number.clone(),
                title: upper_first(title.trim_start_matches(['.', ' '])),
                body: String::new(),
                units_text: String::new(),
                found: Vec::new(),
                timeframe: None,
                span,
                guess: None,
            });
            group = Some(id);
            group_number = number;
            numbered.clear();
            continue;
        }
        let own = cell(cols.number)
            .map(|c| c.text.trim().trim_end_matches('.').to_string())
            .unwrap_or_default();
        let own = if own.is_empty() {
            (ctx.drafts.len() + 1).to_string()
        } else {
            own
        };
        // "1.2" under "1", "b" under the last number: a child of that row.
        let above = match own.rsplit_once('.') {
            Some((head, _)) => numbered.iter().rev().find(|(label, _, _)| *label == head),
            None if own.chars().all(char::is_lowercase) => numbered
                .iter()
                .rev()
                .find(|(label, _, _)| label.chars().all(|c| c.is_ascii_digit())),
            None => None,
        }
        .map(|(_, id, draft)| (id.clone(), *draft));
        let number = match &above {
            Some((_, draft)) if !own.contains('.') => {
                format!("{}.{own}", ctx.drafts[*draft].number)
            }
            _ if group_number.is_empty() => own.clone(),
            _ => format!("{group_number}.{own}"),
        };
        let id = ctx.task_id(&number);
        numbered.push((own.clone(), id.clone(), ctx.drafts.len()));
        let title_cell = &row.cells[cols.title.min(row.cells.len().saturating_sub(1))];
        let (title, rest) = title_and_rest(&title_cell.text);
        let mut body = Vec::new();
        if !rest.is_empty() {
            body.push(rest);
        }
        if let Some(c) = cell(cols.product).filter(|c| !c.text.trim().is_empty()) {
            body.push(format!("Sản phẩm: {}", c.text.trim()));
        }
        if let Some(c) = cell(cols.note).filter(|c| !c.text.trim().is_empty()) {
            body.push(format!("Ghi chú: {}", c.text.trim()));
        }
        let mut found = Vec::new();
        let mut units_text = Vec::new();
        for (k, role) in [(cols.lead, Role::Lead), (cols.coordinate, Role::Coordinate)] {
            if let Some(c) = cell(k) {
                if c.text.trim().is_empty() {
                    continue;
                }
                units_text.push(c.text.trim().to_string());
                let para = &paras[row.para];
                let mut list = assign::in_field(&c.text, role);
                if list.is_empty() && !c.text.trim().is_empty() {
                    // A name the lexicon does not know: the cell is the unit.
                    let name = c.text.trim().trim_end_matches(['.', ';']).to_string();
                    list.push(Found {
                        mention: units::Mention {
                            start: 0,
                            end: c.text.len(),
                            name,
                        },
                        role,
                        mode: Mode::Assign,
                        guess: Some("tên đơn vị lạ: đọc cả ô làm một đơn vị"),
                    });
                }
                let _ = para;
                for f in list {
                    let span = Span {
                        start: c.span.start + f.mention.start.min(c.span.end - c.span.start),
                        end: (c.span.start + f.mention.end)
                            .min(c.span.end)
                            .max(c.span.start),
                    };
                    found.push((f, span));
                }
            }
        }
        let timeframe = cell(cols.time)
            .filter(|c| !c.text.trim().is_empty())
            .map(|c| {
                let text = c.text.trim().to_string();
                match when::read(&text) {
                    Some(r) => (r.timeframe, text, c.span, r.guess.map(str::to_string)),
                    None => (
                        Timeframe::Ongoing,
                        text,
                        c.span,
                        Some(
                            "thời gian không đọc được thành ngày, quý hay năm: giữ nguyên văn"
                                .to_string(),
                        ),
                    ),
                }
            });
        // A sub-row without its own units or time takes its row's.
        let (found, timeframe) = match &above {
            Some((_, draft)) => {
                let parent = &ctx.drafts[*draft];
                let mut found = found;
                if !found.iter().any(|(f, _)| f.role == Role::Lead) {
                    found.extend(
                        parent
                            .found
                            .iter()
                            .filter(|(f, _)| f.role == Role::Lead)
                            .cloned(),
                    );
                }
                let timeframe = timeframe.or_else(|| parent.timeframe.clone());
                (found, timeframe)
            }
            None => (found, timeframe),
        };
        let span = Span {
            start: row.cells.first().map_or(0, |c| c.span.start),
            end: row.cells.last().map_or(0, |c| c.span.end),
        };
        ctx.drafts.push(Draft {
            id,
            parent: above.map(|(id, _)| id).or_else(|| group.clone()),
            number,
            title: upper_first(&title),
            body: body.join("\n"),
            units_text: units_text.join("\n"),
            found,
            timeframe,
            span,
            guess: None,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_are_ids() {
        assert_eq!(
            slug("Sở Thông tin và Truyền thông"),
            "so-thong-tin-va-truyen-thong"
        );
        assert_eq!(slug("61/KH-UBND"), "61-kh-ubnd");
        assert!(UnitId::new(slug("Đ&đ !!")).is_ok());
    }

    #[test]
    fn long_headings_keep_their_first_sentence_as_title() {
        let long = format!(
            "Tích cực đổi mới công tác thông tin đối ngoại. {}",
            "Nội dung dài. ".repeat(20)
        );
        let (title, rest) = title_and_rest(&long);
        assert_eq!(title, "Tích cực đổi mới công tác thông tin đối ngoại");
        assert!(rest.starts_with("Nội dung dài."));
    }
}
