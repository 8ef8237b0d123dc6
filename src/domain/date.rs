//! Calendar dates and timestamps, with Vietnamese administrative formats.

use serde::{Deserialize, Serialize};
use std::fmt;

/// A civil date (proleptic Gregorian), always valid. On the wire: `"2024-03-18"`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(
    feature = "schema",
    derive(schemars::JsonSchema),
    schemars(with = "String")
)]
pub struct Date {
    year: i32,
    month: u8,
    day: u8,
}

/// Milliseconds since the Unix epoch, as the browser's clock gives them.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(transparent)]
pub struct Timestamp(pub i64);

pub fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        _ => 0,
    }
}

impl Date {
    /// The first and last dates the app accepts.
    pub const MIN: Date = Date {
        year: 1900,
        month: 1,
        day: 1,
    };
    pub const MAX: Date = Date {
        year: 2200,
        month: 12,
        day: 31,
    };

    pub fn new(year: i32, month: u8, day: u8) -> Option<Date> {
        let valid = (1900..=2200).contains(&year)
            && (1..=12).contains(&month)
            && day >= 1
            && day <= days_in_month(year, month);
        valid.then_some(Date { year, month, day })
    }

    pub fn year(self) -> i32 {
        self.year
    }
    pub fn month(self) -> u8 {
        self.month
    }
    pub fn day(self) -> u8 {
        self.day
    }

    /// The last day of a month.
    pub fn end_of_month(year: i32, month: u8) -> Option<Date> {
        Date::new(year, month, days_in_month(year, month))
    }

