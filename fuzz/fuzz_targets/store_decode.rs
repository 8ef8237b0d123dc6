//! Fuzz target: any text found in browser storage under the head, plan, part
//! or settings keys.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        let _ = tiendo::format::store::read_head(text);
        let _ = tiendo::format::store::decode_plan(text);
        let _ = tiendo::format::store::decode_entries(text);
        let _ = tiendo::format::pack::unpack(text, text.len());
        let _ = tiendo::format::settings::decode(text);
    }
});
