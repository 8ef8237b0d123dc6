//! Saving text or bytes as a file the user downloads (backups, plan files,
//! the report up's .docx and .xlsx).

use super::{document, JsFailure};
use wasm_bindgen::JsCast;

/// Clicks a temporary `<a download>`: the browser saves `href` as `file_name`.
fn click_link(href: &str, file_name: &str) -> Result<(), JsFailure> {
    let document = document()?;
    let anchor: web_sys::HtmlAnchorElement = document
        .create_element("a")
        .map_err(|e| JsFailure::from_js(&e))?
        .dyn_into()
        .map_err(|_| JsFailure::missing("anchor element"))?;
    anchor.set_href(href);
    anchor.set_download(file_name);
    let body = document.body().ok_or_else(|| JsFailure::missing("body"))?;
    body.append_child(&anchor)
        .map_err(|e| JsFailure::from_js(&e))?;
    anchor.click();
    anchor.remove();
    Ok(())
}

/// Offers `text` as a download named `file_name`.
pub fn download_text(file_name: &str, text: &str, mime: &str) -> Result<(), JsFailure> {
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &blob_type(mime))
        .map_err(|e| JsFailure::from_js(&e))?;
    download_blob(file_name, &blob)
}

/// Offers `bytes` as a download named `file_name`.
pub fn download_bytes(file_name: &str, bytes: &[u8], mime: &str) -> Result<(), JsFailure> {
    let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(bytes));
    let blob = web_sys::Blob::new_with_u8_array_sequence_and_options(&parts, &blob_type(mime))
        .map_err(|e| JsFailure::from_js(&e))?;
    download_blob(file_name, &blob)
}

fn blob_type(mime: &str) -> web_sys::BlobPropertyBag {
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    options
}

fn download_blob(file_name: &str, blob: &web_sys::Blob) -> Result<(), JsFailure> {
    let url =
        web_sys::Url::create_object_url_with_blob(blob).map_err(|e| JsFailure::from_js(&e))?;
    click_link(&url, file_name)?;
    // The click has started the download; the URL can go after this task.
    let revoke = wasm_bindgen::closure::Closure::once_into_js(move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    });
    let _ = super::window()?
        .set_timeout_with_callback_and_timeout_and_arguments_0(revoke.unchecked_ref(), 1_000);
    Ok(())
}

/// The markup of the element with `id` (an `<svg>`), as a standalone SVG file.
pub fn svg_text(id: &str) -> Result<String, JsFailure> {
    let element = document()?
        .get_element_by_id(id)
        .ok_or_else(|| JsFailure::missing(id))?;
    let mut text = element.outer_html();
    if !text.contains("xmlns=") {
        text = text.replacen("<svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"", 1);
    }
    Ok(format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n{text}"
    ))
}

/// Draws an SVG on a white canvas at `scale` and offers it as a PNG download.
pub async fn svg_as_png(
    svg: String,
    width: f64,
    height: f64,
    scale: f64,
    file_name: String,
) -> Result<(), JsFailure> {
    let document = document()?;
    let image: web_sys::HtmlImageElement = document
        .create_element("img")
        .map_err(|e| JsFailure::from_js(&e))?
        .dyn_into()
        .map_err(|_| JsFailure::missing("img"))?;
    let loaded = js_sys::Promise::new(&mut |resolve, reject| {
        image.set_onload(Some(&resolve));
        image.set_onerror(Some(&reject));
    });
    let source = format!(
        "data:image/svg+xml;charset=utf-8,{}",
        String::from(js_sys::encode_uri_component(&svg))
    );
    image.set_src(&source);
    wasm_bindgen_futures::JsFuture::from(loaded)
        .await
        .map_err(|e| JsFailure::from_js(&e))?;
    let canvas: web_sys::HtmlCanvasElement = document
        .create_element("canvas")
        .map_err(|e| JsFailure::from_js(&e))?
        .dyn_into()
        .map_err(|_| JsFailure::missing("canvas"))?;
    canvas.set_width((width * scale) as u32);
    canvas.set_height((height * scale) as u32);
    let context: web_sys::CanvasRenderingContext2d = canvas
        .get_context("2d")
        .map_err(|e| JsFailure::from_js(&e))?
        .ok_or_else(|| JsFailure::missing("2d context"))?
        .dyn_into()
        .map_err(|_| JsFailure::missing("2d context"))?;
    context.set_fill_style_str("#ffffff");
    context.fill_rect(0.0, 0.0, width * scale, height * scale);
    context
        .draw_image_with_html_image_element_and_dw_and_dh(
            &image,
            0.0,
            0.0,
            width * scale,
            height * scale,
        )
        .map_err(|e| JsFailure::from_js(&e))?;
    let url = canvas
        .to_data_url_with_type("image/png")
        .map_err(|e| JsFailure::from_js(&e))?;
    click_link(&url, &file_name)?;
    Ok(())
}

/// Opens the browser's print dialog (the dashboard prints on A4).
pub fn print() -> Result<(), JsFailure> {
    super::window()?.print().map_err(|e| JsFailure::from_js(&e))
}
