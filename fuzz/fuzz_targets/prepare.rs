//! bytes → module → preparation must accept-and-validate or reject, and never change semantics.
#![no_main]
libfuzzer_sys::fuzz_target!(|data: &[u8]| vmdiff::fuzzing::prepare(data));
vmdiff::asan_default_options!();
