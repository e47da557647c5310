//! Call plans that reach a real contract's logic (`vmdiff contracts`): per method, candidate
//! JSON arguments ([`crate::contract_args`]) are run on one config (the matrix's first under
//! the `global` scheme, else its first), and the one that gets furthest is kept — success,
//! then past argument parsing, then more host calls, then more gas burnt. Each failure's panic message steers the next candidate.
//! Methods that initialise the contract (`new`, `init`…) and succeed become the setup of the
//! methods that did not succeed alone: they run first on the same instance, so storage
//! persists. Bounded ([`MAX_ATTEMPTS`] runs per method and phase) and deterministic.
//!
//! The plan then runs through the whole matrix like any other ([`crate::case`]), so every
//! config's outcome is compared exactly as before; the search itself compares nothing.

use crate::backend::CallContext;
use crate::contract_args::{json_error, serialise, unescape, Accounts, DataNames, Repairs};
use crate::generate::PlannedCall;
use crate::matrix::{CompiledCase, Matrix};
use crate::outcome::{HostErrorKind, Outcome, TrapKind, ValType, Value};
use serde_json::{Map, Value as Json};
use std::collections::BTreeSet;

/// Runs per method and phase at most.
pub const MAX_ATTEMPTS: usize = 24;

/// 1 NEAR in yoctoNEAR: a deposit that covers storage staking.
const ONE_NEAR: u128 = 10u128.pow(24);

/// A method's call and the calls that run before it on the same instance.
pub type MethodPlan = (Vec<PlannedCall>, PlannedCall);

/// The guest's panic message: NEAR's `GuestPanic { panic_msg }`, or the text of the host
/// model's last `panic_utf8` call.
pub fn panic_message(outcome: &Outcome) -> Option<String> {
    if let Some(abort) = outcome.near.as_ref().and_then(|n| n.abort.as_ref()) {
        let rest = &abort[abort.find("panic_msg: \"")? + 12..];
        return Some(unescape(&rest[..rest.rfind('"')?]));
    }
    if outcome.result.trap() != Some(&TrapKind::HostError(HostErrorKind::GuestPanic)) {
        return None;
    }
    let last = outcome.host_trace.last()?;
    (last.func == "panic_utf8").then(|| String::from_utf8_lossy(&last.read).into_owned())
}

/// How a call ended, in the words of `succeeded S of N calls (…)`: `ok`, `argument parsing
/// panic`, `other panic`, `out of gas`, `unsupported host function`, `trap <kind>`,
/// `diverged`. `label` is the result every config agreed on ([`crate::outcome::CallResult::label`]).
pub fn ending(label: &str, panic: Option<&str>) -> String {
    match label {
        "ok" | "diverged" => label.to_string(),
        "host_error.guest_panic" => match panic {
            Some(text) if crate::contract_args::is_argument_parsing(text) => {
                "argument parsing panic".into()
            }
            _ => "other panic".into(),
        },
        "gas_exhausted" => "out of gas".into(),
        "host_error.unsupported" => "unsupported host function".into(),
        other if other.contains("link_error") => "unsupported host function".into(),
        other => format!("trap {other}"),
    }
}

/// Whether a method's name says it initialises the contract.
pub fn is_init_name(name: &str) -> bool {
    let name = name.to_ascii_lowercase();
    name == "new"
        || name.starts_with("new_")
        || name
            .split('_')
            .any(|w| w == "init" || w == "initialize" || w == "initialise")
}

/// How far a run got: compared field by field, in order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
struct Score {
    ok: bool,
    past_parsing: bool,
    host_calls: usize,
    gas: u64,
}

impl Score {
    fn of(outcome: &Outcome, panic: Option<&str>) -> Score {
        Score {
            ok: outcome.result.trap().is_none(),
            past_parsing: !panic.is_some_and(crate::contract_args::is_argument_parsing),
            host_calls: outcome.host_trace.len(),
            gas: outcome.gas_used,
        }
    }
}

/// A method's input: JSON (near-sdk's default), or raw bytes (Borsh and other binary inputs).
#[derive(Clone, Debug, PartialEq)]
enum Input {
    Json(Json),
    Raw(Vec<u8>),
}

impl Input {
    fn bytes(&self) -> Vec<u8> {
        match self {
            Input::Json(json) => serialise(json).0.into_bytes(),
            Input::Raw(bytes) => bytes.clone(),
        }
    }
}

/// Lengths of the all-zero raw inputs tried when a method says its input is Borsh: zeros are
/// a valid Borsh integer, empty string, empty vector, `false`, `None`, and of any struct of
/// them, once the length is right.
const RAW_LENGTHS: [usize; 8] = [4, 8, 1, 2, 16, 12, 0, 32];

/// The best candidate a search found.
#[derive(Clone, Debug)]
struct Found {
    score: Score,
    input: Input,
    context: CallContext,
}

