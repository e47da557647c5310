//! The one host model every backend adapts (STYLE.md: never a copy of host logic per engine).
//!
//! It holds a contract call's host state — input, registers, storage, logs, return value, the
//! host-side gas and stack counters — and implements every `env` import a prepared module may
//! have: the NEAR-like contract API and the instrumentation imports of each gas scheme. A
//! backend only translates values and gives the model a [`Guest`] view of the running instance.

use crate::abi::{CHARGE_BULK_FN, EXHAUSTED_FN, EXHAUSTED_STACK};
// generate.rs takes the contract API from here; kept while parallel work changes that file.
use crate::outcome::{Exhaustion, HostCall, HostErrorKind, TrapKind, Value};
use std::collections::BTreeMap;

/// What the host model needs from the instance that called it.
pub trait Guest {
    /// Reads `len` bytes of linear memory at `ptr`.
    fn read(&mut self, ptr: u64, len: u64) -> Result<Vec<u8>, HostErrorKind>;
    /// Writes `bytes` into linear memory at `ptr`.
    fn write(&mut self, ptr: u64, bytes: &[u8]) -> Result<(), HostErrorKind>;
    /// Remaining gas where the scheme keeps it inside the engine (a module global, engine fuel).
    fn gas_remaining(&mut self) -> u64;
    fn set_gas_remaining(&mut self, remaining: u64);
}

/// Where a gas scheme keeps the running counter while the guest executes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Counter {
    /// In the host model: the `host` scheme's `finite_wasm_gas` calls decrement it.
    Host,
    /// In the engine: a module global (`global`) or the engine's fuel (`fuel`). Host functions
    /// read it before charging and write it back after (the counter has one owner at a time).
    Engine,
}

/// Costs of host functions: `base` per call plus `per_byte` for every byte moved across the
/// boundary. Charged through the scheme's counter, before the effect.
pub const HOST_BASE_COST: u64 = 50;
pub const HOST_PER_BYTE_COST: u64 = 1;
/// A single host read or write larger than this is refused (a host resource limit that is the
/// same on every config, so it is a named host error, not nondeterminism).
pub const MAX_HOST_TRANSFER: u64 = 1 << 20;

/// Fixed, deterministic context the contract API reports.
pub const CURRENT_ACCOUNT: &[u8] = b"contract.vmdiff.near";
pub const SIGNER_ACCOUNT: &[u8] = b"alice.vmdiff.near";
pub const PREDECESSOR_ACCOUNT: &[u8] = b"bob.vmdiff.near";
pub const BLOCK_HEIGHT: u64 = 1_000_000;
pub const BLOCK_TIMESTAMP: u64 = 1_764_000_000_000_000_000;
pub const EPOCH_HEIGHT: u64 = 1_000;
pub const ACCOUNT_BALANCE: u128 = 10u128.pow(27);
pub const ATTACHED_DEPOSIT: u128 = 0;

thread_local! {
    /// The bulk operators finite-wasm's instrumentation charged on this thread (under the
    /// `host` scheme it charges each one, through the host, right before it runs): what the
    /// campaign reports as reached ([`take_bulk_operators_run`]). Outside every outcome, so
    /// that nothing compared depends on it.
    static BULK_OPERATORS_RUN: std::cell::RefCell<std::collections::BTreeSet<&'static str>> =
        Default::default();
}

/// The bulk operators (`memory_copy`, `table_fill`, ...) run on this thread since the last
/// take, under the `host` scheme.
pub fn take_bulk_operators_run() -> std::collections::BTreeSet<&'static str> {
    BULK_OPERATORS_RUN.with(|run| std::mem::take(&mut *run.borrow_mut()))
}

/// Every host function the model knows, by import name.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum HostFunc {
    // Instrumentation of the `host` scheme (finite-wasm's imports).
    FiniteWasmGas,
    FiniteWasmBulk(&'static str),
    FiniteWasmStack,
    FiniteWasmUnstack,
    // Instrumentation of the `global` and `fuel` schemes.
    Exhausted,
    ChargeBulk,
    // The contract API.
    ReadRegister,
    RegisterLen,
    WriteRegister,
    Input,
    ValueReturn,
    LogUtf8,
    Panic,
    PanicUtf8,
    Abort,
    StorageWrite,
    StorageRead,
    StorageRemove,
    StorageHasKey,
    CurrentAccountId,
    SignerAccountId,
    PredecessorAccountId,
    BlockIndex,
    BlockTimestamp,
    EpochHeight,
    StorageUsage,
    AccountBalance,
    AttachedDeposit,
    PrepaidGas,
    Sha256,
    /// An `env` import the model does not implement: calling it is a named host error.
    Unsupported,
}

