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

echo "hello" >"$WORK/tiny.txt"

echo "command: bench/checker.sh   ($(nproc) cores; $BYTES bytes of English; release build; proselint 0.16.0)"
echo
# Median wall time of several runs, on the 1 MB and on a one-word file (the tool's start-up: loading
# the runtime and its rules), and peak memory of one run on the 1 MB.
python3 - "$BYTES" "$WORK" "$BIN" <<'PY'
import statistics, subprocess, sys, time
size, work, binary = int(sys.argv[1]), sys.argv[2], sys.argv[3]
tools = {
    "together check": [binary, "check", "--format", "json", "--fail-on", "never", "--lang", "en", "--medium", "article"],
    "proselint check": [f"{work}/venv/bin/proselint", "check"],
}
def wall(command, runs):
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        times.append(time.perf_counter() - start)
    return statistics.median(times)
def peak_kb(command):
    out = subprocess.run(["/usr/bin/time", "-f", "%M"] + command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    return int(out.stderr.strip().splitlines()[-1])
rows = {}
for name, command in tools.items():
    runs = 15 if name.startswith("together") else 3
    whole = wall(command + [f"{work}/english.txt"], runs)
    start = wall(command + [f"{work}/tiny.txt"], runs)
    rows[name] = (whole, start, peak_kb(command + [f"{work}/english.txt"]))
print("| tool | 1 MB, whole process | start-up (one word) | throughput after start-up | peak memory |")
print("|---|---|---|---|---|")
for name, (whole, start, kb) in rows.items():
    print(f"| {name} | {whole * 1000:.0f} ms | {start * 1000:.0f} ms | {size / 1e6 / (whole - start):.2f} MB/s | {kb / 1024:.0f} MB |")
t, p = rows["together check"], rows["proselint check"]
print()
print(f"whole process: together check is {p[0] / t[0]:.0f}x proselint (target >= 200x)")
print(f"throughput after start-up: {(p[0] - p[1]) / (t[0] - t[1]):.0f}x proselint (target >= 200x)")
PY
inprocess=$("$BIN" check --repeat 20 --format json --fail-on never --lang en --medium article "$WORK/english.txt" 2>&1 >/dev/null | tail -1)
post=$("$BIN" check --repeat 20000 --format json --fail-on never --lang en "$WORK/post.txt" 2>&1 >/dev/null | tail -1)
echo
echo "in-process, 1 MB: $inprocess (target >= 50 MB/s on one core)"
echo "in-process, one 280-character post: $post (target < 50 us)"
