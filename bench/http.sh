#!/usr/bin/env bash
# HTTP throughput and latency: the home page (/en/, rendered from templates and catalogs) against a
# minimal static route of the same binary (/healthz), in one run, with wrk on loopback; and the
# sign-in page, which is rendered for every request.
# Target (issue 2): home >= 80% of the static route's requests per second; p99 < 25 ms at 64 connections.
#
# Usage: bench/http.sh [seconds per route, default 15] [connections, default 64]
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION="${1:-15}"
CONNECTIONS="${2:-64}"
BIN=.build/release/together

command -v wrk >/dev/null || { apt-get update -q && apt-get install -y -q wrk; }
[[ -x "$BIN" ]] || swift build -c release --product together

DATA=$(mktemp -d)
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
"$BIN" serve --host 127.0.0.1 --port "$PORT" --data-dir "$DATA" >"$DATA/server.log" 2>&1 &
SERVER=$!
trap 'kill "$SERVER" 2>/dev/null; wait "$SERVER" 2>/dev/null; rm -rf "$DATA"' EXIT
for _ in $(seq 1 100); do curl -fs "http://127.0.0.1:$PORT/healthz" >/dev/null && break; sleep 0.1; done

run() {
    # Bounded: a fixed duration, a fixed number of connections, loopback only.
    wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --latency "http://127.0.0.1:$PORT$1" >"$DATA/wrk$2.txt"
    local rps p99
    rps=$(awk '/Requests\/sec/ {print $2}' "$DATA/wrk$2.txt")
    p99=$(awk '$1 == "99%" {print $2}' "$DATA/wrk$2.txt")
    echo "$rps $p99"
}

wrk -t2 -c"$CONNECTIONS" -d3s "http://127.0.0.1:$PORT/en/" >/dev/null   # warm-up
read -r static_rps static_p99 < <(run /healthz 1)
read -r home_rps home_p99 < <(run /en/ 2)
# The sign-in page carries a fresh anti-forgery token, so it is rendered on every request: the cost
# of a page that cannot come from the cache.
read -r login_rps login_p99 < <(run /en/login 3)
ratio=$(python3 -c "print(f'{$home_rps / $static_rps * 100:.0f}')")

echo "command: bench/http.sh $DURATION $CONNECTIONS   (wrk -t2 -c$CONNECTIONS -d${DURATION}s --latency, release build, loopback, $(nproc) cores)"
echo
echo "| route | requests/s | p99 latency |"
echo "|---|---|---|"
echo "| /healthz (static) | $static_rps | $static_p99 |"
echo "| /en/ (home page) | $home_rps | $home_p99 |"
echo "| /en/login (rendered every time) | $login_rps | $login_p99 |"
echo
echo "home / static: ${ratio}% (target >= 80%), home p99 $home_p99 (target < 25 ms)"
