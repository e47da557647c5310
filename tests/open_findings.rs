//! Every registered open finding (src/open_findings.rs) still reproduces on the pinned
//! engines, and findings/README.md writes up exactly the registered ones. When an engine bump
//! fixes or changes one, this fails and says which entry to retire or update.

use std::process::Command;

#[test]
fn every_open_finding_reproduces_and_is_written_up() {
    let output = Command::new(env!("CARGO_BIN_EXE_vmdiff"))
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args(["findings", "--check"])
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&output.stdout).into_owned()
        + &String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "{text}");
    for finding in vmdiff::open_findings::REGISTRY {
        assert!(
            text.contains(&format!("open:{}: reproduces", finding.id)),
            "{text}"
        );
    }
}
