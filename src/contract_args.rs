//! JSON arguments for a real contract's methods, derived from the contract itself: the names
//! its code points at in its data (serde's field names, compiled into rodata as string
//! literals that the field visitor compares keys against), and the guest's own panic messages
//! (near-sdk reports serde_json's error with its position: `Failed to deserialize input from
//! JSON.: Error("missing field `owner_id`", line: 1, column: 2)`).
//!
//! Everything here is deterministic: the same module and the same messages give the same
//! candidates. The search that runs them lives in [`crate::contract_plan`].

use serde_json::{Map, Value as Json};
use std::collections::{BTreeMap, BTreeSet};

/// Names a contract's code uses, grouped by the function that uses them (a struct's field
/// visitor compares a key against all of that struct's fields): string literals its
/// `i32.const`s point at in its data, and short names compared as immediates (LLVM compares an
/// 8-byte `metadata` as one `i64.const`, a 4-byte `name` as one `i32.const`).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct DataNames {
    pub groups: Vec<Vec<String>>,
}

/// Names every Rust contract carries from its libraries (serde_json's literal parser,
/// `Utf8Error`'s and `io::Error`'s `Debug`): never a contract's field.
const LIBRARY_NAMES: &[&str] = &[
    "true",
    "false",
    "null",
    "rue",
    "alse",
    "ull",
    "inf",
    "nan",
    "kind",
    "error",
    "valid_up_to",
    "error_len",
    "code",
];

/// The longest name taken for a field.
const MAX_NAME: usize = 64;

impl DataNames {
    /// Scans `wasm`. Every `i32.const` that points into an active data segment (of a constant
    /// offset) starts a candidate string, which runs to the next such address (less trailing
    /// zero padding); a candidate that is wholly a lower-case identifier is a name. An `i64.const` or `i32.const` whose
    /// bytes spell a lower-case identifier is a name too. An invalid module gives no names
    /// (its rejection is preparation's to report).
    pub fn from_module(wasm: &[u8]) -> DataNames {
        let Ok((segments, functions)) = scan(wasm) else {
            return DataNames::default();
        };
        let find = |addr: u32| {
            segments
                .iter()
                .find(|(base, bytes)| addr >= *base && (addr - base) < bytes.len() as u32)
        };
        let starts: BTreeSet<u32> = functions
            .iter()
            .flatten()
            .filter_map(|c| match c {
                Constant::I32(v) => Some(*v as u32),
                Constant::I64(_) => None,
            })
            .filter(|a| find(*a).is_some())
            .collect();
        let literal = |start: u32| -> Option<String> {
            let (base, bytes) = find(start)?;
            let end = starts
                .range(start + 1..)
                .next()
                .copied()
                .unwrap_or(u32::MAX);
            let len = (end - start).min(MAX_NAME as u32 + 1) as usize;
            let from = (start - base) as usize;
            let mut text = &bytes[from..(from + len).min(bytes.len())];
            // Padding before the next string or segment.
            while let [rest @ .., 0] = text {
                text = rest;
            }
            (text.len() >= 2 && text.len() <= MAX_NAME && is_identifier(text))
                .then(|| String::from_utf8_lossy(text).into_owned())
        };
        let spelled = |bytes: &[u8]| {
            is_identifier(bytes).then(|| String::from_utf8_lossy(bytes).into_owned())
        };
        let mut groups = Vec::new();
        for constants in &functions {
            let mut group: Vec<String> = Vec::new();
            for constant in constants {
                let name = match *constant {
                    Constant::I32(v) => literal(v as u32).or_else(|| spelled(&v.to_le_bytes())),
                    Constant::I64(v) => spelled(&v.to_le_bytes()),
                };
                if let Some(name) = name {
                    if !LIBRARY_NAMES.contains(&name.as_str()) && !group.contains(&name) {
                        group.push(name);
                    }
                }
            }
            if !group.is_empty() && !groups.contains(&group) {
                groups.push(group);
            }
        }
        DataNames { groups }
    }

    /// Candidate argument objects for a method whose failures name no field: `{}`, then each
    /// group of names as one object, values guessed from the names.
    pub fn candidates(&self, accounts: &Accounts) -> Vec<Json> {
        let mut out = vec![Json::Object(Map::new())];
        for group in &self.groups {
            let object: Map<String, Json> = group
                .iter()
                .map(|name| (name.clone(), value_for_name(name, accounts)))
                .collect();
            out.push(Json::Object(object));
        }
        out
    }

