//! Timeframes as plans print them ("Thường xuyên", "Hằng năm", "trước ngày
//! 30/6/2024", "Tháng 12/2025", "6/2025", "Quý IV năm 2026", "2024-2025",
//! "Giai đoạn 2026–2030", "trước ngày 27 tháng 6 năm 2014") and the
//! reporting regime ("định kỳ 6 tháng, hằng năm", "trước ngày 15/12").

use super::marker::roman_value;
use crate::domain::text::fold;
use crate::domain::{Date, DueRule, PeriodKind, Regime, Timeframe};

/// A timeframe read from its printed words, and whether the reading is plain.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Reading {
    pub timeframe: Timeframe,
    /// Why the reading is a guess, if it is one.
    pub guess: Option<&'static str>,
}

/// Numbers in folded text, with their byte positions.
fn numbers(folded: &str) -> Vec<(usize, u32)> {
    let mut out = Vec::new();
    let bytes = folded.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i].is_ascii_digit() {
            let start = i;
            while i < bytes.len() && bytes[i].is_ascii_digit() {
                i += 1;
            }
            if let Ok(n) = folded[start..i].parse::<u32>() {
                if i - start <= 4 {
                    out.push((start, n));
                }
            }
        } else {
            i += 1;
        }
    }
    out
}

fn year(n: u32) -> Option<i32> {
    (1945..=2100).contains(&n).then_some(n as i32)
}

/// A date written "d/m/yyyy", "d-m-yyyy" or "ngày d tháng m năm yyyy" at the start of `text`.
fn date_at(text: &str) -> Option<(Date, usize)> {
    let nums = numbers(text);
    let (a, d) = *nums.first()?;
    if a > 2 {
        return None;
    }
    let (b, m) = *nums.get(1)?;
    let (c, y) = *nums.get(2)?;
    let between = |from: usize, to: usize| text[from..to].trim().to_string();
    let first_end = a + d.to_string().len();
    let sep1 = between(first_end, b);
    let sep2 = between(b + m.to_string().len(), c);
    let slash = |s: &str| matches!(s, "/" | "-" | "." | "–");
    let words = (sep1 == "thang" || sep1.is_empty()) && (sep2 == "nam" || sep2 == ",");
    let slashes = slash(&sep1) && slash(&sep2);
    if !(slashes || sep1 == "thang" && sep2 == "nam" || words) {
        return None;
    }
    let date = Date::new(year(y)?, u8::try_from(m).ok()?, u8::try_from(d).ok()?)?;
    Some((date, c + 4))
}

/// "tháng 12/2025", "12/2025", "tháng 12 năm 2025": the month's last day.
fn month_year(folded: &str) -> Option<Date> {
    let nums = numbers(folded);
    for pair in nums.windows(2) {
        let ((a, m), (b, y)) = (pair[0], pair[1]);
        let sep = folded[a + m.to_string().len()..b].trim();
        if (1..=12).contains(&m) && (sep == "/" || sep == "nam" || sep == "-") && year(y).is_some()
        {
            // Not the tail of a full date "30/6/2024".
            let before = folded[..a].trim_end();
            if before.ends_with('/') || before.ends_with("thang") && before.ends_with("ngay") {
                continue;
            }
            let day_before = before.ends_with('/') || {
                let b = before.trim_end_matches("thang").trim_end();
                b.chars().last().is_some_and(|c| c.is_ascii_digit())
            };
            if day_before {
                continue;
            }
            return Date::end_of_month(year(y)?, m as u8);
        }
    }
    None
}

/// "Quý IV năm 2026", "Quý IV/2026", "quý 2/2025".
fn quarter(folded: &str) -> Option<Timeframe> {
    let at = folded.find("quy ")?;
    let rest = &folded[at + 4..];
    let word_end = rest
        .find(|c: char| !c.is_alphanumeric())
        .unwrap_or(rest.len());
    let word = &rest[..word_end];
    let q = word
        .parse::<u8>()
        .ok()
        .or_else(|| roman_value(&word.to_uppercase()).and_then(|v| u8::try_from(v).ok()))?;
    if !(1..=4).contains(&q) {
        return None;
    }
    let y = numbers(&rest[word_end..])
        .into_iter()
        .find_map(|(_, n)| year(n))?;
    Some(Timeframe::Quarter {
        year: y,
        quarter: q,
    })
}

