//! Fuzz target `json`: JSON files through `io::load` (see `bijstand_core::fuzzing::load_as`).
#![no_main]
libfuzzer_sys::fuzz_target!(|data: &[u8]| bijstand_core::fuzzing::load_as(data, "f.json"));
