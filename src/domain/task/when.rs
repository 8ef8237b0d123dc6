//! A timeframe as the amendment form edits it: a kind (its wire name) and
//! the text of its dates, written and read back the Vietnamese way.

use super::Timeframe;
use crate::domain::date::Date;

const ROMAN: [&str; 4] = ["I", "II", "III", "IV"];

impl Timeframe {
    /// The kinds the form offers, by wire name, in its order.
    pub const KINDS: [&'static str; 6] =
        ["ongoing", "yearly", "deadline", "quarter", "year", "range"];

    /// The wire name of the kind, also the form's select value.
    pub fn kind(&self) -> &'static str {
        match self {
            Timeframe::Ongoing => "ongoing",
            Timeframe::Yearly => "yearly",
            Timeframe::Deadline { .. } => "deadline",
            Timeframe::Quarter { .. } => "quarter",
            Timeframe::Year { .. } => "year",
            Timeframe::Range { .. } => "range",
        }
    }

    /// The text of its dates, to edit: `30/09/2026`, `III/2026`, `2026`,
    /// `01/07/2026 - 31/12/2026`; empty for ongoing and yearly work.
    pub fn when_text(&self) -> String {
        match self {
            Timeframe::Ongoing | Timeframe::Yearly => String::new(),
            Timeframe::Deadline { date } => date.dmy(),
            Timeframe::Quarter { year, quarter } => {
                let roman = ROMAN.get(usize::from(*quarter).wrapping_sub(1));
                format!("{}/{year}", roman.copied().unwrap_or("?"))
            }
            Timeframe::Year { year } => year.to_string(),
            Timeframe::Range { from, to } => format!("{} - {}", from.dmy(), to.dmy()),
        }
    }

    /// A timeframe from the form's kind and text, as [`Timeframe::when_text`]
    /// writes it (a quarter also as `3/2026` or `Quý III/2026`, a range with
    /// an en dash). `None`: not a timeframe (a range ending before it starts
    /// is not one either).
    pub fn read(kind: &str, text: &str) -> Option<Timeframe> {
        let text = text.trim();
        let year = |text: &str| -> Option<i32> {
            let year: i32 = text.trim().parse().ok()?;
            (text.trim().len() == 4 && Date::new(year, 1, 1).is_some()).then_some(year)
        };
        match kind {
            "ongoing" => Some(Timeframe::Ongoing),
            "yearly" => Some(Timeframe::Yearly),
            "deadline" => Some(Timeframe::Deadline {
                date: Date::parse_dmy(text)?,
            }),
            "quarter" => {
                let text = ["Quý", "quý", "QUÝ", "Q", "q"]
                    .iter()
                    .find_map(|word| text.strip_prefix(word))
                    .unwrap_or(text);
                let (quarter, rest) = text.split_once('/')?;
                let quarter = quarter.trim();
                let index = ROMAN
                    .iter()
                    .position(|r| *r == quarter)
                    .map(|i| i + 1)
                    .or_else(|| quarter.parse().ok().filter(|q| (1..=4).contains(q)))?;
                Some(Timeframe::Quarter {
                    year: year(rest)?,
                    quarter: index as u8,
                })
            }
            "year" => Some(Timeframe::Year { year: year(text)? }),
            "range" => {
                let (from, to) = text.split_once(['-', '–'])?;
                let (from, to) = (Date::parse_dmy(from.trim())?, Date::parse_dmy(to.trim())?);
                (from <= to).then_some(Timeframe::Range { from, to })
            }
            _ => None,
        }
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn timeframes_as_typed() {
        let d = |y, m, day| Date::new(y, m, day).unwrap();
        for (kind, text, expected) in [
            ("ongoing", "ignored", Some(Timeframe::Ongoing)),
            ("yearly", "", Some(Timeframe::Yearly)),
            (
                "deadline",
                " 30/9/2026 ",
                Some(Timeframe::Deadline {
                    date: d(2026, 9, 30),
                }),
            ),
            ("deadline", "31/02/2026", None),
            (
                "quarter",
                "III/2026",
                Some(Timeframe::Quarter {
                    year: 2026,
                    quarter: 3,
                }),
            ),
            (
                "quarter",
                "Quý II/2024",
                Some(Timeframe::Quarter {
                    year: 2024,
                    quarter: 2,
                }),
            ),
            (
                "quarter",
                "4/2025",
                Some(Timeframe::Quarter {
                    year: 2025,
                    quarter: 4,
                }),
            ),
            ("quarter", "V/2025", None),
            ("quarter", "5/2025", None),
            ("quarter", "III/26", None),
            ("year", "2026", Some(Timeframe::Year { year: 2026 })),
            ("year", "năm 2026", None),
            (
                "range",
                "01/07/2026 – 31/12/2026",
                Some(Timeframe::Range {
                    from: d(2026, 7, 1),
                    to: d(2026, 12, 31),
                }),
            ),
            ("range", "31/12/2026 - 01/07/2026", None),
            ("range", "01/07/2026", None),
            ("weekly", "", None),
        ] {
            assert_eq!(Timeframe::read(kind, text), expected, "{kind} {text}");
        }
        assert_eq!(
            Timeframe::Quarter {
                year: 2024,
                quarter: 2
            }
            .when_text(),
            "II/2024"
        );
        assert_eq!(Timeframe::Ongoing.when_text(), "");
    }

    fn timeframes() -> impl Strategy<Value = Timeframe> {
        let date =
            (2000i32..2100, 1u8..=12, 1u8..=28).prop_map(|(y, m, d)| Date::new(y, m, d).unwrap());
        prop_oneof![
            Just(Timeframe::Ongoing),
            Just(Timeframe::Yearly),
            date.clone().prop_map(|date| Timeframe::Deadline { date }),
            (2000i32..2100, 1u8..=4)
                .prop_map(|(year, quarter)| Timeframe::Quarter { year, quarter }),
            (2000i32..2100).prop_map(|year| Timeframe::Year { year }),
            (date.clone(), date).prop_map(|(a, b)| Timeframe::Range {
                from: a.min(b),
                to: a.max(b)
            }),
        ]
    }

    proptest! {
        /// What the form shows of a timeframe reads back as the same one.
        #[test]
        fn a_timeframe_reads_back(timeframe in timeframes()) {
            prop_assert_eq!(Timeframe::read(timeframe.kind(), &timeframe.when_text()), Some(timeframe.clone()));
            prop_assert!(Timeframe::KINDS.contains(&timeframe.kind()));
        }
    }
}
