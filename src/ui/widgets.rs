//! Widgets several rooms use. Rooms by feature import each other only
//! through here (and `app::state`, `i18n`, the shell and the entry editor):
//! `tests/native/tidy.rs` holds them to it.

pub mod filters;
pub mod names;
pub mod period;
pub mod search;
pub mod timeframe;
pub mod url;
pub mod when;
