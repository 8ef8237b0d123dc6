//! What a decoding failure says: in Vietnamese (`Display`) and in the page's
//! language ([`DecodeError::describe`]); serde's and the plan check's words
//! translated where known.

use super::{DecodeError, StoreDamage, MAX_FILE_BYTES};
use crate::domain::plan::PlanError;
use crate::format::pack::PackError;
use crate::format::settings::Language;
use std::fmt;

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DecodeError::TooLarge { bytes } => write!(
                f,
                "tệp quá lớn ({} MB, tối đa {} MB)",
                bytes / (1024 * 1024),
                MAX_FILE_BYTES / (1024 * 1024)
            ),
            DecodeError::Empty => write!(f, "tệp rỗng"),
            DecodeError::NotOurs { kind, .. } => write!(
                f,
                "đây là {kind}, không phải tệp .json của Tiến Độ; hãy dùng tệp .json do Tiến Độ tạo ra"
            ),
            DecodeError::Utf16 => write!(f, "tệp mã hóa UTF-16; cần lưu lại dạng UTF-8"),
            DecodeError::InvalidUtf8 { offset } => {
                write!(f, "tệp không phải văn bản UTF-8 hợp lệ (byte thứ {offset})")
            }
            DecodeError::Syntax { line, column, detail } => {
                let detail = syntax_detail(detail, Language::Vietnamese);
                write!(f, "lỗi cú pháp JSON ở dòng {line}, cột {column} ({detail})")
            }
            DecodeError::NotAnObject => write!(f, "tệp không phải một đối tượng JSON của Tiến Độ"),
            DecodeError::WrongFormat { found, expected } => {
                write!(f, "tệp loại “{found}”, không phải loại “{expected}”")
            }
            DecodeError::NewerVersion { found, supported } => write!(
                f,
                "tệp được tạo bởi phiên bản mới hơn (định dạng {found}, ứng dụng này đọc tới {supported}); hãy cập nhật ứng dụng"
            ),
            DecodeError::Invalid { detail } => write!(f, "nội dung không hợp lệ: {}", vietnamese(detail)),
            DecodeError::Plan(error) => write!(f, "nội dung không hợp lệ: {error}"),
            DecodeError::UnknownPeriod(id) => {
                write!(f, "nội dung không hợp lệ: kỳ báo cáo “{id}” không tồn tại")
            }
            DecodeError::HeaderMismatch => write!(
                f,
                "nội dung không hợp lệ: phần đầu tệp không khớp với kế hoạch bên trong"
            ),
            DecodeError::Checksum { .. } => f.write_str(
                "nội dung tệp đã bị sửa hoặc hỏng sau khi Tiến Độ tạo ra nó (mã kiểm tra không khớp): hãy đề nghị đơn vị gửi lại đúng tệp Tiến Độ đã tải về, không mở sửa",
            ),
            DecodeError::Store(damage) => f.write_str(&damage.describe(Language::Vietnamese)),
        }
    }
}

impl DecodeError {
    /// The message in `language` (`Display` is the Vietnamese one). A
    /// detail the plan's own check wrote stays Vietnamese; serde's details
    /// are English already.
    pub fn describe(&self, language: Language) -> String {
        if language == Language::Vietnamese {
            return self.to_string();
        }
        match self {
            DecodeError::TooLarge { bytes } => format!(
                "the file is too large ({} MB, at most {} MB)",
                bytes / (1024 * 1024),
                MAX_FILE_BYTES / (1024 * 1024)
            ),
            DecodeError::Empty => "the file is empty".into(),
            DecodeError::NotOurs { kind_en, .. } => format!(
                "this is {kind_en}, not a Tiến Độ .json file; use the .json file Tiến Độ made"
            ),
            DecodeError::Utf16 => "the file is encoded as UTF-16; save it again as UTF-8".into(),
            DecodeError::InvalidUtf8 { offset } => {
                format!("the file is not valid UTF-8 text (byte {offset})")
            }
            DecodeError::Syntax { line, column, detail } => {
                let detail = syntax_detail(detail, Language::English);
                format!("JSON syntax error at line {line}, column {column} ({detail})")
            }
            DecodeError::NotAnObject => "the file is not a Tiến Độ JSON object".into(),
            DecodeError::WrongFormat { found, expected } => {
                format!("the file is of kind “{found}”, not “{expected}”")
            }
            DecodeError::NewerVersion { found, supported } => format!(
                "the file was made by a newer version (format {found}, this app reads up to {supported}); update the app"
            ),
            DecodeError::Invalid { detail } => format!("invalid content: {detail}"),
            DecodeError::Plan(error) => format!("invalid plan: {}", plan_error_en(error)),
            DecodeError::UnknownPeriod(id) => {
                format!("invalid content: the period “{id}” does not exist")
            }
            DecodeError::HeaderMismatch => {
                "invalid content: the file's header does not match the plan inside".into()
            }
            DecodeError::Checksum { .. } => {
                "the file's content was edited or damaged after Tiến Độ made it (its checksum does not match): ask the unit to send again the very file Tiến Độ downloaded, unedited".into()
            }
            DecodeError::Store(damage) => damage.describe(Language::English),
        }
    }
}

