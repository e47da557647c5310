//! With a planted Winch divergence (`--features planted-divergence`), `vmdiff fuzz` must find
//! it, save an artefact that `vmdiff repro` reproduces every time, and lose nothing when it is
//! stopped by SIGTERM mid-campaign. Run by CI as:
//! `cargo test --release --features planted-divergence --test planted_campaign`.
#![cfg(feature = "planted-divergence")]

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// `vmdiff repro` of an artefact with `VMDIFF_PLANT=plant` (empty: the build's default plants).
fn repro(example: &Path, plant: &str) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_vmdiff"))
        .env("VMDIFF_PLANT", plant)
        .args(["repro", example.to_str().unwrap()])
        .output()
        .unwrap()
}

fn artefacts(crashes: &Path) -> Vec<PathBuf> {
    let mut found = Vec::new();
    let Ok(buckets) = std::fs::read_dir(crashes.join("fuzz")) else {
        return found;
    };
    for bucket in buckets.filter_map(Result::ok) {
        if let Ok(examples) = std::fs::read_dir(bucket.path()) {
            for example in examples.filter_map(Result::ok) {
                if example.path().is_dir() {
                    found.push(example.path());
                }
            }
        }
    }
    found
}

#[test]
fn fuzz_finds_the_planted_divergence_and_stops_cleanly_on_sigterm() {
    finds_planted("singlepass,winch", "host,global", "winch");
}

