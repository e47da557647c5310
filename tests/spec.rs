//! The spec runner on a script written here: expectations checked on every config, state
//! carried across actions on one instance, out-of-profile modules skipped with their reason.

use vmdiff::backend::BackendName;
use vmdiff::cost::CostTable;
use vmdiff::matrix::{on_wasm_thread, Matrix};
use vmdiff::profile::Profile;
use vmdiff::scheme::SchemeName;
use vmdiff::spec::{run_file, FileReport};

fn run_script(script: &'static str) -> FileReport {
    let path = std::env::temp_dir().join(format!(
        "vmdiff-spec-{}-{}.wast",
        std::process::id(),
        script.len()
    ));
    std::fs::write(&path, script).unwrap();
    on_wasm_thread(move || {
        let matrix = Matrix::new(
            &BackendName::group("all"),
            &[SchemeName::Host, SchemeName::Global],
            Profile::default(),
            CostTable::default(),
        );
        run_file(&matrix, &path)
    })
}

#[test]
fn script_expectations_are_checked_on_every_config() {
    let report = run_script(
        r#"
(module
  (global $g (mut i32) (i32.const 0))
  (memory 1)
  (func (export "set") (param i32) (global.set $g (local.get 0)))
  (func (export "get") (result i32) (global.get $g))
  (func (export "div") (param i32 i32) (result i32) (i32.div_s (local.get 0) (local.get 1)))
  (func $loop (export "recurse") (call $loop))
  (func (export "nan") (result f32) (f32.div (f32.const 0) (f32.const 0))))
(invoke "set" (i32.const 42))
(assert_return (invoke "get") (i32.const 42))
(assert_trap (invoke "div" (i32.const 1) (i32.const 0)) "integer divide by zero")
(assert_return (invoke "div" (i32.const 7) (i32.const 2)) (i32.const 3))
(assert_exhaustion (invoke "recurse") "call stack exhausted")
(assert_return (invoke "nan") (f32.const nan:canonical))
(assert_invalid (module (func (result i32) (i64.const 1))) "type mismatch")
(module (import "spectest" "print" (func)))
(assert_return (invoke "get") (i32.const 42))
"#,
    );
    assert!(report.failed.is_empty(), "{:#?}", report.failed);
    assert_eq!(report.passed, 7, "{report:#?}");
    assert_eq!(
        report.skipped.get("module out of profile: import"),
        Some(&2),
        "{report:#?}"
    );
}

#[test]
fn a_wrong_expectation_fails() {
    let report = run_script(
        r#"
(module (func (export "one") (result i32) (i32.const 1)))
(assert_return (invoke "one") (i32.const 2))
(assert_trap (invoke "one") "unreachable")
"#,
    );
    assert_eq!(report.failed.len(), 2, "{report:#?}");
    assert!(report.failed[0].contains("line 3"), "{}", report.failed[0]);
}
