//! NEAR contracts that use the host API as contracts do: each method is a sequence of
//! well-formed host calls — pointers into data the module placed, registers written before they
//! are read, storage keys written and read back, promises created before actions are appended
//! to them, crypto inputs in valid encodings — so that calls get past argument validation and
//! reach the host logic, the gas charged through it and the effects it records. Random
//! arguments (what wasm-smith draws) fail the first pointer or register check instead.
//!
//! A method may end in one malformed step (a pointer past the end of memory, a register never
//! written, invalid UTF-8, a malformed account id or curve point), so that validation is
//! covered too without cutting every sequence short.

use super::{GeneratedCase, Generator, NEAR_METHODS};
use crate::near_api::NearFunc;
use arbitrary::Unstructured;
use wasm_encoder::{
    CodeSection, ConstExpr, DataSection, EntityType, ExportKind, ExportSection, Function,
    FunctionSection, ImportSection, Instruction as I, MemorySection, MemoryType, Module,
    TypeSection, ValType as V,
};

/// Where calls write what they return through a pointer (balances, amounts), and where
/// `promise_and` reads its promise indices from.
const SCRATCH: u64 = 8192;
/// Each call's full gas in operations: more than NEAR lets a call burn, so NEAR's own limit
/// (300 Tgas) applies; an action's fees alone are Tgas, past a loop-sized campaign limit.
const NEAR_CALL_GAS: u64 = 1 << 40;
/// Steps per method at most.
const MAX_STEPS: usize = 12;
/// Registers the sequences use (NEAR allows any u64 id).
const REGISTERS: u64 = 4;

/// A byte string the data segment places at a known offset.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Blob {
    Account,
    Method,
    MethodNames,
    JsonArgs,
    Text,
    Utf16,
    Key,
    Value,
    Amount,
    Hash32,
    Code,
    PublicKey,
    Ed25519Signature,
    Ed25519RawKey,
    EcrecoverSignature,
    P256Signature,
    P256Key,
    Bn128Sum,
    Bn128Multiexp,
    Bn128Pairing,
    Bls381P1Sum,
    Bls381P2Sum,
    Bls381G1Multiexp,
    Bls381G2Multiexp,
    Bls381Fp,
    Bls381Fp2,
    Bls381P1Compressed,
    Bls381P2Compressed,
    Bls381Pairing,
}

