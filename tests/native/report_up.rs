//! The report up (docs/product.md §4, step 7): its text from known entries, and
//! its .docx and .xlsx read back by an independent zip reader and XML parser.

use std::io::{Cursor, Read};
use tiendo::domain::{
    Budget, Date, Entry, Evidence, EvidenceKind, Funding, Indicator, IndicatorId, Period, Status,
    Timeframe, Timestamp, Workspace,
};
use tiendo::format::office::{docx, xlsx};
use tiendo::format::report_up::{self, Block, ReportUp};
use tiendo::format::seed;

use crate::support::key;

/// 2024-06-10 and 2024-06-20 at noon in Hà Nội: before and after the 15/06 due date.
const BEFORE: i64 = 1_717_995_600_000;
const AFTER: i64 = 1_718_859_600_000;
const HANOI: i32 = 420;

fn fixture(period: &str) -> Workspace {
    let mut ws = Workspace::new(seed::seed_plan().unwrap());
    let t32 = ws
        .plan
        .tasks
        .iter_mut()
        .find(|t| t.number == "3.2")
        .unwrap();
    t32.indicators.push(Indicator {
        id: IndicatorId::new("tin-bai").unwrap(),
        name: "Tin, bài quảng bá".into(),
        measure: "tin, bài".into(),
        target: Some(100.0),
    });
    let mut done = Entry {
        status: Status::Done,
        progress: Some(100),
        done: "Đăng 40 tin, bài <Lạng Sơn & bạn bè>\u{1}\nMở chuyên mục mới".into(),
        evidence: vec![Evidence {
            kind: EvidenceKind::Document,
            title: "Kế hoạch số 12/KH-SVHTTDL".into(),
            date: Date::new(2024, 4, 5),
            count: None,
            link: None,
        }],
        revision: 2,
        updated_at: Timestamp(BEFORE),
        ..Entry::default()
    };
    done.indicators
        .insert(IndicatorId::new("tin-bai").unwrap(), 40.0);
    ws.entries.insert(key("t3.2", "so-vhttdl", period), done);
    ws.entries.insert(
        key("t1", "so-vhttdl", period),
        Entry {
            status: Status::Blocked,
            progress: Some(30),
            obstacles: "Thiếu kinh phí".into(),
            proposals: "Bổ sung kinh phí năm sau".into(),
            revision: 1,
            updated_at: Timestamp(AFTER),
            ..Entry::default()
        },
    );
    ws.entries.insert(
        key("t2", "ubnd-dinh-lap", period),
        Entry {
            status: Status::NothingArose,
            revision: 1,
            updated_at: Timestamp(BEFORE),
            ..Entry::default()
        },
    );
    ws
}

fn first_half_2024() -> ReportUp {
    let ws = fixture("2024-6t");
    report_up::build(
        &ws,
        Period::half_year(2024),
        Date::new(2024, 6, 20).unwrap(),
        HANOI,
    )
}

fn texts(blocks: &[Block]) -> Vec<&str> {
    blocks
        .iter()
        .map(|b| match b {
            Block::Heading(t) | Block::Task(t) | Block::Text(t) => t.as_str(),
        })
        .collect()
}

#[test]
fn the_header_follows_nghi_dinh_30() {
    let report = first_half_2024();
    assert_eq!(report.managing_body.as_deref(), Some("UBND tỉnh Lạng Sơn"));
    assert_eq!(report.issuer, "Sở Thông tin và Truyền thông");
    assert_eq!(report.number, "Số:        /BC-STTTT");
    assert_eq!(report.place_date, "Lạng Sơn, ngày 20 tháng 6 năm 2024");
    assert_eq!(
        report.title,
        "Kết quả thực hiện Kế hoạch số 61/KH-UBND ngày 18/03/2024 của Ủy ban nhân dân tỉnh Lạng Sơn, 6 tháng đầu năm 2024"
    );
    assert_eq!(report.signer_title, "GIÁM ĐỐC");
    assert!(report.authority.is_empty());
    assert_eq!(
        report.recipients,
        [
            "- UBND tỉnh Lạng Sơn (b/c);",
            "- Các cơ quan, đơn vị liên quan;",
            "- Lưu: VT."
        ]
    );
    assert_eq!(report.file_stem, "Bao-cao-KH61-2024-2024-6T");
}

