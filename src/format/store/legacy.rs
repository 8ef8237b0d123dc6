//! Versions 1 and 2: the whole workspace in one value, deflated and base64
//! above 512 KB in version 2. Read-only: saves write format 3.

use super::*;
use serde_json::Value;

#[derive(Deserialize)]
struct Envelope {
    generation: u64,
    saved_at: Timestamp,
    #[serde(default)]
    workspace: Option<Workspace>,
    #[serde(default)]
    deflate: Option<String>,
}

fn inflate(data: &str) -> Result<String, DecodeError> {
    use base64::Engine;
    let bad = DecodeError::Store(StoreDamage::Deflated);
    let bytes = base64::engine::general_purpose::STANDARD
        .decode(data)
        .map_err(|_| bad.clone())?;
    let json = miniz_oxide::inflate::decompress_to_vec_with_limit(&bytes, 512 << 20)
        .map_err(|_| bad.clone())?;
    String::from_utf8(json).map_err(|_| bad)
}

/// One step from version `n` to `n + 1`; `STEPS[n - 1]` upgrades version `n`.
/// Steps are pure and each keeps a golden fixture in `tests/fixtures/` forever.
type Step = fn(Value) -> Result<Value, DecodeError>;
const STEPS: &[Step] = &[v1_to_v2];

/// Version 2 only adds the optional deflated form: a v1 store is a plain v2 store.
fn v1_to_v2(value: Value) -> Result<Value, DecodeError> {
    Ok(value)
}

pub fn decode(text: &str, version: u32) -> Result<Stored, DecodeError> {
    if version == 0 {
        return Err(DecodeError::Store(StoreDamage::VersionZero));
    }
    let envelope: Envelope = if version == 2 {
        decode::typed(text)?
    } else {
        let mut value: Value = decode::typed(text)?;
        for step in STEPS.iter().skip(version as usize - 1) {
            value = step(value)?;
        }
        let text = serde_json::to_string(&value).map_err(|e| DecodeError::Invalid {
            detail: e.to_string(),
        })?;
        decode::typed(&text)?
    };
    let workspace = match (envelope.workspace, envelope.deflate) {
        (Some(workspace), _) => workspace,
        (None, Some(data)) => decode::typed(&inflate(&data)?)?,
        (None, None) => return Err(DecodeError::Store(StoreDamage::NoData)),
    };
    if let Some(error) = workspace.plan.check().into_iter().next() {
        return Err(DecodeError::Plan(error));
    }
    Ok(Stored {
        generation: envelope.generation,
        saved_at: envelope.saved_at,
        workspace,
        read_version: version,
    })
}
