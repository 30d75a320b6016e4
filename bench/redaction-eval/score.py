#!/usr/bin/env python3
"""Scores predicted personal-detail spans against the labelled stories (standard library only).

Stories: JSON lines {"id", "lang", "text", "details": [{"type", "text"}], "keep": [...]}.
Spans: a JSON file that is either {id: [[start, end, type], ...]} or an object with such a map under
"spans" (peers.py's output, or Together's output converted by bench/redaction.sh). Offsets are
Unicode code point offsets (Python str indices), end exclusive. The predicted type is ignored.

Rules:
- Each labelled detail is looked up in its story's text (str.find, every occurrence). It is covered
  when, for every occurrence, the union of the predicted spans covers every non-space character of
  it. Partial coverage leaks the detail and counts as missed. A detail whose text is not in the
  story is reported as unlocated and left out of the counts.
- Recall per type, overall, "structured" (email, phone, iban, card, document, gps, url, handle) and
  "names and addresses" (name, address).
- Keep strings hit: the fraction of keep strings (located ones) that some predicted span overlaps by
  at least one non-space character, in any occurrence.
- Extra: non-space characters in the union of predicted spans that lie outside every occurrence of
  every labelled detail, divided by all non-space predicted characters.

Usage: score.py STORIES SPANS [--lang en] [--json]
"""
import argparse
import collections
import json
import sys

STRUCTURED = ["email", "phone", "iban", "card", "document", "gps", "url", "handle"]
NAMES_ADDRESSES = ["name", "address"]


def occurrences(text, needle):
    found, start = [], 0
    if not needle:
        return found
    while True:
        index = text.find(needle, start)
        if index < 0:
            return found
        found.append((index, index + len(needle)))
        start = index + 1


def load_spans(path):
    with open(path, encoding="utf-8") as handle:
        data = json.load(handle)
    if isinstance(data, dict) and isinstance(data.get("spans"), dict):
        data = data["spans"]
    if not isinstance(data, dict):
        sys.exit(f"score.py: {path}: expected an object of id -> [[start, end, type], ...]")
    spans = {}
    for story_id, items in data.items():
        spans[str(story_id)] = [(int(item[0]), int(item[1])) for item in items]
    return spans


def ratio(part, whole):
    return part / whole if whole else None


def score(stories, spans):
    labelled, covered = collections.Counter(), collections.Counter()
    unlocated, missed = [], []
    keep_total = keep_hit = 0
    keep_unlocated = 0
    predicted_chars = extra_chars = 0
    without_output = 0
    for story in stories:
        story_id, text = str(story["id"]), story["text"]
        if story_id not in spans:
            without_output += 1
        marked = bytearray(len(text))
        for start, end in spans.get(story_id, []):
            start, end = max(0, start), min(len(text), end)
            if start < end:
                marked[start:end] = b"\x01" * (end - start)
        labelled_region = bytearray(len(text))
        for detail in story.get("details", []):
            kind, needle = detail["type"], detail["text"]
            places = occurrences(text, needle)
            if not places:
                unlocated.append((story_id, kind, needle))
                continue
            labelled[kind] += 1
            ok = True
            for start, end in places:
                labelled_region[start:end] = b"\x01" * (end - start)
                if any(not marked[i] and not text[i].isspace() for i in range(start, end)):
                    ok = False
            if ok:
                covered[kind] += 1
            else:
                missed.append((story_id, kind, needle))
        for needle in story.get("keep", []):
            places = occurrences(text, needle)
            if not places:
                keep_unlocated += 1
                continue
            keep_total += 1
            if any(marked[i] and not text[i].isspace() for start, end in places for i in range(start, end)):
                keep_hit += 1
        for i, flag in enumerate(marked):
            if flag and not text[i].isspace():
                predicted_chars += 1
                extra_chars += not labelled_region[i]

    def group(kinds):
        n = sum(labelled[k] for k in kinds)
        c = sum(covered[k] for k in kinds)
        return {"labelled": n, "covered": c, "recall": ratio(c, n)}

    return {
        "stories": len(stories),
        "stories_without_output": without_output,
        "types": {k: {"labelled": labelled[k], "covered": covered[k], "recall": ratio(covered[k], labelled[k])}
                  for k in sorted(labelled)},
        "all": group(list(labelled)),
        "structured": group(STRUCTURED),
        "names_addresses": group(NAMES_ADDRESSES),
        "keep": {"strings": keep_total, "hit": keep_hit, "fraction_hit": ratio(keep_hit, keep_total),
                 "unlocated": keep_unlocated},
        "extra": {"predicted_chars": predicted_chars, "outside_details": extra_chars,
                  "fraction": ratio(extra_chars, predicted_chars)},
        "unlocated_details": [{"id": i, "type": k, "text": t} for i, k, t in unlocated],
        "missed": [{"id": i, "type": k, "text": t} for i, k, t in missed],
    }


def percent(value):
    return "-" if value is None else f"{100 * value:.1f}%"


def print_table(result, show_missed):
    print(f"{'type':<20} {'labelled':>9} {'covered':>8} {'recall':>8}")
    for kind, row in result["types"].items():
        print(f"{kind:<20} {row['labelled']:>9} {row['covered']:>8} {percent(row['recall']):>8}")
    print("-" * 48)
    for label, key in [("structured", "structured"), ("names+addresses", "names_addresses"), ("all", "all")]:
        row = result[key]
        print(f"{label:<20} {row['labelled']:>9} {row['covered']:>8} {percent(row['recall']):>8}")
    keep, extra = result["keep"], result["extra"]
    print()
    print(f"keep strings hit: {keep['hit']}/{keep['strings']} ({percent(keep['fraction_hit'])})")
    print(f"predicted characters outside labelled details: {extra['outside_details']}/{extra['predicted_chars']}"
          f" ({percent(extra['fraction'])})")
    print(f"stories: {result['stories']} ({result['stories_without_output']} without any output)")
    if result["unlocated_details"] or keep["unlocated"]:
        print(f"not found in their text (left out): {len(result['unlocated_details'])} details, "
              f"{keep['unlocated']} keep strings")
    if show_missed:
        for item in result["missed"]:
            print(f"missed {item['id']} {item['type']}: {item['text']!r}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("stories", help="labelled stories, JSON lines")
    parser.add_argument("spans", help="predicted spans, JSON")
    parser.add_argument("--lang", help="only stories whose lang is this")
    parser.add_argument("--json", action="store_true", help="print a JSON object instead of the table")
    parser.add_argument("--missed", action="store_true", help="list the missed details after the table")
    args = parser.parse_args()
    with open(args.stories, encoding="utf-8") as handle:
        stories = [json.loads(line) for line in handle if line.strip()]
    if args.lang:
        stories = [s for s in stories if s.get("lang") == args.lang]
    result = score(stories, load_spans(args.spans))
    for story_id, kind, needle in ((d["id"], d["type"], d["text"]) for d in result["unlocated_details"]):
        print(f"score.py: warning: {story_id}: {kind} {needle!r} is not in the text", file=sys.stderr)
    if args.json:
        print(json.dumps(result, ensure_ascii=False))
    else:
        print_table(result, args.missed)


if __name__ == "__main__":
    main()
