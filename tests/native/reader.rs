//! The plan reader as a user meets it: the seed's text reads back to the
//! shipped seed plan's tasks; real plans of other layouts (tests/corpus, with
//! hand counts) give their leaves, leads and timeframes; a Word file with
//! automatic numbering and merged table cells reads like its text; files the
//! reader cannot take are refused with what to do instead.

use std::collections::BTreeSet;
use tiendo::domain::text::fold;
use tiendo::domain::{Assignee, Date, DueRule, PeriodKind, Plan, Role, Task, Timeframe};
use tiendo::format::{office, plan_file, seed};
use tiendo::reader::{self, docx::DocxError, ReadError, Subject};

const SEED_TEXT: &str = include_str!("../fixtures/ke-hoach-61-KH-UBND-2024-lang-son.txt");

/// The folded names of a task's assignees in a role.
fn names(plan: &Plan, task: &Task, role: Role) -> BTreeSet<String> {
    task.assignments
        .iter()
        .filter(|a| a.role == role)
        .map(|a| match &a.assignee {
            Assignee::Unit(id) => plan
                .directory
                .unit(id)
                .map(|u| u.name.clone())
                .unwrap_or_default(),
            Assignee::Group(id) => plan
                .directory
                .group(id)
                .map(|g| g.name.clone())
                .unwrap_or_default(),
        })
        .map(|n| {
            tiendo::domain::text::fold_words(&n)
                .replace(" lien quan", "")
                .replace(" tren dia ban tinh", "")
                .replace("ubnd", "uy ban nhan dan")
        })
        .collect()
}

/// A leaf's units in a role and its timeframe, as one value to compare.
fn leaf(plan: &Plan, task: &Task, role: Role) -> (BTreeSet<String>, Timeframe) {
    (names(plan, task, role), task.timeframe.clone())
}

fn set(names: &[&str]) -> BTreeSet<String> {
    names.iter().map(|n| n.to_string()).collect()
}

fn deadline(y: i32, m: u8, d: u8) -> Timeframe {
    Timeframe::Deadline {
        date: Date::new(y, m, d).unwrap(),
    }
}

fn quarter(year: i32, quarter: u8) -> Timeframe {
    Timeframe::Quarter { year, quarter }
}

#[test]
fn the_seed_text_reads_back_to_the_seed_plan_s_tasks() {
    let reading = reader::read_text(SEED_TEXT).expect("the seed reads");
    let read = &reading.plan;
    let shipped = seed::seed_plan().expect("the seed decodes");
    let numbers = |plan: &Plan| plan.leaves().map(|t| t.number.clone()).collect::<Vec<_>>();
    assert_eq!(numbers(read), numbers(&shipped));
    assert_eq!(numbers(read), ["1", "2", "3.1", "3.2", "4.1", "4.2", "5"]);
    assert_eq!(read.document.number, "61/KH-UBND");
    assert_eq!(read.document.date, Date::new(2024, 3, 18).unwrap());
    assert_eq!(read.document.issuer, "Ủy ban nhân dân tỉnh Lạng Sơn");
    assert_eq!(read.place, "Lạng Sơn");
    assert_eq!(read.signer.name, "Dương Xuân Huyên");
    assert_eq!(
        read.signer.authority,
        ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"]
    );
    assert_eq!(read.recipients.len(), 9);
    let parents: Vec<&str> = read.parents.iter().map(|p| p.number.as_str()).collect();
    assert_eq!(parents, ["149-KH/TU", "57-KL/TW"]);
    for (mine, theirs) in read.leaves().zip(shipped.leaves()) {
        // Titles: the shipped ones are the plan's own words, shortened by hand.
        let words: BTreeSet<String> =
            tiendo::domain::text::fold_words(&format!("{} {}", mine.title, mine.body))
                .split_whitespace()
                .map(str::to_string)
                .collect();
        let theirs_words: Vec<String> = tiendo::domain::text::fold_words(&theirs.title)
            .split_whitespace()
            .map(str::to_string)
            .collect();
        let found = theirs_words.iter().filter(|w| words.contains(*w)).count();
        assert!(
            found * 10 >= theirs_words.len() * 8,
            "{}: {} / {}",
            mine.number,
            mine.title,
            theirs.title
        );
        for role in [Role::Lead, Role::Coordinate, Role::Implement, Role::Guide] {
            assert_eq!(
                names(read, mine, role),
                names(&shipped, theirs, role),
                "{} {role:?}",
                mine.number
            );
        }
        assert_eq!(mine.timeframe, Timeframe::Ongoing);
        assert_eq!(mine.timeframe_text, "thường xuyên.");
    }
    let groups: BTreeSet<String> = read
        .directory
        .groups
        .iter()
        .map(|g| fold(&g.name))
        .collect();
    assert_eq!(
        groups,
        [
            "cac co quan bao chi",
            "cac so, ban, nganh",
            "uy ban nhan dan cac huyen, thanh pho"
        ]
        .into_iter()
        .map(str::to_string)
        .collect()
    );
    let monitoring = read.directory.unit(&read.monitoring_unit).unwrap();
    assert_eq!(monitoring.name, "Sở Thông tin và Truyền thông");
    assert_eq!(
        read.sections
            .iter()
            .map(|s| s.heading.as_str())
            .collect::<Vec<_>>(),
        [
            "Mục đích",
            "Yêu cầu",
            "Kinh phí thực hiện",
            "Tổ chức thực hiện"
        ]
    );
}

#[test]
fn every_fact_points_at_its_words_in_the_source() {
    let reading = reader::read_text(SEED_TEXT).unwrap();
    let quote = |subject: &Subject| {
        let fact = reading
            .facts
            .iter()
            .find(|f| &f.subject == subject)
            .expect("a fact");
        let span = fact.span.expect("a span");
        reading.source[span.start..span.end].to_string()
    };
    assert_eq!(quote(&Subject::Number), "Số: 61/KH-UBND");
    let task = reading.plan.leaves().find(|t| t.number == "3.2").unwrap();
    assert!(quote(&Subject::Task(task.id.clone())).starts_with("3.2. Đẩy mạnh"));
    assert_eq!(
        quote(&Subject::Assignment(task.id.clone(), 0)),
        "Sở Văn hóa, Thể thao và Du lịch"
    );
    assert_eq!(quote(&Subject::Timeframe(task.id.clone())), "thường xuyên.");
    assert_eq!(
        quote(&Subject::MonitoringUnit),
        "Sở Thông tin và Truyền thông"
    );
    // The regime is the seed's default: the text sets none, and says so.
    let regime = reading
        .facts
        .iter()
        .find(|f| f.subject == Subject::Regime)
        .unwrap();
    assert!(regime.guess.is_some());
}

