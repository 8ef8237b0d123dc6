//! Architecture checks on the source tree (after rust-analyzer's tidy.rs):
//! pure rings import no browser crate, browser code never unwraps, every file
//! states its responsibility on its first line; the release build keeps the
//! wasm32 rustflags its RUSTFLAGS replaces.
#![cfg(not(target_arch = "wasm32"))]

use std::fs;
use std::path::{Path, PathBuf};

fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files.extend(rust_files(&path));
        } else if path.extension().is_some_and(|ext| ext == "rs") {
            files.push(path);
        }
    }
    files.sort();
    files
}

fn src() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

/// The code of a file without its `#[cfg(test)]` module.
fn production_code(text: &str) -> &str {
    text.split("#[cfg(test)]").next().unwrap_or(text)
}

#[test]
fn every_file_starts_with_a_doc_line() {
    for file in rust_files(&src()) {
        let text = fs::read_to_string(&file).unwrap();
        assert!(
            text.starts_with("//! "),
            "{} lacks a //! first line",
            file.display()
        );
    }
}

#[test]
fn pure_rings_do_not_touch_the_browser_or_the_clock() {
    let forbidden = [
        "leptos",
        "web_sys",
        "js_sys",
        "wasm_bindgen",
        "gloo",
        "SystemTime",
        "Instant::now",
        "rand::",
    ];
    for ring in ["domain", "format", "chart", "reader"] {
        let mut files = rust_files(&src().join(ring));
        files.push(src().join(format!("{ring}.rs")));
        for file in files {
            let text = fs::read_to_string(&file).unwrap();
            for word in forbidden {
                assert!(!text.contains(word), "{} mentions {word}", file.display());
            }
        }
    }
}

#[test]
fn browser_and_ui_code_never_unwraps() {
    for ring in ["browser", "ui"] {
        let mut files = rust_files(&src().join(ring));
        files.push(src().join(format!("{ring}.rs")));
        for file in files {
            let text = fs::read_to_string(&file).unwrap();
            let code = production_code(&text);
            for word in [".unwrap()", ".expect("] {
                assert!(!code.contains(word), "{} calls {word}", file.display());
            }
        }
    }
}

#[test]
fn only_the_browser_ring_names_web_sys_storage_or_gloo() {
    for file in rust_files(&src().join("ui")) {
        let text = fs::read_to_string(&file).unwrap();
        for word in ["gloo", "local_storage", "LocalStorage"] {
            assert!(
                !text.contains(word),
                "{} uses {word}: go through crate::browser",
                file.display()
            );
        }
    }
}

/// Every sort goes through `domain::sort`: one copy of the standard sort in
/// the wasm instead of one per element type (about 4 KB each).
#[test]
fn sorting_goes_through_the_one_sort() {
    for file in rust_files(&src()) {
        if file.ends_with("domain/sort.rs") {
            continue;
        }
        let text = fs::read_to_string(&file).unwrap();
        let code = production_code(text.split("#[cfg(all(test").next().unwrap_or(&text));
        for call in [
            ".sort()",
            ".sort_by(",
            ".sort_by_key(",
            ".sort_by_cached_key(",
            ".sort_unstable",
        ] {
            assert!(
                !code.contains(call),
                "{} calls {call}: use domain::sort",
                file.display()
            );
        }
    }
}

/// `scripts/release.sh` sets RUSTFLAGS, which replaces the wasm32 rustflags
/// of `.cargo/config.toml`: each of those must stand in it again, or the
/// release silently loses one (type-erased components: 56 KB of wasm).
#[test]
fn the_release_keeps_the_wasm_rustflags() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let config = fs::read_to_string(root.join(".cargo/config.toml")).unwrap();
    let release = fs::read_to_string(root.join("scripts/release.sh")).unwrap();
    let flags_line = release
        .lines()
        .find(|line| line.trim_start().starts_with("export RUSTFLAGS="))
        .expect("scripts/release.sh sets RUSTFLAGS");
    let section = config
        .split("[target.wasm32-unknown-unknown]")
        .nth(1)
        .expect("a wasm32 section in .cargo/config.toml");
    let list = section
        .lines()
        .find(|line| line.trim_start().starts_with("rustflags"))
        .expect("wasm32 rustflags");
    let flags: Vec<&str> = list.split('"').skip(1).step_by(2).collect();
    assert!(!flags.is_empty());
    assert!(
        flags_line.contains(&flags.join(" ")),
        "{flags:?} missing from {flags_line}"
    );
}
