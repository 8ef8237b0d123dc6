//! Why an amendment was refused, in Vietnamese (`Display`; the page says it
//! in English through `ui::i18n`). The plan is unchanged.

use crate::domain::date::Date;
use crate::domain::ids::{TaskId, UnitId};
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

impl fmt::Display for AmendError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            AmendError::EmptyText => write!(f, "cần nhập đủ tên"),
            AmendError::UnknownTask(id) => write!(f, "không có nhiệm vụ {id}"),
            AmendError::ParentReported(id) => write!(
                f,
                "nhiệm vụ {id} đang được báo cáo, không thể thêm nhiệm vụ con vào đó"
            ),
            AmendError::UnknownUnit(id) => write!(f, "không có đơn vị {id} trong danh mục"),
            AmendError::SameUnit(id) => write!(f, "đơn vị {id} được chọn hai lần"),
            AmendError::Ended(id) => write!(f, "đơn vị {id} đã kết thúc hoạt động"),
            AmendError::SuccessorAbsent(id) => {
                write!(f, "đơn vị {id} không hoạt động vào ngày tiếp nhận")
            }
            AmendError::NameTaken(name) => write!(f, "đã có đơn vị tên “{name}”"),
            AmendError::Invalid(detail) => write!(f, "{detail}"),
            AmendError::OtherPlan => write!(f, "một kế hoạch khác đang được mở"),
            AmendError::NotEnded(id) => write!(f, "đơn vị {id} chưa kết thúc hoạt động"),
            AmendError::AlreadySuccessor(id) => write!(f, "đơn vị {id} đã là đơn vị kế thừa"),
            AmendError::Section(id) => write!(
                f,
                "nhiệm vụ {id} là mục lớn; hãy giao từng nhiệm vụ cụ thể trong đó"
            ),
            AmendError::AlreadyAssigned(id) => {
                write!(f, "đơn vị {id} đã được giao nhiệm vụ này")
            }
            AmendError::Inactive(id) => write!(f, "đơn vị {id} không hoạt động vào ngày đó"),
            AmendError::Issued(id) => write!(
                f,
                "nhiệm vụ {id} có trong kế hoạch ban hành; chỉ bỏ được phần đã sửa đổi, bổ sung"
            ),
            AmendError::NotAssigned(id) => write!(
                f,
                "đơn vị {id} không được giao nhiệm vụ này bằng một lần sửa đổi"
            ),
            AmendError::HasReports(id) => write!(
                f,
                "đã có báo cáo về nhiệm vụ {id}; bỏ đi sẽ làm mất các báo cáo đó"
            ),
            AmendError::BadEmail(text) => {
                write!(f, "“{text}” không phải địa chỉ thư điện tử")
            }
            AmendError::NotCarrying(id) => {
                write!(f, "đơn vị {id} không thực hiện nhiệm vụ này vào ngày đó")
            }
            AmendError::AlreadyReleased(id, day) => write!(
                f,
                "đơn vị {id} đã thôi thực hiện nhiệm vụ này từ ngày {}",
                day.dmy()
            ),
            AmendError::NotReleased(id) => {
                write!(f, "đơn vị {id} không có quyết định thôi giao nhiệm vụ này")
            }
            AmendError::Timeframe => write!(f, "thời gian thực hiện không hợp lệ"),
            AmendError::Unchanged => write!(f, "không có gì thay đổi"),
        }
    }
}
