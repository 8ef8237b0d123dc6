//! Reading internally tagged enums (`{"kind": "...", ...}`) without serde's
//! buffering of every value.
//!
//! A derived `Deserialize` for `#[serde(tag = ...)]` reads the whole object
//! into serde's private `Content` tree first, then again into the variant:
//! slower, and about 25 KB of wasm for the app's three such enums. They read
//! a flat struct of optional fields instead (same wire format; `Serialize`
//! stays derived), and this says which field a variant misses.

use serde::de::Error;

/// `value`, or serde's "missing field" error for `field`.
pub(crate) fn required<T, E: Error>(value: Option<T>, field: &'static str) -> Result<T, E> {
    value.ok_or_else(|| E::missing_field(field))
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use crate::domain::{Date, DueRule, Profile, Timeframe, UnitId};

    fn round_trips<T>(value: T)
    where
        T: serde::Serialize + serde::de::DeserializeOwned + PartialEq + std::fmt::Debug,
    {
        let text = serde_json::to_string(&value).unwrap();
        assert_eq!(serde_json::from_str::<T>(&text).unwrap(), value, "{text}");
    }

    #[test]
    fn every_variant_reads_back_what_it_writes() {
        let date = Date::new(2024, 6, 30).unwrap();
        for timeframe in [
            Timeframe::Ongoing,
            Timeframe::Yearly,
            Timeframe::Deadline { date },
            Timeframe::Quarter {
                year: 2024,
                quarter: 2,
            },
            Timeframe::Year { year: 2025 },
            Timeframe::Range {
                from: date,
                to: date,
            },
        ] {
            round_trips(timeframe);
        }
        round_trips(DueRule::DayOfLastMonth { day: 15 });
        round_trips(DueRule::DaysAfterEnd { days: 10 });
        round_trips(Profile::Monitoring);
        round_trips(Profile::Leader);
        round_trips(Profile::Unit {
            unit: UnitId::new("so-tttt").unwrap(),
        });
    }

    #[test]
    fn the_tag_may_come_anywhere_and_errors_name_the_field_or_the_kind() {
        let quarter: Timeframe =
            serde_json::from_str(r#"{"quarter": 2, "year": 2024, "kind": "quarter"}"#).unwrap();
        assert_eq!(
            quarter,
            Timeframe::Quarter {
                year: 2024,
                quarter: 2
            }
        );
        let missing = serde_json::from_str::<Timeframe>(r#"{"kind": "quarter", "year": 2024}"#)
            .unwrap_err()
            .to_string();
        assert!(missing.contains("missing field `quarter`"), "{missing}");
        let unknown = serde_json::from_str::<DueRule>(r#"{"rule": "weekly"}"#)
            .unwrap_err()
            .to_string();
        assert!(unknown.contains("unknown variant `weekly`"), "{unknown}");
        let no_unit = serde_json::from_str::<Profile>(r#"{"kind": "unit"}"#)
            .unwrap_err()
            .to_string();
        assert!(no_unit.contains("missing field `unit`"), "{no_unit}");
        assert!(serde_json::from_str::<Profile>(r#"{"unit": "so-tttt"}"#).is_err());
    }
}
