//! Checks on outside bytes shared by every decoder: size, encoding, JSON syntax,
//! format name and version; each failure is a typed error with a Vietnamese message.

use super::settings::Language;
use crate::domain::plan::PlanError;
use serde::de::DeserializeOwned;
use serde::Deserialize;
use std::fmt;

/// Files larger than this are refused before parsing (a plan or report is far smaller).
pub const MAX_FILE_BYTES: usize = 20 * 1024 * 1024;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DecodeError {
    TooLarge {
        bytes: usize,
    },
    Empty,
    /// A file of another program, known by its first bytes: what it is,
    /// in Vietnamese and in English.
    NotOurs {
        kind: &'static str,
        kind_en: &'static str,
    },
    Utf16,
    InvalidUtf8 {
        offset: usize,
    },
    Syntax {
        line: usize,
        column: usize,
        detail: String,
    },
    NotAnObject,
    WrongFormat {
        found: String,
        expected: &'static str,
    },
    NewerVersion {
        found: u32,
        supported: u32,
    },
    Invalid {
        detail: String,
    },
    /// The plan inside fails its structural check.
    Plan(PlanError),
    /// A report names a period no regime has.
    UnknownPeriod(String),
    /// The envelope's plan id or revision is not the plan's inside.
    HeaderMismatch,
    /// The payload's checksum does not match: the file was changed or damaged.
    Checksum {
        expected: String,
        found: String,
    },
}

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
            DecodeError::Checksum { expected, found } => write!(
                f,
                "mã kiểm tra không khớp (tệp ghi {expected}, nội dung cho {found}): tệp đã bị sửa hoặc hỏng khi gửi; hãy xin gửi lại"
            ),
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
            DecodeError::Checksum { expected, found } => format!(
                "the checksum does not match (the file says {expected}, its content gives {found}): the file was edited or damaged in transit; ask for it again"
            ),
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

/// Files a unit may attach by mistake (its report in Word, a scan), known
/// by their first bytes.
const OTHER_KINDS: [(&[u8], &str, &str); 6] = [
    (
        b"PK\x03\x04",
        "tệp Word, Excel hoặc tệp nén (.docx, .xlsx, .zip)",
        "a Word, Excel or zip file (.docx, .xlsx, .zip)",
    ),
    (
        b"\xD0\xCF\x11\xE0",
        "tệp Word hoặc Excel đời cũ (.doc, .xls)",
        "an old Word or Excel file (.doc, .xls)",
    ),
    (b"%PDF", "tệp PDF", "a PDF file"),
    (b"{\\rtf", "tệp RTF", "an RTF file"),
    (b"\x89PNG", "tệp ảnh", "an image"),
    (b"\xFF\xD8\xFF", "tệp ảnh", "an image"),
];

/// Bytes to text: refuses oversized, empty, other programs', UTF-16 and
/// invalid UTF-8 input; drops a UTF-8 BOM.
pub fn text(bytes: &[u8]) -> Result<&str, DecodeError> {
    if bytes.len() > MAX_FILE_BYTES {
        return Err(DecodeError::TooLarge { bytes: bytes.len() });
    }
    if let Some((_, kind, kind_en)) = OTHER_KINDS
        .iter()
        .find(|(magic, ..)| bytes.starts_with(magic))
    {
        return Err(DecodeError::NotOurs { kind, kind_en });
    }
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        return Err(DecodeError::Utf16);
    }
    let bytes = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]).unwrap_or(bytes);
    let text = std::str::from_utf8(bytes).map_err(|error| DecodeError::InvalidUtf8 {
        offset: error.valid_up_to(),
    })?;
    if text.trim().is_empty() {
        return Err(DecodeError::Empty);
    }
    Ok(text)
}

fn classify(error: serde_json::Error) -> DecodeError {
    use serde_json::error::Category;
    match error.classify() {
        Category::Syntax | Category::Eof | Category::Io => {
            let detail = error.to_string();
            let detail = detail.split(" at line ").next().unwrap_or(&detail);
            // serde's words, said in the page's language when shown.
            DecodeError::Syntax {
                line: error.line(),
                column: error.column(),
                detail: detail.to_owned(),
            }
        }
        Category::Data => DecodeError::Invalid {
            detail: error.to_string(),
        },
    }
}

#[derive(Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
struct Header {
    format: Option<String>,
    version: Option<u32>,
}

/// A text's envelope: from its first bytes when it opens as this app writes
/// every file and stored value (see [`leading_kind`]), otherwise from one pass
/// over the whole text. The payload's typed parse, which always follows,
/// checks the syntax of the rest.
fn header(text: &str) -> Result<Header, DecodeError> {
    if let Some((format, version)) = leading_kind(text) {
        return Ok(Header {
            format: Some(format),
            version: Some(version),
        });
    }
    serde_json::from_str(text).map_err(|error| match classify(error) {
        DecodeError::Invalid { detail } if detail.starts_with("invalid type") => {
            DecodeError::NotAnObject
        }
        other => other,
    })
}

/// Checks an envelope's `format` and `version`, and returns the version for
/// migration. The payload is parsed later, once, by [`typed`]: going through
/// `serde_json::Value` would compile every payload decoder twice into the wasm.
pub fn envelope(text: &str, expected: &'static str, supported: u32) -> Result<u32, DecodeError> {
    let header = header(text)?;
    match header.format.as_deref() {
        Some(found) if found == expected => {}
        Some(found) => {
            return Err(DecodeError::WrongFormat {
                found: found.to_owned(),
                expected,
            })
        }
        None => return Err(DecodeError::NotAnObject),
    }
    let version = header.version.ok_or(DecodeError::NotAnObject)?;
    self::supported(version, supported)?;
    Ok(version)
}

