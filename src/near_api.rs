//! NEAR's host API: the `env` functions NEAR's runtime links, with their signatures, as
//! `near-vm-runner` 0.37.0 declares them (`src/imports.rs`, which the crate keeps private).
//! Checked in so that generation can import the real API; `tests/near.rs` checks that the
//! runner links every function here, and refuses names and signatures that are not.
//!
//! Left out on purpose: the `internal` module (finite-wasm's gas and stack calls, which NEAR's
//! own instrumentation inserts), `gas` (the old injected counter) and the `sandbox` /
//! `test_features` functions, which production builds never link.

use crate::outcome::ValType;
use crate::outcome::ValType::{I32, I64};

/// One function of NEAR's `env`.
#[derive(Clone, Copy, Debug)]
pub struct NearFunc {
    pub name: &'static str,
    pub params: &'static [ValType],
    pub results: &'static [ValType],
    /// The `vm::Config` flag that enables it, for functions added by a protocol upgrade.
    pub gate: Option<&'static str>,
}

/// Every function, in the crate's order.
pub const NEAR_API: &[NearFunc] = &[
    NearFunc {
        name: "read_register",
        params: &[I64, I64],
        results: &[],
        gate: None,
    },
    NearFunc {
        name: "register_len",
        params: &[I64],
        results: &[I64],
        gate: None,
    },
    NearFunc {
        name: "write_register",
        params: &[I64, I64, I64],
        results: &[],
        gate: None,
    },
    NearFunc {
        name: "current_account_id",
        params: &[I64],
        results: &[],
        gate: None,
    },
    NearFunc {
        name: "chain_id",
        params: &[I64],
        results: &[],
        gate: Some("chain_id_host_fn"),
    },
    NearFunc {
        name: "signer_account_id",
        params: &[I64],
        results: &[],
        gate: None,
    },
    NearFunc {
        name: "signer_account_pk",
        params: &[I64],
        results: &[],
        gate: None,
    },
    NearFunc {
        name: "predecessor_account_id",
        params: &[I64],
        results: &[],
        gate: None,
    },
    NearFunc {
        name: "input",
        params: &[I64],
        results: &[],
        gate: None,
    },
    NearFunc {
        name: "block_index",
        params: &[],
        results: &[I64],
        gate: None,
    },
    NearFunc {
        name: "block_timestamp",
        params: &[],
        results: &[I64],
        gate: None,
    },
    NearFunc {
        name: "epoch_height",
        params: &[],
        results: &[I64],
        gate: None,
    },
    NearFunc {
        name: "storage_usage",
        params: &[],
        results: &[I64],
        gate: None,
    },
    NearFunc {
        name: "account_balance",
        params: &[I64],
        results: &[],
        gate: None,
    },
    NearFunc {
        name: "account_locked_balance",
        params: &[I64],
        results: &[],
        gate: None,
    },
    NearFunc {
        name: "attached_deposit",
        params: &[I64],
        results: &[],
        gate: None,
    },
    NearFunc {
        name: "prepaid_gas",
        params: &[],
        results: &[I64],
        gate: None,
    },
    NearFunc {
        name: "used_gas",
        params: &[],
        results: &[I64],
        gate: None,
    },
    NearFunc {
        name: "random_seed",
        params: &[I64],
        results: &[],
        gate: None,
    },
    NearFunc {
        name: "sha256",
        params: &[I64, I64, I64],
        results: &[],
        gate: None,
    },
    NearFunc {
        name: "keccak256",
        params: &[I64, I64, I64],
        results: &[],
        gate: None,
    },
    NearFunc {
        name: "keccak512",
        params: &[I64, I64, I64],
        results: &[],
        gate: None,
    },
    NearFunc {
        name: "ed25519_verify",
        params: &[I64, I64, I64, I64, I64, I64],
        results: &[I64],
        gate: None,
    },
    NearFunc {
        name: "p256_verify",
        params: &[I64, I64, I64, I64, I64, I64],
        results: &[I64],
        gate: Some("p256_verify_host_fn"),
    },
    NearFunc {
        name: "ripemd160",
        params: &[I64, I64, I64],
        results: &[],
        gate: None,
    },
    NearFunc {
        name: "ecrecover",
        params: &[I64, I64, I64, I64, I64, I64, I64],
        results: &[I64],
        gate: None,
    },
    NearFunc {
        name: "value_return",
        params: &[I64, I64],
        results: &[],
        gate: None,
    },
    NearFunc {
        name: "panic",
        params: &[],
        results: &[],
        gate: None,
    },
    NearFunc {
        name: "panic_utf8",
        params: &[I64, I64],
        results: &[],
        gate: None,
    },
    NearFunc {
        name: "log_utf8",
        params: &[I64, I64],
        results: &[],
        gate: None,
    },
    NearFunc {
        name: "log_utf16",
        params: &[I64, I64],
        results: &[],
        gate: None,
    },
    NearFunc {
        name: "abort",
        params: &[I32, I32, I32, I32],
        results: &[],
        gate: None,
    },
    NearFunc {
        name: "promise_create",
        params: &[I64, I64, I64, I64, I64, I64, I64, I64],
        results: &[I64],
        gate: None,
    },
    NearFunc {
        name: "promise_then",
        params: &[I64, I64, I64, I64, I64, I64, I64, I64, I64],
        results: &[I64],
        gate: None,
    },
    NearFunc {
        name: "promise_and",
        params: &[I64, I64],
        results: &[I64],
        gate: None,
    },
    NearFunc {
        name: "promise_batch_create",
        params: &[I64, I64],
        results: &[I64],
        gate: None,
    },
    NearFunc {
        name: "promise_batch_then",
        params: &[I64, I64, I64],
        results: &[I64],
        gate: None,
    },
    NearFunc {
        name: "promise_set_refund_to",
        params: &[I64, I64, I64],
        results: &[],
        gate: None,
    },
    NearFunc {
        name: "promise_batch_action_state_init",
        params: &[I64, I64, I64, I64],
        results: &[I64],
        gate: None,
    },
    NearFunc {
        name: "promise_batch_action_state_init_by_account_id",
        params: &[I64, I64, I64, I64],
        results: &[I64],
        gate: None,
    },
    NearFunc {
        name: "set_state_init_data_entry",
        params: &[I64, I64, I64, I64, I64, I64],
        results: &[],
        gate: None,
    },
    NearFunc {
        name: "current_contract_code",
        params: &[I64],
        results: &[I64],
        gate: None,
    },
    NearFunc {
        name: "refund_to_account_id",
        params: &[I64],
        results: &[],
        gate: None,
    },
    NearFunc {
        name: "promise_batch_action_create_account",
        params: &[I64],
        results: &[],
        gate: None,
    },
    NearFunc {
        name: "promise_batch_action_deploy_contract",
        params: &[I64, I64, I64],
        results: &[],
        gate: None,
    },
    NearFunc {
        name: "promise_batch_action_deploy_global_contract",
        params: &[I64, I64, I64],
        results: &[],
        gate: Some("global_contract_host_fns"),
    },
    NearFunc {
        name: "promise_batch_action_deploy_global_contract_by_account_id",
        params: &[I64, I64, I64],
        results: &[],
        gate: Some("global_contract_host_fns"),
    },
    NearFunc {
        name: "promise_batch_action_use_global_contract",
        params: &[I64, I64, I64],
        results: &[],
        gate: Some("global_contract_host_fns"),
    },
    NearFunc {
        name: "promise_batch_action_use_global_contract_by_account_id",
        params: &[I64, I64, I64],
        results: &[],
        gate: Some("global_contract_host_fns"),
    },
    NearFunc {
        name: "promise_batch_action_function_call",
        params: &[I64, I64, I64, I64, I64, I64, I64],
        results: &[],
        gate: None,
    },
    NearFunc {
        name: "promise_batch_action_function_call_weight",
        params: &[I64, I64, I64, I64, I64, I64, I64, I64],
        results: &[],
        gate: None,
    },
    NearFunc {
        name: "promise_batch_action_transfer",
        params: &[I64, I64],
        results: &[],
        gate: None,
    },
    NearFunc {
        name: "promise_batch_action_stake",
        params: &[I64, I64, I64, I64],
        results: &[],
        gate: None,
    },
    NearFunc {
        name: "promise_batch_action_add_key_with_full_access",
        params: &[I64, I64, I64, I64],
        results: &[],
        gate: None,
    },
    NearFunc {
        name: "promise_batch_action_add_key_with_function_call",
        params: &[I64, I64, I64, I64, I64, I64, I64, I64, I64],
        results: &[],
        gate: None,
    },
    NearFunc {
        name: "promise_batch_action_delete_key",
        params: &[I64, I64, I64],
        results: &[],
        gate: None,
    },
    NearFunc {
        name: "promise_batch_action_delete_account",
        params: &[I64, I64, I64],
        results: &[],
        gate: None,
    },
    NearFunc {
        name: "promise_batch_action_transfer_to_gas_key",
        params: &[I64, I64, I64, I64],
        results: &[],
        gate: Some("gas_key_host_fns"),
    },
    NearFunc {
        name: "promise_batch_action_add_gas_key_with_full_access",
        params: &[I64, I64, I64, I64],
        results: &[],
        gate: Some("gas_key_host_fns"),
    },
    NearFunc {
        name: "promise_batch_action_add_gas_key_with_function_call",
        params: &[I64, I64, I64, I64, I64, I64, I64, I64, I64],
        results: &[],
        gate: Some("gas_key_host_fns"),
    },
    NearFunc {
        name: "promise_yield_create",
        params: &[I64, I64, I64, I64, I64, I64, I64],
        results: &[I64],
        gate: None,
    },
    NearFunc {
        name: "promise_yield_create_with_id",
        params: &[I64, I64, I64, I64, I64, I64, I64, I64, I64],
        results: &[I64],
        gate: Some("yield_with_id_host_fns"),
    },
    NearFunc {
        name: "promise_yield_resume",
        params: &[I64, I64, I64, I64],
        results: &[I32],
        gate: None,
    },
    NearFunc {
        name: "promise_yield_resume_with_yield_id",
        params: &[I64, I64, I64, I64],
        results: &[I32],
        gate: Some("yield_with_id_host_fns"),
    },
    NearFunc {
        name: "promise_results_count",
        params: &[],
        results: &[I64],
        gate: None,
    },
    NearFunc {
        name: "promise_result",
        params: &[I64, I64],
        results: &[I64],
        gate: None,
    },
    NearFunc {
        name: "promise_return",
        params: &[I64],
        results: &[],
        gate: None,
    },
    NearFunc {
        name: "storage_write",
        params: &[I64, I64, I64, I64, I64],
        results: &[I64],
        gate: None,
    },
    NearFunc {
        name: "storage_read",
        params: &[I64, I64, I64],
        results: &[I64],
        gate: None,
    },
    NearFunc {
        name: "storage_remove",
        params: &[I64, I64, I64],
        results: &[I64],
        gate: None,
    },
    NearFunc {
        name: "storage_has_key",
        params: &[I64, I64],
        results: &[I64],
        gate: None,
    },
    NearFunc {
        name: "storage_iter_prefix",
        params: &[I64, I64],
        results: &[I64],
        gate: None,
    },
    NearFunc {
        name: "storage_iter_range",
        params: &[I64, I64, I64, I64],
        results: &[I64],
        gate: None,
    },
    NearFunc {
        name: "storage_iter_next",
        params: &[I64, I64, I64],
        results: &[I64],
        gate: None,
    },
    NearFunc {
        name: "validator_stake",
        params: &[I64, I64, I64],
        results: &[],
        gate: None,
    },
    NearFunc {
        name: "validator_total_stake",
        params: &[I64],
        results: &[],
        gate: None,
    },
    NearFunc {
        name: "alt_bn128_g1_multiexp",
        params: &[I64, I64, I64],
        results: &[],
        gate: None,
    },
    NearFunc {
        name: "alt_bn128_g1_sum",
        params: &[I64, I64, I64],
        results: &[],
        gate: None,
    },
    NearFunc {
        name: "alt_bn128_pairing_check",
        params: &[I64, I64],
        results: &[I64],
        gate: None,
    },
    NearFunc {
        name: "bls12381_p1_sum",
        params: &[I64, I64, I64],
        results: &[I64],
        gate: None,
    },
    NearFunc {
        name: "bls12381_p2_sum",
        params: &[I64, I64, I64],
        results: &[I64],
        gate: None,
    },
    NearFunc {
        name: "bls12381_g1_multiexp",
        params: &[I64, I64, I64],
        results: &[I64],
        gate: None,
    },
    NearFunc {
        name: "bls12381_g2_multiexp",
        params: &[I64, I64, I64],
        results: &[I64],
        gate: None,
    },
    NearFunc {
        name: "bls12381_map_fp_to_g1",
        params: &[I64, I64, I64],
        results: &[I64],
        gate: None,
    },
    NearFunc {
        name: "bls12381_map_fp2_to_g2",
        params: &[I64, I64, I64],
        results: &[I64],
        gate: None,
    },
    NearFunc {
        name: "bls12381_pairing_check",
        params: &[I64, I64],
        results: &[I64],
        gate: None,
    },
    NearFunc {
        name: "bls12381_p1_decompress",
        params: &[I64, I64, I64],
        results: &[I64],
        gate: None,
    },
    NearFunc {
        name: "bls12381_p2_decompress",
        params: &[I64, I64, I64],
        results: &[I64],
        gate: None,
    },
];

