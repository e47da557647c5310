//! The compile-cost subsystem, compile-time bounds (DESIGN.md, "Compile-time bounds"): how compile cost is measured, the
//! per-module linear budget `margin × (a + b·bytes)` calibrated per backend (`bounds.toml`),
//! and the check that flags a confirmed excess as a `compile_blowup` finding.
//!
//! Compile cost is CPU, not wall-clock: preemption on a busy machine must not look like a
//! slow compiler. Where the machine offers hardware counters, retired user-space instructions
//! are steadier still; every figure says which meter produced it.
//!
//! Its parts: [`meter`] (what cost is measured in), [`compiler`] (what is compiled),
//! [`budget`] (the per-module budget and the blowup check), [`calibrate`] (fitting the budget)
//! and [`scaling`] (how compile cost grows with module size, `vmdiff scaling`).

pub mod budget;
pub mod calibrate;
pub mod compiler;
pub mod meter;
pub mod scaling;

pub use budget::*;
pub use calibrate::*;
pub use compiler::*;
pub use meter::*;
