//! The WebAssembly spec test suite as a second oracle (`vmdiff spec DIR`): what every config
//! *should* compute, instrumented. Each module inside the profile is prepared and compiled on
//! every config; its actions run in order on one instance per config; each config must give
//! the spec's expected result, and gas and host trace must agree across configs under the
//! policy's exact rules. Modules outside the profile, and every directive that depends on them,
//! are skipped and counted with the reason.

use crate::backend::Call;
use crate::config::Config;
use crate::matrix::Matrix;
use crate::oracle::{policy_edges, Rule};
use crate::outcome::{CallResult, Outcome, TrapKind, Value};
use crate::prepare::PrepareError;
use serde::Serialize;
use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};
use wast::core::{NanPattern, WastArgCore, WastRetCore};
use wast::{QuoteWat, WastArg, WastDirective, WastExecute, WastInvoke, WastRet};

/// Gas for every spec call: generous, so that only real exhaustion tests exhaust.
pub const SPEC_GAS: u64 = 10_000_000_000;

/// Results of one `.wast` file.
#[derive(Debug, Default, Serialize)]
pub struct FileReport {
    pub file: PathBuf,
    pub passed: u64,
    pub failed: Vec<String>,
    pub skipped: BTreeMap<String, u64>,
}

impl FileReport {
    fn skip(&mut self, reason: impl Into<String>) {
        *self.skipped.entry(reason.into()).or_default() += 1;
    }

    pub fn skipped_total(&self) -> u64 {
        self.skipped.values().sum()
    }
}

/// What a directive expects of its call.
enum Expect {
    /// A bare `invoke`: anything the spec allows, as long as every config agrees.
    Anything,
    Return(Vec<Pattern>),
    Trap(String),
    Exhaustion,
}

enum Pattern {
    I32(i32),
    I64(i64),
    F32(NanPattern<u32>),
    F64(NanPattern<u64>),
    RefNull,
    RefFunc,
    Either(Vec<Pattern>),
}

struct Action {
    line: usize,
    call: Call,
    expect: Expect,
}

/// A module of the script and the actions addressed to it.
struct SpecModule {
    wasm: Vec<u8>,
    /// Why the module is skipped (out of profile, or unsupported here).
    skipped: Option<String>,
    /// A later module was linked to it (register, imports from another module): its state
    /// may then change in ways this runner does not model, so later actions are skipped.
    linked: bool,
    actions: Vec<Action>,
}

/// The `.wast` files of `dir`, sorted.
pub fn list(dir: &Path) -> std::io::Result<Vec<PathBuf>> {
    crate::fs::files_with_extension(dir, "wast")
}

