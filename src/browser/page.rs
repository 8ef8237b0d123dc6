//! Page life: hiding and closing (to flush saves), storage events from other
//! tabs, and how the page's own files reached it.

use super::{document, window, JsFailure};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

/// Calls `callback` when the page is hidden or being unloaded. The listeners
/// live as long as the page.
pub fn on_hide(callback: impl Fn() + 'static) -> Result<(), JsFailure> {
    let callback = std::rc::Rc::new(callback);
    let on_visibility = {
        let callback = callback.clone();
        Closure::<dyn Fn()>::new(move || {
            let hidden = document()
                .map(|d| d.visibility_state() == web_sys::VisibilityState::Hidden)
                .unwrap_or(false);
            if hidden {
                callback();
            }
        })
    };
    document()?
        .add_event_listener_with_callback(
            "visibilitychange",
            on_visibility.as_ref().unchecked_ref(),
        )
        .map_err(|e| JsFailure::from_js(&e))?;
    on_visibility.forget();
    let on_pagehide = Closure::<dyn Fn()>::new(move || callback());
    window()?
        .add_event_listener_with_callback("pagehide", on_pagehide.as_ref().unchecked_ref())
        .map_err(|e| JsFailure::from_js(&e))?;
    on_pagehide.forget();
    Ok(())
}

/// A value another tab wrote to local storage.
pub struct StorageChange {
    pub key: Option<String>,
    pub new_value: Option<String>,
}

/// Calls `callback` for every change another tab makes to local storage.
pub fn on_storage_change(callback: impl Fn(StorageChange) + 'static) -> Result<(), JsFailure> {
    let listener =
        Closure::<dyn Fn(web_sys::StorageEvent)>::new(move |event: web_sys::StorageEvent| {
            callback(StorageChange {
                key: event.key(),
                new_value: event.new_value(),
            })
        });
    window()?
        .add_event_listener_with_callback("storage", listener.as_ref().unchecked_ref())
        .map_err(|e| JsFailure::from_js(&e))?;
    listener.forget();
    Ok(())
}

/// Calls `callback` with the new hash whenever the URL's hash changes.
pub fn on_hash_change(callback: impl Fn(String) + 'static) -> Result<(), JsFailure> {
    let listener = Closure::<dyn Fn()>::new(move || callback(hash()));
    window()?
        .add_event_listener_with_callback("hashchange", listener.as_ref().unchecked_ref())
        .map_err(|e| JsFailure::from_js(&e))?;
    listener.forget();
    Ok(())
}

/// Whether the media query `query` matches now; `callback` is called with
/// its new answer whenever that changes (a window resized past a
/// breakpoint, a phone turned). The listener lives as long as the page.
pub fn on_media_change(query: &str, callback: impl Fn(bool) + 'static) -> Result<bool, JsFailure> {
    let list = window()?
        .match_media(query)
        .map_err(|e| JsFailure::from_js(&e))?
        .ok_or_else(|| JsFailure::missing("matchMedia"))?;
    let listener = {
        let list = list.clone();
        Closure::<dyn Fn()>::new(move || callback(list.matches()))
    };
    list.add_event_listener_with_callback("change", listener.as_ref().unchecked_ref())
        .map_err(|e| JsFailure::from_js(&e))?;
    listener.forget();
    Ok(list.matches())
}

/// The URL's hash without `#`, or empty.
pub fn hash() -> String {
    window()
        .and_then(|w| w.location().hash().map_err(|e| JsFailure::from_js(&e)))
        .map(|h| h.trim_start_matches('#').to_owned())
        .unwrap_or_default()
}

pub fn set_hash(hash: &str) -> Result<(), JsFailure> {
    window()?
        .location()
        .set_hash(hash)
        .map_err(|e| JsFailure::from_js(&e))
}

/// Writes a last-resort message into the page (after a panic, the app is gone).
pub fn show_crash(text: &str) {
    let Ok(document) = document() else {
        return;
    };
    if let Ok(element) = document.create_element("div") {
        element.set_class_name("crash");
        let _ = element.set_attribute("role", "alert");
        element.set_text_content(Some(text));
        if let Some(body) = document.body() {
            let _ = body.prepend_with_node_1(&element);
        }
    }
}

/// Sets `<html lang>` so screen readers and hyphenation follow the UI language.
pub fn set_document_language(code: &str) {
    if let Some(root) = document().ok().and_then(|d| d.document_element()) {
        let _ = root.set_attribute("lang", code);
    }
}

pub fn set_document_title(title: &str) {
    if let Ok(document) = document() {
        document.set_title(title);
    }
}

/// Replaces the URL's hash without a history entry or a hashchange event
/// (for filters that change with every keystroke).
pub fn replace_hash(hash: &str) -> Result<(), JsFailure> {
    // Already there (a view opened from its URL): `replaceState` costs a few
    // milliseconds even when it changes nothing.
    if self::hash() == hash {
        return Ok(());
    }
    let window = window()?;
    let history = window.history().map_err(|e| JsFailure::from_js(&e))?;
    let url = format!("#{hash}");
    history
        .replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url))
        .map_err(|e| JsFailure::from_js(&e))
}

/// How the app's wasm module reached this page over the network.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Delivery {
    /// Bytes of the body as sent (compressed or not).
    pub sent: u64,
    /// Bytes of the module itself.
    pub size: u64,
}

impl Delivery {
    /// Whether the host compressed it (saving at least a tenth).
    pub fn compressed(self) -> bool {
        self.sent.saturating_mul(10) < self.size.saturating_mul(9)
    }
}

/// How the wasm module came over the network, from the browser's resource
/// timing; `None` when it did not (served by the service worker, inlined
/// in the one-file copy) or the browser does not say.
pub fn wasm_delivery() -> Option<Delivery> {
    let performance = window().ok()?.performance()?;
    performance
        .get_entries_by_type("resource")
        .iter()
        .filter_map(|entry| entry.dyn_into::<web_sys::PerformanceResourceTiming>().ok())
        .find(|timing| timing.name().ends_with(".wasm"))
        // A response the service worker made is the decoded body it cached.
        .filter(|timing| timing.worker_start() == 0.0 && timing.decoded_body_size() > 0.0)
        .map(|timing| Delivery {
            sent: timing.encoded_body_size() as u64,
            size: timing.decoded_body_size() as u64,
        })
}

/// Tells a deployer on the console when the host sent the wasm uncompressed:
/// nobody sees it otherwise, and it costs a slow link seconds.
pub fn warn_if_uncompressed() {
    if let Some(delivery) = wasm_delivery().filter(|d| !d.compressed()) {
        web_sys::console::warn_1(&wasm_bindgen::JsValue::from_str(&format!(
            "Tiến Độ: the host sent the wasm module uncompressed ({} bytes): serve the .br and .gz files beside it (docs/deploy.md)",
            delivery.size
        )));
    }
}
