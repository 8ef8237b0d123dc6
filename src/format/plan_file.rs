//! The plan file (monitoring unit → units): envelope, encoder and checked decoder.

use super::decode::{self, DecodeError};
use super::APP_VERSION;
use crate::domain::{Plan, PlanId, Timestamp, UnitId};
use serde::{Deserialize, Serialize};

pub const FORMAT: &str = "tiendo-plan";
/// The highest version this app reads; each file is written at the lowest
/// that holds it (see [`version_of`]).
pub const VERSION: u32 = 2;

/// The lowest version that holds `plan`. Version 2 adds what amendments date
/// (a task or a unit given a task from a day, a unit released from one): a
/// version 1 reader would drop those fields silently and count the wrong
/// reporters, so it must refuse the file and say to update instead.
pub fn version_of(plan: &Plan) -> u32 {
    let dated = plan.tasks.iter().any(|task| {
        task.from.is_some()
            || !task.released.is_empty()
            || task.assignments.iter().any(|a| a.from.is_some())
    });
    if dated {
        2
    } else {
        1
    }
}

#[derive(Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
struct Envelope {
    format: String,
    version: u32,
    app_version: String,
    created_at: Timestamp,
    plan_id: PlanId,
    plan_revision: u32,
    sender: UnitId,
    sequence: u64,
    checksum: String,
    plan: Plan,
}

/// Something odd but harmless in a decoded plan.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Warning {
    /// A leaf task nobody reports on.
    NoReporters { task: String },
}

/// A plan file as text: pretty JSON, stable key order, UTF-8. `sequence`
/// counts the plan files this sender made.
pub fn encode(plan: &Plan, sequence: u64, created_at: Timestamp) -> String {
    let envelope = Envelope {
        format: FORMAT.into(),
        version: version_of(plan),
        app_version: APP_VERSION.into(),
        created_at,
        plan_id: plan.id.clone(),
        plan_revision: plan.revision,
        sender: plan.monitoring_unit.clone(),
        sequence,
        checksum: super::checksum::checksum(plan),
        plan: plan.clone(),
    };
    super::exchange::pretty(&envelope)
}

/// Reads a plan file: bytes, envelope, checksum, payload, and the plan's soundness.
pub fn decode(bytes: &[u8]) -> Result<(Plan, Vec<Warning>), DecodeError> {
    let (plan, _sender, warnings) = decode_full(bytes)?;
    Ok((plan, warnings))
}

fn decode_full(bytes: &[u8]) -> Result<(Plan, UnitId, Vec<Warning>), DecodeError> {
    let text = decode::text(bytes)?;
    decode::envelope(text, FORMAT, VERSION)?;
    decode_checked(text)
}

/// The plan file in `text`, whose format and version the caller has checked
/// (`exchange::read` reads any kind of file and checks them once).
pub(super) fn decode_checked(text: &str) -> Result<(Plan, UnitId, Vec<Warning>), DecodeError> {
    let envelope: Envelope = decode::typed(text)?;
    super::checksum::verify_in_file(text, "plan", &envelope.plan, &envelope.checksum)?;
    let sender = envelope.sender;
    let plan = envelope.plan;
    if envelope.plan_id != plan.id || envelope.plan_revision != plan.revision {
        return Err(DecodeError::HeaderMismatch);
    }
    if let Some(error) = plan.check().into_iter().next() {
        return Err(DecodeError::Plan(error));
    }
    let warnings = plan
        .leaves()
        .filter(|task| plan.reporters(task).is_empty())
        .map(|task| Warning::NoReporters {
            task: task.number.clone(),
        })
        .collect();
    Ok((plan, sender, warnings))
}

/// The JSON Schema of this file kind, generated from the Rust types.
#[cfg(feature = "schema")]
pub fn schema() -> schemars::Schema {
    schemars::schema_for!(Envelope)
}