/// A rare bug: Cranelift-none's `i32.div_u` is wrong for one pair of edge values only
/// (`VMDIFF_PLANT`, src/plant.rs). The default generators find it in a few hundred cases
/// (deterministically here, with `check`; `examples/detection.rs` measures the campaign's
/// time), the artefact reproduces every time, and without the plant it agrees. Production
/// schemes only: under `fuel` Winch and Cranelift have real differences of their own.
#[test]
fn the_default_generators_find_a_bug_behind_one_pair_of_edge_values() {
    let plant = "cranelift-none-i32-div-u-one-pair";
    let dir = std::env::temp_dir().join(format!("vmdiff-planted-pair-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let out = Command::new(env!("CARGO_BIN_EXE_vmdiff"))
        .env("VMDIFF_PLANT", plant)
        .args([
            "check",
            "--seed",
            "1",
            "--cases",
            "400",
            "--schemes",
            "host,global",
        ])
        .args(["--crashes", dir.to_str().unwrap()])
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(1),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    let mut planted = Vec::new();
    for bucket in std::fs::read_dir(dir.join("check"))
        .unwrap()
        .filter_map(Result::ok)
    {
        let signature = std::fs::read_to_string(bucket.path().join("SIGNATURE")).unwrap();
        if signature.starts_with("unknown:") && signature.contains("cranelift-none/") {
            planted.extend(
                std::fs::read_dir(bucket.path())
                    .unwrap()
                    .filter_map(Result::ok)
                    .map(|e| e.path())
                    .filter(|p| p.is_dir()),
            );
        }
    }
    let example = planted
        .first()
        .expect("no unknown cranelift-none divergence saved");
    for _ in 0..3 {
        let out = repro(example, plant);
        assert_eq!(
            out.status.code(),
            Some(1),
            "{}",
            String::from_utf8_lossy(&out.stdout)
        );
    }
    let out = repro(example, "none");
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    let _ = std::fs::remove_dir_all(&dir);
}

/// NEAR's pair: near-wasmtime's planted extra gas (src/backend/near.rs) is found, saved and
/// reproduced like vmdiff's own engines' differences. The pair has real open findings too
/// (findings/README.md), all of which move used gas and compute with burnt gas; the plant
/// changes burnt gas alone, so its signature is its own.
#[test]
#[cfg(feature = "near")]
fn fuzz_finds_the_planted_near_divergence() {
    finds_planted(
        "near",
        "near",
        "unknown:gas_used:near-vm/near~near-wasmtime/near:ok~ok",
    );
}

/// The `diff` fuzz target's own code (`vmdiff::fuzzing::diff`, what `fuzz/fuzz_targets/diff.rs`
/// calls on every libFuzzer input) on NEAR's pair: among generated inputs, one meets the
/// planted extra gas and the target panics with its signature, after saving the artefact.
#[test]
#[cfg(feature = "near")]
fn the_diff_target_finds_the_planted_near_divergence() {
    let crashes = std::env::temp_dir().join(format!("vmdiff-diff-near-{}", std::process::id()));
    // Read once, by the target's first call: this test binary's only caller of `diff`.
    std::env::set_var("VMDIFF_BACKENDS", "near");
    std::env::set_var("VMDIFF_CRASHES", &crashes);
    let panic_hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(|_| {}));
    // The pair's real open findings move used gas too; the plant moves burnt gas alone.
    let planted = "unknown:gas_used:near-vm/near~near-wasmtime/near:ok~ok";
    let found = (0..2000u64).find_map(|index| {
        let input = vmdiff::generate::case_bytes(11, index, 4096);
        let panic = std::panic::catch_unwind(|| vmdiff::fuzzing::diff(&input)).err()?;
        let message = panic.downcast_ref::<String>().cloned().unwrap_or_default();
        message.contains(planted).then_some(message)
    });
    std::panic::set_hook(panic_hook);
    let message = found.expect("no input of 2000 met the planted NEAR divergence");
    assert!(message.contains("artefact: Ok(Some("), "{message}");
    assert!(crashes.join("diff").is_dir(), "the artefact was not saved");
    let _ = std::fs::remove_dir_all(&crashes);
}

/// A bug in NEAR's host-call path that moves no gas: near-wasmtime's `read_register` leaves the
/// first byte of the register unwritten (src/plant.rs). The default NEAR campaign finds it by
/// what contracts do with the bytes (return data, state, logs, control flow), and the artefact
/// agrees without the plant.
#[test]
#[cfg(feature = "near")]
fn fuzz_finds_a_planted_bug_in_near_wasmtimes_read_register() {
    finds_planted_with(
        "near-wasmtime-read-register-drops-byte",
        "near",
        "near",
        "near-vm/near~near-wasmtime/near",
    );
}

/// [`finds_planted_with`] the build's default plants.
fn finds_planted(backends: &str, schemes: &str, planted_in: &str) {
    finds_planted_with("", backends, schemes, planted_in)
}

/// Runs `vmdiff fuzz` with `VMDIFF_PLANT=plant` on `backends` × `schemes` until it saves an
/// unknown divergence whose signature contains `planted_in`, stops it with SIGTERM, and
/// reproduces the artefact (and, for a named plant, sees it agree without).
fn finds_planted_with(plant: &str, backends: &str, schemes: &str, planted_in: &str) {
    let dir = std::env::temp_dir().join(format!(
        "vmdiff-planted-{}-{plant}-{}",
        backends.replace(',', "-"),
        std::process::id()
    ));
    let _ = std::fs::remove_dir_all(&dir);
    let (corpus, crashes, stats) = (dir.join("corpus"), dir.join("crashes"), dir.join("stats"));
    let mut child = Command::new(env!("CARGO_BIN_EXE_vmdiff"))
        .env("VMDIFF_PLANT", plant)
        .args([
            "fuzz",
            "--seconds",
            "300",
            "--jobs",
            "2",
            "--seed",
            "1",
            "--backends",
            backends,
        ])
        .args(["--schemes", schemes])
        .args([
            "--corpus",
            corpus.to_str().unwrap(),
            "--crashes",
            crashes.to_str().unwrap(),
        ])
        .args(["--stats", stats.to_str().unwrap()])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let start = Instant::now();
    let unknown_found = |crashes: &Path| {
        artefacts(crashes).iter().any(|e| {
            std::fs::read(e.join("report.json"))
                .ok()
                .and_then(|b| serde_json::from_slice::<serde_json::Value>(&b).ok())
                .is_some_and(|r| {
                    r["known"].is_null()
                        && r["signature"]
                            .as_str()
                            .is_some_and(|s| s.starts_with("unknown:") && s.contains(planted_in))
                })
        })
    };
    while !unknown_found(&crashes) && start.elapsed() < Duration::from_secs(240) {
        std::thread::sleep(Duration::from_millis(200));
    }
    assert!(
        !artefacts(&crashes).is_empty(),
        "the planted divergence was not found in 240 s"
    );

    // Stop it mid-campaign: it must exit promptly with the finding as its exit code.
    Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status()
        .unwrap();
    let stopping = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        assert!(
            stopping.elapsed() < Duration::from_secs(30),
            "vmdiff fuzz ignored SIGTERM"
        );
        std::thread::sleep(Duration::from_millis(100));
    };
    assert_eq!(status.code(), Some(1), "an unknown divergence was found");

    // Nothing half-written: every artefact is complete, no temporary entries remain.
    let mut planted = Vec::new();
    for example in artefacts(&crashes) {
        for file in ["input", "module.wasm", "module.wat", "report.json"] {
            assert!(
                example.join(file).is_file(),
                "{} lacks {file}",
                example.display()
            );
        }
        let report: serde_json::Value =
            serde_json::from_slice(&std::fs::read(example.join("report.json")).unwrap()).unwrap();
        // Known classes (NaN bits) may be met too; the planted one is unknown and names its
        // backend.
        let signature = report["signature"].as_str().unwrap();
        if report["known"].is_null()
            && signature.starts_with("unknown:")
            && signature.contains(planted_in)
        {
            planted.push(example);
        }
    }
    assert!(
        !planted.is_empty(),
        "no unknown {planted_in} divergence among the artefacts"
    );
    for entry in std::fs::read_dir(&corpus).unwrap().filter_map(Result::ok) {
        assert!(
            !entry.file_name().to_string_lossy().starts_with('.'),
            "temporary corpus file left"
        );
    }
    let stats_files: Vec<_> = std::fs::read_dir(&stats)
        .unwrap()
        .filter_map(Result::ok)
        .collect();
    assert_eq!(stats_files.len(), 1);
    let totals: serde_json::Value =
        serde_json::from_slice(&std::fs::read(stats_files[0].path()).unwrap()).unwrap();
    assert!(totals["unknown_divergences"].as_u64().unwrap() >= 1);

    // One command reproduces it, every time.
    let example = &planted[0];
    for _ in 0..3 {
        let out = repro(example, plant);
        assert_eq!(
            out.status.code(),
            Some(1),
            "{}",
            String::from_utf8_lossy(&out.stdout)
        );
        assert!(String::from_utf8_lossy(&out.stdout).contains("DIVERGENCE"));
    }
    if !plant.is_empty() {
        let out = repro(example, "none");
        assert_eq!(
            out.status.code(),
            Some(0),
            "{}",
            String::from_utf8_lossy(&out.stdout)
        );
    }
    let _ = std::fs::remove_dir_all(&dir);
}

