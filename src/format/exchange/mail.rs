//! What travels with a file by email: the file's self-explaining name, and
//! the ready texts (the report to the monitoring unit, the plan to the
//! units, the reminder to a late unit, the request to send a refused file
//! again) as `mailto:` links; a report file's name read back.

use crate::domain::{Date, Period, Plan, UnitId};

/// ASCII letters and digits of a name, without diacritics, each word
/// starting with a capital so every name is spelled one way: "Sở VHTTDL" →
/// "SoVHTTDL", "Sở Ngoại vụ" → "SoNgoaiVu".
pub fn file_word(name: &str) -> String {
    let mut out = String::new();
    let mut word_start = true;
    for c in name.chars() {
        let Some(base) = crate::domain::text::fold(&c.to_string()).chars().next() else {
            continue;
        };
        if !base.is_ascii_alphanumeric() {
            word_start = true;
            continue;
        }
        out.push(if word_start || c.is_uppercase() {
            base.to_ascii_uppercase()
        } else {
            base
        });
        word_start = false;
    }
    out
}

/// "KH61-2024" from "61/KH-UBND" issued in 2024.
pub fn plan_tag(plan: &Plan) -> String {
    let number = plan.document.number.split('/').next().unwrap_or_default();
    let kind = plan
        .document
        .number
        .split('/')
        .nth(1)
        .and_then(|s| s.split('-').next())
        .unwrap_or("KH");
    format!("{kind}{number}-{}", plan.document.date.year())
}

/// `KH61-2024_BaoCao_SoVHTTDL_2024-6T.json`
pub fn report_file_name(plan: &Plan, unit_short: &str, periods: &[Period]) -> String {
    let tags: Vec<String> = periods.iter().map(|p| p.file_tag()).collect();
    format!(
        "{}_BaoCao_{}_{}.json",
        plan_tag(plan),
        file_word(unit_short),
        tags.join("_")
    )
}

/// Who a report file's name says sent it, and for which periods: the name
/// [`report_file_name`] gives, read back, so a file that cannot be opened
/// still says whom to ask again. A name Tiến Độ did not give says nothing.
pub fn named_in_file(plan: &Plan, name: &str, until: Date) -> (Option<UnitId>, Vec<Period>) {
    let stem = name.trim_end_matches(".json");
    let parts: Vec<&str> = stem.split('_').collect();
    let Some(word) = parts
        .iter()
        .position(|p| *p == "BaoCao")
        .and_then(|at| parts.get(at + 1))
    else {
        return (None, Vec::new());
    };
    let unit = plan
        .directory
        .units
        .iter()
        .find(|u| file_word(&u.short_name) == *word)
        .map(|u| u.id.clone());
    let periods = plan
        .regime
        .periods(until)
        .into_iter()
        .filter(|p| parts.contains(&p.file_tag().as_str()))
        .collect();
    (unit, periods)
}

/// Asking a unit to send again a file that could not be imported: subject
/// and body, the reason in plain words.
pub fn resend_email(
    plan: &Plan,
    unit_name: &str,
    file: &str,
    reason: &str,
    on: Date,
) -> (String, String) {
    let body = format!(
        "Kính gửi {unit_name},\n\n{} đã nhận tệp {file} nhưng không nhập được: {reason}.\n\nĐề nghị quý cơ quan tải lại tệp báo cáo trên Tiến Độ (nút Gửi báo cáo kỳ này) và gửi lại nguyên tệp qua thư điện tử.\n\nTrân trọng.",
        reminder_opening(plan, on),
    );
    let subject = format!(
        "Đề nghị gửi lại tệp báo cáo – Kế hoạch số {}",
        plan.document.number
    );
    (subject, body)
}

/// `KH61-2024_KeHoach_r1.json`
pub fn plan_file_name(plan: &Plan) -> String {
    format!("{}_KeHoach_r{}.json", plan_tag(plan), plan.revision)
}

/// A `mailto:` link with subject and body (the file is attached by hand).
pub fn mailto(to: &str, subject: &str, body: &str) -> String {
    format!("mailto:{}?{}", addresses(to), message(subject, body))
}

/// One mailto for many recipients who must not see one another (blind copies).
pub fn mailto_bcc(bcc: &str, subject: &str, body: &str) -> String {
    if bcc.is_empty() {
        return mailto("", subject, body);
    }
    format!("mailto:?bcc={}&{}", addresses(bcc), message(subject, body))
}

/// Addresses as a mailto carries them (`@`, `.`, `-`, `_` and `,` as they are).
fn addresses(list: &str) -> String {
    use percent_encoding::{utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};
    const ADDRESS: &AsciiSet = &NON_ALPHANUMERIC
        .remove(b'@')
        .remove(b'.')
        .remove(b'-')
        .remove(b'_')
        .remove(b',');
    utf8_percent_encode(list, ADDRESS).to_string()
}

/// The subject and body fields, with CRLF line breaks.
fn message(subject: &str, body: &str) -> String {
    use percent_encoding::{utf8_percent_encode, NON_ALPHANUMERIC};
    let body = body.replace('\n', "\r\n");
    format!(
        "subject={}&body={}",
        utf8_percent_encode(subject, NON_ALPHANUMERIC),
        utf8_percent_encode(&body, NON_ALPHANUMERIC)
    )
}

