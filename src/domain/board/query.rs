//! What the board shows, and its URL form: filters, swimlanes and the
//! query string that bookmarks a view.

use crate::domain::entry::Status;
use crate::domain::ids::{GroupId, PeriodId, TaskId, UnitId};
use crate::domain::plan::Plan;
use crate::domain::sort;
use crate::domain::task::Role;
use percent_encoding::{percent_decode_str, utf8_percent_encode, NON_ALPHANUMERIC};
use std::collections::BTreeSet;

/// What the board shows; every field has a short Vietnamese name in the URL.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Filter {
    pub units: BTreeSet<UnitId>,
    pub group: Option<GroupId>,
    pub section: Option<TaskId>,
    /// One leaf task (the dashboard's click-through).
    pub task: Option<TaskId>,
    pub role: Option<Role>,
    pub status: Option<Status>,
    /// Only the cards of the unit this browser speaks for.
    pub only_mine: bool,
    pub query: String,
}

impl Filter {
    pub fn is_empty(&self) -> bool {
        *self == Filter::default()
    }
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Swimlane {
    #[default]
    None,
    Section,
    Unit,
}

impl Swimlane {
    pub const ALL: [Swimlane; 3] = [Swimlane::None, Swimlane::Section, Swimlane::Unit];

    pub fn slug(self) -> &'static str {
        match self {
            Swimlane::None => "khong",
            Swimlane::Section => "muc",
            Swimlane::Unit => "don-vi",
        }
    }

    pub fn from_slug(slug: &str) -> Option<Swimlane> {
        Swimlane::ALL.into_iter().find(|lane| lane.slug() == slug)
    }
}

/// A board view as a URL can carry it: `ky=2024-6t&dv=so-vhttdl&q=van%20hoa&lan=muc`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct BoardQuery {
    pub period: Option<PeriodId>,
    pub filter: Filter,
    pub swimlane: Swimlane,
    /// `None`: the profile decides (a unit starts on its own cards).
    pub only_mine: Option<bool>,
}

fn encode(text: &str) -> String {
    utf8_percent_encode(text, NON_ALPHANUMERIC).to_string()
}

fn decode(text: &str) -> String {
    percent_decode_str(&text.replace('+', " "))
        .decode_utf8_lossy()
        .into_owned()
}

impl BoardQuery {
    /// The query string, without `?`, fields in a fixed order, empty ones left out.
    pub fn to_query(&self) -> String {
        let mut parts = Vec::new();
        if let Some(period) = &self.period {
            parts.push(format!("ky={period}"));
        }
        let units: Vec<&str> = self.filter.units.iter().map(UnitId::as_str).collect();
        if !units.is_empty() {
            parts.push(format!("dv={}", units.join(",")));
        }
        if let Some(group) = &self.filter.group {
            parts.push(format!("nhom={group}"));
        }
        if let Some(section) = &self.filter.section {
            parts.push(format!("muc={section}"));
        }
        if let Some(task) = &self.filter.task {
            parts.push(format!("nv={task}"));
        }
        if let Some(role) = self.filter.role {
            parts.push(format!("vai={}", role.slug()));
        }
        if let Some(status) = self.filter.status {
            parts.push(format!("tt={}", status.slug()));
        }
        if let Some(mine) = self.only_mine {
            parts.push(format!("cua-toi={}", u8::from(mine)));
        }
        if !self.filter.query.is_empty() {
            parts.push(format!("q={}", encode(&self.filter.query)));
        }
        if self.swimlane != Swimlane::None {
            parts.push(format!("lan={}", self.swimlane.slug()));
        }
        parts.join("&")
    }

    /// The view without what the plan does not know (a stale or mistyped
    /// link): a unit, group, section or task the plan lacks would filter
    /// every card away while its control shows "all".
    pub fn known_to(mut self, plan: &Plan) -> BoardQuery {
        let filter = &mut self.filter;
        filter.units.retain(|id| plan.directory.unit(id).is_some());
        filter.group = filter
            .group
            .take()
            .filter(|id| plan.directory.group(id).is_some());
        filter.section = filter.section.take().filter(|id| plan.task(id).is_some());
        filter.task = filter.task.take().filter(|id| plan.task(id).is_some());
        self
    }

    /// Reads a query string leniently: unknown or malformed fields are ignored.
    pub fn from_query(query: &str) -> BoardQuery {
        let mut board = BoardQuery::default();
        for pair in query.trim_start_matches('?').split('&') {
            let (name, value) = pair.split_once('=').unwrap_or((pair, ""));
            let value = decode(value);
            match name {
                "ky" => board.period = PeriodId::new(value).ok(),
                "dv" => {
                    board.filter.units =
                        sort::set_from(value.split(',').filter_map(|id| UnitId::new(id).ok()));
                }
                "nhom" => board.filter.group = GroupId::new(value).ok(),
                "muc" => board.filter.section = TaskId::new(value).ok(),
                "nv" => board.filter.task = TaskId::new(value).ok(),
                "vai" => board.filter.role = Role::from_slug(&value),
                "tt" => board.filter.status = Status::from_slug(&value),
                "cua-toi" => board.only_mine = Some(value == "1"),
                "q" => board.filter.query = value,
                "lan" => board.swimlane = Swimlane::from_slug(&value).unwrap_or_default(),
                _ => {}
            }
        }
        board
    }
}
