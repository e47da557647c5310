//! The nightly script's interruption path, with `cargo` replaced by a stand-in that behaves like
//! a fuzzer (writes a corpus entry and a crash file, then runs until signalled) and like
//! `-merge=1` (copies the corpus): a SIGTERM to the script mid-run must lose no artefact and no
//! corpus entry, and a failing corpus merge must leave the corpus as it was. Run to the end,
//! the script's exit code is the alarm: 0 nothing new (whatever the gate says), 1 a new finding
//! or crash, or an open finding that stopped reproducing, 2 the nightly itself failed: a fuzzer
//! error with no crash file, a crash not saved, a triage, news or gate error.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const FAKE_CARGO: &str = r#"#!/usr/bin/env bash
# cargo stand-in: build steps succeed; `fuzz run T CORPUS [SEEDS] -- ARGS` fuzzes or merges.
[ "$1" = fuzz ] && [ "$2" = run ] || exit 0
shift 2
while [ "${1:-}" = -O ] || [ "${1:-}" = -s ] || [ "${1:-}" = none ]; do shift; done
target=$1 corpus=$2 seeds=$3
for arg in "$@"; do
  case $arg in
    -merge=1)
      [ -n "${FAKE_MERGE_FAILS:-}" ] && exit 1
      cp "$seeds"/* "$corpus"/; exit 0 ;;
    -artifact_prefix=*) prefix=${arg#-artifact_prefix=} ;;
  esac
done
# FAKE_FUZZ=fail: an error exit with nothing saved; =finish: a crash, then libFuzzer's exit 1.
[ "${FAKE_FUZZ:-}" = fail ] && exit 1
echo "new input of $target" > "$corpus/new-$target"
echo "crashing input of $target" > "${prefix}crash-$target"
[ "${FAKE_FUZZ:-}" = finish ] && exit 1
trap 'exit 0' TERM INT
while true; do sleep 0.1; done
"#;

/// vmdiff stand-in for the report steps: the real binary, except that `scaling` (minutes of
/// compiling) is not offered, and that `triage`, `gate` and `findings` exit with
/// `FAKE_TRIAGE_EXIT`, `FAKE_GATE_EXIT` and `FAKE_FINDINGS_EXIT` when those are set (the
/// scratch root has no findings/ for `findings --check` to re-run).
fn fake_vmdiff(real: &str) -> String {
    format!(
        r#"#!/usr/bin/env bash
[ "$1" = help ] && [ "$2" = scaling ] && exit 1
[ "$1" = scaling ] && exit 1
[ "$1" = fuzz ] && [ -n "${{FAKE_NEAR_EXIT:-}}" ] && exit "$FAKE_NEAR_EXIT"
[ "$1" = triage ] && [ -n "${{FAKE_TRIAGE_EXIT:-}}" ] && exit "$FAKE_TRIAGE_EXIT"
[ "$1" = gate ] && [ -n "${{FAKE_GATE_EXIT:-}}" ] && exit "$FAKE_GATE_EXIT"
[ "$1" = findings ] && [ -n "${{FAKE_FINDINGS_EXIT:-}}" ] && exit "$FAKE_FINDINGS_EXIT"
exec {real} "$@"
"#
    )
}

fn write_executable(path: &Path, text: &str) {
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, text).unwrap();
    let status = Command::new("chmod").arg("+x").arg(path).status().unwrap();
    assert!(status.success());
}

/// A scratch root with the script, the stand-ins and a seed corpus for `diff`.
fn scratch(name: &str) -> PathBuf {
    let root = std::env::temp_dir().join(format!("vmdiff-nightly-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&root);
    let script =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("scripts/nightly.sh"))
            .unwrap();
    write_executable(&root.join("scripts/nightly.sh"), &script);
    write_executable(&root.join("bin/cargo"), FAKE_CARGO);
    write_executable(
        &root.join("target/release/vmdiff"),
        &fake_vmdiff(env!("CARGO_BIN_EXE_vmdiff")),
    );
    std::fs::copy(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("gate.toml"),
        root.join("gate.toml"),
    )
    .unwrap();
    for seed in ["seed-a", "seed-b"] {
        let dir = root.join("corpus/diff");
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join(seed), seed).unwrap();
    }
    root
}

fn run_and_interrupt(root: &Path, merge_fails: bool) {
    let path = format!(
        "{}:{}",
        root.join("bin").display(),
        std::env::var("PATH").unwrap()
    );
    let mut script = Command::new("bash")
        .arg(root.join("scripts/nightly.sh"))
        .arg("600")
        .env("PATH", path)
        .env("FAKE_MERGE_FAILS", if merge_fails { "1" } else { "" })
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    // Interrupt once the fuzzer has found something.
    let deadline = Instant::now() + Duration::from_secs(60);
    while !root.join("corpus/diff/new-diff").exists() {
        assert!(Instant::now() < deadline, "the fuzzer stand-in never ran");
        std::thread::sleep(Duration::from_millis(50));
    }
    std::thread::sleep(Duration::from_millis(200));
    let status = Command::new("kill")
        .args(["-TERM", &script.id().to_string()])
        .status()
        .unwrap();
    assert!(status.success());
    let deadline = Instant::now() + Duration::from_secs(120);
    loop {
        if script.try_wait().unwrap().is_some() {
            break;
        }
        assert!(
            Instant::now() < deadline,
            "the script did not finish after SIGTERM"
        );
        std::thread::sleep(Duration::from_millis(100));
    }
}

fn corpus(root: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(root.join("corpus/diff"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn sigterm_mid_run_loses_no_artefact_and_no_corpus_entry() {
    let root = scratch("term");
    run_and_interrupt(&root, false);
    assert_eq!(corpus(&root), ["new-diff", "seed-a", "seed-b"]);
    assert!(
        root.join("crashes/diff/libfuzzer/crash-diff").exists(),
        "the crash file was moved into crashes/"
    );
    // Later targets never started; no merge directory is left behind.
    assert!(!root.join("corpus/prepare/new-prepare").exists());
    assert!(!root.join("corpus/diff.cmin").exists());
    let reports: Vec<_> = std::fs::read_dir(root.join("reports"))
        .unwrap()
        .filter_map(Result::ok)
        .filter(|e| e.path().is_dir())
        .collect();
    assert_eq!(
        reports.len(),
        1,
        "one dated report directory (beside the ledger)"
    );
    let _ = std::fs::remove_dir_all(&root);
}

#[test]
fn failing_merge_keeps_the_corpus_as_it_was() {
    let root = scratch("merge");
    run_and_interrupt(&root, true);
    assert_eq!(corpus(&root), ["new-diff", "seed-a", "seed-b"]);
    assert!(root.join("crashes/diff/libfuzzer/crash-diff").exists());
    let _ = std::fs::remove_dir_all(&root);
}

/// Runs the script to its end with a fuzzer stand-in that crashes at once (or, with
/// `FAKE_FUZZ=fail`, exits with an error and no crash); returns the exit code and output.
fn run_to_end(root: &Path, env: &[(&str, &str)]) -> (Option<i32>, String) {
    let path = format!(
        "{}:{}",
        root.join("bin").display(),
        std::env::var("PATH").unwrap()
    );
    let mut command = Command::new("bash");
    command
        .arg(root.join("scripts/nightly.sh"))
        .arg("5")
        .env("PATH", path)
        .env("FAKE_FUZZ", "finish")
        .env("FAKE_TRIAGE_EXIT", "0")
        .env("FAKE_FINDINGS_EXIT", "0")
        .env("FAKE_NEAR_EXIT", "0");
    for (key, value) in env {
        command.env(key, value);
    }
    let out = command.output().unwrap();
    let text =
        String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr);
    (out.status.code(), text)
}

#[test]
fn the_gate_verdict_is_reported_and_rings_no_alarm() {
    for (gate, said) in [
        ("0", "the gate says READY"),
        ("1", "the gate says NOT READY"),
    ] {
        let root = scratch(&format!("gate{gate}"));
        // Once with NEAR's real campaign (5 s): its command line must be one vmdiff takes.
        let near = if gate == "0" { "" } else { "0" };
        let (code, out) = run_to_end(&root, &[("FAKE_GATE_EXIT", gate), ("FAKE_NEAR_EXIT", near)]);
        assert_eq!(code, Some(0), "gate exit {gate}:\n{out}");
        assert!(out.contains(said), "{out}");
        assert!(!out.contains("ERROR"), "{out}");
        assert!(out.contains("fuzz NEAR's runtime"), "{out}");
        if near.is_empty() {
            let stats = std::fs::read_dir(root.join("reports"))
                .unwrap()
                .filter_map(Result::ok)
                .flat_map(|day| std::fs::read_dir(day.path().join("stats")).unwrap())
                .filter_map(Result::ok)
                .filter(|f| f.file_name().to_string_lossy().starts_with("fuzz-"))
                .count();
            assert!(stats >= 1, "the NEAR campaign wrote no statistics:\n{out}");
        }
        // The crashes (libFuzzer's exit 1) were saved, so they are no error of the nightly.
        for target in ["diff", "prepare", "compile_bound"] {
            let saved = root.join(format!("crashes/{target}/libfuzzer/crash-{target}"));
            assert!(saved.exists(), "{}", saved.display());
        }
        let _ = std::fs::remove_dir_all(&root);
    }
}

#[test]
fn a_fuzzer_error_that_saved_no_crash_fails_the_nightly() {
    let root = scratch("fuzzfail");
    let (code, out) = run_to_end(&root, &[("FAKE_FUZZ", "fail"), ("FAKE_GATE_EXIT", "0")]);
    assert_eq!(code, Some(2), "{out}");
    assert!(
        out.contains("fuzzing diff exited 1 and saved no crash file"),
        "{out}"
    );
    let _ = std::fs::remove_dir_all(&root);
}

#[test]
fn a_crash_that_could_not_be_saved_fails_the_nightly() {
    // crashes/ already holds a different file by the crash's name: `cp -n` keeps it, and the
    // new crash is nowhere in crashes/.
    let root = scratch("unsaved");
    let taken = root.join("crashes/diff/libfuzzer/crash-diff");
    std::fs::create_dir_all(taken.parent().unwrap()).unwrap();
    std::fs::write(&taken, "something else").unwrap();
    let (code, out) = run_to_end(&root, &[("FAKE_GATE_EXIT", "0")]);
    assert_eq!(code, Some(2), "{out}");
    assert!(out.contains("crash-diff was not saved"), "{out}");
    let _ = std::fs::remove_dir_all(&root);
}

#[test]
fn a_near_campaign_error_fails_the_nightly_and_its_findings_do_not() {
    let root = scratch("near-error");
    let (code, out) = run_to_end(&root, &[("FAKE_NEAR_EXIT", "2"), ("FAKE_GATE_EXIT", "0")]);
    assert_eq!(code, Some(2), "{out}");
    assert!(
        out.contains("vmdiff fuzz --backends near exited 2"),
        "{out}"
    );
    let _ = std::fs::remove_dir_all(&root);
    let root = scratch("near-findings");
    let (code, out) = run_to_end(&root, &[("FAKE_NEAR_EXIT", "1"), ("FAKE_GATE_EXIT", "0")]);
    assert_eq!(code, Some(0), "{out}");
    let _ = std::fs::remove_dir_all(&root);
}

#[test]
fn triage_and_gate_errors_fail_the_nightly() {
    for (name, env, message) in [
        (
            "triage",
            [("FAKE_TRIAGE_EXIT", "2"), ("FAKE_GATE_EXIT", "0")],
            "vmdiff triage exited 2",
        ),
        (
            "gate",
            [("FAKE_TRIAGE_EXIT", "1"), ("FAKE_GATE_EXIT", "2")],
            "vmdiff gate exited 2",
        ),
    ] {
        let root = scratch(&format!("error-{name}"));
        let (code, out) = run_to_end(&root, &env);
        assert_eq!(code, Some(2), "{name}:\n{out}");
        assert!(out.contains(message), "{out}");
        let _ = std::fs::remove_dir_all(&root);
    }
}

/// With the real triage and `vmdiff news`: the first night's crash files (one per target) are
/// new and ring (exit 1); the same night again finds nothing new (exit 0), though the gate
/// still counts them.
#[test]
fn a_finding_rings_once_and_the_second_night_reports_nothing_new() {
    let root = scratch("twice");
    let real_triage = [("FAKE_TRIAGE_EXIT", ""), ("FAKE_GATE_EXIT", "")];
    let (code, out) = run_to_end(&root, &real_triage);
    assert_eq!(code, Some(1), "first night:\n{out}");
    assert!(out.contains("NEW findings"), "{out}");
    // The day's report directory (reports/ also holds the ledger).
    let news = || {
        let day = std::fs::read_dir(root.join("reports"))
            .unwrap()
            .filter_map(Result::ok)
            .find(|d| d.path().is_dir())
            .unwrap()
            .path();
        std::fs::read_to_string(day.join("NEWS.md")).unwrap()
    };
    let first = news();
    for target in ["diff", "prepare", "compile_bound"] {
        assert!(
            first.contains(&format!("crash.libfuzzer_crash:{target}")),
            "{first}"
        );
    }
    let (code, out) = run_to_end(&root, &real_triage);
    assert_eq!(code, Some(0), "second night:\n{out}");
    let second = news();
    assert!(second.contains("nothing new"), "{second}");
    assert!(
        second.contains("Reported before, still unclassified (3)"),
        "{second}"
    );
    assert!(
        out.contains("the gate says NOT READY"),
        "the gate still counts them:\n{out}"
    );
    let _ = std::fs::remove_dir_all(&root);
}

#[test]
fn an_open_finding_that_stopped_reproducing_rings() {
    let root = scratch("stale-open");
    let (code, out) = run_to_end(
        &root,
        &[("FAKE_FINDINGS_EXIT", "1"), ("FAKE_GATE_EXIT", "0")],
    );
    assert_eq!(code, Some(1), "{out}");
    assert!(
        out.contains("an open finding no longer reproduces"),
        "{out}"
    );
    let _ = std::fs::remove_dir_all(&root);
}
