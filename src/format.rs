//! The format ring: the only code that knows the JSON files and the stored state.
//!
//! Payload types are the domain's own serde derives (plain data with explicit
//! wire names); this ring owns what surrounds them: envelopes with format name
//! and version, checks on outside bytes, migrations of older versions, and
//! semantic validation (`into_domain`-style) that turns a decoded value into a
//! sound domain value plus warnings, or a typed error a user can act on.
//! Keeping one set of payload types instead of mirrored wire structs halves the
//! code; golden fixtures in `tests/` pin the shape so a refactor cannot change it.
//!
//! What is here: the store (a head, the plan, one part per unit × period;
//! legacy versions read only; `pack`: deflate at 15 bits per UTF-16 unit;
//! `shelf`: a plan put away, its backup packed under one key); the plan,
//! report and backup files (envelopes, versions, migrations, CRC-32
//! checksums; `json`: one compact writer, files re-indented for people); the
//! seed plan and the removable sample; email texts; HTML escaping for markup
//! built as text; the report up (`report_up`: a period's Báo cáo in the
//! layout of Nghị định 30, always Vietnamese; `office`: it as .docx and its
//! annex as .xlsx, zip and XML written by hand).

pub mod checksum;
pub mod crc32;
pub mod decode;
pub mod exchange;
pub mod html;
pub mod json;
pub mod office;
pub mod pack;
pub mod plan_file;
pub mod report_up;
pub mod sample;
pub mod seed;
pub mod settings;
pub mod shelf;
pub mod store;
pub mod workload;

pub use decode::{DecodeError, StoreDamage};
pub use settings::{Language, Settings};

/// The app's version, written into every file it makes.
pub const APP_VERSION: &str = env!("CARGO_PKG_VERSION");

/// Every published JSON Schema as (file name, pretty JSON), generated from the
/// Rust types of the files (see `examples/schema.rs` and `tests/native/schema.rs`).
#[cfg(feature = "schema")]
pub fn schemas() -> Vec<(&'static str, String)> {
    let pretty = |schema: schemars::Schema| {
        let mut text = serde_json::to_string_pretty(&schema).unwrap_or_default();
        text.push('\n');
        text
    };
    vec![
        ("tiendo-plan.schema.json", pretty(plan_file::schema())),
        (
            "tiendo-report.schema.json",
            pretty(exchange::report_schema()),
        ),
        (
            "tiendo-backup.schema.json",
            pretty(exchange::backup_schema()),
        ),
    ]
}
