//! Fuzz target: any URL hash a link can carry to the board.
#![no_main]

use libfuzzer_sys::fuzz_target;
use tiendo::domain::board::BoardQuery;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        let query = BoardQuery::from_query(text);
        // Reading what we wrote gives the same view back.
        assert_eq!(BoardQuery::from_query(&query.to_query()), query);
    }
});
