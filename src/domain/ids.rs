//! Validated identifier newtypes: stable ids for plans, units, groups, tasks, periods.

use serde::{Deserialize, Serialize};
use std::fmt;

/// Why a string is not a valid id.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum IdError {
    Empty,
    TooLong,
    BadChar(char),
}

impl fmt::Display for IdError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            IdError::Empty => write!(f, "empty id"),
            IdError::TooLong => write!(f, "id longer than 64 characters"),
            IdError::BadChar(c) => write!(f, "id contains {c:?}"),
        }
    }
}

/// Ids are short ASCII slugs: lowercase letters, digits, `-`, `_` and `.`.
fn check_slug(text: &str) -> Result<(), IdError> {
    if text.is_empty() {
        return Err(IdError::Empty);
    }
    if text.len() > 64 {
        return Err(IdError::TooLong);
    }
    // Bytes, not chars: ids are read by the ten thousand from every file.
    // Every byte before the first bad one is ASCII, so it starts a char.
    let allowed =
        |b: u8| b.is_ascii_lowercase() || b.is_ascii_digit() || matches!(b, b'-' | b'_' | b'.');
    match text.bytes().position(|b| !allowed(b)) {
        Some(at) => Err(IdError::BadChar(text[at..].chars().next().unwrap_or('?'))),
        None => Ok(()),
    }
}

macro_rules! slug_id {
    ($(#[$meta:meta])* $name:ident) => {
        $(#[$meta])*
        #[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
        #[serde(try_from = "String", into = "String")]
        pub struct $name(String);

        impl $name {
            pub fn new(text: impl Into<String>) -> Result<Self, IdError> {
                let text = text.into();
                check_slug(&text)?;
                Ok(Self(text))
            }

            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl TryFrom<String> for $name {
            type Error = IdError;
            fn try_from(text: String) -> Result<Self, IdError> {
                Self::new(text)
            }
        }

        impl From<$name> for String {
            fn from(id: $name) -> String {
                id.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }
    };
}

slug_id!(
    /// A plan, e.g. `kh-61-2024-lang-son`.
    PlanId
);
slug_id!(
    /// A unit of the directory, e.g. `so-vhttdl`.
    UnitId
);
slug_id!(
    /// A unit group, e.g. `cac-so-ban-nganh`.
    GroupId
);
slug_id!(
    /// A task of a plan's tree, e.g. `t3.1`.
    TaskId
);
slug_id!(
    /// An indicator a task measures, e.g. `so-tin-bai`.
    IndicatorId
);
slug_id!(
    /// A reporting period, e.g. `2024-6t` (see [`crate::domain::Period`]).
    PeriodId
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_accept_lowercase_ascii_and_reject_the_rest() {
        assert!(UnitId::new("so-tt.tt_2").is_ok());
        assert_eq!(UnitId::new(""), Err(IdError::Empty));
        assert_eq!(UnitId::new("Sở"), Err(IdError::BadChar('S')));
        assert_eq!(UnitId::new("a b"), Err(IdError::BadChar(' ')));
        assert_eq!(UnitId::new("so-vă"), Err(IdError::BadChar('ă')));
        assert_eq!(UnitId::new("x".repeat(65)), Err(IdError::TooLong));
    }

    #[test]
    fn ids_are_validated_when_decoded() {
        assert!(serde_json::from_str::<TaskId>("\"t1\"").is_ok());
        assert!(serde_json::from_str::<TaskId>("\"T 1\"").is_err());
        assert_eq!(
            serde_json::to_string(&TaskId::new("t1").unwrap()).unwrap(),
            "\"t1\""
        );
    }
}