    /// `object` with the names that share a group with one of its keys added (optional
    /// fields: serde never asks for them); `None` when there are none to add.
    pub fn widen(&self, object: &Json, accounts: &Accounts) -> Option<Json> {
        let Json::Object(map) = object else {
            return None;
        };
        let mut wider = map.clone();
        for group in self
            .groups
            .iter()
            .filter(|g| g.iter().any(|n| map.contains_key(n)))
        {
            for name in group {
                if !wider.contains_key(name) {
                    wider.insert(name.clone(), value_for_name(name, accounts));
                }
            }
        }
        (wider.len() > map.len()).then_some(Json::Object(wider))
    }
}

fn is_identifier(text: &[u8]) -> bool {
    matches!(text.first(), Some(b'a'..=b'z' | b'_'))
        && text
            .iter()
            .all(|b| matches!(b, b'a'..=b'z' | b'0'..=b'9' | b'_'))
}

/// An integer immediate of the code.
#[derive(Clone, Copy, Debug)]
enum Constant {
    I32(i32),
    I64(i64),
}

/// The active data segments (offset, bytes) and each function body's integer immediates, in
/// code order.
#[allow(clippy::type_complexity)]
fn scan(
    wasm: &[u8],
) -> Result<(Vec<(u32, Vec<u8>)>, Vec<Vec<Constant>>), wasmparser::BinaryReaderError> {
    use wasmparser::{DataKind, Operator, Parser, Payload};
    let mut segments = Vec::new();
    let mut functions = Vec::new();
    for payload in Parser::new(0).parse_all(wasm) {
        match payload? {
            Payload::DataSection(reader) => {
                for data in reader {
                    let data = data?;
                    if let DataKind::Active { offset_expr, .. } = data.kind {
                        let mut ops = offset_expr.get_operators_reader();
                        if let Ok(Operator::I32Const { value }) = ops.read() {
                            segments.push((value as u32, data.data.to_vec()));
                        }
                    }
                }
            }
            Payload::CodeSectionEntry(body) => {
                let mut ops = body.get_operators_reader()?;
                let mut constants = Vec::new();
                while !ops.eof() {
                    match ops.read()? {
                        Operator::I32Const { value } => constants.push(Constant::I32(value)),
                        Operator::I64Const { value } => constants.push(Constant::I64(value)),
                        _ => {}
                    }
                }
                functions.push(constants);
            }
            _ => {}
        }
    }
    Ok((segments, functions))
}

/// The accounts a call's arguments name: the caller (so that the caller is the owner of what
/// it initialises) and the contract itself.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Accounts {
    pub predecessor: String,
    pub current: String,
}

/// A decimal amount, the way near-sdk's `U128`/`U64` travel in JSON.
pub const AMOUNT: &str = "1000";

/// Whether a field name says it holds an account id.
fn names_account(name: &str) -> bool {
    let name = name.to_ascii_lowercase();
    name.ends_with("_id")
        || name.ends_with("account")
        || name.ends_with("accounts")
        || [
            "owner",
            "receiver",
            "sender",
            "recipient",
            "beneficiary",
            "predecessor",
            "user",
            "to",
            "from",
            "contract",
            "signer",
        ]
        .contains(&name.as_str())
}

/// A first value for a field called `name`: an account id where the name says so, else a
/// decimal amount as a string (a valid `U128`, `U64`, text and base64 alike).
pub fn value_for_name(name: &str, accounts: &Accounts) -> Json {
    if names_account(name) {
        Json::String(accounts.predecessor.clone())
    } else {
        Json::String(AMOUNT.into())
    }
}

