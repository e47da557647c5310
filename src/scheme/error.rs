//! The scheme axis's errors, owned here and wrapped above (`prepare::PrepareError`), as
//! finite-wasm's `gas::Error` sits under its `lib.rs::Error`: a scheme never names the error
//! type of the stage that calls it.

/// A scheme could not instrument a module the profile accepted (or a step of preparation
/// around it failed): a defect of vmdiff or of finite-wasm, and a finding for the `prepare`
/// fuzz target.
#[derive(Debug, thiserror::Error)]
#[error("preparation failed for scheme {scheme}: {message}")]
pub struct InstrumentError {
    pub scheme: String,
    pub message: String,
}

impl InstrumentError {
    pub fn new(scheme: &str, message: impl ToString) -> InstrumentError {
        InstrumentError {
            scheme: scheme.to_string(),
            message: message.to_string(),
        }
    }
}

/// Every error in a chain, joined: finite-wasm's errors put the detail in their sources.
pub fn error_chain(error: &dyn std::error::Error) -> String {
    let mut text = error.to_string();
    let mut source = error.source();
    while let Some(inner) = source {
        text.push_str(": ");
        text.push_str(&inner.to_string());
        source = inner.source();
    }
    text
}
