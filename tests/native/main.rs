//! The native integration tests, one binary: the model, the file formats,
//! the merge laws, the plan reader, the report up and the architecture's
//! rules, each subject in its own file, with what they share in `support`.
#![cfg(not(target_arch = "wasm32"))]

mod support;

mod amend;
mod board;
mod budget;
mod commands;
mod dashboard;
mod exchange;
mod hostile;
mod merge;
mod reader;
mod report_up;
mod schema;
mod seed;
mod shelf;
mod store;
mod tidy;
