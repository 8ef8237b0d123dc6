//! The browser ring: the only code that touches web_sys, js_sys and gloo.
//!
//! Every function returns a typed error instead of unwrapping a JS call:
//! localStorage throws when it is full or disabled, and a panic blanks the app.

pub mod clock;
pub mod dom;
pub mod download;
pub mod files;
pub mod page;
pub mod storage;

use std::fmt;
use wasm_bindgen::JsValue;

/// A JS call that failed, with the error's name and message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct JsFailure {
    pub name: String,
    pub message: String,
}

impl JsFailure {
    pub fn from_js(value: &JsValue) -> JsFailure {
        let field = |key: &str| {
            js_sys::Reflect::get(value, &JsValue::from_str(key))
                .ok()
                .and_then(|v| v.as_string())
                .unwrap_or_default()
        };
        let name = field("name");
        let message = field("message");
        if name.is_empty() && message.is_empty() {
            JsFailure {
                name: "Error".into(),
                message: value.as_string().unwrap_or_else(|| format!("{value:?}")),
            }
        } else {
            JsFailure { name, message }
        }
    }

    pub fn missing(what: &str) -> JsFailure {
        JsFailure {
            name: "Missing".into(),
            message: what.into(),
        }
    }
}

impl fmt::Display for JsFailure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.name, self.message)
    }
}

pub(crate) fn window() -> Result<web_sys::Window, JsFailure> {
    web_sys::window().ok_or_else(|| JsFailure::missing("window"))
}

pub(crate) fn document() -> Result<web_sys::Document, JsFailure> {
    window()?
        .document()
        .ok_or_else(|| JsFailure::missing("document"))
}
