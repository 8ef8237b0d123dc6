//! A plan's reporting regime: which kinds of period it is reported in, over
//! which years, and when each period's report is due.

use super::*;

// Deserialized by hand, through a flat struct (see `crate::domain::wire`).
/// When a period's report is due.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(tag = "rule")]
pub enum DueRule {
    /// On this day of the period's last month (e.g. 15 → 15/6 for 6 tháng).
    #[serde(rename = "day_of_last_month")]
    DayOfLastMonth { day: u8 },
    /// This many days after the period ends.
    #[serde(rename = "days_after_end")]
    DaysAfterEnd { days: u16 },
}

impl<'de> Deserialize<'de> for DueRule {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        #[derive(Deserialize)]
        struct Wire {
            rule: String,
            day: Option<u8>,
            days: Option<u16>,
        }
        let wire = Wire::deserialize(deserializer)?;
        match wire.rule.as_str() {
            "day_of_last_month" => Ok(DueRule::DayOfLastMonth {
                day: required(wire.day, "day")?,
            }),
            "days_after_end" => Ok(DueRule::DaysAfterEnd {
                days: required(wire.days, "days")?,
            }),
            other => Err(serde::de::Error::unknown_variant(
                other,
                &["day_of_last_month", "days_after_end"],
            )),
        }
    }
}

/// The reporting regime of a plan: which kinds of period, from which year.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Regime {
    pub kinds: Vec<PeriodKind>,
    pub from_year: i32,
    /// Last year of reporting; open-ended plans run until the date asked about.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub to_year: Option<i32>,
    pub due: DueRule,
}

impl Regime {
    pub fn due_date(&self, period: Period) -> Date {
        match self.due {
            DueRule::DayOfLastMonth { day } => {
                let end = period.end();
                Date::new(end.year(), end.month(), day.min(end.day())).unwrap_or(end)
            }
            DueRule::DaysAfterEnd { days } => period
                .end()
                .add_days(i64::from(days))
                .unwrap_or(period.end()),
        }
    }

    /// Every period of the regime up to the year of `until` (or `to_year`), in order.
    pub fn periods(&self, until: Date) -> Vec<Period> {
        let last_year = self.to_year.unwrap_or(until.year()).max(self.from_year);
        let mut periods = Vec::new();
        for year in self.from_year..=last_year.min(self.from_year + 50) {
            for kind in &self.kinds {
                match kind {
                    PeriodKind::Month => {
                        periods.extend((1..=12).filter_map(|m| Period::month(year, m)))
                    }
                    PeriodKind::Quarter => {
                        periods.extend((1..=4).filter_map(|q| Period::quarter(year, q)))
                    }
                    PeriodKind::HalfYear => periods.push(Period::half_year(year)),
                    PeriodKind::NineMonths => periods.push(Period::nine_months(year)),
                    PeriodKind::Year => periods.push(Period::year(year)),
                }
            }
        }
        sort::sort(&mut periods);
        periods.dedup();
        periods
    }

    pub fn contains(&self, period: Period) -> bool {
        self.kinds.contains(&period.kind)
            && period.year >= self.from_year
            && self.to_year.is_none_or(|last| period.year <= last)
    }

    /// The period a user most likely reports on today: the first whose due date
    /// has not passed by more than a month, else the last one.
    pub fn current(&self, today: Date) -> Option<Period> {
        let periods = self.periods(today);
        periods
            .iter()
            .copied()
            .find(|p| today <= self.due_date(*p).add_days(30).unwrap_or(p.end()))
            .or_else(|| periods.last().copied())
    }
}