#[test]
fn the_body_reports_every_task_with_what_units_sent() {
    let report = first_half_2024();
    let body = texts(&report.body);
    let headings: Vec<&str> = report
        .body
        .iter()
        .filter_map(|b| match b {
            Block::Heading(t) => Some(t.as_str()),
            _ => None,
        })
        .collect();
    assert_eq!(
        headings,
        [
            "I. KẾT QUẢ THỰC HIỆN",
            "1. Tình hình báo cáo của các cơ quan, đơn vị",
            "2. Kết quả thực hiện các nhiệm vụ",
            "II. TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN",
            "III. PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI",
            "IV. ĐỀ XUẤT, KIẾN NGHỊ",
        ]
    );
    // Every leaf task of the plan, in order.
    let tasks: Vec<&str> = report
        .body
        .iter()
        .filter_map(|b| match b {
            Block::Task(t) => t.split(':').next(),
            _ => None,
        })
        .collect();
    assert_eq!(
        tasks,
        [
            "Nhiệm vụ 1",
            "Nhiệm vụ 2",
            "Nhiệm vụ 3.1",
            "Nhiệm vụ 3.2",
            "Nhiệm vụ 4.1",
            "Nhiệm vụ 4.2",
            "Nhiệm vụ 5"
        ]
    );
    let owed = report.annex.len();
    let reporting = body[3];
    assert!(
        reporting.contains(&format!("báo cáo {owed} nội dung")),
        "{reporting}"
    );
    assert!(reporting.contains("đã nhận 3 nội dung"), "{reporting}");
    assert!(
        reporting.contains(
            "2 nội dung gửi đúng hạn (hạn báo cáo ngày 15/06/2024), 1 nội dung gửi sau hạn"
        ),
        "{reporting}"
    );
    assert!(
        reporting.contains("2 nội dung đã hoàn thành"),
        "{reporting}"
    );
    let t32 = body
        .iter()
        .position(|t| t.starts_with("Nhiệm vụ 3.2"))
        .unwrap();
    assert_eq!(
        body[t32 + 1],
        "- Sở Văn hóa, Thể thao và Du lịch (chủ trì; đã triển khai, 100%): Đăng 40 tin, bài <Lạng Sơn & bạn bè>\u{1}\nMở chuyên mục mới. Chỉ tiêu: Tin, bài quảng bá: 40 tin, bài. Minh chứng: Kế hoạch số 12/KH-SVHTTDL (05/04/2024)."
    );
    assert!(
        body[t32 + 2].starts_with("- Chưa báo cáo: "),
        "{}",
        body[t32 + 2]
    );
    let ii = body.iter().position(|t| t.starts_with("II.")).unwrap();
    assert_eq!(
        body[ii + 1],
        "- Sở Văn hóa, Thể thao và Du lịch (nhiệm vụ 1): Thiếu kinh phí."
    );
    let iv = body.iter().position(|t| t.starts_with("IV.")).unwrap();
    assert_eq!(
        body[iv + 1],
        "- Sở Văn hóa, Thể thao và Du lịch (nhiệm vụ 1): Bổ sung kinh phí năm sau."
    );
    assert!(body
        .last()
        .unwrap()
        .ends_with("(chi tiết tại Phụ lục kèm theo)./."));
}

