//! Notices: what failed (stays until dismissed) and what was done (leaves
//! by itself).

use super::AppState;
use leptos::prelude::*;
use std::time::Duration;

/// How long a notice that only says what was done stays.
pub const INFORM_FOR: Duration = Duration::from_secs(8);

/// One notice in the corner of the page.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Notice {
    pub id: u64,
    pub text: String,
}

impl AppState {
    /// A notice that stays until dismissed: something failed or needs the
    /// user's attention.
    pub fn notify(&self, text: String) {
        self.push_notice(text);
    }

    /// A notice that says what was done, and leaves by itself after
    /// [`INFORM_FOR`] (it would otherwise pile up over the board).
    pub fn inform(&self, text: String) {
        let id = self.push_notice(text);
        let state = *self;
        set_timeout(move || state.dismiss(id), INFORM_FOR);
    }

    fn push_notice(&self, text: String) -> u64 {
        let mut id = 1;
        self.notices.update(|notices| {
            id = notices.last().map_or(1, |n| n.id + 1);
            notices.push(Notice { id, text });
        });
        id
    }

    pub fn dismiss(&self, id: u64) {
        self.notices
            .update(|notices| notices.retain(|n| n.id != id));
    }
}
