#!/usr/bin/env bash
# The personal-details detector (`together redact`) against Presidio (presidio-analyzer, default
# recognizers, small English spaCy model) and scrubadub (default detectors), side by side in one run on
# the English stories of bench/redaction-eval/stories.jsonl: recall on the labelled details (a detail
# counts only when every non-space character of it is covered), keep strings hit, and texts per second.
# Scoring: bench/redaction-eval/score.py; peers: bench/redaction-eval/peers.py.
#
# Usage: bench/redaction.sh
#   REDACT_VENV        the peers' virtual environment, made or reused (default /tmp/redact-venv)
#   REDACT_STORIES     the labelled stories (default bench/redaction-eval/stories.jsonl)
#   TOGETHER_BIN       the binary (default .build/release/together)
#   REDACT_SKIP_BUILD  set to 1 to use TOGETHER_BIN as it is, without `swift build`
set -euo pipefail
cd "$(dirname "$0")/.."
EVAL=bench/redaction-eval
STORIES=${REDACT_STORIES:-$EVAL/stories.jsonl}
VENV=${REDACT_VENV:-/tmp/redact-venv}
BIN=${TOGETHER_BIN:-.build/release/together}
MIN_SECONDS=2

if [ "${REDACT_SKIP_BUILD:-0}" != 1 ]; then
  swift build -c release --product together >/dev/null
fi

# The peers, from PyPI only (the spaCy model too: see requirements.txt). Reinstalled when the pins change.
if [ ! -x "$VENV/bin/python" ]; then
  python3 -m venv "$VENV" >/dev/null
fi
if ! cmp -s "$EVAL/requirements.txt" "$VENV/.redaction-requirements.txt"; then
  "$VENV/bin/pip" install -q --disable-pip-version-check -r "$EVAL/requirements.txt" >/dev/null
  cp "$EVAL/requirements.txt" "$VENV/.redaction-requirements.txt"
fi

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
EN=$WORK/en.jsonl
python3 - "$STORIES" "$EN" <<'PY'
import json, sys
lines = [l for l in open(sys.argv[1], encoding="utf-8") if l.strip() and json.loads(l).get("lang") == "en"]
if not lines:
    sys.exit(f"no English stories in {sys.argv[1]}")
open(sys.argv[2], "w", encoding="utf-8").writelines(lines)
PY
TEXTS=$(wc -l <"$EN")

# Seconds that a command takes (its output discarded; its standard error kept in $WORK/last.err).
elapsed() {
  if ! python3 - "$@" <<'PY' 2>"$WORK/last.err"; then
import subprocess, sys, time
start = time.perf_counter()
subprocess.run(sys.argv[1:], check=True, stdout=subprocess.DEVNULL)
print(f"{time.perf_counter() - start:.6f}")
PY
    cat "$WORK/last.err" >&2
    return 1
  fi
}

# Together's spans on the stories file $1, printed in score.py's shape {"spans": {id: [[start, end, type]]}}.
# `together redact --batch` prints one JSON object a line: {"id", "spans": [{"start", "end", "type",
# "text", "confidence"}]}. score.py wants code point offsets: the spans' "text" shows which unit the
# offsets are in (code points, UTF-16 or UTF-8), and any other unit is converted, with a warning.
together_spans() {
  "$BIN" redact --format json --batch "$1" --lang-field lang >"$WORK/together.jsonl"
  python3 - "$1" "$WORK/together.jsonl" <<'PY'
import json, sys

texts = {}
for line in open(sys.argv[1], encoding="utf-8"):
    if line.strip():
        story = json.loads(line)
        texts[str(story["id"])] = story["text"]
results = [json.loads(line) for line in open(sys.argv[2], encoding="utf-8") if line.strip()]

def index(text, encoding, width):
    """unit offset -> code point offset, for the units of `encoding` (width bytes each)."""
    table, unit = {}, 0
    for i, ch in enumerate(text):
        table[unit] = i
        unit += len(ch.encode(encoding)) // width
    table[unit] = len(text)
    return table

units = {"code points": None, "UTF-16": ("utf-16-le", 2), "UTF-8": ("utf-8", 1)}
tables = {name: {} for name in units}
def convert(name, story_id, offset):
    if units[name] is None:
        return offset
    if story_id not in tables[name]:
        tables[name][story_id] = index(texts[story_id], *units[name])
    return tables[name][story_id].get(offset)

def matches(name):
    good = 0
    for result in results:
        story_id = str(result["id"])
        for span in result["spans"]:
            if "text" not in span or story_id not in texts:
                continue
            start, end = convert(name, story_id, span["start"]), convert(name, story_id, span["end"])
            good += start is not None and end is not None and texts[story_id][start:end] == span["text"]
    return good

counts = {name: matches(name) for name in units}
unit = max(units, key=lambda name: (counts[name], name == "code points"))
with_text = sum("text" in span for r in results for span in r["spans"])
if unit != "code points":
    print(f"together_spans: offsets read as {unit}, converted to code points", file=sys.stderr)
if counts[unit] < with_text:
    print(f"together_spans: warning: {with_text - counts[unit]} of {with_text} spans' text differs from the story at their offsets", file=sys.stderr)
unknown = {str(r["id"]) for r in results} - texts.keys()
if unknown:
    print(f"together_spans: warning: {len(unknown)} ids not in the stories, e.g. {sorted(unknown)[0]!r}", file=sys.stderr)

spans = {}
for result in results:
    story_id = str(result["id"])
    if story_id not in texts:
        continue
    converted = spans.setdefault(story_id, [])
    for span in result["spans"]:
        start, end = convert(unit, story_id, span["start"]), convert(unit, story_id, span["end"])
        if start is None or end is None:
            print(f"together_spans: warning: {story_id}: offsets {span['start']}..{span['end']} fall inside a character; skipped", file=sys.stderr)
            continue
        converted.append([start, end, span["type"]])
print(json.dumps({"tool": "together", "spans": spans}, ensure_ascii=False))
PY
}

