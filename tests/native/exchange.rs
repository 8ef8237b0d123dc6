//! Exchange files: a plan file's revision rules the plan and the reports
//! made against it; a backup restores everything exactly; the emails and the
//! file names tell their reader what to do.

use tiendo::domain::merge::{self, FileRefusal, PlanVerdict};
use tiendo::domain::{Status, Timestamp};
use tiendo::format::exchange;

use crate::support::{canonical, key, read, report, sixty_files, workspace};

#[test]
fn plan_revisions_rule_structure_and_reports() {
    let ws = workspace();
    let mut newer = ws.plan.clone();
    newer.revision = 2;
    newer.tasks.retain(|t| t.number != "5");
    let with_entry = {
        let (merged, _) = merge::import(
            &ws,
            &[read(&report(&ws, "bao-lang-son", 1, Status::Done, "x"))],
        );
        merged
    };
    assert!(with_entry
        .entries
        .contains_key(&key("t5", "bao-lang-son", "2024-6t")));
    let plan_text = tiendo::format::plan_file::encode(&newer, 2, Timestamp(5));
    let (updated, outcomes) = merge::import(&with_entry, &[read(&plan_text)]);
    assert_eq!(
        outcomes[0].plan,
        Some(PlanVerdict::Replaced { from: 1, to: 2 })
    );
    assert_eq!(updated.plan.revision, 2);
    assert!(
        updated
            .entries
            .contains_key(&key("t5", "bao-lang-son", "2024-6t")),
        "entries of removed tasks are kept"
    );
    // A report made against revision 2 cannot enter a browser still on revision 1.
    let mut on_two = ws.clone();
    on_two.plan.revision = 2;
    let early = read(&report(&on_two, "so-y-te", 1, Status::Done, "y"));
    let (_, outcomes) = merge::import(&ws, std::slice::from_ref(&early));
    assert_eq!(
        outcomes[0].refusal,
        Some(FileRefusal::PlanRevisionNewer { found: 2, ours: 1 })
    );
    // In one drop with the plan update, order does not matter.
    let (both, outcomes) = merge::import(&ws, &[early, read(&plan_text)]);
    assert!(outcomes[0].refusal.is_none());
    assert!(both.entries.contains_key(&key("t1", "so-y-te", "2024-6t")));
}

#[test]
fn a_backup_restores_everything_exactly() {
    let mut ws = workspace();
    let (merged, _) = merge::import(&ws, &sixty_files(&ws));
    ws = merged;
    let backup = exchange::Backup {
        workspace: ws.clone(),
        settings: Default::default(),
    };
    let text = exchange::encode_backup(&backup, None, Timestamp(7));
    let received = exchange::read(text.as_bytes()).unwrap();
    let (restored, outcomes) = merge::import(&workspace(), &[received.incoming]);
    assert!(outcomes[0].restored);
    assert_eq!(canonical(&restored), canonical(&ws));
}

#[test]
fn email_texts_tell_the_recipient_what_to_do() {
    let ws = workspace();
    let (subject, body) = exchange::report_email(
        &ws.plan,
        "Sở Văn hóa, Thể thao và Du lịch",
        "6 tháng đầu năm 2024",
        "KH61-2024_BaoCao_SoVHTTDL_2024-6T.json",
        tiendo::domain::Date::new(2024, 7, 1).unwrap(),
    );
    assert_eq!(subject, "Báo cáo kết quả thực hiện Kế hoạch số 61/KH-UBND – Sở Văn hóa, Thể thao và Du lịch – 6 tháng đầu năm 2024");
    assert!(body.starts_with("Kính gửi Sở Thông tin và Truyền thông,"));
    assert!(body.contains("“Nhập tệp”"));
    let link = exchange::mailto("sotttt@langson.gov.vn", &subject, &body);
    assert!(link.starts_with("mailto:sotttt@langson.gov.vn?subject=B%C3%A1o%20c%C3%A1o"));
    assert!(link.contains("%0D%0A%0D%0A"), "line breaks are CRLF");
    let (_, plan_body) = exchange::plan_email(
        &ws.plan,
        "KH61-2024_KeHoach_r1.json",
        Some(("6 tháng đầu năm 2024".into(), "15/06/2024".into())),
        tiendo::domain::Date::new(2024, 6, 1).unwrap(),
    );
    assert!(plan_body.contains("gửi trước ngày 15/06/2024"));
    // After the 2025 mergers the report goes to whoever monitors then.
    let (_, later) = exchange::report_email(
        &ws.plan,
        "Sở Y tế",
        "Năm 2026",
        "KH61-2024_BaoCao_SoYTe_2026-Nam.json",
        tiendo::domain::Date::new(2026, 12, 1).unwrap(),
    );
    assert!(
        later.starts_with("Kính gửi Sở Văn hóa, Thể thao và Du lịch,"),
        "{later}"
    );
    // One reminder to every late unit, each with what it owes, in blind copy.
    let late = [
        ("Báo Lạng Sơn".to_owned(), vec!["3.2".to_owned()]),
        ("Sở Y tế".to_owned(), vec!["4.2".to_owned(), "5".to_owned()]),
    ];
    let (subject, body) = exchange::reminder_all_email(
        &ws.plan,
        &late,
        "6 tháng đầu năm 2024",
        "15/06/2024",
        tiendo::domain::Date::new(2024, 6, 20).unwrap(),
    );
    assert_eq!(
        subject,
        "Đôn đốc báo cáo kết quả thực hiện Kế hoạch số 61/KH-UBND – 6 tháng đầu năm 2024"
    );
    assert!(body.starts_with("Kính gửi các cơ quan, đơn vị,"));
    assert!(body.contains("Sở Thông tin và Truyền thông đề nghị"));
    assert!(body.contains("(hạn 15/06/2024)"));
    assert!(body.contains("\n- Báo Lạng Sơn: nhiệm vụ 3.2\n- Sở Y tế: nhiệm vụ 4.2, 5\n"));
    let link = exchange::mailto_bcc("toasoan@baolangson.vn,syt@langson.gov.vn", &subject, &body);
    assert!(link.starts_with(
        "mailto:?bcc=toasoan@baolangson.vn,syt@langson.gov.vn&subject=%C4%90%C3%B4n%20%C4%91%E1%BB%91c"
    ));
    assert!(link.contains("&body=K%C3%ADnh%20g%E1%BB%ADi"));
    // The reminder to one unit opens the same way, in the singular.
    let (one_subject, one) = exchange::reminder_email(
        &ws.plan,
        "Sở Y tế",
        "6 tháng đầu năm 2024",
        "15/06/2024",
        &["4.2".to_owned(), "5".to_owned()],
        tiendo::domain::Date::new(2024, 6, 20).unwrap(),
    );
    assert_eq!(one_subject, subject);
    assert_eq!(
        one,
        format!(
            "Kính gửi Sở Y tế,\n\nThực hiện Kế hoạch số 61/KH-UBND ngày 18/03/2024 của {}, Sở Thông tin và Truyền thông đề nghị quý cơ quan gửi báo cáo kết quả thực hiện kỳ 6 tháng đầu năm 2024 (hạn 15/06/2024). Đến nay chưa nhận được báo cáo các nhiệm vụ: 4.2, 5.\n\nĐề nghị quý cơ quan nhập kết quả trên Tiến Độ và gửi lại tệp báo cáo qua thư điện tử.\n\nTrân trọng.",
            ws.plan.document.issuer
        )
    );
    // Nobody's address known: no empty blind copy.
    assert!(exchange::mailto_bcc("", &subject, &body).starts_with("mailto:?subject="));
}

