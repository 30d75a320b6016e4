#!/usr/bin/env bash
# The narrative checker against proselint 0.16 on the same 1 MB of English, in one run, plus the
# time to check one 280-character post in-process. Targets (issue 4): >= 200x proselint's
# throughput, >= 50 MB/s per core, a post in < 50 microseconds. Peak memory from /usr/bin/time.
#
# Usage: bench/checker.sh
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=.build/release/together
swift build -c release --product together >/dev/null
command -v /usr/bin/time >/dev/null || { apt-get update -q >/dev/null && apt-get install -y -q time >/dev/null; }

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
# A throwaway environment for the peer tool, from PyPI.
python3 -m venv "$WORK/venv" >/dev/null
"$WORK/venv/bin/pip" install -q proselint==0.16.0 >/dev/null

# 1 MB of English campaign text: the evaluation set's English messages (flagged, context negatives
# and clean ones alike), repeated.
python3 - "$WORK/english.txt" <<'PY'
import json, sys
messages = [json.loads(l)["text"] for l in open("bench/checker-eval/messages.jsonl", encoding="utf-8") if '"lang": "en"' in l]
text, i = [], 0
while sum(len(t.encode()) + 2 for t in text) < 1_000_000:
    text.append(messages[i % len(messages)]); i += 1
open(sys.argv[1], "w", encoding="utf-8").write("\n\n".join(text) + "\n")
PY
python3 -c "print('On our street we cook together every Sunday. Amal, a nurse, brings bread; her neighbours bring tea. A flood of migrants? No: families, like ours, who came to stay and to work.')" >"$WORK/post.txt"
BYTES=$(stat -c %s "$WORK/english.txt")

seconds() { /usr/bin/time -f "%e %M" "$@" 2>&1 >/dev/null | tail -1; }
read -r together_s together_kb < <(seconds "$BIN" check --format json --fail-on never --lang en --medium article "$WORK/english.txt")
read -r proselint_s proselint_kb < <(seconds "$WORK/venv/bin/proselint" check "$WORK/english.txt" || true)
inprocess=$("$BIN" check --repeat 20 --format json --fail-on never --lang en --medium article "$WORK/english.txt" 2>&1 >/dev/null | tail -1)
post=$("$BIN" check --repeat 20000 --format json --fail-on never --lang en "$WORK/post.txt" 2>&1 >/dev/null | tail -1)

echo "command: bench/checker.sh   ($(nproc) cores; $BYTES bytes of English; release build; proselint 0.16.0)"
echo
echo "| tool | wall time | throughput | peak memory |"
echo "|---|---|---|---|"
python3 - "$BYTES" "$together_s" "$together_kb" "$proselint_s" "$proselint_kb" <<'PY'
import sys
size, ts, tk, ps, pk = int(sys.argv[1]), *map(float, sys.argv[2:])
print(f"| together check (whole process) | {ts:.2f} s | {size / 1e6 / max(ts, 0.01):.1f} MB/s | {tk / 1024:.0f} MB |")
print(f"| proselint check | {ps:.2f} s | {size / 1e6 / max(ps, 0.01):.3f} MB/s | {pk / 1024:.0f} MB |")
print()
print(f"together check / proselint: {ps / max(ts, 0.01):.0f}x (target >= 200x)")
PY
echo "in-process, 1 MB: $inprocess (target >= 50 MB/s on one core)"
echo "in-process, one 280-character post: $post (target < 50 us)"
