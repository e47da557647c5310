//! The contract profile: which Wasm a contract may be (DESIGN.md, "profile").
//!
//! Acceptance limits are NEAR's. Generation limits (how big wasm-smith makes a module) live in
//! [`crate::generate`] and are far smaller.

use std::fmt;
use wasmparser::{Parser, Payload, TypeRef, Validator, WasmFeatures};

/// Features and limits a contract must respect to be accepted.
#[derive(Clone, Debug)]
pub struct Profile {
    /// Multi-value is off unless the profile says so.
    pub multi_value: bool,
    pub max_memory_pages: u32,
    pub max_functions: u64,
    pub max_locals_per_contract: u64,
    pub max_params_per_function: u64,
    pub max_params_per_contract: u64,
    pub max_function_body_bytes: u64,
    pub max_globals: u64,
    /// The instrumented stack limit, in finite-wasm's units (see [`crate::prepare::StackSizes`]).
    pub max_stack_height: u64,
    pub max_tables: u32,
    pub max_table_elements: u64,
    pub max_contract_bytes: usize,
}

impl Default for Profile {
    fn default() -> Self {
        Profile {
            multi_value: false,
            max_memory_pages: 2048,
            max_functions: 10_000,
            max_locals_per_contract: 1_000_000,
            max_params_per_function: 64,
            max_params_per_contract: 50_000,
            max_function_body_bytes: 262_144,
            max_globals: 65_536,
            max_stack_height: 262_144,
            max_tables: 1,
            max_table_elements: 10_000,
            max_contract_bytes: 4 * 1024 * 1024,
        }
    }
}

/// Why the profile rejected a module. Each variant names the rule that was broken.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum Rejection {
    #[error("contract size {size} bytes exceeds the limit of {max}")]
    TooLarge { size: usize, max: usize },
    #[error("invalid under the profile's features: {0}")]
    Invalid(String),
    /// `externref` (and every GC-managed type) is out: Winch, NEAR's production compiler on
    /// x86_64, cannot compile it in wasmtime 48, and wasmtime needs its GC runtime for it.
    #[error("uses externref, which Winch cannot compile (reference types are limited to funcref)")]
    Externref,
    #[error("{what} {count} exceeds the limit of {max}")]
    Limit {
        what: &'static str,
        count: u64,
        max: u64,
    },
    #[error("import {module}.{name}: {why}")]
    Import {
        module: String,
        name: String,
        why: &'static str,
    },
    #[error("a start function is not allowed: contracts run only through their exports")]
    StartFunction,
    #[error("export name `{0}` uses the prefix `vmdiff_` that preparation reserves")]
    ReservedExport(String),
}

impl Rejection {
    /// A short stable name of the broken rule, used to count rejections by reason.
    pub fn rule(&self) -> &'static str {
        match self {
            Rejection::TooLarge { .. } => "contract_size",
            Rejection::Invalid(_) => "invalid",
            Rejection::Externref => "externref",
            Rejection::Limit { what, .. } => what,
            Rejection::Import { .. } => "import",
            Rejection::StartFunction => "start_function",
            Rejection::ReservedExport(_) => "reserved_export",
        }
    }
}

/// Prefix of names preparation adds to a module (exports, imports).
pub const RESERVED_PREFIX: &str = "vmdiff_";

impl Profile {
    /// The Wasm features the profile allows.
    pub fn features(&self) -> WasmFeatures {
        let mut features = (WasmFeatures::WASM1 - WasmFeatures::GC_TYPES)
            | WasmFeatures::BULK_MEMORY
            | WasmFeatures::REFERENCE_TYPES
            | WasmFeatures::SIGN_EXTENSION
            | WasmFeatures::SATURATING_FLOAT_TO_INT;
        if self.multi_value {
            features |= WasmFeatures::MULTI_VALUE;
        }
        features
    }

    /// Validates `wasm` against the profile's features and limits.
    pub fn check(&self, wasm: &[u8]) -> Result<(), Rejection> {
        if wasm.len() > self.max_contract_bytes {
            return Err(Rejection::TooLarge {
                size: wasm.len(),
                max: self.max_contract_bytes,
            });
        }
        if let Err(e) = Validator::new_with_features(self.features()).validate_all(wasm) {
            let with_gc_types = self.features() | WasmFeatures::GC_TYPES;
            return Err(
                match Validator::new_with_features(with_gc_types).validate_all(wasm) {
                    Ok(_) => Rejection::Externref,
                    Err(_) => Rejection::Invalid(e.to_string()),
                },
            );
        }
        self.check_limits(wasm)
            .map_err(|e| e.unwrap_or_else(|parse| Rejection::Invalid(parse.to_string())))
    }

