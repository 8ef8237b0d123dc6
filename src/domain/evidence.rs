//! Evidence (minh chứng) for what a unit did: what it is, and how a person's
//! typing in the evidence form becomes one — or says which field is wrong.

use super::date::Date;
use super::number::{self, Marks};
use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub enum EvidenceKind {
    /// Văn bản: a document issued (number, date).
    #[serde(rename = "van_ban")]
    Document,
    /// Tin, bài: articles published.
    #[serde(rename = "tin_bai")]
    Article,
    /// Sự kiện, hội nghị
    #[serde(rename = "su_kien")]
    Event,
    /// Lớp tập huấn, bồi dưỡng
    #[serde(rename = "tap_huan")]
    Training,
    /// Đường dẫn
    #[serde(rename = "lien_ket")]
    Link,
    #[serde(rename = "khac")]
    Other,
}

impl EvidenceKind {
    pub const ALL: [EvidenceKind; 6] = [
        EvidenceKind::Document,
        EvidenceKind::Article,
        EvidenceKind::Event,
        EvidenceKind::Training,
        EvidenceKind::Link,
        EvidenceKind::Other,
    ];
}

/// One piece of evidence for what was done.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Evidence {
    pub kind: EvidenceKind,
    /// Number/symbol or title: "125/KH-SVHTTDL", "Hội nghị báo cáo viên".
    pub title: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<Date>,
    /// How many (articles, participants), where it applies.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub count: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub link: Option<String>,
}

impl Evidence {
    /// The link, when a page may open it: `http:` or `https:` only. A file
    /// from elsewhere can carry anything (`javascript:…`); that is shown as
    /// text, never as a link.
    pub fn web_link(&self) -> Option<&str> {
        self.link.as_deref().filter(|link| is_web_link(link))
    }
}

/// `http://…` or `https://…` (any case) with something after the scheme.
pub fn is_web_link(text: &str) -> bool {
    let bytes = text.as_bytes();
    ["http://", "https://"].iter().any(|scheme| {
        bytes.len() > scheme.len() && bytes[..scheme.len()].eq_ignore_ascii_case(scheme.as_bytes())
    })
}

/// The evidence form's fields, as typed.
#[derive(Clone, Copy, Debug)]
pub struct EvidenceForm<'a> {
    /// How the user's language writes a count (`1.200`, `1,200`).
    pub marks: Marks,
    pub kind: EvidenceKind,
    pub title: &'a str,
    /// `dd/mm/yyyy`, or empty.
    pub date: &'a str,
    /// Digits, with dots between thousands (`1.200`), or empty.
    pub count: &'a str,
    /// A web address, with or without `https://`, or empty.
    pub link: &'a str,
}

/// The field of the evidence form that cannot be read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FormError {
    NoTitle,
    Date,
    Count,
    Link,
}

impl EvidenceForm<'_> {
    /// The evidence the form describes, or the first field that is wrong.
    pub fn read(&self) -> Result<Evidence, FormError> {
        let title = self.title.trim();
        if title.is_empty() {
            return Err(FormError::NoTitle);
        }
        let date = match optional(self.date) {
            Some(text) => Some(Date::parse_dmy(text).ok_or(FormError::Date)?),
            None => None,
        };
        let count = match optional(self.count) {
            Some(text) => Some(number::parse_count(text, self.marks).ok_or(FormError::Count)?),
            None => None,
        };
        let link = match optional(self.link) {
            Some(text) => Some(read_link(text).ok_or(FormError::Link)?),
            None => None,
        };
        Ok(Evidence {
            kind: self.kind,
            title: title.to_owned(),
            date,
            count,
            link,
        })
    }
}

/// A field's text without its spaces, when something is left.
fn optional(text: &str) -> Option<&str> {
    Some(text.trim()).filter(|t| !t.is_empty())
}