/// Valid (well-formed) instances of each blob, and malformed ones for the last step.
fn instances(blob: Blob) -> (Vec<Vec<u8>>, Vec<Vec<u8>>) {
    use Blob::*;
    let text = |items: &[&str]| items.iter().map(|s| s.as_bytes().to_vec()).collect();
    let hex = |s: &str| {
        (0..s.len())
            .step_by(2)
            .map(|i| u8::from_str_radix(&s[i..i + 2], 16).unwrap())
            .collect::<Vec<u8>>()
    };
    let ed25519_key = hex("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a");
    // secp256k1's generator, uncompressed without its prefix byte.
    let secp_key = hex(concat!(
        "79be667ef9dcbbac55a06295ce870b07029bfcdb2dce28d959f2815b16f81798",
        "483ada7726a3c4655da4fbfc0e1108a8fd17b448a68554199c47d08ffb10d4b8"
    ));
    // BLS12-381 G1 generator: uncompressed, and compressed.
    let bls_g1 = hex(concat!(
        "17f1d3a73197d7942695638c4fa9ac0fc3688c4f9774b905a14e3a3f171bac586c55e83ff97a1aeffb3af00adb22c6bb",
        "08b3f481e3aaa0f1a09e30ed741d8ae4fcf5e095d5d00af600db18cb2c04b3edd03cc744a2888ae40caa232946c5e7e1"
    ));
    let bls_g1_compressed = hex(
        "97f1d3a73197d7942695638c4fa9ac0fc3688c4f9774b905a14e3a3f171bac586c55e83ff97a1aeffb3af00adb22c6bb",
    );
    let infinity = |len: usize, flag: u8| {
        let mut point = vec![0u8; len];
        point[0] = flag;
        point
    };
    let bn_g1: Vec<u8> = [vec![1], vec![0; 31], vec![2], vec![0; 31]].concat();
    let one_scalar = [vec![1], vec![0; 31]].concat();
    match blob {
        Account => (
            text(&["alice.near", "bob.near", "contract.near", "a1"]),
            text(&["Not An Account!", "", "a"]),
        ),
        Method => (text(&["go", "callback"]), text(&["", "\u{0}"])),
        MethodNames => (text(&["go,stop", "", "go"]), text(&["go,,stop"])),
        JsonArgs => (text(&["{\"a\":1}", ""]), Vec::new()),
        Text => (
            text(&["hello vmdiff", "", "ünïcödé"]),
            vec![vec![0xff, 0xfe, 0x80], vec![0xc3]],
        ),
        Utf16 => (
            vec![vec![b'h', 0, b'i', 0], Vec::new()],
            vec![vec![0x00, 0xd8], vec![b'h']],
        ),
        Key => (text(&["k1", "key-two", "k3"]), Vec::new()),
        Value => (text(&["value bytes", "", "v"]), Vec::new()),
        Amount => (
            vec![
                0u128.to_le_bytes().to_vec(),
                1u128.to_le_bytes().to_vec(),
                10u128.pow(21).to_le_bytes().to_vec(),
            ],
            vec![u128::MAX.to_le_bytes().to_vec()],
        ),
        Hash32 => (vec![(0..32).collect(), vec![0; 32]], vec![vec![1; 31]]),
        Code => (vec![b"\0asm\x01\0\0\0".to_vec()], vec![b"not wasm".to_vec()]),
        PublicKey => (
            vec![[vec![0], ed25519_key.clone()].concat(), [vec![1], secp_key].concat()],
            vec![vec![0; 10], [vec![7], ed25519_key.clone()].concat()],
        ),
        // RFC 8032, test 1: the empty message signed by `Ed25519RawKey`.
        Ed25519Signature => (
            vec![hex(concat!(
                "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b"
            ))],
            vec![vec![0; 63]],
        ),
        Ed25519RawKey => (vec![ed25519_key], vec![vec![0; 31]]),
        EcrecoverSignature => (vec![(1..=64).collect()], vec![vec![0; 63]]),
        P256Signature => (vec![(1..=64).collect()], vec![vec![0; 10]]),
        P256Key => (vec![[vec![2], (1..=32).collect()].concat()], vec![vec![9; 33]]),
        Bn128Sum => (
            vec![[vec![0], bn_g1.clone()].concat(), [vec![1], vec![0; 64]].concat()],
            vec![[vec![0], vec![0xff; 64]].concat(), vec![2; 65]],
        ),
        Bn128Multiexp => (
            vec![[bn_g1.clone(), one_scalar.clone()].concat(), vec![0; 96]],
            vec![vec![0xff; 96], vec![0; 95]],
        ),
        Bn128Pairing => (vec![vec![0; 192]], vec![vec![0xff; 192], vec![0; 191]]),
        Bls381P1Sum => (
            vec![[vec![0], infinity(96, 0x40)].concat(), [vec![0], bls_g1.clone()].concat()],
            vec![[vec![0], vec![0xff; 96]].concat(), vec![2; 97]],
        ),
        Bls381P2Sum => (
            vec![[vec![0], infinity(192, 0x40)].concat()],
            vec![[vec![0], vec![0xff; 192]].concat()],
        ),
        Bls381G1Multiexp => (
            vec![[bls_g1, one_scalar.clone()].concat(), [infinity(96, 0x40), one_scalar.clone()].concat()],
            vec![vec![0xff; 128]],
        ),
        Bls381G2Multiexp => (
            vec![[infinity(192, 0x40), one_scalar].concat()],
            vec![vec![0xff; 224]],
        ),
        Bls381Fp => (vec![vec![0; 48], [vec![0; 47], vec![5]].concat()], vec![vec![0xff; 48]]),
        Bls381Fp2 => (vec![vec![0; 96]], vec![vec![0xff; 96]]),
        Bls381P1Compressed => (
            vec![infinity(48, 0xc0), bls_g1_compressed],
            vec![vec![0; 48], vec![0xff; 48]],
        ),
        Bls381P2Compressed => (vec![infinity(96, 0xc0)], vec![vec![0; 96]]),
        Bls381Pairing => (
            vec![[infinity(96, 0x40), infinity(192, 0x40)].concat()],
            vec![vec![0xff; 288]],
        ),
    }
}

