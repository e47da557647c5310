//! `host`: gas through host function calls. finite-wasm's own instrumentation places a call to
//! `env.finite_wasm_gas(fee)` at every charge point, `finite_wasm_<bulk op>` before bulk
//! operations and `finite_wasm_stack`/`finite_wasm_unstack` around every frame; the host model
//! keeps both counters. Being finite-wasm's reference instrumentation, it is also the yardstick
//! the `global` scheme (vmdiff's own rewriting) is compared against.

use super::error::{error_chain, InstrumentError};
use super::{GasScheme, SchemeName};
use crate::cost::CostTable;
use crate::host::Counter;
use crate::profile::Profile;
use finite_wasm::AnalysisOutcome;

pub struct Host;

impl GasScheme for Host {
    fn name(&self) -> SchemeName {
        SchemeName::Host
    }

    fn counter(&self) -> Counter {
        Counter::Host
    }

    fn instrument(
        &self,
        normalised: &[u8],
        analysis: &AnalysisOutcome,
        _profile: &Profile,
        _costs: &CostTable,
    ) -> Result<Vec<u8>, InstrumentError> {
        analysis
            .instrument("env", normalised)
            .map_err(|e| InstrumentError::new("host", error_chain(&e)))
    }
}
