//! bytes → contract + call plan → every (backend, gas scheme) config → panic on a divergence.
#![no_main]
libfuzzer_sys::fuzz_target!(|data: &[u8]| vmdiff::fuzzing::diff(data));
vmdiff::asan_default_options!();
