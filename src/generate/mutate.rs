//! The mutation generator: wasm-mutate applied to real modules — seed files (real contracts,
//! corpus modules given with `--seeds`) or, without seeds, a wasm-smith module from the same
//! input — a few times over, keeping only mutants inside the profile.
//!
//! Research on Wasm runtimes (WASMaker, LWDIFF) finds more with real binaries reshaped than
//! with generated ones alone: real code has the shapes compilers were tuned for, and mutating
//! it reaches the paths next to them.

use super::{plan_calls, smith_module, GeneratedCase, GenerationLimits};
use crate::profile::Profile;
use arbitrary::Unstructured;

/// Mutations applied in a row, at most (each to the previous mutant).
const MAX_MUTATIONS: u32 = 4;
/// wasm-mutate's fuel per mutation: bounds the time a peephole rewrite may take.
const FUEL: u64 = 1_000;

/// Modules mutation starts from: each checked against the profile when loaded, so that a bad
/// seed is reported once, not met on every case.
#[derive(Clone, Debug, Default)]
pub struct Seeds {
    modules: Vec<Vec<u8>>,
}

impl Seeds {
    /// The `.wasm` and `.wat` files of `dir` (not its subfolders). Files outside the
    /// profile are skipped with the reason, in the returned list of problems.
    pub fn load(profile: &Profile, dir: &std::path::Path) -> std::io::Result<(Seeds, Vec<String>)> {
        let mut seeds = Seeds::default();
        let mut problems = Vec::new();
        let mut files = crate::fs::files_with_extension(dir, "wasm")?;
        files.extend(crate::fs::files_with_extension(dir, "wat")?);
        for file in files {
            let module = std::fs::read(&file)
                .map_err(|e| e.to_string())
                .and_then(|bytes| {
                    wat::parse_bytes(&bytes)
                        .map(|b| b.into_owned())
                        .map_err(|e| e.to_string())
                })
                .and_then(|wasm| {
                    profile
                        .check(&wasm)
                        .map(|_| wasm)
                        .map_err(|e| e.to_string())
                });
            match module {
                Ok(wasm) => seeds.modules.push(wasm),
                Err(why) => problems.push(format!("{}: {why}", file.display())),
            }
        }
        Ok((seeds, problems))
    }

    pub fn from_modules(modules: Vec<Vec<u8>>) -> Seeds {
        Seeds { modules }
    }

    pub fn modules(&self) -> &[Vec<u8>] {
        &self.modules
    }

    pub fn len(&self) -> usize {
        self.modules.len()
    }

    pub fn is_empty(&self) -> bool {
        self.modules.is_empty()
    }
}

/// Turns fuzz input into a mutated module and its call plan.
pub fn generate(
    profile: &Profile,
    limits: &GenerationLimits,
    seeds: &Seeds,
    data: &[u8],
) -> arbitrary::Result<GeneratedCase> {
    let mut u = Unstructured::new(data);
    let mut wasm = if !seeds.is_empty() && u.ratio(3, 4)? {
        u.choose(&seeds.modules)?.clone()
    } else {
        smith_module(profile, limits, &mut u)?
    };
    for _ in 0..u.int_in_range(1..=MAX_MUTATIONS)? {
        if let Some(mutant) = mutate_once(&wasm, u.arbitrary()?) {
            if profile.check(&mutant).is_ok() {
                wasm = mutant;
            }
        }
    }
    let calls = plan_calls(&wasm, limits, &mut u)?;
    Ok(GeneratedCase {
        wasm,
        calls,
        generator: super::Generator::Mutate,
        read: data.len() - u.len(),
    })
}

/// One wasm-mutate step: the first mutant it offers for `seed`, if any. Semantics are not
/// preserved on purpose: a differential oracle needs no expected result, only agreement.
fn mutate_once(wasm: &[u8], seed: u64) -> Option<Vec<u8>> {
    let mut mutate = wasm_mutate::WasmMutate::default();
    mutate.seed(seed).fuel(FUEL).preserve_semantics(false);
    let mut mutants = mutate.run(wasm).ok()?;
    mutants.next()?.ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::generate::case_bytes;

    #[test]
    fn mutants_stay_in_profile_and_differ_from_their_seed() {
        let profile = Profile::default();
        let seed = wat::parse_str(
            r#"(module
                 (memory 1)
                 (func (export "add") (param i32 i32) (result i32)
                   local.get 0 local.get 1 i32.add i32.const 3 i32.mul)
                 (func (export "load") (param i32) (result i64)
                   local.get 0 i64.load offset=8))"#,
        )
        .unwrap();
        let seeds = Seeds::from_modules(vec![seed.clone()]);
        let limits = GenerationLimits::default();
        let mut changed = 0;
        for index in 0..40 {
            let case = generate(&profile, &limits, &seeds, &case_bytes(9, index, 4096)).unwrap();
            profile.check(&case.wasm).expect("mutants stay in profile");
            changed += usize::from(case.wasm != seed);
        }
        assert!(changed >= 20, "only {changed} of 40 cases were mutated");
    }

    #[test]
    fn without_seeds_it_mutates_generated_modules() {
        let profile = Profile::default();
        let limits = GenerationLimits::default();
        let case = generate(
            &profile,
            &limits,
            &Seeds::default(),
            &case_bytes(2, 1, 4096),
        )
        .unwrap();
        profile.check(&case.wasm).unwrap();
    }

    #[test]
    fn seeds_outside_the_profile_are_reported_not_loaded() {
        let dir = std::env::temp_dir().join(format!("vmdiff-seeds-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join("good.wat"), "(module (func (export \"f\")))").unwrap();
        std::fs::write(dir.join("truncated.wasm"), b"\0asm\x01\0\0\0\x01").unwrap();
        std::fs::write(dir.join("start.wat"), "(module (func $s) (start $s))").unwrap();
        let (seeds, problems) = Seeds::load(&Profile::default(), &dir).unwrap();
        std::fs::remove_dir_all(&dir).unwrap();
        assert_eq!(seeds.len(), 1);
        assert_eq!(problems.len(), 2, "{problems:?}");
        assert!(
            Seeds::load(&Profile::default(), &dir).is_err(),
            "a missing folder is an error"
        );
    }
}