/// A value of the kind serde said it expected (`expected u64`, `expected a string`, `expected
/// struct Metadata`…), for a field called `name`; `None` when the text names no kind.
pub fn value_for_expected(expected: &str, name: &str, accounts: &Accounts) -> Option<Json> {
    let e = expected.to_ascii_lowercase();
    let has_word = |w: &str| {
        e.split(|c: char| !c.is_ascii_alphanumeric())
            .any(|part| part == w)
    };
    let number = [
        "u8", "u16", "u32", "u64", "u128", "usize", "i8", "i16", "i32", "i64", "i128",
    ]
    .iter()
    .chain(&["isize", "f32", "f64", "integer", "number"])
    .any(|w| has_word(w));
    Some(if e.contains("newtype variant") {
        return None;
    } else if has_word("boolean") || has_word("bool") {
        Json::Bool(true)
    } else if number {
        Json::from(1)
    } else if has_word("sequence") || has_word("array") || has_word("tuple") || has_word("vec") {
        Json::Array(Vec::new())
    } else if has_word("struct") || has_word("map") || has_word("object") {
        Json::Object(Map::new())
    } else if has_word("unit") || has_word("null") || has_word("option") {
        Json::Null
    } else if has_word("char") || has_word("character") {
        Json::String("a".into())
    } else if has_word("enum") {
        // A string: serde answers with the variants it knows.
        Json::String(String::new())
    } else if has_word("string") || has_word("str") {
        value_for_name(name, accounts)
    } else {
        return None;
    })
}

/// The values tried, in order, at a place whose error says nothing usable.
pub fn fallbacks(accounts: &Accounts) -> Vec<Json> {
    vec![
        Json::String(AMOUNT.into()),
        Json::String(accounts.predecessor.clone()),
        Json::from(1),
        Json::Bool(true),
        Json::Object(Map::new()),
        Json::Array(Vec::new()),
        Json::Null,
        Json::String(String::new()),
        Json::String(accounts.current.clone()),
    ]
}

/// A step of a path into a JSON value.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Step {
    Key(String),
    Index(usize),
}

/// Where a part of a serialised argument lies: `[start, end)` in bytes; `key` when the part is
/// an object's key (the value at `path` is then that object).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Span {
    pub path: Vec<Step>,
    pub key: Option<String>,
    pub start: usize,
    pub end: usize,
}

/// Serialises `value` compactly (as serde_json does) and records where each value and each
/// key lies, so that an error's column can be traced back to the value it is about.
pub fn serialise(value: &Json) -> (String, Vec<Span>) {
    fn go(value: &Json, path: &mut Vec<Step>, out: &mut String, spans: &mut Vec<Span>) {
        let start = out.len();
        match value {
            Json::Object(map) => {
                out.push('{');
                for (i, (key, item)) in map.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    let key_start = out.len();
                    out.push_str(&Json::String(key.clone()).to_string());
                    spans.push(Span {
                        path: path.clone(),
                        key: Some(key.clone()),
                        start: key_start,
                        end: out.len(),
                    });
                    out.push(':');
                    path.push(Step::Key(key.clone()));
                    go(item, path, out, spans);
                    path.pop();
                }
                out.push('}');
            }
            Json::Array(items) => {
                out.push('[');
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    path.push(Step::Index(i));
                    go(item, path, out, spans);
                    path.pop();
                }
                out.push(']');
            }
            scalar => out.push_str(&scalar.to_string()),
        }
        spans.push(Span {
            path: path.clone(),
            key: None,
            start,
            end: out.len(),
        });
    }
    let mut out = String::new();
    let mut spans = Vec::new();
    go(value, &mut Vec::new(), &mut out, &mut spans);
    (out, spans)
}

/// serde_json's error inside a guest's panic message: its text and the column (bytes read on
/// line 1) where it arose.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct JsonError {
    pub message: String,
    pub column: usize,
}

/// Finds `Error("…", line: L, column: C)` (serde_json's `Debug`) in a panic message.
pub fn json_error(panic: &str) -> Option<JsonError> {
    let at = panic.find("Error(\"")?;
    let rest = &panic[at + 7..];
    // The message ends at the last `", line: ` (the message itself may quote).
    let end = rest.rfind("\", line: ")?;
    let message = unescape(&rest[..end]);
    let tail = &rest[end + 9..];
    let column = tail
        .split("column: ")
        .nth(1)?
        .chars()
        .take_while(char::is_ascii_digit)
        .collect::<String>()
        .parse()
        .ok()?;
    Some(JsonError { message, column })
}

/// Undoes Rust's `Debug` escaping of a string's contents (`\"`, `\\`, `\n`, `\'`, `\t`).
pub fn unescape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('n') => out.push('\n'),
            Some('t') => out.push('\t'),
            Some('r') => out.push('\r'),
            Some(other) => out.push(other),
            None => out.push('\\'),
        }
    }
    out
}

/// Whether a panic message comes from deserialising the call's arguments (near-sdk's
/// `Failed to deserialize input`, or a serde_json error with its position).
pub fn is_argument_parsing(panic: &str) -> bool {
    panic.contains("Failed to deserialize input") || json_error(panic).is_some()
}

