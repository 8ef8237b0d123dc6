//! Kinh phí (the plan's part III): what a unit's work on a task cost in a
//! period and from which source, and the further funding it asks for — a
//! non-regular task's estimate, which the monitoring unit passes on to Sở
//! Tài chính. Amounts are whole đồng; every field is optional.

use super::entry::EntryKey;
use super::ids::{TaskId, UnitId};
use super::number::{self, Marks};
use super::progress::Owed;
use super::workspace::Workspace;
use serde::{Deserialize, Serialize};

/// The largest amount taken: a million billion đồng, far above any
/// province's budget, and exact as a JavaScript number.
pub const MAX_DONG: u64 = 1_000_000_000_000_000;

/// Nguồn kinh phí.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub enum Funding {
    /// Chi thường xuyên: the unit's regular budget (the plan's default).
    #[serde(rename = "thuong_xuyen")]
    Regular,
    /// Chi không thường xuyên: an estimate approved on top of it.
    #[serde(rename = "khong_thuong_xuyen")]
    NonRegular,
    /// Xã hội hóa and other lawful sources.
    #[serde(rename = "khac")]
    Other,
}

impl Funding {
    pub const ALL: [Funding; 3] = [Funding::Regular, Funding::NonRegular, Funding::Other];

    /// The wire name, also the value of the editor's select.
    pub fn slug(self) -> &'static str {
        match self {
            Funding::Regular => "thuong_xuyen",
            Funding::NonRegular => "khong_thuong_xuyen",
            Funding::Other => "khac",
        }
    }

    pub fn from_slug(slug: &str) -> Option<Funding> {
        Funding::ALL
            .into_iter()
            .find(|source| source.slug() == slug)
    }

    /// As the consolidated report writes it, inside a sentence.
    pub fn label_vi(self) -> &'static str {
        match self {
            Funding::Regular => "chi thường xuyên",
            Funding::NonRegular => "chi không thường xuyên",
            Funding::Other => "xã hội hóa, nguồn khác",
        }
    }
}

/// An entry's funding: all optional, absent from the files when empty.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Budget {
    /// Kinh phí đã sử dụng trong kỳ, đồng.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub spent: Option<u64>,
    /// Nguồn kinh phí of what was spent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<Funding>,
    /// Kinh phí đề nghị bổ sung, đồng: the estimate for Sở Tài chính.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub requested: Option<u64>,
}

impl Budget {
    pub fn is_empty(&self) -> bool {
        *self == Budget::default()
    }
}

/// `12.500.000` (Vietnamese), `12,500,000` (English).
pub fn amount(dong: u64, marks: Marks) -> String {
    number::group_thousands(dong, marks)
}

/// Why a typed amount was not taken.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AmountError {
    /// Not whole đồng written with the language's marks.
    Unreadable,
    /// Over [`MAX_DONG`].
    TooLarge,
}

/// Currency words people type after an amount (a closed list: no Unicode
/// case tables in the wasm).
/// Longer words first: "VNĐ" also ends with "Đ".
const CURRENCY: [&str; 10] = [
    "đồng", "Đồng", "ĐỒNG", "dong", "vnđ", "VNĐ", "vnd", "VND", "đ", "Đ",
];

/// An amount as people type it: `12500000`, `12.500.000`, `12.500.000 đồng`,
/// `12.500.000đ` (with English marks `12,500,000 VND`). Blank: none.
pub fn parse_amount(text: &str, marks: Marks) -> Result<Option<u64>, AmountError> {
    let mut text = text.trim();
    if let Some(rest) = CURRENCY.iter().find_map(|word| text.strip_suffix(word)) {
        text = rest.trim_end();
        if text.is_empty() {
            return Err(AmountError::Unreadable);
        }
    }
    if text.is_empty() {
        return Ok(None);
    }
    let digits = number::ungroup(text, marks).ok_or(AmountError::Unreadable)?;
    // More than 19 digits overflows u64: too large whatever it says.
    match digits.trim_start_matches('0').len() {
        0..=19 => {}
        _ => return Err(AmountError::TooLarge),
    }
    let value: u64 = digits.parse().map_err(|_| AmountError::TooLarge)?;
    if value > MAX_DONG {
        return Err(AmountError::TooLarge);
    }
    Ok(Some(value))
}

/// One unit's request for further funding on one task.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Request {
    pub task: TaskId,
    pub unit: UnitId,
    pub amount: u64,
}

/// The funding of a period's owed reports, summed.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Totals {
    /// Everything spent.
    pub spent: u64,
    /// Spent, by the source stated (`None`: no source given), in
    /// [`Funding::ALL`] order then unstated; sources with nothing left out.
    pub by_source: Vec<(Option<Funding>, u64)>,
    /// How many reports state an amount spent.
    pub reports: usize,
    /// Requests for further funding, in plan then unit order.
    pub requests: Vec<Request>,
}

