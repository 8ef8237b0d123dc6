//! A reading as the monitoring unit corrects it on the review screen, before
//! it becomes a plan: every correction is one [`Edit`], applied whole or
//! refused with the plan untouched; a correction settles the reader's guess
//! about what it corrected; [`Reading::checklist`] is what still wants a
//! look; [`Reading::blank`] is a plan with nothing read. The draft is kept in
//! storage as [`encode`]d JSON.

mod tree;

use super::build::{plan_id, register_unit};
use super::{Fact, Reading, Span, Subject};
use crate::domain::unit::{parse_addresses, BadAddress};
use crate::domain::{
    Assignee, Assignment, Date, Directory, DocumentRef, GroupId, Language, Mode, Plan, Regime,
    Role, Signer, TaskId, Timeframe, Unit, UnitId, UnitKind,
};
use serde::{Deserialize, Serialize};

/// A header field the review screen edits.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Field {
    Kind,
    Number,
    /// dd/mm/yyyy.
    Date,
    Place,
    Issuer,
    Title,
    /// "TM. ỦY BAN NHÂN DÂN", one line each.
    Authority,
    SignerTitle,
    SignerName,
}

/// One correction on the review screen.
#[derive(Clone, Debug, PartialEq)]
pub enum Edit {
    Header(Field, String),
    /// The n-th cited document is not one.
    RemoveParent(usize),
    Retitle {
        task: TaskId,
        title: String,
    },
    Renumber {
        task: TaskId,
        number: String,
    },
    /// The title cut at a byte: the words after it become the next task.
    Split {
        task: TaskId,
        at: usize,
    },
    /// The next sibling joins the task.
    MergeNext {
        task: TaskId,
    },
    MoveUp {
        task: TaskId,
    },
    MoveDown {
        task: TaskId,
    },
    /// Under the sibling before it.
    Indent {
        task: TaskId,
    },
    /// Beside its parent, after it.
    Outdent {
        task: TaskId,
    },
    /// Its children become its siblings: it is a leaf.
    MakeLeaf {
        task: TaskId,
    },
    Delete {
        task: TaskId,
    },
    /// A new task after `after`'s subtree (at the end when `None`).
    AddAfter {
        after: Option<TaskId>,
        title: String,
    },
    /// A new last child: the task becomes a section.
    AddChild {
        parent: TaskId,
        title: String,
    },
    /// The unit or group (found by name, or added) does the task in `role`.
    Assign {
        task: TaskId,
        name: String,
        role: Role,
    },
    SetRole {
        task: TaskId,
        index: usize,
        role: Role,
    },
    Unassign {
        task: TaskId,
        index: usize,
    },
    SetTimeframe {
        task: TaskId,
        timeframe: Timeframe,
    },
    /// The unit (found by name, or added) that monitors the plan.
    Monitoring {
        name: String,
    },
    Regime(Regime),
    SetEmail {
        unit: UnitId,
        addresses: String,
    },
    RenameUnit {
        unit: UnitId,
        name: String,
        short_name: String,
    },
    /// The group's members (units of the directory).
    Members {
        group: GroupId,
        members: Vec<UnitId>,
    },
    /// The user looked at the guess and it stands.
    Confirm(Subject),
}

/// What an applied edit made.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Applied {
    /// The task an add or a split made.
    pub added: Option<TaskId>,
}

/// Why an edit was refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EditError {
    UnknownTask(TaskId),
    UnknownUnit(String),
    /// Nothing to move past, indent under or outdent from.
    NoRoom,
    /// A split needs words on both sides.
    BadSplit,
    Empty,
    BadDate(String),
    BadEmail(String),
    BadNumber,
    Unchanged,
}