#[test]
fn a_read_plan_is_a_sound_plan_file() {
    let reading = reader::read_text(SEED_TEXT).unwrap();
    assert_eq!(reading.plan.check(), vec![]);
    let text = plan_file::encode(&reading.plan, 1, tiendo::domain::Timestamp(0));
    let (back, _) = plan_file::decode(text.as_bytes()).expect("the plan file decodes");
    assert_eq!(back, reading.plan);
}

/// A plan of tests/corpus with its hand counts.
struct Counted {
    file: &'static str,
    text: &'static str,
    leaves: usize,
    /// (task number, a word of its lead's name).
    leads: &'static [(&'static str, &'static str)],
}

const CORPUS: &[Counted] = &[
    Counted {
        file: "bac-ninh-141-kh-ubnd-2025.txt",
        text: include_str!("../corpus/bac-ninh-141-kh-ubnd-2025.txt"),
        leaves: 16,
        leads: &[("4.2", "tu phap"), ("7.2", "khoa hoc"), ("5.1", "noi vu")],
    },
    Counted {
        file: "bcdqg-252-kh-2013.txt",
        text: include_str!("../corpus/bcdqg-252-kh-2013.txt"),
        // 40 in part B, and part C's 8 priority items to 2015.
        leaves: 48,
        leads: &[
            ("I.1.a", "ban chi dao quoc gia"),
            ("VIII.1.a", "quoc phong"),
        ],
    },
    Counted {
        file: "hcm-3210-qd-ubnd-2014.txt",
        text: include_str!("../corpus/hcm-3210-qd-ubnd-2014.txt"),
        leaves: 7,
        leads: &[("2.4", "xay dung"), ("2.6", "tai chinh")],
    },
    Counted {
        file: "ddqh-3260-kh-2025.txt",
        text: include_str!("../corpus/ddqh-3260-kh-2025.txt"),
        leaves: 45,
        leads: &[("2.2.a.1", "khoa hoc"), ("1.2", "dang doan quoc hoi")],
    },
    Counted {
        file: "cp-03-nq-cp-2025.txt",
        text: include_str!("../corpus/cp-03-nq-cp-2025.txt"),
        leaves: 140,
        leads: &[
            ("I.1", "thong tin va truyen thong"),
            ("II.14", "khoa hoc va cong nghe"),
        ],
    },
];

/// 12/NQ-CP (2023), the Government's programme for Hà Nội: an excerpt of
/// the public text as a web page copies it (the decision, the programme's
/// opening and closing paragraphs shortened, its appendix whole). The
/// appendix is a table written as text, "TT | Nhiệm vụ | …" without a
/// leading pipe, its Roman group rows merged across the row (the title in
/// every cell). Hand counts: 19 tasks, each lead and each time to submit.
#[test]
fn a_table_copied_as_text_gives_every_task_its_lead_and_time() {
    let text = include_str!("../corpus/cp-12-nq-cp-2023-excerpt.txt");
    let plan = reader::read_text(text).expect("reads").plan;
    let counted: [(&str, &[&str], &str); 19] = [
        ("I.1", &["Bộ Tư pháp"], "2022"),
        ("I.2", &["Bộ Tư pháp"], "2022"),
        ("I.3", &["Bộ Tư pháp"], "2024"),
        ("I.4", &["Bộ Nội vụ"], "2023"),
        ("I.5", &["Bộ Tài chính"], "2025"),
        ("II.1", &["Bộ Khoa học và Công nghệ"], "2023"),
        ("II.2", &["Bộ Khoa học và Công nghệ"], "2023"),
        ("II.3", &["Bộ Giáo dục và Đào tạo"], "2023"),
        ("II.4", &["Bộ Y tế"], "2022-2030"),
        ("II.5", &["Bộ Văn hóa, Thể thao và Du lịch"], "2024-2026"),
        (
            "III.1",
            &["Ủy ban nhân dân thành phố Hà Nội"],
            "Quý II/2023",
        ),
        ("III.2", &["Bộ Giáo dục và Đào tạo"], "2023"),
        ("III.3", &["Bộ Y tế"], "2023"),
        (
            "III.4",
            &["Bộ Xây dựng", "Bộ Tài nguyên và Môi trường"],
            "2023",
        ),
        ("III.5", &["Bộ Giao thông Vận tải"], "2026-2030"),
        ("III.6", &["Bộ Xây dựng"], "2022-2023"),
        ("III.7", &["Bộ Xây dựng"], "2022-2024"),
        ("IV.1", &["Bộ Kế hoạch và Đầu tư"], "2022"),
        ("IV.2", &["Bộ Kế hoạch và Đầu tư"], "2023"),
    ];
    let leaves: Vec<_> = plan.leaves().collect();
    assert_eq!(leaves.len(), counted.len());
    for (task, (number, leads, time)) in leaves.iter().zip(counted) {
        assert_eq!(task.number, number);
        let found: Vec<String> = task
            .assignments
            .iter()
            .filter(|a| a.role == Role::Lead)
            .filter_map(|a| match &a.assignee {
                Assignee::Unit(id) => plan.directory.unit(id).map(|u| u.name.clone()),
                Assignee::Group(_) => None,
            })
            .collect();
        assert_eq!(found, leads, "{number}");
        assert_eq!(task.timeframe_text, time, "{number}");
    }
    // The prose's bullets, with no unit to do them, are not tasks beside
    // the appendix; the four groups are their parents.
    assert_eq!(plan.roots().count(), 4);
    // Its header's columns, flattened with one bar, still give the issuer.
    assert_eq!(plan.document.issuer, "Chính phủ");
    assert_eq!(plan.document.number, "12/NQ-CP");
    assert_eq!(plan.check(), vec![]);
}

