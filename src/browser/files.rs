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

/// Reads each file's bytes; files over `max_bytes` are refused unread. The
/// others are read as one blob: one read and one buffer for sixty files,
/// where sixty reads cost the browser twice the time. If that read fails
/// (a file changed or vanished since it was picked), each file is read on
/// its own, so the failure is reported against the file it belongs to.
pub async fn read_all(files: Vec<web_sys::File>, max_bytes: usize) -> Vec<PickedFile> {
    let readable: Vec<&web_sys::File> = files
        .iter()
        .filter(|file| file.size() <= max_bytes as f64)
        .collect();
    let mut together = read_together(&readable).await.into_iter();
    let mut picked = Vec::with_capacity(files.len());
    for file in &files {
        let size = file.size();
        let bytes = if size > max_bytes as f64 {
            Err(FileProblem::TooLarge { bytes: size })
        } else {
            match together.next() {
                Some(bytes) => Ok(bytes),
                None => read_one(file).await,
            }
        };
        picked.push(PickedFile {
            name: file.name(),
            bytes,
        });
    }
    picked
}

/// The files' bytes from one read of their concatenation, or nothing.
async fn read_together(files: &[&web_sys::File]) -> Vec<Vec<u8>> {
    let parts: js_sys::Array = files.iter().copied().collect();
    let Ok(blob) = web_sys::Blob::new_with_blob_sequence(&parts) else {
        return Vec::new();
    };
    let Ok(buffer) = JsFuture::from(blob.array_buffer()).await else {
        return Vec::new();
    };
    let all = js_sys::Uint8Array::new(&buffer);
    let sizes: Vec<u32> = files.iter().map(|file| file.size() as u32).collect();
    if sizes.iter().map(|&size| u64::from(size)).sum::<u64>() != u64::from(all.length()) {
        return Vec::new();
    }
    let mut start = 0;
    sizes
        .into_iter()
        .map(|size| {
            let bytes = all.subarray(start, start + size).to_vec();
            start += size;
            bytes
        })
        .collect()
}

async fn read_one(file: &web_sys::File) -> Result<Vec<u8>, FileProblem> {
    match JsFuture::from(file.array_buffer()).await {
        Ok(buffer) => Ok(js_sys::Uint8Array::new(&buffer).to_vec()),
        Err(error) => Err(FileProblem::Unreadable(JsFailure::from_js(&error))),
    }
}
