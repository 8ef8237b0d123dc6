//! Versions 1 and 2: the whole workspace in one value, deflated and base64
//! above 512 KB in version 2. Read-only: saves write format 3.

use super::*;

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

/// Reads a version 1 or 2 store. Version 2 only added the optional
/// deflated form, so a version 1 store is read as a plain version 2 one:
/// no step between them, and no `serde_json::Value` (its parser, printer
/// and map: 2 KB of wasm) to carry one. Both keep their golden fixtures in
/// `tests/fixtures/` forever.
pub fn decode(text: &str, version: u32) -> Result<Stored, DecodeError> {
    if version == 0 {
        return Err(DecodeError::Store(StoreDamage::VersionZero));
    }
    let envelope: Envelope = decode::typed(text)?;
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
