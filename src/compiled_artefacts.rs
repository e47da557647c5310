//! Compiled artefacts (DESIGN.md): validators run contracts from a cache far more often than
//! fresh from a compile. For each config, the same prepared bytes are compiled twice — once by
//! the matrix's backend, once by a fresh instance of it (a fresh engine) — and serialised: the
//! artefacts must be byte-identical. Then every call runs on the module loaded from the
//! artefact and on the fresh one, and every outcome field must be equal.

use crate::backend::{Backend, Call, CompiledModule};
use crate::config::Config;
use crate::matrix::Matrix;
use crate::oracle::{exact_differences, Field};
use crate::prepare::PreparedModule;
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
    /// Calls whose outcome on the loaded module differs from the fresh one, with the fields.
    pub loaded_differs: Vec<(String, Vec<Field>)>,
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
}

/// Checks every config of `matrix` on `prepared` with `calls` (each at its config's generous
/// limit for the call's `gas_limit`). `again` gives the backend for the second compile: in
/// use, a fresh instance of the same backend (`backend::build`), so that nothing the first
/// engine kept can make the two alike.
pub fn check(
    matrix: &Matrix,
    prepared: &PreparedModule,
    calls: &[Call],
    again: &dyn Fn(&dyn Backend) -> Box<dyn Backend>,
) -> Vec<ArtefactCheck> {
    matrix
        .pairs()
        .map(|(backend, scheme)| {
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
                damaged_loaded: Vec::new(),
            };
            let bytes = prepared
                .for_scheme(scheme.name())
                .expect("prepared for every scheme of the matrix");
            let compile = |b: &dyn Backend| {
                let (module, _) = b
                    .compile(bytes, scheme, &matrix.costs)
                    .map_err(|e| e.message)?;
                let artefact = module.artefact()?;
                Ok::<_, String>((module, artefact))
            };
            // The second compile only where the first has an artefact to compare.
            let compiled =
                compile(backend).and_then(|first| Ok((first, compile(again(backend).as_ref())?)));
            let ((first, first_artefact), (_, second_artefact)) = match compiled {
                Ok(both) => both,
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
            for call in calls {
                let call = Call {
                    gas_limit: matrix.full_limit(&config, call.gas_limit),
                    ..call.clone()
                };
                let run = |module: &dyn CompiledModule| {
                    module.call(&call, matrix.profile.max_stack_height)
                };
                let fields = exact_differences(&run(first.as_ref()), &run(loaded.as_ref()));
                check.calls += 1;
                if !fields.is_empty() {
                    check.loaded_differs.push((call.export.clone(), fields));
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
