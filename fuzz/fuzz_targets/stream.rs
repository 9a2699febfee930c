//! Fuzz target `stream`: see `bijstand_core::fuzzing::stream`.
#![no_main]
libfuzzer_sys::fuzz_target!(|data: &[u8]| bijstand_core::fuzzing::stream(data));
