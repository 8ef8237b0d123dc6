//! The board as shown: the index filtered and laid out in lanes (all cards,
//! sections or units) and status columns, in index order.

use super::*;

/// A row of the board: all cards, one section, or one unit.
#[derive(Clone, Debug, PartialEq)]
pub struct Lane {
    pub id: String,
    pub title: String,
    /// Cards per status, in [`Status::ALL`] order.
    pub columns: [Vec<Arc<Card>>; 6],
}

#[derive(Clone, Debug, PartialEq)]
pub struct Board {
    pub lanes: Vec<Lane>,
    /// Cards per status over all lanes.
    pub counts: [usize; 6],
    /// Cards before filtering.
    pub total: usize,
}

impl Board {
    pub fn shown(&self) -> usize {
        self.counts.iter().sum()
    }
}

/// Filters the index and lays it out in lanes and columns, keeping index order.
pub fn layout(
    workspace: &Workspace,
    cards: &[IndexedCard],
    filter: &Filter,
    swimlane: Swimlane,
    mine: Option<&UnitId>,
) -> Board {
    let directory = &workspace.plan.directory;
    let group: Option<BTreeSet<&UnitId>> = filter.group.as_ref().map(|id| {
        directory
            .group(id)
            .map(|g| sort::set_from(&g.members))
            .unwrap_or_default()
    });
    let search = Search::new(&filter.query);
    let mut lanes: Vec<Lane> = Vec::new();
    let mut lane_of: BTreeMap<String, usize> = BTreeMap::new();
    let mut counts = [0; 6];
    for indexed in cards {
        let card = &indexed.card;
        let keep = (filter.units.is_empty() || filter.units.contains(&card.key.unit))
            && group
                .as_ref()
                .is_none_or(|members| members.contains(&card.key.unit))
            && filter.section.as_ref().is_none_or(|s| *s == card.section)
            && filter.task.as_ref().is_none_or(|t| *t == card.key.task)
            && filter.role.is_none_or(|r| r == card.role)
            && filter.status.is_none_or(|s| s == card.status)
            && (!filter.only_mine || mine == Some(&card.key.unit))
            && search.matches_folded(&indexed.haystack);
        if !keep {
            continue;
        }
        let (id, title) = match swimlane {
            Swimlane::None => (String::new(), String::new()),
            Swimlane::Section => {
                let title = workspace
                    .plan
                    .task(&card.section)
                    .map(|t| format!("{}. {}", t.number, t.title))
                    .unwrap_or_default();
                (card.section.to_string(), title)
            }
            Swimlane::Unit => (card.key.unit.to_string(), card.unit_name.clone()),
        };
        let slot = *lane_of.entry(id.clone()).or_insert_with(|| {
            lanes.push(Lane {
                id,
                title,
                columns: Default::default(),
            });
            lanes.len() - 1
        });
        lanes[slot].columns[card.status.index()].push(Arc::clone(card));
        counts[card.status.index()] += 1;
    }
    if swimlane == Swimlane::Unit {
        sort::sort_by_cached_key(&mut lanes, |lane| SortKey::new(&lane.title));
    }
    Board {
        lanes,
        counts,
        total: cards.len(),
    }
}
