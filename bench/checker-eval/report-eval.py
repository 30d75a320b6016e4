#!/usr/bin/env python3
"""The reported-speech probes (decision 0015): a message that quotes someone else's label to report or
reject it should get no finding; one whose writer sides with the speaker should keep one. Each line of
report-probes.jsonl has a `stance` (`reported` or `hostile`) and a `source`: who wrote it and when
(docs/decisions/0015-reported-and-rejected.md says which lists each source was written against).

Usage: python3 bench/checker-eval/report-eval.py BINARY [--show]"""
import collections
import json
import pathlib
import subprocess
import sys
import tempfile

binary = sys.argv[1]
show = "--show" in sys.argv[2:]
HERE = pathlib.Path(__file__).resolve().parent
probes = [json.loads(line) for line in open(HERE / "report-probes.jsonl", encoding="utf-8") if line.strip()]
flagged = {}
with tempfile.TemporaryDirectory() as folder:
    for lang in sorted({p["lang"] for p in probes}):
        items = [p for p in probes if p["lang"] == lang]
        paths = []
        for p in items:
            path = pathlib.Path(folder) / f"{p['id']}.txt"
            path.write_text(p["text"], encoding="utf-8")
            paths.append(str(path))
        command = [binary, "check", "--lang", lang, "--format", "json", "--fail-on", "never"]
        reports = json.loads(subprocess.run(command + paths, capture_output=True, text=True, check=True).stdout)
        reports = reports if isinstance(reports, list) else [reports]
        for p, report in zip(items, reports):
            flagged[p["id"]] = bool(report["findings"])
counts = collections.defaultdict(lambda: [0, 0])
for p in probes:
    for key in [(p["source"], p["stance"]), ("all", p["stance"])]:
        counts[key][0] += flagged[p["id"]]
        counts[key][1] += 1
    if show and flagged[p["id"]] == (p["stance"] == "reported"):
        print(("  REPORT FLAGGED " if p["stance"] == "reported" else "  HOSTILE CLEAR ") + p["id"], p["text"][:160])
print("| source | clean reports flagged | hostile messages flagged |")
print("|---|---|---|")
for source in list(dict.fromkeys(p["source"] for p in probes)) + ["all"]:
    r, h = counts[(source, "reported")], counts[(source, "hostile")]
    print(f"| {source} | {r[0]} of {r[1]} | {h[0]} of {h[1]} |")
