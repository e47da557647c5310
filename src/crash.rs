//! Crashes that are not divergences (DESIGN.md, "Artefacts"): each is a finding, saved with its
//! input before anything can panic, bucketed by kind, triaged and counted by the gate.
//!
//! [`catch`] runs a case and turns a panic into a [`Caught`] (message and where it happened),
//! so that a campaign keeps the input and goes on; [`CrashKind::of_libfuzzer_file`] names what
//! libFuzzer and the sanitizers leave behind.

use serde::{Deserialize, Serialize};
use std::cell::RefCell;
use std::panic::{self, AssertUnwindSafe};
use std::sync::Once;

/// What kind of crash.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CrashKind {
    /// Preparation failed on a module the profile accepted (a vmdiff or finite-wasm defect).
    PrepareDefect,
    /// A panic in vmdiff's own code while running a case.
    Panic,
    /// A panic inside an engine or another dependency (its location is in a crate of the
    /// registry, not in vmdiff).
    EnginePanic,
    /// A call ran past the wall-clock guard: gas bounds every run, so a harness or engine bug.
    WallClock,
    /// libFuzzer's `crash-`, `timeout-`, `oom-` and `leak-` files.
    LibfuzzerCrash,
    LibfuzzerTimeout,
    LibfuzzerOom,
    LibfuzzerLeak,
    /// A sanitizer's report (AddressSanitizer and the like), saved as a log.
    Sanitizer,
    /// A sampled case's compiled artefacts disagreed ([`crate::compiled_artefacts`]).
    ArtefactMismatch,
    /// The campaign's process died while running the input (an allocation failure abort, a
    /// signal): found in flight by the next campaign on the same crashes directory. Never
    /// re-run in-process (it would take the triage down too).
    Abort,
}

impl CrashKind {
    pub fn as_str(self) -> &'static str {
        match self {
            CrashKind::PrepareDefect => "prepare_defect",
            CrashKind::Panic => "panic",
            CrashKind::EnginePanic => "engine_panic",
            CrashKind::WallClock => "wall_clock",
            CrashKind::LibfuzzerCrash => "libfuzzer_crash",
            CrashKind::LibfuzzerTimeout => "libfuzzer_timeout",
            CrashKind::LibfuzzerOom => "libfuzzer_oom",
            CrashKind::LibfuzzerLeak => "libfuzzer_leak",
            CrashKind::Sanitizer => "sanitizer",
            CrashKind::ArtefactMismatch => "artefact_mismatch",
            CrashKind::Abort => "abort",
        }
    }

    /// The kind of a file libFuzzer or a sanitizer wrote, by its name (`crash-<sha1>`,
    /// `timeout-…`, `oom-…`, `leak-…`, `*.asan.log` / `asan.*`), or `None` for anything else.
    ///
    /// ```
    /// use vmdiff::crash::CrashKind;
    /// assert_eq!(CrashKind::of_libfuzzer_file("timeout-3f2a"), Some(CrashKind::LibfuzzerTimeout));
    /// assert_eq!(CrashKind::of_libfuzzer_file("asan.1234"), Some(CrashKind::Sanitizer));
    /// assert_eq!(CrashKind::of_libfuzzer_file("0a1b2c"), None);
    /// ```
    pub fn of_libfuzzer_file(name: &str) -> Option<CrashKind> {
        let kind = match name.split('-').next()? {
            "crash" => CrashKind::LibfuzzerCrash,
            "timeout" | "slow" => CrashKind::LibfuzzerTimeout,
            "oom" => CrashKind::LibfuzzerOom,
            "leak" => CrashKind::LibfuzzerLeak,
            _ if name.starts_with("asan.") || name.ends_with(".asan.log") => CrashKind::Sanitizer,
            _ => return None,
        };
        Some(kind)
    }

    /// Whether triage can run the input again in-process to see whether it still crashes
    /// (timeouts, OOMs, leaks and sanitizer reports need libFuzzer or the sanitizer).
    pub fn rerunnable(self) -> bool {
        matches!(
            self,
            CrashKind::PrepareDefect
                | CrashKind::Panic
                | CrashKind::EnginePanic
                | CrashKind::LibfuzzerCrash
        )
    }
}

/// A crash's bucket key: `crash.<kind>:<message>`, the message's first line with numbers
/// (addresses, sizes, offsets) blanked so that the same defect lands in one bucket.
///
/// ```
/// use vmdiff::crash::{signature, CrashKind};
/// assert_eq!(
///     signature(CrashKind::Panic, "index 7 out of range for length 3\nmore"),
///     "crash.panic:index N out of range for length N"
/// );
/// ```
pub fn signature(kind: CrashKind, message: &str) -> String {
    let first = message.lines().next().unwrap_or("").trim();
    let mut normalised = String::with_capacity(first.len());
    let mut in_number = false;
    for c in first.chars() {
        if c.is_ascii_digit() {
            if !in_number {
                normalised.push('N');
            }
            in_number = true;
        } else {
            in_number = false;
            normalised.push(c);
        }
    }
    let short: String = normalised.chars().take(120).collect();
    format!("crash.{}:{short}", kind.as_str())
}

/// A panic caught while running a case.
#[derive(Clone, Debug)]
pub struct Caught {
    pub kind: CrashKind,
    /// The panic's message and where it was raised.
    pub message: String,
}

thread_local! {
    /// Where the last panic on this thread was raised (set by the hook [`catch`] installs).
    static LAST_PANIC_AT: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// Runs `f`; a panic becomes a [`Caught`] naming its message and location. The panic is still
/// printed by the previous hook, so nothing is hidden from the log.
pub fn catch<R>(f: impl FnOnce() -> R) -> Result<R, Caught> {
    static HOOK: Once = Once::new();
    HOOK.call_once(|| {
        let previous = panic::take_hook();
        panic::set_hook(Box::new(move |info| {
            let at = info
                .location()
                .map(|l| format!("{}:{}", l.file(), l.line()));
            LAST_PANIC_AT.with(|cell| *cell.borrow_mut() = at);
            previous(info);
        }));
    });
    panic::catch_unwind(AssertUnwindSafe(f)).map_err(|payload| {
        let text = payload
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| payload.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "a panic without a message".into());
        let at = LAST_PANIC_AT.with(|cell| cell.borrow_mut().take());
        // A location in a crate of the registry (or the standard library, called from one) is
        // the engine's or a dependency's; vmdiff's own files are under src/.
        let in_dependency = at
            .as_deref()
            .is_some_and(|at| at.contains("/.cargo/registry/") || at.contains("/.cargo/git/"));
        Caught {
            kind: if in_dependency {
                CrashKind::EnginePanic
            } else {
                CrashKind::Panic
            },
            message: match at {
                Some(at) => format!("{text} (at {at})"),
                None => text,
            },
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_panic_is_caught_with_its_message_and_location() {
        let caught = catch(|| -> u32 { panic!("planted {}", 42) }).unwrap_err();
        assert_eq!(caught.kind, CrashKind::Panic);
        assert!(
            caught.message.starts_with("planted 42 (at src/crash.rs:"),
            "{}",
            caught.message
        );
        assert_eq!(catch(|| 5).unwrap(), 5);
    }
}
