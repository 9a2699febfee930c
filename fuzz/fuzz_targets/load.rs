//! Fuzz target `load`: see `bijstand_core::fuzzing::load`.
#![no_main]
libfuzzer_sys::fuzz_target!(|data: &[u8]| bijstand_core::fuzzing::load(data));