impl EditError {
    pub fn describe(&self, language: Language) -> String {
        let vi = language == Language::Vietnamese;
        match self {
            EditError::UnknownTask(id) if vi => format!("không có nhiệm vụ {id}"),
            EditError::UnknownTask(id) => format!("there is no task {id}"),
            EditError::UnknownUnit(name) if vi => format!("không có đơn vị “{name}”"),
            EditError::UnknownUnit(name) => format!("there is no unit “{name}”"),
            EditError::NoRoom if vi => "không còn chỗ để chuyển nhiệm vụ theo hướng đó".into(),
            EditError::NoRoom => "the task cannot move that way".into(),
            EditError::BadSplit if vi => {
                "đặt con trỏ giữa hai phần của tên nhiệm vụ rồi bấm Tách".into()
            }
            EditError::BadSplit => {
                "put the cursor between the two parts of the title, then Split".into()
            }
            EditError::Empty if vi => "cần nhập nội dung".into(),
            EditError::Empty => "this cannot be empty".into(),
            EditError::BadDate(text) if vi => {
                format!("“{text}” không phải ngày hợp lệ (dd/mm/yyyy)")
            }
            EditError::BadDate(text) => format!("“{text}” is not a valid date (dd/mm/yyyy)"),
            EditError::BadEmail(text) if vi => format!("“{text}” không phải địa chỉ thư hợp lệ"),
            EditError::BadEmail(text) => format!("“{text}” is not a valid email address"),
            EditError::BadNumber if vi => "năm hoặc ngày hạn không hợp lệ".into(),
            EditError::BadNumber => "the year or due day is not valid".into(),
            EditError::Unchanged if vi => "không có gì thay đổi".into(),
            EditError::Unchanged => "nothing changed".into(),
        }
    }
}

/// Something that still wants a look before the plan is made.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Check {
    pub subject: Subject,
    /// Why, in Vietnamese (the reader's words) or as a [`Concern`].
    pub concern: Concern,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Concern {
    /// The reader guessed, and says why.
    Guess(String),
    /// A task to report on with nobody assigned.
    Unassigned,
    /// A group nobody said the members of: nobody would owe its reports.
    EmptyGroup,
    /// The plan has no number yet.
    NoNumber,
    /// No task to report on.
    NoTasks,
}

impl Concern {
    pub fn describe(&self, language: Language) -> String {
        let vi = language == Language::Vietnamese;
        match self {
            Concern::Guess(why) => why.clone(),
            Concern::Unassigned if vi => "chưa giao đơn vị nào".into(),
            Concern::Unassigned => "no unit assigned".into(),
            Concern::EmptyGroup if vi => {
                "nhóm chưa có đơn vị thành viên: không ai phải báo cáo phần của nhóm".into()
            }
            Concern::EmptyGroup => "the group has no members: nobody would owe its reports".into(),
            Concern::NoNumber if vi => "chưa có số, ký hiệu văn bản".into(),
            Concern::NoNumber => "the document has no number yet".into(),
            Concern::NoTasks if vi => "chưa có nhiệm vụ nào cần báo cáo".into(),
            Concern::NoTasks => "no task to report on yet".into(),
        }
    }

    /// Whether the plan cannot be made before this is settled.
    pub fn blocks(&self) -> bool {
        matches!(self, Concern::NoTasks)
    }
}

impl Reading {
    /// A plan with nothing read: today's date, `monitoring` its monitoring
    /// unit, no task yet.
    pub fn blank(today: Date, monitoring: Option<Unit>) -> Reading {
        let monitoring = monitoring.unwrap_or_else(|| Unit {
            id: UnitId::new("van-phong").expect("a plain id"),
            name: "Văn phòng".into(),
            short_name: "Văn phòng".into(),
            kind: UnitKind::Other,
            email: None,
            valid_from: None,
            valid_to: None,
            successors: Vec::new(),
        });
        let plan = Plan {
            id: plan_id("", today.year()),
            revision: 1,
            document: DocumentRef {
                kind: "Kế hoạch".into(),
                number: String::new(),
                date: today,
                issuer: String::new(),
                title: String::new(),
            },
            place: String::new(),
            signer: Signer::default(),
            parents: Vec::new(),
            sections: Vec::new(),
            monitoring_unit: monitoring.id.clone(),
            directory: Directory {
                units: vec![monitoring],
                groups: Vec::new(),
            },
            tasks: Vec::new(),
            recipients: Vec::new(),
            regime: super::when::default_regime(today.year()),
            retired: Vec::new(),
        };
        Reading {
            plan,
            source: String::new(),
            facts: Vec::new(),
        }
    }