# Together's throughput: the batch run again with --repeat N, N grown until the run lasts MIN_SECONDS
# (whole process, start-up and loading included). Prints "N seconds".
together_timing() {
  local repeat=1 seconds attempt
  for attempt in 1 2 3 4 5 6; do
    seconds=$(elapsed "$BIN" redact --format json --batch "$EN" --lang-field lang --repeat "$repeat")
    if python3 -c 'import sys; sys.exit(float(sys.argv[1]) < float(sys.argv[2]))' "$seconds" "$MIN_SECONDS"; then
      break
    fi
    [ "$attempt" = 6 ] && break
    repeat=$(python3 -c 'import math, sys; s, r, m = max(float(sys.argv[1]), 1e-3), int(sys.argv[2]), float(sys.argv[3]); print(max(2 * r, math.ceil(r * m * 1.2 / s)))' "$seconds" "$repeat" "$MIN_SECONDS")
  done
  cp "$WORK/last.err" "$WORK/together-timing.err"
  echo "$repeat $seconds"
}

together_spans "$EN" >"$WORK/together.json"
timing=$(together_timing)
read -r together_repeat together_seconds <<<"$timing"
for tool in presidio scrubadub; do
  "$VENV/bin/python" "$EVAL/peers.py" --tool "$tool" --stories "$EN" --lang en --min-seconds "$MIN_SECONDS" >"$WORK/$tool.json"
done
for tool in together presidio scrubadub; do
  python3 "$EVAL/score.py" "$EN" "$WORK/$tool.json" --json >"$WORK/$tool.score.json"
done

echo "command: bench/redaction.sh   ($(nproc) cores; $TEXTS English stories; release build)"
echo
python3 - "$WORK" "$TEXTS" "$together_repeat" "$together_seconds" <<'PY'
import json, sys
from pathlib import Path
work, texts, repeat, seconds = Path(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), float(sys.argv[4])

def pct(group):
    if group["recall"] is None:
        return "-"
    return f"{100 * group['recall']:.1f}% ({group['covered']}/{group['labelled']})"

rows, notes = [], []
for tool in ["together", "presidio", "scrubadub"]:
    score = json.loads((work / f"{tool}.score.json").read_text(encoding="utf-8"))
    if tool == "together":
        speed = texts * repeat / seconds
        name = "together redact"
        notes.append(f"together redact: {texts} stories x {repeat} in {seconds:.2f} s, whole process")
    else:
        run = json.loads((work / f"{tool}.json").read_text(encoding="utf-8"))
        speed = run["texts_per_second"]
        name = tool
        notes.append(f"{run['version']}: {run['texts']} texts in {run['seconds']:.2f} s, analysis only")
    keep = score["keep"]
    keep_cell = "-" if keep["fraction_hit"] is None else f"{100 * keep['fraction_hit']:.1f}% ({keep['hit']}/{keep['strings']})"
    extra = score["extra"]["fraction"]
    notes[-1] += f"; predicted characters outside labelled details: {'-' if extra is None else f'{100 * extra:.1f}%'}"
    rows.append(f"| {name} | {speed:,.0f} | {pct(score['structured'])} | {pct(score['names_addresses'])} | "
                f"{pct(score['all'])} | {keep_cell} |")
print("| tool | texts/s | recall structured | recall names+addresses | recall all | keep strings hit |")
print("|---|---|---|---|---|---|")
print("\n".join(rows))
print()
for note in notes:
    print(f"- {note}")
own = (work / "together-timing.err").read_text(encoding="utf-8").strip().splitlines()
if own:
    print(f"- together redact --repeat {repeat} says: {own[-1]}")
PY
