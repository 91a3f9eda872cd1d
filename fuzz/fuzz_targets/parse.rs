//! Fuzz `parse_bytes` (and, for UTF-8 input, `parse` and `parse_bytes` with a BOM) and check the
//! crate's invariants with the checker shared with the integration tests
//! (`tests/common/invariants.rs`): no panic; spans in bounds and on character boundaries of the
//! bytes' encoding; every non-blank character inside some span; blocks never overlap except
//! boilerplate inside a turn and pop-ups inside a body paragraph. Any violation panics, so
//! libFuzzer records it as a crash.
//!
//! Run from the crate root (stable toolchain; cargo-fuzz needs `RUSTC_BOOTSTRAP=1`):
//!
//! ```text
//! RUSTC_BOOTSTRAP=1 cargo fuzz run parse -- -max_total_time=600
//! ```

#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "../../tests/common/invariants.rs"]
mod invariants;

fuzz_target!(|data: &[u8]| {
    if let Ok(doc) = transcript_parser::parse_bytes(data) {
        if let Err(e) = invariants::check_bytes(data, &doc) {
            panic!("invariant violated: parse_bytes: {e}");
        }
    }
    if let Ok(text) = std::str::from_utf8(data) {
        if let Err(e) = invariants::check_text_everywhere(text) {
            panic!("invariant violated: {e}");
        }
    }
});
