//! The report's figures: the Government Office's count of tasks with a
//! deadline, and the funding units stated and asked for (kinh phí).

use super::abbreviate;
use super::sections::entry;
use super::Block;
use crate::domain::board::DeadlineState;
use crate::domain::budget::{self, Totals};
use crate::domain::progress::Owed;
use crate::domain::{number, Date, Plan, Workspace};

/// The Government Office's count for the period's tasks with a deadline
/// (none when it owes no such task).
pub(super) fn deadlines(
    workspace: &Workspace,
    owed: &[Owed],
    today: Date,
    offset_minutes: i32,
) -> Option<Block> {
    let mut counts = [0usize; 4];
    for item in owed {
        let task = workspace.plan.task(&item.task);
        let Some(deadline) = task.and_then(|t| t.timeframe.deadline()) else {
            continue;
        };
        let state = DeadlineState::of(deadline, entry(workspace, item), today, offset_minutes);
        let slot = match state {
            DeadlineState::DoneOnTime => 0,
            DeadlineState::DoneLate => 1,
            DeadlineState::InTime => 2,
            DeadlineState::Overdue => 3,
        };
        counts[slot] += 1;
    }
    let [on_time, late, in_time, overdue] = counts;
    let total = on_time + late + in_time + overdue;
    (total > 0).then(|| {
        Block::Text(format!(
            "Đối với các nhiệm vụ có thời hạn hoàn thành ({total} nội dung): {on_time} hoàn thành đúng hạn, {late} hoàn thành quá hạn, {in_time} đang thực hiện trong hạn, {overdue} quá hạn chưa hoàn thành."
        ))
    })
}

/// "12.500.000 đồng".
fn dong(amount: u64) -> String {
    format!("{} đồng", budget::amount(amount, number::Marks::VI))
}

/// What the period's reports spent, by source.
pub(super) fn funding(totals: &Totals) -> Vec<Block> {
    let sources: Vec<String> = totals
        .by_source
        .iter()
        .map(|(source, sum)| {
            let label = source.map_or("chưa ghi nguồn", |s| s.label_vi());
            format!("{label} {}", dong(*sum))
        })
        .collect();
    vec![Block::Text(format!(
        "Có {} nội dung báo cáo kinh phí thực hiện, tổng kinh phí đã sử dụng {}, trong đó: {}.",
        totals.reports,
        dong(totals.spent),
        sources.join("; ")
    ))]
}

/// The request to fund what units asked for, in section IV (none when no
/// unit asked).
pub(super) fn funding_request(plan: &Plan, funding: &Totals) -> Option<Block> {
    if funding.requests.is_empty() {
        return None;
    }
    let asks: Vec<String> = funding
        .requests
        .iter()
        .map(|r| {
            let number = plan.task(&r.task).map_or("", |t| t.number.as_str());
            format!(
                "{} (nhiệm vụ {number}) {}",
                plan.directory.full_name(&r.unit),
                dong(r.amount)
            )
        })
        .collect();
    Some(Block::Text(format!(
        "- Đề nghị {} xem xét, giao cơ quan tài chính thẩm định, bố trí bổ sung kinh phí {} theo đề nghị của các cơ quan, đơn vị: {}.",
        abbreviate(&plan.document.issuer),
        dong(funding.requested()),
        asks.join("; ")
    )))
}
