//! The plan assembled from the outline: tasks (numbered items of task-bearing
//! sections, or the rows of a task table), their assignments and timeframes
//! (from their own field labels, inherited from their section's, or read in
//! their sentences), the unit directory, prose sections, monitoring unit and
//! reporting regime, and a fact for each with its span and any guess.

mod draft;
mod fields;
mod names;
mod rows;
mod tree;

use draft::*;
use fields::*;
pub(super) use names::register_unit;
use names::*;
use rows::*;
use tree::*;

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

const NO_TIME: &str = "văn bản không ghi thời gian: tạm coi là thường xuyên";

/// A plan's id from its number and year: "61/KH-UBND", 2024 → "61-kh-ubnd-2024".
pub(super) fn plan_id(number: &str, year: i32) -> PlanId {
    let text = if number.trim().is_empty() {
        format!("ke-hoach-{year}")
    } else {
        format!("{}-{}", slug(number), year)
    };
    PlanId::new(slug(&text)).unwrap_or_else(|_| PlanId::new("ke-hoach").expect("a plain id"))
}

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
        for (index, t) in tables.iter().enumerate() {
            let start = ctx.drafts.len();
            table_tasks(&mut ctx, t);
            apart(&mut ctx, start, index, t);
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
                "dự thảo: ngày ban hành còn để trống, tạm lấy ngày 01 của tháng (01/01 khi tháng cũng để trống)",
            ),
        ),
        Some((d, span)) => (*d, plain(Subject::Date, Some(*span))),
        None => (
            Date::new(2000, 1, 1).unwrap_or(Date::MIN),
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
        0
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
    // Where the monitoring unit and the regime are looked for: Tổ chức thực
    // hiện first, then the whole body.
    let search: Vec<usize> = organisation_paras
        .iter()
        .copied()
        .chain(head.body_start..body_end)
        .collect();
    let mut monitoring: Option<(Assignee, Span, Option<String>)> = None;
    for &p in &search {
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
            // "5. Văn phòng Đảng ủy xã: Là đầu mối … theo dõi, đôn đốc…":
            // the unit heading the item.
            let owner = (1..outline.items.len()).find(|&id| outline.items[id].body.contains(&p));
            if let Some((id, m)) = owner
                .and_then(|id| assign::heading_unit(outline.title(&paras, id)).map(|m| (id, m)))
            {
                let item = &outline.items[id];
                let span = paras[item.para].span_of(item.text_at + m.start, item.text_at + m.end);
                if let Some(a) = ctx.names.add(&m.name, &mut facts, span) {
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
    for &p in &search {
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
    let plan = Plan {
        id: plan_id(&number, year),
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

/// A later task table numbered from 1 again ("Phụ lục II" after "Phụ lục
/// I"): its tasks, `ctx.drafts[start..]`, go under a task of their own,
/// "PL2", named by the table's heading, so no two tasks share a number.
fn apart(ctx: &mut Ctx, start: usize, index: usize, table: &table::Table) {
    let top = |d: &Draft| d.parent.is_none().then(|| d.number.clone());
    let earlier: std::collections::BTreeSet<String> =
        ctx.drafts[..start].iter().filter_map(top).collect();
    if start == 0
        || !ctx.drafts[start..]
            .iter()
            .filter_map(top)
            .any(|n| earlier.contains(&n))
    {
        return;
    }
    let first_row = table.rows.first().map_or(0, |r| r.para);
    // The heading above the table: "PHỤ LỤC II" and the line under it.
    let heading: Vec<&Para> = ctx.paras[..first_row]
        .iter()
        .rev()
        .take(8)
        .filter(|p| !p.is_row())
        .collect();
    let label = heading
        .iter()
        .position(|p| fold(&p.text).starts_with("phu luc"));
    let number = format!("PL{}", index + 1);
    let (title, span) = match label {
        Some(at) => {
            let mut words = heading[at].text.clone();
            if words.chars().count() < 20 && at > 0 {
                words = format!("{words}: {}", heading[at - 1].text);
            }
            (words, heading[at].span)
        }
        None => (
            format!("Bảng {}", index + 1),
            table
                .rows
                .first()
                .map_or(Span { start: 0, end: 0 }, |r| ctx.paras[r.para].span),
        ),
    };
    let id = ctx.task_id(&number);
    for draft in &mut ctx.drafts[start..] {
        if draft.parent.is_none() {
            draft.parent = Some(id.clone());
        }
        draft.number = format!("{number}.{}", draft.number);
    }
    let title = names::upper_first(&title);
    ctx.drafts
        .insert(start, Draft::heading(id, None, number, title, span));
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
