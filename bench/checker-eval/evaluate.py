#!/usr/bin/env python3
"""Precision and recall of `together check` on a labelled evaluation set (messages.jsonl, the
development set, or heldout.jsonl, written later without looking at the rule packs).

A message counts as a true positive for a category when the checker reports at least one finding of
that category and the label lists it; labels and findings are compared per message, not per word.
Clean messages are those labelled with no category: any finding on them is a false finding.

Usage: bench/checker-eval/evaluate.py [--binary .build/release/together] [--min-severity suggestion] [--set heldout]
Exit code 1 when a target of issue 4 is missed (term categories recall >= 0.9, framing >= 0.75,
false findings on clean messages <= 5%).
"""
import argparse
import collections
import json
import sys
from pathlib import Path

import checker_reports

HERE = Path(__file__).resolve().parent
TERM = ["dehumanising-term", "disaster-metaphor", "crisis-frame", "legal-accuracy", "jargon", "pity-frame"]
FRAMING = ["lecturing", "abstraction", "commodifying", "stereotype", "othering", "statistics-overload"]
RANK = {"suggestion": 0, "warning": 1, "error": 2}


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--binary", default=".build/release/together")
    parser.add_argument("--min-severity", default="suggestion", choices=list(RANK))
    parser.add_argument("--set", default="messages", help="messages (the development set) or heldout")
    args = parser.parse_args()
    path = HERE / f"{args.set}.jsonl"
    messages = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    if any("hostile" in message for message in messages):
        # The quoted-slogan probes label stance, not categories: their own script scores them.
        print(f"{args.set}: use bench/checker-eval/slogan-eval.py for this set", file=sys.stderr)
        return 2
    if any("stance" in message for message in messages):
        print(f"{args.set}: use bench/checker-eval/report-eval.py for this set", file=sys.stderr)
        return 2
    predicted = {
        message_id: {f["category"] for f in report["findings"] if RANK[f["severity"]] >= RANK[args.min_severity]}
        for message_id, report in checker_reports.reports(args.binary, messages).items()
    }
    counts = collections.defaultdict(lambda: [0, 0, 0])  # (category, lang) -> tp, fp, fn
    clean = collections.Counter()
    false_on_clean = collections.Counter()
    for message in messages:
        expected = set(message["categories"])
        got = predicted[message["id"]]
        # Length, readability and language are measured, not labelled: leave them out of the comparison.
        got -= {"length", "readability", "language-mismatch", "migrant-ness"}
        for category in expected | got:
            for key in [(category, message["lang"]), (category, "all")]:
                counts[key][0] += category in expected and category in got
                counts[key][1] += category in got and category not in expected
                counts[key][2] += category in expected and category not in got
        for category in expected - got - {"length", "readability", "language-mismatch", "migrant-ness"}:
            print(f"missed {category} in {message['id']}: {message['text']}", file=sys.stderr)
        if not expected:
            clean[message["lang"]] += 1
            clean["all"] += 1
            if got:
                false_on_clean[message["lang"]] += 1
                false_on_clean["all"] += 1
                print(f"false finding on clean {message['id']}: {sorted(got)}: {message['text']}", file=sys.stderr)
    def ratio(a, b):
        return a / b if b else float("nan")
    print("| category | precision | recall | true | false | missed |")
    print("|---|---|---|---|---|---|")
    failed = False
    for category in TERM + FRAMING:
        tp, fp, fn = counts[(category, "all")]
        precision, recall = ratio(tp, tp + fp), ratio(tp, tp + fn)
        target = 0.9 if category in TERM else 0.75
        mark = "" if recall >= target or tp + fn == 0 else " (below target)"
        failed |= bool(mark)
        print(f"| {category} | {precision:.2f} | {recall:.2f}{mark} | {tp} | {fp} | {fn} |")
    print()
    print("| language | term recall | framing recall | false findings on clean messages |")
    print("|---|---|---|---|")
    for lang in ["en", "fr", "es", "de", "it", "ar", "tr", "pt", "all"]:
        term = [sum(counts[(c, lang)][i] for c in TERM) for i in range(3)]
        framing = [sum(counts[(c, lang)][i] for c in FRAMING) for i in range(3)]
        rate = ratio(false_on_clean[lang], clean[lang])
        print(f"| {lang} | {ratio(term[0], term[0] + term[2]):.2f} | {ratio(framing[0], framing[0] + framing[2]):.2f} | "
              f"{false_on_clean[lang]} of {clean[lang]} ({rate * 100:.0f}%) |")
    if ratio(false_on_clean["all"], clean["all"]) > 0.05:
        failed = True
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