/// The fixture with funding stated: 3.2 by Sở VHTTDL (regular budget, and
/// more asked for), 1 by Sở VHTTDL (no source), 2 by UBND Đình Lập (asks only).
fn funded() -> ReportUp {
    let mut ws = fixture("2024-6t");
    let mut fund = |task: &str, unit: &str, budget: Budget| {
        ws.entries
            .get_mut(&key(task, unit, "2024-6t"))
            .unwrap()
            .budget = budget;
    };
    fund(
        "t3.2",
        "so-vhttdl",
        Budget {
            spent: Some(12_500_000),
            source: Some(Funding::Regular),
            requested: Some(50_000_000),
        },
    );
    fund(
        "t1",
        "so-vhttdl",
        Budget {
            spent: Some(3_000_000),
            ..Budget::default()
        },
    );
    fund(
        "t2",
        "ubnd-dinh-lap",
        Budget {
            requested: Some(20_000_000),
            ..Budget::default()
        },
    );
    report_up::build(
        &ws,
        Period::half_year(2024),
        Date::new(2024, 6, 20).unwrap(),
        HANOI,
    )
}

/// The Government Office's scheme for tasks with a deadline: counted at the
/// head of the results when the period owes any (none in the seed plan).
#[test]
fn tasks_with_a_deadline_are_counted_by_the_government_offices_scheme() {
    assert!(!texts(&first_half_2024().body)
        .iter()
        .any(|t| t.starts_with("Đối với các nhiệm vụ có thời hạn")));
    let mut ws = fixture("2024-6t");
    // 3.2 due 12/06/2024: Sở VHTTDL saved it done on 10/06, the others sent nothing.
    ws.plan
        .tasks
        .iter_mut()
        .find(|t| t.number == "3.2")
        .unwrap()
        .timeframe = Timeframe::Deadline {
        date: Date::new(2024, 6, 12).unwrap(),
    };
    let report = report_up::build(
        &ws,
        Period::half_year(2024),
        Date::new(2024, 6, 20).unwrap(),
        HANOI,
    );
    let owed = report.annex.iter().filter(|r| r.number == "3.2").count();
    let body = texts(&report.body);
    let results = body
        .iter()
        .position(|t| *t == "2. Kết quả thực hiện các nhiệm vụ")
        .unwrap();
    assert_eq!(
        body[results + 1],
        format!(
            "Đối với các nhiệm vụ có thời hạn hoàn thành ({owed} nội dung): 1 hoàn thành đúng hạn, 0 hoàn thành quá hạn, 0 đang thực hiện trong hạn, {} quá hạn chưa hoàn thành.",
            owed - 1
        )
    );
    // Written before the deadline, the silent units are still in time.
    let early = report_up::build(
        &ws,
        Period::half_year(2024),
        Date::new(2024, 6, 11).unwrap(),
        HANOI,
    );
    assert!(texts(&early.body).iter().any(|t| t.contains(&format!(
        "1 hoàn thành đúng hạn, 0 hoàn thành quá hạn, {} đang thực hiện trong hạn, 0 quá hạn",
        owed - 1
    ))));
}

#[test]
fn funding_is_summed_in_the_body_and_asked_for_in_its_proposals() {
    let report = funded();
    let body = texts(&report.body);
    let heading = body
        .iter()
        .position(|t| *t == "3. Kinh phí thực hiện")
        .expect("a funding section");
    assert!(heading < body.iter().position(|t| t.starts_with("II.")).unwrap());
    assert_eq!(
        body[heading + 1],
        "Có 2 nội dung báo cáo kinh phí thực hiện, tổng kinh phí đã sử dụng 15.500.000 đồng, trong đó: chi thường xuyên 12.500.000 đồng; chưa ghi nguồn 3.000.000 đồng."
    );
    let iv = body.iter().position(|t| t.starts_with("IV.")).unwrap();
    assert_eq!(
        body[iv + 2],
        "- Đề nghị UBND tỉnh Lạng Sơn xem xét, giao cơ quan tài chính thẩm định, bố trí bổ sung kinh phí 70.000.000 đồng theo đề nghị của các cơ quan, đơn vị: Ủy ban nhân dân huyện Đình Lập (nhiệm vụ 2) 20.000.000 đồng; Sở Văn hóa, Thể thao và Du lịch (nhiệm vụ 3.2) 50.000.000 đồng."
    );
    let row = report
        .annex
        .iter()
        .find(|r| r.number == "3.2" && r.unit == "Sở VHTTDL")
        .unwrap();
    assert_eq!(
        (row.spent, row.source.as_str(), row.requested),
        (Some(12_500_000), "Chi thường xuyên", Some(50_000_000))
    );
    let parts = unzip(&xlsx::write(&report, Date::new(2024, 6, 20).unwrap()));
    let sheet = part(&parts, "xl/worksheets/sheet1.xml");
    let index = report.annex.iter().position(|r| r == row).unwrap() + 4;
    for (cell, value) in [("M", "12500000"), ("O", "50000000")] {
        assert!(
            sheet.contains(&format!(
                "<c r=\"{cell}{index}\" s=\"5\"><v>{value}</v></c>"
            )),
            "{cell}{index}"
        );
    }
    let styles = part(&parts, "xl/styles.xml");
    let xfs = roxmltree::Document::parse(styles).unwrap();
    let money = xfs
        .descendants()
        .filter(|n| n.tag_name().name() == "cellXfs")
        .flat_map(|n| n.children().filter(|c| c.is_element()))
        .nth(5)
        .unwrap();
    assert_eq!(money.attribute("numFmtId"), Some("3"), "#,##0");
}