    /// Days since 1970-01-01 (Howard Hinnant's `days_from_civil`).
    pub fn to_days(self) -> i64 {
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = i64::from(self.month);
        let doy = (153 * (m + if m > 2 { -3 } else { 9 }) + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The inverse of [`Date::to_days`]; `None` outside the supported years.
    pub fn from_days(days: i64) -> Option<Date> {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let year = yoe + era * 400 + i64::from(month <= 2);
        Date::new(i32::try_from(year).ok()?, month, day)
    }

    pub fn add_days(self, days: i64) -> Option<Date> {
        Date::from_days(self.to_days() + days)
    }

    /// The local date of a timestamp, given the zone offset in minutes east of UTC.
    pub fn from_timestamp(at: Timestamp, offset_minutes: i32) -> Option<Date> {
        let local_ms = at.0 + i64::from(offset_minutes) * 60_000;
        Date::from_days(local_ms.div_euclid(86_400_000))
    }

    /// `18/03/2024`: the short Vietnamese form.
    pub fn dmy(self) -> String {
        format!("{:02}/{:02}/{}", self.day, self.month, self.year)
    }

    /// `ngày 18 tháng 3 năm 2024`, with the leading zeros of Nghị định 30/2020
    /// (days 1–9 and months 1–2: `ngày 08 tháng 02 năm 2018`).
    pub fn long_vi(self) -> String {
        let month = if self.month <= 2 {
            format!("{:02}", self.month)
        } else {
            self.month.to_string()
        };
        format!("ngày {:02} tháng {month} năm {}", self.day, self.year)
    }

    /// Parses `dd/mm/yyyy` (leading zeros optional), as users type it.
    pub fn parse_dmy(text: &str) -> Option<Date> {
        let mut parts = text.trim().split('/');
        let day = parts.next()?.trim().parse().ok()?;
        let month = parts.next()?.trim().parse().ok()?;
        let year = parts.next()?.trim().parse().ok()?;
        parts.next().is_none().then_some(())?;
        Date::new(year, month, day)
    }

    /// Reads `YYYY-MM-DD`: exactly ten characters, digits where digits go.
    pub fn parse_iso(text: &str) -> Option<Date> {
        let &[y0, y1, y2, y3, b'-', m0, m1, b'-', d0, d1] = text.as_bytes() else {
            return None;
        };
        let digits = |ds: &[u8]| {
            ds.iter().try_fold(0u32, |n, &d| {
                d.is_ascii_digit().then(|| n * 10 + u32::from(d - b'0'))
            })
        };
        let year = digits(&[y0, y1, y2, y3])?;
        let month = digits(&[m0, m1])?;
        let day = digits(&[d0, d1])?;
        Date::new(year as i32, month as u8, day as u8)
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl Serialize for Date {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

/// Read from the file's text in place: a date is not copied into a string
/// of its own first (every entry of an import holds one or more).
impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Date, D::Error> {
        struct Visitor;
        impl serde::de::Visitor<'_> for Visitor {
            type Value = Date;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a date YYYY-MM-DD")
            }
            fn visit_str<E: serde::de::Error>(self, text: &str) -> Result<Date, E> {
                Date::parse_iso(text).ok_or_else(|| {
                    E::custom(format_args!("invalid date {text:?}, expected YYYY-MM-DD"))
                })
            }
        }
        deserializer.deserialize_str(Visitor)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u8, day: u8) -> Date {
        Date::new(y, m, day).unwrap()
    }

    #[test]
    fn formats_follow_vietnamese_practice() {
        assert_eq!(d(2024, 3, 18).dmy(), "18/03/2024");
        assert_eq!(d(2024, 3, 18).long_vi(), "ngày 18 tháng 3 năm 2024");
        assert_eq!(d(2018, 2, 8).long_vi(), "ngày 08 tháng 02 năm 2018");
        assert_eq!(d(2024, 12, 1).long_vi(), "ngày 01 tháng 12 năm 2024");
    }

    #[test]
    fn invalid_dates_are_refused() {
        assert!(Date::new(2023, 2, 29).is_none());
        assert!(Date::new(2024, 2, 29).is_some());
        assert!(Date::new(2024, 13, 1).is_none());
        assert!(serde_json::from_str::<Date>("\"2024-02-30\"").is_err());
        assert!(serde_json::from_str::<Date>("\"18/03/2024\"").is_err());
        assert_eq!(Date::parse_dmy("8/2/2018"), Some(d(2018, 2, 8)));
        assert_eq!(Date::parse_dmy("31/4/2018"), None);
        // Signs and spaces are not digits (`str::parse` would take "+1").
        for text in [
            "2024-+1-05",
            "+024-01-05",
            "2024-01- 5",
            "2024-1-05",
            "2024-01-051",
        ] {
            assert_eq!(Date::parse_iso(text), None, "{text}");
        }
    }

    #[test]
    fn dates_travel_as_iso_strings() {
        let date = d(2024, 3, 8);
        assert_eq!(serde_json::to_string(&date).unwrap(), "\"2024-03-08\"");
        assert_eq!(
            serde_json::from_str::<Date>("\"2024-03-08\"").unwrap(),
            date
        );
        // Escaped in the file (an editor may write any character escaped).
        assert_eq!(
            serde_json::from_str::<Date>("\"2024\\u002d03-08\"").unwrap(),
            date
        );
        let error = serde_json::from_str::<Date>("\"2024-3-8\"").unwrap_err();
        assert!(
            error.to_string().contains("invalid date \"2024-3-8\""),
            "{error}"
        );
        assert!(serde_json::from_str::<Date>("20240308").is_err());
        // Every day the app accepts reads back as itself.
        for days in (Date::MIN.to_days()..=Date::MAX.to_days()).step_by(13) {
            let date = Date::from_days(days).unwrap();
            let text = serde_json::to_string(&date).unwrap();
            assert_eq!(serde_json::from_str::<Date>(&text).unwrap(), date, "{text}");
        }
    }

    #[test]
    fn day_numbers_round_trip() {
        assert_eq!(d(1970, 1, 1).to_days(), 0);
        assert_eq!(d(2024, 3, 18).to_days(), 19_800);
        for days in (-20_000..80_000).step_by(37) {
            assert_eq!(Date::from_days(days).unwrap().to_days(), days);
        }
        assert_eq!(d(2024, 12, 31).add_days(1), Some(d(2025, 1, 1)));
    }

    #[test]
    fn timestamps_map_to_local_dates() {
        // 2024-03-17T20:00:00Z is already 18/03 in Hà Nội (UTC+7).
        let at = Timestamp(1_710_705_600_000);
        assert_eq!(Date::from_timestamp(at, 0), Some(d(2024, 3, 17)));
        assert_eq!(Date::from_timestamp(at, 420), Some(d(2024, 3, 18)));
    }
}