    /// The structural limits; the module is already known to be valid.
    fn check_limits(
        &self,
        wasm: &[u8],
    ) -> Result<(), Result<Rejection, wasmparser::BinaryReaderError>> {
        let limit = |what: &'static str, count: u64, max: u64| {
            if count > max {
                Err(Ok(Rejection::Limit { what, count, max }))
            } else {
                Ok(())
            }
        };
        let mut param_counts: Vec<u64> = Vec::new();
        let mut signatures: Vec<(Vec<wasmparser::ValType>, Vec<wasmparser::ValType>)> = Vec::new();
        let mut function_types: Vec<u32> = Vec::new();
        let mut functions = 0u64;
        let mut globals = 0u64;
        let mut tables = 0u64;
        let mut memories = 0u64;
        let mut total_locals = 0u64;
        for payload in Parser::new(0).parse_all(wasm) {
            match payload.map_err(Err)? {
                Payload::TypeSection(reader) => {
                    for rec_group in reader {
                        for sub in rec_group.map_err(Err)?.into_types() {
                            let signature = match &sub.composite_type.inner {
                                wasmparser::CompositeInnerType::Func(f) => {
                                    (f.params().to_vec(), f.results().to_vec())
                                }
                                _ => (Vec::new(), Vec::new()),
                            };
                            let params = signature.0.len() as u64;
                            signatures.push(signature);
                            limit("params per function", params, self.max_params_per_function)?;
                            param_counts.push(params);
                        }
                    }
                }
                Payload::ImportSection(reader) => {
                    for import in reader.into_imports() {
                        let import = import.map_err(Err)?;
                        let reject = |why| {
                            Err(Ok(Rejection::Import {
                                module: import.module.to_string(),
                                name: import.name.to_string(),
                                why,
                            }))
                        };
                        if import.module != "env" {
                            return reject("contracts may import only from `env`");
                        }
                        if import.name.starts_with(RESERVED_PREFIX)
                            || import.name.starts_with("finite_wasm_")
                        {
                            return reject("this name is reserved for instrumentation");
                        }
                        match import.ty {
                            TypeRef::Func(ty) | TypeRef::FuncExact(ty) => {
                                if let Some(expected) =
                                    crate::abi::contract_api_signature(import.name)
                                {
                                    let matches = signatures.get(ty as usize).is_some_and(
                                        |(params, results)| {
                                            same_types(params, expected.0)
                                                && same_types(results, expected.1)
                                        },
                                    );
                                    if !matches {
                                        return reject("its signature differs from the host API's");
                                    }
                                }
                                functions += 1;
                                function_types.push(ty);
                            }
                            TypeRef::Memory(_) if import.name == "memory" => memories += 1,
                            TypeRef::Memory(_) => {
                                return reject("the only memory import is `env.memory`")
                            }
                            TypeRef::Global(_) => return reject("global imports are not allowed"),
                            TypeRef::Table(_) => return reject("table imports are not allowed"),
                            TypeRef::Tag(_) => return reject("tag imports are not allowed"),
                        }
                    }
                }
                Payload::FunctionSection(reader) => {
                    for ty in reader {
                        functions += 1;
                        function_types.push(ty.map_err(Err)?);
                    }
                }
                Payload::TableSection(reader) => {
                    for table in reader {
                        let table = table.map_err(Err)?;
                        tables += 1;
                        limit("table elements", table.ty.initial, self.max_table_elements)?;
                    }
                }
                Payload::MemorySection(reader) => {
                    for memory in reader {
                        let memory = memory.map_err(Err)?;
                        memories += 1;
                        limit(
                            "memory pages",
                            memory.initial,
                            u64::from(self.max_memory_pages),
                        )?;
                    }
                }
                Payload::GlobalSection(reader) => globals += u64::from(reader.count()),
                Payload::ExportSection(reader) => {
                    for export in reader {
                        let export = export.map_err(Err)?;
                        if export.name.starts_with(RESERVED_PREFIX) {
                            return Err(Ok(Rejection::ReservedExport(export.name.to_string())));
                        }
                    }
                }
                Payload::StartSection { .. } => return Err(Ok(Rejection::StartFunction)),
                Payload::CodeSectionEntry(body) => {
                    let range = body.range();
                    let size = (range.end - range.start) as u64;
                    limit("function body bytes", size, self.max_function_body_bytes)?;
                    for local in body.get_locals_reader().map_err(Err)? {
                        let (count, _) = local.map_err(Err)?;
                        total_locals = total_locals.saturating_add(u64::from(count));
                    }
                    limit(
                        "locals per contract",
                        total_locals,
                        self.max_locals_per_contract,
                    )?;
                }
                _ => {}
            }
        }
        limit("functions", functions, self.max_functions)?;
        limit("globals", globals, self.max_globals)?;
        limit("tables", tables, u64::from(self.max_tables))?;
        limit("memories", memories, 1)?;
        let params: u64 = function_types
            .iter()
            .map(|&ty| param_counts.get(ty as usize).copied().unwrap_or(0))
            .sum();
        limit("params per contract", params, self.max_params_per_contract)?;
        Ok(())
    }
}

