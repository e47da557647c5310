//! vmdiff: differential fuzzing of WebAssembly contract runtimes.
//!
//! The same contract call runs on every backend (wasmer singlepass; wasmtime Winch, Cranelift
//! and Cranelift without optimisation) under every gas scheme (host-function gas, an in-module
//! gas global, the engines' native fuel), and the [`oracle`] says whether the outcomes agree
//! under the equivalence policy of `DESIGN.md`.
//!
//! The tree follows the axes: [`backend`] (one file per engine, one [`backend`] driver for
//! the engine-instance protocol), [`scheme`] (one file per gas scheme), one [`host`] model
//! every backend adapts, one [`oracle`], and the two registries that classify what it finds:
//! [`known`] classes (proven by a re-run) and [`open_findings`] (a predicate on the outcomes); the names they agree on are in [`abi`], a point of the
//! two axes is a [`config`]. [`compile_cost`] holds the compile-time bounds. The binary's
//! commands are `src/cli/<name>.rs`, each a thin layer over this library.

pub mod abi;
pub mod artefact;
pub mod backend;
pub mod bench;
pub mod campaign;
pub mod case;
pub mod check;
pub mod compile_cost;
pub mod compiled_artefacts;
pub mod config;
pub mod contract_args;
pub mod contract_plan;
pub mod contracts;
pub mod cost;
pub mod crash;
pub mod fs;
pub mod fuzzing;
pub mod gate;
pub mod generate;
pub mod host;
pub mod instrument;
pub mod known;
pub mod matrix;
pub mod near_api;
pub mod news;
pub mod open_findings;
pub mod oracle;
pub mod outcome;
#[cfg(feature = "planted-divergence")]
pub mod plant;
pub mod prepare;
pub mod profile;
pub mod scheme;
pub mod signature;
pub mod spec;
pub mod stats;
pub mod triage;
pub mod wasm;
