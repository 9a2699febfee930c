//! Fuzz target `refdata`: see `bijstand_core::fuzzing::refdata`.
#![no_main]
libfuzzer_sys::fuzz_target!(|data: &[u8]| bijstand_core::fuzzing::refdata(data));
