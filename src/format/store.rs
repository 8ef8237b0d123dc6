//! The workspace as kept in browser storage: a versioned envelope with a save
//! generation (for two tabs) and the migration path of older stored versions.

use super::decode::{self, DecodeError};
use crate::domain::{Timestamp, Workspace};
use serde::{Deserialize, Serialize};
use serde_json::Value;

pub const FORMAT: &str = "tiendo-store";
/// Version 2 may carry the workspace deflated (`deflate`, base64) instead of
/// as JSON (`workspace`): a large workspace would not fit the ~5 million
/// characters browsers allow per origin.
pub const VERSION: u32 = 2;

/// Workspaces whose JSON is longer than this are stored deflated; smaller
/// ones stay readable JSON.
pub const COMPRESS_ABOVE: usize = 512 * 1024;

/// The most an inflated store may be: a damaged or hostile value cannot
/// exhaust memory.
const INFLATE_LIMIT: usize = 512 * 1024 * 1024;

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
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
struct Envelope {
    format: String,
    version: u32,
    generation: u64,
    saved_at: Timestamp,
    workspace: Workspace,
}

/// Compact JSON, deflated when large: browser storage is small (about 5
/// million UTF-16 units). Fast compression: saves are on the main thread.
pub fn encode(workspace: &Workspace, generation: u64, saved_at: Timestamp) -> String {
    use base64::Engine;
    #[derive(Serialize)]
    struct Plain<'a> {
        format: &'a str,
        version: u32,
        generation: u64,
        saved_at: Timestamp,
        workspace: &'a Workspace,
    }
    #[derive(Serialize)]
    struct Packed<'a> {
        format: &'a str,
        version: u32,
        generation: u64,
        saved_at: Timestamp,
        deflate: &'a str,
    }
    let json = serde_json::to_string(workspace).unwrap_or_default();
    if json.len() <= COMPRESS_ABOVE {
        return serde_json::to_string(&Plain {
            format: FORMAT,
            version: VERSION,
            generation,
            saved_at,
            workspace,
        })
        .unwrap_or_default();
    }
    let packed = miniz_oxide::deflate::compress_to_vec(json.as_bytes(), 1);
    let deflate = base64::engine::general_purpose::STANDARD.encode(packed);
    serde_json::to_string(&Packed {
        format: FORMAT,
        version: VERSION,
        generation,
        saved_at,
        deflate: &deflate,
    })
    .unwrap_or_default()
}

#[derive(Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
struct PackedHeader {
    generation: u64,
    saved_at: Timestamp,
    #[serde(default)]
    deflate: Option<String>,
}

#[derive(Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
struct GenerationOnly {
    format: String,
    generation: u64,
}

/// The generation of a stored text without decoding its workspace (a save
/// checks whether another tab wrote since; most of the time none did).
pub fn peek_generation(text: &str) -> Option<u64> {
    serde_json::from_str::<GenerationOnly>(text)
        .ok()
        .filter(|header| header.format == FORMAT)
        .map(|header| header.generation)
}

fn inflate(data: &str) -> Result<String, DecodeError> {
    use base64::Engine;
    let bad = |detail: &str| DecodeError::Invalid {
        detail: format!("dữ liệu nén hỏng: {detail}"),
    };
    let bytes = base64::engine::general_purpose::STANDARD
        .decode(data)
        .map_err(|e| bad(&e.to_string()))?;
    let json = miniz_oxide::inflate::decompress_to_vec_with_limit(&bytes, INFLATE_LIMIT)
        .map_err(|e| bad(&format!("{:?}", e.status)))?;
    String::from_utf8(json).map_err(|_| bad("không phải UTF-8"))
}

pub fn decode(text: &str) -> Result<Stored, DecodeError> {
    let read_version = decode::envelope(text, FORMAT, VERSION)?;
    let envelope: Envelope = if read_version == VERSION {
        let header: PackedHeader = decode::typed(text)?;
        match header.deflate {
            Some(data) => Envelope {
                format: FORMAT.into(),
                version: VERSION,
                generation: header.generation,
                saved_at: header.saved_at,
                workspace: decode::typed(&inflate(&data)?)?,
            },
            None => decode::typed(text)?,
        }
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
const STEPS: &[Step] = &[v1_to_v2];

/// Version 2 only adds the optional deflated form: a v1 store is a plain v2 store.
fn v1_to_v2(value: Value) -> Result<Value, DecodeError> {
    Ok(value)
}

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