impl Totals {
    pub fn requested(&self) -> u64 {
        self.requests
            .iter()
            .fold(0, |sum, r| sum.saturating_add(r.amount))
    }

    pub fn is_empty(&self) -> bool {
        self.reports == 0 && self.requests.is_empty()
    }
}

/// The funding reported on `owed` (a period's owed reports, in plan order).
pub fn totals(workspace: &Workspace, owed: &[Owed]) -> Totals {
    let mut totals = Totals::default();
    let mut by_source = [0u64; 4];
    for item in owed {
        let key = EntryKey {
            task: item.task.clone(),
            unit: item.unit.clone(),
            period: item.period.clone(),
        };
        let Some(budget) = workspace
            .entries
            .get(&key)
            .filter(|e| !e.deleted)
            .map(|e| &e.budget)
        else {
            continue;
        };
        if let Some(spent) = budget.spent {
            totals.spent = totals.spent.saturating_add(spent);
            totals.reports += 1;
            let slot = budget.source.map_or(3, |s| s as usize);
            by_source[slot] = by_source[slot].saturating_add(spent);
        }
        if let Some(amount) = budget.requested.filter(|a| *a > 0) {
            totals.requests.push(Request {
                task: key.task,
                unit: key.unit,
                amount,
            });
        }
    }
    let sources = Funding::ALL.into_iter().map(Some).chain([None]);
    totals.by_source = sources.zip(by_source).filter(|(_, sum)| *sum > 0).collect();
    totals
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn amounts_as_people_type_them() {
        for (text, dong) in [
            ("", None),
            ("   ", None),
            ("0", Some(0)),
            ("12500000", Some(12_500_000)),
            ("12.500.000", Some(12_500_000)),
            (" 12.500.000 đồng ", Some(12_500_000)),
            ("12.500.000đ", Some(12_500_000)),
            ("12.500.000 VNĐ", Some(12_500_000)),
            ("1.000.000.000.000.000", Some(MAX_DONG)),
        ] {
            assert_eq!(parse_amount(text, Marks::VI), Ok(dong), "{text}");
        }
        for text in [
            "12,5",
            "12.5",
            "1.2345",
            "đồng",
            "-5",
            "12 triệu",
            "5e6",
            "12.500.000 USD",
        ] {
            assert_eq!(
                parse_amount(text, Marks::VI),
                Err(AmountError::Unreadable),
                "{text}"
            );
        }
        for text in ["1.000.000.000.000.001", "99999999999999999999999"] {
            assert_eq!(
                parse_amount(text, Marks::VI),
                Err(AmountError::TooLarge),
                "{text}"
            );
        }
        assert_eq!(
            parse_amount("12,500,000 VND", Marks::EN),
            Ok(Some(12_500_000))
        );
        assert_eq!(
            parse_amount("12.500.000", Marks::EN),
            Err(AmountError::Unreadable)
        );
        assert_eq!(amount(12_500_000, Marks::VI), "12.500.000");
        assert_eq!(amount(MAX_DONG, Marks::EN), "1,000,000,000,000,000");
    }

    #[test]
    fn sources_round_trip_their_wire_names() {
        for source in Funding::ALL {
            assert_eq!(Funding::from_slug(source.slug()), Some(source));
            let json = serde_json::to_string(&source).unwrap();
            assert_eq!(json, format!("\"{}\"", source.slug()));
        }
        assert_eq!(Funding::from_slug(""), None);
    }

    #[test]
    fn an_empty_budget_is_left_out_and_a_full_one_kept() {
        assert!(Budget::default().is_empty());
        let budget = Budget {
            spent: Some(12_500_000),
            source: Some(Funding::NonRegular),
            requested: Some(50_000_000),
        };
        let json = serde_json::to_string(&budget).unwrap();
        assert_eq!(
            json,
            r#"{"spent":12500000,"source":"khong_thuong_xuyen","requested":50000000}"#
        );
        assert_eq!(serde_json::from_str::<Budget>(&json).unwrap(), budget);
    }

    proptest! {
        /// An amount written as the page shows it reads back as itself, with
        /// or without its marks and a currency word.
        #[test]
        fn amounts_read_back(dong in 0..=MAX_DONG, word in 0..CURRENCY.len()) {
            for marks in [Marks::VI, Marks::EN] {
                let shown = amount(dong, marks);
                prop_assert_eq!(parse_amount(&shown, marks), Ok(Some(dong)));
                prop_assert_eq!(parse_amount(&dong.to_string(), marks), Ok(Some(dong)));
                let worded = format!("{shown} {}", CURRENCY[word]);
                prop_assert_eq!(parse_amount(&worded, marks), Ok(Some(dong)));
            }
        }
    }
}