/// The functions linked at the protocol version vmdiff's NEAR backends run (every gate open
/// in a build without NEAR's runtime, where nothing links them anyway).
pub fn enabled() -> &'static [NearFunc] {
    // The protocol version is fixed per process: decided once.
    static ENABLED: std::sync::OnceLock<Vec<NearFunc>> = std::sync::OnceLock::new();
    ENABLED.get_or_init(|| {
        NEAR_API
            .iter()
            .filter(|f| f.gate.is_none_or(gate_open))
            .copied()
            .collect()
    })
}

#[cfg(feature = "near")]
fn gate_open(gate: &str) -> bool {
    crate::backend::near::gate_open(gate)
}

#[cfg(not(feature = "near"))]
fn gate_open(_gate: &str) -> bool {
    true
}

/// A module of imports wasm-smith may choose from: NEAR's `env` as linked now.
pub fn available_imports() -> &'static [u8] {
    // Encoded once, like `enabled`.
    static MODULE: std::sync::OnceLock<Vec<u8>> = std::sync::OnceLock::new();
    MODULE.get_or_init(|| {
        crate::generate::imports_module(enabled().iter().map(|f| (f.name, f.params, f.results)))
    })
}

/// Whether NEAR links `env.name` with this signature.
fn links(name: &str, ty: &wasmparser::FuncType) -> bool {
    let convert = |t: &ValType| match t {
        ValType::I32 => wasmparser::ValType::I32,
        ValType::I64 => wasmparser::ValType::I64,
        ValType::F32 => wasmparser::ValType::F32,
        ValType::F64 => wasmparser::ValType::F64,
    };
    enabled().iter().any(|f| {
        f.name == name
            && f.params.iter().map(convert).eq(ty.params().iter().copied())
            && f.results
                .iter()
                .map(convert)
                .eq(ty.results().iter().copied())
    })
}

