//! A config: one point of the matrix's two axes, a backend running a gas scheme, and the
//! gas-counting mechanism it meters with (which decides what the oracle may compare exactly).

use crate::backend::BackendName;
use crate::scheme::SchemeName;
use serde::{Deserialize, Serialize};
use std::fmt;

/// One (backend, scheme) pair.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Config {
    pub backend: BackendName,
    pub scheme: SchemeName,
}

impl fmt::Display for Config {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}/{}", self.backend, self.scheme)
    }
}

impl Config {
    /// The gas-counting mechanism: configs with the same mechanism must agree on gas exactly.
    pub fn mechanism(&self) -> &'static str {
        match self.scheme {
            SchemeName::Fuel => self.backend.info().fuel_mechanism,
            SchemeName::Near => "near",
            _ => "finite-wasm",
        }
    }
}
