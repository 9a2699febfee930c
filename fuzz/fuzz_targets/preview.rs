//! Fuzz target `preview`: see `bijstand_core::fuzzing::preview`.
#![no_main]
libfuzzer_sys::fuzz_target!(|data: &[u8]| bijstand_core::fuzzing::preview(data));