/// Replaces every imported function NEAR would not link (an unknown name, a wrong signature)
/// by a defined function of the same type, renumbering functions, and makes every function
/// body `unreachable`: the module then links and a call traps at once, as the refused one ran
/// nothing. The explanation test of the known class `near_link_error_message` (both VMs must
/// then agree on everything: loading, linking, gas); an error when every import links
/// (nothing to normalise).
pub fn stub_unlinked_imports(wasm: &[u8]) -> Result<Vec<u8>, String> {
    use wasmparser::{Parser, Payload, TypeRef};
    let mut types = Vec::new();
    let mut imported = Vec::new(); // (type index, links)
    let mut defined = 0u32;
    for payload in Parser::new(0).parse_all(wasm) {
        match payload.map_err(|e| e.to_string())? {
            Payload::TypeSection(reader) => {
                for ty in reader.into_iter_err_on_gc_types() {
                    types.push(ty.map_err(|e| e.to_string())?);
                }
            }
            Payload::ImportSection(reader) => {
                for import in reader.into_imports() {
                    let import = import.map_err(|e| e.to_string())?;
                    if let TypeRef::Func(index) = import.ty {
                        let ty = types
                            .get(index as usize)
                            .ok_or("import of an unknown type")?;
                        imported.push((index, import.module == "env" && links(import.name, ty)));
                    }
                }
            }
            Payload::FunctionSection(reader) => defined = reader.count(),
            _ => {}
        }
    }
    let kept = imported.iter().filter(|(_, links)| *links).count() as u32;
    if kept as usize == imported.len() {
        return Err(crate::known::NOTHING_TO_NORMALISE.into());
    }
    // Old function index → new: kept imports first, then the module's own functions, then
    // one stub per dropped import.
    let mut remap = Vec::with_capacity(imported.len());
    let (mut next_kept, mut next_stub) = (0u32, kept + defined);
    for (_, links) in &imported {
        if *links {
            remap.push(next_kept);
            next_kept += 1;
        } else {
            remap.push(next_stub);
            next_stub += 1;
        }
    }
    let mut stubber = Stubber {
        imported: imported.len() as u32,
        kept,
        remap,
        stub_types: imported
            .iter()
            .filter(|(_, links)| !links)
            .map(|(ty, _)| *ty)
            .collect(),
        import_index: 0,
    };
    let mut module = wasm_encoder::Module::new();
    wasm_encoder::reencode::Reencode::parse_core_module(
        &mut stubber,
        &mut module,
        Parser::new(0),
        wasm,
    )
    .map_err(|e| format!("{e:?}"))?;
    let module = module.finish();
    // An invalid output would fail alike on both runtimes and so "explain" anything.
    wasmparser::Validator::new()
        .validate_all(&module)
        .map_err(|e| format!("stubbing left an invalid module: {e}"))?;
    Ok(module)
}

