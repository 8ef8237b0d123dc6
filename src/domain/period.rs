//! Reporting periods (kỳ báo cáo) and the plan's reporting regime: which periods
//! exist, their Vietnamese labels ("Quý II/2024", "6 tháng đầu năm 2024") and due dates.

use super::date::Date;
use super::ids::PeriodId;
use super::sort;
use super::wire::required;
use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub enum PeriodKind {
    #[serde(rename = "thang")]
    Month,
    #[serde(rename = "quy")]
    Quarter,
    /// 6 tháng đầu năm
    #[serde(rename = "6_thang")]
    HalfYear,
    #[serde(rename = "9_thang")]
    NineMonths,
    #[serde(rename = "nam")]
    Year,
}

/// One reporting period: a kind, a year and an index (month 1–12, quarter 1–4).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Period {
    kind: PeriodKind,
    year: i32,
    index: u8,
}

impl Period {
    pub fn month(year: i32, month: u8) -> Option<Period> {
        (1..=12).contains(&month).then_some(Period {
            kind: PeriodKind::Month,
            year,
            index: month,
        })
    }
    pub fn quarter(year: i32, quarter: u8) -> Option<Period> {
        (1..=4).contains(&quarter).then_some(Period {
            kind: PeriodKind::Quarter,
            year,
            index: quarter,
        })
    }
    pub fn half_year(year: i32) -> Period {
        Period {
            kind: PeriodKind::HalfYear,
            year,
            index: 0,
        }
    }
    pub fn nine_months(year: i32) -> Period {
        Period {
            kind: PeriodKind::NineMonths,
            year,
            index: 0,
        }
    }
    pub fn year(year: i32) -> Period {
        Period {
            kind: PeriodKind::Year,
            year,
            index: 0,
        }
    }

    pub fn kind(self) -> PeriodKind {
        self.kind
    }
    pub fn year_number(self) -> i32 {
        self.year
    }

    fn last_month(self) -> u8 {
        match self.kind {
            PeriodKind::Month => self.index,
            PeriodKind::Quarter => self.index * 3,
            PeriodKind::HalfYear => 6,
            PeriodKind::NineMonths => 9,
            PeriodKind::Year => 12,
        }
    }

    fn first_month(self) -> u8 {
        match self.kind {
            PeriodKind::Month => self.index,
            PeriodKind::Quarter => self.index * 3 - 2,
            _ => 1,
        }
    }

    pub fn start(self) -> Date {
        Date::new(self.year, self.first_month(), 1).unwrap_or_else(|| Self::fallback(self.year))
    }

    pub fn end(self) -> Date {
        Date::end_of_month(self.year, self.last_month())
            .unwrap_or_else(|| Self::fallback(self.year))
    }

    /// Years outside the calendar's range collapse to its edge rather than panic.
    fn fallback(year: i32) -> Date {
        if year < Date::MIN.year() {
            Date::MIN
        } else {
            Date::MAX
        }
    }

    pub fn contains(self, date: Date) -> bool {
        self.start() <= date && date <= self.end()
    }

    /// Stable id: `2024-m03`, `2024-q2`, `2024-6t`, `2024-9t`, `2024-nam`.
    pub fn id(self) -> PeriodId {
        let text = match self.kind {
            PeriodKind::Month => format!("{}-m{:02}", self.year, self.index),
            PeriodKind::Quarter => format!("{}-q{}", self.year, self.index),
            PeriodKind::HalfYear => format!("{}-6t", self.year),
            PeriodKind::NineMonths => format!("{}-9t", self.year),
            PeriodKind::Year => format!("{}-nam", self.year),
        };
        PeriodId::new(text).expect("period ids are slugs")
    }

    pub fn parse(id: &PeriodId) -> Option<Period> {
        let (year, rest) = id.as_str().split_once('-')?;
        let year: i32 = year.parse().ok()?;
        let period = match rest {
            "6t" => Period::half_year(year),
            "9t" => Period::nine_months(year),
            "nam" => Period::year(year),
            _ if rest.starts_with('m') && rest.len() == 3 => {
                Period::month(year, rest[1..].parse().ok()?)?
            }
            _ if rest.starts_with('q') && rest.len() == 2 => {
                Period::quarter(year, rest[1..].parse().ok()?)?
            }
            _ => return None,
        };
        (period.id() == *id && Date::new(year, 1, 1).is_some()).then_some(period)
    }
}

