//! Checks on outside bytes shared by every decoder: size, encoding, JSON syntax,
//! format name and version; each failure is a typed error with a Vietnamese message.

use super::pack::PackError;
use crate::domain::plan::PlanError;
use serde::de::DeserializeOwned;
use serde::Deserialize;

mod messages;

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
    /// A value this app stored cannot be read back.
    Store(StoreDamage),
}

/// Why a value in the browser's storage (never a file) cannot be read back.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StoreDamage {
    /// A part's packed characters do not give back its text.
    Packed(PackError),
    /// A version 2 store's deflated data does not inflate to text.
    Deflated,
    /// A part holds neither its data nor packed data.
    EmptyPart,
    /// A store that says it is version 0.
    VersionZero,
    /// A version 1 or 2 store holds neither a workspace nor deflated data.
    NoData,
    /// Parts of entries stored without the plan they belong to.
    NoPlan,
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
}
