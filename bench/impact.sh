#!/usr/bin/env bash
# Impact: `together impact analyze` against statsmodels on the same simulated message test of 1M
# respondents (HC2, Lin with 12 columns, both outcomes), in one run: wall time, peak memory, and the
# largest relative difference between their estimates and standard errors. Target: >= 10x faster.
#
# Usage: bench/impact.sh [respondents]   (default 1000000)
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-1000000}
BIN=.build/release/together
swift build -c release --product together >/dev/null 2>&1
command -v /usr/bin/time >/dev/null || { apt-get update -q >/dev/null && apt-get install -y -q time >/dev/null; }
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
python3 -m venv "$WORK/venv" >/dev/null
"$WORK/venv/bin/pip" install -q statsmodels pandas numpy scipy >/dev/null
PY="$WORK/venv/bin/python"
"$PY" bench/impact/simulate.py "$N" "$WORK/data.csv"
read -r t_s t_kb < <(/usr/bin/time -f "%e %M" "$BIN" impact analyze --data "$WORK/data.csv" --arm arm --outcome likert --outcome pledge \
    --covariate x --segment seg --format json 2>&1 >"$WORK/together.json" | tail -1)
# Memory must grow with the columns, not the respondents: the same analysis on four times the rows.
"$PY" bench/impact/simulate.py "$((4 * N))" "$WORK/data4.csv" --seed 7
read -r t4_s t4_kb < <(/usr/bin/time -f "%e %M" "$BIN" impact analyze --data "$WORK/data4.csv" --arm arm --outcome likert --outcome pledge \
    --covariate x --segment seg --format json 2>&1 >/dev/null | tail -1)
read -r s_s s_kb < <(/usr/bin/time -f "%e %M" "$PY" bench/impact/statsmodels_run.py "$WORK/data.csv" "$WORK/statsmodels.json" 2>&1 | tail -1)
echo "command: bench/impact.sh $N   ($(nproc) cores; release build; $("$PY" -c 'import statsmodels; print("statsmodels", statsmodels.__version__)'))"
echo
"$PY" - "$WORK/together.json" "$WORK/statsmodels.json" "$t_s" "$t_kb" "$s_s" "$s_kb" "$N" "$t4_s" "$t4_kb" <<'PY'
import json, sys
ours, theirs = json.load(open(sys.argv[1])), json.load(open(sys.argv[2]))
ts, tk, ss, sk, n = float(sys.argv[3]), float(sys.argv[4]), float(sys.argv[5]), float(sys.argv[6]), int(sys.argv[7])
t4s, t4k = float(sys.argv[8]), float(sys.argv[9])
worst = 0.0
for key in ("difference_in_means", "ols_hc2", "lin"):
    mine = {(e["outcome"], e["arm"]): e for e in ours[key]}
    for e in theirs[key]:
        m = mine[(e["outcome"], e["arm"])]
        for field in ("estimate", "se"):
            worst = max(worst, abs(m[field] - e[field]) / max(abs(e[field]), 1e-300))
print("| tool | wall time | peak memory |")
print("|---|---|---|")
print(f"| together impact analyze | {ts:.2f} s | {tk / 1024:.0f} MB |")
print(f"| statsmodels (pandas read, OLS and Lin with HC2, difference in means) | {ss:.2f} s | {sk / 1024:.0f} MB |")
print(f"| together impact analyze, {4 * n:,} respondents | {t4s:.2f} s | {t4k / 1024:.0f} MB |")
print()
print(f"{n:,} respondents; together is {ss / max(ts, 0.01):.1f}x faster (target >= 10x); largest relative difference "
      f"in estimates and standard errors: {worst:.1e}")
PY