/// Reads a printed timeframe. `None` when nothing in it is a time.
pub fn read(text: &str) -> Option<Reading> {
    let folded = fold(text);
    let plain = |timeframe| {
        Some(Reading {
            timeframe,
            guess: None,
        })
    };
    // Work reported every period: "thường xuyên", "liên tục", "hằng quý".
    let ongoing = [
        "thuong xuyen",
        "lien tuc",
        "hang quy",
        "hang thang",
        "dinh ky",
    ]
    .iter()
    .any(|w| folded.contains(w));
    let yearly = folded.contains("hang nam") || folded.contains("hng nam");
    // "trước ngày 30/6/2024", "trước 30/6/2024", "ngày 27 tháng 6 năm 2014"
    let deadline = folded
        .match_indices("ngay")
        .chain(folded.match_indices("truoc"))
        .find_map(|(at, word)| date_at(folded[at + word.len()..].trim_start()).map(|(d, _)| d))
        .or_else(|| date_at(folded.trim_start()).map(|(d, _)| d));
    let years: Vec<i32> = numbers(&folded)
        .into_iter()
        .filter_map(|(_, n)| year(n))
        .collect();
    if ongoing && deadline.is_none() && years.is_empty() {
        return plain(Timeframe::Ongoing);
    }
    if yearly && !ongoing && deadline.is_none() && years.is_empty() {
        return plain(Timeframe::Yearly);
    }
    if ongoing {
        // "Tháng 12/2013 và thường xuyên": the work goes on.
        return Some(Reading {
            timeframe: Timeframe::Ongoing,
            guess: Some("một mốc thời gian kèm “thường xuyên”: theo dõi như việc thường xuyên"),
        });
    }
    if let Some(q) = quarter(&folded) {
        return plain(q);
    }
    // "6 tháng đầu năm 2025": by 30/6; "6 tháng cuối năm 2025": by 31/12.
    if let (Some(half), [y]) = (
        ["dau nam", "cuoi nam"]
            .iter()
            .position(|h| folded.contains(&format!("6 thang {h}"))),
        years.as_slice(),
    ) {
        let (month, day) = if half == 0 { (6, 30) } else { (12, 31) };
        if let Some(date) = Date::new(*y, month, day) {
            return plain(Timeframe::Deadline { date });
        }
    }
    let from_word = folded.trim_start().starts_with("tu ");
    if let Some(date) = deadline {
        if from_word {
            return Some(Reading {
                timeframe: Timeframe::Ongoing,
                guess: Some("chỉ có ngày bắt đầu: theo dõi như việc thường xuyên"),
            });
        }
        return plain(Timeframe::Deadline { date });
    }
    if let Some(date) = month_year(&folded) {
        if years.len() <= 1 {
            return plain(Timeframe::Deadline { date });
        }
    }
    match years.as_slice() {
        [] => {
            if yearly {
                return plain(Timeframe::Yearly);
            }
            None
        }
        [y] => {
            if yearly {
                return plain(Timeframe::Yearly);
            }
            if from_word || folded.contains("tro di") || folded.contains("cac nam tiep theo") {
                return Some(Reading {
                    timeframe: Timeframe::Ongoing,
                    guess: Some("chỉ có năm bắt đầu: theo dõi như việc thường xuyên"),
                });
            }
            plain(Timeframe::Year { year: *y })
        }
        [first, .., last] if last > first => {
            let from = Date::new(*first, 1, 1)?;
            let to = Date::new(*last, 12, 31)?;
            let guess = (years.len() > 2 || folded.contains("tiep theo"))
                .then_some("nhiều mốc năm: lấy năm đầu và năm cuối");
            Some(Reading {
                timeframe: Timeframe::Range { from, to },
                guess,
            })
        }
        [y, ..] => plain(Timeframe::Year { year: *y }),
    }
}