    /// Applies `edit`, or refuses it and leaves the reading as it was.
    pub fn apply(&mut self, edit: Edit) -> Result<Applied, EditError> {
        let mut next = self.clone();
        let applied = next.apply_in_place(edit)?;
        *self = next;
        Ok(applied)
    }

    fn apply_in_place(&mut self, edit: Edit) -> Result<Applied, EditError> {
        let mut applied = Applied::default();
        let plan = &mut self.plan;
        match edit {
            Edit::Header(field, value) => {
                self.header(field, value)?;
            }
            Edit::RemoveParent(index) => {
                if index >= plan.parents.len() {
                    return Err(EditError::Unchanged);
                }
                plan.parents.remove(index);
                self.facts.retain(|f| f.subject != Subject::Parent(index));
                for fact in &mut self.facts {
                    if let Subject::Parent(n) = &mut fact.subject {
                        if *n > index {
                            *n -= 1;
                        }
                    }
                }
            }
            Edit::Retitle { task, title } => {
                let title = filled(&title)?;
                task_mut(plan, &task)?.title = title;
                self.settle(&Subject::Task(task));
            }
            Edit::Renumber { task, number } => {
                let number = filled(&number)?;
                task_mut(plan, &task)?.number = number;
                self.settle(&Subject::Task(task));
            }
            Edit::Split { task, at } => {
                applied.added = Some(tree::split(plan, &task, at)?);
                self.settle(&Subject::Task(task));
            }
            Edit::MergeNext { task } => {
                let gone = tree::merge_next(plan, &task)?;
                self.forget(&[gone]);
                self.settle(&Subject::Task(task));
            }
            Edit::MoveUp { task } => tree::move_up(plan, &task)?,
            Edit::MoveDown { task } => tree::move_down(plan, &task)?,
            Edit::Indent { task } => tree::indent(plan, &task)?,
            Edit::Outdent { task } => tree::outdent(plan, &task)?,
            Edit::MakeLeaf { task } => tree::lift_children(plan, &task)?,
            Edit::Delete { task } => {
                let gone = tree::delete(plan, &task)?;
                self.forget(&gone);
            }
            Edit::AddAfter { after, title } => {
                applied.added = Some(tree::add_after(plan, after.as_ref(), filled(&title)?)?);
            }
            Edit::AddChild { parent, title } => {
                applied.added = Some(tree::add_child(plan, &parent, filled(&title)?)?);
            }
            Edit::Assign { task, name, role } => {
                let assignee = self.find_or_add(&name)?;
                let plan = &mut self.plan;
                let mode = match &assignee {
                    Assignee::Unit(id)
                        if plan
                            .directory
                            .unit(id)
                            .is_some_and(|u| u.kind == UnitKind::PartyBody) =>
                    {
                        Mode::Request
                    }
                    _ => Mode::Assign,
                };
                let task_ref = task_mut(plan, &task)?;
                match task_ref
                    .assignments
                    .iter_mut()
                    .find(|a| a.assignee == assignee)
                {
                    Some(existing) if existing.role == role => return Err(EditError::Unchanged),
                    Some(existing) => existing.role = role,
                    None => task_ref.assignments.push(Assignment {
                        assignee,
                        role,
                        mode,
                        from: None,
                    }),
                }
                self.settle_assignments(&task);
            }
            Edit::SetRole { task, index, role } => {
                let assignment = task_mut(plan, &task)?
                    .assignments
                    .get_mut(index)
                    .ok_or(EditError::Unchanged)?;
                if assignment.role == role {
                    return Err(EditError::Unchanged);
                }
                assignment.role = role;
                self.settle_assignments(&task);
            }
            Edit::Unassign { task, index } => {
                let task_ref = task_mut(plan, &task)?;
                if index >= task_ref.assignments.len() {
                    return Err(EditError::Unchanged);
                }
                task_ref.assignments.remove(index);
                self.settle_assignments(&task);
            }
            Edit::SetTimeframe { task, timeframe } => {
                let task_ref = task_mut(plan, &task)?;
                task_ref.timeframe = timeframe;
                // The printed words no longer say it.
                task_ref.timeframe_text.clear();
                self.settle(&Subject::Timeframe(task));
            }
            Edit::Monitoring { name } => {
                let Assignee::Unit(id) = self.find_or_add(&name)? else {
                    return Err(EditError::UnknownUnit(name));
                };
                self.plan.monitoring_unit = id;
                self.settle(&Subject::MonitoringUnit);
            }
            Edit::Regime(regime) => {
                if regime.kinds.is_empty() || Date::new(regime.from_year, 1, 1).is_none() {
                    return Err(EditError::BadNumber);
                }
                if let crate::domain::DueRule::DayOfLastMonth { day } = regime.due {
                    if !(1..=31).contains(&day) {
                        return Err(EditError::BadNumber);
                    }
                }
                plan.regime = regime;
                self.settle(&Subject::Regime);
            }
            Edit::SetEmail { unit, addresses } => {
                let email = parse_addresses(&addresses)
                    .map_err(|BadAddress(text)| EditError::BadEmail(text))?;
                unit_mut(plan, &unit)?.email = email;
            }
            Edit::RenameUnit {
                unit,
                name,
                short_name,
            } => {
                let name = filled(&name)?;
                let short_name = if short_name.trim().is_empty() {
                    super::units::short_name(&name)
                } else {
                    short_name.trim().to_owned()
                };
                let entry = unit_mut(plan, &unit)?;
                entry.name = name;
                entry.short_name = short_name;
                self.settle(&Subject::Unit(unit));
            }
            Edit::Members { group, members } => {
                if let Some(unknown) = members.iter().find(|m| plan.directory.unit(m).is_none()) {
                    return Err(EditError::UnknownUnit(unknown.to_string()));
                }
                let entry = plan
                    .directory
                    .groups
                    .iter_mut()
                    .find(|g| g.id == group)
                    .ok_or_else(|| EditError::UnknownUnit(group.to_string()))?;
                entry.members = members;
                self.settle(&Subject::Group(group));
            }
            Edit::Confirm(subject) => {
                if !self
                    .facts
                    .iter()
                    .any(|f| f.subject == subject && f.guess.is_some())
                {
                    return Err(EditError::Unchanged);
                }
                self.settle(&subject);
            }
        }
        Ok(applied)
    }

