#!/usr/bin/env bash
# The nightly job: build the cargo-fuzz targets, run each with every core for a time budget,
# merge new corpus entries back, move findings into crashes/, aggregate statistics into a
# dated report directory, then run the later steps (triage, scaling, gate) that exist.
#
#   scripts/nightly.sh [SECONDS_PER_TARGET]      (default 3600)
#
# Environment: VMDIFF_SANITIZER=address builds with AddressSanitizer (needs nightly Rust);
# by default the targets build on stable without a sanitizer. VMDIFF_BACKENDS/VMDIFF_SCHEMES
# default to the full matrix here; VMDIFF_GENERATOR / VMDIFF_SEEDS choose the diff target's
# generator and wasm-mutate's seed modules (e.g. a folder of real contracts);
# VMDIFF_NIGHTLY_NEAR=0 skips the NEAR pair's campaign. Interrupting (Ctrl-C, SIGTERM) stops the fuzzers but still
# merges the corpus and moves every artefact: nothing found is lost.
#
# Exit code: the alarm rings on what is new. 0 when nothing new appeared (open findings and
# known classes seen again included); 1 when a new finding or crash appeared (`vmdiff news`,
# against the ledger reports/ledger.json) or when an open finding's reproducer stopped
# reproducing (`vmdiff findings --check`); 2 when the nightly itself failed: a fuzzer that
# stopped with an error and left no crash file, a crash file not saved into crashes/, or
# statistics, triage, news or the gate ending in an error. The gate's READY / NOT READY is
# the report's GATE.md (and gate.json), strict and separate from the alarm.
set -uo pipefail
budget=${1:-3600}
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
day=$(date -u +%Y-%m-%d)
report="$root/reports/$day"
mkdir -p "$report/stats" "$report/artifacts"
jobs=$(nproc)
interrupted=0
fuzzer=
# A signal to this script alone (a scheduler's SIGTERM) must also stop the running fuzzer,
# which is then waited for, so that it finishes writing what it found.
trap 'interrupted=1; echo "nightly: interrupted, finishing up"; [ -n "$fuzzer" ] && kill -TERM "$fuzzer" 2>/dev/null' INT TERM
errors=()
error() { errors+=("$1"); echo "nightly: ERROR: $1"; }
targets=(diff prepare compile_bound)

export VMDIFF_BACKENDS=${VMDIFF_BACKENDS:-all}
export VMDIFF_SCHEMES=${VMDIFF_SCHEMES:-all}
export VMDIFF_STATS_DIR="$report/stats"
export VMDIFF_CRASHES="$root/crashes"

sanitizer=(-s none)
toolchain=()
asan_logs=0
if [ "${VMDIFF_SANITIZER:-}" = address ]; then
  sanitizer=(-s address --features asan)
  toolchain=(+nightly)
  asan_logs=1
fi

# Waits for the fuzzer just started in the background (PID $1; the signal trap stops it) and
# sets rc to its exit status. `wait` returns early when a signal arrives; wait again until the
# fuzzer has exited (a zombie still answers kill -0, so the last `wait` reaped it: its status).
await_fuzzer() {
  fuzzer=$1
  while :; do
    wait "$fuzzer"; rc=$?
    kill -0 "$fuzzer" 2>/dev/null || break
  done
  fuzzer=
}

step() { local start=$SECONDS; echo "::: $1"; shift; "$@"; local rc=$?; echo "::: took $((SECONDS - start)) s (exit $rc)"; return $rc; }

step "build vmdiff" cargo build --release --locked || exit 1
step "build fuzz targets" cargo "${toolchain[@]}" fuzz build "${sanitizer[@]}" -O || exit 1

for target in "${targets[@]}"; do
  [ "$interrupted" = 1 ] && break
  mkdir -p "corpus/$target" "$report/artifacts/$target"
  # compile_bound measures CPU time: one job, so that measurements do not contend.
  target_jobs=$jobs
  [ "$target" = compile_bound ] && target_jobs=1
  # -fork keeps going after a crash and writes each crash to the artifact prefix.
  echo "::: fuzz $target for $budget s on $target_jobs jobs"
  start=$SECONDS
  # A sanitizer's reports go to files beside the crash files (asan.<pid>): triage buckets them.
  [ "$asan_logs" = 1 ] && export ASAN_OPTIONS="log_path=$report/artifacts/$target/asan:${ASAN_OPTIONS:-}"
  cargo "${toolchain[@]}" fuzz run "${sanitizer[@]}" -O "$target" "corpus/$target" -- \
      -fork="$target_jobs" -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1 \
      -max_total_time="$budget" -timeout=60 -rss_limit_mb=8192 \
      -artifact_prefix="$report/artifacts/$target/" &
  await_fuzzer $!
  echo "::: took $((SECONDS - start)) s (exit $rc)"
  # With -fork and -ignore_crashes a crash is a file in the artifact prefix; an error exit
  # that left none is a fuzzer that did not run (or died) with nothing saved.
  if [ "$rc" != 0 ] && [ "$interrupted" = 0 ] && [ -z "$(ls -A "$report/artifacts/$target")" ]; then
    error "fuzzing $target exited $rc and saved no crash file"
  fi