/// Runs one script through the matrix.
pub fn run_file(matrix: &Matrix, path: &Path) -> FileReport {
    let mut report = FileReport {
        file: path.to_path_buf(),
        ..FileReport::default()
    };
    let text = match std::fs::read_to_string(path) {
        Ok(text) => text,
        Err(e) => {
            report.failed.push(format!("cannot read: {e}"));
            return report;
        }
    };
    let line_of = |offset: usize| text[..offset.min(text.len())].matches('\n').count() + 1;
    let buffer = match wast::parser::ParseBuffer::new(&text) {
        Ok(buffer) => buffer,
        Err(e) => {
            report.skip(format!("script not parseable by wast 263: {e}"));
            return report;
        }
    };
    let script = match wast::parser::parse::<wast::Wast>(&buffer) {
        Ok(script) => script,
        Err(e) => {
            report.skip(format!("script not parseable by wast 263: {}", e.message()));
            return report;
        }
    };
    let mut modules: Vec<SpecModule> = Vec::new();
    let mut names: HashMap<String, usize> = HashMap::new();
    for directive in script.directives {
        let line = line_of(directive.span().offset());
        match directive {
            WastDirective::Module(mut module) => {
                let name = module_name(&module);
                let spec_module = match module.encode() {
                    Ok(wasm) => match matrix.profile.check(&wasm) {
                        Ok(()) => SpecModule {
                            wasm,
                            skipped: None,
                            linked: false,
                            actions: Vec::new(),
                        },
                        Err(why) => SpecModule {
                            wasm,
                            skipped: Some(format!("module out of profile: {}", why.rule())),
                            linked: false,
                            actions: Vec::new(),
                        },
                    },
                    Err(e) => SpecModule {
                        wasm: Vec::new(),
                        skipped: Some(format!("module not encodable: {}", e.message())),
                        linked: false,
                        actions: Vec::new(),
                    },
                };
                if let Some(why) = &spec_module.skipped {
                    report.skip(why.clone());
                    if why.ends_with(": import") {
                        // It imports from another module of the script: linking.
                        modules.iter_mut().for_each(|m| m.linked = true);
                    }
                }
                modules.push(spec_module);
                if let Some(name) = name {
                    names.insert(name, modules.len() - 1);
                }
            }
            WastDirective::AssertInvalid { mut module, .. }
            | WastDirective::AssertMalformed { mut module, .. } => {
                // The profile must reject it (a module wast cannot even encode is malformed).
                match module.encode() {
                    Err(_) => report.passed += 1,
                    Ok(wasm) => match matrix.profile.check(&wasm) {
                        Err(_) => report.passed += 1,
                        Ok(()) => report.failed.push(format!(
                            "line {line}: invalid module accepted by the profile"
                        )),
                    },
                }
            }
            WastDirective::Invoke(invoke) => add_action(
                &mut modules,
                &names,
                &mut report,
                line,
                invoke,
                Expect::Anything,
            ),
            WastDirective::AssertReturn {
                exec: WastExecute::Invoke(invoke),
                results,
                ..
            } => match results.iter().map(pattern).collect::<Option<Vec<_>>>() {
                Some(patterns) => add_action(
                    &mut modules,
                    &names,
                    &mut report,
                    line,
                    invoke,
                    Expect::Return(patterns),
                ),
                None => report.skip("expected value outside the profile (v128, externref, GC)"),
            },
            WastDirective::AssertTrap {
                exec: WastExecute::Invoke(invoke),
                message,
                ..
            } => add_action(
                &mut modules,
                &names,
                &mut report,
                line,
                invoke,
                Expect::Trap(message.to_string()),
            ),
            WastDirective::AssertExhaustion { call, .. } => add_action(
                &mut modules,
                &names,
                &mut report,
                line,
                call,
                Expect::Exhaustion,
            ),
            WastDirective::AssertReturn {
                exec: WastExecute::Get { .. },
                ..
            } => report.skip("assert on a global (no getter in the matrix)"),
            WastDirective::AssertTrap {
                exec: WastExecute::Wat(_),
                ..
            }
            | WastDirective::AssertReturn {
                exec: WastExecute::Wat(_),
                ..
            } => report.skip(
                "trap during instantiation (contract calls always instantiate successfully first)",
            ),
            WastDirective::Register { .. } => {
                modules.iter_mut().for_each(|m| m.linked = true);
                report.skip("register (linking between modules is outside the profile)")
            }
            WastDirective::AssertUnlinkable { .. } => {
                report.skip("assert_unlinkable (linking is outside the profile)")
            }
            other => report.skip(format!(
                "directive `{}` outside the profile",
                directive_name(&other)
            )),
        }
    }
    for module in &modules {
        run_module(matrix, module, &mut report);
    }
    report
}

fn module_name(module: &QuoteWat) -> Option<String> {
    match module {
        QuoteWat::Wat(wast::Wat::Module(m)) => m.id.map(|id| id.name().to_string()),
        _ => None,
    }
}

fn directive_name(directive: &WastDirective) -> &'static str {
    match directive {
        WastDirective::ModuleDefinition(_) => "module definition",
        WastDirective::ModuleInstance { .. } => "module instance",
        WastDirective::AssertException { .. } => "assert_exception",
        WastDirective::AssertSuspension { .. } => "assert_suspension",
        WastDirective::Thread(_) | WastDirective::Wait { .. } => "thread",
        WastDirective::AssertInvalidCustom { .. } | WastDirective::AssertMalformedCustom { .. } => {
            "custom-section assertion"
        }
        _ => "other",
    }
}