/// Periods order by end date, then shorter first (Quý II before 6 tháng).
impl Ord for Period {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        (self.end(), self.kind, self.index).cmp(&(other.end(), other.kind, other.index))
    }
}

impl PartialOrd for Period {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

mod labels;
mod regime;
pub use regime::{DueRule, Regime};

#[cfg(test)]
mod tests {
    use super::*;

    fn date(y: i32, m: u8, d: u8) -> Date {
        Date::new(y, m, d).unwrap()
    }

    fn seed_regime() -> Regime {
        Regime {
            kinds: vec![PeriodKind::HalfYear, PeriodKind::Year],
            from_year: 2024,
            to_year: None,
            due: DueRule::DayOfLastMonth { day: 15 },
        }
    }

    #[test]
    fn labels_read_as_vietnamese_officials_write_them() {
        assert_eq!(Period::quarter(2024, 2).unwrap().label_vi(), "Quý II/2024");
        assert_eq!(Period::quarter(2024, 4).unwrap().label_vi(), "Quý IV/2024");
        assert_eq!(Period::half_year(2024).label_vi(), "6 tháng đầu năm 2024");
        assert_eq!(Period::nine_months(2025).label_vi(), "9 tháng năm 2025");
        assert_eq!(Period::year(2024).label_vi(), "Năm 2024");
        assert_eq!(Period::month(2024, 3).unwrap().label_vi(), "Tháng 3/2024");
        assert_eq!(Period::quarter(2024, 2).unwrap().label_en(), "Q2 2024");
    }

    #[test]
    fn axis_labels_leave_the_year_to_a_line_of_its_own() {
        let axis = |p: Period| (p.axis_vi(), p.axis_en());
        assert_eq!(
            axis(Period::quarter(2024, 3).unwrap()),
            ("Quý III".into(), "Q3".into())
        );
        assert_eq!(
            axis(Period::month(2024, 12).unwrap()),
            ("T12".into(), "Dec".into())
        );
        assert_eq!(
            axis(Period::half_year(2024)),
            ("6 tháng".into(), "H1".into())
        );
        assert_eq!(
            axis(Period::nine_months(2024)),
            ("9 tháng".into(), "9 months".into())
        );
        assert_eq!(axis(Period::year(2024)), ("Năm".into(), "Year".into()));
    }

    #[test]
    fn ids_round_trip_and_reject_nonsense() {
        let all = [
            Period::month(2024, 3).unwrap(),
            Period::quarter(2024, 2).unwrap(),
            Period::half_year(2024),
            Period::nine_months(2024),
            Period::year(2024),
        ];
        for period in all {
            assert_eq!(Period::parse(&period.id()), Some(period), "{}", period.id());
        }
        for bad in ["2024-q5", "2024-m13", "2024-m3", "2024", "x-6t", "2024-q02"] {
            assert_eq!(Period::parse(&PeriodId::new(bad).unwrap()), None, "{bad}");
        }
    }

    #[test]
    fn bounds_and_due_dates() {
        let q2 = Period::quarter(2024, 2).unwrap();
        assert_eq!(
            (q2.start(), q2.end()),
            (date(2024, 4, 1), date(2024, 6, 30))
        );
        let regime = seed_regime();
        assert_eq!(regime.due_date(Period::half_year(2024)), date(2024, 6, 15));
        assert_eq!(regime.due_date(Period::year(2024)), date(2024, 12, 15));
        let after = Regime {
            due: DueRule::DaysAfterEnd { days: 5 },
            ..seed_regime()
        };
        assert_eq!(after.due_date(Period::year(2024)), date(2025, 1, 5));
    }

    #[test]
    fn the_seed_regime_lists_half_years_and_years_in_order() {
        let labels: Vec<String> = seed_regime()
            .periods(date(2025, 3, 1))
            .iter()
            .map(|p| p.label_vi())
            .collect();
        assert_eq!(
            labels,
            [
                "6 tháng đầu năm 2024",
                "Năm 2024",
                "6 tháng đầu năm 2025",
                "Năm 2025"
            ]
        );
    }

    #[test]
    fn the_current_period_follows_today() {
        let regime = seed_regime();
        assert_eq!(
            regime.current(date(2024, 5, 1)),
            Some(Period::half_year(2024))
        );
        assert_eq!(
            regime.current(date(2024, 7, 10)),
            Some(Period::half_year(2024))
        );
        assert_eq!(regime.current(date(2024, 8, 1)), Some(Period::year(2024)));
        assert_eq!(regime.current(date(2026, 11, 26)), Some(Period::year(2026)));
    }
}