struct Stubber {
    imported: u32,
    kept: u32,
    remap: Vec<u32>,
    stub_types: Vec<u32>,
    /// Function imports seen so far.
    import_index: usize,
}

impl wasm_encoder::reencode::Reencode for Stubber {
    type Error = String;

    fn function_index(&mut self, func: u32) -> Result<u32, wasm_encoder::reencode::Error<String>> {
        Ok(match self.remap.get(func as usize) {
            Some(new) => *new,
            None => func - self.imported + self.kept,
        })
    }

    fn parse_import_section(
        &mut self,
        imports: &mut wasm_encoder::ImportSection,
        section: wasmparser::ImportSectionReader<'_>,
    ) -> Result<(), wasm_encoder::reencode::Error<String>> {
        for import in section.into_imports() {
            let import = import?;
            if let wasmparser::TypeRef::Func(_) = import.ty {
                let index = self.import_index;
                self.import_index += 1;
                if self.remap[index] >= self.kept {
                    continue; // dropped: defined as a stub below
                }
            }
            let ty = self.entity_type(import.ty)?;
            imports.import(import.module, import.name, ty);
        }
        Ok(())
    }

    fn parse_function_section(
        &mut self,
        functions: &mut wasm_encoder::FunctionSection,
        section: wasmparser::FunctionSectionReader<'_>,
    ) -> Result<(), wasm_encoder::reencode::Error<String>> {
        wasm_encoder::reencode::utils::parse_function_section(self, functions, section)?;
        for ty in self.stub_types.clone() {
            functions.function(ty);
        }
        Ok(())
    }

    /// Every body, the module's own and the stubs, becomes `unreachable`: a contract that
    /// failed to link ran nothing, so the re-run must not run anything either (or what it ran
    /// could differ for reasons of its own).
    fn parse_code_section(
        &mut self,
        code: &mut wasm_encoder::CodeSection,
        section: wasmparser::CodeSectionReader<'_>,
    ) -> Result<(), wasm_encoder::reencode::Error<String>> {
        let mut unreachable = wasm_encoder::Function::new([]);
        unreachable.instruction(&wasm_encoder::Instruction::Unreachable);
        unreachable.instruction(&wasm_encoder::Instruction::End);
        for _ in 0..section.count() as usize + self.stub_types.len() {
            code.function(&unreachable);
        }
        Ok(())
    }
}
