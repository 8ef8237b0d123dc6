//! The removable sample: deterministic, realistic unit reports for the first
//! periods of a plan, so a newcomer sees a living board at first open.
//! Every entry is marked `sample` and is never exported.

use crate::domain::{
    progress, Date, Entry, EntryKey, Evidence, EvidenceKind, Funding, Period, Status, Timestamp,
    Workspace,
};

/// FNV-1a: a stable hash, so the same plan always gets the same sample.
fn hash(parts: &[&str]) -> u64 {
    let mut state: u64 = 0xcbf2_9ce4_8422_2325;
    for part in parts {
        for byte in part.bytes().chain([0xff]) {
            state ^= u64::from(byte);
            state = state.wrapping_mul(0x0100_0000_01b3);
        }
    }
    state
}

const DONE: [&str; 6] = [
    "Đã ban hành văn bản triển khai, quán triệt đến toàn thể cán bộ, công chức, viên chức; lồng ghép nội dung thông tin đối ngoại trong các hội nghị giao ban định kỳ.",
    "Phối hợp với các cơ quan báo chí đăng tải tin, bài giới thiệu hình ảnh, con người Lạng Sơn; cập nhật thông tin trên trang thông tin điện tử của đơn vị.",
    "Tổ chức hội nghị tuyên truyền về công tác thông tin đối ngoại, thu hút đông đảo cán bộ và Nhân dân tham gia.",
    "Chủ động cung cấp thông tin cho báo chí về lĩnh vực phụ trách; kịp thời trả lời các vấn đề dư luận quan tâm.",
    "Cử cán bộ tham gia lớp bồi dưỡng nghiệp vụ thông tin đối ngoại do tỉnh tổ chức.",
    "Rà soát, theo dõi thông tin trên mạng xã hội liên quan đến địa bàn; phối hợp xử lý thông tin sai sự thật.",
];

const OBSTACLES: [&str; 3] = [
    "Đội ngũ cán bộ làm công tác thông tin đối ngoại còn kiêm nhiệm, thiếu kỹ năng ngoại ngữ.",
    "Kinh phí dành cho hoạt động thông tin đối ngoại còn hạn chế.",
    "Chưa có hướng dẫn cụ thể về cách thức phối hợp cung cấp thông tin cho báo chí nước ngoài.",
];

const PROPOSALS: [&str; 2] = [
    "Đề nghị Sở Thông tin và Truyền thông tổ chức tập huấn nghiệp vụ thông tin đối ngoại cho cán bộ cấp huyện.",
    "Đề nghị bố trí kinh phí riêng cho hoạt động quảng bá hình ảnh địa phương bằng tiếng Anh, tiếng Trung.",
];

/// Sample entries for the first two periods of the plan's regime, each saved
/// on a plausible day around the period's due date (a few after it: late).
pub fn sample_entries(workspace: &Workspace) -> Vec<(EntryKey, Entry)> {
    let plan = &workspace.plan;
    let first_year = Date::new(plan.regime.from_year, 12, 31);
    let periods: Vec<Period> = first_year
        .map(|date| plan.regime.periods(date))
        .unwrap_or_default()
        .into_iter()
        .take(2)
        .collect();
    let mut entries = Vec::new();
    for (round, period) in periods.iter().enumerate() {
        for owed in progress::owed(workspace, *period) {
            let key = EntryKey {
                task: owed.task,
                unit: owed.unit,
                period: period.id(),
            };
            let roll = hash(&[key.task.as_str(), key.unit.as_str(), key.period.as_str()]);
            let due = plan.regime.due_date(*period);
            let day = due.add_days((roll >> 20) as i64 % 16 - 12).unwrap_or(due);
            // Noon in Hà Nội (05:00 UTC).
            let at = Timestamp(day.to_days() * 86_400_000 + 5 * 3_600_000);
            if let Some(entry) = sample_entry(roll, round, *period, at) {
                entries.push((key, entry));
            }
        }
    }
    entries
}

/// One entry, or none when the dice say the unit has not reported. The later
/// period has fewer reports, as real reporting rounds do while under way.
fn sample_entry(roll: u64, round: usize, period: Period, at: Timestamp) -> Option<Entry> {
    let dice = roll % 100;
    let not_reported = if round == 0 { 12 } else { 45 };
    let status = match dice {
        d if d < not_reported => return None,
        d if d < not_reported + 6 => Status::NotStarted,
        d if d < not_reported + 28 => Status::InProgress,
        d if d < 92 => Status::Done,
        d if d < 96 => Status::NothingArose,
        _ => Status::Blocked,
    };
    // 32 bits: the same sample natively and in the wasm, where usize is 32 bits.
    let pick = (roll >> 8) as u32 as usize;
    let mut entry = Entry {
        status,
        revision: 1,
        updated_at: at,
        sample: true,
        ..Entry::default()
    };
    if matches!(status, Status::InProgress | Status::Done | Status::Blocked) {
        entry.done = DONE[pick % DONE.len()].to_owned();
        entry.progress = Some(match status {
            Status::Done => 100,
            _ => 30 + (pick % 6) as u8 * 10,
        });
        let day = 1 + (pick % 28) as u8;
        let date = Date::new(
            period.end().year(),
            period.end().month().saturating_sub(2).max(1),
            day,
        );
        entry.evidence.push(Evidence {
            kind: EvidenceKind::Document,
            title: format!("Kế hoạch số {}/KH-UBND", 10 + pick % 190),
            date,
            count: None,
            link: None,
        });
        if pick.is_multiple_of(3) {
            entry.evidence.push(Evidence {
                kind: EvidenceKind::Article,
                title: "Tin, bài tuyên truyền về thông tin đối ngoại".into(),
                date: None,
                count: Some(3 + (pick % 25) as u32),
                link: None,
            });
        }
    }
    // Some units state what the period's work cost (a multiple of 500.000
    // đồng), mostly from their regular budget.
    if matches!(status, Status::InProgress | Status::Done) && pick % 4 == 1 {
        entry.budget.spent = Some((2 + (pick % 19) as u64) * 1_500_000);
        entry.budget.source = Some(if pick.is_multiple_of(5) {
            Funding::Other
        } else {
            Funding::Regular
        });
    }
    if status == Status::Blocked {
        entry.obstacles = OBSTACLES[pick % OBSTACLES.len()].to_owned();
        entry.proposals = PROPOSALS[pick % PROPOSALS.len()].to_owned();
        if pick % PROPOSALS.len() == 1 {
            // "Đề nghị bố trí kinh phí riêng…": with its estimate.
            entry.budget.requested = Some((3 + (pick % 8) as u64) * 10_000_000);
        }
    }
    Some(entry)
}