    fn header(&mut self, field: Field, value: String) -> Result<(), EditError> {
        let value = value.trim().to_owned();
        let plan = &mut self.plan;
        let subject = match field {
            Field::Kind => {
                plan.document.kind = filled(&value)?;
                Subject::Kind
            }
            Field::Number => {
                plan.document.number = value;
                plan.id = plan_id(&plan.document.number, plan.document.date.year());
                Subject::Number
            }
            Field::Date => {
                let date = Date::parse_dmy(&value).ok_or(EditError::BadDate(value))?;
                plan.document.date = date;
                plan.id = plan_id(&plan.document.number, date.year());
                Subject::Date
            }
            Field::Place => {
                plan.place = value;
                Subject::Place
            }
            Field::Issuer => {
                plan.document.issuer = value;
                Subject::Issuer
            }
            Field::Title => {
                plan.document.title = value;
                Subject::Title
            }
            Field::Authority => {
                plan.signer.authority = value
                    .lines()
                    .map(str::trim)
                    .filter(|l| !l.is_empty())
                    .map(str::to_owned)
                    .collect();
                Subject::Signer
            }
            Field::SignerTitle => {
                plan.signer.title = value;
                Subject::Signer
            }
            Field::SignerName => {
                plan.signer.name = value;
                Subject::Signer
            }
        };
        self.settle(&subject);
        Ok(())
    }

