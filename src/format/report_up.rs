//! The consolidated report the monitoring unit sends up (PRODUCT §4 "Report
//! up"): a Báo cáo laid out as Nghị định 30/2020/NĐ-CP asks, drawn from one
//! period's owed reports, and its annex of every unit's entry on every task.
//!
//! This is the document's text; `format::office` writes it as .docx and
//! .xlsx. It is always Vietnamese: it goes to the provincial People's
//! Committee whatever language the page speaks.

use crate::domain::dashboard;
use crate::domain::progress::{self, Owed};
use crate::domain::{
    number, Date, Entry, EntryKey, Period, Plan, Role, Status, UnitId, UnitKind, Workspace,
};

/// A paragraph of the body, by its look.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Block {
    /// "I. KẾT QUẢ THỰC HIỆN": bold.
    Heading(String),
    /// "Nhiệm vụ 3.1: …": bold italic.
    Task(String),
    /// Justified, first line indented; `\n` breaks a line.
    Text(String),
}

/// One owed report, as a row of the annex.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct AnnexRow {
    pub number: String,
    pub task: String,
    pub unit: String,
    pub role: String,
    pub status: String,
    pub progress: Option<u8>,
    pub done: String,
    pub indicators: String,
    pub evidence: String,
    pub obstacles: String,
    pub proposals: String,
    /// The entry's last save, dd/mm/yyyy.
    pub updated: String,
}

/// How one unit stands, as a row of the annex's second sheet.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnitRow {
    pub unit: String,
    pub owed: usize,
    pub on_time: usize,
    pub late: usize,
    pub missing: usize,
    pub complete: usize,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReportUp {
    /// "UBND tỉnh Lạng Sơn" above a department's name; none for a district.
    pub managing_body: Option<String>,
    pub issuer: String,
    /// "Số:      /BC-SVHTTDL": the number is given when the report is registered.
    pub number: String,
    /// "Lạng Sơn, ngày 27 tháng 11 năm 2026".
    pub place_date: String,
    /// The trích yếu under "BÁO CÁO".
    pub title: String,
    pub body: Vec<Block>,
    /// Nơi nhận, each line as printed.
    pub recipients: Vec<String>,
    /// "TM. ỦY BAN NHÂN DÂN" for a district; none for a department.
    pub authority: Vec<String>,
    pub signer_title: String,
    /// "Phụ lục: Kết quả thực hiện … của các cơ quan, đơn vị".
    pub annex_title: String,
    pub annex: Vec<AnnexRow>,
    pub units: Vec<UnitRow>,
    /// File names without extension: `Bao-cao-61-KH-UBND-2026-6T`.
    pub file_stem: String,
}

/// In a sentence; the annex capitalises it ([`capital`]).
fn status_label(status: Status) -> &'static str {
    match status {
        Status::NotReported => "chưa báo cáo",
        Status::NotStarted => "chưa triển khai",
        Status::InProgress => "đang triển khai",
        Status::Done => "đã triển khai",
        Status::NothingArose => "không phát sinh",
        Status::Blocked => "có vướng mắc",
    }
}

fn role_label(role: Role) -> &'static str {
    match role {
        Role::Lead => "chủ trì",
        Role::Coordinate => "phối hợp",
        Role::Implement => "thực hiện",
        Role::Guide => "hướng dẫn",
    }
}

/// "đang triển khai" → "Đang triển khai". The labels start with an ASCII
/// letter or đ: core's Unicode case tables stay out of the wasm.
fn capital(label: &str) -> String {
    match label.strip_prefix('đ') {
        Some(rest) => format!("Đ{rest}"),
        None => {
            let mut text = label.to_owned();
            text[..1].make_ascii_uppercase();
            text
        }
    }
}

/// "Tháng 3/2024" → "tháng 3/2024": the label inside a sentence.
fn phrase(period: Period) -> String {
    let mut label = period.label_vi();
    label[..1].make_ascii_lowercase();
    label
}

/// "Ủy ban nhân dân tỉnh Lạng Sơn" → "UBND tỉnh Lạng Sơn".
fn abbreviate(name: &str) -> String {
    name.replacen("Ủy ban nhân dân", "UBND", 1)
}

