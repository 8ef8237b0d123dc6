//! Deterministic workloads for the benchmark: plans of any size with entries of
//! Vietnamese text, as the app would hold them after real use. The texts are
//! built from a pool of sentences: the benchmark's pool is real prose cut from
//! the plan texts in `tests/` (`examples/workload.rs`), recombined so no two
//! entries repeat; the tests' is twelve phrases (`PHRASES`).

use crate::domain::{
    Assignee, Assignment, Date, Directory, DocumentRef, DueRule, Entry, EntryKey, Evidence,
    EvidenceKind, GroupId, Mode, PeriodKind, Plan, PlanId, Regime, Role, Signer, Status, Task,
    TaskId, Timeframe, Timestamp, Unit, UnitGroup, UnitId, UnitKind, Workspace,
};

/// How big: units × leaf tasks × quarterly periods, and about how long each text is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Shape {
    pub units: usize,
    pub tasks: usize,
    pub periods: usize,
    pub text_chars: usize,
}

impl Shape {
    /// S is the seed with its sample (see `sample`); these are the generated sizes.
    pub const M: Shape = Shape {
        units: 60,
        tasks: 30,
        periods: 8,
        text_chars: 400,
    };
    pub const L: Shape = Shape {
        units: 100,
        tasks: 50,
        periods: 20,
        text_chars: 400,
    };
}

const PHRASES: [&str; 12] = [
    "Tổ chức quán triệt, tuyên truyền nội dung kế hoạch đến cán bộ, công chức, viên chức và người lao động",
    "phối hợp với các cơ quan báo chí đăng tải tin, bài giới thiệu hình ảnh, con người Lạng Sơn",
    "lồng ghép nội dung thông tin đối ngoại trong các hội nghị giao ban định kỳ của đơn vị",
    "cập nhật thông tin trên trang thông tin điện tử và các nền tảng mạng xã hội chính thống",
    "rà soát, theo dõi thông tin trên không gian mạng liên quan đến địa bàn, kịp thời xử lý tin giả",
    "cử cán bộ tham gia lớp bồi dưỡng nghiệp vụ thông tin đối ngoại do tỉnh tổ chức",
    "chủ động cung cấp thông tin cho báo chí về lĩnh vực phụ trách, trả lời kiến nghị của Nhân dân",
    "biên soạn tài liệu quảng bá bằng tiếng Anh, tiếng Trung phục vụ hoạt động xúc tiến đầu tư",
    "tổ chức đoàn công tác trao đổi kinh nghiệm với các tỉnh biên giới của nước bạn",
    "kết quả đạt được bước đầu đáp ứng yêu cầu, tuy nhiên nguồn lực còn hạn chế",
    "đề xuất bố trí kinh phí thường xuyên cho hoạt động thông tin đối ngoại năm tiếp theo",
    "tiếp tục duy trì, nâng cao chất lượng các chuyên trang, chuyên mục về thông tin đối ngoại",
];

fn id<T: TryFrom<String>>(text: String) -> Option<T> {
    T::try_from(text).ok()
}

/// A text of at least `chars` characters, the `n`th of the pool's
/// combinations: sentence `n mod len`, then every `step`th after it, `step`
/// growing with `n / len`, so that the first `len × (len − 1)` texts differ
/// (when each sentence is shorter than `chars / 2`, every text has two).
fn text(pool: &[&str], n: usize, chars: usize) -> String {
    let len = pool.len().max(1);
    let step = 1 + (n / len) % (len - 1).max(1);
    let mut index = n % len;
    let mut out = String::new();
    while out.chars().count() < chars {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(pool.get(index).copied().unwrap_or("."));
        index = (index + step) % len;
    }
    out
}

