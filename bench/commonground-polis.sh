#!/usr/bin/env bash
# Together against red-dwarf on the four Pol.is open-data conversations (CC BY 4.0, The Computational
# Democracy Project) kept in the tests: the same groups (ARI), the same consensus lists, the top five
# of group-aware consensus.
#
# Usage: bench/commonground-polis.sh
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=.build/release/together
swift build -c release --product together >/dev/null 2>&1
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
python3 -m venv "$WORK/venv" >/dev/null
"$WORK/venv/bin/pip" install -q red-dwarf==0.4.0 scikit-learn numpy >/dev/null
PY="$WORK/venv/bin/python"
echo "command: bench/commonground-polis.sh   (red-dwarf 0.4.0, random_state 42; moderated-out comments passed to both)"
echo
echo "| conversation | groups (T / rd) | placed (T / rd) | ARI T vs rd | ARI with Pol.is's own groups (T / rd) | same consensus (agree / disagree) | top-5 GAC overlap |"
echo "|---|---|---|---|---|---|---|"
for folder in Tests/CommonGroundTests/Fixtures/*/; do
    name=$(basename "$folder")
    "$BIN" commonground analyze --votes "$folder/votes.csv" --comments "$folder/comments.csv" --format json >"$WORK/$name-t.json"
    "$PY" -W ignore bench/commonground/reddwarf_run.py "$folder/votes.csv" "$WORK/$name-rd.json" "$folder/comments.csv" >/dev/null 2>&1
    "$PY" bench/commonground/compare.py - "$WORK/$name-t.json" "$WORK/$name-rd.json" "$folder/participants-votes.csv" | "$PY" -c "
import json, sys
c = json.load(sys.stdin)
print(f\"| $name | {c['together_groups']} / {c['reddwarf_groups']} | {c['together_placed']} / {c['reddwarf_placed']} | {c['ari_together_vs_reddwarf']:.3f} | {c['together_ari_vs_polis']:.3f} / {c['reddwarf_ari_vs_polis']:.3f} | {'yes' if c['same_consensus_agree'] else 'no'} / {'yes' if c['same_consensus_disagree'] else 'no'} | {c['top5_group_aware_overlap']} of 5 |\")
"
done