#[test]
fn file_names_explain_themselves() {
    let ws = workspace();
    let period = tiendo::domain::Period::half_year(2024);
    assert_eq!(
        exchange::report_file_name(&ws.plan, "Sở VHTTDL", &[period]),
        "KH61-2024_BaoCao_SoVHTTDL_2024-6T.json"
    );
    assert_eq!(
        exchange::report_file_name(&ws.plan, "Đài PT-TH tỉnh", &[period]),
        "KH61-2024_BaoCao_DaiPTTHTinh_2024-6T.json"
    );
    assert_eq!(
        exchange::plan_file_name(&ws.plan),
        "KH61-2024_KeHoach_r1.json"
    );
}

/// A file that cannot be opened still says, by the name Tiến Độ gave it,
/// which unit sent it and for which period: whom to ask again.
#[test]
fn a_report_file_s_name_says_who_sent_it_and_for_when() {
    use tiendo::domain::Period;
    use tiendo::format::exchange::{named_in_file, report_file_name};
    let plan = tiendo::format::seed::seed_plan().unwrap();
    let until = tiendo::domain::Date::new(2026, 12, 31).unwrap();
    let name = report_file_name(&plan, "Sở VHTTDL", &[Period::half_year(2024)]);
    let (unit, periods) = named_in_file(&plan, &name, until);
    assert_eq!(unit.unwrap().as_str(), "so-vhttdl");
    assert_eq!(periods, [Period::half_year(2024)]);
    // A name Tiến Độ did not give says nothing.
    assert_eq!(
        named_in_file(&plan, "bao cao.json", until),
        (None, Vec::new())
    );
    let (subject, body) =
        tiendo::format::exchange::resend_email(&plan, "Sở Y tế", &name, "tệp rỗng", until);
    assert!(subject.starts_with("Đề nghị gửi lại tệp báo cáo"));
    assert!(body.contains(&name) && body.contains("tệp rỗng"));
}

/// A period's label reads lower-case inside a sentence ("kỳ năm 2026"),
/// and keeps its capital where it starts a line (the subject).
#[test]
fn a_period_inside_a_sentence_is_not_capitalised() {
    let plan = tiendo::format::seed::seed_plan().unwrap();
    let day = tiendo::domain::Date::new(2026, 12, 6).unwrap();
    let (subject, body) = tiendo::format::exchange::reminder_email(
        &plan,
        "Sở Y tế",
        "Năm 2026",
        "15/12/2026",
        &["1".into()],
        day,
    );
    assert!(
        body.contains("kết quả thực hiện kỳ năm 2026 (hạn 15/12/2026)"),
        "{body}"
    );
    assert!(subject.ends_with("– Năm 2026"));
}

/// Every name is spelled one way in file names: each word starts with a capital.
#[test]
fn file_words_capitalise_every_word() {
    use tiendo::format::exchange::file_word;
    assert_eq!(file_word("Sở Ngoại vụ"), "SoNgoaiVu");
    assert_eq!(file_word("Sở VHTTDL"), "SoVHTTDL");
    assert_eq!(file_word("UBND TP Lạng Sơn"), "UBNDTPLangSon");
    assert_eq!(file_word("Đài PT-TH tỉnh"), "DaiPTTHTinh");
}
