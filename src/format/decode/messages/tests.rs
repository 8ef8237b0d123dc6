//! The decoder's messages in both languages.

use super::*;

/// Every syntax error serde_json gives a file is named in both
/// languages: no English phrase in a Vietnamese message.
#[test]
fn every_json_syntax_error_is_named_in_the_language() {
    let deep = "[".repeat(200);
    let broken = [
        "{",
        "[1",
        "\"ab",
        "{a:1}",
        "{\"a\" 1}",
        "[1 2]",
        "{\"a\":1 \"b\":2}",
        "tru",
        "xyz",
        "{\"a\":\"\\q\"}",
        "\"\\u12\"",
        "\"\\uD800\\u0041\"",
        "[-]",
        "[1,]",
        "{\"a\":1,}",
        "1 2",
        "\"a\nb\"",
        &deep,
        "1e999",
    ];
    for text in broken {
        let Err(error) = serde_json::from_str::<serde_json::Value>(text) else {
            panic!("{text}: read");
        };
        let DecodeError::Syntax { detail, .. } = super::super::classify(error) else {
            panic!("{text}: not a syntax error");
        };
        let vi = syntax_detail(&detail, Language::Vietnamese);
        let en = syntax_detail(&detail, Language::English);
        assert_ne!(vi, detail, "{text}: “{detail}” has no Vietnamese");
        assert_ne!(vi, en, "{text}");
        assert!(!en.contains('`'), "{text}: {en}");
    }
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
    let pdf = super::super::text(b"%PDF-1.7").unwrap_err();
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

#[test]
fn stored_damage_reads_in_both_languages() {
    let damage = DecodeError::Store(StoreDamage::Packed(PackError::Alphabet('x')));
    assert_eq!(damage.to_string(), "dữ liệu nén hỏng (ký tự lạ U+0078)");
    assert_eq!(
        damage.describe(Language::English),
        "the compressed data is damaged (a stray character U+0078)"
    );
    for damage in [
        StoreDamage::Deflated,
        StoreDamage::EmptyPart,
        StoreDamage::VersionZero,
        StoreDamage::NoData,
        StoreDamage::NoPlan,
    ] {
        let english = DecodeError::Store(damage.clone()).describe(Language::English);
        assert!(english.is_ascii(), "{english}");
        assert_ne!(english, damage.describe(Language::Vietnamese));
    }
}