/// The reporting regime a plan's text sets ("định kỳ 6 tháng, hằng năm báo
/// cáo … trước ngày 15/12"), or `None` when it sets none.
pub fn regime(text: &str, from_year: i32) -> Option<Regime> {
    let folded = fold(text);
    let mut kinds = Vec::new();
    let has = |p: &str| folded.contains(p);
    if has("hang thang") || has("hàng thang") || has("dinh ky thang") {
        kinds.push(PeriodKind::Month);
    }
    // "theo quý", "tháng cuối quý" by their accents: "theo quy định" folds alike.
    let lower = text.to_lowercase();
    if has("hang quy")
        || has("dinh ky quy")
        || has("3 thang mot lan")
        || lower.contains("theo quý")
        || lower.contains("cuối quý")
    {
        kinds.push(PeriodKind::Quarter);
    }
    if has("6 thang") || has("sau thang") {
        kinds.push(PeriodKind::HalfYear);
    }
    if has("9 thang") {
        kinds.push(PeriodKind::NineMonths);
    }
    if has("hang nam") || has("ca nam") || has("dinh ky nam") || has(", nam") && !kinds.is_empty() {
        kinds.push(PeriodKind::Year);
    }
    if kinds.is_empty() {
        return None;
    }
    let due = folded
        .find("truoc ngay")
        .and_then(|at| numbers(&folded[at..]).first().map(|(_, n)| *n))
        .and_then(|day| u8::try_from(day).ok())
        .filter(|day| (1..=31).contains(day))
        .unwrap_or(15);
    Some(Regime {
        kinds,
        from_year,
        to_year: None,
        due: DueRule::DayOfLastMonth { day: due },
    })
}

/// The regime a plan gets when its text sets none: what the seed uses.
pub fn default_regime(from_year: i32) -> Regime {
    Regime {
        kinds: vec![PeriodKind::HalfYear, PeriodKind::Year],
        from_year,
        to_year: None,
        due: DueRule::DayOfLastMonth { day: 15 },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tf(text: &str) -> Option<Timeframe> {
        read(text).map(|r| r.timeframe)
    }

    fn d(y: i32, m: u8, day: u8) -> Date {
        Date::new(y, m, day).unwrap()
    }

    #[test]
    fn reads_the_genre_s_timeframes() {
        let deadline = |y, m, day| Some(Timeframe::Deadline { date: d(y, m, day) });
        let quarter = |year, quarter| Some(Timeframe::Quarter { year, quarter });
        let cases = [
            ("Thường xuyên.", Some(Timeframe::Ongoing)),
            ("Hằng năm", Some(Timeframe::Yearly)),
            ("trước ngày 30/6/2024", deadline(2024, 6, 30)),
            ("trước ngày 27 tháng 6 năm 2014", deadline(2014, 6, 27)),
            ("Tháng 12/2025.", deadline(2025, 12, 31)),
            ("6/2025", deadline(2025, 6, 30)),
            ("Quý IV năm 2026", quarter(2026, 4)),
            ("Quý II/2024", quarter(2024, 2)),
            ("2025", Some(Timeframe::Year { year: 2025 })),
            (
                "Giai đoạn 2026–2030",
                Some(Timeframe::Range {
                    from: d(2026, 1, 1),
                    to: d(2030, 12, 31),
                }),
            ),
            ("Sau khi có Quy chế của Trung ương", None),
            ("Tháng 12/2013 và thường xuyên.", Some(Timeframe::Ongoing)),
            ("Hằng quý", Some(Timeframe::Ongoing)),
            ("Tháng 6 năm 2026", deadline(2026, 6, 30)),
            ("Trước 30/6/2026", deadline(2026, 6, 30)),
            ("6 tháng đầu năm 2025", deadline(2025, 6, 30)),
            ("6 tháng cuối năm 2025.", deadline(2025, 12, 31)),
            ("Năm 2025 và các năm tiếp theo", Some(Timeframe::Ongoing)),
        ];
        for (text, expected) in cases {
            assert_eq!(tf(text), expected, "{text}");
        }
    }

    #[test]
    fn reads_the_regime() {
        let r = regime(
            "Định kỳ 6 tháng, hằng năm báo cáo UBND tỉnh trước ngày 15/12",
            2024,
        )
        .unwrap();
        assert_eq!(r.kinds, [PeriodKind::HalfYear, PeriodKind::Year]);
        assert_eq!(r.due, DueRule::DayOfLastMonth { day: 15 });
        let q = regime(
            "báo cáo định kỳ hàng quý (trước ngày 20 tháng cuối quý)",
            2014,
        )
        .unwrap();
        assert_eq!(q.kinds, [PeriodKind::Quarter]);
        assert_eq!(q.due, DueRule::DayOfLastMonth { day: 20 });
        assert_eq!(regime("không nói gì", 2024), None);
    }
}
