//! HTML text for static markup the page parses in one go (the board's cards).
//!
//! Every text that reaches markup comes from outside (a plan, a unit's report
//! file): it is escaped here, in one place, for both element text and quoted
//! attribute values.

/// Appends `text` with `& < > " '` written as character references, so it
/// stays text inside an element or inside a quoted attribute.
pub fn push_escaped(out: &mut String, text: &str) {
    let mut rest = text;
    while let Some(at) = rest.find(['&', '<', '>', '"', '\'']) {
        out.push_str(&rest[..at]);
        out.push_str(match rest.as_bytes()[at] {
            b'&' => "&amp;",
            b'<' => "&lt;",
            b'>' => "&gt;",
            b'"' => "&quot;",
            _ => "&#39;",
        });
        rest = &rest[at + 1..];
    }
    out.push_str(rest);
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn escaped(text: &str) -> String {
        let mut out = String::new();
        push_escaped(&mut out, text);
        out
    }

    /// The reverse of `push_escaped`, as an HTML parser reads the result.
    fn unescape(text: &str) -> String {
        text.replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&quot;", "\"")
            .replace("&#39;", "'")
            .replace("&amp;", "&")
    }

    #[test]
    fn markup_characters_become_references() {
        assert_eq!(
            escaped(r#"<img src=x onerror="alert('1')"> & co"#),
            "&lt;img src=x onerror=&quot;alert(&#39;1&#39;)&quot;&gt; &amp; co"
        );
        assert_eq!(escaped("Sở Văn hóa – Thể thao"), "Sở Văn hóa – Thể thao");
        assert_eq!(escaped(""), "");
    }

    proptest! {
        #[test]
        fn escaped_text_holds_no_markup_and_reads_back(text in "\\PC{0,40}|[<>&\"' a-zđ]{0,40}") {
            let out = escaped(&text);
            prop_assert!(!out.contains(['<', '>', '"', '\'']));
            // Every `&` starts one of the five references.
            for (at, _) in out.match_indices('&') {
                let tail = &out[at..];
                prop_assert!(["&amp;", "&lt;", "&gt;", "&quot;", "&#39;"].iter().any(|r| tail.starts_with(r)));
            }
            prop_assert_eq!(unescape(&out), text);
        }
    }
}
