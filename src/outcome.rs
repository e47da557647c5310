//! What one config did with one case: the thing the oracle compares.
//!
//! Every backend maps its own errors onto [`TrapKind`], one normalised taxonomy. An error a
//! backend cannot map becomes [`TrapKind::Unclassified`], which never compares equal to anything
//! (not even to another unclassified error): it is a finding in itself.

use serde::{Deserialize, Serialize};
use std::fmt;

/// A Wasm value, compared bit for bit (floats are kept as their bits).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Value {
    I32(i32),
    I64(i64),
    /// The bits of an `f32`.
    F32(u32),
    /// The bits of an `f64`.
    F64(u64),
    /// A reference result: engines cannot name the same function identically, so only
    /// null-ness is compared.
    FuncRef {
        null: bool,
    },
    ExternRef {
        null: bool,
    },
}

impl Value {
    /// The zero value of a numeric type, used when a call gets no `--arg`.
    pub fn zero(ty: ValType) -> Value {
        match ty {
            ValType::I32 => Value::I32(0),
            ValType::I64 => Value::I64(0),
            ValType::F32 => Value::F32(0),
            ValType::F64 => Value::F64(0),
        }
    }

    /// Parses a command-line argument for a parameter of type `ty`.
    ///
    /// Integers accept decimal or `0x` hex; floats accept a decimal number or `0x…` raw bits,
    /// so that any NaN payload can be given exactly.
    ///
    /// ```
    /// use vmdiff::outcome::{Value, ValType};
    /// assert_eq!(Value::parse("-1", ValType::I32).unwrap(), Value::I32(-1));
    /// assert_eq!(Value::parse("0xffffffff", ValType::I32).unwrap(), Value::I32(-1));
    /// assert_eq!(Value::parse("0x7fc00001", ValType::F32).unwrap(), Value::F32(0x7fc0_0001));
    /// assert_eq!(Value::parse("1.5", ValType::F64).unwrap(), Value::F64(1.5f64.to_bits()));
    /// assert!(Value::parse("x", ValType::I64).is_err());
    /// ```
    pub fn parse(text: &str, ty: ValType) -> Result<Value, String> {
        let hex = text.strip_prefix("0x").or_else(|| text.strip_prefix("0X"));
        let bad = |_: std::num::ParseIntError| format!("`{text}` is not a valid {ty}");
        let bad_float = |_: std::num::ParseFloatError| format!("`{text}` is not a valid {ty}");
        Ok(match (ty, hex) {
            (ValType::I32, Some(h)) => Value::I32(u32::from_str_radix(h, 16).map_err(bad)? as i32),
            (ValType::I32, None) => Value::I32(
                text.parse::<i32>()
                    .or_else(|_| text.parse::<u32>().map(|v| v as i32))
                    .map_err(bad)?,
            ),
            (ValType::I64, Some(h)) => Value::I64(u64::from_str_radix(h, 16).map_err(bad)? as i64),
            (ValType::I64, None) => Value::I64(
                text.parse::<i64>()
                    .or_else(|_| text.parse::<u64>().map(|v| v as i64))
                    .map_err(bad)?,
            ),
            (ValType::F32, Some(h)) => Value::F32(u32::from_str_radix(h, 16).map_err(bad)?),
            (ValType::F32, None) => Value::F32(text.parse::<f32>().map_err(bad_float)?.to_bits()),
            (ValType::F64, Some(h)) => Value::F64(u64::from_str_radix(h, 16).map_err(bad)?),
            (ValType::F64, None) => Value::F64(text.parse::<f64>().map_err(bad_float)?.to_bits()),
        })
    }
}

impl fmt::Display for Value {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Value::I32(v) => write!(f, "i32:{v}"),
            Value::I64(v) => write!(f, "i64:{v}"),
            Value::F32(b) => write!(f, "f32:{:#010x}", b),
            Value::F64(b) => write!(f, "f64:{:#018x}", b),
            Value::FuncRef { null } => write!(f, "funcref:{}", if *null { "null" } else { "func" }),
            Value::ExternRef { null } => {
                write!(f, "externref:{}", if *null { "null" } else { "extern" })
            }
        }
    }
}

/// The numeric parameter types a call plan can supply.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ValType {
    I32,
    I64,
    F32,
    F64,
}

impl fmt::Display for ValType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            ValType::I32 => "i32",
            ValType::I64 => "i64",
            ValType::F32 => "f32",
            ValType::F64 => "f64",
        })
    }
}

/// Why a host function failed; part of [`TrapKind::HostError`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum HostErrorKind {
    /// A guest pointer/length pair outside linear memory.
    MemoryAccessViolation,
    /// The module has no memory to read from or write to.
    NoMemory,
    /// `log_utf8`/`panic_utf8` got bytes that are not UTF-8.
    BadUtf8,
    /// A register that was never written.
    InvalidRegisterId,
    /// The contract called `panic`, `panic_utf8` or `abort`.
    GuestPanic,
    /// An argument outside what the function accepts (a length too large, say).
    BadArgument,
    /// An `env` import the host model does not implement (real contracts import many).
    Unsupported,
}

