//! Writes the published JSON Schemas of the exchange files into `schema/`.
//!   cargo run --features schema --example schema
//! `tests/native/schema.rs` fails when the committed files are out of date.

fn main() {
    let folder = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("schema");
    std::fs::create_dir_all(&folder).expect("creating schema/");
    for (name, text) in tiendo::format::schemas() {
        std::fs::write(folder.join(name), text).expect("writing a schema");
        println!("schema/{name}");
    }
}
