//! DOM queries the board needs: what is under the pointer, moving focus, and
//! the undo shortcut.

use super::{document, window, JsFailure};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

/// The `data-column` value of the column under a point, skipping elements
/// inside `skip` (the card being dragged).
pub fn column_at(x: f64, y: f64, skip: &str) -> Option<String> {
    let document = document().ok()?;
    let elements = document.elements_from_point(x as f32, y as f32);
    elements.iter().find_map(|value| {
        let element: web_sys::Element = value.dyn_into().ok()?;
        if element.closest(skip).ok().flatten().is_some() {
            return None;
        }
        element
            .closest("[data-column]")
            .ok()
            .flatten()?
            .get_attribute("data-column")
    })
}

/// Focuses the element matching `selector` once the pending DOM updates
/// (microtasks) have run, before the next input event, so a card moved to
/// another column keeps the focus even under fast key presses. On a busy
/// page the element may not be in place yet: it is looked for again, a few
/// times, a frame apart.
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
            Some(element) => focus(&element),
            None if attempts > 1 => focus_when_there(selector, 16, attempts - 1),
            None => {}
        }
    });
    if let Ok(window) = window() {
        let _ = window
            .set_timeout_with_callback_and_timeout_and_arguments_0(focus.unchecked_ref(), delay_ms);
    }
}

/// Focuses an HTML element, or an SVG one (a chart's cell).
pub fn focus(element: &web_sys::Element) {
    if let Some(html) = element.dyn_ref::<web_sys::HtmlElement>() {
        let _ = html.focus();
    } else if let Some(svg) = element.dyn_ref::<web_sys::SvgElement>() {
        let _ = svg.focus();
    }
}

/// The element matching `selector` in `from`'s closest `container`.
pub fn closest_query(
    from: &web_sys::Element,
    container: &str,
    selector: &str,
) -> Option<web_sys::Element> {
    from.closest(container)
        .ok()
        .flatten()
        .and_then(|root| query(&root, selector))
}

