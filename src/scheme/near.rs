//! `near`: NEAR's own preparation, `instrument_v3` gas and fees, as `near-vm-runner` applies
//! them inside the `near-vm` and `near-wasmtime` backends. vmdiff does nothing to the module:
//! the runner receives the contract exactly as a user would deploy it, and its preparation
//! decides what is accepted (a refusal is NEAR's `CompilationError`, compared like any outcome).

use super::error::InstrumentError;
use super::{GasScheme, SchemeName};
use crate::cost::CostTable;
use crate::host::Counter;
use crate::profile::Profile;
use finite_wasm::AnalysisOutcome;

pub struct Near;

impl GasScheme for Near {
    fn name(&self) -> SchemeName {
        SchemeName::Near
    }

    /// NEAR's gas counter lives in its runner; no vmdiff host model reads it.
    fn counter(&self) -> Counter {
        Counter::Engine
    }

    fn takes_original(&self) -> bool {
        true
    }

    fn instrument(
        &self,
        normalised: &[u8],
        _analysis: &AnalysisOutcome,
        _profile: &Profile,
        _costs: &CostTable,
    ) -> Result<Vec<u8>, InstrumentError> {
        // Reached only if a caller ignores `takes_original`: the runner prepares for itself.
        Ok(normalised.to_vec())
    }
}