const BLOBS: [Blob; 29] = {
    use Blob::*;
    [
        Account,
        Method,
        MethodNames,
        JsonArgs,
        Text,
        Utf16,
        Key,
        Value,
        Amount,
        Hash32,
        Code,
        PublicKey,
        Ed25519Signature,
        Ed25519RawKey,
        EcrecoverSignature,
        P256Signature,
        P256Key,
        Bn128Sum,
        Bn128Multiexp,
        Bn128Pairing,
        Bls381P1Sum,
        Bls381P2Sum,
        Bls381G1Multiexp,
        Bls381G2Multiexp,
        Bls381Fp,
        Bls381Fp2,
        Bls381P1Compressed,
        Bls381P2Compressed,
        Bls381Pairing,
    ]
};

/// The data segment: every instance of every blob, valid then malformed, and where each is.
struct Layout {
    bytes: Vec<u8>,
    /// (blob, valid, offset, length)
    places: Vec<(Blob, bool, u64, u64)>,
}

fn layout() -> &'static Layout {
    static LAYOUT: std::sync::OnceLock<Layout> = std::sync::OnceLock::new();
    LAYOUT.get_or_init(|| {
        let mut layout = Layout {
            bytes: Vec::new(),
            places: Vec::new(),
        };
        for blob in BLOBS {
            let (valid, malformed) = instances(blob);
            for (is_valid, instance) in valid
                .iter()
                .map(|v| (true, v))
                .chain(malformed.iter().map(|m| (false, m)))
            {
                let offset = layout.bytes.len() as u64;
                layout.bytes.extend(instance);
                layout
                    .places
                    .push((blob, is_valid, offset, instance.len() as u64));
            }
        }
        assert!(
            (layout.bytes.len() as u64) < SCRATCH,
            "blobs overlap the scratch area"
        );
        layout
    })
}

/// One argument of a host function, as the sequence fills it.
#[derive(Clone, Copy, Debug)]
enum Arg {
    /// Two parameters, `len` then `ptr`, pointing at an instance of the blob.
    Data(Blob),
    /// Any data: a blob, or a register written before (`len` = u64::MAX, `ptr` = its id).
    AnyData,
    /// A register to write.
    Register,
    /// A register written before, to read.
    WrittenRegister,
    /// A pointer to 16 bytes the host writes (a balance).
    Out,
    /// A pointer to a u128 amount (a deposit, a stake, an allowance).
    Deposit,
    /// Gas to attach.
    Gas,
    /// The promise actions go to (a batch promise this method created).
    Promise,
    /// A promise to chain after or return (batch or joint).
    AnyPromise,
    /// Two parameters, `ptr` then `count`, of an array of promise indices (`promise_and`).
    Promises,
    /// A nonce, a count, a weight, an index: a small number.
    Small,
    /// ecrecover's `v` (0..=3) and malleability flag (0 or 1).
    RecoveryId,
    Flag,
    /// An i32 pointer to nothing in particular (`abort`'s AssemblyScript strings).
    Pointer32,
}

