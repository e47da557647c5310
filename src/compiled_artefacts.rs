//! Compiled artefacts (DESIGN.md): validators run contracts from a cache far more often than
//! fresh from a compile. For each config, the module the matrix compiled is compared with a
//! second compile of the same prepared bytes by a fresh instance of its backend (a fresh
//! engine), both serialised: the artefacts must be byte-identical. Then every call runs on the
//! module loaded from the artefact and on the fresh one, and every outcome field must be equal;
//! so must the engine's other load paths (NEAR's: no cache, a node's filesystem cache).

use crate::backend::{Backend, Call, CompiledModule};
use crate::config::Config;
use crate::matrix::{CompiledCase, Matrix};
use crate::oracle::{exact_differences, Field};
use crate::prepare::PreparedModule;
use crate::stats::Stats;
use serde::Serialize;

/// One config's artefacts.
#[derive(Clone, Debug, Serialize)]
pub struct ArtefactCheck {
    pub config: Config,
    /// Why nothing could be compared (a compile error, no serialised form).
    pub skipped: Option<String>,
    /// Size of the first compile's artefact.
    pub bytes: usize,
    /// Where the second compile's artefact first differs: (offset, first length, second
    /// length); `None` when byte-identical.
    pub differs_at: Option<(usize, usize, usize)>,
    /// Calls run on both the loaded and the fresh module.
    pub calls: usize,
    /// Calls whose outcome on the loaded module differs from the fresh one, with the fields
    /// (`export via path` for the engine's other load paths; no fields: the path failed).
    pub loaded_differs: Vec<(String, Vec<Field>)>,
    /// The engine's other load paths compared besides its artefact (NEAR: no cache, a
    /// filesystem cache), each over every call in sequence.
    pub paths: Vec<&'static str>,
    /// Damaged artefacts the engine loaded instead of refusing (never run: deserialising
    /// untrusted bytes is documented unsafe by both engines).
    pub damaged_loaded: Vec<String>,
}

impl ArtefactCheck {
    /// Compiled twice to the same bytes, and loaded = fresh on every call.
    pub fn agrees(&self) -> bool {
        self.skipped.is_none()
            && self.differs_at.is_none()
            && self.loaded_differs.is_empty()
            && self.damaged_loaded.is_empty()
    }

    /// Counts a compared config in `stats` (one with nothing compared is not counted).
    pub fn count(&self, stats: &mut Stats) {
        if self.skipped.is_some() {
            return;
        }
        stats.artefact_configs += 1;
        stats.artefact_identical += u64::from(self.differs_at.is_none());
        stats.artefact_calls += self.calls as u64;
        stats.artefact_loaded_equal += (self.calls - self.loaded_differs.len()) as u64;
    }
}

