#!/usr/bin/env python3
"""The reported-speech probes (decision 0015): a message that quotes someone else's label to report or
reject it should get no finding; one whose writer sides with the speaker should keep one. Each line of
report-probes.jsonl has a `stance` (`reported` or `hostile`) and a `source`: who wrote it and when
(docs/decisions/0015-reported-and-rejected.md says which lists each source was written against).

Usage: python3 bench/checker-eval/report-eval.py BINARY [--show]"""
import collections
import json
import pathlib
import sys

import checker_reports

binary = sys.argv[1]
show = "--show" in sys.argv[2:]
HERE = pathlib.Path(__file__).resolve().parent
probes = [json.loads(line) for line in open(HERE / "report-probes.jsonl", encoding="utf-8") if line.strip()]
flagged = {message_id: bool(report["findings"]) for message_id, report in checker_reports.reports(binary, probes).items()}
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