fn same_types(actual: &[wasmparser::ValType], expected: &[crate::outcome::ValType]) -> bool {
    use crate::outcome::ValType as V;
    actual.len() == expected.len()
        && actual.iter().zip(expected).all(|(a, e)| {
            matches!(
                (a, e),
                (wasmparser::ValType::I32, V::I32)
                    | (wasmparser::ValType::I64, V::I64)
                    | (wasmparser::ValType::F32, V::F32)
                    | (wasmparser::ValType::F64, V::F64)
            )
        })
}

impl fmt::Display for Profile {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "MVP + mutable globals, sign-extension, saturating float-to-int, bulk memory, reference types{}; \
             ≤{} memory pages, ≤{} functions, ≤{} params/function, ≤{} stack height, ≤{} table elements, ≤{} bytes",
            if self.multi_value { ", multi-value" } else { "" },
            self.max_memory_pages,
            self.max_functions,
            self.max_params_per_function,
            self.max_stack_height,
            self.max_table_elements,
            self.max_contract_bytes
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(wat: &str) -> Result<(), Rejection> {
        Profile::default().check(&wat::parse_str(wat).unwrap())
    }

    #[test]
    fn accepts_a_plain_contract() {
        check(r#"(module (memory 1) (func (export "f") (result i32) i32.const 1))"#).unwrap();
    }

    #[test]
    fn rejects_features_outside_the_profile() {
        let err = check(r#"(module (func (export "f") (result v128) v128.const i64x2 0 0))"#)
            .unwrap_err();
        assert_eq!(err.rule(), "invalid");
        let err = check(r#"(module (global (mut externref) (ref.null extern)))"#).unwrap_err();
        assert_eq!(err, Rejection::Externref);
        check(r#"(module (table 1 funcref) (func (export "f") (result i32) i32.const 0 table.get 0 ref.is_null))"#)
            .expect("funcref stays in the profile");
        let err = check(r#"(module (func (export "f") (result i32 i32) i32.const 1 i32.const 2))"#)
            .unwrap_err();
        assert_eq!(err.rule(), "invalid", "multi-value is off by default");
    }

    #[test]
    fn names_the_broken_limit() {
        let params = (0..65).map(|_| "i32").collect::<Vec<_>>().join(" ");
        let err = check(&format!("(module (func (param {params})))")).unwrap_err();
        assert_eq!(err.rule(), "params per function");
        let err = check("(module (memory 2049))").unwrap_err();
        assert_eq!(err.rule(), "memory pages");
        let err = check("(module (table 10001 funcref))").unwrap_err();
        assert_eq!(err.rule(), "table elements");
    }

    #[test]
    fn rejects_foreign_imports_and_start() {
        let err = check(r#"(module (import "wasi" "f" (func)))"#).unwrap_err();
        assert_eq!(err.rule(), "import");
        let err = check(r#"(module (import "env" "g" (global i32)))"#).unwrap_err();
        assert_eq!(err.rule(), "import");
        let err =
            check(r#"(module (import "env" "register_len" (func (param i64) (result i32))))"#)
                .unwrap_err();
        assert!(err.to_string().contains("signature differs"), "{err}");
        let err = check(r#"(module (func $s) (start $s))"#).unwrap_err();
        assert_eq!(err.rule(), "start_function");
    }

    #[test]
    fn rejects_truncated_bytes_with_a_message() {
        let mut wasm = wat::parse_str(r#"(module (func (export "f")))"#).unwrap();
        wasm.truncate(wasm.len() - 3);
        assert!(matches!(
            Profile::default().check(&wasm),
            Err(Rejection::Invalid(_))
        ));
    }
}