#[test]
fn the_annex_has_a_row_per_owed_report() {
    let report = first_half_2024();
    let row = report
        .annex
        .iter()
        .find(|r| r.number == "1" && r.unit == "Sở VHTTDL")
        .unwrap();
    assert_eq!(
        (row.role.as_str(), row.status.as_str()),
        ("Thực hiện", "Có vướng mắc")
    );
    assert_eq!(row.progress, Some(30));
    assert_eq!(row.obstacles, "Thiếu kinh phí");
    assert_eq!(row.updated, "20/06/2024");
    let silent = report
        .annex
        .iter()
        .filter(|r| r.status == "Chưa báo cáo")
        .count();
    assert_eq!(silent, report.annex.len() - 3);
    let standing: usize = report.units.iter().map(|u| u.owed).sum();
    assert_eq!(standing, report.annex.len());
    let vhttdl = report.units.iter().find(|u| u.unit == "Sở VHTTDL").unwrap();
    assert_eq!((vhttdl.on_time, vhttdl.late, vhttdl.complete), (1, 1, 1));
}

#[test]
fn after_the_2025_mergers_the_successor_reports() {
    let ws = fixture("2026-6t");
    let report = report_up::build(
        &ws,
        Period::half_year(2026),
        Date::new(2026, 6, 20).unwrap(),
        HANOI,
    );
    assert_eq!(report.issuer, "Sở Văn hóa, Thể thao và Du lịch");
    assert_eq!(report.number, "Số:        /BC-SVHTTDL");
    assert!(report.annex.iter().all(|r| r.unit != "Sở TT&TT"));
}

fn unzip(bytes: &[u8]) -> Vec<(String, String)> {
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).unwrap();
    (0..zip.len())
        .map(|i| {
            let mut file = zip.by_index(i).unwrap();
            let mut text = String::new();
            file.read_to_string(&mut text).unwrap();
            (file.name().unwrap().into_owned(), text)
        })
        .collect()
}

fn part<'a>(parts: &'a [(String, String)], name: &str) -> &'a str {
    &parts.iter().find(|(n, _)| n == name).unwrap().1
}

/// The text of every `local` element, in document order.
fn element_texts(xml: &str, local: &str) -> Vec<String> {
    let doc = roxmltree::Document::parse(xml).unwrap();
    doc.descendants()
        .filter(|n| n.tag_name().name() == local)
        .map(|n| n.text().unwrap_or_default().to_owned())
        .collect()
}

