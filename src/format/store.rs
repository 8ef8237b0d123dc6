//! The workspace as kept in browser storage: a versioned envelope with a save
//! generation (for two tabs) and the migration path of older stored versions.

use super::decode::{self, DecodeError};
use crate::domain::{Timestamp, Workspace};
use serde::{Deserialize, Serialize};
use serde_json::Value;

pub const FORMAT: &str = "tiendo-store";
pub const VERSION: u32 = 1;

/// A decoded store: the workspace and the generation of the save that wrote it.
#[derive(Clone, Debug, PartialEq)]
pub struct Stored {
    /// Every save adds one; a tab that sees a generation it did not write merges first.
    pub generation: u64,
    pub saved_at: Timestamp,
    pub workspace: Workspace,
    /// The version the text was written in, before migration.
    pub read_version: u32,
}

#[derive(Serialize, Deserialize)]
struct Envelope {
    format: String,
    version: u32,
    generation: u64,
    saved_at: Timestamp,
    workspace: Workspace,
}

/// Compact JSON: browser storage is small (about 5 million UTF-16 units).
pub fn encode(workspace: &Workspace, generation: u64, saved_at: Timestamp) -> String {
    #[derive(Serialize)]
    struct EnvelopeRef<'a> {
        format: &'a str,
        version: u32,
        generation: u64,
        saved_at: Timestamp,
        workspace: &'a Workspace,
    }
    serde_json::to_string(&EnvelopeRef {
        format: FORMAT,
        version: VERSION,
        generation,
        saved_at,
        workspace,
    })
    .unwrap_or_default()
}

pub fn decode(text: &str) -> Result<Stored, DecodeError> {
    let read_version = decode::envelope(text, FORMAT, VERSION)?;
    let envelope: Envelope = if read_version == VERSION {
        decode::typed(text)?
    } else {
        let value: Value = decode::typed(text)?;
        let migrated = serde_json::to_string(&migrate(value, read_version)?).map_err(|e| {
            DecodeError::Invalid {
                detail: e.to_string(),
            }
        })?;
        decode::typed(&migrated)?
    };
    if let Some(error) = envelope.workspace.plan.check().into_iter().next() {
        return Err(DecodeError::Invalid {
            detail: error.to_string(),
        });
    }
    Ok(Stored {
        generation: envelope.generation,
        saved_at: envelope.saved_at,
        workspace: envelope.workspace,
        read_version,
    })
}

/// One step from version `n` to `n + 1`; `STEPS[n - 1]` upgrades version `n`.
/// Steps are pure and each keeps a golden fixture in `tests/fixtures/` forever.
type Step = fn(Value) -> Result<Value, DecodeError>;
const STEPS: &[Step] = &[];

/// Brings a stored value of any known version to the current one.
pub fn migrate(mut value: Value, from: u32) -> Result<Value, DecodeError> {
    if from == 0 {
        return Err(DecodeError::Invalid {
            detail: "phiên bản 0 không tồn tại".into(),
        });
    }
    for step in STEPS.iter().skip(from as usize - 1) {
        value = step(value)?;
    }
    if let Some(object) = value.as_object_mut() {
        object.insert("version".into(), Value::from(VERSION));
    }
    Ok(value)
}
