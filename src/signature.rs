//! A finding's signature, the bucket key for duplicates (DESIGN.md): built by the oracle, read
//! back by the gate, the statistics and triage through this one type.
//!
//! Its text is `class:fields:left~right:left_kind~right_kind` for a divergence or a relaxed
//! difference (`unknown:result+state:winch/fuel~winch@45/fuel:gas_exhausted~ok`), and
//! `class:rest` for the rest (`unknown:compile_blowup:winch`, `crash.panic:<message>`). The
//! class is `unknown`, a known class, `open.<id>`, a policy rule or `crash.<kind>`.

use std::fmt;
use std::str::FromStr;

/// The class position of a signature for an open finding: `open.<id>`.
pub const OPEN_PREFIX: &str = "open.";
/// The class position of a crash's signature: `crash.<kind>`.
pub const CRASH_PREFIX: &str = "crash.";

#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Signature {
    pub class: String,
    /// Everything after the class, as written.
    pub rest: String,
}

/// The two configs a divergence signature names, as written (`backend/scheme`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ConfigPair<'a> {
    pub left: &'a str,
    pub right: &'a str,
}

impl ConfigPair<'_> {
    /// The backend of each side (`winch@45+near` of `winch@45+near/fuel`).
    pub fn backends(&self) -> Option<(&str, &str)> {
        fn backend(config: &str) -> Option<&str> {
            config.split_once('/').map(|(backend, _)| backend)
        }
        Some((backend(self.left)?, backend(self.right)?))
    }

    /// The schemes the pair involves, each once, left first.
    pub fn schemes(&self) -> Option<Vec<String>> {
        let mut schemes: Vec<String> = Vec::new();
        for config in [self.left, self.right] {
            let (_, scheme) = config.split_once('/')?;
            if !schemes.iter().any(|s| s == scheme) {
                schemes.push(scheme.to_string());
            }
        }
        Some(schemes)
    }
}

impl Signature {
    /// A divergence's or relaxation's signature.
    pub fn of_pair(
        class: &str,
        fields: &str,
        left: impl fmt::Display,
        right: impl fmt::Display,
        kinds: (&str, &str),
    ) -> Signature {
        Signature {
            class: class.to_string(),
            rest: format!("{fields}:{left}~{right}:{}~{}", kinds.0, kinds.1),
        }
    }

    /// Neither a known class, an open finding, a rule nor a crash.
    pub fn is_unknown(&self) -> bool {
        self.class == "unknown"
    }

    /// The open finding's id, for `open.<id>`.
    pub fn open_id(&self) -> Option<&str> {
        self.class.strip_prefix(OPEN_PREFIX)
    }

    pub fn is_crash(&self) -> bool {
        self.class.starts_with(CRASH_PREFIX)
    }

    /// A known class's name (not `unknown`, an open finding or a crash).
    pub fn known_class(&self) -> Option<&str> {
        (!self.is_unknown() && self.open_id().is_none() && !self.is_crash())
            .then_some(self.class.as_str())
    }

    /// The two configs, when the signature names a pair (a crash or a compile blowup does not).
    pub fn configs(&self) -> Option<ConfigPair<'_>> {
        if self.is_crash() {
            return None;
        }
        let configs = self.rest.split(':').nth(1)?;
        let (left, right) = configs.split_once('~')?;
        Some(ConfigPair { left, right })
    }

    /// The schemes the signature involves, or `None` when it names no config pair (which
    /// concerns every scheme).
    pub fn schemes(&self) -> Option<Vec<String>> {
        self.configs()?.schemes()
    }
}

impl fmt::Display for Signature {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}", self.class, self.rest)
    }
}

impl FromStr for Signature {
    type Err = std::convert::Infallible;
    /// Any text reads as a signature: one without a `:` is a class alone.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let (class, rest) = s.split_once(':').unwrap_or((s, ""));
        Ok(Signature {
            class: class.to_string(),
            rest: rest.to_string(),
        })
    }
}

impl Signature {
    /// [`FromStr`] without the `Result`: every text reads.
    pub fn parse(s: &str) -> Signature {
        match s.parse() {
            Ok(signature) => signature,
            Err(never) => match never {},
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_divergence_signature_round_trips_and_names_its_parts() {
        let text = "open.x:result+state:winch@45+near/fuel~winch+near/fuel:ok~gas_exhausted";
        let signature = Signature::parse(text);
        assert_eq!(signature.to_string(), text);
        assert_eq!(signature.open_id(), Some("x"));
        let configs = signature.configs().unwrap();
        assert_eq!(configs.backends(), Some(("winch@45+near", "winch+near")));
        assert_eq!(signature.schemes(), Some(vec!["fuel".to_string()]));
        assert_eq!(
            Signature::of_pair(
                "open.x",
                "result+state",
                "winch@45+near/fuel",
                "winch+near/fuel",
                ("ok", "gas_exhausted")
            ),
            signature
        );
    }

    #[test]
    fn crashes_and_blowups_name_no_pair() {
        let crash = Signature::parse("crash.panic:at src/x.rs:1:2 a~b");
        assert!(crash.is_crash() && crash.configs().is_none() && crash.known_class().is_none());
        assert_eq!(
            Signature::parse("unknown:compile_blowup:winch").schemes(),
            None
        );
        assert_eq!(
            Signature::parse("cls:gas_used:a/host~b/global:ok~ok").known_class(),
            Some("cls")
        );
    }
}
