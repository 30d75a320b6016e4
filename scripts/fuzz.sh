#!/usr/bin/env bash
# Fuzzes the parsers of untrusted input with libFuzzer (Swift's -sanitize=fuzzer,address): the
# personal-details detectors, the photo metadata stripper, rule packs, the narrative checker, Pol.is
# imports and message-test imports, each from its committed seed corpus
# (Fuzz/Corpus/<name>), for a bounded time. Fails on any crash, leak or sanitizer report.
#
# Usage: scripts/fuzz.sh [seconds per target, default 30] [target names, default all]
#        FUZZ_RUNS=10000000 scripts/fuzz.sh 0 checker     (a long run by count)
#        FUZZ_RUNS=10000000 FUZZ_JOBS=2 scripts/fuzz.sh 0 rulepacks   (split over two processes)
# A long run: scripts/fuzz.sh 900 (see docs/fuzzing.md for the figures).
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_EACH="${1:-30}"
shift || true
ALL=(redaction photos rulepacks checker polis impact)
[[ $# -gt 0 ]] && TARGETS=("$@") || TARGETS=("${ALL[@]}")

product() {
    case "$1" in
        redaction) echo FuzzRedaction ;;
        photos) echo FuzzPhotos ;;
        rulepacks) echo FuzzRulePacks ;;
        checker) echo FuzzChecker ;;
        polis) echo FuzzPolisCSV ;;
        impact) echo FuzzImpactCSV ;;
        *) echo "unknown fuzz target: $1" >&2; exit 2 ;;
    esac
}

# FUZZ_SKIP_BUILD=1 runs the binaries already in .build/fuzz (a long run beside other builds).
if [[ -z "${FUZZ_SKIP_BUILD:-}" ]]; then
    for target in "${TARGETS[@]}"; do
        TOGETHER_FUZZ=1 swift build -c release --scratch-path .build/fuzz \
            -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library --product "$(product "$target")" >/dev/null
    done
fi
processes="${FUZZ_JOBS:-1}"
[[ "$processes" =~ ^[1-9][0-9]*$ ]] || { echo "FUZZ_JOBS must be a whole number of processes, 1 or more" >&2; exit 2; }

# Reports that are known not to be leaks, with the reason, in Fuzz/lsan.supp.
export LSAN_OPTIONS="suppressions=$PWD/Fuzz/lsan.supp:print_suppressions=0"

status=0
for target in "${TARGETS[@]}"; do
    binary=".build/fuzz/release/$(product "$target")"
    [[ -x "$binary" ]] || { echo "fuzz $target: FAILED (no binary at $binary)"; status=1; continue; }
    # The run grows its own corpus in a scratch folder; the committed seeds stay as they are.
    work=$(mktemp -d)
    mkdir "$work/corpus"
    cp -r "Fuzz/Corpus/$target/." "$work/corpus/"
    # FUZZ_RUNS=10000000 makes a long run by count rather than by time (docs/fuzzing.md);
    # FUZZ_JOBS=N shares it between N processes on one corpus (each job logs to fuzz-K.log).
    limit=(-max_total_time="$SECONDS_EACH")
    [[ -n "${FUZZ_RUNS:-}" ]] && limit=(-runs="$(( (FUZZ_RUNS + processes - 1) / processes ))")
    parallel=()
    if (( processes > 1 )); then parallel=(-jobs="$processes" -workers="$processes"); fi
    started=$(date +%s)
    if (cd "$work" && "$OLDPWD/$binary" "${limit[@]}" "${parallel[@]}" -timeout=10 -rss_limit_mb=4096 \
            -print_final_stats=1 corpus >main.log 2>&1); then
        # With several processes the parent's log repeats theirs: count the processes' own logs.
        logs=("$work/main.log")
        (( processes > 1 )) && logs=("$work"/fuzz-*.log)
        runs=$(cat "${logs[@]}" | awk '/^stat::number_of_executed_units/ {n += $2} END {print n + 0}')
        echo "fuzz $target: $runs runs in $(( $(date +%s) - started ))s ($processes process(es)), no crash"
    else
        echo "fuzz $target: FAILED"
        cat "$work"/*.log | awk '/ERROR|SUMMARY|Fatal error|crash-|leak-|timeout-/ && n++ < 20'
        cp "$work"/crash-* "$work"/leak-* "$work"/timeout-* . 2>/dev/null || true
        status=1
    fi
    rm -rf "$work"
done
exit $status