done

# NEAR's own runtime: the pair NEAR's validators run (near-vm vs NEAR's wasmtime runner), with
# vmdiff's built-in campaign — near-vm-runner keeps process-wide state that every libFuzzer
# fork child would build again. Its findings join crashes/fuzz/, its statistics the report.
# VMDIFF_NIGHTLY_NEAR=0 leaves it out.
if [ "$interrupted" = 0 ] && [ "${VMDIFF_NIGHTLY_NEAR:-1}" != 0 ]; then
  echo "::: fuzz NEAR's runtime (near-vm vs near-wasmtime) for $budget s on $jobs jobs"
  start=$SECONDS
  ./target/release/vmdiff fuzz --backends near --seconds "$budget" --jobs "$jobs" \
      --corpus corpus/near --crashes crashes --stats "$report/stats" >"$report/near-fuzz.log" 2>&1 &
  await_fuzzer $!
  echo "::: took $((SECONDS - start)) s (exit $rc)"
  # 0: clean, 1: findings (saved, weighed by triage and the gate); anything else is an error.
  [ "$rc" -le 1 ] || [ "$interrupted" = 1 ] || error "vmdiff fuzz --backends near exited $rc (see $report/near-fuzz.log)"
fi

# Finishing steps run even when interrupted.
trap '' INT TERM
for target in "${targets[@]}"; do
  [ -d "corpus/$target" ] || continue
  # Minimise into a fresh directory; replace the corpus only if that succeeded.
  rm -rf "corpus/$target.cmin"
  mkdir -p "corpus/$target.cmin"
  if cargo "${toolchain[@]}" fuzz run "${sanitizer[@]}" -O "$target" "corpus/$target.cmin" "corpus/$target" -- \
      -merge=1 -timeout=60 >"$report/cmin-$target.log" 2>&1; then
    mv "corpus/$target" "corpus/$target.old" && mv "corpus/$target.cmin" "corpus/$target" && rm -rf "corpus/$target.old"
  else
    echo "nightly: cmin of $target failed, corpus kept as it was (see $report/cmin-$target.log)"
    rm -rf "corpus/$target.cmin"
  fi
  # libFuzzer's crash files join crashes/<target>/libfuzzer/, never overwriting one there.
  mkdir -p "crashes/$target/libfuzzer"
  for f in "$report/artifacts/$target"/*; do
    [ -f "$f" ] || continue
    cp -n "$f" "crashes/$target/libfuzzer/"
    cmp -s "$f" "crashes/$target/libfuzzer/$(basename "$f")" || error "crash $f was not saved into crashes/$target/libfuzzer/"
  done
done

vmdiff=./target/release/vmdiff
"$vmdiff" stats "$report/stats" > "$report/STATS.txt" 2>&1 || error "vmdiff stats failed (see $report/STATS.txt)"
"$vmdiff" stats "$report/stats" --json > "$report/stats.json" 2>/dev/null
has() { "$vmdiff" help "$1" >/dev/null 2>&1; }
if has triage; then
  # 0: nothing open; 1: open findings (the gate weighs them); anything else is an error.
  "$vmdiff" triage crashes --minimize --out "$report/triage" > "$report/triage.log" 2>&1
  rc=$?
  [ "$rc" -le 1 ] || error "vmdiff triage exited $rc (see $report/triage.log)"
fi
if has scaling; then "$vmdiff" scaling --out "$report/scaling" > "$report/scaling.log" 2>&1 || true; fi
# The alarm: what is new since the ledger, and whether every open finding still reproduces.
alarm=0
if [ -f "$report/triage/triage.json" ]; then
  "$vmdiff" news --triage "$report/triage/triage.json" --stats "$report/stats" \
      --ledger "$root/reports/ledger.json" --out "$report"
  rc=$?
  case $rc in
    0) ;;
    1) alarm=1; echo "nightly: NEW findings (see $report/NEWS.md)" ;;
    *) error "vmdiff news exited $rc" ;;
  esac
fi
"$vmdiff" findings --check > "$report/findings-check.log" 2>&1
rc=$?
case $rc in
  0) ;;
  1) alarm=1; echo "nightly: an open finding no longer reproduces (see $report/findings-check.log)" ;;
  *) error "vmdiff findings --check exited $rc (see $report/findings-check.log)" ;;
esac
if has gate; then
  evidence=(--crashes crashes)
  [ -f "$report/triage/triage.json" ] && evidence=(--triage "$report/triage/triage.json")
  [ -f "$report/scaling/scaling.json" ] && evidence+=(--scaling "$report/scaling/scaling.json")
  "$vmdiff" gate --stats "$report/stats" "${evidence[@]}" --out "$report"
  verdict=$?
  case $verdict in
    0) echo "nightly: the gate says READY" ;;
    1) echo "nightly: the gate says NOT READY (GATE.md; not an alarm by itself)" ;;
    *) error "vmdiff gate exited $verdict" ;;
  esac
fi
echo "nightly: report in $report"
[ "${#errors[@]}" -eq 0 ] || exit 2
exit "$alarm"
