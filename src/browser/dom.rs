//! DOM queries the board and charts need: what is under the pointer, moving
//! focus (`focus`), scrolled headings, markup put in place, and the undo
//! shortcut.

use super::{document, window, JsFailure};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

mod focus;

pub use focus::{
    focus, focus_first, focus_soon, focus_step, focus_within, reveal, take_tab_stop, Step,
};

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

/// Scrolls `scroller` sideways by a step when `x` (a pointer's client
/// position) is near one of its edges: a card dragged there brings the
/// columns out of view in.
pub fn scroll_at_edge(scroller: &web_sys::Element, x: f64) {
    const EDGE: f64 = 40.0;
    const STEP: f64 = 24.0;
    let rect = scroller.get_bounding_client_rect();
    let by = if x < rect.left() + EDGE {
        -STEP
    } else if x > rect.right() - EDGE {
        STEP
    } else {
        return;
    };
    scroller.scroll_by_with_x_and_y(by, 0.0);
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
    for pinned in query_all(&container, "[data-pin]") {
        let _ = pinned.set_attribute("style", &style);
    }
}

/// Scrolls the element with `id` into view, if it is there.
pub fn reveal_by_id(id: &str) {
    if let Some(element) = document().ok().and_then(|d| d.get_element_by_id(id)) {
        focus::reveal(&element);
    }
}

/// Opens the `<details>` with `id` and scrolls it into view, if it is there.
pub fn open_part(id: &str) {
    if let Some(element) = document().ok().and_then(|d| d.get_element_by_id(id)) {
        let _ = element.set_attribute("open", "");
        focus::reveal(&element);
    }
}

/// The attribute `name` of the element with `id`, if both are there.
pub fn attribute_by_id(id: &str, name: &str) -> Option<String> {
    document().ok()?.get_element_by_id(id)?.get_attribute(name)
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

/// Where the caret is in the text area an event came from: the text before
/// it, cut from the area's own value (so no UTF-16 offset crosses into Rust).
pub fn text_before_caret(event: &web_sys::Event) -> Option<String> {
    let area = event
        .target()?
        .dyn_into::<web_sys::HtmlTextAreaElement>()
        .ok()?;
    let at = area.selection_start().ok().flatten()?;
    let value = area.value();
    let units: Vec<u16> = value.encode_utf16().take(at as usize).collect();
    String::from_utf16(&units).ok()
}