/// How each host function's parameters are filled, in order (`Data` is two parameters).
fn plan(name: &str) -> Option<&'static [Arg]> {
    use Arg::*;
    use Blob::*;
    Some(match name {
        "read_register" => &[WrittenRegister, Out],
        "register_len" => &[WrittenRegister],
        "write_register" => &[Register, AnyData],
        "current_account_id"
        | "chain_id"
        | "signer_account_id"
        | "signer_account_pk"
        | "predecessor_account_id"
        | "input"
        | "random_seed"
        | "current_contract_code"
        | "refund_to_account_id" => &[Register],
        "block_index"
        | "block_timestamp"
        | "epoch_height"
        | "storage_usage"
        | "prepaid_gas"
        | "used_gas"
        | "promise_results_count" => &[],
        "account_balance"
        | "account_locked_balance"
        | "attached_deposit"
        | "validator_total_stake" => &[Out],
        "validator_stake" => &[Data(Account), Out],
        "sha256" | "keccak256" | "keccak512" | "ripemd160" => &[AnyData, Register],
        "ed25519_verify" => &[Data(Ed25519Signature), Data(JsonArgs), Data(Ed25519RawKey)],
        "p256_verify" => &[Data(P256Signature), Data(Text), Data(P256Key)],
        "ecrecover" => &[
            Data(Hash32),
            Data(EcrecoverSignature),
            RecoveryId,
            Flag,
            Register,
        ],
        "value_return" => &[AnyData],
        "panic" => &[],
        "panic_utf8" | "log_utf8" => &[Data(Text)],
        "log_utf16" => &[Data(Utf16)],
        "abort" => &[Pointer32, Pointer32, Pointer32, Pointer32],
        "promise_create" => &[Data(Account), Data(Method), Data(JsonArgs), Deposit, Gas],
        "promise_then" => &[
            AnyPromise,
            Data(Account),
            Data(Method),
            Data(JsonArgs),
            Deposit,
            Gas,
        ],
        "promise_and" => &[Promises],
        "promise_batch_create" => &[Data(Account)],
        "promise_batch_then" | "promise_set_refund_to" => &[AnyPromise, Data(Account)],
        "promise_batch_action_state_init" => &[Promise, Data(Hash32), Deposit],
        "promise_batch_action_state_init_by_account_id" => &[Promise, Data(Account), Deposit],
        "set_state_init_data_entry" => &[Promise, Small, Data(Key), Data(Value)],
        "promise_batch_action_create_account" => &[Promise],
        "promise_batch_action_deploy_contract"
        | "promise_batch_action_deploy_global_contract"
        | "promise_batch_action_deploy_global_contract_by_account_id" => &[Promise, Data(Code)],
        "promise_batch_action_use_global_contract" => &[Promise, Data(Hash32)],
        "promise_batch_action_use_global_contract_by_account_id" => &[Promise, Data(Account)],
        "promise_batch_action_function_call" => {
            &[Promise, Data(Method), Data(JsonArgs), Deposit, Gas]
        }
        "promise_batch_action_function_call_weight" => {
            &[Promise, Data(Method), Data(JsonArgs), Deposit, Gas, Small]
        }
        "promise_batch_action_transfer" => &[Promise, Deposit],
        "promise_batch_action_stake" => &[Promise, Deposit, Data(PublicKey)],
        "promise_batch_action_add_key_with_full_access"
        | "promise_batch_action_add_gas_key_with_full_access" => &[Promise, Data(PublicKey), Small],
        "promise_batch_action_add_key_with_function_call"
        | "promise_batch_action_add_gas_key_with_function_call" => &[
            Promise,
            Data(PublicKey),
            Small,
            Deposit,
            Data(Account),
            Data(MethodNames),
        ],
        "promise_batch_action_delete_key" => &[Promise, Data(PublicKey)],
        "promise_batch_action_delete_account" => &[Promise, Data(Account)],
        "promise_batch_action_transfer_to_gas_key" => &[Promise, Data(PublicKey), Deposit],
        "promise_yield_create" => &[Data(Method), Data(JsonArgs), Gas, Small, Register],
        "promise_yield_create_with_id" => &[
            Data(Method),
            Data(JsonArgs),
            Deposit,
            Gas,
            Small,
            Data(Hash32),
        ],
        "promise_yield_resume" | "promise_yield_resume_with_yield_id" => &[Data(Hash32), AnyData],
        "promise_result" => &[Small, Register],
        "promise_return" => &[AnyPromise],
        "storage_write" => &[Data(Key), AnyData, Register],
        "storage_read" | "storage_remove" => &[Data(Key), Register],
        "storage_has_key" => &[Data(Key)],
        "alt_bn128_g1_multiexp" => &[Data(Bn128Multiexp), Register],
        "alt_bn128_g1_sum" => &[Data(Bn128Sum), Register],
        "alt_bn128_pairing_check" => &[Data(Bn128Pairing)],
        "bls12381_p1_sum" => &[Data(Bls381P1Sum), Register],
        "bls12381_p2_sum" => &[Data(Bls381P2Sum), Register],
        "bls12381_g1_multiexp" => &[Data(Bls381G1Multiexp), Register],
        "bls12381_g2_multiexp" => &[Data(Bls381G2Multiexp), Register],
        "bls12381_map_fp_to_g1" => &[Data(Bls381Fp), Register],
        "bls12381_map_fp2_to_g2" => &[Data(Bls381Fp2), Register],
        "bls12381_pairing_check" => &[Data(Bls381Pairing)],
        "bls12381_p1_decompress" => &[Data(Bls381P1Compressed), Register],
        "bls12381_p2_decompress" => &[Data(Bls381P2Compressed), Register],
        // The deprecated storage iterators only ever fail.
        _ => return None,
    })
}

/// How many wasm parameters a plan fills.
fn width(args: &[Arg]) -> usize {
    args.iter()
        .map(|a| match a {
            Arg::Data(_) | Arg::AnyData | Arg::Promises => 2,
            _ => 1,
        })
        .sum()
}

