//! The unit directory: departments, districts, press and party bodies, their
//! groups, validity dates and successor links (2025 mergers, splits by function).

use super::date::Date;
use super::ids::{GroupId, UnitId};
use super::sort;
use super::text::{Search, SortKey};
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;

mod email;
pub use email::{parse_addresses, BadAddress};

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub enum UnitKind {
    /// Sở, ban, ngành of the province.
    #[serde(rename = "department")]
    Department,
    /// UBND of a district or city (cấp huyện), or of a commune after 2025.
    #[serde(rename = "district")]
    District,
    /// Newspaper, radio and television, provincial portal.
    #[serde(rename = "press")]
    Press,
    /// Party body (Ban of the Tỉnh ủy): receives requests (đề nghị), not orders.
    #[serde(rename = "party")]
    PartyBody,
    /// Company, corporation, bank, business association.
    #[serde(rename = "enterprise")]
    Enterprise,
    /// Anything else: the People's Committee itself, councils, associations.
    #[serde(rename = "other")]
    Other,
}

/// Part or all of a unit's work passes to another unit from a date.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Succession {
    pub unit: UnitId,
    pub from: Date,
    /// The functions that move (e.g. "báo chí"); empty means everything.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub functions: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Unit {
    pub id: UnitId,
    /// Official name: "Sở Văn hóa, Thể thao và Du lịch".
    pub name: String,
    /// Short name used in tables and cards: "Sở VHTTDL".
    pub short_name: String,
    pub kind: UnitKind,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub valid_from: Option<Date>,
    /// The last day the unit existed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub valid_to: Option<Date>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub successors: Vec<Succession>,
}

impl Unit {
    pub fn is_active_on(&self, date: Date) -> bool {
        self.valid_from.is_none_or(|from| from <= date) && self.valid_to.is_none_or(|to| date <= to)
    }

    pub fn matches(&self, search: &Search) -> bool {
        search.matches([self.name.as_str(), self.short_name.as_str()])
    }

    /// Its email addresses as people read them ("a@x.vn, b@y.vn"); empty
    /// when it has none.
    pub fn addresses(&self) -> String {
        self.email.as_deref().unwrap_or_default().replace(',', ", ")
    }
}