    /// The unit or group `name` names in the directory (however it is
    /// written: "Sở TT&TT" finds "Sở Thông tin và Truyền thông"), or a new one.
    fn find_or_add(&mut self, name: &str) -> Result<Assignee, EditError> {
        let name = filled(name)?;
        register_unit(&mut self.plan.directory, &name).ok_or(EditError::UnknownUnit(name))
    }

    /// The guesses about `subject` are settled.
    fn settle(&mut self, subject: &Subject) {
        for fact in &mut self.facts {
            if &fact.subject == subject {
                fact.guess = None;
            }
        }
    }

    fn settle_assignments(&mut self, task: &TaskId) {
        for fact in &mut self.facts {
            if matches!(&fact.subject, Subject::Assignment(id, _) if id == task) {
                fact.guess = None;
            }
        }
    }

    /// Facts about tasks no longer in the plan go.
    fn forget(&mut self, gone: &[TaskId]) {
        self.facts.retain(|fact| match &fact.subject {
            Subject::Task(id) | Subject::Timeframe(id) | Subject::Assignment(id, _) => {
                !gone.contains(id)
            }
            _ => true,
        });
    }

    /// What still wants a look, in the plan's order: the reader's guesses,
    /// tasks to report on with nobody assigned, groups without members, a
    /// missing number, no task at all.
    pub fn checklist(&self) -> Vec<Check> {
        let plan = &self.plan;
        let mut checks = Vec::new();
        if plan.document.number.trim().is_empty() {
            checks.push(Check {
                subject: Subject::Number,
                concern: Concern::NoNumber,
            });
        }
        for fact in &self.facts {
            if let Some(why) = &fact.guess {
                checks.push(Check {
                    subject: fact.subject.clone(),
                    concern: Concern::Guess(why.clone()),
                });
            }
        }
        for task in plan.leaves() {
            if task.assignments.is_empty() {
                checks.push(Check {
                    subject: Subject::Task(task.id.clone()),
                    concern: Concern::Unassigned,
                });
            }
        }
        for group in &plan.directory.groups {
            let used = plan
                .tasks
                .iter()
                .flat_map(|t| &t.assignments)
                .any(|a| a.assignee == Assignee::Group(group.id.clone()));
            let flagged = checks
                .iter()
                .any(|c| c.subject == Subject::Group(group.id.clone()));
            if used && group.members.is_empty() && !flagged {
                checks.push(Check {
                    subject: Subject::Group(group.id.clone()),
                    concern: Concern::EmptyGroup,
                });
            }
        }
        if plan.leaves().next().is_none() {
            checks.push(Check {
                subject: Subject::Kind,
                concern: Concern::NoTasks,
            });
        }
        checks
    }

    /// Whether the plan can be made: it has a task to report on and is sound.
    pub fn ready(&self) -> bool {
        !self.checklist().iter().any(|c| c.concern.blocks()) && self.plan.check().is_empty()
    }

    /// The facts about a task: its own words, its timeframe, its assignments.
    pub fn facts_of<'a>(&'a self, task: &'a TaskId) -> impl Iterator<Item = &'a Fact> + 'a {
        self.facts.iter().filter(move |f| match &f.subject {
            Subject::Task(id) | Subject::Timeframe(id) | Subject::Assignment(id, _) => id == task,
            _ => false,
        })
    }

    /// Where the task's own words are in the source.
    pub fn span_of(&self, task: &TaskId) -> Option<Span> {
        self.facts
            .iter()
            .find(|f| f.subject == Subject::Task(task.clone()))
            .and_then(|f| f.span)
    }
}