/// The `format` and `version` of a Tiến Độ file of any kind.
pub fn envelope_kind(text: &str) -> Result<(String, u32), DecodeError> {
    let header = header(text)?;
    let format = header.format.ok_or(DecodeError::NotAnObject)?;
    let version = header.version.ok_or(DecodeError::NotAnObject)?;
    Ok((format, version))
}

/// The `format` and `version` read from the first bytes when a text opens,
/// as everything this app writes does, with `"format"` and then `"version"`:
/// a large file is then not scanned twice. `None` for any other shape.
pub fn leading_kind(text: &str) -> Option<(String, u32)> {
    let rest = text.trim_start().strip_prefix('{')?.trim_start();
    let rest = rest
        .strip_prefix("\"format\"")?
        .trim_start()
        .strip_prefix(':')?;
    let rest = rest.trim_start().strip_prefix('"')?;
    let (format, rest) = rest.split_once('"')?;
    if format.contains('\\') {
        return None;
    }
    let rest = rest.trim_start().strip_prefix(',')?.trim_start();
    let rest = rest
        .strip_prefix("\"version\"")?
        .trim_start()
        .strip_prefix(':')?;
    let rest = rest.trim_start();
    let digits = rest.len() - rest.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    let after = rest[digits..].trim_start();
    if !(after.starts_with(',') || after.starts_with('}')) {
        return None;
    }
    Some((format.to_owned(), rest[..digits].parse().ok()?))
}

/// Refuses a version newer than the one this app reads.
pub fn supported(version: u32, supported: u32) -> Result<(), DecodeError> {
    if version > supported {
        Err(DecodeError::NewerVersion {
            found: version,
            supported,
        })
    } else {
        Ok(())
    }
}

/// Parses the typed payload, naming the failing field and place.
pub fn typed<T: DeserializeOwned>(text: &str) -> Result<T, DecodeError> {
    serde_json::from_str(text).map_err(|error| match classify(error) {
        DecodeError::Invalid { detail } => DecodeError::Invalid { detail },
        other => other,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bytes_are_checked_before_parsing() {
        assert_eq!(text(b""), Err(DecodeError::Empty));
        assert_eq!(text(b"\xFF\xFE{\x00"), Err(DecodeError::Utf16));
        assert_eq!(
            text(b"{\"a\":\xC3}"),
            Err(DecodeError::InvalidUtf8 { offset: 5 })
        );
        assert_eq!(text(b"\xEF\xBB\xBF{}"), Ok("{}"));
        let big = vec![b' '; MAX_FILE_BYTES + 1];
        assert!(matches!(text(&big), Err(DecodeError::TooLarge { .. })));
    }

    #[test]
    fn envelopes_are_checked_by_name_and_version() {
        let check = |json: &str| envelope(json, "tiendo-plan", 1);
        assert_eq!(check(r#"{"format":"tiendo-plan","version":1}"#), Ok(1));
        assert!(matches!(
            check("{\n\"format\": }"),
            Err(DecodeError::Syntax { line: 2, .. })
        ));
        assert_eq!(check("[1]"), Err(DecodeError::NotAnObject));
        assert_eq!(
            check(r#"{"format":"tiendo-report","version":1}"#),
            Err(DecodeError::WrongFormat {
                found: "tiendo-report".into(),
                expected: "tiendo-plan"
            })
        );
        assert_eq!(
            check(r#"{"format":"tiendo-plan","version":7}"#),
            Err(DecodeError::NewerVersion {
                found: 7,
                supported: 1
            })
        );
    }

    #[test]
    fn messages_are_vietnamese() {
        let message = DecodeError::Syntax {
            line: 3,
            column: 9,
            detail: "expected value".into(),
        }
        .to_string();
        assert!(message.contains("dòng 3, cột 9"), "{message}");
    }

    #[test]
    fn messages_follow_the_language() {
        let pdf = text(b"%PDF-1.7").unwrap_err();
        assert_eq!(pdf.describe(Language::Vietnamese), pdf.to_string());
        assert_eq!(
            pdf.describe(Language::English),
            "this is a PDF file, not a Tiến Độ .json file; use the .json file Tiến Độ made"
        );
        // serde's own detail is English: shown as it is, not half-translated.
        let invalid = DecodeError::Invalid {
            detail: "missing field `plan` at line 1 column 2".into(),
        };
        assert_eq!(
            invalid.describe(Language::English),
            "invalid content: missing field `plan` at line 1 column 2"
        );
        assert!(invalid.to_string().contains("thiếu trường"));
        // The plan's own check, too.
        let plan = DecodeError::Plan(PlanError::UnknownMonitoringUnit(
            crate::domain::UnitId::new("khong-co").unwrap(),
        ));
        assert_eq!(
            plan.describe(Language::English),
            "invalid plan: the monitoring unit khong-co is not in the directory"
        );
        assert_eq!(
            plan.to_string(),
            "nội dung không hợp lệ: đơn vị theo dõi khong-co không có trong danh mục"
        );
        let newer = DecodeError::NewerVersion {
            found: 9,
            supported: 3,
        };
        assert!(newer
            .describe(Language::English)
            .contains("newer version (format 9"));
    }
}
