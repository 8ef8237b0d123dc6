//! The stored workspace: round trips, golden fixtures of every version, and
//! refusal of damaged text.
#![cfg(not(target_arch = "wasm32"))]

use tiendo::domain::{Command, Profile, Timestamp, Workspace};
use tiendo::format::{sample, seed, store, DecodeError};

fn sample_workspace() -> Workspace {
    let mut workspace = Workspace::new(seed::seed_plan().unwrap());
    let entries = sample::sample_entries(&workspace);
    workspace
        .apply(&Profile::Leader, Command::LoadSample { entries })
        .unwrap();
    workspace
}

#[test]
fn a_workspace_round_trips_through_the_store() {
    let workspace = sample_workspace();
    let text = store::encode(&workspace, 7, Timestamp(42));
    let stored = store::decode(&text).unwrap();
    assert_eq!(stored.workspace, workspace);
    assert_eq!(
        (stored.generation, stored.saved_at, stored.read_version),
        (7, Timestamp(42), 2)
    );
    assert!(
        text.contains("\"workspace\""),
        "a small workspace stays readable JSON"
    );
}

/// Version 1 as written by the first release: kept forever, must always load.
#[test]
fn the_version_1_golden_fixture_still_loads() {
    let text = include_str!("fixtures/store-v1.json");
    let stored = store::decode(text).unwrap();
    assert_eq!(stored.read_version, 1);
    assert_eq!(stored.workspace.plan.document.number, "61/KH-UBND");
    assert_eq!(stored.workspace.entries.len(), 2);
}

#[test]
fn damaged_text_is_refused_with_a_reason() {
    let text = store::encode(&sample_workspace(), 1, Timestamp(1));
    let truncated = &text[..text.len() / 2];
    assert!(matches!(
        store::decode(truncated),
        Err(DecodeError::Syntax { .. })
    ));
    assert!(matches!(
        store::decode("not json"),
        Err(DecodeError::Syntax { .. })
    ));
    let newer = text.replacen("\"version\":2", "\"version\":3", 1);
    assert_eq!(
        store::decode(&newer).map(|_| ()),
        Err(DecodeError::NewerVersion {
            found: 3,
            supported: 2
        })
    );
    let bad_unit = text.replacen(
        "\"monitoring_unit\":\"so-tttt\"",
        "\"monitoring_unit\":\"khong-co\"",
        1,
    );
    assert!(matches!(
        store::decode(&bad_unit),
        Err(DecodeError::Invalid { .. })
    ));
}

#[test]
fn the_sample_workspace_fits_in_browser_storage_many_times_over() {
    let text = store::encode(&sample_workspace(), 1, Timestamp(1));
    let units = text.encode_utf16().count();
    assert!(units < 5_241_856 / 20, "{units} UTF-16 units");
}

fn small_shape() -> tiendo::format::workload::Shape {
    tiendo::format::workload::Shape {
        units: 20,
        tasks: 10,
        periods: 4,
        text_chars: 300,
    }
}

/// Large workspaces are stored deflated, come back identical, and damage is caught.
#[test]
fn a_large_workspace_is_deflated_and_round_trips() {
    let workspace = tiendo::format::workload::workspace(small_shape()).unwrap();
    let text = store::encode(&workspace, 3, Timestamp(9));
    assert!(
        text.contains("\"deflate\":\""),
        "deflated above {} bytes",
        store::COMPRESS_ABOVE
    );
    let plain = serde_json::to_string(&workspace).unwrap();
    assert!(
        text.len() * 4 < plain.len(),
        "{} vs {}",
        text.len(),
        plain.len()
    );
    let stored = store::decode(&text).unwrap();
    assert!(stored.workspace == workspace);
    assert_eq!(stored.generation, 3);
    let damaged = text.replacen("\"deflate\":\"", "\"deflate\":\"AAAA", 1);
    assert!(
        matches!(store::decode(&damaged), Err(DecodeError::Invalid { detail }) if detail.contains("nén hỏng"))
    );
}

#[test]
fn the_generation_is_read_without_decoding_the_workspace() {
    let text = store::encode(&sample_workspace(), 41, Timestamp(1));
    assert_eq!(store::peek_generation(&text), Some(41));
    assert_eq!(
        store::peek_generation("{\"format\":\"other\",\"generation\":3}"),
        None
    );
    assert_eq!(store::peek_generation("garbage"), None);
}