fn filled(text: &str) -> Result<String, EditError> {
    let text = text.trim();
    if text.is_empty() {
        Err(EditError::Empty)
    } else {
        Ok(text.to_owned())
    }
}

fn task_mut<'a>(plan: &'a mut Plan, id: &TaskId) -> Result<&'a mut crate::domain::Task, EditError> {
    plan.tasks
        .iter_mut()
        .find(|t| &t.id == id)
        .ok_or_else(|| EditError::UnknownTask(id.clone()))
}

fn unit_mut<'a>(plan: &'a mut Plan, id: &UnitId) -> Result<&'a mut Unit, EditError> {
    plan.directory
        .units
        .iter_mut()
        .find(|u| &u.id == id)
        .ok_or_else(|| EditError::UnknownUnit(id.to_string()))
}

/// The draft as kept in storage: the reading, versioned.
#[derive(Serialize, Deserialize)]
struct Stored {
    version: u32,
    plan: Plan,
    source: String,
    facts: Vec<StoredFact>,
}

#[derive(Serialize, Deserialize)]
struct StoredFact {
    subject: Subject,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    span: Option<(usize, usize)>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    guess: Option<String>,
}

const VERSION: u32 = 1;

/// The draft as stored text.
pub fn encode(reading: &Reading) -> String {
    let stored = Stored {
        version: VERSION,
        plan: reading.plan.clone(),
        source: reading.source.clone(),
        facts: reading
            .facts
            .iter()
            .map(|f| StoredFact {
                subject: f.subject.clone(),
                span: f.span.map(|s| (s.start, s.end)),
                guess: f.guess.clone(),
            })
            .collect(),
    };
    serde_json::to_string(&stored).unwrap_or_default()
}