/// The search's runner: the module compiled on one config.
struct Searcher<'a> {
    matrix: Matrix,
    compiled: CompiledCase,
    names: &'a DataNames,
    accounts: Accounts,
    base_context: CallContext,
    /// Whether the config's host reads the call context (NEAR's runtimes): only then are
    /// deposits and callers worth varying.
    reads_context: bool,
    gas: u64,
}

impl Searcher<'_> {
    fn run(&self, setup: &[PlannedCall], call: &PlannedCall) -> Outcome {
        let setup: Vec<_> = setup.iter().map(|s| s.at_gas(self.gas)).collect();
        let config = self.compiled.configs[0];
        let limits = [self.matrix.full_limit(&config, self.gas)];
        let mut report =
            self.matrix
                .call_after(&self.compiled, &setup, &call.at_gas(self.gas), &limits);
        report.outcomes.remove(0).1
    }

    /// The deposits and callers tried once the arguments parse and the call still panics.
    fn contexts(&self) -> Vec<CallContext> {
        if !self.reads_context {
            return Vec::new();
        }
        let base = &self.base_context;
        let deposit = |d| CallContext {
            attached_deposit: d,
            ..base.clone()
        };
        let itself = CallContext {
            predecessor: base.current_account.clone(),
            ..base.clone()
        };
        vec![
            deposit(1),
            deposit(ONE_NEAR),
            itself.clone(),
            CallContext {
                attached_deposit: 1,
                ..itself.clone()
            },
            // A callback: called by the contract itself with its promise's result.
            CallContext {
                promise_results: vec![Some(b"\"0\"".to_vec())],
                ..itself
            },
        ]
    }

    /// Up to [`MAX_ATTEMPTS`] runs of `export` after `setup`, from `start`. After each run the
    /// next candidate is, in order of preference: the repair the panic's serde error asks
    /// for; for a Borsh input, the next all-zero input; when the arguments parsed and the
    /// call still panicked, the best input under the next call context (NEAR's runtimes
    /// only: deposits, the contract as its own caller, a callback's result), then widened by
    /// its optional fields (once), then with one more field `null`; for a failure that names
    /// nothing, the next group of names from the code.
    fn search(&self, setup: &[PlannedCall], export: &str, args: &[Value], start: Found) -> Found {
        let mut repairs = Repairs::default();
        let mut blind = self.names.candidates(&self.accounts).into_iter();
        let mut raw = RAW_LENGTHS.iter().map(|n| Input::Raw(vec![0; *n]));
        let mut contexts = self.contexts().into_iter();
        let mut widened = false;
        let mut tried = BTreeSet::new();
        let mut best: Option<Found> = None;
        let mut current = (start.input, start.context);
        let mut runs = 0;
        while runs < MAX_ATTEMPTS {
            let bytes = current.0.bytes();
            let fresh = tried.insert((bytes.clone(), format!("{:?}", current.1)));
            let mut next = None;
            let mut no_detail = true;
            if fresh {
                runs += 1;
                let call = PlannedCall {
                    export: export.to_string(),
                    args: args.to_vec(),
                    input: bytes,
                    permille: 0,
                    gas: None,
                    context: current.1.clone(),
                };
                let outcome = self.run(setup, &call);
                let panic = panic_message(&outcome);
                let score = Score::of(&outcome, panic.as_deref());
                if best.as_ref().is_none_or(|b| score > b.score) {
                    best = Some(Found {
                        score,
                        input: current.0.clone(),
                        context: current.1.clone(),
                    });
                }
                if score.ok {
                    break;
                }
                let context = current.1.clone();
                let error = panic.as_deref().and_then(json_error);
                if let (Some(error), Input::Json(json)) = (&error, &current.0) {
                    no_detail = false;
                    let spans = serialise(json).1;
                    next = repairs
                        .repair(json, &spans, error, &self.accounts)
                        .map(|json| (Input::Json(json), context.clone()));
                } else if panic.as_deref().is_some_and(|p| p.contains("Borsh")) {
                    no_detail = false;
                    next = raw.next().map(|input| (input, context.clone()));
                } else {
                    // An argument failure that says nothing (no panic hook, a trap), or any
                    // other ending: names from the code may still be what it wanted.
                    no_detail = panic.is_none() || !score.past_parsing;
                }
                if next.is_none() && score.past_parsing && panic.is_some() {
                    let best = best.as_ref().expect("set above");
                    next = contexts.next().map(|c| (best.input.clone(), c));
                    if next.is_none() && !widened {
                        widened = true;
                        if let Input::Json(json) = &best.input {
                            next = self
                                .names
                                .widen(json, &self.accounts)
                                .map(|json| (Input::Json(json), best.context.clone()));
                        }
                    }
                    if next.is_none() {
                        next = null_one_more(best, &tried);
                    }
                }
            }
            if next.is_none() && no_detail {
                next = blind
                    .next()
                    .map(|json| (Input::Json(json), current.1.clone()));
            }
            if next.is_none() {
                let best = best.as_ref().expect("a first run always happens");
                next = contexts.next().map(|c| (best.input.clone(), c));
            }
            match next {
                Some(n) => current = n,
                None => break,
            }
        }
        best.expect("a first run always happens")
    }
}