/// The normalised trap taxonomy.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TrapKind {
    Unreachable,
    IntegerDivideByZero,
    IntegerOverflow,
    BadConversionToInteger,
    MemoryOutOfBounds,
    TableOutOfBounds,
    IndirectCallToNull,
    IndirectCallTypeMismatch,
    GasExhausted,
    StackExhausted,
    HostError(HostErrorKind),
    /// The backend could not compile a module the profile accepted.
    CompileFailed,
    /// The engine's own stack guard fired: nondeterministic by nature, the outcome is poisoned.
    NativeStackOverflow,
    /// How NEAR's runtime aborted a call where the shared taxonomy has no word for it: the
    /// `FunctionCallError` path in snake case, e.g. `host_error.invalid_account_id`,
    /// `compilation_error.prepare_error.deserialization`, `wasm_trap.illegal_arithmetic`
    /// (NEAR folds division by zero, overflow and bad conversions into one trap).
    /// The full message is kept in [`NearEffects::abort`].
    Near(String),
    /// An engine error nobody mapped. Never equal to anything.
    Unclassified(String),
}

impl TrapKind {
    /// The snake_case name used in JSON and signatures, e.g. `host_error.guest_panic`.
    pub fn name(&self) -> String {
        match self {
            TrapKind::HostError(kind) => format!("host_error.{}", snake(kind)),
            TrapKind::Unclassified(_) => "unclassified".to_string(),
            TrapKind::Near(path) => format!("near.{path}"),
            other => snake(other),
        }
    }

    /// Whether an outcome ending in this trap must be left out of comparison (DESIGN.md: poisoned).
    pub fn is_nondeterministic(&self) -> bool {
        matches!(self, TrapKind::NativeStackOverflow)
    }
}

fn snake<T: Serialize>(value: &T) -> String {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::String(s)) => s,
        Ok(other) => other.to_string(),
        Err(_) => "?".to_string(),
    }
}

impl fmt::Display for TrapKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            TrapKind::Unclassified(msg) => write!(f, "unclassified({msg})"),
            other => f.write_str(&other.name()),
        }
    }
}

/// How a call ended.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CallResult {
    Ok(Vec<Value>),
    Trap(TrapKind),
}

impl CallResult {
    pub fn trap(&self) -> Option<&TrapKind> {
        match self {
            CallResult::Trap(kind) => Some(kind),
            CallResult::Ok(_) => None,
        }
    }

    pub fn is_gas_exhausted(&self) -> bool {
        matches!(self, CallResult::Trap(TrapKind::GasExhausted))
    }

    /// A short label for tables and signatures: `ok` or the trap's name.
    pub fn label(&self) -> String {
        match self {
            CallResult::Ok(_) => "ok".to_string(),
            CallResult::Trap(kind) => kind.name(),
        }
    }
}

impl PartialEq for CallResult {
    fn eq(&self, other: &Self) -> bool {
        match (self, other) {
            (CallResult::Ok(a), CallResult::Ok(b)) => a == b,
            // An unclassified error is never equal to anything, itself included.
            (CallResult::Trap(TrapKind::Unclassified(_)), _)
            | (_, CallResult::Trap(TrapKind::Unclassified(_))) => false,
            (CallResult::Trap(a), CallResult::Trap(b)) => a == b,
            _ => false,
        }
    }
}

impl fmt::Display for CallResult {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CallResult::Ok(values) if values.is_empty() => f.write_str("ok"),
            CallResult::Ok(values) => {
                let shown: Vec<String> = values.iter().map(Value::to_string).collect();
                write!(f, "ok [{}]", shown.join(", "))
            }
            CallResult::Trap(kind) => write!(f, "trap {kind}"),
        }
    }
}

/// One host call: which function, its arguments, and the guest bytes it read.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct HostCall {
    pub func: String,
    pub args: Vec<i64>,
    /// Guest memory read by the call (keys, values, log text), in the order read.
    #[serde(with = "hex_bytes")]
    pub read: Vec<u8>,
}

/// What one config did with one case.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Outcome {
    pub result: CallResult,
    /// Gas the call used; under the `near` scheme NEAR's burnt gas.
    pub gas_used: u64,
    pub host_trace: Vec<HostCall>,
    /// Hash of linear memory and the mutable globals after the call, whether it returned or
    /// trapped (under rules 1 and 2 a trap happens at the same point on every config, so the
    /// memory it leaves must be the same too). `None` when no instance ran (compile or
    /// instantiation failure) and for poisoned outcomes. Under the `near` scheme, of the mocked chain
    /// state after any call (storage and recorded actions).
    pub state: Option<String>,
    /// Out of gas: what the engine's counter held and the charge it could not pay, as the
    /// backend observed them. `gas_used` is the whole limit only when this shows a real
    /// exhaustion (see [`Exhaustion::is_real`]); otherwise the outcome is an unclassified error.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub exhaustion: Option<Exhaustion>,
    /// The rest of NEAR's `VMOutcome` (the `near` scheme only): every field NEAR's consensus
    /// covers, none censored.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub near: Option<NearEffects>,
}

