//! Checksums of exchanged files: a CRC-32 of the payload's compact JSON,
//! written into the file's envelope. Enough to catch a file changed by hand
//! or damaged in transit (the threat here is mail clients and editors, not
//! forgery), at a few hundred bytes of wasm. The check runs over the payload
//! where it stands in the file, without writing it out again.

use super::decode::DecodeError;
use serde::Serialize;

/// `crc32:1a2b3c4d` of a value's compact JSON.
pub fn checksum<T: Serialize>(payload: &T) -> String {
    let text = serde_json::to_string(payload).unwrap_or_default();
    format!("crc32:{:08x}", super::crc32::hash(text.as_bytes()))
}

/// CRC-32 of JSON text with the whitespace between tokens left out: for a
/// payload serde_json wrote (pretty or not), the bytes of its compact form.
fn compact_crc(raw: &str) -> u32 {
    let bytes = raw.as_bytes();
    // The kept runs are gathered first: one pass of the CRC over one buffer
    // instead of a call for every line of an indented file.
    let mut compact = Vec::with_capacity(bytes.len());
    let (mut start, mut i) = (0, 0);
    while i < bytes.len() {
        match bytes[i] {
            b'"' => i = string_end(bytes, i + 1),
            b' ' | b'\n' | b'\r' | b'\t' => {
                // A whole run of whitespace (an indented line's start) at once.
                compact.extend_from_slice(&bytes[start..i]);
                while i + 1 < bytes.len() && matches!(bytes[i + 1], b' ' | b'\n' | b'\r' | b'\t') {
                    i += 1;
                }
                start = i + 1;
            }
            _ => {}
        }
        i += 1;
    }
    compact.extend_from_slice(&bytes[start.min(bytes.len())..]);
    super::crc32::hash(&compact)
}

/// Where the string whose contents start at `i` closes (its quote, or the
/// end), past escaped characters: eight bytes a step while they hold neither
/// a quote nor a backslash, as most of a report's bytes are its texts.
fn string_end(bytes: &[u8], mut i: usize) -> usize {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGHS: u64 = 0x8080_8080_8080_8080;
    // Whether any byte of `word` is `byte` (exact: the borrow can only
    // misplace a match, never invent one).
    let holds = |word: u64, byte: u8| {
        let x = word ^ (ONES * u64::from(byte));
        x.wrapping_sub(ONES) & !x & HIGHS != 0
    };
    loop {
        while let Some(Ok(chunk)) = bytes.get(i..i + 8).map(<[u8; 8]>::try_from) {
            let word = u64::from_le_bytes(chunk);
            if holds(word, b'"') || holds(word, b'\\') {
                break;
            }
            i += 8;
        }
        match bytes.get(i) {
            None => return bytes.len(),
            Some(b'"') => return i,
            Some(b'\\') => i += 2,
            Some(_) => i += 1,
        }
    }
}

/// The text of a top-level field's value when it is the object's last field,
/// as this app writes `entries` and `backup`, after a short header: its key
/// is looked for from the start, not back through the payload. A guess, held
/// to the checksum: a wrong guess only costs the slower check.
fn last_field<'a>(text: &'a str, name: &str) -> Option<&'a str> {
    let key = format!("\"{name}\":");
    let start = text.find(&key)? + key.len();
    let end = text.trim_end().strip_suffix('}')?.len();
    text.get(start..end)
}

/// Checks a payload against its file's checksum: first over the payload's
/// own bytes in the file (fast, and what this app's files always match), then
/// over the payload written again compactly (a file re-indented or re-escaped
/// by an editor still passes if its content is intact).
pub(super) fn verify_in_file<T: Serialize>(
    text: &str,
    field: &str,
    payload: &T,
    expected: &str,
) -> Result<(), DecodeError> {
    let fast = last_field(text, field).map(|raw| format!("crc32:{:08x}", compact_crc(raw)));
    if fast.as_deref() == Some(expected) {
        return Ok(());
    }
    verify_checksum(payload, expected)
}

