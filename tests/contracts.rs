//! `vmdiff contracts` end to end on a contract written here in WAT, shaped like near-sdk's
//! output: its field names are string literals its code points at, a missing field panics
//! with near-sdk's message and serde_json's position, a view panics until `new` has stored
//! the state. The arguments must be derived, not given.

use std::path::PathBuf;
use std::process::Command;

const NEAR_SDK_MISSING_OWNER: &str = "Failed to deserialize input from JSON.: \
     Error(\"missing field `owner_id`\", line: 1, column: 2)";
const NOT_INITIALIZED: &str = "The contract is not initialized";
const BOOM: &str = "boom: the guest's own words";

/// `new` needs `owner_id` (near-sdk's message names it) and stores the state; `view` panics
/// until the state exists; `blind` traps without a word unless its input holds `limit`, a
/// name only its code points at; `boom` always panics with its own message.
fn contract() -> String {
    let escaped = NEAR_SDK_MISSING_OWNER.replace('"', "\\\"");
    format!(
        r#"(module
  (import "env" "input" (func $input (param i64)))
  (import "env" "register_len" (func $register_len (param i64) (result i64)))
  (import "env" "read_register" (func $read_register (param i64 i64)))
  (import "env" "panic_utf8" (func $panic_utf8 (param i64 i64)))
  (import "env" "storage_write" (func $storage_write (param i64 i64 i64 i64 i64) (result i64)))
  (import "env" "storage_has_key" (func $storage_has_key (param i64 i64) (result i64)))
  (memory 1)
  (data (i32.const 1024) "owner_id")
  (data (i32.const 1032) "limit")
  (data (i32.const 1040) "{escaped}")
  (data (i32.const 1200) "{NOT_INITIALIZED}")
  (data (i32.const 1240) "{BOOM}")
  (data (i32.const 1280) "STATE")
  ;; the input at 4096; its length
  (func $read_input (result i32) (local $len i64)
    (call $input (i64.const 0))
    (local.set $len (call $register_len (i64.const 0)))
    (call $read_register (i64.const 0) (i64.const 4096))
    (i32.wrap_i64 (local.get $len)))
  ;; whether the input of length $len holds the $n bytes at $ptr
  (func $contains (param $len i32) (param $ptr i32) (param $n i32) (result i32)
    (local $i i32) (local $j i32)
    (block $no
      (loop $at
        (br_if $no (i32.gt_s (i32.add (local.get $i) (local.get $n)) (local.get $len)))
        (local.set $j (i32.const 0))
        (block $differ
          (loop $cmp
            (br_if $differ
              (i32.ne
                (i32.load8_u (i32.add (i32.const 4096) (i32.add (local.get $i) (local.get $j))))
                (i32.load8_u (i32.add (local.get $ptr) (local.get $j)))))
            (local.set $j (i32.add (local.get $j) (i32.const 1)))
            (br_if $cmp (i32.lt_u (local.get $j) (local.get $n))))
          (return (i32.const 1)))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $at)))
    (i32.const 0))
  (func (export "new")
    (if (i32.eqz (call $contains (call $read_input) (i32.const 1024) (i32.const 8)))
      (then (call $panic_utf8 (i64.const {missing}) (i64.const 1040))))
    (drop (call $storage_write (i64.const 5) (i64.const 1280) (i64.const 8) (i64.const 1024)
      (i64.const 0))))
  (func (export "view")
    (if (i64.eqz (call $storage_has_key (i64.const 5) (i64.const 1280)))
      (then (call $panic_utf8 (i64.const {uninit}) (i64.const 1200)))))
  (func (export "blind")
    (if (i32.eqz (call $contains (call $read_input) (i32.const 1032) (i32.const 5)))
      (then unreachable)))
  (func (export "boom")
    (call $panic_utf8 (i64.const {boom}) (i64.const 1240))))"#,
        missing = NEAR_SDK_MISSING_OWNER.len(),
        uninit = NOT_INITIALIZED.len(),
        boom = BOOM.len(),
    )
}

/// A directory holding the contract and a truncated copy of it.
fn contracts_dir() -> PathBuf {
    let dir = std::env::temp_dir().join(format!("vmdiff-contracts-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let wasm = wat::parse_str(contract()).expect("the test contract assembles");
    std::fs::write(dir.join("a_contract.wasm"), &wasm).unwrap();
    std::fs::write(dir.join("b_truncated.wasm"), &wasm[..wasm.len() / 2]).unwrap();
    dir
}

fn vmdiff(args: &[&str]) -> (i32, String) {
    let output = Command::new(env!("CARGO_BIN_EXE_vmdiff"))
        .args(args)
        .output()
        .expect("vmdiff runs");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(!stderr.contains("panicked"), "{stderr}");
    (
        output.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&output.stdout).into_owned(),
    )
}

fn method<'a>(report: &'a serde_json::Value, name: &str) -> &'a serde_json::Value {
    report["methods"]
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["name"] == name)
        .unwrap_or_else(|| panic!("{name} in {report}"))
}

#[test]
fn arguments_come_from_the_contract_and_its_panics_and_endings_are_named() {
    let dir = contracts_dir();
    let dir = dir.to_str().unwrap();
    let (code, json) = vmdiff(&["contracts", dir, "--json"]);
    assert_eq!(code, 0, "no divergence: {json}");
    let reports: serde_json::Value = serde_json::from_str(&json).unwrap();
    let contract = &reports[0];

    // near-sdk's message named the field: the input has it, as an account id.
    let new = method(contract, "new");
    assert_eq!(new["ending"], "ok", "{new}");
    assert_eq!(new["input"], r#"{"owner_id":"bob.vmdiff.near"}"#);
    // The view needs the state `new` stores: `new` runs first, on the same instance.
    let view = method(contract, "view");
    assert_eq!(view["ending"], "ok", "{view}");
    assert_eq!(view["setup"], serde_json::json!(["new"]));
    // No message at all: the name its code points at in the data is what it wanted.
    let blind = method(contract, "blind");
    assert_eq!(blind["ending"], "ok", "{blind}");
    assert!(
        blind["input"].as_str().unwrap().contains("\"limit\""),
        "{blind}"
    );
    // The guest's own panic message is kept, and says what kind of ending it was.
    let boom = method(contract, "boom");
    assert_eq!(boom["ending"], "other panic");
    assert_eq!(boom["panic"], BOOM);

    // A truncated module is out of profile, not a crash.
    let truncated = &reports[1];
    assert!(
        truncated["rejected"]
            .as_str()
            .unwrap()
            .starts_with("out of profile: "),
        "{truncated}"
    );

    let (_, text) = vmdiff(&["contracts", dir]);
    assert!(
        text.contains("succeeded 3 of 4 calls (other panic 1)"),
        "per contract: {text}"
    );
    assert!(text.contains("2 contracts: 1 accepted, 1 rejected; succeeded 3 of 4 calls"));
}

#[test]
fn a_given_input_replaces_derivation_and_its_failures_say_why() {
    let dir = contracts_dir();
    let (_, json) = vmdiff(&[
        "contracts",
        dir.to_str().unwrap(),
        "--json",
        "--input",
        "/dev/null",
    ]);
    let reports: serde_json::Value = serde_json::from_str(&json).unwrap();
    let new = method(&reports[0], "new");
    assert_eq!(new["ending"], "argument parsing panic", "{new}");
    assert_eq!(new["panic"], NEAR_SDK_MISSING_OWNER);
    assert_eq!(method(&reports[0], "view")["panic"], NOT_INITIALIZED);
    assert_eq!(method(&reports[0], "blind")["ending"], "trap unreachable");
}
