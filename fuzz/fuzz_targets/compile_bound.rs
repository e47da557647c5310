//! bytes → a shape family at n and 2n, or a generated module and its doubled copy → compile
//! cost on each backend → panic on a confirmed superlinear doubling or per-module budget excess.
#![no_main]
libfuzzer_sys::fuzz_target!(|data: &[u8]| vmdiff::fuzzing::compile_bound(data));
vmdiff::asan_default_options!();