/// The text between the first pair of backticks after `from` in `text`.
fn backticked(text: &str) -> Option<&str> {
    let start = text.find('`')? + 1;
    let len = text[start..].find('`')?;
    Some(&text[start..start + len])
}

/// The value the error at `column` is about: the innermost part that ends there (serde_json
/// reports the position after the value it rejected), else the innermost part containing it.
fn target(spans: &[Span], column: usize) -> Option<&Span> {
    let width = |s: &&Span| s.end - s.start;
    spans
        .iter()
        .filter(|s| s.end == column)
        .min_by_key(width)
        .or_else(|| {
            spans
                .iter()
                .filter(|s| s.start < column && column <= s.end)
                .min_by_key(width)
        })
}

fn get_mut<'a>(root: &'a mut Json, path: &[Step]) -> Option<&'a mut Json> {
    let mut at = root;
    for step in path {
        at = match (step, at) {
            (Step::Key(k), Json::Object(map)) => map.get_mut(k)?,
            (Step::Index(i), Json::Array(items)) => items.get_mut(*i)?,
            _ => return None,
        };
    }
    Some(at)
}

/// The field name a path ends in (`""` at the root or in an array).
fn last_name(path: &[Step]) -> &str {
    match path.last() {
        Some(Step::Key(k)) => k,
        _ => "",
    }
}

/// One search's memory of what it tried where: the fallback values used per place.
#[derive(Debug, Default)]
pub struct Repairs {
    tried: BTreeMap<Vec<Step>, usize>,
}

impl Repairs {
    /// The argument `current` changed as `error` asks (the first step of the repair: a field
    /// added, a value of the expected kind, a variant serde listed); `None` when the error
    /// gives nothing more to try. `text`'s spans locate the error.
    pub fn repair(
        &mut self,
        current: &Json,
        spans: &[Span],
        error: &JsonError,
        accounts: &Accounts,
    ) -> Option<Json> {
        let mut next = current.clone();
        if error.column == 0 {
            // Nothing was read: an empty or unreadable input.
            return (current != &Json::Object(Map::new())).then(|| Json::Object(Map::new()));
        }
        let span = target(spans, error.column)?.clone();
        let message = error.message.as_str();
        let place = get_mut(&mut next, &span.path)?;
        if let Some(key) = &span.key {
            // About an object's key: a field serde does not know, or a variant's name.
            let Json::Object(map) = place else {
                return None;
            };
            let value = map.remove(key)?;
            if message.starts_with("unknown variant") {
                let variant = message.split("expected").nth(1).and_then(backticked)?;
                if variant == key {
                    return None;
                }
                map.insert(variant.to_string(), value);
            }
            return Some(next);
        }
        let name = last_name(&span.path).to_string();
        if let Some(rest) = message.strip_prefix("missing field ") {
            let field = backticked(rest)?;
            if !place.is_object() {
                *place = Json::Object(Map::new());
            }
            let Json::Object(map) = place else {
                unreachable!("made an object above");
            };
            if map.contains_key(field) {
                return None;
            }
            map.insert(field.to_string(), value_for_name(field, accounts));
            return Some(next);
        }
        if message.starts_with("unknown variant") {
            if let Some(variant) = message.split("expected").nth(1).and_then(backticked) {
                let variant = Json::String(variant.to_string());
                if *place != variant {
                    *place = variant;
                    return Some(next);
                }
            }
        }
        // An enum variant that carries data, named by a string so far.
        if let (Json::String(variant), Some(kind)) = (&*place, variant_kind(message)) {
            let mut map = Map::new();
            map.insert(variant.clone(), kind);
            *place = Json::Object(map);
            return Some(next);
        }
        if let Some(expected) = message.split(", expected ").nth(1) {
            if let Some(value) = value_for_expected(expected, &name, accounts) {
                if *place != value {
                    *place = value;
                    return Some(next);
                }
            }
        }
        if message.starts_with("invalid length") {
            if let Json::Array(items) = place {
                items.push(Json::String(AMOUNT.into()));
                return Some(next);
            }
        }
        // Nothing usable in the message (a custom error: an account id, a number in a string):
        // the next fallback value here that differs from what is there.
        let fallbacks = fallbacks(accounts);
        let tried = self.tried.entry(span.path.clone()).or_default();
        while *tried < fallbacks.len() {
            let value = fallbacks[*tried].clone();
            *tried += 1;
            if *place != value {
                *place = value;
                return Some(next);
            }
        }
        None
    }
}