fn add_action(
    modules: &mut [SpecModule],
    names: &HashMap<String, usize>,
    report: &mut FileReport,
    line: usize,
    invoke: WastInvoke,
    expect: Expect,
) {
    let index = match invoke.module {
        Some(id) => names.get(id.name()).copied(),
        None => modules.len().checked_sub(1),
    };
    let Some(module) = index.and_then(|i| modules.get_mut(i)) else {
        report
            .failed
            .push(format!("line {line}: invoke before any module"));
        return;
    };
    if let Some(why) = &module.skipped {
        report.skip(why.clone());
        return;
    }
    if module.linked {
        report.skip(
            "action on a module another module was linked to (linking is outside the profile)",
        );
        return;
    }
    let args: Option<Vec<Value>> = invoke
        .args
        .iter()
        .map(|arg| match arg {
            WastArg::Core(WastArgCore::I32(v)) => Some(Value::I32(*v)),
            WastArg::Core(WastArgCore::I64(v)) => Some(Value::I64(*v)),
            WastArg::Core(WastArgCore::F32(v)) => Some(Value::F32(v.bits)),
            WastArg::Core(WastArgCore::F64(v)) => Some(Value::F64(v.bits)),
            _ => None,
        })
        .collect();
    let Some(args) = args else {
        report.skip("reference or vector arguments (calls take numbers)");
        return;
    };
    module.actions.push(Action {
        line,
        call: Call {
            export: invoke.name.to_string(),
            args,
            gas_limit: SPEC_GAS,
            prepaid_gas: SPEC_GAS,
            input: Vec::new(),
            context: Default::default(),
        },
        expect,
    });
}

fn pattern(ret: &WastRet) -> Option<Pattern> {
    let WastRet::Core(core) = ret else {
        return None;
    };
    core_pattern(core)
}

fn core_pattern(core: &WastRetCore) -> Option<Pattern> {
    Some(match core {
        WastRetCore::I32(v) => Pattern::I32(*v),
        WastRetCore::I64(v) => Pattern::I64(*v),
        WastRetCore::F32(p) => Pattern::F32(match p {
            NanPattern::CanonicalNan => NanPattern::CanonicalNan,
            NanPattern::ArithmeticNan => NanPattern::ArithmeticNan,
            NanPattern::Value(v) => NanPattern::Value(v.bits),
        }),
        WastRetCore::F64(p) => Pattern::F64(match p {
            NanPattern::CanonicalNan => NanPattern::CanonicalNan,
            NanPattern::ArithmeticNan => NanPattern::ArithmeticNan,
            NanPattern::Value(v) => NanPattern::Value(v.bits),
        }),
        WastRetCore::RefNull(_) => Pattern::RefNull,
        WastRetCore::RefFunc(_) => Pattern::RefFunc,
        WastRetCore::Either(cases) => {
            Pattern::Either(cases.iter().map(core_pattern).collect::<Option<_>>()?)
        }
        _ => return None,
    })
}

fn matches(pattern: &Pattern, value: &Value) -> bool {
    match (pattern, value) {
        (Pattern::I32(e), Value::I32(v)) => e == v,
        (Pattern::I64(e), Value::I64(v)) => e == v,
        (Pattern::F32(NanPattern::Value(e)), Value::F32(v)) => e == v,
        (Pattern::F32(NanPattern::CanonicalNan), Value::F32(v)) => v & 0x7fff_ffff == 0x7fc0_0000,
        (Pattern::F32(NanPattern::ArithmeticNan), Value::F32(v)) => v & 0x7fc0_0000 == 0x7fc0_0000,
        (Pattern::F64(NanPattern::Value(e)), Value::F64(v)) => e == v,
        (Pattern::F64(NanPattern::CanonicalNan), Value::F64(v)) => {
            v & 0x7fff_ffff_ffff_ffff == 0x7ff8_0000_0000_0000
        }
        (Pattern::F64(NanPattern::ArithmeticNan), Value::F64(v)) => {
            v & 0x7ff8_0000_0000_0000 == 0x7ff8_0000_0000_0000
        }
        (Pattern::RefNull, Value::FuncRef { null } | Value::ExternRef { null }) => *null,
        (Pattern::RefFunc, Value::FuncRef { null }) => !null,
        (Pattern::Either(cases), value) => cases.iter().any(|c| matches(c, value)),
        _ => false,
    }
}

