//! The clock: the only place the app reads the time.

use crate::domain::{Date, Timestamp};

pub fn now() -> Timestamp {
    Timestamp(js_sys::Date::now() as i64)
}

/// Today in the browser's time zone (a clock outside 1900–2200 reads as its edge).
pub fn today() -> Date {
    let offset_minutes = -(js_sys::Date::new_0().get_timezone_offset() as i32);
    let now = now();
    Date::from_timestamp(now, offset_minutes).unwrap_or(if now.0 < 0 {
        Date::MIN
    } else {
        Date::MAX
    })
}

/// The browser's time zone offset in minutes east of UTC (Hà Nội: 420).
pub fn offset_minutes() -> i32 {
    -(js_sys::Date::new_0().get_timezone_offset() as i32)
}

/// Starts a User Timing span; [`end_span`] closes it as a measure the
/// benchmark reads with `performance.getEntriesByName(name)`.
pub fn start_span(name: &str) {
    if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
        let _ = performance.mark(&format!("{name}-start"));
    }
}

pub fn end_span(name: &str) {
    if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
        let start = format!("{name}-start");
        let _ = performance.measure_with_start_mark(name, &start);
        performance.clear_marks_with_mark_name(&start);
    }
}
