//! The unit directory as the reader builds it, and the ids it gives.

use super::*;

/// The unit directory as the reader builds it: one entry per key.
#[derive(Default)]
pub(super) struct Names {
    pub(super) units: Vec<Unit>,
    pub(super) groups: Vec<UnitGroup>,
    pub(super) by_key: BTreeMap<String, Assignee>,
    /// Each name as written, with its key and its full form: a plan names
    /// the same units again and again.
    written: BTreeMap<String, (String, String)>,
}

pub(super) fn slug(text: &str) -> String {
    let folded = fold(text);
    let mut out = String::new();
    for c in folded.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    let mut out = out.trim_matches('-').to_string();
    if out.len() > 48 {
        out.truncate(48);
        out = out.trim_end_matches('-').to_string();
    }
    if out.is_empty() {
        out.push('x');
    }
    out
}

impl Names {
    /// The unit or group a mention names, added on first sight.
    pub(super) fn add(
        &mut self,
        name: &str,
        facts: &mut Vec<Fact>,
        span: Span,
    ) -> Option<Assignee> {
        let (key, full) = match self.written.get(name) {
            Some(known) => known.clone(),
            None => {
                let key = units::key(name);
                let full = units::expand(name);
                let full = upper_first(full.trim().trim_end_matches(['.', ',', ';']));
                self.written
                    .insert(name.to_string(), (key.clone(), full.clone()));
                (key, full)
            }
        };
        if key.is_empty() {
            return None;
        }
        if let Some(found) = self.by_key.get(&key) {
            // A longer form of a name already met becomes its name.
            if let Assignee::Unit(id) = found {
                if let Some(unit) = self.units.iter_mut().find(|u| &u.id == id) {
                    if full.len() > unit.name.len() && !full.contains("liên quan") {
                        unit.name = full.clone();
                    }
                }
            }
            return Some(found.clone());
        }
        let assignee = new_entry(&mut self.units, &mut self.groups, name, full, &key)?;
        facts.push(Fact {
            subject: match &assignee {
                Assignee::Group(id) => Subject::Group(id.clone()),
                Assignee::Unit(id) => Subject::Unit(id.clone()),
            },
            span: Some(span),
            guess: matches!(assignee, Assignee::Group(_)).then(|| {
                "nhóm đơn vị: cần chọn các đơn vị thành viên, nếu không sẽ không ai phải báo cáo".into()
            }),
        });
        self.by_key.insert(key, assignee.clone());
        Some(assignee)
    }
}

/// `base`, or `base-2`, `base-3`… the first that is not `taken`.
pub(super) fn fresh(base: &str, taken: impl Fn(&str) -> bool) -> String {
    let mut id = base.to_string();
    let mut n = 2;
    while taken(&id) {
        id = format!("{base}-{n}");
        n += 1;
    }
    id
}

pub(super) fn upper_first(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().collect::<String>() + chars.as_str(),
        None => String::new(),
    }
}

/// The unit or group of `directory` that `name` names however it is written
/// ("Sở TT&TT" = "Sở Thông tin và Truyền thông"), or a new one added for it.
pub(in crate::reader) fn register_unit(directory: &mut Directory, name: &str) -> Option<Assignee> {
    let key = units::key(name);
    if key.is_empty() {
        return None;
    }
    if let Some(unit) = directory
        .units
        .iter()
        .find(|u| units::key(&u.name) == key || units::key(&u.short_name) == key)
    {
        return Some(Assignee::Unit(unit.id.clone()));
    }
    if let Some(group) = directory.groups.iter().find(|g| units::key(&g.name) == key) {
        return Some(Assignee::Group(group.id.clone()));
    }
    let full = upper_first(units::expand(name).trim());
    new_entry(
        &mut directory.units,
        &mut directory.groups,
        name,
        full,
        &key,
    )
}

/// A new unit, or a group when the name is one, under an id its key gives
/// that none of them has yet.
fn new_entry(
    known_units: &mut Vec<Unit>,
    known_groups: &mut Vec<UnitGroup>,
    name: &str,
    full: String,
    key: &str,
) -> Option<Assignee> {
    let base = slug(&key.replace(' ', "-"));
    if units::is_group(name) {
        let id = GroupId::new(fresh(&base, |id| {
            known_groups.iter().any(|g| g.id.as_str() == id)
        }))
        .ok()?;
        known_groups.push(UnitGroup {
            id: id.clone(),
            name: full,
            members: Vec::new(),
        });
        Some(Assignee::Group(id))
    } else {
        let id = UnitId::new(fresh(&base, |id| {
            known_units.iter().any(|u| u.id.as_str() == id)
        }))
        .ok()?;
        known_units.push(Unit {
            id: id.clone(),
            short_name: units::short_name(&full),
            kind: units::kind(&full),
            name: full,
            email: None,
            valid_from: None,
            valid_to: None,
            successors: Vec::new(),
        });
        Some(Assignee::Unit(id))
    }
}
