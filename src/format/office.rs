//! Office Open XML files for the report up: the Báo cáo as .docx (Word,
//! LibreOffice, WPS) and its annex as .xlsx. Both are zip packages of XML
//! parts; `zip` writes the package, `docx` and `xlsx` the parts.

pub mod docx;
pub mod xlsx;
pub mod zip;

use super::html;

/// Appends `text` as XML character data: markup characters escaped, and
/// the control characters XML 1.0 forbids dropped (a report typed or
/// received with one would otherwise make Word refuse the whole file).
fn push_text(out: &mut String, text: &str) {
    let forbidden = |c: char| {
        (c < ' ' && !matches!(c, '\t' | '\n' | '\r')) || c == '\u{FFFE}' || c == '\u{FFFF}'
    };
    for part in text.split(forbidden) {
        html::push_escaped(out, part);
    }
}

/// The XML declaration every part starts with.
const DECLARATION: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";

/// A `.rels` part: relationships `rId1`, `rId2`… as (kind, target).
fn relationships(targets: &[(&str, &str)]) -> String {
    let mut out = format!(
        "{DECLARATION}<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
    );
    for (index, (kind, target)) in targets.iter().enumerate() {
        out.push_str(&format!(
            "<Relationship Id=\"rId{}\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/{kind}\" Target=\"{target}\"/>",
            index + 1
        ));
    }
    out.push_str("</Relationships>");
    out
}

/// `[Content_Types].xml` for parts named with their content types.
fn content_types(overrides: &[(&str, &str)]) -> String {
    let mut out = format!(
        "{DECLARATION}<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>"
    );
    for (part, kind) in overrides {
        out.push_str(&format!(
            "<Override PartName=\"/{part}\" ContentType=\"application/vnd.openxmlformats-officedocument.{kind}+xml\"/>"
        ));
    }
    out.push_str("</Types>");
    out
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn text_is_escaped_and_forbidden_characters_are_dropped() {
        let mut out = String::new();
        push_text(&mut out, "a\u{1}b <c> & \"d\"\te\nf\u{FFFF}");
        assert_eq!(out, "ab &lt;c&gt; &amp; &quot;d&quot;\te\nf");
        let mut out = String::new();
        push_text(&mut out, "Sở Văn hóa");
        assert_eq!(out, "Sở Văn hóa");
    }
}
