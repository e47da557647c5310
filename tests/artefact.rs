//! Per-signature caps on saved artefacts: an unknown signature keeps
//! `EXAMPLES_PER_SIGNATURE` examples, a known one `EXAMPLES_PER_KNOWN_SIGNATURE`; the same
//! input is never saved twice, and other signatures get buckets of their own.

use vmdiff::artefact::{ArtefactDir, EXAMPLES_PER_KNOWN_SIGNATURE, EXAMPLES_PER_SIGNATURE};
use vmdiff::backend::BackendName;
use vmdiff::case::Finding;
use vmdiff::config::Config;
use vmdiff::generate::PlannedCall;
use vmdiff::matrix::CallReport;
use vmdiff::oracle::{Comparison, Divergence, Field, Rule};
use vmdiff::scheme::SchemeName;

fn finding(known: Option<&str>, field: Field) -> Finding {
    let config = |backend| Config {
        backend,
        scheme: SchemeName::Host,
    };
    let divergence = Divergence {
        left: config(BackendName::SINGLEPASS),
        right: config(BackendName::WINCH),
        rule: Rule::SameScheme,
        fields: vec![field],
        left_result: "ok [i32:1]".into(),
        right_result: "ok [i32:2]".into(),
        known: known.map(String::from),
        open: None,
    };
    let call = PlannedCall {
        export: "f".into(),
        args: vec![],
        input: vec![],
        permille: 0,
        gas: None,
        context: Default::default(),
    };
    Finding {
        divergence: divergence.clone(),
        call,
        report: CallReport {
            export: "f".into(),
            args: vec![],
            limits: vec![],
            outcomes: vec![],
            comparison: Comparison {
                divergences: vec![divergence],
                ..Comparison::default()
            },
            exec_times: vec![],
        },
    }
}

/// Example directories saved per bucket.
fn examples(root: &std::path::Path) -> Vec<usize> {
    let mut counts: Vec<usize> = std::fs::read_dir(root)
        .unwrap()
        .map(|bucket| {
            std::fs::read_dir(bucket.unwrap().path())
                .unwrap()
                .filter(|e| e.as_ref().unwrap().path().is_dir())
                .count()
        })
        .collect();
    counts.sort();
    counts
}

#[test]
fn artefacts_are_capped_per_signature() {
    let dir = std::env::temp_dir().join(format!("vmdiff-caps-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let artefacts = ArtefactDir::new(&dir, "check");
    let names = (
        vec!["singlepass".to_string(), "winch".into()],
        vec!["host".to_string()],
    );
    let wasm = wat::parse_str("(module)").unwrap();
    let save = |finding: &Finding, input: u8| {
        artefacts
            .save(finding, &[input], &wasm, (&names.0, &names.1), 1_000)
            .unwrap()
            .is_some()
    };
    let unknown = finding(None, Field::Result);
    let known = finding(Some("singlepass_nan_canonicalisation"), Field::Result);
    let other = finding(None, Field::State);
    let saved: Vec<bool> = (0..10).map(|i| save(&unknown, i)).collect();
    assert_eq!(saved.iter().filter(|s| **s).count(), EXAMPLES_PER_SIGNATURE);
    assert!(!save(&unknown, 0), "the same input is never saved twice");
    let saved: Vec<bool> = (0..10).map(|i| save(&known, i)).collect();
    assert_eq!(
        saved.iter().filter(|s| **s).count(),
        EXAMPLES_PER_KNOWN_SIGNATURE
    );
    assert!(save(&other, 0), "another signature has a bucket of its own");
    assert_eq!(
        examples(&dir.join("check")),
        [1, EXAMPLES_PER_KNOWN_SIGNATURE, EXAMPLES_PER_SIGNATURE]
    );
    let _ = std::fs::remove_dir_all(&dir);
}