/// Whether a function returns a promise index the sequence keeps.
fn makes_promise(name: &str) -> Option<PromiseKind> {
    match name {
        "promise_create" | "promise_then" | "promise_batch_create" | "promise_batch_then" => {
            Some(PromiseKind::Batch)
        }
        "promise_and" => Some(PromiseKind::Joint),
        _ => None,
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum PromiseKind {
    Batch,
    Joint,
}

/// Functions that write their register argument whenever they return.
const ALWAYS_WRITES: [&str; 14] = [
    "write_register",
    "current_account_id",
    "chain_id",
    "signer_account_id",
    "signer_account_pk",
    "predecessor_account_id",
    "input",
    "random_seed",
    "sha256",
    "keccak256",
    "keccak512",
    "ripemd160",
    "refund_to_account_id",
    "promise_yield_create",
];

/// Functions that end the call whatever follows.
const TERMINAL: [&str; 3] = ["panic", "panic_utf8", "abort"];

/// Locals of every method: the last batch promise, the last joint promise.
const BATCH: u32 = 0;
const JOINT: u32 = 1;

struct Method<'a, 'u> {
    u: &'a mut Unstructured<'u>,
    api: &'a [NearFunc],
    /// The function index of each of `api`'s functions in the module (`None`: not callable).
    indices: &'a [Option<u32>],
    /// Where the blobs and the scratch area are in memory.
    base: u64,
    body: Vec<I<'static>>,
    written: Vec<u64>,
    batch: bool,
    joint: bool,
    /// This step may be malformed.
    malformed: bool,
    /// Data may come from a register (`len` = u64::MAX): NEAR's convention, not the model's.
    register_sources: bool,
}

impl Method<'_, '_> {
    /// The function named `name` and its index in the module.
    fn import(&self, name: &str) -> Option<(u32, NearFunc)> {
        let position = self.api.iter().position(|f| f.name == name)?;
        Some((self.indices[position]?, self.api[position]))
    }

    fn push_u64(&mut self, value: u64) {
        self.body.push(I::I64Const(value as i64));
    }

    /// The address `back` bytes before the end of memory, as memory is when the step runs: a
    /// runtime may give a contract more memory than it declares (NEAR gives 64 MiB).
    fn push_end_of_memory_minus(&mut self, back: u64) {
        self.body.extend([
            I::MemorySize(0),
            I::I64ExtendI32U,
            I::I64Const(16),
            I::I64Shl,
            I::I64Const(back as i64),
            I::I64Sub,
        ]);
    }

    /// A call of `name` with its arguments; `false` if the API has no such function.
    fn step(&mut self, name: &str) -> arbitrary::Result<bool> {
        let (Some((index, func)), Some(args)) = (self.import(name), plan(name)) else {
            return Ok(false);
        };
        if width(args) != func.params.len() {
            return Ok(false);
        }
        // A promise to append to is created first.
        let needs_promise = |a: &Arg| matches!(a, Arg::Promise | Arg::AnyPromise | Arg::Promises);
        if args.iter().any(needs_promise) && !self.batch {
            let malformed = std::mem::replace(&mut self.malformed, false);
            self.step("promise_batch_create")?;
            self.malformed = malformed;
        }
        // A register to read is written first.
        let reads = args.iter().any(|a| matches!(a, Arg::WrittenRegister));
        if reads && self.written.is_empty() && !self.malformed {
            self.step("write_register")?;
        }
        let mut writes = Vec::new();
        for arg in args {
            self.arg(*arg, &mut writes)?;
        }
        self.body.push(I::Call(index));
        match makes_promise(name) {
            Some(PromiseKind::Batch) => {
                self.body.push(I::LocalSet(BATCH));
                self.batch = true;
            }
            Some(PromiseKind::Joint) => {
                self.body.push(I::LocalSet(JOINT));
                self.joint = true;
            }
            None => self.body.extend(func.results.iter().map(|_| I::Drop)),
        }
        // Registers a later step may read: only those the function always writes (a storage
        // read of a missing key, say, leaves its register unwritten).
        if ALWAYS_WRITES.contains(&name) {
            self.written.extend(writes);
        }
        Ok(true)
    }

    fn arg(&mut self, arg: Arg, writes: &mut Vec<u64>) -> arbitrary::Result<()> {
        // Malformed: one argument of the step, chosen as it comes.
        let malformed = self.malformed && self.u.ratio(1, 2)?;
        if malformed {
            self.malformed = false;
        }
        match arg {
            Arg::Data(blob) => self.data(blob, malformed)?,
            Arg::AnyData => {
                if self.register_sources
                    && !malformed
                    && !self.written.is_empty()
                    && self.u.ratio(1, 3)?
                {
                    // Read from a register: NEAR's `len = u64::MAX` convention.
                    let register = *self.u.choose(&self.written)?;
                    self.push_u64(u64::MAX);
                    self.push_u64(register);
                } else if !malformed && self.u.ratio(1, 6)? {
                    // What earlier calls wrote through a pointer (a register read, a balance):
                    // host output flows on into the next call, as a contract's input does.
                    let len = *self.u.choose(&[1u64, 8, 16, 32])?;
                    self.push_u64(len);
                    self.push_u64(self.base + SCRATCH);
                } else if !malformed && self.u.ratio(1, 8)? {
                    // The edges of memory: nothing at its end, or its last byte.
                    let len = self.u.int_in_range(0..=1)?;
                    self.push_u64(len);
                    self.push_end_of_memory_minus(len);
                } else {
                    let blob =
                        *self
                            .u
                            .choose(&[Blob::Text, Blob::Value, Blob::Hash32, Blob::JsonArgs])?;
                    self.data(blob, malformed)?;
                }
            }
            Arg::Register => {
                let register = self.u.int_in_range(0..=REGISTERS - 1)?;
                writes.push(register);
                self.push_u64(register);
            }
            Arg::WrittenRegister => {
                let register = match (malformed, self.written.is_empty()) {
                    (false, false) => *self.u.choose(&self.written)?,
                    // A register never written: NEAR's `InvalidRegisterId` (for `read`).
                    _ => 1_000 + self.u.int_in_range(0..=3)?,
                };
                self.push_u64(register);
            }
            Arg::Out if malformed => self.push_end_of_memory_minus(8),
            Arg::Out => self.push_u64(self.base + SCRATCH),
            Arg::Deposit => {
                let (offset, _) = self.place(Blob::Amount, !malformed)?;
                self.push_u64(offset);
            }
            Arg::Gas => {
                let gas = match self.u.int_in_range(0..=3)? {
                    0 => 0,
                    1 => 1_000_000_000_000,
                    2 => 5_000_000_000_000,
                    _ if malformed => u64::MAX,
                    _ => 100_000_000,
                };
                self.push_u64(gas);
            }
            Arg::Promise => {
                if malformed {
                    self.push_u64(1_000);
                } else {
                    self.body.push(I::LocalGet(BATCH));
                }
            }
            Arg::AnyPromise => {
                if malformed {
                    self.push_u64(1_000);
                } else if self.joint && self.u.ratio(1, 2)? {
                    self.body.push(I::LocalGet(JOINT));
                } else {
                    self.body.push(I::LocalGet(BATCH));
                }
            }
            Arg::Promises => {
                // The batch promise's index, twice, in memory: `ptr`, then `count`.
                let at = self.base + SCRATCH + 32;
                for slot in 0..2u64 {
                    self.body.push(I::I32Const((at + 8 * slot) as i32));
                    self.body.push(I::LocalGet(BATCH));
                    self.body.push(I::I64Store(crate::wasm::memarg(0, 3)));
                }
                self.push_u64(at);
                self.push_u64(if malformed { 0 } else { 2 });
            }
            Arg::Small => {
                let value = self.u.int_in_range(0..=3)?;
                self.push_u64(value);
            }
            Arg::RecoveryId => {
                let v = self.u.int_in_range(0..=if malformed { 9 } else { 3 })?;
                self.push_u64(v);
            }
            Arg::Flag => {
                let flag = self.u.int_in_range(0..=1)?;
                self.push_u64(flag);
            }
            Arg::Pointer32 => {
                let at = self.u.int_in_range(0..=64)?;
                self.body.push(I::I32Const(at));
            }
        }
        Ok(())
    }

    /// `len`, `ptr` of an instance of `blob`; malformed: a malformed instance, or a range
    /// that runs past the end of memory.
    fn data(&mut self, blob: Blob, malformed: bool) -> arbitrary::Result<()> {
        if malformed && self.u.ratio(1, 3)? {
            self.push_u64(16);
            self.push_end_of_memory_minus(7);
            return Ok(());
        }
        let (offset, len) = self.place(blob, !malformed)?;
        self.push_u64(len);
        self.push_u64(offset);
        Ok(())
    }

    /// Where an instance of `blob` is (address, length): a valid one, or a malformed one when
    /// it has any.
    fn place(&mut self, blob: Blob, valid: bool) -> arbitrary::Result<(u64, u64)> {
        let (places, base) = (&layout().places, self.base);
        let matching = |v: bool| -> Vec<(u64, u64)> {
            places
                .iter()
                .filter(|(b, is_valid, _, _)| *b == blob && *is_valid == v)
                .map(|(_, _, offset, len)| (base + offset, *len))
                .collect()
        };
        let mut candidates = matching(valid);
        if candidates.is_empty() {
            candidates = matching(true);
        }
        Ok(*self.u.choose(&candidates)?)
    }
}

/// Which host API a sequence calls, and how its calls run.
pub(super) struct Target {
    pub(super) api: &'static [NearFunc],
    register_sources: bool,
    /// Each call's own full gas (`None`: the campaign's).
    pub(super) gas: Option<u64>,
    /// Draw a chain context per call (NEAR reads it; vmdiff's model does not).
    pub(super) near_context: bool,
    /// Pages a woven module's own memory must have so that its blobs and scratch area fit
    /// (0 for NEAR, which gives every contract its memory in place of the module's own).
    pub(super) memory_pages: u32,
    generator: Generator,
}

/// NEAR's API at the protocol version under test.
pub(super) fn near_target() -> Target {
    Target {
        api: crate::near_api::enabled(),
        register_sources: true,
        gas: Some(NEAR_CALL_GAS),
        near_context: true,
        memory_pages: 0,
        generator: Generator::NearCalls,
    }
}

/// Turns fuzz input into a NEAR case whose methods are host-call sequences (module docs).
pub fn generate(limits: &super::GenerationLimits, data: &[u8]) -> arbitrary::Result<GeneratedCase> {
    generate_for(&near_target(), limits, data)
}

/// vmdiff's own host model: the `env` functions of `abi::CONTRACT_API`, run under the host,
/// global and fuel schemes.
pub(super) fn host_model_target() -> Target {
    static API: std::sync::OnceLock<Vec<NearFunc>> = std::sync::OnceLock::new();
    let api = API.get_or_init(|| {
        crate::abi::CONTRACT_API
            .iter()
            .map(|(name, params, results)| NearFunc {
                name,
                params,
                results,
                gate: None,
            })
            .collect()
    });
    Target {
        api,
        register_sources: false,
        gas: None,
        near_context: false,
        memory_pages: 1,
        generator: Generator::Calls,
    }
}

/// The same sequences over vmdiff's own host model.
pub fn generate_for_host_model(
    limits: &super::GenerationLimits,
    data: &[u8],
) -> arbitrary::Result<GeneratedCase> {
    generate_for(&host_model_target(), limits, data)
}

fn generate_for(
    target: &Target,
    limits: &super::GenerationLimits,
    data: &[u8],
) -> arbitrary::Result<GeneratedCase> {
    let mut u = Unstructured::new(data);
    let methods = &NEAR_METHODS[..u.int_in_range(1..=NEAR_METHODS.len())?];
    // Every function imported, in the API's order.
    let indices: Vec<Option<u32>> = (0..target.api.len() as u32).map(Some).collect();
    let bodies = sequences(&mut u, target, methods.len(), &indices, 0)?;
    let wasm = encode(target.api, methods, &bodies);
    let calls = super::method_calls(&mut u, methods, limits, target.near_context, target.gas)?;
    Ok(GeneratedCase {
        wasm,
        calls,
        generator: target.generator,
        read: data.len() - u.len(),
    })
}

/// `count` bodies of `() -> ()` functions with [`LOCALS`], each a sequence of host calls:
/// `indices` gives each API function's index in the module, `base` where the blobs
/// ([`blob_segment`]) are.
pub(super) fn sequences(
    u: &mut Unstructured,
    target: &Target,
    count: usize,
    indices: &[Option<u32>],
    base: u64,
) -> arbitrary::Result<Vec<Vec<I<'static>>>> {
    let api = target.api;
    let callable: Vec<&'static str> = api
        .iter()
        .zip(indices)
        .filter(|(f, index)| {
            index.is_some() && plan(f.name).is_some_and(|p| width(p) == f.params.len())
        })
        .map(|(f, _)| f.name)
        .collect();
    let mut bodies = Vec::new();
    for _ in 0..count {
        let mut method = Method {
            u: &mut *u,
            api,
            indices,
            base,
            body: Vec::new(),
            written: Vec::new(),
            batch: false,
            joint: false,
            malformed: false,
            register_sources: target.register_sources,
        };
        let steps = method.u.int_in_range(1..=MAX_STEPS)?;
        let ends_malformed = method.u.ratio(1, 4)?;
        for step in 0..steps {
            let last = step + 1 == steps;
            method.malformed = last && ends_malformed;
            let mut name = *method.u.choose(&callable)?;
            // What ends a call goes last, and only now and then.
            if TERMINAL.contains(&name) && !(last && method.u.ratio(1, 4)?) {
                name = "log_utf8";
            }
            method.step(name)?;
        }
        bodies.push(method.body);
    }
    Ok(bodies)
}

/// The locals of a sequence's function: the last batch promise, the last joint promise.
pub(super) const LOCALS: (u32, V) = (2, V::I64);

/// The memory a module of sequences declares when it has none: one page (NEAR gives 64 MiB
/// whatever a contract declares).
pub(super) fn one_page_memory() -> MemoryType {
    MemoryType {
        minimum: 1,
        maximum: None,
        memory64: false,
        shared: false,
        page_size_log2: None,
    }
}

/// The bytes of the blobs, to be placed at the `base` the sequences were given.
pub(super) fn blob_segment() -> &'static [u8] {
    &layout().bytes
}

