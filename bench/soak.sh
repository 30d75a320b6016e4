#!/usr/bin/env bash
# Load and soak: mixed reads and writes (bench/mixed.lua) with wrk on loopback against the release
# binary on SQLite with the demo content. First the capacity (as fast as 16 connections go, 30 s),
# then a soak at half that rate for SOAK seconds (default 600), sampling the server's resident
# memory every 10 s. Passes with 0 errors (no 4xx/5xx answer, no socket error) and the server's own
# resident memory (anonymous: heap and stacks) growing under 10% from the first minute of the soak to
# its last. The total, which also counts the pages of the database file SQLite maps for reading (a
# database that grows with every story sent), is reported beside it with the database's size.
#
# usage: bench/soak.sh [soak seconds, default 600]
# Every loop is bounded; the server listens on 127.0.0.1 only.
set -euo pipefail
cd "$(dirname "$0")/.."
SOAK="${1:-600}"
# The first and the last minute are compared: they must not overlap.
[[ "$SOAK" =~ ^[0-9]+$ ]] && (( SOAK >= 120 )) || { echo "usage: bench/soak.sh [seconds, at least 120]" >&2; exit 2; }
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

# Total resident, anonymous and file-backed (kB), in one line.
rss() { awk '/^(VmRSS|RssAnon|RssFile):/ {printf "%s ", $2} END {print ""}' "/proc/$SERVER/status"; }
database_mb() { du -cm "$DATA"/*.sqlite* | awk 'END {print $1}'; }
database_before=$(database_mb)

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
echo "  database: $database_before MB before the soak, $(database_mb) MB after"
python3 - "$samples" "$soak_line" <<'PY'
import sys
rows = [[int(x) for x in line.split()] for line in open(sys.argv[1]) if line.strip()]
per_minute = 6
def growth(column, name, target=None):
    values = [row[column] for row in rows]
    first = sum(values[:per_minute]) / per_minute
    last = sum(values[-per_minute:]) / per_minute
    change = (last - first) / first * 100
    goal = f" (target < {target}%)" if target else ""
    print(f"{name}: first minute {first/1024:.1f} MB, last minute {last/1024:.1f} MB, growth {change:+.1f}%{goal}")
    print(f"  samples (MB): {' '.join(f'{v/1024:.0f}' for v in values)}")
    return change
anonymous = growth(1, "resident memory, the server's own (anonymous)", 10)
growth(0, "resident memory, total (with the mapped database file)")
fields = sys.argv[2].split()
values = dict(zip(fields[0::2], fields[1::2]))
errors = int(values["http_errors"]) + int(values["socket_errors"])
print(f"errors: {errors} (target 0)")
sys.exit(0 if errors == 0 and anonymous < 10 else 1)
PY
