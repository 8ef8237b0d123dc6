//! A read plan's units matched against the units this browser already knows
//! (the plans it holds): the same body keeps its id, short name, kind and
//! email, and a group the text only names ("các sở, ban, ngành") takes the
//! members the known plan gave it, so its units owe their reports at once.

use super::units::key;
use super::{Reading, Subject};
use crate::domain::{Assignee, Directory, GroupId, Plan, UnitId};
use std::collections::BTreeMap;

/// What matching changed, to say on the review screen.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Matched {
    /// Units found among the known ones.
    pub units: usize,
    /// Groups given the known group's members.
    pub groups: usize,
}

fn keys_of(name: &str, short_name: &str) -> [String; 2] {
    [key(name), key(short_name)]
}

/// Matches `reading`'s units and groups against `known`.
pub fn adopt(reading: &mut Reading, known: &Directory) -> Matched {
    let mut matched = Matched::default();
    let plan = &mut reading.plan;
    // Units: the read id → the known unit.
    let mut by_key: BTreeMap<String, usize> = BTreeMap::new();
    for (index, unit) in known.units.iter().enumerate() {
        for k in keys_of(&unit.name, &unit.short_name) {
            by_key.entry(k).or_insert(index);
        }
    }
    let mut renamed: BTreeMap<UnitId, UnitId> = BTreeMap::new();
    for unit in &mut plan.directory.units {
        let found = keys_of(&unit.name, &unit.short_name)
            .iter()
            .find_map(|k| by_key.get(k).copied());
        let Some(index) = found else { continue };
        let theirs = &known.units[index];
        if renamed.values().any(|id| id == &theirs.id) {
            continue;
        }
        renamed.insert(unit.id.clone(), theirs.id.clone());
        *unit = theirs.clone();
        matched.units += 1;
    }
    // Groups: members from the known group of the same name.
    let groups: BTreeMap<String, &crate::domain::UnitGroup> =
        known.groups.iter().map(|g| (key(&g.name), g)).collect();
    let mut regrouped: BTreeMap<GroupId, GroupId> = BTreeMap::new();
    let mut added = Vec::new();
    for group in &mut plan.directory.groups {
        if !group.members.is_empty() {
            continue;
        }
        let Some(theirs) = groups.get(&key(&group.name)) else {
            continue;
        };
        group.members = theirs.members.clone();
        if !plan_has_group_id(&regrouped, &theirs.id) {
            regrouped.insert(group.id.clone(), theirs.id.clone());
            group.id = theirs.id.clone();
        }
        for member in &theirs.members {
            if let Some(unit) = known.unit(member) {
                added.push(unit.clone());
            }
        }
        matched.groups += 1;
    }
    for unit in added {
        if plan.directory.unit(&unit.id).is_none() {
            plan.directory.units.push(unit);
        }
    }
    rename(plan, &renamed, &regrouped);
    for fact in &mut reading.facts {
        match &mut fact.subject {
            Subject::Unit(id) => {
                if let Some(new) = renamed.get(id) {
                    *id = new.clone();
                }
            }
            Subject::Group(id) => {
                if let Some(new) = regrouped.get(id) {
                    *id = new.clone();
                    // Its members are known: nothing left to check.
                    fact.guess = None;
                }
            }
            _ => {}
        }
    }
    matched
}

fn plan_has_group_id(regrouped: &BTreeMap<GroupId, GroupId>, id: &GroupId) -> bool {
    regrouped.values().any(|g| g == id)
}

/// Every reference to a renamed unit or group, renamed.
fn rename(plan: &mut Plan, units: &BTreeMap<UnitId, UnitId>, groups: &BTreeMap<GroupId, GroupId>) {
    for task in &mut plan.tasks {
        for assignment in &mut task.assignments {
            match &mut assignment.assignee {
                Assignee::Unit(id) => {
                    if let Some(new) = units.get(id) {
                        *id = new.clone();
                    }
                }
                Assignee::Group(id) => {
                    if let Some(new) = groups.get(id) {
                        *id = new.clone();
                    }
                }
            }
        }
    }
    if let Some(new) = units.get(&plan.monitoring_unit) {
        plan.monitoring_unit = new.clone();
    }
    for group in &mut plan.directory.groups {
        for member in &mut group.members {
            if let Some(new) = units.get(member) {
                *member = new.clone();
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::format::seed::seed_plan;
    use crate::reader::read_text;

    #[test]
    fn the_seed_s_text_matched_against_the_seed_plan_gives_its_units_and_groups() {
        let text = include_str!("../../tests/fixtures/ke-hoach-61-KH-UBND-2024-lang-son.txt");
        let mut reading = read_text(text).unwrap();
        let seed = seed_plan().unwrap();
        let matched = adopt(&mut reading, &seed.directory);
        assert_eq!(matched.groups, 3);
        let plan = &reading.plan;
        assert_eq!(plan.check(), vec![]);
        assert_eq!(plan.monitoring_unit.as_str(), "so-tttt");
        // Every leaf has reporters, as in the shipped plan.
        for task in plan.leaves() {
            let theirs = seed.tasks.iter().find(|t| t.number == task.number).unwrap();
            let ours: Vec<_> = plan
                .reporters(task)
                .into_iter()
                .map(|o| (o.unit, o.role))
                .collect();
            let shipped: Vec<_> = seed
                .reporters(theirs)
                .into_iter()
                .map(|o| (o.unit, o.role))
                .collect();
            assert_eq!(ours.len(), shipped.len(), "{}", task.number);
        }
        assert!(reading
            .facts
            .iter()
            .all(|f| !matches!(f.subject, Subject::Group(_)) || f.guess.is_none()));
    }
}