pub fn verify_checksum<T: Serialize>(payload: &T, expected: &str) -> Result<(), DecodeError> {
    let found = checksum(payload);
    if found == expected {
        Ok(())
    } else {
        Err(DecodeError::Checksum {
            expected: expected.to_owned(),
            found,
        })
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::domain::{PeriodId, Timestamp};
    use crate::format::exchange::{encode_backup, encode_report, Backup};
    use crate::format::settings::Settings;

    /// Files this app writes (reports, backups, plans) pass on the fast path,
    /// over their own bytes.
    #[test]
    fn this_apps_files_match_their_checksum_in_place() {
        let workspace = crate::format::workload::workspace(crate::format::workload::Shape {
            units: 3,
            tasks: 4,
            periods: 2,
            text_chars: 200,
        })
        .unwrap();
        let sender = workspace.plan.directory.units[1].id.clone();
        let periods: Vec<PeriodId> = workspace.entries.keys().map(|k| k.period.clone()).collect();
        let report = encode_report(&workspace, &sender, &periods, 3, Timestamp(1));
        let checksum = |text: &str| {
            serde_json::from_str::<serde_json::Value>(text).unwrap()["checksum"]
                .as_str()
                .unwrap()
                .to_owned()
        };
        let raw = last_field(&report, "entries").unwrap();
        assert!(raw.len() > 100);
        assert_eq!(format!("crc32:{:08x}", compact_crc(raw)), checksum(&report));
        let plan = workspace.plan.clone();
        let backup = encode_backup(
            &Backup {
                workspace,
                settings: Settings::default(),
            },
            None,
            Timestamp(2),
        );
        let raw = last_field(&backup, "backup").unwrap();
        assert_eq!(format!("crc32:{:08x}", compact_crc(raw)), checksum(&backup));
        let plan = crate::format::plan_file::encode(&plan, 1, Timestamp(3));
        let raw = last_field(&plan, "plan").unwrap();
        assert_eq!(format!("crc32:{:08x}", compact_crc(raw)), checksum(&plan));
    }

    proptest::proptest! {
        /// The eight-bytes-a-step scan stops where a byte-by-byte one does,
        /// wherever the quotes and backslashes fall.
        #[test]
        fn a_string_ends_where_a_byte_scan_says(
            bytes in proptest::collection::vec(
                proptest::prop_oneof![12 => proptest::strategy::Just(b'a'), 1 => proptest::strategy::Just(b'"'), 1 => proptest::strategy::Just(b'\\'), 2 => proptest::strategy::Just(0xC3)],
                0..70,
            ),
            start in 0usize..70,
        ) {
            let start = start.min(bytes.len());
            let mut naive = start;
            while naive < bytes.len() && bytes[naive] != b'"' {
                naive += if bytes[naive] == b'\\' { 2 } else { 1 };
            }
            proptest::prop_assert_eq!(string_end(&bytes, start), naive.min(bytes.len()));
        }

        /// Quotes, escapes and spaces inside strings are the payload's own:
        /// the compact CRC of a pretty text is the CRC of its compact text.
        #[test]
        fn the_compact_crc_of_pretty_json_is_the_crc_of_compact_json(
            texts in proptest::collection::vec("[ a-zđ\"\\\\\n\t:,{}\\[\\]]{0,40}|\\PC{0,40}", 0..6),
            numbers in proptest::collection::vec(0u32..1000, 0..4),
        ) {
            let value = serde_json::json!({ "texts": texts, "numbers": numbers, "nested": { "a": texts.first() } });
            let pretty = serde_json::to_string_pretty(&value).unwrap();
            let compact = serde_json::to_string(&value).unwrap();
            proptest::prop_assert_eq!(compact_crc(&pretty), crc32fast::hash(compact.as_bytes()));
            proptest::prop_assert_eq!(compact_crc(&compact), crc32fast::hash(compact.as_bytes()));
        }
    }
}