/// A plan where every unit reports on every leaf task, each quarter from 2024.
pub fn plan(shape: Shape) -> Option<Plan> {
    let units: Vec<Unit> = (0..shape.units)
        .map(|i| {
            Some(Unit {
                id: id(format!("dv-{i:03}"))?,
                name: format!("Đơn vị thực hiện số {}", i + 1),
                short_name: format!("ĐV {}", i + 1),
                kind: if i % 5 == 0 {
                    UnitKind::District
                } else {
                    UnitKind::Department
                },
                email: None,
                valid_from: None,
                valid_to: None,
                successors: Vec::new(),
            })
        })
        .collect::<Option<_>>()?;
    let group = UnitGroup {
        id: id::<GroupId>("tat-ca".into())?,
        name: "Tất cả đơn vị".into(),
        members: units.iter().map(|u| u.id.clone()).collect(),
    };
    let sections = shape.tasks.div_ceil(5);
    let mut tasks = Vec::new();
    for s in 0..sections {
        let section: TaskId = id(format!("t{}", s + 1))?;
        tasks.push(Task {
            id: section.clone(),
            parent: None,
            number: format!("{}", s + 1),
            title: format!("Nhóm nhiệm vụ {}", s + 1),
            body: String::new(),
            units_text: String::new(),
            assignments: Vec::new(),
            timeframe: Timeframe::Ongoing,
            indicators: Vec::new(),
            from: None,
            released: Vec::new(),
            timeframe_text: String::new(),
        });
        for t in 0..5.min(shape.tasks - s * 5) {
            tasks.push(Task {
                id: id(format!("t{}.{}", s + 1, t + 1))?,
                parent: Some(section.clone()),
                number: format!("{}.{}", s + 1, t + 1),
                title: text(&PHRASES, s * 5 + t, 60),
                body: text(&PHRASES, s * 5 + t + 1, 300),
                units_text: "Đơn vị thực hiện: tất cả đơn vị.".into(),
                assignments: vec![Assignment {
                    assignee: Assignee::Group(group.id.clone()),
                    role: Role::Implement,
                    mode: Mode::Assign,
                    from: None,
                }],
                timeframe: Timeframe::Ongoing,
                indicators: Vec::new(),
                from: None,
                released: Vec::new(),
                timeframe_text: String::new(),
            });
        }
    }
    let monitoring_unit = units.first()?.id.clone();
    Some(Plan {
        id: id::<PlanId>(format!(
            "bench-{}x{}x{}",
            shape.units, shape.tasks, shape.periods
        ))?,
        revision: 1,
        document: DocumentRef {
            kind: "Kế hoạch".into(),
            number: "99/KH-UBND".into(),
            date: Date::new(2024, 1, 15)?,
            issuer: "Ủy ban nhân dân tỉnh Lạng Sơn".into(),
            title: "KẾ HOẠCH ĐO HIỆU NĂNG".into(),
        },
        place: "Lạng Sơn".into(),
        signer: Signer::default(),
        parents: Vec::new(),
        sections: Vec::new(),
        directory: Directory {
            units,
            groups: vec![group],
        },
        tasks,
        monitoring_unit,
        recipients: Vec::new(),
        regime: Regime {
            kinds: vec![PeriodKind::Quarter],
            from_year: 2024,
            to_year: Some(2024 + (shape.periods.div_ceil(4) as i32) - 1),
            due: DueRule::DaysAfterEnd { days: 10 },
        },
        retired: Vec::new(),
    })
}

/// The plan with an entry for every unit × leaf task × period.
pub fn workspace(shape: Shape) -> Option<Workspace> {
    workspace_with(shape, &PHRASES)
}

/// [`workspace`] with its texts built from `pool`'s sentences.
pub fn workspace_with(shape: Shape, pool: &[&str]) -> Option<Workspace> {
    let plan = plan(shape)?;
    let until = Date::new(2100, 1, 1)?;
    let periods: Vec<_> = plan
        .regime
        .periods(until)
        .into_iter()
        .take(shape.periods)
        .collect();
    let mut workspace = Workspace::new(plan);
    let leaves: Vec<TaskId> = workspace.plan.leaves().map(|t| t.id.clone()).collect();
    let units: Vec<UnitId> = workspace
        .plan
        .directory
        .units
        .iter()
        .map(|u| u.id.clone())
        .collect();
    let mut n = 0usize;
    for period in &periods {
        for task in &leaves {
            for unit in &units {
                n += 1;
                let status = Status::ALL[1 + n % 5];
                let entry = Entry {
                    status,
                    progress: Some((n % 11 * 10) as u8),
                    done: text(pool, n, shape.text_chars),
                    evidence: vec![Evidence {
                        kind: EvidenceKind::Document,
                        title: format!("Văn bản số {}/KH-ĐV{}", n % 300 + 1, n % 97),
                        date: Some(period.end()),
                        count: None,
                        link: None,
                    }],
                    obstacles: if status == Status::Blocked {
                        text(pool, n + 5, 120)
                    } else {
                        String::new()
                    },
                    proposals: String::new(),
                    indicators: Default::default(),
                    budget: Default::default(),
                    revision: 1 + (n % 3) as u32,
                    updated_at: Timestamp(period.end().to_days() * 86_400_000),
                    deleted: false,
                    sample: false,
                };
                workspace.entries.insert(
                    EntryKey {
                        task: task.clone(),
                        unit: unit.clone(),
                        period: period.id(),
                    },
                    entry,
                );
            }
        }
    }
    Some(workspace)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn workloads_have_the_asked_shape() {
        let small = Shape {
            units: 4,
            tasks: 7,
            periods: 3,
            text_chars: 100,
        };
        let ws = workspace(small).unwrap();
        assert!(ws.plan.check().is_empty());
        assert_eq!(ws.plan.leaves().count(), 7);
        assert_eq!(ws.entries.len(), 4 * 7 * 3);
        let first = ws.entries.values().next().unwrap();
        assert!(first.done.chars().count() >= 100);
        assert_eq!(workspace(small), workspace(small), "deterministic");
    }

    #[test]
    fn no_two_texts_repeat_within_the_pool_s_combinations() {
        let pool: Vec<String> = (0..40)
            .map(|i| format!("Câu số {i} của văn bản."))
            .collect();
        let pool: Vec<&str> = pool.iter().map(String::as_str).collect();
        let texts: std::collections::BTreeSet<String> =
            (0..40 * 39).map(|n| text(&pool, n, 50)).collect();
        assert_eq!(texts.len(), 40 * 39);
    }
}
