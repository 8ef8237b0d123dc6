//! The report's body, section by section, and its annex rows.

use super::figures;
use super::{capital, join_names, role_label, status_label, AnnexRow, Block};
use crate::domain::budget::Totals;
use crate::domain::dashboard;
use crate::domain::progress::{self, Owed};
use crate::domain::{number, Date, Entry, EntryKey, Plan, UnitId, Workspace};

/// Who reported and when. The unit writing the report is not listed among
/// those that have not reported to it: what it has not recorded of its own
/// work is said apart.
pub(super) fn reporting(
    plan: &Plan,
    owed: &[Owed],
    compliance: &[(UnitId, dashboard::Compliance)],
    due: Date,
    issuer: &UnitId,
) -> Vec<Block> {
    let tally = progress::overall(owed);
    let (on_time, late) = compliance
        .iter()
        .fold((0, 0), |(t, l), (_, c)| (t + c.on_time, l + c.late));
    let mut blocks = vec![Block::Text(format!(
        "Trong kỳ, {} cơ quan, đơn vị có trách nhiệm báo cáo {} nội dung (mỗi đơn vị, mỗi nhiệm vụ một nội dung); đã nhận {} nội dung ({}%), trong đó {on_time} nội dung gửi đúng hạn (hạn báo cáo ngày {}), {late} nội dung gửi sau hạn; {} nội dung đã hoàn thành hoặc không phát sinh ({}%).",
        compliance.len(),
        tally.total(),
        tally.reported(),
        crate::domain::number::percent(tally.reported(), tally.total(), crate::domain::Language::Vietnamese.marks()),
        due.dmy(),
        tally.complete(),
        crate::domain::number::percent(tally.complete(), tally.total(), crate::domain::Language::Vietnamese.marks()),
    ))];
    let missing: Vec<_> = compliance
        .iter()
        .filter(|(id, c)| c.missing > 0 && id != issuer)
        .collect();
    if !missing.is_empty() {
        blocks.push(Block::Text(format!(
            "Còn {} nội dung của {} cơ quan, đơn vị chưa báo cáo: {}.",
            missing.iter().map(|(_, c)| c.missing).sum::<usize>(),
            missing.len(),
            join_names(plan, missing.iter().map(|(id, _)| id)),
        )));
    }
    if let Some((_, own)) = compliance
        .iter()
        .find(|(id, c)| id == issuer && c.missing > 0)
    {
        blocks.push(Block::Text(format!(
            "{} nội dung do {} thực hiện chưa được cập nhật kết quả.",
            own.missing,
            plan.directory.full_name(issuer),
        )));
    }
    blocks
}

pub(super) fn entry<'a>(workspace: &'a Workspace, item: &Owed) -> Option<&'a Entry> {
    let key = EntryKey {
        task: item.task.clone(),
        unit: item.unit.clone(),
        period: item.period.clone(),
    };
    workspace.entries.get(&key).filter(|e| !e.deleted)
}

/// "Số tin, bài: 120 tin, bài; …" of an entry's figures, in the task's order.
fn indicator_text(workspace: &Workspace, item: &Owed, entry: &Entry) -> String {
    let Some(task) = workspace.plan.task(&item.task) else {
        return String::new();
    };
    task.indicators
        .iter()
        .filter_map(|indicator| {
            let value = entry.indicators.get(&indicator.id)?;
            Some(format!(
                "{}: {} {}",
                indicator.name,
                number::decimal(*value, number::Marks::VI),
                indicator.measure
            ))
        })
        .collect::<Vec<_>>()
        .join("; ")
}

/// "Kế hoạch số 12/KH-SVHTTDL (05/04/2026); 25 tin, bài (https://…)".
fn evidence_text(entry: &Entry) -> String {
    entry
        .evidence
        .iter()
        .map(|e| {
            let mut text = e.title.trim().to_owned();
            let details: Vec<String> = [
                e.date.map(Date::dmy),
                e.count
                    .map(|c| number::group_thousands(u64::from(c), number::Marks::VI)),
                e.link.clone(),
            ]
            .into_iter()
            .flatten()
            .collect();
            if !details.is_empty() {
                text.push_str(&format!(" ({})", details.join(", ")));
            }
            text
        })
        .collect::<Vec<_>>()
        .join("; ")
}

fn ends_sentence(text: &str) -> String {
    let text = text.trim();
    if text.ends_with(['.', '!', '?', ':', ';']) {
        text.to_owned()
    } else {
        format!("{text}.")
    }
}

pub(super) fn results(workspace: &Workspace, owed: &[Owed]) -> Vec<Block> {
    let plan = &workspace.plan;
    let mut blocks = Vec::new();
    for task in plan.leaves() {
        let items: Vec<&Owed> = owed.iter().filter(|o| o.task == task.id).collect();
        if items.is_empty() {
            continue;
        }
        blocks.push(Block::Task(format!(
            "Nhiệm vụ {}: {}",
            task.number,
            task.title.trim()
        )));
        for item in items.iter().filter(|o| o.status.is_reported()) {
            let Some(entry) = entry(workspace, item) else {
                continue;
            };
            let mut state = format!("{}; {}", role_label(item.role), status_label(item.status));
            if let Some(p) = entry.progress {
                state.push_str(&format!(", {p}%"));
            }
            let mut text = format!("- {} ({state})", plan.directory.full_name(&item.unit));
            let done = entry.done.trim();
            if entry.lacks_result() {
                text.push_str(": chưa ghi kết quả thực hiện.");
            } else if done.is_empty() {
                text.push('.');
            } else {
                text.push_str(": ");
                text.push_str(&ends_sentence(done));
            }
            let figures = indicator_text(workspace, item, entry);
            if !figures.is_empty() {
                text.push_str(&format!(" Chỉ tiêu: {figures}."));
            }
            let evidence = evidence_text(entry);
            if !evidence.is_empty() {
                text.push_str(&format!(" Minh chứng: {evidence}."));
            }
            blocks.push(Block::Text(text));
        }
        let silent: Vec<_> = items.iter().filter(|o| !o.status.is_reported()).collect();
        if !silent.is_empty() {
            blocks.push(Block::Text(format!(
                "- Chưa báo cáo: {}.",
                join_names(plan, silent.iter().map(|o| &o.unit))
            )));
        }
    }
    blocks
}

