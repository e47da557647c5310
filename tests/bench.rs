//! `vmdiff bench` on small contracts of our own: every config is measured, gas agrees where
//! the policy says it must, instantiation is measured apart from the call, and the headline
//! ratios are printed. (What the figures are is the benchmark's business, not this test's.)

use vmdiff::backend::BackendName;
use vmdiff::bench;
use vmdiff::matrix::on_wasm_thread;
use vmdiff::scheme::SchemeName;

const LOOP: &str = r#"(module
  (memory 1)
  (func (export "sum") (result i64) (local i64 i32)
    (loop $l
      (local.set 0 (i64.add (local.get 0) (i64.extend_i32_u (local.get 1))))
      (local.set 1 (i32.add (local.get 1) (i32.const 1)))
      (br_if $l (i32.lt_u (local.get 1) (i32.const 10000))))
    (local.get 0))
  (func (export "store") (i32.store (i32.const 8) (i32.const 42))))"#;

const TRAPS: &str =
    r#"(module (func (export "boom") unreachable) (func (export "one") (result i32) i32.const 1))"#;

#[test]
fn bench_measures_every_config_and_gas_agrees_across_backends_and_with_host_vs_global() {
    let dir = std::env::temp_dir().join(format!("vmdiff-bench-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("loop.wasm"), wat::parse_str(LOOP).unwrap()).unwrap();
    std::fs::write(dir.join("traps.wasm"), wat::parse_str(TRAPS).unwrap()).unwrap();
    std::fs::write(dir.join("broken.wasm"), b"\0asm\x01\0\0\0\x01").unwrap();
    let backends = [BackendName::SINGLEPASS, BackendName::WINCH];
    let schemes = [SchemeName::Host, SchemeName::Global];
    let results = {
        let dir = dir.clone();
        on_wasm_thread(move || bench::run(&dir, &backends, &schemes, 2, 10_000_000).unwrap())
    };
    assert_eq!(results.len(), 2 * 3, "backends x (schemes + unmetered)");
    for r in &results {
        assert_eq!(r.contracts, 2, "{r:?}: the broken file is skipped");
        assert_eq!(r.calls, 4, "{r:?}");
        assert!(
            r.compile_seconds > 0.0 && r.instantiate_seconds > 0.0,
            "{r:?}"
        );
        // (`call >= execute` held by definition; that the calls were timed at all can fail.)
        assert!(r.call_seconds > 0.0, "{r:?}");
    }
    let gas = |b: &str, s: &str| {
        results
            .iter()
            .find(|r| r.backend == b && r.scheme == s)
            .unwrap()
            .gas
    };
    assert!(gas("singlepass", "host") > 10_000, "the loop is charged");
    assert_eq!(gas("singlepass", "host"), gas("singlepass", "global"));
    assert_eq!(gas("singlepass", "host"), gas("winch", "host"));
    assert_eq!(gas("winch", "host"), gas("winch", "global"));
    let table = bench::table(&results);
    assert!(
        table.contains("winch vs singlepass (global): compile"),
        "{table}"
    );
    assert!(table.contains("singlepass: host costs"), "{table}");
    let _ = std::fs::remove_dir_all(&dir);
}
