//! How `run` and `repro` print a case: a table per call, or one JSON line per call.

use std::process::ExitCode;
use vmdiff::case::CaseResult;
use vmdiff::matrix::CallReport;
use vmdiff::outcome::{CallResult, Value};

pub fn exit_code(result: &CaseResult, strict: bool) -> ExitCode {
    ExitCode::from(u8::from(result.failing(strict)))
}

pub fn print_result(result: &CaseResult, json: bool) {
    if json {
        for report in &result.reports {
            println!(
                "{}",
                serde_json::to_string(&call_json(report)).unwrap_or_default()
            );
        }
        if let Some(e) = &result.prepare_error {
            println!("{}", serde_json::json!({ "prepare_error": e }));
        }
        return;
    }
    if let Some(e) = &result.prepare_error {
        println!("preparation failed: {e}");
    }
    for report in &result.reports {
        print!("{}", call_table(report));
    }
}

fn call_json(report: &CallReport) -> serde_json::Value {
    let configs: Vec<serde_json::Value> = report
        .outcomes
        .iter()
        .zip(&report.limits)
        .map(|((config, outcome), limit)| {
            let result = match &outcome.result {
                CallResult::Ok(values) => serde_json::json!({ "ok": values }),
                CallResult::Trap(kind) => serde_json::json!({ "trap": kind.name() }),
            };
            serde_json::json!({
                "backend": config.backend,
                "scheme": config.scheme,
                "gas_limit": limit,
                "result": result,
                "gas_used": outcome.gas_used,
                "host_calls": outcome.host_trace.len(),
                "state": outcome.state,
            })
        })
        .collect();
    let divergences: Vec<serde_json::Value> = report
        .comparison
        .divergences
        .iter()
        .map(|d| {
            serde_json::json!({
                "left": d.left.to_string(),
                "right": d.right.to_string(),
                "rule": d.rule,
                "fields": d.fields,
                "left_result": d.left_result,
                "right_result": d.right_result,
                "signature": d.signature(),
                "known": d.known,
                "open": d.open,
            })
        })
        .collect();
    serde_json::json!({
        "export": report.export,
        "args": report.args,
        "gas_limit": report.limits.iter().max().copied().unwrap_or(0),
        "configs": configs,
        "divergences": divergences,
        "mechanisms": report.comparison.mechanisms,
        "relaxed": report.comparison.relaxed,
        "poisoned": report.comparison.poisoned,
    })
}

fn call_table(report: &CallReport) -> String {
    use std::fmt::Write;
    let mut out = String::new();
    let args: Vec<String> = report.args.iter().map(Value::to_string).collect();
    let _ = writeln!(out, "\n{}({})", report.export, args.join(", "));
    let _ = writeln!(
        out,
        "  {:<24} {:>12} {:<34} {:>12} {:>6}  {}",
        "config", "gas limit", "result", "gas used", "calls", "state"
    );
    for ((config, outcome), limit) in report.outcomes.iter().zip(&report.limits) {
        let _ = writeln!(
            out,
            "  {:<24} {:>12} {:<34} {:>12} {:>6}  {}",
            config.to_string(),
            limit,
            truncate(&outcome.result.to_string(), 34),
            outcome.gas_used,
            outcome.host_trace.len(),
            outcome.state.as_deref().unwrap_or("-")
        );
        if let Some(near) = &outcome.near {
            let _ = writeln!(
                out,
                "  {:<24} used {} · compute {} · return {} · {} logs{}",
                "",
                near.used_gas,
                near.compute_usage,
                truncate(&near.return_data, 40),
                near.logs.len(),
                near.abort
                    .as_ref()
                    .map(|a| format!(" · abort {}", truncate(a, 80)))
                    .unwrap_or_default()
            );
        }
    }
    for m in &report.comparison.mechanisms {
        let mut parts = Vec::new();
        if let Some(r) = m.gas_ratio {
            parts.push(format!("gas ratio {r:.3}"));
        }
        if let Some(o) = m.overshoot_host_calls {
            parts.push(format!("both out of gas, overshoot {o:+} host calls"));
        }
        if m.only_one_exhausted {
            parts.push("only one ran out of gas at its limit".into());
        }
        if !parts.is_empty() {
            let _ = writeln!(out, "  {} vs {}: {}", m.right, m.left, parts.join(", "));
        }
    }
    for r in &report.comparison.relaxed {
        let _ = writeln!(
            out,
            "  relaxed {} vs {} in {} by the policy's rule {}: {} | {}",
            r.left,
            r.right,
            r.field.as_str(),
            r.rule.as_str(),
            r.left_gas_used,
            r.right_gas_used
        );
    }
    if report.comparison.divergences.is_empty() {
        let _ = writeln!(out, "  all configs agree");
    }
    for d in &report.comparison.divergences {
        let fields: Vec<&str> = d.fields.iter().map(|f| f.as_str()).collect();
        let _ = writeln!(
            out,
            "  DIVERGENCE {} vs {} in {} ({:?}): {} | {}{}",
            d.left,
            d.right,
            fields.join(", "),
            d.rule,
            d.left_result,
            d.right_result,
            match (&d.known, &d.open) {
                (Some(class), _) => format!("  [known: {class}]"),
                (None, Some(id)) => format!("  [open:{id}]"),
                (None, None) => "  [unknown]".into(),
            }
        );
    }
    for c in &report.comparison.poisoned {
        let _ = writeln!(out, "  poisoned (left out): {c}");
    }
    out
}

fn truncate(text: &str, width: usize) -> String {
    if text.chars().count() <= width {
        text.to_string()
    } else {
        let cut: String = text.chars().take(width - 1).collect();
        format!("{cut}…")
    }
}
