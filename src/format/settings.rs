//! Per-browser settings: the profile this browser speaks for and the UI language.

use super::decode::{self, DecodeError};
pub use crate::domain::Language;
use crate::domain::{PlanId, Profile};
use serde::{Deserialize, Serialize};

pub const FORMAT: &str = "tiendo-settings";
pub const VERSION: u32 = 1;

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Settings {
    /// `None` until the user has chosen on first run.
    #[serde(default)]
    pub profile: Option<Profile>,
    #[serde(default)]
    pub language: Language,
    /// How many files this browser has sent: each file's sequence number.
    #[serde(default)]
    pub sent: u64,
    /// When this browser last downloaded a backup of everything.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub backup_at: Option<crate::domain::Timestamp>,
    /// The plan revision this browser made and has not yet sent in a plan
    /// file: amendments join it ([`crate::domain::Revision::Open`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub open_revision: Option<OpenRevision>,
}

/// A plan's revision not yet sent.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct OpenRevision {
    pub plan: PlanId,
    pub revision: u32,
}

#[derive(Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
struct Envelope {
    format: String,
    version: u32,
    settings: Settings,
}

pub fn encode(settings: &Settings) -> String {
    serde_json::to_string(&Envelope {
        format: FORMAT.into(),
        version: VERSION,
        settings: settings.clone(),
    })
    .unwrap_or_default()
}

pub fn decode(text: &str) -> Result<Settings, DecodeError> {
    decode::envelope(text, FORMAT, VERSION)?;
    decode::typed::<Envelope>(text).map(|envelope| envelope.settings)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::UnitId;

    #[test]
    fn settings_round_trip() {
        let settings = Settings {
            profile: Some(Profile::Unit {
                unit: UnitId::new("so-vhttdl").unwrap(),
            }),
            language: Language::English,
            sent: 3,
            backup_at: None,
            open_revision: None,
        };
        let text = encode(&settings);
        assert_eq!(
            text,
            r#"{"format":"tiendo-settings","version":1,"settings":{"profile":{"kind":"unit","unit":"so-vhttdl"},"language":"en","sent":3}}"#
        );
        assert_eq!(decode(&text), Ok(settings.clone()));
        let open = Settings {
            open_revision: Some(OpenRevision {
                plan: PlanId::new("kh-61").unwrap(),
                revision: 4,
            }),
            ..settings
        };
        assert!(encode(&open).contains(r#""open_revision":{"plan":"kh-61","revision":4}"#));
        assert_eq!(decode(&encode(&open)), Ok(open));
    }
}
