#!/usr/bin/env python3
"""Validate the labelled personal-details set (stories.jsonl) and print its counts.

Checks: one JSON object per line with the fields id, lang, text, details, keep; unique ids; known
languages and detail types; every detail and keep string is a verbatim substring of the story; every
keep string occurs at least once outside all labelled details; IBANs pass the mod-97 check; cards pass
the Luhn check; Spanish NIE numbers carry the right control letter; stories are 40-160 words; the set
holds enough stories, details, details per type and stories without any detail.

Usage: bench/redaction-eval/check_set.py [path/to/stories.jsonl]
Exit code 1 on any problem. Standard library only.
"""
import collections
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
LANGS = {"en": 14, "de": 9, "fr": 9, "es": 9, "ar": 9}  # language -> minimum number of stories
TYPES = ["name", "email", "url", "handle", "phone", "iban", "card", "document",
         "dob", "gps", "address", "employer", "arrival"]
FIELDS = {"id", "lang", "text", "details", "keep"}
MIN_STORIES = 48
MIN_DETAILS = 170
MIN_PER_TYPE = 8
MIN_CLEAN = 6
MIN_KEEP = 2
WORDS = (40, 160)
IBAN_LENGTH = {"DE": 22, "FR": 27, "ES": 24, "GB": 22, "IT": 27, "NL": 18}
NIE_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"
ARABIC = re.compile("[\u0600-\u06FF]")


def iban_problem(value):
    compact = value.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}[0-9]{2}[A-Z0-9]+", compact):
        return "not an IBAN shape"
    country = compact[:2]
    if country not in IBAN_LENGTH:
        return f"country {country} not in {sorted(IBAN_LENGTH)}"
    if len(compact) != IBAN_LENGTH[country]:
        return f"{country} IBAN has {len(compact)} characters, expected {IBAN_LENGTH[country]}"
    if " " in value and value != " ".join(compact[i:i + 4] for i in range(0, len(compact), 4)):
        return "spaces are not in groups of four"
    moved = compact[4:] + compact[:4]
    if int("".join(str(int(c, 36)) for c in moved)) % 97 != 1:
        return "mod-97 check fails"
    return None


def luhn_problem(value):
    if not re.fullmatch(r"[0-9][0-9 -]*[0-9]", value):
        return "a card holds only digits, spaces and dashes"
    digits = [int(c) for c in value if c.isdigit()]
    if not 13 <= len(digits) <= 19:
        return f"{len(digits)} digits"
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return None if total % 10 == 0 else "Luhn check fails"


def nie_problem(value):
    m = re.fullmatch(r"([XYZ])-?([0-9]{7})-?([A-Z])", value)
    if not m:
        return None  # not a NIE
    number = int(str("XYZ".index(m.group(1))) + m.group(2))
    expected = NIE_LETTERS[number % 23]
    return None if m.group(3) == expected else f"NIE control letter should be {expected}"


def spans(text, needle):
    start = text.find(needle)
    while start != -1:
        yield start, start + len(needle)
        start = text.find(needle, start + 1)


