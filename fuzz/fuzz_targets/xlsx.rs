//! Fuzz target `xlsx`: mutated workbooks through `io::load` (see `bijstand_core::fuzzing::load_as`).
#![no_main]
libfuzzer_sys::fuzz_target!(|data: &[u8]| bijstand_core::fuzzing::load_as(data, "f.xlsx"));
