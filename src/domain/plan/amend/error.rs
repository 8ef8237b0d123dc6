//! Why an amendment was refused, in both languages (`describe`; `Display`
//! is the Vietnamese). The plan is unchanged.

use crate::domain::date::Date;
use crate::domain::ids::{TaskId, UnitId};
use crate::domain::Language;
use std::fmt;

/// Why a change was refused. The plan is unchanged.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AmendError {
    EmptyText,
    UnknownTask(TaskId),
    /// Tasks go under a task that already has sub-tasks, or at the top: a
    /// task reported on cannot become a heading.
    ParentReported(TaskId),
    UnknownUnit(UnitId),
    /// A unit cannot succeed itself, or be its own coordinator.
    SameUnit(UnitId),
    /// The unit has already ended.
    Ended(UnitId),
    /// The successor does not exist the day after.
    SuccessorAbsent(UnitId),
    /// A unit with that name or short name is already in the directory.
    NameTaken(String),
    /// The amended plan fails the plan's own check.
    Invalid(String),
    /// The plan to put back is not the plan open now.
    OtherPlan,
    /// Only a unit that has ended takes a successor this way.
    NotEnded(UnitId),
    AlreadySuccessor(UnitId),
    /// Only a task reported on (not a section) is given to a unit.
    Section(TaskId),
    /// The unit is already named on the task.
    AlreadyAssigned(UnitId),
    /// The unit does not exist on the day it would start.
    Inactive(UnitId),
    /// What the plan as issued holds is not taken out: only amendments are.
    Issued(TaskId),
    /// The unit is not named on the task by an amendment.
    NotAssigned(UnitId),
    /// Reports on it exist: taking it out would hide them.
    HasReports(TaskId),
    /// Typed text that is not an email address.
    BadEmail(String),
    /// The unit does not do the task on that day.
    NotCarrying(UnitId),
    /// The unit was not released from the task.
    NotReleased(UnitId),
    /// The unit was already released from the task, from that day.
    AlreadyReleased(UnitId, Date),
    /// A quarter outside I–IV, or a range that ends before it starts.
    Timeframe,
    /// The change leaves the plan as it is.
    Unchanged,
}

impl AmendError {
    /// Why, in `language`.
    pub fn describe(&self, language: Language) -> String {
        match language {
            Language::Vietnamese => self.vietnamese(),
            Language::English => self.english(),
        }
    }

    fn vietnamese(&self) -> String {
        match self {
            AmendError::EmptyText => "cần nhập đủ tên".into(),
            AmendError::UnknownTask(id) => format!("không có nhiệm vụ {id}"),
            AmendError::ParentReported(id) => {
                format!("nhiệm vụ {id} đang được báo cáo, không thể thêm nhiệm vụ con vào đó")
            }
            AmendError::UnknownUnit(id) => format!("không có đơn vị {id} trong danh mục"),
            AmendError::SameUnit(id) => format!("đơn vị {id} được chọn hai lần"),
            AmendError::Ended(id) => format!("đơn vị {id} đã kết thúc hoạt động"),
            AmendError::SuccessorAbsent(id) => {
                format!("đơn vị {id} không hoạt động vào ngày tiếp nhận")
            }
            AmendError::NameTaken(name) => format!("đã có đơn vị tên “{name}”"),
            AmendError::Invalid(detail) => detail.clone(),
            AmendError::OtherPlan => "một kế hoạch khác đang được mở".into(),
            AmendError::NotEnded(id) => format!("đơn vị {id} chưa kết thúc hoạt động"),
            AmendError::AlreadySuccessor(id) => format!("đơn vị {id} đã là đơn vị kế thừa"),
            AmendError::Section(id) => {
                format!("nhiệm vụ {id} là mục lớn; hãy giao từng nhiệm vụ cụ thể trong đó")
            }
            AmendError::AlreadyAssigned(id) => {
                format!("đơn vị {id} đã được giao nhiệm vụ này")
            }
            AmendError::Inactive(id) => format!("đơn vị {id} không hoạt động vào ngày đó"),
            AmendError::Issued(id) => format!(
                "nhiệm vụ {id} có trong kế hoạch ban hành; chỉ bỏ được phần đã sửa đổi, bổ sung"
            ),
            AmendError::NotAssigned(id) => {
                format!("đơn vị {id} không được giao nhiệm vụ này bằng một lần sửa đổi")
            }
            AmendError::HasReports(id) => {
                format!("đã có báo cáo về nhiệm vụ {id}; bỏ đi sẽ làm mất các báo cáo đó")
            }
            AmendError::BadEmail(text) => {
                format!("“{text}” không phải địa chỉ thư điện tử")
            }
            AmendError::NotCarrying(id) => {
                format!("đơn vị {id} không thực hiện nhiệm vụ này vào ngày đó")
            }
            AmendError::AlreadyReleased(id, day) => format!(
                "đơn vị {id} đã thôi thực hiện nhiệm vụ này từ ngày {}",
                day.dmy()
            ),
            AmendError::NotReleased(id) => {
                format!("đơn vị {id} không có quyết định thôi giao nhiệm vụ này")
            }
            AmendError::Timeframe => "thời gian thực hiện không hợp lệ".into(),
            AmendError::Unchanged => "không có gì thay đổi".into(),
        }
    }

    fn english(&self) -> String {
        match self {
            AmendError::EmptyText => "a name is missing".into(),
            AmendError::UnknownTask(id) => format!("there is no task {id}"),
            AmendError::ParentReported(id) => {
                format!("task {id} is reported on; it cannot take sub-tasks")
            }
            AmendError::UnknownUnit(id) => format!("unit {id} is not in the directory"),
            AmendError::SameUnit(id) => format!("unit {id} is chosen twice"),
            AmendError::Ended(id) => format!("unit {id} has already ended"),
            AmendError::SuccessorAbsent(id) => {
                format!("unit {id} does not exist on the day it takes over")
            }
            AmendError::NameTaken(name) => format!("a unit named “{name}” exists already"),
            AmendError::Invalid(detail) => detail.clone(),
            AmendError::OtherPlan => "another plan is open now".into(),
            AmendError::NotEnded(id) => format!("unit {id} has not ended"),
            AmendError::AlreadySuccessor(id) => format!("unit {id} is already a successor"),
            AmendError::Section(id) => {
                format!("task {id} is a section; give each of its tasks instead")
            }
            AmendError::AlreadyAssigned(id) => format!("unit {id} already has this task"),
            AmendError::Inactive(id) => format!("unit {id} does not exist on that day"),
            AmendError::Issued(id) => format!(
                "task {id} is in the plan as issued; only what an amendment added can be taken out"
            ),
            AmendError::NotAssigned(id) => {
                format!("unit {id} was not given this task by an amendment")
            }
            AmendError::HasReports(id) => {
                format!("task {id} has reports; taking it out would hide them")
            }
            AmendError::BadEmail(text) => format!("“{text}” is not an email address"),
            AmendError::NotCarrying(id) => format!("{id} does not do this task on that day"),
            AmendError::NotReleased(id) => format!("{id} was not released from this task"),
            AmendError::AlreadyReleased(id, day) => {
                format!("{id} was released from this task from {}", day.dmy())
            }
            AmendError::Timeframe => "the timeframe is not valid".into(),
            AmendError::Unchanged => "nothing changes".into(),
        }
    }
}

impl fmt::Display for AmendError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.vietnamese())
    }
}
