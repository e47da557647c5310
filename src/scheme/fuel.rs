//! `fuel`: the engines' own metering — wasmtime `consume_fuel` with `Config::operator_cost`
//! and wasmer-middlewares `Metering`, both built from the one cost table by the backends.
//!
//! The module is still rewritten, for two things engines do not do the same way: the stack
//! height stays the instrumentation's to bound (in a global, as in `global`), and the whole fee
//! of every bulk and grow operator is charged by a call to `env.vmdiff_charge_bulk` into the
//! engine's counter right before it (Metering has no per-byte costs, Winch ignores wasmtime's,
//! and only Cranelift checks fuel at these operators, with their own cost included: charged by
//! the host, that cost is paid at a check point both compilers share).

use super::error::InstrumentError;
use super::{GasScheme, SchemeName};
use crate::cost::CostTable;
use crate::host::Counter;
use crate::instrument::{InlineInstrumenter, Metering};
use crate::profile::Profile;
use finite_wasm::AnalysisOutcome;

pub struct Fuel;

impl GasScheme for Fuel {
    fn name(&self) -> SchemeName {
        SchemeName::Fuel
    }

    fn counter(&self) -> Counter {
        Counter::Engine
    }

    fn engine_metering(&self) -> bool {
        true
    }

    fn instrument(
        &self,
        normalised: &[u8],
        analysis: &AnalysisOutcome,
        profile: &Profile,
        costs: &CostTable,
    ) -> Result<Vec<u8>, InstrumentError> {
        InlineInstrumenter::run(normalised, analysis, profile, Metering::EngineFuel(*costs))
            .map_err(|e| InstrumentError::new("fuel", e))
    }
}
