//! Widgets several features use. Features import each other only through
//! here (and `app::state`).

pub mod when;