/// The issuer's code in a document symbol: "Sở VHTTDL" → "SVHTTDL".
fn issuer_code(short_name: &str) -> String {
    short_name
        .chars()
        .filter(|c| c.is_ascii_uppercase() || *c == 'Đ')
        .collect()
}

/// "Kế hoạch số 61/KH-UBND ngày 18/03/2024 của Ủy ban nhân dân tỉnh Lạng Sơn".
fn plan_reference(plan: &Plan) -> String {
    let document = &plan.document;
    format!(
        "{} số {} ngày {} của {}",
        document.kind,
        document.number,
        document.date.dmy(),
        document.issuer
    )
}

fn join_names<'a>(plan: &'a Plan, units: impl Iterator<Item = &'a UnitId>) -> String {
    units
        .map(|id| plan.directory.short_name(id))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The report for `period`, written on `today` by whoever monitors the plan
/// that day (after the 2025 mergers, the successor of the plan's unit).
pub fn build(workspace: &Workspace, period: Period, today: Date, offset_minutes: i32) -> ReportUp {
    let plan = &workspace.plan;
    let issuer_id = plan
        .monitoring_on(today)
        .into_iter()
        .next()
        .unwrap_or_else(|| plan.monitoring_unit.clone());
    let issuer = plan.directory.unit(&issuer_id);
    let issuer_name = issuer.map_or(issuer_id.to_string(), |u| u.name.clone());
    let kind = issuer.map_or(UnitKind::Other, |u| u.kind);
    let reference = plan_reference(plan);
    let when = phrase(period);
    let owed = progress::owed(workspace, period);
    let due = plan.regime.due_date(period);
    let compliance = dashboard::compliance(workspace, &owed, due, offset_minutes);
    let (authority, signer_title) = match kind {
        UnitKind::District => (vec!["TM. ỦY BAN NHÂN DÂN".to_owned()], "CHỦ TỊCH"),
        UnitKind::Department => (Vec::new(), "GIÁM ĐỐC"),
        _ => (Vec::new(), "THỦ TRƯỞNG CƠ QUAN"),
    };
    let managing_body = (kind != UnitKind::District && issuer_name != plan.document.issuer)
        .then(|| abbreviate(&plan.document.issuer));
    let mut body = vec![Block::Text(format!(
        "Thực hiện {reference}, trên cơ sở báo cáo của các cơ quan, đơn vị, {issuer_name} báo cáo kết quả thực hiện {when} như sau:"
    ))];
    body.push(Block::Heading("I. KẾT QUẢ THỰC HIỆN".to_owned()));
    body.push(Block::Heading(
        "1. Tình hình báo cáo của các cơ quan, đơn vị".to_owned(),
    ));
    body.extend(reporting(plan, &owed, &compliance, due));
    body.push(Block::Heading(
        "2. Kết quả thực hiện các nhiệm vụ".to_owned(),
    ));
    body.extend(results(workspace, &owed));
    body.push(Block::Heading(
        "II. TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN".to_owned(),
    ));
    body.extend(shortcomings(workspace, &owed, &compliance));
    body.push(Block::Heading(
        "III. PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI".to_owned(),
    ));
    body.extend(next_steps(workspace, &owed, &reference, &when));
    body.push(Block::Heading("IV. ĐỀ XUẤT, KIẾN NGHỊ".to_owned()));
    body.extend(proposals(workspace, &owed));
    body.push(Block::Text(format!(
        "Trên đây là báo cáo kết quả thực hiện {reference}, {when} (chi tiết tại Phụ lục kèm theo)./."
    )));
    let short = issuer.map_or(issuer_id.as_str(), |u| u.short_name.as_str());
    ReportUp {
        managing_body,
        number: format!("Số:        /BC-{}", issuer_code(short)),
        place_date: format!("{}, {}", plan.place, today.long_vi()),
        title: format!("Kết quả thực hiện {reference}, {when}"),
        body,
        recipients: vec![
            format!("- {} (b/c);", abbreviate(&plan.document.issuer)),
            "- Các cơ quan, đơn vị liên quan;".to_owned(),
            "- Lưu: VT.".to_owned(),
        ],
        authority,
        signer_title: signer_title.to_owned(),
        annex_title: format!(
            "Phụ lục: Kết quả thực hiện {reference}, {when}, của các cơ quan, đơn vị (kèm theo Báo cáo của {issuer_name})"
        ),
        annex: annex(workspace, &owed, offset_minutes),
        units: compliance
            .iter()
            .map(|(id, c)| UnitRow {
                unit: plan.directory.short_name(id).to_owned(),
                owed: c.total(),
                on_time: c.on_time,
                late: c.late,
                missing: c.missing,
                complete: c.complete,
            })
            .collect(),
        file_stem: format!(
            "Bao-cao-{}-{}",
            crate::format::exchange::plan_tag(plan),
            period.file_tag()
        ),
        issuer: issuer_name,
    }
}