/// Every obstacle or proposal raised, "- Sở X (nhiệm vụ 3.1): …", by `pick`.
fn remarks(
    plan: &Plan,
    remarks: &[dashboard::Remark],
    pick: fn(&dashboard::Remark) -> &str,
) -> Vec<Block> {
    remarks
        .iter()
        .filter(|r| !pick(r).is_empty())
        .map(|r| {
            Block::Text(format!(
                "- {} (nhiệm vụ {}): {}",
                plan.directory.full_name(&r.unit),
                plan.task(&r.task).map_or("", |t| t.number.as_str()),
                ends_sentence(pick(r))
            ))
        })
        .collect()
}

pub(super) fn shortcomings(
    plan: &Plan,
    raised: &[dashboard::Remark],
    compliance: &[(UnitId, dashboard::Compliance)],
) -> Vec<Block> {
    let mut blocks = remarks(plan, raised, |r| &r.obstacles);
    if blocks.is_empty() {
        blocks.push(Block::Text(
            "Các cơ quan, đơn vị không báo cáo khó khăn, vướng mắc trong kỳ.".to_owned(),
        ));
    }
    let late = compliance.iter().filter(|(_, c)| c.late > 0).count();
    let missing = compliance.iter().filter(|(_, c)| c.missing > 0).count();
    // Only what happened is said: no "0 cơ quan, đơn vị …".
    let parts: Vec<String> = [
        (late, "gửi báo cáo sau hạn"),
        (missing, "chưa gửi đủ báo cáo"),
    ]
    .into_iter()
    .filter(|(count, _)| *count > 0)
    .map(|(count, what)| format!("{count} cơ quan, đơn vị {what}"))
    .collect();
    if !parts.is_empty() {
        blocks.push(Block::Text(format!(
            "- Việc báo cáo chưa đầy đủ, kịp thời: {}.",
            parts.join(", ")
        )));
    }
    blocks
}

pub(super) fn next_steps(
    workspace: &Workspace,
    owed: &[Owed],
    reference: &str,
    when: &str,
) -> Vec<Block> {
    let plan = &workspace.plan;
    let mut blocks = vec![Block::Text(format!(
        "- Tiếp tục triển khai đồng bộ, hiệu quả các nhiệm vụ tại {reference}."
    ))];
    for (id, tally) in progress::by_task(workspace, owed) {
        let open = tally.total() - tally.complete();
        if open == 0 {
            continue;
        }
        if let Some(task) = plan.task(&id) {
            blocks.push(Block::Text(format!(
                "- Tập trung thực hiện nhiệm vụ {} ({}): còn {open}/{} nội dung chưa hoàn thành.",
                task.number,
                task.title.trim(),
                tally.total()
            )));
        }
    }
    if owed.iter().any(|o| !o.status.is_reported()) {
        blocks.push(Block::Text(format!(
            "- Đôn đốc các cơ quan, đơn vị chưa báo cáo hoàn thành báo cáo {when}."
        )));
    }
    blocks
}

pub(super) fn proposals(plan: &Plan, raised: &[dashboard::Remark], funding: &Totals) -> Vec<Block> {
    let mut blocks = remarks(plan, raised, |r| &r.proposals);
    blocks.extend(figures::funding_request(plan, funding));
    if blocks.is_empty() {
        blocks.push(Block::Text(
            "Các cơ quan, đơn vị không có đề xuất, kiến nghị trong kỳ.".to_owned(),
        ));
    }
    blocks
}

pub(super) fn annex(workspace: &Workspace, owed: &[Owed], offset_minutes: i32) -> Vec<AnnexRow> {
    let plan = &workspace.plan;
    owed.iter()
        .map(|item| {
            let task = plan.task(&item.task);
            let mut row = AnnexRow {
                number: task.map(|t| t.number.clone()).unwrap_or_default(),
                task: task.map(|t| t.title.trim().to_owned()).unwrap_or_default(),
                unit: plan.directory.short_name(&item.unit).to_owned(),
                role: capital(role_label(item.role)),
                status: capital(status_label(item.status)),
                ..AnnexRow::default()
            };
            if let Some(entry) = entry(workspace, item) {
                row.progress = entry.progress;
                row.done = entry.done.trim().to_owned();
                row.indicators = indicator_text(workspace, item, entry);
                row.evidence = evidence_text(entry);
                row.obstacles = entry.obstacles.trim().to_owned();
                row.proposals = entry.proposals.trim().to_owned();
                row.spent = entry.budget.spent;
                row.source = entry
                    .budget
                    .source
                    .map(|s| capital(s.label_vi()))
                    .unwrap_or_default();
                row.requested = entry.budget.requested;
                row.updated = Date::from_timestamp(entry.updated_at, offset_minutes)
                    .map(Date::dmy)
                    .unwrap_or_default();
            }
            row
        })
        .collect()
}