/// A value the contract refuses (a hash of the wrong length, say): the best input with its
/// first field not yet tried as `null` (an absent `Option`) set so.
fn null_one_more(
    best: &Found,
    tried: &BTreeSet<(Vec<u8>, String)>,
) -> Option<(Input, CallContext)> {
    let Input::Json(Json::Object(map)) = &best.input else {
        return None;
    };
    map.iter().find_map(|(key, value)| {
        let mut map = map.clone();
        map.insert(key.clone(), Json::Null);
        let candidate = (Input::Json(Json::Object(map)), best.context.clone());
        let id = (candidate.0.bytes(), format!("{:?}", candidate.1));
        (!value.is_null() && !tried.contains(&id)).then_some(candidate)
    })
}

/// A plan for every method in `methods` (name, wasm parameters) of `wasm`, searched on the
/// matrix's first config at gas limit `gas`; `None` when that config cannot take the module
/// (the caller then runs the methods plainly, and the rejection is reported as usual).
pub fn plan(
    matrix: &Matrix,
    wasm: &[u8],
    methods: &[(String, Vec<ValType>)],
    gas: u64,
) -> Option<Vec<MethodPlan>> {
    // The `global` scheme where the matrix has it: its gas checks are inline, where `host`
    // calls out at every charge point (several times slower on these contracts).
    let configs = matrix.configs();
    let config = *configs
        .iter()
        .find(|c| c.scheme == crate::scheme::SchemeName::Global)
        .or(configs.first())?;
    let one = Matrix::new(
        &[config.backend],
        &[config.scheme],
        matrix.profile.clone(),
        matrix.costs,
    );
    let prepared = one.prepare(wasm).ok()?;
    let compiled = one.compile(&prepared);
    if !compiled.compile_errors().is_empty() {
        return None;
    }
    let reads_context = config.backend.is_near();
    let base_context = CallContext::default();
    let accounts = if reads_context {
        Accounts {
            predecessor: base_context.predecessor.clone(),
            current: base_context.current_account.clone(),
        }
    } else {
        let text = |b: &[u8]| String::from_utf8_lossy(b).into_owned();
        Accounts {
            predecessor: text(crate::host::PREDECESSOR_ACCOUNT),
            current: text(crate::host::CURRENT_ACCOUNT),
        }
    };
    let names = DataNames::from_module(wasm);
    let searcher = Searcher {
        matrix: one,
        compiled,
        names: &names,
        accounts,
        base_context: base_context.clone(),
        reads_context,
        gas,
    };
    let zeros = |params: &[ValType]| params.iter().map(|t| Value::zero(*t)).collect::<Vec<_>>();
    let first = Found {
        score: Score {
            ok: false,
            past_parsing: false,
            host_calls: 0,
            gas: 0,
        },
        input: Input::Json(Json::Object(Map::new())),
        context: base_context,
    };
    let alone: Vec<Found> = methods
        .iter()
        .map(|(name, params)| searcher.search(&[], name, &zeros(params), first.clone()))
        .collect();
    let call = |i: usize, found: &Found| PlannedCall {
        export: methods[i].0.clone(),
        args: zeros(&methods[i].1),
        input: found.input.bytes(),
        permille: 0,
        gas: None,
        context: found.context.clone(),
    };
    let init = (0..methods.len()).find(|&i| is_init_name(&methods[i].0) && alone[i].score.ok);
    let mut plans = Vec::with_capacity(methods.len());
    for (i, found) in alone.iter().enumerate() {
        let mut plan = (Vec::new(), call(i, found));
        if let Some(init) = init.filter(|&init| init != i && !found.score.ok) {
            let setup = vec![call(init, &alone[init])];
            let after =
                searcher.search(&setup, &methods[i].0, &zeros(&methods[i].1), found.clone());
            if after.score > found.score {
                plan = (setup, call(i, &after));
            }
        }
        plans.push(plan);
    }
    Some(plans)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn endings_name_how_calls_failed() {
        let parse = "Failed to deserialize input from JSON.: Error(\"missing field `a`\", line: 1, column: 2)";
        assert_eq!(
            ending("host_error.guest_panic", Some(parse)),
            "argument parsing panic"
        );
        assert_eq!(
            ending("host_error.guest_panic", Some("not initialized")),
            "other panic"
        );
        assert_eq!(ending("host_error.guest_panic", None), "other panic");
        assert_eq!(ending("gas_exhausted", None), "out of gas");
        assert_eq!(
            ending("host_error.unsupported", None),
            "unsupported host function"
        );
        assert_eq!(ending("unreachable", None), "trap unreachable");
    }

    #[test]
    fn init_names() {
        for name in [
            "new",
            "new_default_meta",
            "init",
            "init_contract",
            "initialize",
        ] {
            assert!(is_init_name(name), "{name}");
        }
        for name in ["news", "get_initial", "renew", "ft_transfer"] {
            assert!(!is_init_name(name), "{name}");
        }
    }
}
