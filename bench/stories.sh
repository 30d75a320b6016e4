#!/usr/bin/env bash
# Stories at scale: seeds N fictional published stories, then measures with wrk, in one run, a story
# page and search (the page and the API) against the static route of the same binary.
# Targets (issue 3): story page >= 80% of the static route's requests per second; search p95 < 30 ms.
#
# Usage: [BENCH_DATA=DIR] bench/stories.sh [stories, default 100000] [seconds per route, default 10] [connections, default 64]
set -euo pipefail
cd "$(dirname "$0")/.."
STORIES="${1:-100000}"
DURATION="${2:-10}"
CONNECTIONS="${3:-64}"
BIN=.build/release/together

command -v wrk >/dev/null || { apt-get update -q && apt-get install -y -q wrk; }
swift build -c release --product together >/dev/null

# BENCH_DATA=DIR keeps the seeded database there and reuses it on the next run (a million stories
# take a while to seed); without it everything goes in a temporary directory, removed at the end.
DATA="${BENCH_DATA:-$(mktemp -d)}"
mkdir -p "$DATA"
trap 'kill "$SERVER" 2>/dev/null; wait "$SERVER" 2>/dev/null; [[ -n "${BENCH_DATA:-}" ]] || rm -rf "$DATA"' EXIT
SERVER=""
seed_start=$(date +%s)
if [[ -z "${BENCH_DATA:-}" || ! -f "$DATA/together.sqlite" ]]; then
    "$BIN" demo --stories "$STORIES" --data-dir "$DATA" >"$DATA/seed.log" 2>/dev/null
fi
seed_seconds=$(( $(date +%s) - seed_start ))
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
LOG_LEVEL=warning "$BIN" serve --host 127.0.0.1 --port "$PORT" --data-dir "$DATA" >"$DATA/server.log" 2>&1 &
SERVER=$!
for _ in $(seq 1 100); do curl -fs "http://127.0.0.1:$PORT/healthz" >/dev/null && break; sleep 0.1; done
STORY=$(curl -fs "http://127.0.0.1:$PORT/api/v1/stories" | python3 -c 'import json,sys; print(json.load(sys.stdin)["items"][0]["id"])')

run() {  # bounded: fixed duration and connections, loopback only
    wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" -s bench/percentiles.lua "http://127.0.0.1:$PORT$1" | grep '^rps'
}
mix() {  # bounded like run(); every request a different search (bench/search-mix.lua); $2: 0 first pages, else any page; $3: connections
    PAGES="$2" SEARCH_PATH="$1" STORIES="$STORIES" wrk -t2 -c"${3:-$CONNECTIONS}" -d"${DURATION}s" -s bench/search-mix.lua "http://127.0.0.1:$PORT$1" | grep '^rps'
}
row() {  # name, path, variable, [pages, connections]
    read -r _ rps _ p50 _ p95 _ p99 _ errors < <(if [[ "$2" == mix:* ]]; then mix "${2#mix:}" "${4:-20}" "${5:-}"; else run "$2"; fi)
    echo "| $1 | $rps | $p50 ms | $p95 ms | $p99 ms | $errors |"
    eval "RPS_$3=$rps; P95_$3=$p95"
}

wrk -t2 -c"$CONNECTIONS" -d3s "http://127.0.0.1:$PORT/en/stories/$STORY" >/dev/null   # warm-up
echo "command: bench/stories.sh $STORIES $DURATION $CONNECTIONS   (release build, SQLite, loopback, $(nproc) cores; $STORIES stories seeded in ${seed_seconds}s)"
echo
echo "| route | requests/s | p50 | p95 | p99 | errors |"
echo "|---|---|---|---|---|---|"
row "/healthz (static)" "/healthz" static
row "/en/stories/ID (story page)" "/en/stories/$STORY" story
row "/en/stories?q=tomatoes (search page)" "/en/stories?q=tomatoes" searchpage
row "/api/v1/stories?q=tomatoes (search API)" "/api/v1/stories?q=tomatoes" searchapi
row "/api/v1/stories?q=12345 (rare word)" "/api/v1/stories?q=12345" rare
row "/en/stories?q=... (search page, a different search each time, first pages)" "mix:/en/stories" firstpage 0
row "/api/v1/stories?q=... (search API, a different search each time, first pages)" "mix:/api/v1/stories" firstapi 0
row "/en/stories?q=... (search page, a different search each time, any page)" "mix:/en/stories" mixpage 20
row "/api/v1/stories?q=... (search API, a different search each time, any page)" "mix:/api/v1/stories" mixapi 20
# The same two at wrk's default of 10 connections: a search's own latency while the server is busy,
# rather than the queue in front of it (at 64 connections, p50 is about 64 / requests per second).
row "/en/stories?q=... (search page, a different search each time, any page, 10 connections)" "mix:/en/stories" mixpage10 20 10
row "/api/v1/stories?q=... (search API, a different search each time, any page, 10 connections)" "mix:/api/v1/stories" mixapi10 20 10
echo
python3 - "$RPS_static" "$RPS_story" "$P95_searchpage" "$P95_searchapi" "$P95_firstpage" "$P95_firstapi" "$P95_mixpage" "$P95_mixapi" \
    "$P95_mixpage10" "$P95_mixapi10" "$CONNECTIONS" <<'PY'
import sys
static, story, page, api, firstpage, firstapi, mixpage, mixapi, mixpage10, mixapi10, connections = map(float, sys.argv[1:])
print(f"story page / static: {story / static * 100:.0f}% (target >= 80%); search p95 (target < 30 ms) at {connections:.0f} connections: "
      f"same search page {page:.1f} ms, API {api:.1f} ms; different first pages page {firstpage:.1f} ms, API {firstapi:.1f} ms; "
      f"any page: page {mixpage:.1f} ms, API {mixapi:.1f} ms; at 10 connections, any page: page {mixpage10:.1f} ms, API {mixapi10:.1f} ms")
PY