#[test]
fn real_plans_of_other_layouts_give_their_hand_counted_leaves_and_leads() {
    for doc in CORPUS {
        let reading = reader::read_text(doc.text).unwrap_or_else(|e| panic!("{}: {e}", doc.file));
        let plan = &reading.plan;
        assert_eq!(plan.leaves().count(), doc.leaves, "{}", doc.file);
        assert_eq!(plan.check(), vec![], "{}", doc.file);
        for (number, lead) in doc.leads {
            let task = plan
                .tasks
                .iter()
                .find(|t| t.number == *number)
                .unwrap_or_else(|| panic!("{}: no task {number}", doc.file));
            let leads = names(plan, task, Role::Lead);
            assert!(
                leads.iter().any(|n| n.contains(lead)),
                "{} {number}: {leads:?}",
                doc.file
            );
        }
    }
}

fn docx(document: &str, numbering: &str) -> Vec<u8> {
    let content_types = r#"<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>"#;
    office::zip::archive(
        &[
            ("[Content_Types].xml", content_types.as_bytes()),
            ("word/document.xml", document.as_bytes()),
            ("word/numbering.xml", numbering.as_bytes()),
        ],
        Date::new(2026, 12, 6).unwrap(),
    )
}

fn para(text: &str, num: Option<(u32, u32)>) -> String {
    let numbering = num
        .map(|(id, level)| format!(r#"<w:pPr><w:numPr><w:ilvl w:val="{level}"/><w:numId w:val="{id}"/></w:numPr></w:pPr>"#))
        .unwrap_or_default();
    format!(r#"<w:p>{numbering}<w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:p>"#)
}

fn cell(text: &str, props: &str) -> String {
    format!("<w:tc><w:tcPr>{props}</w:tcPr>{}</w:tc>", para(text, None))
}

const NUMBERING: &str = r#"<w:numbering xmlns:w="w"><w:abstractNum w:abstractNumId="0">
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/></w:lvl>
<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%2."/></w:lvl>
<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val=""/></w:lvl>
</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>"#;

/// A plan as Word writes it: numbering computed from numbering.xml, and an
/// appendix table with a group row merged across and a lead merged down.
fn word_plan() -> Vec<u8> {
    let mut body = String::new();
    for p in [
        "ỦY BAN NHÂN DÂN",
        "TỈNH CAO BẰNG",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Số: 12/KH-UBND",
        "Cao Bằng, ngày 5 tháng 2 năm 2026",
        "KẾ HOẠCH",
        "THỰC HIỆN CHUYỂN ĐỔI SỐ NĂM 2026",
    ] {
        body.push_str(&para(p, None));
    }
    body.push_str(&para("MỤC ĐÍCH, YÊU CẦU", Some((1, 0))));
    body.push_str(&para("Bảo đảm hiệu quả.", None));
    body.push_str(&para("NHIỆM VỤ", Some((1, 0))));
    body.push_str(&para("Xây dựng cơ sở dữ liệu dân cư", Some((1, 1))));
    body.push_str(&para("Đơn vị chủ trì: Công an tỉnh.", None));
    body.push_str(&para("Thời gian thực hiện: Quý II/2026.", None));
    body.push_str(&para("Tuyên truyền chuyển đổi số", Some((1, 1))));
    body.push_str(&para(
        "Sở Văn hóa, Thể thao và Du lịch chủ trì, phối hợp với Báo Cao Bằng thực hiện.",
        None,
    ));
    body.push_str(&para("Thời gian thực hiện: trước ngày 30/6/2026.", None));
    body.push_str(&para("TỔ CHỨC THỰC HIỆN", Some((1, 0))));
    body.push_str(&para(
        "Giao Sở Khoa học và Công nghệ theo dõi, đôn đốc, tổng hợp báo cáo UBND tỉnh định kỳ 6 tháng, hằng năm.",
        None,
    ));
    body.push_str(&para("PHỤ LỤC", None));
    let header = [
        "TT",
        "Nhiệm vụ",
        "Cơ quan chủ trì",
        "Cơ quan phối hợp",
        "Thời gian",
    ]
    .iter()
    .map(|h| cell(h, ""))
    .collect::<String>();
    let group = format!(
        "{}{}",
        cell("I", ""),
        cell("Hạ tầng số", r#"<w:gridSpan w:val="4"/>"#)
    );
    let row1 = [
        cell("1", ""),
        cell("Phủ sóng 5G các xã", ""),
        cell("Sở Khoa học và Công nghệ", r#"<w:vMerge w:val="restart"/>"#),
        cell("UBND cấp xã", ""),
        cell("2026", ""),
    ]
    .concat();
    let row2 = [
        cell("2", ""),
        cell("Trung tâm dữ liệu tỉnh", ""),
        cell("", "<w:vMerge/>"),
        cell("Sở Tài chính", ""),
        cell("Quý IV/2026", ""),
    ]
    .concat();
    let row3 = [
        cell("3", ""),
        cell("Chữ ký số cho cán bộ", ""),
        cell("Văn phòng UBND tỉnh", ""),
        cell("", ""),
        cell("Thường xuyên", ""),
    ]
    .concat();
    body.push_str(&format!(
        "<w:tbl><w:tr>{header}</w:tr><w:tr>{group}</w:tr><w:tr>{row1}</w:tr><w:tr>{row2}</w:tr><w:tr>{row3}</w:tr></w:tbl>"
    ));
    let document = format!(
        r#"<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="w"><w:body>{body}</w:body></w:document>"#
    );
    docx(&document, NUMBERING)
}

#[test]
fn a_word_file_with_numbering_and_merged_cells_reads_as_a_plan() {
    let reading = reader::read_file(&word_plan()).expect("the .docx reads");
    assert!(
        reading.source.contains("II. NHIỆM VỤ\n"),
        "{}",
        reading.source
    );
    assert!(reading.source.contains("1. Xây dựng cơ sở dữ liệu dân cư"));
    let plan = &reading.plan;
    assert_eq!(plan.document.number, "12/KH-UBND");
    // The task table carries the plan's assignments: its rows are the tasks.
    let leaves: Vec<(&str, &str)> = plan
        .leaves()
        .map(|t| (t.number.as_str(), t.title.as_str()))
        .collect();
    assert_eq!(
        leaves,
        [
            ("I.1", "Phủ sóng 5G các xã"),
            ("I.2", "Trung tâm dữ liệu tỉnh"),
            ("I.3", "Chữ ký số cho cán bộ")
        ]
    );
    let second = plan.leaves().nth(1).unwrap();
    // The lead merged down the column is every row's lead.
    assert!(names(plan, second, Role::Lead).contains("so khoa hoc va cong nghe"));
    assert_eq!(
        second.timeframe,
        Timeframe::Quarter {
            year: 2026,
            quarter: 4
        }
    );
    let monitoring = plan.directory.unit(&plan.monitoring_unit).unwrap();
    assert_eq!(monitoring.name, "Sở Khoa học và Công nghệ");
}

#[test]
fn a_word_file_without_a_task_table_reads_its_numbered_tasks() {
    let bytes = word_plan();
    let text = reader::docx::text(&bytes).unwrap();
    let without_table = text.split("PHỤ LỤC").next().unwrap();
    let plan = reader::read_text(without_table).unwrap().plan;
    let leaves: Vec<&Task> = plan.leaves().collect();
    assert_eq!(leaves.len(), 2);
    assert_eq!(
        leaf(&plan, leaves[0], Role::Lead),
        (set(&["cong an tinh"]), quarter(2026, 2))
    );
    assert_eq!(
        leaf(&plan, leaves[1], Role::Coordinate),
        (set(&["bao cao bang"]), deadline(2026, 6, 30))
    );
}

#[test]
fn word_files_written_by_libreoffice_and_python_docx_read_as_plans() {
    // LibreOffice: numbering.xml, a group row merged across, a lead merged down.
    let plan = reader::read_file(include_bytes!("../fixtures/ke-hoach-cao-bang.docx"))
        .unwrap()
        .plan;
    assert_eq!(plan.document.number, "15/KH-UBND");
    assert_eq!(plan.document.issuer, "Ủy ban nhân dân tỉnh Cao Bằng");
    let numbers: Vec<&str> = plan.leaves().map(|t| t.number.as_str()).collect();
    assert_eq!(numbers, ["I.1", "I.2", "II.3", "II.4"]);
    let second = plan.leaves().nth(1).unwrap();
    assert!(names(&plan, second, Role::Lead).contains("so khoa hoc va cong nghe"));
    assert_eq!(plan.parents[0].number, "749/QĐ-TTg");
    assert_eq!(plan.signer.name, "Nguyễn Văn An");
    // python-docx: numbered by the "List Number" style, not in the paragraphs.
    let plan = reader::read_file(include_bytes!("../fixtures/ke-hoach-ha-giang.docx"))
        .unwrap()
        .plan;
    let leaves: Vec<&Task> = plan.leaves().collect();
    assert_eq!(
        leaves.iter().map(|t| t.number.as_str()).collect::<Vec<_>>(),
        ["1", "2", "3"]
    );
    assert_eq!(
        leaves[1].timeframe,
        Timeframe::Quarter {
            year: 2026,
            quarter: 3
        }
    );
    assert!(names(&plan, leaves[2], Role::Lead).contains("bao va phat thanh truyen hinh ha giang"));
    let monitoring = plan.directory.unit(&plan.monitoring_unit).unwrap();
    assert_eq!(monitoring.name, "Sở Nông nghiệp và Môi trường");
}

#[test]
fn files_the_reader_cannot_take_are_refused_with_what_to_do() {
    let refused = |bytes: &[u8]| match reader::read_file(bytes) {
        Err(ReadError::Docx(error)) => error,
        other => panic!("not refused: {other:?}"),
    };
    assert_eq!(
        refused(b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1old word"),
        DocxError::OldWordOrEncrypted
    );
    assert!(DocxError::OldWordOrEncrypted.to_string().contains(".docx"));
    assert_eq!(refused(b"%PDF-1.4 ..."), DocxError::Pdf);
    assert!(DocxError::Pdf.to_string().contains("sao chép"));
    assert_eq!(refused(b"\x89PNG\r\n\x1a\n"), DocxError::Image);
    assert!(matches!(refused(b"PK\x03\x04 torn"), DocxError::Damaged(_)));
    let mut cut = word_plan();
    cut.truncate(cut.len() / 2);
    assert!(matches!(refused(&cut), DocxError::Damaged(_)));
    // A zip whose document.xml inflates 1000-fold: refused before inflating.
    let bomb = docx(&" ".repeat(8 * 1024 * 1024), "");
    assert_eq!(refused(&bomb), DocxError::Bomb);
    assert_eq!(
        refused(&vec![b'a'; reader::docx::MAX_FILE + 1]),
        DocxError::TooLarge
    );
    assert_eq!(reader::read_text("   \n"), Err(ReadError::Empty));
    assert_eq!(
        reader::read_text("Một đoạn văn không có nhiệm vụ."),
        Err(ReadError::NoTasks)
    );
}

#[test]
fn a_task_table_s_sub_rows_are_children_that_inherit_their_row_s_units() {
    let text = "KẾ HOẠCH\n\nTHỰC HIỆN ĐỀ ÁN 06 NĂM 2026\n\nI. NHIỆM VỤ\n\n| STT | Nội dung công việc | Đơn vị chủ trì | Đơn vị phối hợp | Tiến độ |\n|---|---|---|---|---|\n| 1 | Làm sạch dữ liệu dân cư | Công an tỉnh | UBND cấp xã | 6/2026 |\n| 1.1 | Dữ liệu hộ tịch | | Sở Tư pháp | |\n| 1.2 | Dữ liệu đất đai | Sở Nông nghiệp và Môi trường | | 9/2026 |\n| 2 | Cấp căn cước điện tử (Cơ quan chủ trì: sai chỗ) | Công an tỉnh | | Quý IV/2026 |\n| a | Cho học sinh | | | |\n";
    let plan = reader::read_text(text).unwrap().plan;
    let numbers: Vec<&str> = plan.leaves().map(|t| t.number.as_str()).collect();
    assert_eq!(numbers, ["1.1", "1.2", "2.a"]);
    let leaves: Vec<&Task> = plan.leaves().collect();
    assert_eq!(
        leaf(&plan, leaves[0], Role::Lead),
        (set(&["cong an tinh"]), deadline(2026, 6, 30))
    );
    assert_eq!(
        names(&plan, leaves[0], Role::Coordinate),
        set(&["so tu phap"])
    );
    assert_eq!(
        leaf(&plan, leaves[1], Role::Lead),
        (
            set(&["so nong nghiep va moi truong"]),
            deadline(2026, 9, 30)
        )
    );
    assert_eq!(
        leaf(&plan, leaves[2], Role::Lead),
        (set(&["cong an tinh"]), quarter(2026, 4))
    );
}

#[test]
fn labels_inside_a_task_s_sentence_are_its_fields() {
    let text = "KẾ HOẠCH\n\nCẢI CÁCH HÀNH CHÍNH NĂM 2026\n\nI. NHIỆM VỤ\n\n1. Rà soát thủ tục hành chính (Cơ quan chủ trì: Sở Tư pháp; cơ quan phối hợp: Văn phòng UBND tỉnh; thời gian: Quý II/2026).\n\n2. Số hóa kết quả giải quyết thủ tục. Đơn vị chủ trì: Sở Khoa học và Công nghệ. Thời gian hoàn thành: tháng 10/2026.\n";
    let plan = reader::read_text(text).unwrap().plan;
    let leaves: Vec<&Task> = plan.leaves().collect();
    assert_eq!(leaves.len(), 2);
    assert_eq!(leaves[0].title, "Rà soát thủ tục hành chính");
    assert_eq!(
        leaf(&plan, leaves[0], Role::Lead),
        (set(&["so tu phap"]), quarter(2026, 2))
    );
    assert_eq!(
        names(&plan, leaves[0], Role::Coordinate),
        set(&["van phong uy ban nhan dan tinh"])
    );
    assert_eq!(
        leaf(&plan, leaves[1], Role::Lead),
        (set(&["so khoa hoc va cong nghe"]), deadline(2026, 10, 31))
    );
}

#[test]
fn a_draft_before_signing_leaves_its_number_and_date_blank_and_says_so() {
    let text = "UBND TỈNH CAO BẰNG\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nSố:        /KH-UBND\n\nCao Bằng, ngày      tháng      năm 2026\n\nKẾ HOẠCH\n\nTHỰC HIỆN CÔNG TÁC DÂN VẬN NĂM 2026\n\nI. NHIỆM VỤ\n\n1. Tuyên truyền, vận động Nhân dân.\n\nĐơn vị chủ trì: Sở Nội vụ.\n";
    let reading = reader::read_text(text).unwrap();
    let plan = &reading.plan;
    assert_eq!(plan.document.number, "/KH-UBND");
    assert_eq!(plan.document.date, Date::new(2026, 1, 1).unwrap());
    assert_eq!(plan.document.issuer, "Ủy ban nhân dân tỉnh Cao Bằng");
    for subject in [Subject::Number, Subject::Date] {
        let fact = reading.facts.iter().find(|f| f.subject == subject).unwrap();
        assert!(
            fact.guess
                .as_deref()
                .unwrap_or_default()
                .starts_with("dự thảo"),
            "{subject:?}"
        );
    }
    assert_eq!(plan.check(), vec![]);
}

#[test]
fn html_and_pdf_copies_read_like_the_text() {
    let html = format!(
        "<html><body>{}</body></html>",
        SEED_TEXT
            .split("\n\n")
            .map(|p| format!("<p>{}</p>", p.replace('&', "&amp;")))
            .collect::<String>()
    );
    let from_html = reader::read_text(&html).unwrap().plan;
    assert_eq!(from_html.leaves().count(), 7);
    // A PDF viewer's copy: hard wraps inside paragraphs, page numbers alone.
    let wrapped: String = SEED_TEXT
        .split("\n\n")
        .map(|p| {
            let words: Vec<&str> = p.split(' ').collect();
            words
                .chunks(12)
                .map(|c| c.join(" "))
                .collect::<Vec<_>>()
                .join("\n")
        })
        .collect::<Vec<_>>()
        .join("\n")
        .replacen("II. NỘI DUNG THỰC HIỆN", "2\nII. NỘI DUNG THỰC HIỆN", 1);
    let from_pdf = reader::read_text(&wrapped).unwrap().plan;
    let numbers: Vec<String> = from_pdf.leaves().map(|t| t.number.clone()).collect();
    assert_eq!(numbers, ["1", "2", "3.1", "3.2", "4.1", "4.2", "5"]);
}

/// The same appendix as other tools hand it over: copied from a browser or
/// Word (cells between tabs, a long title over two lines, a group row's
/// merged cell), as pretty-printed HTML (a tag a line, a cell's
/// paragraphs), and as a markdown table. Each reads the same 19 tasks with
/// the same leads and times as the table written with bars.
#[test]
fn a_task_table_reads_the_same_however_it_was_copied() {
    let text = include_str!("../corpus/cp-12-nq-cp-2023-excerpt.txt");
    let summary = |source: &str| -> Vec<(String, BTreeSet<String>, String)> {
        let plan = reader::read_text(source).expect("reads").plan;
        plan.leaves()
            .map(|task| {
                let leads = names(&plan, task, Role::Lead);
                (task.number.clone(), leads, task.timeframe_text.clone())
            })
            .collect()
    };
    let expected = summary(text);
    assert_eq!(expected.len(), 19);
    let rows = |line: &str| -> Option<Vec<String>> {
        let cells: Vec<String> = line.split(" | ").map(str::to_owned).collect();
        (cells.len() >= 3).then_some(cells)
    };
    let merged = |cells: &[String]| cells[2..].iter().all(|c| *c == cells[1]);
    let transform = |row: &dyn Fn(&[String]) -> String, open: &str, close: &str| {
        let mut out = String::new();
        let mut in_table = false;
        for line in text.lines() {
            match rows(line) {
                Some(cells) => {
                    if !in_table {
                        out.push_str(open);
                        in_table = true;
                    }
                    out.push_str(&row(&cells));
                }
                None if line.trim().is_empty() && in_table => {}
                None => {
                    if in_table {
                        out.push_str(close);
                        in_table = false;
                    }
                    out.push_str(line);
                    out.push('\n');
                }
            }
        }
        out
    };
    // A browser's or Word's copy: tabs, a title cut by a line break.
    let tabs = transform(
        &|cells| {
            let cells: Vec<String> = if merged(cells) {
                cells[..2].to_vec()
            } else {
                cells
                    .iter()
                    .enumerate()
                    .map(|(k, c)| match c.find(", ") {
                        Some(at) if k == 1 && c.len() > 60 => {
                            format!("{}\n{}", &c[..at + 1], &c[at + 2..])
                        }
                        _ => c.clone(),
                    })
                    .collect()
            };
            format!("{}\n", cells.join("\t"))
        },
        "",
        "\n",
    );
    assert_eq!(summary(&tabs), expected, "tabs");
    // HTML as a converter prints it: a tag a line, cells of paragraphs.
    let html = transform(
        &|cells| {
            let cells = if merged(cells) { &cells[..2] } else { cells };
            let tds: String = cells
                .iter()
                .map(|c| {
                    format!(
                        "\n    <td>\n      <p>{}</p>\n    </td>",
                        c.replace(", ", ",</p><p>")
                    )
                })
                .collect();
            format!("  <tr>{tds}\n  </tr>\n")
        },
        "<table>\n",
        "</table>\n",
    );
    assert_eq!(summary(&html), expected, "html");
    // Markdown.
    let markdown = transform(&|cells| format!("| {} |\n", cells.join(" | ")), "", "\n");
    assert_eq!(summary(&markdown), expected, "markdown");
}

/// The seed as Word's copy gives its header: the two columns side by side,
/// a tab between them. The same issuer, number, date and tasks.
#[test]
fn a_header_copied_from_word_reads_like_the_text() {
    let plain = reader::read_text(SEED_TEXT).unwrap().plan;
    let copied = SEED_TEXT
        .replacen(
            "ỦY BAN NHÂN DÂN\nTỈNH LẠNG SƠN\n--------\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n---------------\n",
            "ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH LẠNG SƠN\tĐộc lập - Tự do - Hạnh phúc\n--------\t---------------\n",
            1,
        )
        .replacen(
            "Số: 61/KH-UBND\n\nLạng Sơn, ngày 18 tháng 3 năm 2024",
            "Số: 61/KH-UBND\t\tLạng Sơn, ngày 18 tháng 3 năm 2024",
            1,
        );
    assert!(
        copied.contains("NAM\nTỈNH LẠNG SƠN\t"),
        "the fixture's header changed"
    );
    let plan = reader::read_text(&copied).unwrap().plan;
    assert_eq!(plan.document.issuer, plain.document.issuer);
    assert_eq!(plan.document.issuer, "Ủy ban nhân dân tỉnh Lạng Sơn");
    assert_eq!(plan.document.number, plain.document.number);
    assert_eq!(plan.document.date, plain.document.date);
    assert_eq!(plan.leaves().count(), 7);
}

/// An appendix grouped twice: lettered groups ("A. NHIỆM VỤ CHUNG") over
/// Roman ones over numbered rows, "1.1" under "1".
#[test]
fn lettered_groups_hold_the_roman_ones() {
    let text = r"ỦY BAN NHÂN DÂN TỈNH X | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM

Số: 12/KH-UBND | X, ngày 05 tháng 3 năm 2025

KẾ HOẠCH

Triển khai nhiệm vụ chuyển đổi số năm 2025

I. MỤC ĐÍCH, YÊU CẦU

1. Bảo đảm thống nhất.

II. NHIỆM VỤ

Chi tiết tại Phụ lục kèm theo.

PHỤ LỤC

| STT | Nội dung nhiệm vụ | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian hoàn thành |
|---|---|---|---|---|
| A | NHIỆM VỤ CHUNG | | | |
| I | Thể chế | | | |
| 1 | Ban hành quy chế | Sở Nội vụ | Các sở, ngành | Quý II/2025 |
| 2 | Rà soát quy định | Sở Tư pháp | | 6/2025 |
| II | Hạ tầng | | | |
| 1 | Nâng cấp mạng | Sở Khoa học và Công nghệ | | 2025 |
| 1.1 | Mạng cấp tỉnh | Sở Khoa học và Công nghệ | | Tháng 9/2025 |
| 1.2 | Mạng cấp xã | UBND các xã | | Tháng 12/2025 |
| B | NHIỆM VỤ RIÊNG | | | |
| 1 | Đào tạo | Sở Nội vụ | | Thường xuyên |
";
    let plan = reader::read_text(text).unwrap().plan;
    let leaves: Vec<&str> = plan.leaves().map(|t| t.number.as_str()).collect();
    assert_eq!(leaves, ["A.I.1", "A.I.2", "A.II.1.1", "A.II.1.2", "B.1"]);
    let roots: Vec<&str> = plan.roots().map(|t| t.number.as_str()).collect();
    assert_eq!(roots, ["A", "B"]);
    assert_eq!(plan.check(), vec![]);
}

/// Two task tables, each numbered from 1: the second goes under a task of
/// its own named by its heading, so no two tasks share a number. A lead
/// column naming its lead makes the others coordinate; a header over two
/// rows takes the end as the time.
#[test]
fn a_second_table_numbered_again_goes_under_its_heading() {
    let text = r"ỦY BAN NHÂN DÂN TỈNH X | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM

Số: 15/KH-UBND | X, ngày 05 tháng 3 năm 2025

KẾ HOẠCH

Thực hiện cải cách hành chính năm 2025

I. MỤC ĐÍCH, YÊU CẦU

1. Bảo đảm thống nhất.

II. NHIỆM VỤ CỤ THỂ

| TT | Nội dung | Cơ quan chủ trì/phối hợp | Thời gian | Sản phẩm |
|---|---|---|---|---|
| 1 | Rà soát thủ tục hành chính | Sở Tư pháp (chủ trì); Văn phòng UBND tỉnh, các sở, ngành | Quý I/2025 | Báo cáo |
| 2 | Số hóa hồ sơ | Sở Khoa học và Công nghệ chủ trì, phối hợp với Sở Nội vụ | Năm 2025 | Dữ liệu |
| 3 | Kiểm tra công vụ | Sở Nội vụ | Thường xuyên | Báo cáo |

PHỤ LỤC II

DANH MỤC NHIỆM VỤ KHẢO SÁT

| STT | Nhiệm vụ | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian | |
| | | | | Bắt đầu | Hoàn thành |
| 1 | Khảo sát mức độ hài lòng | Sở Nội vụ | Các sở | 3/2025 | 11/2025 |
| 2 | Tập huấn | Sở Tư pháp | | 4/2025 | 6/2025 |
";
    let plan = reader::read_text(text).unwrap().plan;
    let numbers: Vec<&str> = plan.tasks.iter().map(|t| t.number.as_str()).collect();
    assert_eq!(numbers, ["1", "2", "3", "PL2", "PL2.1", "PL2.2"]);
    let appendix = plan.tasks.iter().find(|t| t.number == "PL2").unwrap();
    assert_eq!(appendix.title, "PHỤ LỤC II: DANH MỤC NHIỆM VỤ KHẢO SÁT");
    let first = &plan.tasks[0];
    assert_eq!(names(&plan, first, Role::Lead).len(), 1);
    assert_eq!(names(&plan, first, Role::Coordinate).len(), 2);
    let survey = plan.tasks.iter().find(|t| t.number == "PL2.1").unwrap();
    assert_eq!(survey.timeframe_text, "11/2025");
    assert_eq!(plan.check(), vec![]);
}

#[test]
fn refusals_are_said_in_both_languages() {
    use tiendo::domain::Language;
    let empty = reader::read_text("  ").unwrap_err();
    assert_eq!(empty.describe(Language::Vietnamese), "văn bản trống");
    assert_eq!(empty.describe(Language::English), "the text is empty");
    let pdf = reader::read_file(b"%PDF-1.7\n1 0 obj").unwrap_err();
    assert!(pdf
        .describe(Language::Vietnamese)
        .starts_with("đây là tệp PDF"));
    assert!(pdf
        .describe(Language::English)
        .starts_with("this is a PDF file"));
    assert_eq!(pdf.to_string(), pdf.describe(Language::Vietnamese));
}

#[test]
fn a_text_longer_than_one_plan_is_refused_not_cut() {
    let long = "Nội dung. ".repeat(1_200_000);
    let error = tiendo::reader::read_text(&long).unwrap_err();
    assert_eq!(error, tiendo::reader::ReadError::TooLong(long.len()));
    assert!(error
        .describe(tiendo::domain::Language::Vietnamese)
        .starts_with(&format!(
            "văn bản dài {} MB, quá giới hạn 10 MB",
            long.len() / 1_000_000
        )));
    assert!(tiendo::reader::read_file(long.as_bytes()).is_err());
}

/// A PDF's copy of a header (its left column whole, the number under the
/// body's name, then the motto, no blank line anywhere) and a title in
/// ordinary letters that starts as a preamble does ("Thực hiện …").
#[test]
fn a_header_copied_column_by_column_and_a_title_in_ordinary_letters() {
    let text = "ỦY BAN NHÂN DÂN\nTỈNH LẠNG SƠN\nSố: 7/KH-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\
        Độc lập - Tự do - Hạnh phúc\nLạng Sơn, ngày 02 tháng 01 năm 2025\nKẾ HOẠCH\n\
        Thực hiện chuyển đổi số năm 2025\n\
        Thực hiện Quyết định số 1/QĐ-TTg ngày 01/01/2025 của Thủ tướng Chính phủ; UBND tỉnh ban hành Kế hoạch như sau:\n\
        I. NHIỆM VỤ\n1. Rà soát thủ tục\nSở Tư pháp chủ trì thực hiện.\n";
    let reading = reader::read_text(text).expect("reads");
    let document = &reading.plan.document;
    assert_eq!(document.issuer, "Ủy ban nhân dân tỉnh Lạng Sơn");
    assert_eq!(document.number, "7/KH-UBND");
    assert_eq!(document.title, "Thực hiện chuyển đổi số năm 2025");
    assert_eq!(reading.plan.place, "Lạng Sơn");
    assert_eq!(reading.plan.parents.len(), 1, "the preamble's decision");
}

/// A task's time in its own sentence outranks one its section's last item
/// prints, when that item names its own units: the labels are its own. An
/// assignment closing on "thực hiện thường xuyên" gives the time too.
#[test]
fn a_task_s_own_words_give_its_time_before_a_neighbour_s_labels() {
    let reading = reader::read_text(reader::warm::TEXT).expect("reads");
    let plan = &reading.plan;
    let when = |number: &str| {
        let task = plan
            .tasks
            .iter()
            .find(|t| t.number == number)
            .expect(number);
        (task.timeframe.clone(), task.timeframe_text.clone())
    };
    assert_eq!(when("1").0, deadline(2025, 6, 30));
    assert_eq!(when("2.a").0, quarter(2025, 2));
    assert_eq!(when("2.b"), (Timeframe::Ongoing, "thường xuyên".into()));
    assert!(matches!(when("3").0, Timeframe::Range { .. }));
    assert_eq!(plan.document.title, "Thực hiện chuyển đổi số năm 2025");
}

/// A borderless table of one row, its two cells of several paragraphs each,
/// as Word lays out a header or a closing.
fn layout_table(left: &[&str], right: &[&str]) -> String {
    let cell = |lines: &[&str]| {
        let paras: String = lines.iter().map(|l| para(l, None)).collect();
        format!("<w:tc><w:tcPr/>{paras}</w:tc>")
    };
    format!("<w:tbl><w:tr>{}{}</w:tr></w:tbl>", cell(left), cell(right))
}

/// Word lays out a plan's header (the body and its number beside the
/// motto and the date) and its closing (Nơi nhận beside the signature) in
/// borderless tables: their cells read as paragraphs, so the issuer, the
/// number, the place and date, the recipients and the signer are found as
/// in the text (a task table still reads as rows: the test above).
#[test]
fn a_word_file_s_header_and_closing_in_layout_tables() {
    let header = layout_table(
        &["ỦY BAN NHÂN DÂN", "TỈNH HÀ GIANG", "Số: 204/KH-UBND"],
        &[
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Độc lập - Tự do - Hạnh phúc",
            "Hà Giang, ngày 2 tháng 7 năm 2026",
        ],
    );
    let closing = layout_table(
        &["Nơi nhận:", "- Như trên;", "- Lưu: VT."],
        &[
            "TM. ỦY BAN NHÂN DÂN",
            "KT. CHỦ TỊCH",
            "PHÓ CHỦ TỊCH",
            "Trần Văn Bình",
        ],
    );
    let mut body = header;
    for p in [
        "KẾ HOẠCH",
        "Phòng, chống thiên tai năm 2026",
        "I. NHIỆM VỤ",
        "1. Rà soát phương án ứng phó thiên tai",
        "Sở Nông nghiệp và Môi trường chủ trì, phối hợp với UBND cấp xã thực hiện; hoàn thành trước ngày 30/8/2026.",
        "2. Diễn tập phòng chống thiên tai",
        "Bộ Chỉ huy Quân sự tỉnh chủ trì thực hiện trong Quý III/2026.",
        "II. TỔ CHỨC THỰC HIỆN",
        "Giao Sở Nông nghiệp và Môi trường theo dõi, đôn đốc, tổng hợp báo cáo UBND tỉnh.",
    ] {
        body.push_str(&para(p, None));
    }
    body.push_str(&closing);
    let document = format!(r#"<w:document xmlns:w="w"><w:body>{body}</w:body></w:document>"#);
    let reading = reader::read_file(&docx(&document, NUMBERING)).expect("reads");
    let plan = &reading.plan;
    assert_eq!(plan.document.issuer, "Ủy ban nhân dân tỉnh Hà Giang");
    assert_eq!(plan.document.number, "204/KH-UBND");
    assert_eq!(plan.document.date, Date::new(2026, 7, 2).unwrap());
    assert_eq!(plan.place, "Hà Giang");
    assert_eq!(plan.document.title, "Phòng, chống thiên tai năm 2026");
    assert_eq!(plan.recipients, ["Như trên;", "Lưu: VT."]);
    assert_eq!(plan.signer.name, "Trần Văn Bình");
    assert_eq!(plan.signer.title, "PHÓ CHỦ TỊCH");
    let leaves: Vec<_> = plan.leaves().collect();
    assert_eq!(leaves.len(), 2);
    assert_eq!(
        names(plan, leaves[1], Role::Lead),
        set(&["bo chi huy quan su tinh"])
    );
    assert_eq!(leaves[1].timeframe, quarter(2026, 3));
}

/// A commune Party committee's draft plan (Đảng ủy xã Công Hải, June 2026;
/// tests/fixtures/ke-hoach-cong-hai.py), as its .docx and as the text
/// LibreOffice writes of it (a paragraph a line, no blank line between,
/// the tables column by column). Hand counts: the number and the day still
/// blank (a draft); the issuer under its superior ("ĐẢNG BỘ TỈNH KHÁNH HOÀ
/// / ĐẢNG UỶ XÃ CÔNG HẢI / *"); four documents cited; six tasks in III,
/// only 5 and 6 naming who does them (the sentence's subject); none from
/// Tổ chức thực hiện, where the committee's office "là đầu mối … theo dõi,
/// đôn đốc" and the reports are due quarterly and yearly, by the 20th.
#[test]
fn a_party_committee_s_draft_reads_the_same_from_word_and_its_text() {
    let from_text = reader::read_text(include_str!(
        "../corpus/dang-uy-cong-hai-kh-2026-du-thao.txt"
    ))
    .expect("the text reads")
    .plan;
    let from_word = reader::read_file(include_bytes!("../fixtures/ke-hoach-cong-hai.docx"))
        .expect("the .docx reads")
        .plan;
    for plan in [&from_text, &from_word] {
        assert_eq!(plan.document.issuer, "Đảng uỷ xã Công Hải");
        assert_eq!(plan.document.number, "-KH/ĐU");
        assert_eq!(plan.document.date, Date::new(2026, 6, 1).unwrap());
        assert_eq!(plan.place, "Công Hải");
        let cited: Vec<&str> = plan.parents.iter().map(|p| p.number.as_str()).collect();
        assert_eq!(cited, ["04-NQ/TW", "03-KH/TW", "83-KH/TU", "01-QC/ĐU"]);
        assert_eq!(plan.signer.name, "Vũ Thị Thuỳ Trang");
        assert_eq!(plan.recipients.len(), 8);
        let leaves: Vec<&Task> = plan.leaves().collect();
        let numbers: Vec<&str> = leaves.iter().map(|t| t.number.as_str()).collect();
        assert_eq!(numbers, ["1", "2", "3", "4", "5", "6"]);
        for task in &leaves[..4] {
            assert_eq!(names(plan, task, Role::Lead), set(&[]), "{}", task.number);
        }
        assert_eq!(
            names(plan, leaves[4], Role::Lead),
            set(&["uy ban kiem tra dang uy"])
        );
        assert_eq!(
            names(plan, leaves[5], Role::Lead),
            set(&["mat tran to quoc", "cac to chuc chinh tri xa hoi xa"])
        );
        let monitoring = plan.directory.unit(&plan.monitoring_unit).expect("a unit");
        assert_eq!(monitoring.name, "Văn phòng Đảng uỷ xã");
        assert_eq!(plan.regime.kinds, [PeriodKind::Quarter, PeriodKind::Year]);
        assert_eq!(plan.regime.due, DueRule::DayOfLastMonth { day: 20 });
    }
    let titles = |plan: &Plan| plan.leaves().map(|t| t.title.clone()).collect::<Vec<_>>();
    assert_eq!(titles(&from_text), titles(&from_word));
}

/// A PDF viewer's copy of a gazette's pages: every page opens with the
/// gazette's running header and closes with its number, wherever the page
/// breaks a sentence, and some syllables come apart at their onset ("th
/// ực"). The plan is the one the clean text gives, task for task.
#[test]
fn a_pdf_copy_s_running_headers_and_page_numbers_break_nothing() {
    let lines: Vec<String> = SEED_TEXT
        .split("\n\n")
        .flat_map(|p| {
            let words: Vec<&str> = p.split(' ').collect();
            words.chunks(12).map(|c| c.join(" ")).collect::<Vec<_>>()
        })
        .collect();
    let wrapped = lines.join("\n");
    let mut paged = String::new();
    for (i, line) in lines.iter().enumerate() {
        if i % 23 == 0 {
            paged.push_str("CÔNG BÁO/Số 45 + 46/Ngày 15-01-2025\n");
        }
        paged.push_str(line);
        paged.push('\n');
        if i % 23 == 22 {
            paged.push_str(&format!("{}\n", i / 23 + 1));
        }
    }
    assert!(paged.matches("CÔNG BÁO").count() >= 5);
    // Syllables the PDF's glyphs broke apart.
    let paged = paged
        .replace("Đơn vị thực hiện", "Đơn vị th ực hiện")
        .replace("Sở Văn hóa", "Sở V ăn hóa")
        .replace("Truyền thông", "Tr uyền thông");
    assert!(paged.contains("th ực") && paged.contains("V ăn") && paged.contains("Tr uyền"));
    let plain = reader::read_text(&wrapped).unwrap().plan;
    let from_pdf = reader::read_text(&paged).unwrap().plan;
    assert_eq!(from_pdf.leaves().count(), 7);
    assert_eq!(from_pdf.tasks, plain.tasks);
    assert_eq!(from_pdf.directory, plain.directory);
    assert_eq!(from_pdf.document, plain.document);
}
