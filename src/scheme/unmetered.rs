//! `unmetered`: the normalised module with no instrumentation at all. Not a gas scheme of the
//! matrix (it is never compared by the policy); the `prepare` fuzz target runs it to check that
//! instrumentation changes nothing but running out of gas or stack.

use super::error::InstrumentError;
use super::{GasScheme, SchemeName};
use crate::cost::CostTable;
use crate::host::Counter;
use crate::profile::Profile;
use finite_wasm::AnalysisOutcome;

pub struct Unmetered;

impl GasScheme for Unmetered {
    fn name(&self) -> SchemeName {
        SchemeName::Unmetered
    }

    fn counter(&self) -> Counter {
        Counter::Host
    }

    fn instrument(
        &self,
        normalised: &[u8],
        _analysis: &AnalysisOutcome,
        _profile: &Profile,
        _costs: &CostTable,
    ) -> Result<Vec<u8>, InstrumentError> {
        Ok(normalised.to_vec())
    }
}