impl HostFunc {
    /// Resolves an `env` import name. Unknown names are [`HostFunc::Unsupported`].
    pub fn from_import(name: &str) -> HostFunc {
        use HostFunc::*;
        match name {
            "finite_wasm_gas" => FiniteWasmGas,
            "finite_wasm_memory_copy" => FiniteWasmBulk("memory_copy"),
            "finite_wasm_memory_fill" => FiniteWasmBulk("memory_fill"),
            "finite_wasm_memory_init" => FiniteWasmBulk("memory_init"),
            "finite_wasm_table_copy" => FiniteWasmBulk("table_copy"),
            "finite_wasm_table_fill" => FiniteWasmBulk("table_fill"),
            "finite_wasm_table_init" => FiniteWasmBulk("table_init"),
            "finite_wasm_stack" => FiniteWasmStack,
            "finite_wasm_unstack" => FiniteWasmUnstack,
            EXHAUSTED_FN => Exhausted,
            CHARGE_BULK_FN => ChargeBulk,
            "read_register" => ReadRegister,
            "register_len" => RegisterLen,
            "write_register" => WriteRegister,
            "input" => Input,
            "value_return" => ValueReturn,
            "log_utf8" => LogUtf8,
            "panic" => Panic,
            "panic_utf8" => PanicUtf8,
            "abort" => Abort,
            "storage_write" => StorageWrite,
            "storage_read" => StorageRead,
            "storage_remove" => StorageRemove,
            "storage_has_key" => StorageHasKey,
            "current_account_id" => CurrentAccountId,
            "signer_account_id" => SignerAccountId,
            "predecessor_account_id" => PredecessorAccountId,
            "block_index" => BlockIndex,
            "block_timestamp" => BlockTimestamp,
            "epoch_height" => EpochHeight,
            "storage_usage" => StorageUsage,
            "account_balance" => AccountBalance,
            "attached_deposit" => AttachedDeposit,
            "prepaid_gas" => PrepaidGas,
            "sha256" => Sha256,
            _ => Unsupported,
        }
    }

    /// Whether calls to it are part of the host trace. Instrumentation calls are not: they
    /// differ by scheme by design, and their effect is already in `gas_used`.
    pub fn is_traced(self) -> bool {
        !matches!(
            self,
            HostFunc::FiniteWasmGas
                | HostFunc::FiniteWasmBulk(_)
                | HostFunc::FiniteWasmStack
                | HostFunc::FiniteWasmUnstack
                | HostFunc::Exhausted
                | HostFunc::ChargeBulk
        )
    }

    /// Whether it ends the call by design, as a guest panic, once its arguments are read.
    pub fn ends_the_call(self) -> bool {
        matches!(
            self,
            HostFunc::Panic | HostFunc::PanicUtf8 | HostFunc::Abort
        )
    }
}

/// A host function's failure: it ends the call with this trap.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("vmdiff host trap: {0}")]
pub struct HostTrap(pub TrapKind);

impl From<HostErrorKind> for HostTrap {
    fn from(kind: HostErrorKind) -> Self {
        HostTrap(TrapKind::HostError(kind))
    }
}

/// The host side of one contract call.
#[derive(Debug)]
pub struct HostState {
    pub input: Vec<u8>,
    pub gas_limit: u64,
    /// What `prepaid_gas` reports (see [`crate::backend::Call::prepaid_gas`]).
    pub prepaid_gas: u64,
    counter: Counter,
    /// The host-side counter ([`Counter::Host`] only).
    host_remaining: u64,
    /// Remaining instrumented stack (the `host` scheme's `finite_wasm_stack`).
    stack_remaining: u64,
    registers: BTreeMap<u64, Vec<u8>>,
    storage: BTreeMap<Vec<u8>, Vec<u8>>,
    pub trace: Vec<HostCall>,
    /// The counter and the charge it could not pay, when the call ran out of gas here (a host
    /// charge, or the inline check's `vmdiff_exhausted`).
    exhaustion: Option<Exhaustion>,
}

