//! Reading files the user picked or dropped, as bytes, without trusting their size.

use super::JsFailure;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// One picked file: its name and its bytes, or why they could not be read.
pub struct PickedFile {
    pub name: String,
    pub bytes: Result<Vec<u8>, FileProblem>,
}

pub enum FileProblem {
    /// Larger than the limit: not read at all.
    TooLarge {
        bytes: f64,
    },
    Unreadable(JsFailure),
}

/// The files of a file list (an `<input type=file>` or a drop).
pub fn list(files: &web_sys::FileList) -> Vec<web_sys::File> {
    (0..files.length())
        .filter_map(|index| files.get(index))
        .collect()
}

/// The files of a change event on an `<input type=file>`.
pub fn from_input_event(event: &web_sys::Event) -> Vec<web_sys::File> {
    event
        .target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        .and_then(|input| input.files())
        .map(|files| list(&files))
        .unwrap_or_default()
}

/// The files of a drop event.
pub fn from_drop_event(event: &web_sys::DragEvent) -> Vec<web_sys::File> {
    event
        .data_transfer()
        .and_then(|transfer| transfer.files())
        .map(|files| list(&files))
        .unwrap_or_default()
}

/// Lets a later pick of the same file fire `change` again.
pub fn clear_input(event: &web_sys::Event) {
    if let Some(input) = event
        .target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
    {
        input.set_value("");
    }
}

/// Reads each file's bytes; files over `max_bytes` are refused unread. Every
/// read starts at once and is awaited after: sixty files cost one wait for the
/// browser, not sixty turns of the event loop.
pub async fn read_all(files: Vec<web_sys::File>, max_bytes: usize) -> Vec<PickedFile> {
    let started: Vec<(String, Result<JsFuture, FileProblem>)> = files
        .into_iter()
        .map(|file| {
            let size = file.size();
            let read = if size > max_bytes as f64 {
                Err(FileProblem::TooLarge { bytes: size })
            } else {
                Ok(JsFuture::from(file.array_buffer()))
            };
            (file.name(), read)
        })
        .collect();
    let mut picked = Vec::with_capacity(started.len());
    for (name, read) in started {
        let bytes = match read {
            Ok(future) => match future.await {
                Ok(buffer) => Ok(js_sys::Uint8Array::new(&buffer).to_vec()),
                Err(error) => Err(FileProblem::Unreadable(JsFailure::from_js(&error))),
            },
            Err(problem) => Err(problem),
        };
        picked.push(PickedFile { name, bytes });
    }
    picked
}
