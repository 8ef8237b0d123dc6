//! Where the keyboard's focus goes: to an element once the page has drawn
//! it, along a list's items, and the one stop of a group in the tab order.

use super::super::{document, window};
use super::{query, query_all};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

/// Focuses the element matching `selector` once the pending DOM updates
/// (microtasks) have run, before the next input event, so a card moved to
/// another column keeps the focus even under fast key presses. On a busy
/// page the element may not be in place yet: it is looked for again, a few
/// times, a frame apart. Then it is scrolled just into view.
pub fn focus_soon(selector: String) {
    focus_when_there(selector, 0, 6);
}

fn focus_when_there(selector: String, delay_ms: i32, attempts: u32) {
    let focus = Closure::once_into_js(move || {
        let element = document()
            .ok()
            .and_then(|d| d.query_selector(&selector).ok().flatten())
            .filter(|e| e.is_connected());
        match element {
            Some(element) => {
                focus(&element);
                reveal(&element);
            }
            None if attempts > 1 => focus_when_there(selector, 16, attempts - 1),
            None => {}
        }
    });
    if let Ok(window) = window() {
        let _ = window
            .set_timeout_with_callback_and_timeout_and_arguments_0(focus.unchecked_ref(), delay_ms);
    }
}

/// Scrolls `element` just into view, both ways: the browser's own scroll on
/// focus leaves a card moved to a column half out of a phone's board where
/// it was (the card kept the focus through the move).
pub fn reveal(element: &web_sys::Element) {
    let options = web_sys::ScrollIntoViewOptions::new();
    options.set_block(web_sys::ScrollLogicalPosition::Nearest);
    options.set_inline(web_sys::ScrollLogicalPosition::Nearest);
    element.scroll_into_view_with_scroll_into_view_options(&options);
}

/// Focuses an HTML element, or an SVG one (a chart's cell).
pub fn focus(element: &web_sys::Element) {
    if let Some(html) = element.dyn_ref::<web_sys::HtmlElement>() {
        let _ = html.focus();
    } else if let Some(svg) = element.dyn_ref::<web_sys::SvgElement>() {
        let _ = svg.focus();
    }
}

/// Makes `element` the one stop of `root` (a column, a chart's cells) in
/// the tab order (a roving tabindex): every other stop there is left to
/// the arrow keys, but for those inside `element` (a card's own button).
pub fn take_tab_stop(element: &web_sys::Element, root: &web_sys::Element) {
    for stop in query_all(root, r#"[tabindex="0"]"#) {
        if !element.contains(Some(&stop)) {
            let _ = stop.set_attribute("tabindex", "-1");
        }
    }
    let _ = element.set_attribute("tabindex", "0");
}

/// Focuses the first element under `root` matching `selector`.
pub fn focus_first(root: &web_sys::Element, selector: &str) {
    if let Some(element) =
        query(root, selector).and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = element.focus();
    }
}

/// Moves the focus to the next (or previous) element under `root` matching
/// `selector`, wrapping around; from outside them, to the first.
pub fn focus_step(root: &web_sys::Element, selector: &str, forward: bool) {
    let Ok(list) = root.query_selector_all(selector) else {
        return;
    };
    let items: Vec<web_sys::HtmlElement> = (0..list.length())
        .filter_map(|index| list.item(index)?.dyn_into().ok())
        .collect();
    if items.is_empty() {
        return;
    }
    let active = root.owner_document().and_then(|d| d.active_element());
    let at = items.iter().position(|item| {
        active
            .as_ref()
            .is_some_and(|a| a == item.unchecked_ref::<web_sys::Element>())
    });
    let next = match at {
        Some(at) if forward => (at + 1) % items.len(),
        Some(at) => (at + items.len() - 1) % items.len(),
        None => 0,
    };
    let _ = items[next].focus();
}

/// Where the focus goes among a list's items.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    Next,
    Previous,
    First,
    Last,
}

/// Moves the focus from `from` to another element matching `selector` in
/// `from`'s closest `container`, without wrapping: a list's arrows, Home and End.
pub fn focus_within(from: &web_sys::Element, container: &str, selector: &str, step: Step) {
    let Some(list) = from
        .closest(container)
        .ok()
        .flatten()
        .and_then(|c| c.query_selector_all(selector).ok())
    else {
        return;
    };
    let items: Vec<web_sys::Element> = (0..list.length())
        .filter_map(|index| list.item(index)?.dyn_into().ok())
        .collect();
    let Some(at) = items.iter().position(|item| item == from) else {
        return;
    };
    let target = match step {
        Step::Next => at + 1,
        Step::Previous => at.saturating_sub(1),
        Step::First => 0,
        Step::Last => items.len() - 1,
    };
    if let Some(element) = items
        .get(target)
        .and_then(|e| e.dyn_ref::<web_sys::HtmlElement>())
    {
        let _ = element.focus();
    }
}
