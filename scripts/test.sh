#!/usr/bin/env bash
# The whole test suite, as CI runs it:
#   1. build (debug) and run the Swift tests on SQLite;
#   2. start a throwaway PostgreSQL server and run the same Swift tests against it;
#   3. the command line, short fuzzing runs, then browser tests: headless Chromium + axe-core on the real server binary.
# Prints a final "N passed, M failed" line and exits non-zero if anything failed.
# It first installs what it needs (PostgreSQL 15, Chromium, Python packages) if missing.
set -uo pipefail
cd "$(dirname "$0")/.."
scripts/install-test-deps.sh || { echo "could not install the test dependencies"; echo "0 passed, 1 failed"; exit 1; }

log() { printf '\n== %s\n' "$*"; }
passed=0
failed=0
status=0

# Adds the counts from XCTest's closing line (or a "N passed, M failed" line) of a log file.
count() {
    local line
    line=$(grep -E "Executed [0-9]+ tests?, with .*[0-9]+ failures?" "$1" | tail -1)
    if [[ -n "$line" ]]; then
        local total fails skipped=0
        total=$(sed -E 's/.*Executed ([0-9]+) tests?.*/\1/' <<<"$line")
        fails=$(sed -E 's/.* ([0-9]+) failures?.*/\1/' <<<"$line")
        if grep -qE "[0-9]+ tests? skipped" <<<"$line"; then
            skipped=$(sed -E 's/.* ([0-9]+) tests? skipped.*/\1/' <<<"$line")
        fi
        passed=$((passed + total - fails - skipped))
        failed=$((failed + fails))
        return
    fi
    line=$(grep -E "^[0-9]+ passed, [0-9]+ failed" "$1" | tail -1)
    if [[ -n "$line" ]]; then
        passed=$((passed + $(cut -d' ' -f1 <<<"$line")))
        failed=$((failed + $(cut -d' ' -f3 <<<"$line")))
    else
        failed=$((failed + 1))
    fi
}

logs=$(mktemp -d)
trap 'rm -rf "$logs"' EXIT

# Tests that read files back with exiftool fail, rather than skip, when it is missing here.
export TOGETHER_REQUIRE_EXIFTOOL=1

log "build"
swift build --build-tests || { echo "build failed"; echo "0 passed, 1 failed"; exit 1; }

log "Style: swift format lint"
if swift format lint --strict -r Sources Tests Package.swift; then passed=$((passed + 1)); else failed=$((failed + 1)); status=1; fi

log "OpenAPI document: openapi-spec-validator"
if python3 -m openapi_spec_validator Sources/TogetherServer/Resources/api/openapi.json; then
    passed=$((passed + 1))
else
    failed=$((failed + 1)); status=1
fi

log "Swift tests on SQLite"
swift test --skip-build 2>&1 | tee "$logs/sqlite.log"
[[ ${PIPESTATUS[0]} -eq 0 ]] || status=1
count "$logs/sqlite.log"

log "Swift tests on PostgreSQL"
if scripts/postgres-start.sh "$logs/pg.env" >/dev/null; then
    set -a; . "$logs/pg.env"; set +a
    swift test --skip-build 2>&1 | tee "$logs/postgres.log"
    [[ ${PIPESTATUS[0]} -eq 0 ]] || status=1
    count "$logs/postgres.log"
    log "Crash safety on PostgreSQL: SIGKILL under load, every acknowledged write kept"
    if [[ "$TOGETHER_TEST_DATABASE_URL" =~ @([^:/]+):([0-9]+)/ ]] \
        && /usr/lib/postgresql/15/bin/createdb -h "${BASH_REMATCH[1]}" -p "${BASH_REMATCH[2]}" -U postgres together_crash \
        && PATH="/usr/lib/postgresql/15/bin:$PATH" python3 scripts/crash-safety.py --binary .build/debug/together \
            --database-url "${TOGETHER_TEST_DATABASE_URL%/*}/together_crash"; then
        passed=$((passed + 1))
    else
        failed=$((failed + 1)); status=1
    fi
    scripts/postgres-stop.sh "$PG_TMP" || true
    unset TOGETHER_TEST_DATABASE_URL TOGETHER_TEST_PG_DATA
else
    echo "could not start PostgreSQL"
    status=1
    failed=$((failed + 1))
fi

log "Command line"
scripts/cli-test.sh .build/debug/together 2>&1 | tee "$logs/cli.log"
[[ ${PIPESTATUS[0]} -eq 0 ]] || status=1
count "$logs/cli.log"

log "Crash safety on SQLite: SIGKILL under load, every acknowledged write kept"
if python3 scripts/crash-safety.py --binary .build/debug/together; then passed=$((passed + 1)); else failed=$((failed + 1)); status=1; fi

log "API fuzzing: schemathesis against /api/openapi.json with demo content (60 s)"
if scripts/api-fuzz.sh .build/debug/together 60 >"$logs/api-fuzz.log" 2>&1; then
    passed=$((passed + 1)); grep -E "generated|passed|failures|warnings in" "$logs/api-fuzz.log" | tail -3
else
    failed=$((failed + 1)); status=1; tail -80 "$logs/api-fuzz.log"
fi

log "Fuzzing: rule packs, checker, redaction, photos, Pol.is and message-test imports (libFuzzer, 20 s each)"
if scripts/fuzz.sh 20 2>&1 | grep -v "^warning: \|CMakeLists\|^Creating working\|^Working copy\|^Fetching\|^Fetched\|^Computing\|^Computed" | tee "$logs/fuzz.log" \
    && [[ ${PIPESTATUS[0]} -eq 0 ]]; then
    passed=$((passed + 1))
else
    failed=$((failed + 1)); status=1
fi

log "Message checker: precision and recall on the labelled set"
if python3 bench/checker-eval/evaluate.py --binary .build/debug/together 2>"$logs/checker-eval.err" | tee "$logs/checker-eval.log"; then
    passed=$((passed + 1))
else
    echo "the checker misses a quality target (recall or false findings); see $logs/checker-eval.err"
    status=1
    failed=$((failed + 1))
fi

log "Browser tests (Chromium + axe-core)"
python3 scripts/browser-test.py --binary .build/debug/together 2>&1 | tee "$logs/browser.log"
[[ ${PIPESTATUS[0]} -eq 0 ]] || status=1
count "$logs/browser.log"

log "summary"
echo "$passed passed, $failed failed"
[[ $failed -eq 0 && $status -eq 0 ]]
