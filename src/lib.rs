//! Tiến Độ: tracks how a Vietnamese government plan is carried out, unit by unit,
//! period by period, entirely in the browser.
//!
//! # Codemap
//!
//! ```text
//! ui        Leptos components; the only code that creates signals. One
//!  │  │     room per feature, as users name them:
//!  │  │       app        the App and its routes; state (AppState, the one
//!  │  │                  door: dispatch(Command)), boot (storage read once),
//!  │  │                  persist (saves, other tabs)
//!  │  │       shell      header, profile dialog, health banner, sending files
//!  │  │       board      the task board: filters, lanes, card markup + events
//!  │  │       editor     an entry's fields, funding, evidence
//!  │  │       dashboard  panels, charts (matrix, trend), the report up
//!  │  │       plan       the plan and its task tree
//!  │  │       units      the units directory
//!  │  │       amend      the plan's amendments (forms in plan and units)
//!  │  │       import     files dropped: preview, summary
//!  │  │       new_plan   a plan's text or .docx read by `reader`, reviewed
//!  │  │       settings   storage, the plans this browser holds (shelf), backup
//!  │  │       widgets    what several rooms use: URL state and routes,
//!  │  │                  period picker, filters, search box, entry ids
//!  │  │       i18n       every UI text, in both languages
//!  │  │     Feature rooms meet only through widgets, shell, editor, amend
//!  │  │     and app::state (tests/native/tidy.rs).
//!  │  ▼
//!  │ chart  Pure SVG geometry: scales, ticks, stacked bars, arcs, paths,
//!  │        labels' widths.
//!  ▼
//! reader    The plan reader (pure): a plan's text or .docx becomes a Plan,
//!  │        each fact with its source span and any guess. source (paragraphs
//!  │        mapped back to the text), docx (zip + numbering + tables, read
//!  │        with quick-xml), header, marker + outline (numbering, labels,
//!  │        sections), units + assign (mentions, roles, directory), when
//!  │        (timeframes, regime), table (task tables), build (the plan).
//!  ▼
//! browser   web_sys/js_sys/gloo glue: storage, clock, files, download,
//!  │        DOM queries (dom; dom::focus: where the keyboard's focus
//!  │        goes, roving tab stops), page life (and media queries).
//!  │        Typed errors; no JS call is unwrapped.
//!  ▼
//! format    Outside bytes ↔ domain: store (head, plan, one part per
//!  │        unit × period, saved and loaded; legacy versions read only;
//!  │        pack = deflate at 15 bits per UTF-16 unit; shelf = a plan
//!  │        put away, its backup packed under one key),
//!  │        plan, report and backup files (envelopes, checksums, versions,
//!  │        migrations, CRC-32 checksums), the seed plan, the removable
//!  │        sample, email texts, HTML escaping for markup built as text,
//!  │        the report up (report_up: a period's Báo cáo in the layout of
//!  │        Nghị định 30, always Vietnamese; office: it as .docx and its
//!  │        annex as .xlsx, zip and XML written by hand).
//!  ▼
//! domain    Plan (who reports per period: successors of merged units;
//!           amendments: tasks added, retitled, their timeframes set,
//!           given to a unit from a day or a unit released from a day,
//!           additions taken back; units added, renamed, ended;
//!           their emails),
//!           Unit, Task, Period, Entry, Evidence (the form's fields read or
//!           named as wrong; only http(s) links open), Budget (kinh phí:
//!           spent, source, requested; amounts as typed; a period's sums),
//!           Command (its refusals described in both languages, as
//!           amendments' are: Language lives here), progress,
//!           board (board::texts: search texts folded once a revision),
//!           dashboard figures (dashboard::grid: the matrix walked from the
//!           keyboard, a visited cell found again), merge (CRDT of entries; files weighed
//!           and imported by its laws, preview and import one path), text
//!           folding, numbers as text in the language's marks (no float
//!           formatting from core in the wasm).
//! ```
//!
//! # Invariants
//!
//! - `domain`, `format`, `chart` and `reader` never mention leptos, web_sys, js_sys, wasm_bindgen or
//!   gloo, read no clock and no randomness: times and ids are arguments. They
//!   build and test natively (`cargo test`). `tests/native/tidy.rs` checks this.
//! - A command is validated in full before it mutates: a refused command leaves
//!   the workspace unchanged and becomes a notice.
//! - Stored data is never overwritten by something worse: an unreadable store is
//!   set aside before anything else is written; a failed save puts back every
//!   key it wrote, keeping the last good one; a save merges what another tab
//!   wrote since we last read.
//! - Wire enums carry explicit `serde(rename)`s: renaming a variant cannot change
//!   a file format.

pub mod chart;
pub mod domain;
pub mod format;
pub mod reader;

#[cfg(target_arch = "wasm32")]
pub mod browser;
#[cfg(target_arch = "wasm32")]
pub mod ui;
