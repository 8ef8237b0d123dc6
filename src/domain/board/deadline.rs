//! Where a unit stands on a task with a deadline: the Government Office's
//! scheme, shown on the board's cards and counted in the report up.

use crate::domain::date::Date;
use crate::domain::entry::Entry;

/// Where a task with a deadline stands (the Government Office's scheme).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DeadlineState {
    /// Hoàn thành đúng hạn
    DoneOnTime,
    /// Hoàn thành quá hạn
    DoneLate,
    /// Đang thực hiện trong hạn
    InTime,
    /// Quá hạn chưa hoàn thành
    Overdue,
}

impl DeadlineState {
    /// Where a unit stands on a task due on `deadline`, from its entry (done
    /// on the local day of its last save) and `today`.
    pub fn of(deadline: Date, entry: Option<&Entry>, today: Date, offset_minutes: i32) -> Self {
        let finished_on = entry
            .filter(|e| !e.deleted && e.status.is_complete())
            .and_then(|e| Date::from_timestamp(e.updated_at, offset_minutes));
        match finished_on {
            Some(day) if day <= deadline => DeadlineState::DoneOnTime,
            Some(_) => DeadlineState::DoneLate,
            None if today <= deadline => DeadlineState::InTime,
            None => DeadlineState::Overdue,
        }
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::domain::{Status, Timestamp};

    #[test]
    fn the_four_states() {
        let due = Date::new(2024, 6, 30).unwrap();
        // Saved at 23:30 on 30/06 in Hà Nội (16:30 UTC): done that day.
        let done_at = |ms| Entry {
            status: Status::Done,
            updated_at: Timestamp(ms),
            ..Entry::default()
        };
        let on_the_day = done_at(1_719_765_000_000);
        let next_day = done_at(1_719_765_000_000 + 86_400_000);
        let state = |entry: Option<&Entry>, today| DeadlineState::of(due, entry, today, 420);
        let july = Date::new(2024, 7, 5).unwrap();
        assert_eq!(state(Some(&on_the_day), july), DeadlineState::DoneOnTime);
        assert_eq!(state(Some(&next_day), july), DeadlineState::DoneLate);
        assert_eq!(state(None, due), DeadlineState::InTime);
        assert_eq!(state(None, july), DeadlineState::Overdue);
        // Not finished, or withdrawn: not done.
        let going = Entry {
            status: Status::InProgress,
            ..on_the_day.clone()
        };
        assert_eq!(state(Some(&going), july), DeadlineState::Overdue);
        let withdrawn = Entry {
            deleted: true,
            ..on_the_day
        };
        assert_eq!(state(Some(&withdrawn), july), DeadlineState::Overdue);
    }
}
