//! The two languages of the app: Vietnamese first, English as a switch. The
//! domain's own messages (a refused command, a refused amendment) are written
//! in both, beside their types.

use crate::domain::number::Marks;
use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub enum Language {
    #[default]
    #[serde(rename = "vi")]
    Vietnamese,
    #[serde(rename = "en")]
    English,
}

impl Language {
    /// How the language writes numbers.
    pub fn marks(self) -> Marks {
        match self {
            Language::Vietnamese => Marks::VI,
            Language::English => Marks::EN,
        }
    }
}