/// The trap kind a spec message names, where the taxonomy has one.
pub fn trap_for_message(message: &str) -> Option<TrapKind> {
    let table: [(&str, TrapKind); 9] = [
        ("unreachable", TrapKind::Unreachable),
        ("integer divide by zero", TrapKind::IntegerDivideByZero),
        ("integer overflow", TrapKind::IntegerOverflow),
        (
            "invalid conversion to integer",
            TrapKind::BadConversionToInteger,
        ),
        ("out of bounds memory access", TrapKind::MemoryOutOfBounds),
        ("out of bounds table access", TrapKind::TableOutOfBounds),
        ("undefined element", TrapKind::TableOutOfBounds),
        ("uninitialized element", TrapKind::IndirectCallToNull),
        (
            "indirect call type mismatch",
            TrapKind::IndirectCallTypeMismatch,
        ),
    ];
    table
        .into_iter()
        .find(|(m, _)| message.starts_with(m))
        .map(|(_, kind)| kind)
}

/// Checks one config's outcome against the directive; `None` when it passes.
fn check(expect: &Expect, outcome: &Outcome) -> Option<String> {
    let result = &outcome.result;
    let fail = |what: String| Some(format!("{what}, got {result}"));
    match expect {
        Expect::Anything => match result.trap() {
            Some(TrapKind::Unclassified(_)) | Some(TrapKind::CompileFailed) => {
                fail("an unclassified error".into())
            }
            _ => None,
        },
        Expect::Return(patterns) => match result {
            CallResult::Ok(values)
                if values.len() == patterns.len()
                    && patterns.iter().zip(values).all(|(p, v)| matches(p, v)) =>
            {
                None
            }
            _ => fail("expected the spec's values".into()),
        },
        Expect::Trap(message) => match (trap_for_message(message), result.trap()) {
            (Some(expected), Some(actual)) if &expected == actual => None,
            (None, Some(actual)) if !matches!(actual, TrapKind::Unclassified(_)) => None,
            _ => fail(format!("expected trap `{message}`")),
        },
        Expect::Exhaustion => match result.trap() {
            Some(TrapKind::StackExhausted) => None,
            _ => fail("expected the instrumented stack to be exhausted".into()),
        },
    }
}

fn run_module(matrix: &Matrix, module: &SpecModule, report: &mut FileReport) {
    if module.skipped.is_some() || module.actions.is_empty() {
        return;
    }
    let prepared = match matrix.prepare(&module.wasm) {
        Ok(prepared) => prepared,
        Err(PrepareError::Rejected(why)) => {
            for _ in &module.actions {
                report.skip(format!("module out of profile: {}", why.rule()));
            }
            return;
        }
        Err(defect) => {
            report.failed.push(format!("preparation defect: {defect}"));
            return;
        }
    };
    let compiled = matrix.compile(&prepared);
    let calls: Vec<Call> = module.actions.iter().map(|a| a.call.clone()).collect();
    let per_call = matrix.run_sequence(&compiled, &calls);
    let configs: Vec<Config> = compiled.configs.clone();
    let edges: Vec<(usize, usize)> = policy_edges(&configs)
        .into_iter()
        .filter(|(_, _, rule)| *rule != Rule::CrossMechanism)
        .map(|(l, r, _)| (l, r))
        .collect();
    for (action, outcomes) in module.actions.iter().zip(per_call) {
        let mut problems: Vec<String> = outcomes
            .iter()
            .filter(|(_, o)| !o.is_poisoned())
            .filter_map(|(config, outcome)| {
                check(&action.expect, outcome).map(|p| format!("{config}: {p}"))
            })
            .collect();
        for (l, r) in &edges {
            let ((lc, lo), (rc, ro)) = (&outcomes[*l], &outcomes[*r]);
            if lo.gas_used != ro.gas_used || lo.host_trace != ro.host_trace {
                problems.push(format!(
                    "{lc} vs {rc}: gas {} vs {}",
                    lo.gas_used, ro.gas_used
                ));
            }
        }
        if outcomes.iter().any(|(_, o)| o.is_poisoned()) {
            report.skip("poisoned (native stack overflow)");
        } else if problems.is_empty() {
            report.passed += 1;
        } else {
            report.failed.push(format!(
                "line {} `{}`: {}",
                action.line,
                action.call.export,
                problems.join("; ")
            ));
        }
    }
}