/// serde_json's syntax messages in words a user reads; others as they are.
fn syntax_detail(detail: &str, language: Language) -> &str {
    let (vi, en) = match detail {
        "EOF while parsing a value"
        | "EOF while parsing an object"
        | "EOF while parsing a list"
        | "EOF while parsing a string" => ("tệp bị cắt cụt", "the file is cut short"),
        "recursion limit exceeded" => ("lồng nhau quá sâu", "nested too deeply"),
        "number out of range" => ("số vượt giới hạn", "a number out of range"),
        "trailing characters" => ("thừa ký tự sau nội dung", "characters after the content"),
        "expected value" => ("không phải JSON", "not JSON"),
        "expected `:`" => ("thiếu dấu hai chấm", "a colon is missing"),
        "expected `,` or `]`" => ("thiếu dấu phẩy hoặc dấu ]", "a comma or ] is missing"),
        "expected `,` or `}`" => ("thiếu dấu phẩy hoặc dấu }", "a comma or } is missing"),
        "expected ident" => (
            "viết sai true, false hoặc null",
            "a misspelt true, false or null",
        ),
        "expected `\"`" => ("thiếu dấu ngoặc kép", "a double quote is missing"),
        "key must be a string" => (
            "tên trường phải đặt trong dấu ngoặc kép",
            "a field name must be in double quotes",
        ),
        "trailing comma" => ("thừa dấu phẩy", "a comma too many"),
        "invalid number" => ("số viết sai", "a malformed number"),
        "invalid escape"
        | "invalid unicode code point"
        | "lone leading surrogate in hex escape"
        | "unexpected end of hex escape" => (
            "mã thoát sau dấu \\ viết sai",
            "a malformed escape after \\",
        ),
        "control character (\\u0000-\\u001F) found while parsing a string" => (
            "ký tự điều khiển (như xuống dòng) trong một chuỗi",
            "a control character (such as a line break) inside a string",
        ),
        _ => return detail,
    };
    match language {
        Language::Vietnamese => vi,
        Language::English => en,
    }
}

fn plan_error_en(error: &PlanError) -> String {
    match error {
        PlanError::DuplicateTask(id) => format!("task {id} appears twice"),
        PlanError::DuplicateUnit(id) => format!("unit {id} appears twice"),
        PlanError::MissingParent { task, parent } => {
            format!("task {task} is under task {parent}, which does not exist")
        }
        PlanError::ParentCycle(id) => format!("task {id} is in a parent–child loop"),
        PlanError::UnknownAssignee { task, assignee } => {
            format!("task {task} is assigned to {assignee}, which is not in the unit directory")
        }
        PlanError::UnknownGroupMember { group, unit } => {
            format!("group {group} holds unit {unit}, which is not in the directory")
        }
        PlanError::UnknownMonitoringUnit(id) => {
            format!("the monitoring unit {id} is not in the directory")
        }
    }
}

/// serde_json's English messages, in Vietnamese where the phrase is known.
fn vietnamese(detail: &str) -> String {
    const PHRASES: [(&str, &str); 9] = [
        ("duplicate field", "trường bị lặp"),
        ("missing field", "thiếu trường"),
        ("unknown variant", "giá trị không được chấp nhận"),
        ("invalid type", "sai kiểu dữ liệu"),
        ("invalid value", "giá trị không hợp lệ"),
        ("invalid length", "độ dài không hợp lệ"),
        ("expected", "cần"),
        (" at line ", " ở dòng "),
        (" column ", " cột "),
    ];
    let mut text = detail.to_owned();
    for (english, vietnamese) in PHRASES {
        text = text.replace(english, vietnamese);
    }
    text
}

impl StoreDamage {
    /// The message in `language`.
    pub fn describe(&self, language: Language) -> String {
        let (vi, en) = match self {
            StoreDamage::Packed(error) => {
                return match language {
                    Language::Vietnamese => format!("dữ liệu nén hỏng ({error})"),
                    Language::English => {
                        format!("the compressed data is damaged ({})", pack_en(error))
                    }
                }
            }
            StoreDamage::Deflated => ("dữ liệu nén hỏng", "the compressed data is damaged"),
            StoreDamage::EmptyPart => ("phần dữ liệu trống", "the part holds no data"),
            StoreDamage::VersionZero => ("phiên bản 0 không tồn tại", "version 0 does not exist"),
            StoreDamage::NoData => ("thiếu dữ liệu", "the data is missing"),
            StoreDamage::NoPlan => (
                "không còn kế hoạch đi kèm",
                "the plan they belong to is gone",
            ),
        };
        match language {
            Language::Vietnamese => vi.into(),
            Language::English => en.into(),
        }
    }
}

fn pack_en(error: &PackError) -> String {
    match error {
        PackError::Alphabet(c) => format!("a stray character U+{:04X}", *c as u32),
        PackError::Length { bytes, chars } => {
            format!("{chars} characters do not hold {bytes} bytes")
        }
        PackError::Deflate => "the deflate stream is cut short".into(),
        PackError::NotText => "not UTF-8 text".into(),
    }
}

#[cfg(test)]
mod tests;
