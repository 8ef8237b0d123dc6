//! Local storage, guarded: disabled storage, a full quota and any other throw
//! become a [`StorageError`]; nothing here can panic.

use super::{window, JsFailure};
use crate::domain::Language;
use gloo_storage::{LocalStorage, Storage};
use wasm_bindgen::JsCast;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StorageError {
    /// Disabled by the browser, a policy or private mode.
    Unavailable(JsFailure),
    /// The origin's quota is full: nothing was written.
    QuotaExceeded,
    Failed(JsFailure),
    /// The app crashed (a trap, or a panic in a debug build): nothing is
    /// written until a reload, so a half-applied change is never stored.
    Crashed,
}

impl StorageError {
    /// What went wrong, in `language` (the browser's own words after it).
    pub fn describe(&self, language: Language) -> String {
        match (self, language) {
            (StorageError::Unavailable(why), Language::Vietnamese) => {
                format!("Trình duyệt không cho dùng bộ nhớ ({why}).")
            }
            (StorageError::Unavailable(why), Language::English) => {
                format!("The browser does not allow storage ({why}).")
            }
            (StorageError::QuotaExceeded, Language::Vietnamese) => {
                "Bộ nhớ trình duyệt đã đầy: chưa ghi được gì.".to_owned()
            }
            (StorageError::QuotaExceeded, Language::English) => {
                "Browser storage is full: nothing was written.".to_owned()
            }
            (StorageError::Failed(why), Language::Vietnamese) => {
                format!("Không ghi được vào bộ nhớ trình duyệt ({why}).")
            }
            (StorageError::Failed(why), Language::English) => {
                format!("Browser storage could not be written ({why}).")
            }
            (StorageError::Crashed, Language::Vietnamese) => {
                "Ứng dụng đã gặp lỗi: hãy tải lại trang trước khi lưu.".to_owned()
            }
            (StorageError::Crashed, Language::English) => {
                "The app hit an error: reload the page before saving.".to_owned()
            }
        }
    }
}

/// The storage, or why there is none. Asking can itself throw (SecurityError).
fn local() -> Result<web_sys::Storage, StorageError> {
    window()
        .map_err(StorageError::Unavailable)?
        .local_storage()
        .map_err(|e| StorageError::Unavailable(JsFailure::from_js(&e)))?
        .ok_or_else(|| StorageError::Unavailable(JsFailure::missing("localStorage")))
}

/// Whether storage works at all: a write-and-remove probe, as private modes
/// may expose a storage object that refuses every write.
pub fn probe() -> Result<(), StorageError> {
    let storage = local()?;
    let key = "tiendo.probe";
    storage.set_item(key, "1").map_err(|e| classify(&e))?;
    storage
        .remove_item(key)
        .map_err(|e| StorageError::Failed(JsFailure::from_js(&e)))
}

fn classify(error: &wasm_bindgen::JsValue) -> StorageError {
    let failure = JsFailure::from_js(error);
    let quota = failure.name == "QuotaExceededError"
        || failure.name == "NS_ERROR_DOM_QUOTA_REACHED"
        || failure.message.to_lowercase().contains("quota");
    if quota {
        StorageError::QuotaExceeded
    } else {
        StorageError::Failed(failure)
    }
}

pub fn read(key: &str) -> Result<Option<String>, StorageError> {
    local()?
        .get_item(key)
        .map_err(|e| StorageError::Failed(JsFailure::from_js(&e)))
}

/// The first line of the value under `key`, with its newline (the whole
/// value when it has none): cut in JavaScript, so a plan put away (megabytes)
/// is not copied into the wasm to read its label.
pub fn read_first_line(key: &str) -> Result<Option<String>, StorageError> {
    let storage = local()?;
    // A named property of Storage is its item (the app's keys, all
    // "tiendo.…", name none of Storage's own methods).
    let value = js_sys::Reflect::get(&storage, &wasm_bindgen::JsValue::from_str(key))
        .map_err(|e| StorageError::Failed(JsFailure::from_js(&e)))?;
    let Ok(text) = value.dyn_into::<js_sys::JsString>() else {
        return Ok(None);
    };
    let end = match text.index_of("\n", 0) {
        -1 => text.length(),
        at => at as u32 + 1,
    };
    Ok(Some(String::from(text.slice(0, end))))
}

