//! Architecture checks on the source tree (after rust-analyzer's tidy.rs):
//! pure rings import no browser crate, rings import only downward, the ui's
//! feature rooms meet only through shared rooms, raw HTML reaches the page
//! only through the files that own it, browser code never unwraps, every file
//! states its responsibility on its first line; the release build keeps the
//! wasm32 rustflags its RUSTFLAGS replaces.

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

/// A file's code lines: its `#[cfg(test)]` module and comments left out.
fn code_lines(text: &str) -> impl Iterator<Item = &str> {
    production_code(text)
        .lines()
        .filter(|line| !line.trim_start().starts_with("//"))
}

/// Whether `line` names the module path `path` (not a longer name it begins).
fn names_path(line: &str, path: &str) -> bool {
    line.match_indices(path).any(|(at, _)| {
        let next = line[at + path.len()..].chars().next();
        !next.is_some_and(|c| c.is_alphanumeric() || c == '_')
    })
}

fn ring_files(ring: &str) -> Vec<PathBuf> {
    let mut files = rust_files(&src().join(ring));
    files.push(src().join(format!("{ring}.rs")));
    files
}

/// The rings of `src/lib.rs`'s codemap import only the rings beneath them:
/// domain nothing, format the domain, the browser glue, the reader and the
/// chart geometry those two; the ui anything.
#[test]
fn rings_import_only_downward() {
    let rings = ["domain", "format", "browser", "reader", "chart", "ui"];
    let beneath: [(&str, &[&str]); 5] = [
        ("domain", &[]),
        ("format", &["domain"]),
        ("browser", &["domain", "format"]),
        ("reader", &["domain", "format"]),
        ("chart", &["domain", "format"]),
    ];
    for (ring, allowed) in beneath {
        for file in ring_files(ring) {
            let text = fs::read_to_string(&file).unwrap();
            for line in code_lines(&text) {
                for other in rings {
                    if other != ring && !allowed.contains(&other) {
                        assert!(
                            !names_path(line, &format!("crate::{other}")),
                            "{} ({ring}) imports {other}: {line}",
                            file.display()
                        );
                    }
                }
            }
        }
    }
}

/// The ui's rooms by feature meet only through the shared rooms (widgets,
/// the shell, the entry editor, the amendment forms, the texts) and the
/// app's state: a feature never imports another. Only `app`, which routes
/// to them all, names every room.
#[test]
fn feature_rooms_import_no_other_feature() {
    let features = [
        "board",
        "dashboard",
        "plan",
        "units",
        "import",
        "new_plan",
        "settings",
    ];
    let ui = src().join("ui");
    for file in rust_files(&ui) {
        let relative = file.strip_prefix(&ui).unwrap();
        let first = relative.components().next().unwrap().as_os_str();
        let room = first.to_str().unwrap().trim_end_matches(".rs");
        if room == "app" {
            continue;
        }
        let text = fs::read_to_string(&file).unwrap();
        for line in code_lines(&text) {
            for feature in features {
                if feature != room {
                    assert!(
                        !names_path(line, &format!("crate::ui::{feature}")),
                        "{} ({room}) imports the {feature} room: go through ui::widgets ({line})",
                        file.display()
                    );
                }
            }
        }
    }
}

/// Markup built as text reaches the page only through the files that own it
/// (and escape every text in it: `format::html`): the board's cards and
/// menus, the dashboard's matrix, and the browser ring's two insertions.
#[test]
fn raw_html_sinks_stay_in_the_files_that_own_them() {
    let owners = [
        "browser/dom.rs",
        "ui/board/markup.rs",
        "ui/board/card.rs",
        "ui/dashboard/charts/matrix.rs",
    ];
    let sinks = [
        "inner_html",
        "insert_adjacent_html",
        "append_html",
        "insert_html_before",
        "document.write",
    ];
    for file in rust_files(&src()) {
        if owners.iter().any(|owner| file.ends_with(owner)) {
            continue;
        }
        let text = fs::read_to_string(&file).unwrap();
        for line in code_lines(&text) {
            for sink in sinks {
                assert!(
                    !line.contains(sink),
                    "{} writes raw HTML ({sink}): {line}",
                    file.display()
                );
            }
        }
    }
}