impl HostState {
    pub fn new(input: Vec<u8>, gas_limit: u64, counter: Counter, max_stack: u64) -> HostState {
        HostState {
            input,
            gas_limit,
            prepaid_gas: gas_limit,
            counter,
            host_remaining: gas_limit,
            stack_remaining: max_stack,
            registers: BTreeMap::new(),
            storage: BTreeMap::new(),
            trace: Vec::new(),
            exhaustion: None,
        }
    }

    /// Starts the next call of a sequence on the same instance: the gas limit, the input and
    /// the instrumented stack are reset; storage and registers carry over.
    pub fn start_call(&mut self, gas_limit: u64, prepaid_gas: u64, input: &[u8], max_stack: u64) {
        self.gas_limit = gas_limit;
        self.prepaid_gas = prepaid_gas;
        self.host_remaining = gas_limit;
        self.stack_remaining = max_stack;
        self.input = input.to_vec();
        self.trace.clear();
        self.exhaustion = None;
    }

    /// How the call that just ended ran out of gas in the host model, if it did.
    pub fn take_exhaustion(&mut self) -> Option<Exhaustion> {
        self.exhaustion.take()
    }

    /// Records an exhaustion before the counter is zeroed.
    fn exhausted(&mut self, remaining: u64, failed_charge: u64) {
        self.exhaustion = Some(Exhaustion {
            remaining,
            failed_charge: Some(failed_charge),
        });
    }

    /// The trace of the call that just ended.
    pub fn take_trace(&mut self) -> Vec<HostCall> {
        std::mem::take(&mut self.trace)
    }

    /// The host-side counter (meaningful for [`Counter::Host`] only).
    pub fn host_remaining(&self) -> u64 {
        self.host_remaining
    }

    /// Remaining gas, wherever the scheme keeps it.
    pub fn gas_remaining(&self, guest: &mut dyn Guest) -> u64 {
        match self.counter {
            Counter::Host => self.host_remaining,
            Counter::Engine => guest.gas_remaining(),
        }
    }

    fn set_gas_remaining(&mut self, guest: &mut dyn Guest, remaining: u64) {
        match self.counter {
            Counter::Host => self.host_remaining = remaining,
            Counter::Engine => guest.set_gas_remaining(remaining),
        }
    }

    /// Charges `fee` (None: a fee too large to represent). Out of gas: the counter becomes 0
    /// and the call traps with `gas_exhausted` (DESIGN.md).
    pub fn charge(&mut self, guest: &mut dyn Guest, fee: Option<u64>) -> Result<(), HostTrap> {
        let remaining = self.gas_remaining(guest);
        match fee {
            Some(fee) if fee <= remaining => {
                self.set_gas_remaining(guest, remaining - fee);
                Ok(())
            }
            _ => {
                self.exhausted(remaining, fee.unwrap_or(u64::MAX));
                self.set_gas_remaining(guest, 0);
                Err(HostTrap(TrapKind::GasExhausted))
            }
        }
    }

    fn charge_bytes(&mut self, guest: &mut dyn Guest, bytes: u64) -> Result<(), HostTrap> {
        if bytes > MAX_HOST_TRANSFER {
            return Err(HostErrorKind::BadArgument.into());
        }
        self.charge(guest, Some(bytes * HOST_PER_BYTE_COST))
    }

    /// Reads guest memory, charging for it first and recording it in the trace.
    fn read(&mut self, guest: &mut dyn Guest, ptr: u64, len: u64) -> Result<Vec<u8>, HostTrap> {
        self.charge_bytes(guest, len)?;
        let bytes = guest.read(ptr, len)?;
        if let Some(call) = self.trace.last_mut() {
            call.read.extend_from_slice(&bytes);
        }
        Ok(bytes)
    }

    fn write(&mut self, guest: &mut dyn Guest, ptr: u64, bytes: &[u8]) -> Result<(), HostTrap> {
        self.charge_bytes(guest, bytes.len() as u64)?;
        Ok(guest.write(ptr, bytes)?)
    }