/// Crashes that are not divergences (DESIGN.md): a planted preparation defect and a planted
/// panic mid-case are each saved with their input by a campaign that goes on, bucketed by
/// triage, counted by the gate, and new to `vmdiff news` (the nightly's alarm, exit 1).
#[test]
fn planted_crashes_are_saved_triaged_counted_and_ring_the_alarm() {
    for (plant, kind) in [
        ("harness-prepare-defect", "prepare_defect"),
        ("harness-panic", "panic"),
    ] {
        let dir = std::env::temp_dir().join(format!("vmdiff-crash-{kind}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        let vmdiff = |args: &[&str]| {
            let out = Command::new(env!("CARGO_BIN_EXE_vmdiff"))
                .env("VMDIFF_PLANT", plant)
                .current_dir(env!("CARGO_MANIFEST_DIR"))
                .args(args)
                .output()
                .unwrap();
            let text = String::from_utf8_lossy(&out.stdout).into_owned()
                + &String::from_utf8_lossy(&out.stderr);
            (out.status.code(), text)
        };
        let path = |p: &str| dir.join(p).to_str().unwrap().to_string();
        let (code, out) = vmdiff(&[
            "fuzz",
            "--seconds",
            "4",
            "--jobs",
            "1",
            "--schemes",
            "host,global",
            "--crashes",
            &path("crashes"),
            "--corpus",
            &path("corpus"),
            "--stats",
            &path("stats"),
        ]);
        assert_eq!(code, Some(1), "{plant}: {out}");
        // Several cases ran: the worker went on after each crash.
        let (_, stats) = vmdiff(&["stats", &path("stats"), "--json"]);
        let stats: serde_json::Value = serde_json::from_str(&stats).unwrap();
        assert!(
            stats["crashes"][kind].as_u64().unwrap_or(0) >= 2,
            "{plant}: {stats}"
        );
        let reports: Vec<serde_json::Value> = artefacts(&dir.join("crashes"))
            .iter()
            .filter_map(|a| std::fs::read(a.join("report.json")).ok())
            .filter_map(|r| serde_json::from_slice(&r).ok())
            .collect();
        assert!(
            reports.iter().any(|r| r["crash"] == kind),
            "{plant}: no {kind} artefact saved: {reports:?}"
        );
        for example in artefacts(&dir.join("crashes")) {
            assert!(example.join("input").exists(), "{}", example.display());
        }
        let (code, triage) = vmdiff(&["triage", &path("crashes"), "--out", &path("triage")]);
        assert_eq!(code, Some(1), "{plant}: {triage}");
        assert!(
            triage.contains(&format!("crash.{kind}:")),
            "{plant}: {triage}"
        );
        let (code, gate) = vmdiff(&[
            "gate",
            "--stats",
            &path("stats"),
            "--triage",
            &path("triage/triage.json"),
            "--out",
            &path("gate"),
        ]);
        assert_eq!(code, Some(1), "{plant}: {gate}");
        assert!(
            gate.contains("| crashes (preparation defects, panics"),
            "{gate}"
        );
        assert!(gate.contains(&format!("crash.{kind}:")), "{plant}: {gate}");
        let news = [
            "news",
            "--triage",
            &path("triage/triage.json"),
            "--stats",
            &path("stats"),
            "--ledger",
            &path("ledger.json"),
            "--out",
            &path("news"),
        ];
        let (code, text) = vmdiff(&news);
        assert_eq!(code, Some(1), "{plant}: the first report rings: {text}");
        let (code, text) = vmdiff(&news);
        assert_eq!(code, Some(0), "{plant}: the second does not: {text}");
        let _ = std::fs::remove_dir_all(&dir);
    }
}
