//! Fuzz target: any text found in browser storage under the workspace or settings keys.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        let _ = tiendo::format::store::decode(text);
        let _ = tiendo::format::settings::decode(text);
    }
});