    fn set_register(
        &mut self,
        guest: &mut dyn Guest,
        id: u64,
        bytes: Vec<u8>,
    ) -> Result<(), HostTrap> {
        self.charge_bytes(guest, bytes.len() as u64)?;
        self.registers.insert(id, bytes);
        Ok(())
    }

    fn read_utf8(&mut self, guest: &mut dyn Guest, len: u64, ptr: u64) -> Result<String, HostTrap> {
        let bytes = self.read(guest, ptr, len)?;
        String::from_utf8(bytes).map_err(|_| HostErrorKind::BadUtf8.into())
    }

    fn storage_key(
        &mut self,
        guest: &mut dyn Guest,
        len: u64,
        ptr: u64,
    ) -> Result<Vec<u8>, HostTrap> {
        self.read(guest, ptr, len)
    }

    /// Calls host function `func` with `args`; returns its results.
    pub fn call(
        &mut self,
        func: HostFunc,
        name: &str,
        args: &[Value],
        guest: &mut dyn Guest,
    ) -> Result<Vec<Value>, HostTrap> {
        let ints: Vec<i64> = args
            .iter()
            .map(|v| match *v {
                Value::I32(x) => i64::from(x as u32),
                Value::I64(x) => x,
                Value::F32(b) => i64::from(b),
                Value::F64(b) => b as i64,
                Value::FuncRef { .. } | Value::ExternRef { .. } => 0,
            })
            .collect();
        let arg = |i: usize| ints.get(i).copied().unwrap_or(0) as u64;
        if func.is_traced() {
            self.trace.push(HostCall {
                func: name.to_string(),
                args: ints.clone(),
                read: Vec::new(),
            });
            self.charge(guest, Some(HOST_BASE_COST))?;
        }
        use HostFunc::*;
        let none = Ok(Vec::new());
        let int = |v: u64| Ok(vec![Value::I64(v as i64)]);
        match func {
            FiniteWasmGas => {
                self.charge(guest, Some(arg(0)))?;
                none
            }
            FiniteWasmBulk(_) | ChargeBulk => {
                if let FiniteWasmBulk(operator) = func {
                    BULK_OPERATORS_RUN.with(|run| run.borrow_mut().insert(operator));
                }
                // (count: i32, linear: i64, constant: i64) -> count
                let count = arg(0) & 0xffff_ffff;
                let fee = arg(1)
                    .checked_mul(count)
                    .and_then(|v| v.checked_add(arg(2)));
                self.charge(guest, fee)?;
                Ok(vec![args.first().copied().unwrap_or(Value::I32(0))])
            }
            FiniteWasmStack => {
                let size = arg(0).checked_add(arg(1));
                match size {
                    Some(size) if size <= self.stack_remaining => {
                        self.stack_remaining -= size;
                        none
                    }
                    _ => Err(HostTrap(TrapKind::StackExhausted)),
                }
            }
            FiniteWasmUnstack => {
                let size = arg(0).saturating_add(arg(1));
                self.stack_remaining = self.stack_remaining.saturating_add(size);
                none
            }
            Exhausted => {
                if arg(0) as i32 == EXHAUSTED_STACK {
                    Err(HostTrap(TrapKind::StackExhausted))
                } else {
                    let remaining = self.gas_remaining(guest);
                    self.exhausted(remaining, arg(1));
                    self.set_gas_remaining(guest, 0);
                    Err(HostTrap(TrapKind::GasExhausted))
                }
            }
            ReadRegister => {
                let bytes = self
                    .registers
                    .get(&arg(0))
                    .cloned()
                    .ok_or(HostTrap::from(HostErrorKind::InvalidRegisterId))?;
                self.write(guest, arg(1), &bytes)?;
                none
            }
            RegisterLen => int(self
                .registers
                .get(&arg(0))
                .map_or(u64::MAX, |r| r.len() as u64)),
            WriteRegister => {
                let bytes = self.read(guest, arg(2), arg(1))?;
                self.set_register(guest, arg(0), bytes)?;
                none
            }
            Input => {
                let input = self.input.clone();
                self.set_register(guest, arg(0), input)?;
                none
            }
            ValueReturn => {
                self.read(guest, arg(1), arg(0))?;
                none
            }
            LogUtf8 => {
                self.read_utf8(guest, arg(0), arg(1))?;
                none
            }
            Panic | Abort => Err(HostErrorKind::GuestPanic.into()),
            PanicUtf8 => {
                self.read_utf8(guest, arg(0), arg(1))?;
                Err(HostErrorKind::GuestPanic.into())
            }
            StorageWrite => {
                let key = self.storage_key(guest, arg(0), arg(1))?;
                let value = self.read(guest, arg(3), arg(2))?;
                match self.storage.insert(key, value) {
                    Some(old) => {
                        self.set_register(guest, arg(4), old)?;
                        int(1)
                    }
                    None => int(0),
                }
            }
            StorageRead | StorageRemove => {
                let key = self.storage_key(guest, arg(0), arg(1))?;
                let found = if func == StorageRemove {
                    self.storage.remove(&key)
                } else {
                    self.storage.get(&key).cloned()
                };
                match found {
                    Some(value) => {
                        self.set_register(guest, arg(2), value)?;
                        int(1)
                    }
                    None => int(0),
                }
            }
            StorageHasKey => {
                let key = self.storage_key(guest, arg(0), arg(1))?;
                int(u64::from(self.storage.contains_key(&key)))
            }
            CurrentAccountId => self
                .set_register(guest, arg(0), CURRENT_ACCOUNT.to_vec())
                .map(|_| vec![]),
            SignerAccountId => self
                .set_register(guest, arg(0), SIGNER_ACCOUNT.to_vec())
                .map(|_| vec![]),
            PredecessorAccountId => self
                .set_register(guest, arg(0), PREDECESSOR_ACCOUNT.to_vec())
                .map(|_| vec![]),
            BlockIndex => int(BLOCK_HEIGHT),
            BlockTimestamp => int(BLOCK_TIMESTAMP),
            EpochHeight => int(EPOCH_HEIGHT),
            StorageUsage => int(self
                .storage
                .iter()
                .map(|(k, v)| (k.len() + v.len()) as u64)
                .sum()),
            AccountBalance => self
                .write(guest, arg(0), &ACCOUNT_BALANCE.to_le_bytes())
                .map(|_| vec![]),
            AttachedDeposit => self
                .write(guest, arg(0), &ATTACHED_DEPOSIT.to_le_bytes())
                .map(|_| vec![]),
            PrepaidGas => int(self.prepaid_gas),
            Sha256 => {
                use sha2::Digest;
                let data = self.read(guest, arg(1), arg(0))?;
                let digest = sha2::Sha256::digest(&data).to_vec();
                self.set_register(guest, arg(2), digest)?;
                none
            }
            Unsupported => Err(HostErrorKind::Unsupported.into()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A guest with a flat memory and an engine-side counter, to test the model alone.
    struct FlatGuest {
        memory: Vec<u8>,
        engine_gas: u64,
    }

    impl Guest for FlatGuest {
        fn read(&mut self, ptr: u64, len: u64) -> Result<Vec<u8>, HostErrorKind> {
            let end = ptr
                .checked_add(len)
                .ok_or(HostErrorKind::MemoryAccessViolation)?;
            self.memory
                .get(ptr as usize..end as usize)
                .map(<[u8]>::to_vec)
                .ok_or(HostErrorKind::MemoryAccessViolation)
        }
        fn write(&mut self, ptr: u64, bytes: &[u8]) -> Result<(), HostErrorKind> {
            let end = ptr as usize + bytes.len();
            self.memory
                .get_mut(ptr as usize..end)
                .ok_or(HostErrorKind::MemoryAccessViolation)?
                .copy_from_slice(bytes);
            Ok(())
        }
        fn gas_remaining(&mut self) -> u64 {
            self.engine_gas
        }
        fn set_gas_remaining(&mut self, remaining: u64) {
            self.engine_gas = remaining;
        }
    }

    fn guest() -> FlatGuest {
        let mut memory = vec![0u8; 256];
        memory[..5].copy_from_slice(b"hello");
        memory[16] = 0xff;
        FlatGuest {
            memory,
            engine_gas: 1_000,
        }
    }

    #[test]
    fn storage_round_trips_through_registers() {
        let mut host = HostState::new(vec![], 1_000, Counter::Host, 100);
        let mut g = guest();
        let i = |v: i64| Value::I64(v);
        let wrote = host
            .call(
                HostFunc::StorageWrite,
                "storage_write",
                &[i(2), i(0), i(5), i(0), i(7)],
                &mut g,
            )
            .unwrap();
        assert_eq!(wrote, vec![Value::I64(0)]);
        let read = host
            .call(
                HostFunc::StorageRead,
                "storage_read",
                &[i(2), i(0), i(3)],
                &mut g,
            )
            .unwrap();
        assert_eq!(read, vec![Value::I64(1)]);
        host.call(
            HostFunc::ReadRegister,
            "read_register",
            &[i(3), i(100)],
            &mut g,
        )
        .unwrap();
        assert_eq!(&g.memory[100..105], b"hello");
        // Base cost per traced call plus a byte each for key, value, register and copy-out.
        assert_eq!(
            host.gas_remaining(&mut g),
            1_000 - 3 * HOST_BASE_COST - 7 - 2 - 5 - 5
        );
        assert_eq!(host.trace.len(), 3);
        assert_eq!(host.trace[0].read, b"hehello".to_vec());
    }

    #[test]
    fn out_of_bounds_and_bad_utf8_are_named_host_errors() {
        let mut host = HostState::new(vec![], 1_000, Counter::Host, 100);
        let mut g = guest();
        let err = host
            .call(
                HostFunc::LogUtf8,
                "log_utf8",
                &[Value::I64(10), Value::I64(250)],
                &mut g,
            )
            .unwrap_err();
        assert_eq!(
            err.0,
            TrapKind::HostError(HostErrorKind::MemoryAccessViolation)
        );
        let err = host
            .call(
                HostFunc::LogUtf8,
                "log_utf8",
                &[Value::I64(1), Value::I64(16)],
                &mut g,
            )
            .unwrap_err();
        assert_eq!(err.0, TrapKind::HostError(HostErrorKind::BadUtf8));
    }

    #[test]
    fn engine_counter_is_read_and_written_back() {
        let mut host = HostState::new(vec![], 1_000, Counter::Engine, 100);
        let mut g = guest();
        g.engine_gas = HOST_BASE_COST + 3;
        host.call(
            HostFunc::LogUtf8,
            "log_utf8",
            &[Value::I64(3), Value::I64(0)],
            &mut g,
        )
        .unwrap();
        assert_eq!(g.engine_gas, 0);
        let err = host
            .call(HostFunc::BlockIndex, "block_index", &[], &mut g)
            .unwrap_err();
        assert_eq!(err.0, TrapKind::GasExhausted);
    }

    #[test]
    fn finite_wasm_gas_exhaustion_zeroes_the_counter() {
        let mut host = HostState::new(vec![], 10, Counter::Host, 100);
        let mut g = guest();
        host.call(
            HostFunc::FiniteWasmGas,
            "finite_wasm_gas",
            &[Value::I64(7)],
            &mut g,
        )
        .unwrap();
        let err = host
            .call(
                HostFunc::FiniteWasmGas,
                "finite_wasm_gas",
                &[Value::I64(4)],
                &mut g,
            )
            .unwrap_err();
        assert_eq!(err.0, TrapKind::GasExhausted);
        assert_eq!(host.gas_remaining(&mut g), 0);
        assert!(
            host.trace.is_empty(),
            "instrumentation calls are not traced"
        );
    }

    #[test]
    fn stack_limit_is_enforced() {
        let mut host = HostState::new(vec![], 10, Counter::Host, 100);
        let mut g = guest();
        let frame = [Value::I64(40), Value::I64(20)];
        host.call(
            HostFunc::FiniteWasmStack,
            "finite_wasm_stack",
            &frame,
            &mut g,
        )
        .unwrap();
        let err = host
            .call(
                HostFunc::FiniteWasmStack,
                "finite_wasm_stack",
                &frame,
                &mut g,
            )
            .unwrap_err();
        assert_eq!(err.0, TrapKind::StackExhausted);
        host.call(
            HostFunc::FiniteWasmUnstack,
            "finite_wasm_unstack",
            &frame,
            &mut g,
        )
        .unwrap();
        host.call(
            HostFunc::FiniteWasmStack,
            "finite_wasm_stack",
            &frame,
            &mut g,
        )
        .unwrap();
    }
}