/// The module: every enabled function imported (index = position in `api`), one memory with
/// the blobs at their offsets, and each method a `() -> ()` export.
fn encode(api: &[NearFunc], methods: &[&str], bodies: &[Vec<I<'static>>]) -> Vec<u8> {
    let convert = crate::wasm::val_type;
    let mut types = TypeSection::new();
    let mut imports = ImportSection::new();
    for (index, func) in api.iter().enumerate() {
        types.ty().function(
            func.params.iter().map(convert),
            func.results.iter().map(convert),
        );
        imports.import("env", func.name, EntityType::Function(index as u32));
    }
    let method_type = api.len() as u32;
    types.ty().function([], []);
    let mut functions = FunctionSection::new();
    let mut exports = ExportSection::new();
    let mut code = CodeSection::new();
    for (index, (name, body)) in methods.iter().zip(bodies).enumerate() {
        functions.function(method_type);
        exports.export(name, ExportKind::Func, api.len() as u32 + index as u32);
        let mut function = Function::new([LOCALS]);
        for instruction in body {
            function.instruction(instruction);
        }
        function.instruction(&I::End);
        code.function(&function);
    }
    let mut memories = MemorySection::new();
    memories.memory(one_page_memory());
    let mut data = DataSection::new();
    data.active(0, &ConstExpr::i32_const(0), blob_segment().iter().copied());
    let mut module = Module::new();
    module
        .section(&types)
        .section(&imports)
        .section(&functions)
        .section(&memories)
        .section(&exports)
        .section(&code)
        .section(&data);
    module.finish()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::generate::{case_bytes, GenerationLimits};

    #[test]
    fn every_function_but_the_deprecated_iterators_has_a_plan_of_its_width() {
        for func in crate::near_api::NEAR_API {
            match plan(func.name) {
                Some(args) => assert_eq!(width(args), func.params.len(), "{}", func.name),
                None => assert!(func.name.starts_with("storage_iter"), "{}", func.name),
            }
        }
    }

    #[test]
    fn host_model_sequences_are_in_profile() {
        let limits = GenerationLimits::default();
        let profile = crate::profile::Profile::default();
        for index in 0..200 {
            let data = case_bytes(12, index, 4096);
            let case = generate_for_host_model(&limits, &data).expect("enough bytes");
            if let Err(why) = profile.check(&case.wasm) {
                panic!("case {index}: {why}");
            }
        }
    }

    #[test]
    fn sequences_are_valid_modules() {
        let limits = GenerationLimits::default();
        for index in 0..200 {
            let case = generate(&limits, &case_bytes(11, index, 4096)).expect("enough bytes");
            wasmparser::Validator::new()
                .validate_all(&case.wasm)
                .unwrap_or_else(|e| panic!("case {index}: {e}"));
            assert!(!case.calls.is_empty());
        }
    }
}