/// Checks every config of `matrix` on `prepared`, whose modules `compiled` holds, with
/// `calls` (each at its config's generous limit for the call's `gas_limit`). `again` gives the
/// backend for the second compile: in use, a fresh instance of the same backend
/// (`backend::build`), so that nothing the first engine kept can make the two alike.
pub fn check(
    matrix: &Matrix,
    prepared: &PreparedModule,
    compiled: &CompiledCase,
    calls: &[Call],
    again: &dyn Fn(&dyn Backend) -> Box<dyn Backend>,
) -> Vec<ArtefactCheck> {
    matrix
        .pairs()
        .enumerate()
        .map(|(index, (backend, scheme))| {
            let config = Config {
                backend: backend.name(),
                scheme: scheme.name(),
            };
            let mut check = ArtefactCheck {
                config,
                skipped: None,
                bytes: 0,
                differs_at: None,
                calls: 0,
                loaded_differs: Vec::new(),
                paths: Vec::new(),
                damaged_loaded: Vec::new(),
            };
            // The second compile only where the first has an artefact to compare.
            let artefacts = compiled
                .module(index)
                .map_err(str::to_string)
                .and_then(|first| Ok((first, first.artefact()?)))
                .and_then(|(first, first_artefact)| {
                    let (second, _) = matrix
                        .compile_config(again(backend).as_ref(), scheme, prepared)
                        .map_err(|e| e.message)?;
                    Ok((first, first_artefact, second.artefact()?))
                });
            let (first, first_artefact, second_artefact) = match artefacts {
                Ok(artefacts) => artefacts,
                Err(why) => {
                    check.skipped = Some(why);
                    return check;
                }
            };
            check.bytes = first_artefact.len();
            check.differs_at = first_difference(&first_artefact, &second_artefact);
            let loaded = match first.load(&first_artefact) {
                Ok(loaded) => loaded,
                Err(why) => {
                    check.skipped = Some(format!("its own artefact did not load: {why}"));
                    return check;
                }
            };
            for (damage, damaged) in damaged(&first_artefact) {
                if first.load(&damaged).is_ok() {
                    check.damaged_loaded.push(damage.to_string());
                }
            }
            let calls: Vec<Call> = calls
                .iter()
                .map(|call| Call {
                    gas_limit: matrix.full_limit(&config, call.gas_limit),
                    ..call.clone()
                })
                .collect();
            let max_stack = matrix.profile.max_stack_height;
            for call in &calls {
                let run = |module: &dyn CompiledModule| module.call(call, max_stack);
                let fields = exact_differences(&run(first), &run(loaded.as_ref()));
                check.calls += 1;
                if !fields.is_empty() {
                    check.loaded_differs.push((call.export.clone(), fields));
                }
            }
            // The calls in sequence, as one account's: a node's cache reuses what it loaded.
            let paths = first.load_paths();
            let expected = match paths.is_empty() {
                true => Vec::new(),
                false => first.run(&calls, max_stack),
            };
            for (path, module) in paths {
                check.paths.push(path);
                let module = match module {
                    Ok(module) => module,
                    Err(why) => {
                        check.calls += 1;
                        check
                            .loaded_differs
                            .push((format!("{path}: {why}"), Vec::new()));
                        continue;
                    }
                };
                let outcomes = module.run(&calls, max_stack);
                for ((call, expected), outcome) in calls.iter().zip(&expected).zip(&outcomes) {
                    let fields = exact_differences(expected, outcome);
                    check.calls += 1;
                    if !fields.is_empty() {
                        let label = format!("{} via {path}", call.export);
                        check.loaded_differs.push((label, fields));
                    }
                }
            }
            check
        })
        .collect()
}

/// Damaged copies of an artefact that an engine must refuse outright: cut in half, and with
/// its header's first byte flipped (the format's magic). Flips deeper in the code cannot be
/// checked here: both engines map the code as it is (their `deserialize` is `unsafe` for
/// that reason), and a cache must not hand them bytes it did not write.
fn damaged(artefact: &[u8]) -> [(&'static str, Vec<u8>); 2] {
    let mut flipped = artefact.to_vec();
    if let Some(first) = flipped.first_mut() {
        *first ^= 0xff;
    }
    [
        ("truncated to half", artefact[..artefact.len() / 2].to_vec()),
        ("first header byte flipped", flipped),
    ]
}

/// The first offset at which `a` and `b` differ, with both lengths.
fn first_difference(a: &[u8], b: &[u8]) -> Option<(usize, usize, usize)> {
    let at = a
        .iter()
        .zip(b)
        .position(|(x, y)| x != y)
        .or((a.len() != b.len()).then(|| a.len().min(b.len())))?;
    Some((at, a.len(), b.len()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_difference_is_named() {
        assert_eq!(first_difference(b"abc", b"abc"), None);
        assert_eq!(first_difference(b"abc", b"abd"), Some((2, 3, 3)));
        assert_eq!(first_difference(b"abc", b"ab"), Some((2, 3, 2)));
    }
}
