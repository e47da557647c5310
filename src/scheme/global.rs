//! `global`: intrinsic gas, as NEAR runs it in production. The same analysis, charge points and
//! fees as `host`, but the counter is a mutable i64 global (imported as `env.vmdiff_gas`, so the
//! host can set it before the call and read it after) that the module checks and decrements
//! inline; only exhaustion calls out. The stack height lives in a global too.

use super::error::InstrumentError;
use super::{GasScheme, SchemeName};
use crate::cost::CostTable;
use crate::host::Counter;
use crate::instrument::{InlineInstrumenter, Metering};
use crate::profile::Profile;
use finite_wasm::AnalysisOutcome;

pub struct Global;

impl GasScheme for Global {
    fn name(&self) -> SchemeName {
        SchemeName::Global
    }

    fn counter(&self) -> Counter {
        Counter::Engine
    }

    fn instrument(
        &self,
        normalised: &[u8],
        analysis: &AnalysisOutcome,
        profile: &Profile,
        _costs: &CostTable,
    ) -> Result<Vec<u8>, InstrumentError> {
        InlineInstrumenter::run(normalised, analysis, profile, Metering::InlineGlobal)
            .map_err(|e| InstrumentError::new("global", e))
    }
}
