//! The one cost table every gas scheme charges from (DESIGN.md, "gas scheme").
//!
//! Operators are named by wasmparser's operator identifiers (`I32Add`, `MemoryFill`, …), which
//! are the same in every wasmparser release in the dependency tree: finite-wasm's, wasmtime's and
//! wasmer's each adapt the table through their own `for_each_operator!` macro, so the table
//! itself never depends on one parser version.

/// A fee of the form `constant + linear · n`, where `n` is the number of bytes or elements a
/// bulk operation touches (always 0 for other operators).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Fee {
    pub constant: u64,
    pub linear: u64,
}

impl Fee {
    pub const ZERO: Fee = Fee {
        constant: 0,
        linear: 0,
    };

    /// The total fee for `count` units, or `None` when it does not fit in a u64 (which every
    /// scheme treats as running out of gas).
    pub fn total(self, count: u64) -> Option<u64> {
        self.linear.checked_mul(count)?.checked_add(self.constant)
    }
}

/// Bulk operators: those whose cost scales with the count on top of the stack.
pub const BULK_OPERATORS: [&str; 6] = [
    "MemoryFill",
    "MemoryCopy",
    "MemoryInit",
    "TableFill",
    "TableCopy",
    "TableInit",
];

/// The grows: a constant fee, but like the bulk operators a fuel check point for Cranelift
/// when their size is not a constant.
pub const GROW_OPERATORS: [&str; 2] = ["MemoryGrow", "TableGrow"];

/// Whether the `fuel` scheme charges `operator`'s whole fee through the host
/// (`vmdiff_charge_bulk`, called right before it) rather than through the engine's operator
/// costs: the bulk operators and the grows. wasmtime's Cranelift checks fuel at these
/// operators with their own cost included, Winch does not check there at all; an
/// engine-charged unit would let one stop before the operator and the other after it (the
/// limit `B + 1`, findings/README.md). Charged by the host, the unit is paid at a check point
/// both compilers share.
pub fn host_charged_under_fuel(operator: &str) -> bool {
    BULK_OPERATORS.contains(&operator) || GROW_OPERATORS.contains(&operator)
}

/// Operators that only shape control flow and cost nothing.
pub const FREE_OPERATORS: [&str; 4] = ["Block", "Loop", "End", "Else"];

/// The per-operator cost model shared by the `host`, `global` and `fuel` schemes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CostTable {
    /// Cost of every operator that is neither free nor bulk.
    pub regular: u64,
    /// Constant part of a bulk operator.
    pub bulk_constant: u64,
    /// Per byte or element of a bulk operator.
    pub bulk_linear: u64,
}

impl Default for CostTable {
    fn default() -> Self {
        CostTable {
            regular: 1,
            bulk_constant: 1,
            bulk_linear: 1,
        }
    }
}

impl CostTable {
    /// The fee for one operator, by its wasmparser identifier.
    ///
    /// ```
    /// use vmdiff::cost::{CostTable, Fee};
    /// let table = CostTable::default();
    /// assert_eq!(table.fee("End"), Fee::ZERO);
    /// assert_eq!(table.fee("I32Add"), Fee { constant: 1, linear: 0 });
    /// assert_eq!(table.fee("MemoryFill"), Fee { constant: 1, linear: 1 });
    /// ```
    pub fn fee(&self, operator: &str) -> Fee {
        if FREE_OPERATORS.contains(&operator) {
            Fee::ZERO
        } else if BULK_OPERATORS.contains(&operator) {
            Fee {
                constant: self.bulk_constant,
                linear: self.bulk_linear,
            }
        } else {
            Fee {
                constant: self.regular,
                linear: 0,
            }
        }
    }

    /// What the engine itself charges for one operator under `fuel` (wasmtime's
    /// `operator_cost`, wasmer's `Metering`): its constant fee, except for
    /// [`host_charged_under_fuel`] operators, whose fee the host charges.
    ///
    /// ```
    /// use vmdiff::cost::CostTable;
    /// let table = CostTable::default();
    /// assert_eq!(table.engine_fuel_cost("I32Add"), 1);
    /// assert_eq!(table.engine_fuel_cost("MemoryFill"), 0);
    /// assert_eq!(table.engine_fuel_cost("MemoryGrow"), 0);
    /// ```
    pub fn engine_fuel_cost(&self, operator: &str) -> u64 {
        if host_charged_under_fuel(operator) {
            0
        } else {
            self.fee(operator).constant
        }
    }
}

/// Adapts the table to finite-wasm's analysis, which asks for a fee per visited operator through
/// its own wasmparser's `VisitOperator` trait.
pub struct FiniteWasmCosts(pub CostTable);

macro_rules! finite_wasm_fee {
    ($( @$proposal:ident $op:ident $({ $($arg:ident: $argty:ty),* })? => $visit:ident ($($ann:tt)*))*) => {
        $(
            fn $visit(&mut self $($(, $arg: $argty)*)?) -> Self::Output {
                $($(let _ = $arg;)*)?
                let fee = self.0.fee(stringify!($op));
                finite_wasm::Fee { constant: fee.constant, linear: fee.linear }
            }
        )*
    };
}

impl<'a> finite_wasm::wasmparser::VisitOperator<'a> for FiniteWasmCosts {
    type Output = finite_wasm::Fee;

    fn simd_visitor(
        &mut self,
    ) -> Option<&mut dyn finite_wasm::wasmparser::VisitSimdOperator<'a, Output = Self::Output>>
    {
        Some(self)
    }

    finite_wasm::wasmparser::for_each_visit_operator!(finite_wasm_fee);
}

impl<'a> finite_wasm::wasmparser::VisitSimdOperator<'a> for FiniteWasmCosts {
    finite_wasm::wasmparser::for_each_visit_simd_operator!(finite_wasm_fee);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fee_total_overflows_to_none() {
        let fee = Fee {
            constant: 5,
            linear: 3,
        };
        assert_eq!(fee.total(0), Some(5));
        assert_eq!(fee.total(10), Some(35));
        assert_eq!(fee.total(u64::MAX), None);
    }
}