def main():
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "stories.jsonl"
    problems = []
    ids = set()
    per_type = collections.Counter()
    per_lang_stories = collections.Counter()
    per_lang_details = collections.Counter()
    per_lang_type = collections.defaultdict(collections.Counter)
    clean = 0
    keeps = 0
    lines = path.read_text(encoding="utf-8").split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    for number, line in enumerate(lines, 1):
        where = f"line {number}"
        try:
            story = json.loads(line)
        except json.JSONDecodeError as error:
            problems.append(f"{where}: not JSON ({error})")
            continue
        if not isinstance(story, dict) or set(story) != FIELDS:
            problems.append(f"{where}: expected exactly the fields {sorted(FIELDS)}")
            continue
        sid, lang, text, details, keep = (story[k] for k in ("id", "lang", "text", "details", "keep"))
        where = f"line {number} ({sid})"
        if not isinstance(sid, str) or not sid:
            problems.append(f"{where}: id must be a non-empty string")
        elif sid in ids:
            problems.append(f"{where}: duplicate id")
        ids.add(sid)
        if lang not in LANGS:
            problems.append(f"{where}: unknown lang {lang!r}")
            continue
        if isinstance(sid, str) and not sid.startswith(lang + "-"):
            problems.append(f"{where}: id does not start with {lang}-")
        if not isinstance(text, str) or not isinstance(details, list) or not isinstance(keep, list):
            problems.append(f"{where}: text must be a string, details and keep lists")
            continue
        per_lang_stories[lang] += 1
        words = len(text.split())
        if not WORDS[0] <= words <= WORDS[1]:
            problems.append(f"{where}: {words} words, expected {WORDS[0]}-{WORDS[1]}")
        if lang == "ar" and len(ARABIC.findall(text)) < len(text) / 3:
            problems.append(f"{where}: Arabic story is not mostly in Arabic script")
        if not details:
            clean += 1
        labelled = []
        seen = set()
        for detail in details:
            if not isinstance(detail, dict) or set(detail) != {"type", "text"}:
                problems.append(f"{where}: detail {detail!r} must have exactly type and text")
                continue
            kind, value = detail["type"], detail["text"]
            if kind not in TYPES:
                problems.append(f"{where}: unknown type {kind!r}")
                continue
            if not isinstance(value, str) or not value.strip() or value != value.strip():
                problems.append(f"{where}: {kind} text {value!r} is empty or has outer spaces")
                continue
            if (kind, value) in seen:
                problems.append(f"{where}: {kind} {value!r} listed twice")
            seen.add((kind, value))
            found = list(spans(text, value))
            if not found:
                problems.append(f"{where}: {kind} {value!r} is not in the text")
            labelled.extend(found)
            problem = None
            if kind == "iban":
                problem = iban_problem(value)
            elif kind == "card":
                problem = luhn_problem(value)
            elif kind == "document":
                problem = nie_problem(value)
            if problem:
                problems.append(f"{where}: {kind} {value!r}: {problem}")
            per_type[kind] += 1
            per_lang_details[lang] += 1
            per_lang_type[lang][kind] += 1
        if len(keep) < MIN_KEEP:
            problems.append(f"{where}: {len(keep)} keep strings, expected at least {MIN_KEEP}")
        for value in keep:
            keeps += 1
            if not isinstance(value, str) or not value.strip():
                problems.append(f"{where}: keep {value!r} is empty")
                continue
            found = list(spans(text, value))
            if not found:
                problems.append(f"{where}: keep {value!r} is not in the text")
            elif all(any(s < e2 and s2 < e for s2, e2 in labelled) for s, e in found):
                problems.append(f"{where}: keep {value!r} only occurs inside labelled details")

    stories = sum(per_lang_stories.values())
    total = sum(per_type.values())
    print(f"{stories} stories, {total} details, {keeps} keep strings, {clean} stories without details\n")
    print("type".ljust(10) + "".join(lang.rjust(5) for lang in LANGS) + "total".rjust(7))
    for kind in TYPES:
        print(kind.ljust(10) + "".join(str(per_lang_type[lang][kind]).rjust(5) for lang in LANGS)
              + str(per_type[kind]).rjust(7))
    print("details".ljust(10) + "".join(str(per_lang_details[lang]).rjust(5) for lang in LANGS) + str(total).rjust(7))
    print("stories".ljust(10) + "".join(str(per_lang_stories[lang]).rjust(5) for lang in LANGS) + str(stories).rjust(7))

    if stories < MIN_STORIES:
        problems.append(f"{stories} stories, expected at least {MIN_STORIES}")
    if total < MIN_DETAILS:
        problems.append(f"{total} details, expected at least {MIN_DETAILS}")
    if clean < MIN_CLEAN:
        problems.append(f"{clean} stories without details, expected at least {MIN_CLEAN}")
    for lang, minimum in LANGS.items():
        if per_lang_stories[lang] < minimum:
            problems.append(f"{lang}: {per_lang_stories[lang]} stories, expected at least {minimum}")
    for kind in TYPES:
        if per_type[kind] < MIN_PER_TYPE:
            problems.append(f"{kind}: {per_type[kind]} details, expected at least {MIN_PER_TYPE}")

    if problems:
        print(f"\n{len(problems)} problem(s):", file=sys.stderr)
        for problem in problems:
            print("  " + problem, file=sys.stderr)
        return 1
    print("\nOK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
