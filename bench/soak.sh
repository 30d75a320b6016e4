#!/usr/bin/env bash
# Load and soak: mixed reads and writes (bench/mixed.lua) with wrk on loopback against the release
# binary on SQLite with the demo content. First the capacity (as fast as 16 connections go, 30 s),
# then a soak at half that rate for SOAK seconds (default 600), sampling the server's resident
# memory every 10 s. Passes with 0 errors (no 4xx/5xx answer, no socket error) and resident memory
# growing under 10% from the first minute of the soak to its last.
#
# usage: bench/soak.sh [soak seconds, default 600]
# Every loop is bounded; the server listens on 127.0.0.1 only.
set -euo pipefail
cd "$(dirname "$0")/.."
SOAK="${1:-600}"
BIN=.build/release/together
command -v wrk >/dev/null || { apt-get update -q && apt-get install -y -q wrk; }
[[ -x "$BIN" ]] || swift build -c release --product together

DATA=$(mktemp -d)
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
BASE="http://127.0.0.1:$PORT"
# One machine sends everything: the per-address write limit is raised (RateLimitTests covers it).
"$BIN" serve --host 127.0.0.1 --port "$PORT" --data-dir "$DATA" --demo --public-writes-per-minute 100000000 \
    >"$DATA/server.log" 2>&1 &
SERVER=$!
trap 'kill "$SERVER" 2>/dev/null; wait "$SERVER" 2>/dev/null; rm -rf "$DATA"' EXIT

# The ids the workload needs, read from the pages as a browser would; a token of the right shape.
eval "$(python3 - "$BASE" <<'PY'
import re, secrets, sys, time, urllib.request
base = sys.argv[1]
def get(path):
    for _ in range(150):
        try:
            return urllib.request.urlopen(base + path, timeout=5).read().decode()
        except Exception:
            time.sleep(0.2)
    sys.exit("the server did not start")
uuid = r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"
story = re.search(r"/en/stories/(" + uuid + ")", get("/en/stories")).group(1)
conversation = re.search(r"/en/conversations/(" + uuid + ")", get("/en/conversations")).group(1)
pledge = re.search(r"/en/pledges/(" + uuid + ")", get("/en/pledges")).group(1)
token = secrets.token_urlsafe(32)
print(f"export STORY={story} CONVERSATION={conversation} PLEDGE={pledge} CSRF={token}")
PY
)"

rss() { awk '/VmRSS/ {print $2}' "/proc/$SERVER/status"; }

echo "warm-up (10 s)"
wrk -t2 -c16 -d10s -s bench/mixed.lua "$BASE" >/dev/null
echo "capacity: as fast as 16 connections go, 30 s"
capacity_line=$(RATE=0 wrk -t2 -c16 -d30s -s bench/mixed.lua "$BASE" | grep '^requests')
echo "  $capacity_line"
capacity=$(echo "$capacity_line" | awk '{print $4}')
half=$(python3 -c "print(int(float('$capacity') / 2))")

echo "soak: $half requests/s (half of capacity) for $SOAK s, resident memory every 10 s"
samples="$DATA/rss.txt"
: >"$samples"
# More connections than the capacity run, each waiting longer: the pace then depends little on
# how long each answer takes.
RATE=$half CONNECTIONS=64 wrk -t2 -c64 -d"${SOAK}s" --timeout 5s -s bench/mixed.lua "$BASE" >"$DATA/soak.txt" &
WRK=$!
for _ in $(seq 1 $((SOAK / 10))); do
    sleep 10
    rss >>"$samples"
done
wait "$WRK"
soak_line=$(grep '^requests' "$DATA/soak.txt")
echo "  $soak_line"
python3 - "$samples" "$soak_line" <<'PY'
import sys
samples = [int(x) for x in open(sys.argv[1]).read().split()]
per_minute = 6
first = sum(samples[:per_minute]) / per_minute
last = sum(samples[-per_minute:]) / per_minute
growth = (last - first) / first * 100
fields = sys.argv[2].split()
values = dict(zip(fields[0::2], fields[1::2]))
errors = int(values["http_errors"]) + int(values["socket_errors"])
print(f"resident memory: first minute {first/1024:.1f} MB, last minute {last/1024:.1f} MB, growth {growth:+.1f}% (target < 10%)")
print(f"samples (MB): {' '.join(f'{s/1024:.0f}' for s in samples)}")
print(f"errors: {errors} (target 0)")
sys.exit(0 if errors == 0 and growth < 10 else 1)
PY