/// How a call ran out of gas, as observed before the counter was zeroed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Exhaustion {
    /// The counter when the charge failed (host model, inline check) or when the engine's own
    /// metering stopped the call (wasmtime fuel, wasmer `Metering`).
    pub remaining: u64,
    /// The charge that could not be paid (`u64::MAX` for a fee too large to represent);
    /// `None` when the engine's own metering stopped the call: engines report only that they
    /// ran out (wasmtime `OutOfFuel` with no fuel left, `Metering`'s exhausted flag), and the
    /// backend records the exhaustion only when that report holds.
    pub failed_charge: Option<u64>,
}

impl Exhaustion {
    /// Whether the remaining gas could not pay the failed charge.
    ///
    /// ```
    /// use vmdiff::outcome::Exhaustion;
    /// assert!(Exhaustion { remaining: 3, failed_charge: Some(4) }.is_real());
    /// assert!(!Exhaustion { remaining: 4, failed_charge: Some(4) }.is_real());
    /// assert!(Exhaustion { remaining: 0, failed_charge: None }.is_real());
    /// ```
    pub fn is_real(&self) -> bool {
        self.failed_charge
            .is_none_or(|charge| self.remaining < charge)
    }
}

/// What NEAR's runner reports of a call beyond result, burnt gas and state. Validators must
/// agree on all of it: it goes into the execution outcome the chain hashes.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct NearEffects {
    pub used_gas: u64,
    pub compute_usage: u64,
    pub logs: Vec<String>,
    /// `none`, `value:<hex>` or `receipt:<index>`.
    pub return_data: String,
    /// The abort with its message (`Debug` of NEAR's `FunctionCallError`), if the call aborted.
    pub abort: Option<String>,
    /// Balance, storage usage and subsidised amount after the call.
    pub balance: String,
    /// NEAR's per-cost gas profile (`ProfileDataV3`), as its `Debug` text: recorded on chain.
    pub profile: String,
    /// The kinds of the actions the call recorded (`CreateReceipt`, `Transfer`, ...), for the
    /// statistics: the actions themselves are compared through `state`, which hashes them.
    #[serde(default)]
    pub actions: Vec<String>,
}

impl Outcome {
    pub fn trap(kind: TrapKind, gas_used: u64, host_trace: Vec<HostCall>) -> Outcome {
        Outcome {
            result: CallResult::Trap(kind),
            gas_used,
            host_trace,
            state: None,
            near: None,
            exhaustion: None,
        }
    }

    pub fn is_poisoned(&self) -> bool {
        self.result
            .trap()
            .is_some_and(TrapKind::is_nondeterministic)
    }
}

/// Serialises byte strings as lowercase hex, which reads well in reports and diffs.
pub mod hex_bytes {
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn encode(bytes: &[u8]) -> String {
        bytes.iter().map(|b| format!("{b:02x}")).collect()
    }

    pub fn decode(text: &str) -> Result<Vec<u8>, String> {
        if text.len() % 2 != 0 {
            return Err("odd number of hex digits".into());
        }
        (0..text.len())
            .step_by(2)
            .map(|i| u8::from_str_radix(&text[i..i + 2], 16).map_err(|e| e.to_string()))
            .collect()
    }

    pub fn serialize<S: Serializer>(bytes: &[u8], s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&encode(bytes))
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<u8>, D::Error> {
        let text = String::deserialize(d)?;
        decode(&text).map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unclassified_is_never_equal() {
        let a = CallResult::Trap(TrapKind::Unclassified("boom".into()));
        assert_ne!(a, a.clone());
        assert_ne!(a, CallResult::Trap(TrapKind::Unreachable));
    }

    #[test]
    fn trap_names_are_snake_case() {
        assert_eq!(TrapKind::GasExhausted.name(), "gas_exhausted");
        assert_eq!(
            TrapKind::IntegerDivideByZero.name(),
            "integer_divide_by_zero"
        );
        assert_eq!(
            TrapKind::HostError(HostErrorKind::MemoryAccessViolation).name(),
            "host_error.memory_access_violation"
        );
    }

    #[test]
    fn float_results_compare_bits_not_values() {
        let nan_a = CallResult::Ok(vec![Value::F32(0x7fc0_0000)]);
        let nan_b = CallResult::Ok(vec![Value::F32(0xffc0_0000)]);
        assert_ne!(nan_a, nan_b);
    }
}