/// Makes `element` the one stop of its closest `container` in the tab
/// order (a roving tabindex): the others are left to the arrow keys.
pub fn take_tab_stop(element: &web_sys::Element, container: &str) {
    if element.get_attribute("tabindex").as_deref() == Some("0") {
        return;
    }
    let stops = element
        .closest(container)
        .ok()
        .flatten()
        .and_then(|root| root.query_selector_all(r#"[tabindex="0"]"#).ok());
    if let Some(stops) = stops {
        for index in 0..stops.length() {
            if let Some(stop) = stops
                .item(index)
                .and_then(|node| node.dyn_into::<web_sys::Element>().ok())
            {
                let _ = stop.set_attribute("tabindex", "-1");
            }
        }
    }
    let _ = element.set_attribute("tabindex", "0");
}

/// Calls `callback` on Ctrl+Z / ⌘+Z outside text fields (where the browser's
/// own undo of typing applies).
pub fn on_undo_key(callback: impl Fn() + 'static) -> Result<(), JsFailure> {
    let listener =
        Closure::<dyn Fn(web_sys::KeyboardEvent)>::new(move |event: web_sys::KeyboardEvent| {
            let undo = (event.ctrl_key() || event.meta_key())
                && !event.shift_key()
                && event.key().eq_ignore_ascii_case("z");
            if !undo {
                return;
            }
            let in_text = event
                .target()
                .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                .is_some_and(|e| matches!(e.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT"));
            if !in_text {
                event.prevent_default();
                callback();
            }
        });
    window()?
        .add_event_listener_with_callback("keydown", listener.as_ref().unchecked_ref())
        .map_err(|e| JsFailure::from_js(&e))?;
    listener.forget();
    Ok(())
}

/// Keeps a pointer's events on `element` (the card it went down on), so a
/// drag can leave the card.
pub fn capture_pointer(element: &web_sys::Element, pointer_id: i32) {
    let _ = element.set_pointer_capture(pointer_id);
}

/// The nearest element at or above an event's target that matches `selector`:
/// one listener on a container serves every card inside it.
pub fn closest(event: &web_sys::Event, selector: &str) -> Option<web_sys::Element> {
    event
        .target()?
        .dyn_into::<web_sys::Element>()
        .ok()?
        .closest(selector)
        .ok()
        .flatten()
}

/// Keeps a scrolled drawing's headings in view: every element marked
/// `data-pin` under the scrolled element (the event's target) is given its
/// scroll offsets as `--pin-x` and `--pin-y`, which the stylesheet turns
/// into a move along the pinned axes (`data-pin="x"`, `"y"` or `"xy"`).
/// Set on the marked elements alone, not on the container, so the change
/// restyles a few dozen nodes, not the thousands of cells they cover; a
/// downloaded drawing, without the stylesheet, has them in place.
pub fn pin_to_scroll(event: &web_sys::Event) {
    let Some(container) = event
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
    else {
        return;
    };
    let style = format!(
        "--pin-x:{}px;--pin-y:{}px",
        container.scroll_left(),
        container.scroll_top()
    );
    let Ok(pinned) = container.query_selector_all("[data-pin]") else {
        return;
    };
    for index in 0..pinned.length() {
        if let Some(element) = pinned
            .item(index)
            .and_then(|node| node.dyn_into::<web_sys::Element>().ok())
        {
            let _ = element.set_attribute("style", &style);
        }
    }
}

/// How far the element around the one with `id` (a drawing's frame) is
/// scrolled, left and down: (0, 0) when it is not on the page.
pub fn scroll_offsets_around(id: &str) -> (i32, i32) {
    document()
        .ok()
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.parent_element())
        .map_or((0, 0), |frame| (frame.scroll_left(), frame.scroll_top()))
}

/// Adds or removes one class of an element (state the pointer alone changes,
/// kept out of the reactive graph so two thousand cards hold no subscription).
pub fn set_class(element: &web_sys::Element, class: &str, on: bool) {
    let _ = element.class_list().toggle_with_force(class, on);
}

/// Whether `element` is the event's own target (not one of its descendants).
pub fn is_target(event: &web_sys::Event, element: &web_sys::Element) -> bool {
    event
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .is_some_and(|target| &target == element)
}

/// What an `<input type=number>` holds after an event.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Typed {
    Empty,
    Number(f64),
    /// Text the browser cannot read as a number (`1e`, `12..5`): its value
    /// reads as empty, so without this it would look like a cleared field.
    Unreadable,
}

/// The number in the `<input type=number>` an event came from, as the browser
/// read it.
pub fn typed_number(event: &web_sys::Event) -> Typed {
    let Some(input) = event
        .target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
    else {
        return Typed::Unreadable;
    };
    let value = input.value_as_number();
    if value.is_finite() {
        Typed::Number(value)
    } else if input.validity().bad_input() {
        Typed::Unreadable
    } else {
        Typed::Empty
    }
}

/// The first element under `root` matching `selector`.
pub fn query(root: &web_sys::Element, selector: &str) -> Option<web_sys::Element> {
    root.query_selector(selector).ok().flatten()
}

/// Every element under `root` matching `selector`.
pub fn query_all(root: &web_sys::Element, selector: &str) -> Vec<web_sys::Element> {
    let Ok(list) = root.query_selector_all(selector) else {
        return Vec::new();
    };
    (0..list.length())
        .filter_map(|index| list.item(index)?.dyn_into().ok())
        .collect()
}

/// The element of `near`'s page that has the focus.
pub fn active_element(near: &web_sys::Element) -> Option<web_sys::Element> {
    near.owner_document()?.active_element()
}

/// Every element of `near`'s page matching `selector`.
pub fn query_page(near: &web_sys::Element, selector: &str) -> Vec<web_sys::Element> {
    let Some(list) = near
        .owner_document()
        .and_then(|d| d.query_selector_all(selector).ok())
    else {
        return Vec::new();
    };
    (0..list.length())
        .filter_map(|index| list.item(index)?.dyn_into().ok())
        .collect()
}

/// Parses `html` into elements at the end of `element` (markup the caller
/// built with every outside text escaped).
pub fn append_html(element: &web_sys::Element, html: &str) {
    let _ = element.insert_adjacent_html("beforeend", html);
}

/// Parses `html` into elements just before `element`.
pub fn insert_html_before(element: &web_sys::Element, html: &str) {
    let _ = element.insert_adjacent_html("beforebegin", html);
}

/// Puts `node` into `parent` just before `before` (or at its end).
pub fn insert_before(
    parent: &web_sys::Element,
    node: &web_sys::Element,
    before: Option<&web_sys::Element>,
) {
    let _ = parent.insert_before(node, before.map(|b| b.unchecked_ref::<web_sys::Node>()));
}

/// The element children of `element`, in order.
pub fn children(element: &web_sys::Element) -> Vec<web_sys::Element> {
    let children = element.children();
    (0..children.length())
        .filter_map(|index| children.item(index))
        .collect()
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
