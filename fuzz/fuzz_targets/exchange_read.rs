//! Fuzz target: any bytes offered as an imported file (plan, report, backup).
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(received) = tiendo::format::exchange::read(data) {
        // Whatever decodes must also import without panicking.
        let plan = tiendo::format::seed::seed_plan().expect("seed decodes");
        let workspace = tiendo::domain::Workspace::new(plan);
        let _ = tiendo::domain::merge::import(&workspace, &[received.incoming]);
    }
});
