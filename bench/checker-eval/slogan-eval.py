"""The quoted-slogan probes: a statement that quotes a slogan to reject or report it should get no
finding; one that adopts it should keep one. Usage: python3 bench/checker-eval/slogan-eval.py BINARY [--show]"""
import json, subprocess, sys, tempfile, pathlib
binary = sys.argv[1]; show = len(sys.argv) > 2
HERE = pathlib.Path(__file__).resolve().parent
ALL = [json.loads(l) for l in open(HERE / "slogan-probes.jsonl", encoding="utf-8") if l.strip()]
cats = {"othering", "dehumanising-term", "disaster-metaphor", "stereotype", "crisis-frame"}
T = [0,0,0,0]
for lang in "en fr es de it ar tr pt".split():
    items = [it for it in ALL if it["lang"] == lang]
    d = tempfile.mkdtemp(); files = []
    for i, it in enumerate(items):
        f = f"{d}/{i:03d}.txt"; open(f, "w").write(it["text"]); files.append(f)
    reps = json.loads(subprocess.run([binary, "check", "--lang", lang, "--format", "json", "--fail-on", "never"] + files, capture_output=True, text=True).stdout)
    hk = ht = rc = rt = 0
    for it, r in zip(items, reps):
        found = {f["category"] for f in r["findings"]} & cats
        if it["hostile"]:
            ht += 1; hk += bool(found)
            if show and not found: print("  HOSTILE CLEAR", lang, it["text"][:140])
        else:
            rt += 1; rc += not found
            if show and found: print("  REPORT FLAGGED", lang, sorted(found), it["text"][:140])
    T = [T[0]+hk, T[1]+ht, T[2]+rc, T[3]+rt]
    print(f"{lang}: hostile flagged {hk}/{ht}; reports clear {rc}/{rt}")
print(f"all: hostile flagged {T[0]}/{T[1]}; reports clear {T[2]}/{T[3]}")