/// Who monitors the plan on `on`, by name (after a merger, the successor).
fn monitoring_name(plan: &Plan, on: Date) -> String {
    plan.monitoring_on(on)
        .iter()
        .map(|id| {
            plan.directory
                .unit(id)
                .map_or(id.to_string(), |u| u.name.clone())
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// The email a unit sends with its report file.
pub fn report_email(
    plan: &Plan,
    unit_name: &str,
    period_label: &str,
    file_name: &str,
    on: Date,
) -> (String, String) {
    let monitoring = monitoring_name(plan, on);
    let subject = format!(
        "Báo cáo kết quả thực hiện Kế hoạch số {} – {unit_name} – {period_label}",
        plan.document.number
    );
    let body = format!(
        "Kính gửi {monitoring},\n\n{unit_name} gửi kèm tệp {file_name}: báo cáo kết quả thực hiện Kế hoạch số {} ngày {} của {}, kỳ {}.\n\nCách dùng: mở Tiến Độ, chọn “Nhập tệp” rồi kéo thả tệp đính kèm vào; ứng dụng kiểm tra tệp và cho xem trước trước khi cập nhật.\n\nTrân trọng.",
        plan.document.number,
        plan.document.date.dmy(),
        plan.document.issuer,
        mid_sentence(period_label),
    );
    (subject, body)
}

/// A period's label inside a sentence: "kỳ năm 2026", not "kỳ Năm 2026".
fn mid_sentence(label: &str) -> String {
    let mut chars = label.chars();
    match chars.next() {
        Some(first) => first.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// The email the monitoring unit sends with the plan file.
pub fn plan_email(
    plan: &Plan,
    file_name: &str,
    next_due: Option<(String, String)>,
    on: Date,
) -> (String, String) {
    let monitoring = monitoring_name(plan, on);
    let subject = format!(
        "Tệp kế hoạch số {} để báo cáo trên Tiến Độ",
        plan.document.number
    );
    let due = next_due
        .map(|(period, date)| {
            format!(
                " Báo cáo kỳ {} gửi trước ngày {date}.",
                mid_sentence(&period)
            )
        })
        .unwrap_or_default();
    let body = format!(
        "Kính gửi các cơ quan, đơn vị,\n\n{monitoring} gửi kèm tệp {file_name} (Kế hoạch số {} ngày {}, bản sửa đổi {}).\n\nĐề nghị các đơn vị mở Tiến Độ, chọn “Nhập tệp”, kéo thả tệp đính kèm vào, chọn đơn vị của mình, nhập kết quả thực hiện từng nhiệm vụ rồi gửi lại tệp báo cáo qua thư điện tử.{due}\n\nTrân trọng.",
        plan.document.number,
        plan.document.date.dmy(),
        plan.revision,
    );
    (subject, body)
}

/// One reminder to every late unit at once: each named with the tasks it owes.
pub fn reminder_all_email(
    plan: &Plan,
    late: &[(String, Vec<String>)],
    period_label: &str,
    due: &str,
    on: Date,
) -> (String, String) {
    let list: String = late
        .iter()
        .map(|(unit, tasks)| format!("- {unit}: nhiệm vụ {}\n", tasks.join(", ")))
        .collect();
    let body = format!(
        "Kính gửi các cơ quan, đơn vị,\n\n{} đề nghị các cơ quan, đơn vị gửi báo cáo kết quả thực hiện kỳ {} (hạn {due}). Đến nay chưa nhận được báo cáo của:\n{list}\nĐề nghị các cơ quan, đơn vị nhập kết quả trên Tiến Độ và gửi lại tệp báo cáo qua thư điện tử.\n\nTrân trọng.",
        reminder_opening(plan, on),
        mid_sentence(period_label),
    );
    (reminder_subject(plan, period_label), body)
}

/// The reminder (đôn đốc) the monitoring unit sends to a unit that is late.
pub fn reminder_email(
    plan: &Plan,
    unit_name: &str,
    period_label: &str,
    due: &str,
    tasks: &[String],
    on: Date,
) -> (String, String) {
    let body = format!(
        "Kính gửi {unit_name},\n\n{} đề nghị quý cơ quan gửi báo cáo kết quả thực hiện kỳ {} (hạn {due}). Đến nay chưa nhận được báo cáo các nhiệm vụ: {}.\n\nĐề nghị quý cơ quan nhập kết quả trên Tiến Độ và gửi lại tệp báo cáo qua thư điện tử.\n\nTrân trọng.",
        reminder_opening(plan, on),
        mid_sentence(period_label),
        tasks.join(", "),
    );
    (reminder_subject(plan, period_label), body)
}

/// A reminder's subject, one or many recipients.
fn reminder_subject(plan: &Plan, period_label: &str) -> String {
    format!(
        "Đôn đốc báo cáo kết quả thực hiện Kế hoạch số {} – {period_label}",
        plan.document.number
    )
}

/// "Thực hiện Kế hoạch số … ngày … của …, <who monitors on `on`>".
fn reminder_opening(plan: &Plan, on: Date) -> String {
    format!(
        "Thực hiện Kế hoạch số {} ngày {} của {}, {}",
        plan.document.number,
        plan.document.date.dmy(),
        plan.document.issuer,
        monitoring_name(plan, on)
    )
}
