//! Fuzz target: any bytes offered to the plan reader (text or a Word file).
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(reading) = tiendo::reader::read_file(data) {
        // Whatever the reader makes is a sound plan that a plan file carries.
        assert_eq!(reading.plan.check(), vec![]);
        let text = tiendo::format::plan_file::encode(&reading.plan, 1, tiendo::domain::Timestamp(0));
        assert!(tiendo::format::plan_file::decode(text.as_bytes()).is_ok());
        for fact in &reading.facts {
            if let Some(span) = fact.span {
                assert!(span.start <= span.end && span.end <= reading.source.len());
            }
        }
    }
});
