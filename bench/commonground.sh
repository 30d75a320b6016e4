#!/usr/bin/env bash
# Common ground: Together against red-dwarf (PyPI) on the same seeded synthetic conversations, in one
# run: wall time and peak memory of each whole process, planted-group recovery (ARI), agreement
# between the two (ARI, consensus lists, top-5 group-aware consensus). Then sizes only Together runs.
#
# Usage: bench/commonground.sh [sizes...]   (default: 1000x100 10000x500 50000x1000, then 200000x5000 alone)
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=.build/release/together
swift build -c release --product together >/dev/null 2>&1
command -v /usr/bin/time >/dev/null || { apt-get update -q >/dev/null && apt-get install -y -q time >/dev/null; }
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
python3 -m venv "$WORK/venv" >/dev/null
"$WORK/venv/bin/pip" install -q red-dwarf==0.4.0 scikit-learn numpy >/dev/null
PY="$WORK/venv/bin/python"

echo "command: bench/commonground.sh   ($(nproc) cores; release build; red-dwarf 0.4.0; seed 0, about 40 votes per participant)"
echo
echo "| size | votes | Together | red-dwarf | speed-up | memory ratio | groups (T / rd) | planted ARI (T / rd) | ARI T vs rd | same consensus | top-5 GAC overlap |"
echo "|---|---|---|---|---|---|---|---|---|---|---|"
for size in ${@:-1000x100 10000x500 50000x1000}; do
    n=${size%x*}; m=${size#*x}
    dir="$WORK/$size"
    "$PY" bench/commonground/generate.py "$n" "$m" "$dir"
    votes=$(($(wc -l <"$dir/votes.csv") - 1))
    read -r t_s t_kb < <(/usr/bin/time -f "%e %M" "$BIN" commonground analyze --votes "$dir/votes.csv" --format json 2>&1 >"$dir/together.json" | tail -1)
    read -r r_s r_kb < <(/usr/bin/time -f "%e %M" "$PY" -W ignore bench/commonground/reddwarf_run.py "$dir/votes.csv" "$dir/reddwarf.json" 2>&1 | tail -1)
    "$PY" bench/commonground/compare.py "$dir/planted.json" "$dir/together.json" "$dir/reddwarf.json" >"$dir/compare.json"
    "$PY" - "$size" "$votes" "$t_s" "$t_kb" "$r_s" "$r_kb" "$dir/compare.json" <<'PY'
import json, sys
size, votes, ts, tk, rs, rk, path = sys.argv[1], int(sys.argv[2]), *map(float, sys.argv[3:7]), sys.argv[7]
c = json.load(open(path))
same = "yes" if c["same_consensus_agree"] and c["same_consensus_disagree"] else "no"
print(f"| {size} | {votes:,} | {ts:.2f} s, {tk/1024:.0f} MB | {rs:.1f} s, {rk/1024:.0f} MB | {rs/max(ts,0.01):.0f}x | 1/{rk/tk:.0f} | "
      f"{c['together_groups']} / {c['reddwarf_groups']} | {c['together_ari_vs_planted']:.3f} / {c['reddwarf_ari_vs_planted']:.3f} | "
      f"{c['ari_together_vs_reddwarf']:.3f} | {same} | {c['top5_group_aware_overlap']} of 5 |")
PY
done
echo
echo "| size (Together alone) | votes | wall time | peak memory | groups | planted ARI |"
echo "|---|---|---|---|---|---|"
for size in ${LARGE:-200000x5000}; do
    n=${size%x*}; m=${size#*x}
    dir="$WORK/$size"
    "$PY" bench/commonground/generate.py "$n" "$m" "$dir"
    votes=$(($(wc -l <"$dir/votes.csv") - 1))
    read -r t_s t_kb < <(/usr/bin/time -f "%e %M" "$BIN" commonground analyze --votes "$dir/votes.csv" --format json 2>&1 >"$dir/together.json" | tail -1)
    "$PY" bench/commonground/compare.py "$dir/planted.json" "$dir/together.json" >"$dir/compare.json"
    "$PY" - "$size" "$votes" "$t_s" "$t_kb" "$dir/compare.json" <<'PY'
import json, sys
size, votes, ts, tk, path = sys.argv[1], int(sys.argv[2]), float(sys.argv[3]), float(sys.argv[4]), sys.argv[5]
c = json.load(open(path))
print(f"| {size} | {votes:,} | {ts:.1f} s | {tk/1024:.0f} MB | {c['together_groups']} | {c['together_ari_vs_planted']:.3f} |")
PY
done
