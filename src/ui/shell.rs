//! The shell around every screen: the header (plan, navigation, profile
//! button, language), the profile dialog, the storage health banner, and
//! sending files (a unit's report, the plan file).

pub mod header;
pub mod health;
pub mod profile;
pub mod send_report;
