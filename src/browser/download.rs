//! Saving text as a file the user downloads (backups, plan files).

use super::{document, JsFailure};
use wasm_bindgen::JsCast;

/// Offers `text` as a download named `file_name`.
pub fn download_text(file_name: &str, text: &str, mime: &str) -> Result<(), JsFailure> {
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)
        .map_err(|e| JsFailure::from_js(&e))?;
    let url =
        web_sys::Url::create_object_url_with_blob(&blob).map_err(|e| JsFailure::from_js(&e))?;
    let document = document()?;
    let anchor: web_sys::HtmlAnchorElement = document
        .create_element("a")
        .map_err(|e| JsFailure::from_js(&e))?
        .dyn_into()
        .map_err(|_| JsFailure::missing("anchor element"))?;
    anchor.set_href(&url);
    anchor.set_download(file_name);
    let body = document.body().ok_or_else(|| JsFailure::missing("body"))?;
    body.append_child(&anchor)
        .map_err(|e| JsFailure::from_js(&e))?;
    anchor.click();
    anchor.remove();
    // The click has started the download; the URL can go after this task.
    let revoke = wasm_bindgen::closure::Closure::once_into_js(move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    });
    let _ = super::window()?
        .set_timeout_with_callback_and_timeout_and_arguments_0(revoke.unchecked_ref(), 1_000);
    Ok(())
}
