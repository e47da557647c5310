//! End-to-end tests of the built `vmdiff` binary on WAT written here: exit codes, tables,
//! JSON, and bad input.

use std::path::PathBuf;
use std::process::{Command, Output};

fn vmdiff(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_vmdiff"))
        .args(args)
        .output()
        .expect("vmdiff runs")
}

fn temp_file(name: &str, bytes: &[u8]) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("vmdiff-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, bytes).unwrap();
    path
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

const SUM: &str = r#"(module (memory 1)
  (func (export "sum") (param $n i32) (result i32) (local $acc i32)
    (loop $l
      (local.set $acc (i32.add (local.get $acc) (local.get $n)))
      (local.set $n (i32.sub (local.get $n) (i32.const 1)))
      (br_if $l (local.get $n)))
    (local.get $acc)))"#;

#[test]
fn run_agrees_and_prints_every_config() {
    let file = temp_file("sum.wat", SUM.as_bytes());
    let out = vmdiff(&[
        "run",
        file.to_str().unwrap(),
        "--export",
        "sum",
        "--arg",
        "10",
        "--backends",
        "all",
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
    let text = stdout(&out);
    for config in [
        "singlepass/host",
        "winch/global",
        "cranelift/fuel",
        "cranelift-none/host",
    ] {
        assert!(text.contains(config), "{config} missing:\n{text}");
    }
    assert!(text.contains("ok [i32:55]"), "{text}");
    assert!(text.contains("all configs agree"), "{text}");
}

#[test]
fn run_json_has_one_object_per_call() {
    let file = temp_file("sum2.wat", SUM.as_bytes());
    let out = vmdiff(&[
        "run",
        file.to_str().unwrap(),
        "--gas",
        "50",
        "--json",
        "--schemes",
        "host,global",
    ]);
    assert_eq!(out.status.code(), Some(0));
    let line = stdout(&out);
    let call: serde_json::Value = serde_json::from_str(line.lines().next().unwrap()).unwrap();
    assert_eq!(call["export"], "sum");
    assert_eq!(call["gas_limit"], 50);
    let configs = call["configs"].as_array().unwrap();
    assert_eq!(configs.len(), 6, "3 default backends × 2 schemes");
    // sum(0) loops 2^32 times: out of gas everywhere, having burnt the whole limit.
    for config in configs {
        assert_eq!(config["result"]["trap"], "gas_exhausted", "{config}");
        assert_eq!(config["gas_used"], 50);
        assert!(["singlepass", "winch", "cranelift-none"]
            .contains(&config["backend"].as_str().unwrap()));
    }
    assert_eq!(call["divergences"].as_array().unwrap().len(), 0);
}

#[test]
fn known_divergence_exits_0_and_1_with_strict() {
    let known = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/known/singlepass_nan_canonicalisation.wat"
    );
    let out = vmdiff(&["run", known, "--export", "nan_neg", "--json"]);
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
    let call: serde_json::Value =
        serde_json::from_str(stdout(&out).lines().next().unwrap()).unwrap();
    let divergences = call["divergences"].as_array().unwrap();
    assert!(!divergences.is_empty());
    for d in divergences {
        assert_eq!(d["known"], "singlepass_nan_canonicalisation");
    }
    let strict = vmdiff(&["run", known, "--export", "nan_neg", "--strict"]);
    assert_eq!(strict.status.code(), Some(1));
}

#[test]
fn bad_input_is_a_clear_error_with_exit_2() {
    let missing = vmdiff(&["run", "/nonexistent/contract.wasm"]);
    assert_eq!(missing.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&missing.stderr).contains("cannot read"));

    let mut wasm = wat::parse_str(SUM).unwrap();
    wasm.truncate(wasm.len() / 2);
    let truncated = temp_file("truncated.wasm", &wasm);
    let out = vmdiff(&["run", truncated.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    assert!(!String::from_utf8_lossy(&out.stderr).contains("panicked"));

    let outside = temp_file(
        "simd.wat",
        br#"(module (func (export "f") (result v128) v128.const i64x2 0 0))"#,
    );
    let out = vmdiff(&["run", outside.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("out of profile"));

    let out = vmdiff(&["run", truncated.to_str().unwrap(), "--backends", "v8"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("unknown backend"));

    // The compile-budget commands name every file they could not use, and exit 2 when
    // nothing is left to measure.
    let out = vmdiff(&[
        "calibrate",
        "/nonexistent/dir",
        truncated.to_str().unwrap(),
        "--out",
        "/nonexistent/bounds.toml",
    ]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(
        stderr.contains("/nonexistent/dir: no such file"),
        "{stderr}"
    );
    assert!(stderr.contains("truncated.wasm"), "{stderr}");
    assert!(stderr.contains("no module to calibrate on"), "{stderr}");
    let out = vmdiff(&["budget", "/nonexistent/dir", truncated.to_str().unwrap()]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(
        stderr.contains("no module to check") && !stderr.contains("panicked"),
        "{stderr}"
    );
}

#[test]
fn check_is_deterministic_for_a_seed() {
    let dir = std::env::temp_dir().join(format!("vmdiff-check-{}", std::process::id()));
    let crashes = dir.join("crashes");
    let run = || {
        let out = vmdiff(&[
            "check",
            "--seed",
            "5",
            "--cases",
            "20",
            // host and global must agree exactly (rule 2), so exit 0 is the rule here, not
            // luck: the full matrix's fuel configs meet known classes that fail --strict only.
            "--schemes",
            "host,global",
            "--json",
            "--crashes",
            crashes.to_str().unwrap(),
        ]);
        assert_eq!(
            out.status.code(),
            Some(0),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let stats: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
        (
            stats["calls"].clone(),
            stats["out_of_gas_by_scheme"].clone(),
            stats["divergences_by_signature"].clone(),
        )
    };
    let first = run();
    assert_eq!(first, run());
    assert!(first.0.as_u64().unwrap() > 0);
}

#[test]
fn each_generator_is_counted_apart_and_a_bad_choice_is_a_clear_error() {
    let dir = std::env::temp_dir().join(format!("vmdiff-generators-{}", std::process::id()));
    let crashes = dir.join("crashes");
    let seeds = dir.join("seeds");
    std::fs::create_dir_all(&seeds).unwrap();
    std::fs::write(seeds.join("sum.wat"), SUM).unwrap();
    for (generator, counted) in [
        ("ops", &["ops"][..]),
        ("mutate", &["mutate"][..]),
        ("calls", &["calls"][..]),
        ("all", &["smith", "ops", "mutate", "calls"][..]),
    ] {
        let out = vmdiff(&[
            "check",
            "--seed",
            "3",
            "--cases",
            "30",
            "--schemes",
            "host,global",
            "--generator",
            generator,
            "--seeds",
            seeds.to_str().unwrap(),
            "--json",
            "--crashes",
            crashes.to_str().unwrap(),
        ]);
        assert_eq!(
            out.status.code(),
            Some(0),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let stats: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
        let cases = stats["generator_cases"].as_object().unwrap();
        let names: Vec<&str> = cases.keys().map(|k| k.as_str()).collect();
        assert_eq!(names.len(), counted.len(), "{generator}: {names:?}");
        for name in counted {
            assert!(cases[*name].as_u64().unwrap() > 0, "{generator}: {names:?}");
        }
        assert!(stats["calls"].as_u64().unwrap() > 0);
    }
    let out = vmdiff(&["check", "--generator", "csmith", "--cases", "1"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("unknown generator `csmith`"));
    let out = vmdiff(&["check", "--cases", "1", "--seeds", "/nonexistent/seeds"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("cannot read seeds"));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn budget_prints_the_measured_cost_of_a_module_within_budget() {
    let file = temp_file("budget-sum.wat", SUM.as_bytes());
    let crashes = std::env::temp_dir().join(format!("vmdiff-budget-{}", std::process::id()));
    let out = vmdiff(&[
        "budget",
        file.to_str().unwrap(),
        "--backends",
        "singlepass",
        "--crashes",
        crashes.to_str().unwrap(),
    ]);
    let stdout = stdout(&out);
    assert_eq!(out.status.code(), Some(0), "{stdout}");
    let row = stdout
        .lines()
        .find(|line| line.contains("budget-sum.wat"))
        .expect("a row for the module");
    // module, backend, bytes, measured, budget, verdict
    let columns: Vec<&str> = row.split_whitespace().collect();
    assert_eq!(columns.len(), 6, "{row}");
    let (measured, budget): (f64, f64) = (columns[3].parse().unwrap(), columns[4].parse().unwrap());
    assert!(measured > 0.0 && measured < budget, "{row}");
    assert_eq!(columns[5], "ok", "{row}");
    assert!(
        !crashes.exists(),
        "nothing saved for a module within budget"
    );
}

#[test]
fn gate_exit_codes_and_its_untriaged_path_through_the_cli() {
    let dir = std::env::temp_dir().join(format!("vmdiff-gate-cli-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let (stats, crashes, out) = (dir.join("stats"), dir.join("crashes"), dir.join("out"));
    let path = |p: &PathBuf| p.to_str().unwrap().to_string();
    // Real statistics from a short host,global check; criteria any such run meets.
    let check = vmdiff(&[
        "check",
        "--seed",
        "3",
        "--cases",
        "3",
        "--schemes",
        "host,global",
        "--stats",
        &path(&stats),
        "--crashes",
        &path(&crashes),
    ]);
    assert_eq!(check.status.code(), Some(0), "{}", stdout(&check));
    let criteria = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/gate.toml"))
        .unwrap()
        .replace("min_runs_per_config = 10000", "min_runs_per_config = 1")
        .replace("max_rejected_rate = 0.01", "max_rejected_rate = 1.0")
        .replace("require_scaling = true", "require_scaling = false");
    let criteria_file = temp_file("gate-lenient.toml", criteria.as_bytes());
    let gate = |crashes: &PathBuf| {
        vmdiff(&[
            "gate",
            "--stats",
            &path(&stats),
            "--crashes",
            &path(crashes),
            "--criteria",
            criteria_file.to_str().unwrap(),
            "--out",
            &path(&out),
        ])
    };
    let ready = gate(&crashes);
    assert_eq!(ready.status.code(), Some(0), "{}", stdout(&ready));
    assert!(stdout(&ready).contains("READY"), "{}", stdout(&ready));
    // An untriaged compile_blowup bucket is an open unknown bucket: NOT READY, exit 1.
    let bucket = crashes.join("compile_bound/0123456789ab");
    std::fs::create_dir_all(&bucket).unwrap();
    std::fs::write(bucket.join("SIGNATURE"), "compile_blowup:winch:process_cpu").unwrap();
    let not_ready = gate(&crashes);
    let text = stdout(&not_ready);
    assert_eq!(not_ready.status.code(), Some(1), "{text}");
    assert!(text.contains("unknown:compile_blowup:winch"), "{text}");
    // Unreadable statistics or criteria: exit 2.
    std::fs::write(stats.join("broken.json"), "{").unwrap();
    assert_eq!(gate(&crashes).status.code(), Some(2));
    std::fs::remove_file(stats.join("broken.json")).unwrap();
    let missing = vmdiff(&[
        "gate",
        "--stats",
        &path(&stats),
        "--criteria",
        "/nonexistent/gate.toml",
        "--out",
        &path(&out),
    ]);
    assert_eq!(missing.status.code(), Some(2));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn bad_hex_arguments_and_corrupt_artefacts_exit_2() {
    let file = temp_file("sum-args.wat", SUM.as_bytes());
    let file = file.to_str().unwrap();
    for (args, message) in [
        (vec!["--input", "abc"], "--input"),
        (vec!["--input", "zz"], "--input"),
        (
            vec!["--export", "sum", "--arg", "1", "--arg", "2"],
            "takes 1 arguments, 2 given",
        ),
        (vec!["--export", "sum", "--arg", "x"], "is not a valid i32"),
        (vec!["--arg", "1"], "--arg needs --export"),
        (vec!["--export", "nope"], "no exported function `nope`"),
    ] {
        let out = vmdiff(&[&["run", file][..], &args].concat());
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {stderr}");
        assert!(stderr.contains(message), "{args:?}: {stderr}");
    }
    // An artefact whose report.json is corrupt: named, exit 2, no panic.
    let artefact = std::env::temp_dir().join(format!("vmdiff-corrupt-{}", std::process::id()));
    std::fs::create_dir_all(&artefact).unwrap();
    std::fs::write(artefact.join("input"), b"\x01\x02").unwrap();
    std::fs::write(artefact.join("report.json"), b"{\"backends\": [").unwrap();
    let out = vmdiff(&["repro", artefact.to_str().unwrap()]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(
        stderr.contains("report.json is corrupt") && !stderr.contains("panicked"),
        "{stderr}"
    );
    let _ = std::fs::remove_dir_all(&artefact);
}

#[test]
fn unreadable_corpus_entries_are_named_skipped_and_kept() {
    let dir = std::env::temp_dir().join(format!("vmdiff-corpus-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let corpus = dir.join("corpus");
    std::fs::create_dir_all(&corpus).unwrap();
    std::fs::write(corpus.join("readable"), [7u8; 64]).unwrap();
    // A regular file that cannot be read from its start (even as root): EIO.
    std::os::unix::fs::symlink("/proc/self/mem", corpus.join("unreadable")).unwrap();
    let (entries, problems) = vmdiff::campaign::load_corpus(&corpus);
    assert_eq!(entries, vec![vec![7u8; 64]]);
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert!(problems[0].contains("unreadable"), "{problems:?}");
    let path = |p: &str| dir.join(p).to_str().unwrap().to_string();
    // Compile budgets without a line: the screen is not under test here, and on a machine the
    // rest of the suite keeps busy it once confirmed a Winch `compile_blowup`, failing the exit.
    std::fs::write(dir.join("bounds.toml"), "margin = 2.0\n").unwrap();
    let out = vmdiff(&[
        "fuzz",
        "--seconds",
        "1",
        "--jobs",
        "1",
        "--seed",
        "1",
        "--schemes",
        "host,global",
        "--corpus",
        &path("corpus"),
        "--crashes",
        &path("crashes"),
        "--stats",
        &path("stats"),
        "--bounds",
        &path("bounds.toml"),
    ]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{stderr}");
    assert!(
        stderr.contains("skipping unreadable corpus entry"),
        "{stderr}"
    );
    assert!(
        corpus.join("unreadable").symlink_metadata().is_ok(),
        "never deleted"
    );
    let _ = std::fs::remove_dir_all(&dir);
}

/// `vmdiff fuzz` on host,global until it has started; returns the child and a
/// channel that yields everything it printed to stderr once it exits.
fn fuzz_until_running(
    dir: &std::path::Path,
    gas: &str,
) -> (std::process::Child, std::sync::mpsc::Receiver<String>) {
    use std::io::Read;
    let path = |p: &str| dir.join(p).to_str().unwrap().to_string();
    let mut child = Command::new(env!("CARGO_BIN_EXE_vmdiff"))
        .args([
            "fuzz",
            "--seconds",
            "600",
            "--jobs",
            "1",
            "--seed",
            "7",
            "--gas",
            gas,
            "--schemes",
            "host,global",
            "--corpus",
            &path("corpus"),
            "--crashes",
            &path("crashes"),
            "--stats",
            &path("stats"),
        ])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut stderr = child.stderr.take().unwrap();
    let (running_tx, running_rx) = std::sync::mpsc::channel();
    let (text_tx, text_rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let (mut text, mut buf, mut told) = (Vec::new(), [0u8; 4096], false);
        while let Ok(n) = stderr.read(&mut buf) {
            if n == 0 {
                break;
            }
            text.extend_from_slice(&buf[..n]);
            if !told && String::from_utf8_lossy(&text).contains("vmdiff fuzz: 1 jobs") {
                told = true;
                let _ = running_tx.send(());
            }
        }
        let _ = text_tx.send(String::from_utf8_lossy(&text).into_owned());
    });
    running_rx
        .recv_timeout(std::time::Duration::from_secs(120))
        .expect("the campaign starts");
    // (Its signal handler is in place before that line; give the worker a case to run.)
    std::thread::sleep(std::time::Duration::from_millis(500));
    (child, text_rx)
}

fn signal(child: &std::process::Child) {
    let status = Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(status.success());
}

fn wait_at_most(child: &mut std::process::Child, seconds: u64) -> std::process::ExitStatus {
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(seconds);
    loop {
        if let Some(status) = child.try_wait().unwrap() {
            return status;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "still running after {seconds} s"
        );
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
}

#[test]
fn sigint_stops_fuzz_cleanly_and_a_second_signal_stops_it_now() {
    let dir = std::env::temp_dir().join(format!("vmdiff-sigint-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    // One signal: the cases in flight finish, statistics are written, exit 0 (nothing found).
    let (mut child, stderr) = fuzz_until_running(&dir, "300000");
    signal(&child);
    let status = wait_at_most(&mut child, 120);
    let text = stderr.recv().unwrap();
    assert_eq!(status.code(), Some(0), "{text}");
    assert!(
        text.contains("stopping after the cases in flight"),
        "{text}"
    );
    let stats: Vec<_> = std::fs::read_dir(dir.join("stats")).unwrap().collect();
    assert!(!stats.is_empty(), "statistics written on a clean stop");
    // Two signals in a row: exit 130 at once instead of the clean stop's 0 (a large gas limit
    // makes the cases in flight longer, so the second signal arrives before a clean stop ends).
    let (mut child, stderr) = fuzz_until_running(&dir, "100000000000");
    signal(&child);
    std::thread::sleep(std::time::Duration::from_millis(20));
    signal(&child);
    let status = wait_at_most(&mut child, 30);
    let text = stderr.recv().unwrap();
    assert_eq!(status.code(), Some(130), "{text}");
    let _ = std::fs::remove_dir_all(&dir);
}

/// An input a campaign's process died on (an engine's abort cannot be caught) is left in
/// flight; the next campaign on the same crashes directory saves it as an `abort` crash, counts
/// it and fails its exit code: nothing found is lost.
#[test]
fn an_input_the_process_died_on_is_saved_by_the_next_campaign() {
    let dir = std::env::temp_dir().join(format!("vmdiff-in-flight-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let crashes = dir.join("crashes");
    std::fs::create_dir_all(crashes.join("fuzz")).unwrap();
    std::fs::write(
        crashes.join("fuzz/in-flight-0"),
        b"the input that killed it",
    )
    .unwrap();
    let path = |p: &str| dir.join(p).to_str().unwrap().to_string();
    let out = vmdiff(&[
        "fuzz",
        "--seconds",
        "1",
        "--jobs",
        "1",
        "--seed",
        "1",
        "--schemes",
        "host",
        "--corpus",
        &path("corpus"),
        "--crashes",
        &path("crashes"),
        "--stats",
        &path("stats"),
    ]);
    let text = stdout(&out) + &String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{text}");
    assert!(text.contains("saved as an `abort` crash"), "{text}");
    assert!(!crashes.join("fuzz/in-flight-0").exists(), "recovered once");
    let saved: Vec<_> = std::fs::read_dir(crashes.join("fuzz"))
        .unwrap()
        .filter_map(Result::ok)
        .flat_map(|bucket| std::fs::read_dir(bucket.path()).into_iter().flatten())
        .filter_map(Result::ok)
        .filter(|e| {
            std::fs::read_to_string(e.path().join("report.json"))
                .is_ok_and(|r| r.contains("\"crash\": \"abort\""))
        })
        .collect();
    assert_eq!(saved.len(), 1, "{text}");
    let example = saved[0].path();
    assert_eq!(
        std::fs::read(example.join("input")).unwrap(),
        b"the input that killed it"
    );
    let _ = std::fs::remove_dir_all(&dir);
}