fn reporting(
    plan: &Plan,
    owed: &[Owed],
    compliance: &[(UnitId, dashboard::Compliance)],
    due: Date,
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
        tally.reported_percent(),
        due.dmy(),
        tally.complete(),
        tally.complete_percent(),
    ))];
    let missing: Vec<_> = compliance.iter().filter(|(_, c)| c.missing > 0).collect();
    if !missing.is_empty() {
        blocks.push(Block::Text(format!(
            "Còn {} nội dung của {} cơ quan, đơn vị chưa báo cáo: {}.",
            tally.total() - tally.reported(),
            missing.len(),
            join_names(plan, missing.iter().map(|(id, _)| id)),
        )));
    }
    blocks
}

fn entry<'a>(workspace: &'a Workspace, item: &Owed) -> Option<&'a Entry> {
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
                    .map(|c| number::group_thousands(c as usize, number::Marks::VI)),
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

fn results(workspace: &Workspace, owed: &[Owed]) -> Vec<Block> {
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
            let mut text = format!("- {} ({state})", plan.directory.short_name(&item.unit));
            let done = entry.done.trim();
            if done.is_empty() {
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
    workspace: &Workspace,
    owed: &[Owed],
    pick: fn(&dashboard::Remark) -> &str,
) -> Vec<Block> {
    let plan = &workspace.plan;
    dashboard::remarks(workspace, owed)
        .iter()
        .filter(|r| !pick(r).is_empty())
        .map(|r| {
            Block::Text(format!(
                "- {} (nhiệm vụ {}): {}",
                plan.directory.short_name(&r.unit),
                plan.task(&r.task).map_or("", |t| t.number.as_str()),
                ends_sentence(pick(r))
            ))
        })
        .collect()
}

fn shortcomings(
    workspace: &Workspace,
    owed: &[Owed],
    compliance: &[(UnitId, dashboard::Compliance)],
) -> Vec<Block> {
    let mut blocks = remarks(workspace, owed, |r| &r.obstacles);
    if blocks.is_empty() {
        blocks.push(Block::Text(
            "Các cơ quan, đơn vị không báo cáo khó khăn, vướng mắc trong kỳ.".to_owned(),
        ));
    }
    let late = compliance.iter().filter(|(_, c)| c.late > 0).count();
    let missing = compliance.iter().filter(|(_, c)| c.missing > 0).count();
    if late + missing > 0 {
        blocks.push(Block::Text(format!(
            "- Việc báo cáo chưa đầy đủ, kịp thời: {late} cơ quan, đơn vị gửi báo cáo sau hạn, {missing} cơ quan, đơn vị chưa gửi đủ báo cáo."
        )));
    }
    blocks
}

fn next_steps(workspace: &Workspace, owed: &[Owed], reference: &str, when: &str) -> Vec<Block> {
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

fn proposals(workspace: &Workspace, owed: &[Owed]) -> Vec<Block> {
    let blocks = remarks(workspace, owed, |r| &r.proposals);
    if blocks.is_empty() {
        vec![Block::Text(
            "Các cơ quan, đơn vị không có đề xuất, kiến nghị trong kỳ.".to_owned(),
        )]
    } else {
        blocks
    }
}

fn annex(workspace: &Workspace, owed: &[Owed], offset_minutes: i32) -> Vec<AnnexRow> {
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
                row.updated = Date::from_timestamp(entry.updated_at, offset_minutes)
                    .map(Date::dmy)
                    .unwrap_or_default();
            }
            row
        })
        .collect()
}