#[test]
fn the_docx_reads_back_as_word_expects() {
    let report = first_half_2024();
    let parts = unzip(&docx::write(&report, Date::new(2024, 6, 20).unwrap()));
    let names: Vec<&str> = parts.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(
        names,
        [
            "[Content_Types].xml",
            "_rels/.rels",
            "word/document.xml",
            "word/_rels/document.xml.rels",
            "word/styles.xml",
            "word/header1.xml"
        ]
    );
    for (name, xml) in &parts {
        roxmltree::Document::parse(xml).unwrap_or_else(|e| panic!("{name}: {e}"));
    }
    let document = part(&parts, "word/document.xml");
    let text = element_texts(document, "t").join("|");
    for expected in [
        "UBND tỉnh Lạng Sơn|Sở Thông tin và Truyền thông|CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM|Độc lập - Tự do - Hạnh phúc|Số:        /BC-STTTT|Lạng Sơn, ngày 20 tháng 6 năm 2024|BÁO CÁO|Kết quả thực hiện Kế hoạch số 61/KH-UBND",
        // Markup characters survive as text; the control character is gone;
        // the line break is a break.
        "Đăng 40 tin, bài <Lạng Sơn & bạn bè>|Mở chuyên mục mới.",
        "Nơi nhận:|- UBND tỉnh Lạng Sơn (b/c);",
        "GIÁM ĐỐC",
    ] {
        assert!(text.contains(expected), "{expected} not in {text}");
    }
    assert!(!text.contains('\u{1}'));
    // A4 portrait, margins 20/20/30/20 mm, no page number on page 1.
    assert!(document.contains("<w:pgSz w:w=\"11906\" w:h=\"16838\"/>"));
    assert!(document.contains("w:top=\"1134\" w:right=\"1134\" w:bottom=\"1134\" w:left=\"1701\""));
    assert!(document.contains("<w:titlePg/>"));
    assert!(part(&parts, "word/header1.xml").contains("w:instr=\"PAGE\""));
    assert!(part(&parts, "word/styles.xml").contains("w:ascii=\"Times New Roman\""));
    // The issuer's names are capitalised by Word, not by us.
    let caps = document.matches("<w:caps/>").count();
    assert_eq!(caps, 2);
}

#[test]
fn the_xlsx_reads_back_with_a_row_per_report() {
    let report = first_half_2024();
    let parts = unzip(&xlsx::write(&report, Date::new(2024, 6, 20).unwrap()));
    for (name, xml) in &parts {
        roxmltree::Document::parse(xml).unwrap_or_else(|e| panic!("{name}: {e}"));
    }
    let workbook = roxmltree::Document::parse(part(&parts, "xl/workbook.xml")).unwrap();
    let sheets: Vec<&str> = workbook
        .descendants()
        .filter(|n| n.tag_name().name() == "sheet")
        .filter_map(|n| n.attribute("name"))
        .collect();
    assert_eq!(sheets, ["Phụ lục", "Đơn vị"]);
    let sheet = roxmltree::Document::parse(part(&parts, "xl/worksheets/sheet1.xml")).unwrap();
    let rows: Vec<_> = sheet
        .descendants()
        .filter(|n| n.tag_name().name() == "row")
        .collect();
    assert_eq!(rows.len(), report.annex.len() + 3);
    let cells = |row: &roxmltree::Node| -> Vec<(String, String)> {
        row.children()
            .filter(|c| c.tag_name().name() == "c")
            .map(|c| {
                let value: String = c
                    .descendants()
                    .filter(|n| matches!(n.tag_name().name(), "t" | "v"))
                    .filter_map(|n| n.text())
                    .collect();
                (c.attribute("r").unwrap().to_owned(), value)
            })
            .collect()
    };
    let header = cells(&rows[2]);
    assert_eq!(header.len(), 16);
    assert_eq!(header[7], ("H3".to_owned(), "Kết quả thực hiện".to_owned()));
    let index = report
        .annex
        .iter()
        .position(|r| r.number == "3.2" && r.unit == "Sở VHTTDL")
        .unwrap();
    let row = cells(&rows[index + 3]);
    let at = |column: &str| {
        row.iter()
            .find(|(r, _)| r.starts_with(column))
            .map(|(_, v)| v.clone())
            .unwrap_or_default()
    };
    assert_eq!(at("A"), (index + 1).to_string());
    assert_eq!(at("B"), "3.2");
    assert_eq!(at("F"), "Đã triển khai");
    assert_eq!(at("G"), "100");
    assert_eq!(
        at("H"),
        "Đăng 40 tin, bài <Lạng Sơn & bạn bè>\nMở chuyên mục mới"
    );
    assert_eq!(at("I"), "Tin, bài quảng bá: 40 tin, bài");
    assert_eq!(header[12].1, "Kinh phí đã sử dụng (đồng)");
    assert_eq!((at("M"), at("N"), at("O")), Default::default());
    assert_eq!(at("P"), "10/06/2024");
    let units = roxmltree::Document::parse(part(&parts, "xl/worksheets/sheet2.xml")).unwrap();
    let unit_rows = units
        .descendants()
        .filter(|n| n.tag_name().name() == "row")
        .count();
    assert_eq!(unit_rows, report.units.len() + 3);
}

