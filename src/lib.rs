//! Tiến Độ: tracks how a Vietnamese government plan is carried out, unit by unit,
//! period by period, entirely in the browser.
//!
//! # Codemap
//!
//! ```text
//! ui        Leptos components; the only code that creates signals. One
//!  │  │     room per feature, as users name them:
//!  │  │       app        the App and its routes; state (AppState, the one
//!  │  │                  door: dispatch(Command), amend_plan for the plan's
//!  │  │                  revision not yet sent; a new plan's draft through
//!  │  │                  edit_draft(Edit)), boot (storage read once),
//!  │  │                  persist (saves, other tabs, the draft)
//!  │  │       shell      header, profile dialog, health banner, sending files
//!  │  │       board      the task board: filters, lanes, card markup + events
//!  │  │       editor     an entry's fields, funding, evidence
//!  │  │       dashboard  panels, charts (matrix, trend), the report up
//!  │  │       plan       the plan and its task tree
//!  │  │       units      the units directory
//!  │  │       amend      the plan's amendments (forms in plan and units)
//!  │  │       import     files dropped: preview, summary
//!  │  │       new_plan   a plan's text or .docx read by `reader`, corrected
//!  │  │                  on the review screen (a stored draft), made the plan
//!  │  │       settings   storage, the plans this browser holds (shelf), backup
//!  │  │       widgets    what several rooms use: URL state and routes,
//!  │  │                  period picker, filters, search box, entry ids
//!  │  │       i18n       every UI text, in both languages
//!  │  │     Feature rooms meet only through widgets, shell, editor, amend
//!  │  │     and app::state (tests/native/tidy.rs).
//!  │  ▼
//!  │ chart  Pure SVG geometry for the dashboard's charts.
//!  ▼
//! reader    The plan reader (pure): a plan's text or .docx becomes a Plan,
//!  │        each fact tied to its source span, guesses flagged; `review`:
//!  │        the reading as the user corrects it; `warm`: a small plan the
//!  │        new plan screen reads while idle, so the browser has compiled
//!  │        the reader before the user's plan comes.
//!  ▼
//! browser   The only code calling web APIs (storage, clock, files, DOM,
//!  │        page life); typed errors, nothing unwrapped.
//!  ▼
//! format    Outside bytes ↔ domain: the store, the exchanged files, the
//!  │        seed and sample, the report up as .docx and .xlsx.
//!  ▼
//! domain    The model and its laws: plan, units, tasks, periods, entries,
//!           commands, progress, board and dashboard figures, merge.
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
