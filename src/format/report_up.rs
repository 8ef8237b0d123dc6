//! The consolidated report the monitoring unit sends up (docs/product.md §4,
//! step 7): a Báo cáo laid out as Nghị định 30/2020/NĐ-CP asks, drawn from one
//! period's owed reports, and its annex of every unit's entry on every task.
//!
//! This is the document's text; `format::office` writes it as .docx and
//! .xlsx. It is always Vietnamese: it goes to the provincial People's
//! Committee whatever language the page speaks.

mod figures;
mod sections;

use crate::domain::budget;
use crate::domain::dashboard;
use crate::domain::progress;
use crate::domain::{Date, Period, Plan, Role, Status, UnitId, UnitKind, Workspace};

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
    /// Kinh phí đã sử dụng, đồng.
    pub spent: Option<u64>,
    /// "Chi thường xuyên"; empty when not stated.
    pub source: String,
    /// Kinh phí đề nghị bổ sung, đồng.
    pub requested: Option<u64>,
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
pub(crate) fn abbreviate(name: &str) -> String {
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

/// Units by their official names, as a report's prose writes them.
fn join_names<'a>(plan: &'a Plan, units: impl Iterator<Item = &'a UnitId>) -> String {
    units
        .map(|id| plan.directory.full_name(id))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The report for `period`, written on `today` by whoever monitors the plan
/// that day (after the 2025 mergers, the successor of the plan's unit). The
/// sample shown at first open is left out: a report sent up carries only
/// what units reported.
pub fn build(workspace: &Workspace, period: Period, today: Date, offset_minutes: i32) -> ReportUp {
    if workspace.has_sample() {
        let mut real = workspace.clone();
        real.entries.retain(|_, entry| !entry.sample);
        return build(&real, period, today, offset_minutes);
    }
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
    body.extend(sections::reporting(
        plan,
        &owed,
        &compliance,
        due,
        &issuer_id,
    ));
    body.push(Block::Heading(
        "2. Kết quả thực hiện các nhiệm vụ".to_owned(),
    ));
    body.extend(figures::deadlines(workspace, &owed, today, offset_minutes));
    body.extend(sections::results(workspace, &owed));
    let funding = budget::totals(workspace, &owed);
    if funding.reports > 0 {
        body.push(Block::Heading("3. Kinh phí thực hiện".to_owned()));
        body.extend(figures::funding(&funding));
    }
    body.push(Block::Heading(
        "II. TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN".to_owned(),
    ));
    // Obstacles and proposals come from one walk over the owed reports.
    let raised = dashboard::remarks(workspace, &owed);
    body.extend(sections::shortcomings(plan, &raised, &compliance));
    body.push(Block::Heading(
        "III. PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI".to_owned(),
    ));
    body.extend(sections::next_steps(workspace, &owed, &reference, &when));
    body.push(Block::Heading("IV. ĐỀ XUẤT, KIẾN NGHỊ".to_owned()));
    body.extend(sections::proposals(plan, &raised, &funding));
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
        annex: sections::annex(workspace, &owed, offset_minutes),
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