/// A named set of units a plan assigns work to at once: "các sở, ban, ngành".
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct UnitGroup {
    pub id: GroupId,
    pub name: String,
    pub members: Vec<UnitId>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Directory {
    pub units: Vec<Unit>,
    #[serde(default)]
    pub groups: Vec<UnitGroup>,
}

impl Directory {
    pub fn unit(&self, id: &UnitId) -> Option<&Unit> {
        self.units.iter().find(|unit| &unit.id == id)
    }

    pub fn group(&self, id: &GroupId) -> Option<&UnitGroup> {
        self.groups.iter().find(|group| &group.id == id)
    }

    /// A unit's short name, or its id when the directory does not know it.
    pub fn short_name<'a>(&'a self, id: &'a UnitId) -> &'a str {
        self.unit(id)
            .map_or(id.as_str(), |unit| unit.short_name.as_str())
    }

    /// The unit's official name, as documents write it (the id if unknown).
    pub fn full_name<'a>(&'a self, id: &'a UnitId) -> &'a str {
        self.unit(id).map_or(id.as_str(), |unit| unit.name.as_str())
    }

    /// Units sorted in Vietnamese order of their official names.
    pub fn sorted_units(&self) -> Vec<&Unit> {
        let mut units: Vec<&Unit> = self.units.iter().collect();
        // One key per unit, not two per comparison.
        sort::sort_by_cached_key(&mut units, |unit| SortKey::new(&unit.name));
        units
    }

    /// The groups a unit belongs to.
    pub fn groups_of<'a>(&'a self, id: &'a UnitId) -> impl Iterator<Item = &'a UnitGroup> + 'a {
        self.groups
            .iter()
            .filter(move |group| group.members.contains(id))
    }

    /// The units that carry a unit's work on `date`, following successor links
    /// (several when functions were split). A unit still active is its own answer.
    /// `function` picks the successor that took that function, where one did.
    pub fn resolve_on(&self, id: &UnitId, date: Date, function: Option<&str>) -> Vec<UnitId> {
        let mut seen = BTreeSet::new();
        let mut answer = Vec::new();
        self.resolve_into(id, date, function, &mut seen, &mut answer);
        answer
    }

    fn resolve_into(
        &self,
        id: &UnitId,
        date: Date,
        function: Option<&str>,
        seen: &mut BTreeSet<UnitId>,
        answer: &mut Vec<UnitId>,
    ) {
        if !seen.insert(id.clone()) {
            return;
        }
        let Some(unit) = self.unit(id) else {
            return;
        };
        let live: Vec<&Succession> = unit.successors.iter().filter(|s| s.from <= date).collect();
        if unit.is_active_on(date) || live.is_empty() {
            answer.push(id.clone());
            return;
        }
        let by_function: Vec<&Succession> = match function {
            Some(wanted) => live
                .iter()
                .copied()
                .filter(|s| s.functions.iter().any(|f| f == wanted))
                .collect(),
            None => Vec::new(),
        };
        let chosen = if by_function.is_empty() {
            live
        } else {
            by_function
        };
        for succession in chosen {
            self.resolve_into(&succession.unit, date, function, seen, answer);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn unit(id: &str, name: &str) -> Unit {
        Unit {
            id: UnitId::new(id).unwrap(),
            name: name.into(),
            short_name: name.into(),
            kind: UnitKind::Department,
            email: None,
            valid_from: None,
            valid_to: None,
            successors: vec![],
        }
    }

    fn date(y: i32, m: u8, d: u8) -> Date {
        Date::new(y, m, d).unwrap()
    }

    fn id(text: &str) -> UnitId {
        UnitId::new(text).unwrap()
    }

    /// Sở TT&TT ends on 28/02/2025; press work goes to Sở VHTTDL, the rest to Sở KH&CN.
    fn merged() -> Directory {
        let mut tttt = unit("so-tttt", "Sở Thông tin và Truyền thông");
        tttt.valid_to = Some(date(2025, 2, 28));
        tttt.successors = vec![
            Succession {
                unit: id("so-khcn"),
                from: date(2025, 3, 1),
                functions: vec![],
            },
            Succession {
                unit: id("so-vhttdl"),
                from: date(2025, 3, 1),
                functions: vec!["báo chí".into()],
            },
        ];
        Directory {
            units: vec![
                tttt,
                unit("so-khcn", "Sở Khoa học và Công nghệ"),
                unit("so-vhttdl", "Sở Văn hóa, Thể thao và Du lịch"),
            ],
            groups: vec![],
        }
    }

    #[test]
    fn an_active_unit_resolves_to_itself() {
        let directory = merged();
        assert_eq!(
            directory.resolve_on(&id("so-tttt"), date(2024, 6, 30), None),
            [id("so-tttt")]
        );
    }

    #[test]
    fn a_merged_unit_resolves_to_its_successors_and_by_function() {
        let directory = merged();
        let after = date(2025, 6, 30);
        assert_eq!(
            directory.resolve_on(&id("so-tttt"), after, None),
            [id("so-khcn"), id("so-vhttdl")]
        );
        assert_eq!(
            directory.resolve_on(&id("so-tttt"), after, Some("báo chí")),
            [id("so-vhttdl")]
        );
        assert_eq!(
            directory.resolve_on(&id("so-tttt"), after, Some("chuyển đổi số")),
            [id("so-khcn"), id("so-vhttdl")]
        );
    }

    #[test]
    fn successor_cycles_end() {
        let mut directory = merged();
        directory.units[1].valid_to = Some(date(2025, 1, 1));
        directory.units[1].successors = vec![Succession {
            unit: id("so-tttt"),
            from: date(2025, 1, 2),
            functions: vec![],
        }];
        let answer = directory.resolve_on(&id("so-tttt"), date(2025, 6, 30), None);
        assert_eq!(answer, [id("so-vhttdl")]);
    }

    #[test]
    fn units_sort_in_vietnamese_order() {
        let directory = merged();
        let names: Vec<&str> = directory
            .sorted_units()
            .iter()
            .map(|u| u.name.as_str())
            .collect();
        assert_eq!(
            names,
            [
                "Sở Khoa học và Công nghệ",
                "Sở Thông tin và Truyền thông",
                "Sở Văn hóa, Thể thao và Du lịch"
            ]
        );
    }
}