/// The sample shown at first open never reaches the report sent up: with it
/// present the report is the one a workspace without it gives.
#[test]
fn the_sample_is_left_out_of_the_report_up() {
    use tiendo::domain::{Command, Profile};
    let bare = Workspace::new(seed::seed_plan().unwrap());
    let mut with_sample = bare.clone();
    let entries = tiendo::format::sample::sample_entries(&with_sample);
    assert!(!entries.is_empty());
    with_sample
        .apply(&Profile::Leader, Command::LoadSample { entries })
        .unwrap();
    let day = Date::new(2024, 6, 20).unwrap();
    let report = |ws: &Workspace| report_up::build(ws, Period::half_year(2024), day, HANOI);
    assert_eq!(report(&with_sample), report(&bare));
}

/// The unit writing the report is not among those "not yet reported" to
/// it; what it has not recorded of its own work is said apart. Units are
/// named in full in the report's prose.
#[test]
fn the_writer_is_not_listed_as_not_reporting_to_itself() {
    let ws = Workspace::new(seed::seed_plan().unwrap());
    let report = report_up::build(
        &ws,
        Period::half_year(2024),
        Date::new(2024, 6, 20).unwrap(),
        HANOI,
    );
    let lines = texts(&report.body);
    let missing = lines
        .iter()
        .find(|l| l.starts_with("Còn "))
        .expect("the units that have not reported");
    // In 2024 Sở TT&TT monitored the plan and writes the report.
    assert!(
        !missing.contains("Sở Thông tin và Truyền thông"),
        "{missing}"
    );
    assert!(
        missing.contains("Sở Văn hóa, Thể thao và Du lịch"),
        "{missing}"
    );
    assert!(!missing.contains("Sở VHTTDL"), "{missing}");
    let own = lines
        .iter()
        .find(|l| l.contains("thực hiện chưa được cập nhật kết quả"))
        .expect("the writer's own work not recorded");
    assert!(
        own.ends_with(
            "nội dung do Sở Thông tin và Truyền thông thực hiện chưa được cập nhật kết quả."
        ),
        "{own}"
    );
}

/// A report that says work was done, with nothing written of what, reads as
/// lacking its result in the report sent up, not as a finished sentence.
#[test]
fn done_with_nothing_written_says_it_lacks_its_result() {
    let mut ws = Workspace::new(seed::seed_plan().unwrap());
    ws.entries.insert(
        key("t3.2", "so-vhttdl", "2024-6t"),
        Entry {
            status: Status::Done,
            progress: Some(100),
            revision: 1,
            updated_at: Timestamp(BEFORE),
            ..Entry::default()
        },
    );
    let entry = ws.entries.values().next().unwrap();
    assert!(entry.lacks_result());
    let report = report_up::build(
        &ws,
        Period::half_year(2024),
        Date::new(2024, 6, 20).unwrap(),
        HANOI,
    );
    let lines = texts(&report.body);
    assert!(
        lines.contains(&"- Sở Văn hóa, Thể thao và Du lịch (chủ trì; đã triển khai, 100%): chưa ghi kết quả thực hiện."),
        "{lines:#?}"
    );
    // Nothing arose, or not started: no result is asked for.
    for status in [Status::NothingArose, Status::NotStarted, Status::Blocked] {
        let entry = Entry {
            status,
            ..Entry::default()
        };
        assert!(!entry.lacks_result());
    }
}
