//! The seed plan, Kế hoạch 61/KH-UBND of Lạng Sơn (18/3/2024), shipped as a plan file.

use super::decode::DecodeError;
use super::plan_file;
use crate::domain::Plan;

/// The seed in the project's own plan file format, so it round-trips through import/export.
pub const SEED_PLAN_FILE: &str = include_str!("seed/kh-61-2024-lang-son.plan.json");

pub fn seed_plan() -> Result<Plan, DecodeError> {
    plan_file::decode(SEED_PLAN_FILE.as_bytes()).map(|(plan, _warnings)| plan)
}
