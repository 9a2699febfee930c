//! Fuzz target `link`: see `bijstand_core::fuzzing::link`.
#![no_main]
libfuzzer_sys::fuzz_target!(|data: &[u8]| bijstand_core::fuzzing::link(data));