/// A web address as typed: kept when it names `http(s)://`, given
/// `https://` when it starts with a host name (`baolangson.vn/bai-viet`).
fn read_link(text: &str) -> Option<String> {
    if text.chars().any(char::is_whitespace) {
        return None;
    }
    if is_web_link(text) {
        return Some(text.to_owned());
    }
    let host = text.split(['/', '?', '#']).next().unwrap_or_default();
    let (name, port) = host.split_once(':').unwrap_or((host, ""));
    let name_ok = name.contains('.')
        && !name.starts_with(['.', '-'])
        && !name.ends_with(['.', '-'])
        && name
            .chars()
            .all(|c| c.is_alphanumeric() || c == '.' || c == '-');
    let port_ok =
        host.len() == name.len() || (!port.is_empty() && port.bytes().all(|b| b.is_ascii_digit()));
    (name_ok && port_ok).then(|| format!("https://{text}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn form<'a>(title: &'a str, date: &'a str, count: &'a str, link: &'a str) -> EvidenceForm<'a> {
        EvidenceForm {
            marks: Marks::VI,
            kind: EvidenceKind::Article,
            title,
            date,
            count,
            link,
        }
    }

    #[test]
    fn a_full_form_reads_as_evidence() {
        let evidence = form(
            " 125/KH-SVHTTDL ",
            "15/05/2024",
            "1.200",
            "baolangson.vn/bai-viet?id=3",
        )
        .read()
        .unwrap();
        assert_eq!(evidence.title, "125/KH-SVHTTDL");
        assert_eq!(evidence.date, Date::new(2024, 5, 15));
        assert_eq!(evidence.count, Some(1200));
        assert_eq!(
            evidence.link.as_deref(),
            Some("https://baolangson.vn/bai-viet?id=3")
        );
        let bare = form("Hội nghị", " ", "", "").read().unwrap();
        assert_eq!((bare.date, bare.count, bare.link), (None, None, None));
    }

    #[test]
    fn each_unreadable_field_is_named() {
        assert_eq!(form("  ", "", "", "").read(), Err(FormError::NoTitle));
        assert_eq!(form("x", "31/02/2024", "", "").read(), Err(FormError::Date));
        assert_eq!(form("x", "15/5/24", "", "").read(), Err(FormError::Date));
        for count in [
            "12 bài",
            "-3",
            "1,5",
            "1.2",
            "1.2000",
            ".200",
            "99999999999",
        ] {
            assert_eq!(
                form("x", "", count, "").read(),
                Err(FormError::Count),
                "{count}"
            );
        }
        for link in [
            "javascript:alert(1)",
            "javascript:alert(document.cookie)",
            "data:text/html,x",
            "vbscript:x",
            "http://",
            "trang chủ",
            "localhost",
            "ftp://x.vn",
            "a.vn:80x/",
        ] {
            assert_eq!(
                form("x", "", "", link).read(),
                Err(FormError::Link),
                "{link}"
            );
        }
    }

    #[test]
    fn links_keep_their_scheme_or_get_https() {
        for (typed, kept) in [
            (
                "https://vhttdl.langson.gov.vn/a",
                "https://vhttdl.langson.gov.vn/a",
            ),
            ("HTTP://Example.vn", "HTTP://Example.vn"),
            ("www.langson.gov.vn", "https://www.langson.gov.vn"),
            (
                "cổng.langson.vn:8080/tin#3",
                "https://cổng.langson.vn:8080/tin#3",
            ),
        ] {
            assert_eq!(read_link(typed).as_deref(), Some(kept));
        }
    }

    #[test]
    fn only_web_links_are_offered_as_links() {
        let mut evidence = form("x", "", "", "").read().unwrap();
        for (link, shown) in [
            ("https://a.vn", true),
            ("Http://a.vn", true),
            ("javascript:alert(1)", false),
            (" javascript:alert(1)", false),
            ("JAVASCRIPT:alert(1)", false),
            ("data:text/html,<b>", false),
            ("//a.vn", false),
            ("https:", false),
        ] {
            evidence.link = Some(link.to_owned());
            assert_eq!(evidence.web_link().is_some(), shown, "{link}");
        }
    }
}
