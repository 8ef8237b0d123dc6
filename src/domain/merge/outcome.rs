//! What a dropped file holds, and what importing it does (or why not).

use super::*;
use crate::domain::ids::{PlanId, UnitId};
use crate::domain::plan::Plan;

/// A file's content, as the format ring decoded it.
#[derive(Clone, Debug, PartialEq)]
pub enum Incoming {
    Plan {
        plan: Box<Plan>,
        sender: UnitId,
    },
    Report {
        plan_id: PlanId,
        plan_revision: u32,
        sender: UnitId,
        entries: Vec<(EntryKey, Entry)>,
    },
    Backup {
        workspace: Box<Workspace>,
    },
}

impl Incoming {
    /// The plan the file belongs to.
    pub fn plan_id(&self) -> &PlanId {
        match self {
            Incoming::Plan { plan, .. } => &plan.id,
            Incoming::Report { plan_id, .. } => plan_id,
            Incoming::Backup { workspace } => &workspace.plan.id,
        }
    }

    /// Whether importing it would put its plan in place of the open `plan`
    /// (a plan file or a backup of another plan).
    pub fn replaces_plan(&self, plan: &PlanId) -> bool {
        !matches!(self, Incoming::Report { .. }) && self.plan_id() != plan
    }
}

/// Why a whole file is refused; nothing of it applies.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FileRefusal {
    /// The report belongs to a plan this browser does not hold.
    UnknownPlan { found: PlanId },
    /// The report was made against a newer plan revision: import the plan first.
    PlanRevisionNewer { found: u32, ours: u32 },
    /// A plan file not sent by the plan's own monitoring unit.
    NotMonitoringUnit { sender: UnitId },
}

/// What happens to a plan file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PlanVerdict {
    /// A newer revision replaces the structure; entries of removed tasks are kept.
    Replaced {
        from: u32,
        to: u32,
    },
    /// A different plan takes the open one's place (whose work the UI
    /// puts away first, to be opened again).
    Switched,
    Unchanged,
    Older,
    /// Same revision, different content: the canonical greater one is kept by every browser.
    Conflict,
}

/// One file's outcome in the preview, in the order the files came.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FileOutcome {
    pub new: usize,
    pub updated: usize,
    pub unchanged: usize,
    pub older: usize,
    pub conflicts: usize,
    /// Entries of another unit than the sender: refused, naming their owner.
    pub refused: Vec<EntryKey>,
    pub plan: Option<PlanVerdict>,
    pub restored: bool,
    pub refusal: Option<FileRefusal>,
}

impl FileOutcome {
    pub fn changes(&self) -> usize {
        self.new
            + self.updated
            + self.conflicts
            + usize::from(self.restored)
            + usize::from(matches!(
                self.plan,
                Some(PlanVerdict::Replaced { .. } | PlanVerdict::Switched)
            ))
    }
}
