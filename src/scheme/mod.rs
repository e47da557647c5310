//! The gas-scheme axis: how gas is counted (DESIGN.md, "gas scheme").
//!
//! Every scheme starts from the same finite-wasm analysis of the same normalised module and
//! charges from the same [`CostTable`]; they differ in where the counter lives and how the
//! module reaches it. Adding a scheme is one file here plus one line in [`build`].

mod error;
mod fuel;
mod global;
mod host;
mod near;
mod unmetered;

pub use error::{error_chain, InstrumentError};
pub use fuel::Fuel;
pub use global::Global;
pub use host::Host;
pub use near::Near;
pub use unmetered::Unmetered;

use crate::cost::CostTable;
use crate::host::Counter;
use crate::profile::Profile;
use finite_wasm::AnalysisOutcome;
use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

/// The name of a gas scheme, as written in `--schemes` and in JSON.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SchemeName {
    Host,
    Global,
    Fuel,
    /// NEAR's own preparation and gas, inside NEAR's runtimes (`near-vm`, `near-wasmtime`).
    Near,
    /// No instrumentation: only for checking that instrumentation preserves semantics.
    Unmetered,
}

impl SchemeName {
    /// What `--schemes all` means: vmdiff's schemes, which vmdiff's backends run.
    pub const ALL: [SchemeName; 3] = [SchemeName::Host, SchemeName::Global, SchemeName::Fuel];
    /// Every scheme of the matrix, `near` included (NEAR's backends run it and only it).
    pub const MATRIX: [SchemeName; 4] = [
        SchemeName::Host,
        SchemeName::Global,
        SchemeName::Fuel,
        SchemeName::Near,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            SchemeName::Host => "host",
            SchemeName::Global => "global",
            SchemeName::Fuel => "fuel",
            SchemeName::Near => "near",
            SchemeName::Unmetered => "unmetered",
        }
    }
}

impl fmt::Display for SchemeName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for SchemeName {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        SchemeName::MATRIX
            .into_iter()
            .find(|n| n.as_str() == s)
            .ok_or_else(|| format!("unknown gas scheme `{s}` (known: host, global, fuel, near)"))
    }
}

/// One way of counting gas.
pub trait GasScheme: Send + Sync {
    fn name(&self) -> SchemeName;

    /// Where the running counter lives while the guest executes.
    fn counter(&self) -> Counter;

    /// Whether the engine must meter the module itself (wasmtime fuel, wasmer `Metering`).
    fn engine_metering(&self) -> bool {
        false
    }

    /// Whether the backend gets the module as given, not vmdiff's prepared bytes: a runtime
    /// that prepares contracts itself (`near`).
    fn takes_original(&self) -> bool {
        false
    }

    /// Rewrites the normalised module so that it meters itself under this scheme.
    fn instrument(
        &self,
        normalised: &[u8],
        analysis: &AnalysisOutcome,
        profile: &Profile,
        costs: &CostTable,
    ) -> Result<Vec<u8>, InstrumentError>;
}

/// The scheme called `name`.
pub fn build(name: SchemeName) -> Box<dyn GasScheme> {
    match name {
        SchemeName::Host => Box::new(Host),
        SchemeName::Global => Box::new(Global),
        SchemeName::Fuel => Box::new(Fuel),
        SchemeName::Near => Box::new(Near),
        SchemeName::Unmetered => Box::new(Unmetered),
    }
}
