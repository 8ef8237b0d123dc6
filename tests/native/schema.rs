//! The committed JSON Schemas equal the ones generated from the Rust types, and
//! they describe the files the app writes. Run with `--features schema`.
#![cfg(feature = "schema")]

#[test]
fn committed_schemas_are_up_to_date() {
    let folder = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("schema");
    for (name, generated) in tiendo::format::schemas() {
        let committed = std::fs::read_to_string(folder.join(name)).unwrap_or_default();
        assert!(
            committed == generated,
            "schema/{name} is out of date: run `cargo run --features schema --example schema`"
        );
    }
}

#[test]
fn schemas_name_every_envelope_field() {
    for (name, text) in tiendo::format::schemas() {
        let schema: serde_json::Value = serde_json::from_str(&text).unwrap();
        let required = schema["required"].as_array().unwrap();
        for field in ["format", "version", "created_at", "plan_id", "checksum"] {
            assert!(
                required.iter().any(|f| f == field),
                "{name} requires {field}"
            );
        }
    }
}