/// The value inside an enum variant that serde says carries data: `expected newtype variant`
/// and the like, in `invalid type: unit variant, expected …`.
fn variant_kind(message: &str) -> Option<Json> {
    let expected = message.split(", expected ").nth(1)?;
    if expected.contains("newtype variant") {
        Some(Json::String(AMOUNT.into()))
    } else if expected.contains("struct variant") {
        Some(Json::Object(Map::new()))
    } else if expected.contains("tuple variant") {
        Some(Json::Array(Vec::new()))
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn accounts() -> Accounts {
        Accounts {
            predecessor: "bob.near".into(),
            current: "contract.near".into(),
        }
    }

    fn repaired(current: Json, message: &str, column: usize) -> Option<Json> {
        let (_, spans) = serialise(&current);
        Repairs::default().repair(
            &current,
            &spans,
            &JsonError {
                message: message.into(),
                column,
            },
            &accounts(),
        )
    }

    #[test]
    fn serialise_matches_serde_json_and_locates_values() {
        let value = json!({"a": [1, {"b": "x"}], "c": null});
        let (text, spans) = serialise(&value);
        assert_eq!(text, value.to_string());
        let b = spans
            .iter()
            .find(|s| s.path == [Step::Key("a".into()), Step::Index(1), Step::Key("b".into())])
            .unwrap();
        assert_eq!(&text[b.start..b.end], "\"x\"");
    }

    #[test]
    fn near_sdk_panic_gives_serde_error_and_column() {
        let panic = "panicked at 'Failed to deserialize input from JSON.: Error(\"invalid type: \
                     string \\\"1000\\\", expected u64\", line: 1, column: 16)', src/lib.rs:9:1";
        let error = json_error(panic).unwrap();
        assert_eq!(error.message, "invalid type: string \"1000\", expected u64");
        assert_eq!(error.column, 16);
        assert!(is_argument_parsing(panic));
        assert!(!is_argument_parsing("The contract is not initialized"));
    }

    #[test]
    fn repairs_follow_the_message_to_the_right_place() {
        // A missing field in a nested object: the column is the end of that object.
        let current = json!({"metadata": {}, "owner_id": "bob.near"});
        let (text, _) = serialise(&current);
        let column = text.find('}').unwrap() + 1;
        assert_eq!(
            repaired(current, "missing field `spec`", column),
            Some(json!({"metadata": {"spec": "1000"}, "owner_id": "bob.near"}))
        );
        // A wrong kind: the column is the end of the value.
        let current = json!({"n": "1000"});
        assert_eq!(
            repaired(current, "invalid type: string \"1000\", expected u64", 11),
            Some(json!({"n": 1}))
        );
        assert_eq!(
            repaired(json!({}), "missing field `receiver_id`", 2),
            Some(json!({"receiver_id": "bob.near"}))
        );
        assert_eq!(
            repaired(
                json!({"k": ""}),
                "unknown variant ``, expected one of `Alpha`, `Beta`",
                7
            ),
            Some(json!({"k": "Alpha"}))
        );
        assert_eq!(
            repaired(
                json!({"x": 1, "k": 2}),
                "unknown field `x`, expected `k`",
                10 // after the key `"x"` in `{"k":2,"x":1}`
            ),
            Some(json!({"k": 2}))
        );
        assert_eq!(
            repaired(json!({}), "missing field `a`", 2).and_then(|v| repaired(
                v,
                "invalid type: unit variant, expected newtype variant",
                11
            )),
            Some(json!({"a": {"1000": "1000"}}))
        );
    }

    #[test]
    fn custom_errors_walk_the_fallbacks_then_stop() {
        let mut repairs = Repairs::default();
        let mut current = json!({"who": "1000"});
        let mut seen = BTreeSet::new();
        while let Some(next) = {
            let (_, spans) = serialise(&current);
            let error = JsonError {
                message: "the account ID is invalid".into(),
                column: serialise(&current).0.len() - 1,
            };
            repairs.repair(&current, &spans, &error, &accounts())
        } {
            assert!(seen.insert(next.to_string()), "no value is tried twice");
            current = next;
        }
        assert_eq!(seen.len(), fallbacks(&accounts()).len() - 1);
    }
}