/// Whether the page shows the crash notice (`index.html` writes it for a
/// trap; `page::show_crash` for a debug build's panic): the one signal that
/// outlives the crashed wasm's state.
fn crashed() -> bool {
    super::document()
        .ok()
        .and_then(|d| d.query_selector(".crash").ok().flatten())
        .is_some()
}

pub fn write(key: &str, value: &str) -> Result<(), StorageError> {
    if crashed() {
        return Err(StorageError::Crashed);
    }
    local()?.set_item(key, value).map_err(|e| classify(&e))
}

pub fn remove(key: &str) -> Result<(), StorageError> {
    if crashed() {
        return Err(StorageError::Crashed);
    }
    local()?
        .remove_item(key)
        .map_err(|e| StorageError::Failed(JsFailure::from_js(&e)))
}

/// Every key that starts with `prefix`, sorted.
pub fn keys_with_prefix(prefix: &str) -> Result<Vec<String>, StorageError> {
    local()?;
    let mut keys: Vec<String> = (0..LocalStorage::length())
        .filter_map(|index| LocalStorage::raw().key(index).ok().flatten())
        .filter(|key| key.starts_with(prefix))
        .collect();
    crate::domain::sort::sort(&mut keys);
    Ok(keys)
}

/// Chromium's and Edge's local storage quota, in UTF-16 code units (keys
/// and values; Firefox's is 5,242,308).
pub const QUOTA_UNITS: usize = 5_241_856;

/// UTF-16 code units used by every key and value of this origin: the unit
/// browsers count their quota in.
pub fn used_units() -> Result<usize, StorageError> {
    units_where(|_| true)
}

/// UTF-16 code units used by the keys that start with `prefix` and their values.
pub fn units_with_prefix(prefix: &str) -> Result<usize, StorageError> {
    units_where(|key| key.starts_with(prefix))
}

fn units_where(keep: impl Fn(&str) -> bool) -> Result<usize, StorageError> {
    let storage = local()?;
    let count = storage
        .length()
        .map_err(|e| StorageError::Failed(JsFailure::from_js(&e)))?;
    let mut units = 0;
    for index in 0..count {
        if let Ok(Some(key)) = storage.key(index) {
            if !keep(&key) {
                continue;
            }
            // The value's length read in JavaScript: a stored plan of a
            // megabyte is not copied into the wasm to be counted. (A named
            // property of Storage is its item, but for keys that name one
            // of its own members: counted as 0, and no key of the app does.)
            let length = js_sys::Reflect::get(&storage, &wasm_bindgen::JsValue::from_str(&key))
                .ok()
                .and_then(|value| value.dyn_into::<js_sys::JsString>().ok())
                .map_or(0, |value| value.length() as usize);
            units += key.encode_utf16().count() + length;
        }
    }
    Ok(units)
}

/// The browser's storage manager, where there is one.
fn manager() -> Option<web_sys::StorageManager> {
    Some(window().ok()?.navigator().storage())
}

async fn ask(promise: Result<js_sys::Promise, wasm_bindgen::JsValue>) -> Option<bool> {
    let answer = wasm_bindgen_futures::JsFuture::from(promise.ok()?)
        .await
        .ok()?;
    answer.as_bool()
}

/// Asks the browser to keep this site's storage when the disk runs short
/// (`navigator.storage.persist()`); its answer, or `None` where it cannot say.
pub async fn keep() -> Option<bool> {
    ask(manager()?.persist()).await
}

/// Whether the browser has agreed to keep this site's storage.
pub async fn kept() -> Option<bool> {
    ask(manager()?.persisted()).await
}
