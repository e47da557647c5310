#!/usr/bin/env bash
# Builds the cargo-fuzz targets into $OUT for ClusterFuzzLite (corpus sharing, crash dedup,
# batch scheduling across machines). Also runs outside Docker: set SRC and OUT to local
# folders (SRC may be the repository itself or a folder holding it as `vmdiff`).
set -euo pipefail
: "${SRC:?set SRC}" "${OUT:?set OUT}"
if [ -d "$SRC/vmdiff/fuzz" ]; then repo="$SRC/vmdiff"; else repo="$SRC"; fi
mkdir -p "$OUT"
cd "$repo"
# Inside OSS-Fuzz's image SANITIZER is set and cargo-fuzz takes its flags from the
# environment; outside it, build without a sanitizer on stable.
# Under AddressSanitizer the `asan` feature tells it of wasmer's stack switches.
if [ "${SANITIZER:-}" = address ]; then
  cargo fuzz build -O --debug-assertions --features asan
elif [ -n "${SANITIZER:-}" ] && [ "${SANITIZER}" != none ]; then
  cargo fuzz build -O --debug-assertions
else
  cargo fuzz build -O -s none
fi
triple=$(rustc -vV | sed -n 's/^host: //p')
for target in diff prepare compile_bound; do
  cp "fuzz/target/$triple/release/$target" "$OUT/$target"
  # ClusterFuzz sets ASAN_OPTIONS itself, overriding the defaults compiled into the target
  # (vmdiff::fuzzing::ASAN_DEFAULT_OPTIONS); an .options file merges into them.
  printf '[asan]\ndetect_stack_use_after_return = 0\n' > "$OUT/$target.options"
  if [ -d "corpus/$target" ] && [ -n "$(ls -A "corpus/$target" 2>/dev/null)" ]; then
    if command -v zip >/dev/null; then
      (cd "corpus/$target" && zip -q -r "$OUT/${target}_seed_corpus.zip" .)
    else
      (cd "corpus/$target" && python3 -m zipfile -c "$OUT/${target}_seed_corpus.zip" ./*)
    fi
  fi
done