/// The draft from stored text; `None` if it is not one this version reads.
pub fn decode(text: &str) -> Option<Reading> {
    let stored: Stored = serde_json::from_str(text).ok()?;
    if stored.version != VERSION {
        return None;
    }
    let len = stored.source.len();
    Some(Reading {
        plan: stored.plan,
        facts: stored
            .facts
            .into_iter()
            .map(|f| Fact {
                subject: f.subject,
                // A span outside the source (a damaged draft) marks nothing.
                span: f
                    .span
                    .filter(|&(start, end)| start <= end && end <= len)
                    .map(|(start, end)| Span { start, end }),
                guess: f.guess,
            })
            .collect(),
        source: stored.source,
    })
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    pub(crate) fn empty_plan() -> Plan {
        Reading::blank(Date::new(2026, 12, 6).unwrap(), None).plan
    }

    fn seed() -> Reading {
        let text = include_str!("../../tests/fixtures/ke-hoach-61-KH-UBND-2024-lang-son.txt");
        super::super::read_text(text).unwrap()
    }

    fn id(text: &str) -> TaskId {
        TaskId::new(text).unwrap()
    }

    #[test]
    fn a_refused_edit_changes_nothing() {
        let mut reading = seed();
        let before = reading.clone();
        assert_eq!(
            reading.apply(Edit::Retitle {
                task: id("t3.2"),
                title: "  ".into()
            }),
            Err(EditError::Empty)
        );
        assert_eq!(
            reading.apply(Edit::Header(Field::Date, "31/02/2024".into())),
            Err(EditError::BadDate("31/02/2024".into()))
        );
        assert_eq!(
            reading.apply(Edit::MoveUp { task: id("t1") }),
            Err(EditError::NoRoom)
        );
        assert_eq!(reading, before);
    }

    #[test]
    fn a_unit_typed_short_is_the_directory_unit() {
        let mut reading = seed();
        let units = reading.plan.directory.units.len();
        reading
            .apply(Edit::Assign {
                task: id("t3.2"),
                name: "Sở TT&TT".into(),
                role: Role::Lead,
            })
            .unwrap();
        assert_eq!(reading.plan.directory.units.len(), units);
        let task = reading.plan.task(&id("t3.2")).unwrap();
        let named = |a: &Assignment| match &a.assignee {
            Assignee::Unit(unit) => reading.plan.directory.unit(unit).unwrap().name.clone(),
            Assignee::Group(_) => String::new(),
        };
        let found = task
            .assignments
            .iter()
            .find(|a| named(a) == "Sở Thông tin và Truyền thông")
            .unwrap();
        assert_eq!(found.role, Role::Lead);
        // A body the text never named is added to the directory.
        reading
            .apply(Edit::Assign {
                task: id("t3.2"),
                name: "Sở Ngoại vụ".into(),
                role: Role::Coordinate,
            })
            .unwrap();
        assert_eq!(reading.plan.directory.units.len(), units + 1);
        assert_eq!(reading.plan.check(), vec![]);
    }

    #[test]
    fn correcting_settles_the_guess() {
        let mut reading = seed();
        let group = reading.plan.directory.groups[0].id.clone();
        assert!(reading
            .checklist()
            .iter()
            .any(|c| c.subject == Subject::Group(group.clone())));
        let members = vec![reading.plan.directory.units[0].id.clone()];
        reading
            .apply(Edit::Members {
                group: group.clone(),
                members,
            })
            .unwrap();
        assert!(!reading
            .checklist()
            .iter()
            .any(|c| c.subject == Subject::Group(group.clone())));
        reading
            .apply(Edit::SetTimeframe {
                task: id("t1"),
                timeframe: Timeframe::Yearly,
            })
            .unwrap();
        let task = reading.plan.task(&id("t1")).unwrap();
        assert_eq!(task.timeframe, Timeframe::Yearly);
        assert!(task.timeframe_text.is_empty());
    }

    #[test]
    fn a_blank_plan_wants_a_number_and_a_task() {
        let mut blank = Reading::blank(Date::new(2026, 12, 6).unwrap(), None);
        let concerns: Vec<_> = blank.checklist().into_iter().map(|c| c.concern).collect();
        assert_eq!(concerns, [Concern::NoNumber, Concern::NoTasks]);
        assert!(!blank.ready());
        blank
            .apply(Edit::Header(Field::Number, "12/KH-UBND".into()))
            .unwrap();
        assert_eq!(blank.plan.id.as_str(), "12-kh-ubnd-2026");
        blank
            .apply(Edit::AddAfter {
                after: None,
                title: "Tuyên truyền".into(),
            })
            .unwrap();
        let task = blank.plan.tasks[0].id.clone();
        assert_eq!(blank.checklist()[0].concern, Concern::Unassigned);
        blank
            .apply(Edit::Assign {
                task,
                name: "Sở Tư pháp".into(),
                role: Role::Lead,
            })
            .unwrap();
        assert!(blank.checklist().is_empty());
        assert!(blank.ready());
    }

    #[test]
    fn the_draft_survives_storage() {
        let mut reading = seed();
        reading
            .apply(Edit::Split {
                task: id("t1"),
                at: 10,
            })
            .ok();
        let text = encode(&reading);
        assert_eq!(decode(&text), Some(reading));
        assert_eq!(decode("{}"), None);
        assert_eq!(
            decode(&text.replace("\"version\":1", "\"version\":9")),
            None
        );
    }

    #[test]
    fn both_languages_say_every_refusal() {
        let errors = [
            EditError::UnknownTask(id("t9")),
            EditError::UnknownUnit("X".into()),
            EditError::NoRoom,
            EditError::BadSplit,
            EditError::Empty,
            EditError::BadDate("x".into()),
            EditError::BadEmail("x".into()),
            EditError::BadNumber,
            EditError::Unchanged,
        ];
        for error in errors {
            assert_ne!(
                error.describe(Language::Vietnamese),
                error.describe(Language::English)
            );
        }
    }
}
