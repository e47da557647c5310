//! The names a prepared module and the engines agree on, in one place: the imports and exports
//! preparation adds for each gas scheme and for the state hash, and the contract API generated
//! modules may import. The host model ([`crate::host`]) implements them, preparation and the
//! inline instrumentation write them, the engines link and read them.

use crate::outcome::ValType;
use ValType::{I32, I64};

/// Names of the imports preparation adds for the `global` and `fuel` schemes.
pub const GAS_GLOBAL: &str = "vmdiff_gas";
pub const STACK_GLOBAL: &str = "vmdiff_stack";
pub const EXHAUSTED_FN: &str = "vmdiff_exhausted";
pub const CHARGE_BULK_FN: &str = "vmdiff_charge_bulk";
/// `vmdiff_exhausted`'s first argument (the second is the charge that could not be paid).
pub const EXHAUSTED_GAS: i32 = 0;
pub const EXHAUSTED_STACK: i32 = 1;

/// Prefix of the exports that expose mutable globals for the state hash.
pub const STATE_GLOBAL_PREFIX: &str = "vmdiff_state_global_";

/// The contract API generated modules may import: (name, params, results).
pub const CONTRACT_API: &[(&str, &[ValType], &[ValType])] = &[
    ("read_register", &[I64, I64], &[]),
    ("register_len", &[I64], &[I64]),
    ("write_register", &[I64, I64, I64], &[]),
    ("input", &[I64], &[]),
    ("value_return", &[I64, I64], &[]),
    ("log_utf8", &[I64, I64], &[]),
    ("panic", &[], &[]),
    ("panic_utf8", &[I64, I64], &[]),
    ("abort", &[I32, I32, I32, I32], &[]),
    ("storage_write", &[I64, I64, I64, I64, I64], &[I64]),
    ("storage_read", &[I64, I64, I64], &[I64]),
    ("storage_remove", &[I64, I64, I64], &[I64]),
    ("storage_has_key", &[I64, I64], &[I64]),
    ("current_account_id", &[I64], &[]),
    ("signer_account_id", &[I64], &[]),
    ("predecessor_account_id", &[I64], &[]),
    ("block_index", &[], &[I64]),
    ("block_timestamp", &[], &[I64]),
    ("epoch_height", &[], &[I64]),
    ("storage_usage", &[], &[I64]),
    ("account_balance", &[I64], &[]),
    ("attached_deposit", &[I64], &[]),
    ("prepaid_gas", &[], &[I64]),
    ("sha256", &[I64, I64, I64], &[]),
];

/// The import signature the model expects for a known contract API function.
pub fn contract_api_signature(name: &str) -> Option<(&'static [ValType], &'static [ValType])> {
    CONTRACT_API
        .iter()
        .find(|(n, _, _)| *n == name)
        .map(|(_, params, results)| (*params, *results))
}
