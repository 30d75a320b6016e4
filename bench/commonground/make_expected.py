#!/usr/bin/env python3
"""Generate the CommonGround test fixtures from the reference restatement polis_ref.py.

For each Pol.is open-data conversation this writes
    Tests/CommonGroundTests/Fixtures/<conversation>/expected.json
and, once, the hand-checkable fixed-group case
    Tests/CommonGroundTests/Fixtures/statistics.json

Inputs:
  votes.csv     read IN FILE ORDER: that order defines "last vote wins" and the
                first-appearance order of participants (rows) and statements (columns).
  comments.csv  comment-ids with moderated == -1 are passed to run() as mod_out.
  participants-votes.csv  the group-id Pol.is itself assigned (sanity check via ARI).

The oracle's run() is used as is (PCA capped at 100 iterations, as in Pol.is). A second
run with polis_ref.pca patched to iters=10000 reports whether labels / k / the
group-aware-consensus ordering depend on that cap; it does not change expected.json.

Requires numpy, scipy, scikit-learn (e.g. the venv at /tmp/cg-venv):
    /tmp/cg-venv/bin/python bench/commonground/make_expected.py
"""
import argparse
import csv
import functools
import importlib
import json
import math
import sys
from pathlib import Path

import numpy as np
from sklearn.metrics import adjusted_rand_score

REPO = Path(__file__).resolve().parents[2]
CONVERSATIONS = ["15-per-hour-seattle", "brexit-consensus", "scoop-hivemind.biodiversity", "vtaiwan.uberx"]
CONVENTION = "oracle-internal: agree=-1, components not sign-normalised"


# ---------------------------------------------------------------- helpers

class NonFinite:
    """Collects the JSON paths where a non-finite float was replaced by null."""

    def __init__(self):
        self.where = []

    def clean(self, obj, path="$"):
        if isinstance(obj, dict):
            return {str(k): self.clean(v, f"{path}.{k}") for k, v in obj.items()}
        if isinstance(obj, (list, tuple)):
            return [self.clean(v, f"{path}[{i}]") for i, v in enumerate(obj)]
        if isinstance(obj, (bool, np.bool_)):
            return bool(obj)
        if isinstance(obj, (int, np.integer)):
            return int(obj)
        if isinstance(obj, (float, np.floating)):
            x = float(obj)
            if not math.isfinite(x):
                self.where.append(f"{path}={x}")
                return None
            return x
        return obj


def write_json(path, obj):
    nf = NonFinite()
    clean = nf.clean(obj)
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        json.dump(clean, f, allow_nan=False)   # default float repr = full precision
        f.write("\n")
    return nf.where


def read_votes(path):
    pids, tids, votes = [], [], []
    with open(path, newline="", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            tids.append(int(r["comment-id"]))
            pids.append(int(r["voter-id"]))
            votes.append(int(r["vote"]))
    return pids, tids, votes


def read_mod_out(path):
    with open(path, newline="", encoding="utf-8") as f:
        return [int(r["comment-id"]) for r in csv.DictReader(f) if int(r["moderated"]) == -1]


def read_polis_groups(path):
    out = {}
    with open(path, newline="", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            if r["group-id"].strip() != "":
                out[int(r["participant"])] = int(r["group-id"])
    return out


def check_last_vote_wins(ref, pids, tids, votes):
    """The oracle relies on numpy fancy assignment for duplicates; verify it equals
    an explicit last-in-file-order-wins matrix."""
    R, _, pid_of, tid_of, _ = ref.build(pids, tids, votes)
    row = {p: i for i, p in enumerate(pid_of)}
    col = {t: j for j, t in enumerate(tid_of)}
    last = {}
    for p, t, v in zip(pids, tids, votes):
        last[(p, t)] = v
    E = np.full(R.shape, np.nan)
    for (p, t), v in last.items():
        E[row[p], col[t]] = -float(v)
    assert np.array_equal(np.isnan(R), np.isnan(E)) and np.array_equal(np.nan_to_num(R), np.nan_to_num(E)), \
        "oracle build() does not implement last-vote-wins in file order"
    return len(votes) - len(last)


def gac_order(res):
    tids = list(res["gac"].keys())
    vals = np.array([res["gac"][t] for t in tids])
    return [tids[j] for j in np.argsort(-vals, kind="stable")]


# ---------------------------------------------------------------- conversations

def conversation(ref, data_dir, out_dir, name):
    src = data_dir / name
    pids, tids, votes = read_votes(src / "votes.csv")
    mod_out = read_mod_out(src / "comments.csv")
    polis = read_polis_groups(src / "participants-votes.csv")
    dups = check_last_vote_wins(ref, pids, tids, votes)

    res = ref.run(pids, tids, votes, mod_out=mod_out)

    pid_of = [int(p) for p in res["pid_of"]]
    tid_of = [int(t) for t in res["tid_of"]]
    S = lambda t: str(int(t))
    labels = [int(x) for x in res["labels"]]

    both = [i for i, p in enumerate(pid_of) if labels[i] != -1 and p in polis]
    ari = float(adjusted_rand_score([polis[pid_of[i]] for i in both], [labels[i] for i in both]))

    expected = {
        "participants": [S(p) for p in pid_of],
        "statements": [S(t) for t in tid_of],
        "inConversation": [bool(b) for b in res["in_conv"]],
        "convention": CONVENTION,
        "center": [float(x) for x in res["center"]],
        "components": [[float(x) for x in res["comps"][0]], [float(x) for x in res["comps"][1]]],
        "projections": [[float(x), float(y)] for x, y in res["proj"]],
        "baseClusterCount": int(res["n_base"]),
        "k": int(res["k"]),
        "silhouettes": {str(k): float(v) for k, v in sorted(res["silhouettes"].items())},
        "labels": labels,
        "groupAwareConsensus": {S(t): float(v) for t, v in res["gac"].items()},
        "priority": {S(t): float(v) for t, v in res["priority"].items()},
        "extremity": {S(t): float(v) for t, v in res["extremity"].items()},
        "repness": [[[S(t), d] for t, d in g] for g in res["repness"]],
        "consensus": {"agree": [S(t) for t in res["consensus"]["agree"]],
                      "disagree": [S(t) for t in res["consensus"]["disagree"]]},
        "moderatedOut": [S(t) for t in mod_out],
        "polisGroups": {S(p): g for p, g in polis.items()},
        "ariOracleVsPolis": ari,
    }
    nonfinite = write_json(out_dir / name / "expected.json", expected)

    # Second run: PCA allowed to converge (10000 iterations); comparison only.
    orig = ref.pca
    try:
        ref.pca = functools.partial(orig, iters=10000)
        res2 = ref.run(pids, tids, votes, mod_out=mod_out)
    finally:
        ref.pca = orig
    same_labels = np.array_equal(res["labels"], res2["labels"])
    same_k = res["k"] == res2["k"]
    same_gac = gac_order(res) == gac_order(res2)
    lab2 = res2["labels"]
    both2 = [i for i in range(len(labels)) if labels[i] != -1 and lab2[i] != -1]
    ari12 = adjusted_rand_score([labels[i] for i in both2], [lab2[i] for i in both2]) if both2 else float("nan")
    cos = [abs(float(np.dot(res["comps"][c], res2["comps"][c])) /
               max(np.linalg.norm(res["comps"][c]) * np.linalg.norm(res2["comps"][c]), 1e-300)) for c in (0, 1)]
    ari2 = float(adjusted_rand_score([polis[pid_of[i]] for i in range(len(pid_of)) if lab2[i] != -1 and pid_of[i] in polis],
                                     [int(lab2[i]) for i in range(len(pid_of)) if lab2[i] != -1 and pid_of[i] in polis]))

    N, M = len(pid_of), len(tid_of)
    print(f"{name}: N={N} participants, M={M} statements, votes={len(votes)} rows "
          f"({len(votes) - dups} distinct cells, {dups} superseded duplicates), "
          f"in-conversation={int(np.sum(res['in_conv']))}, moderated-out={len(mod_out)}")
    print(f"  k={res['k']} base clusters={res['n_base']} silhouettes="
          + ", ".join(f"{k}:{v:.4f}" for k, v in sorted(res["silhouettes"].items()))
          + f" group sizes={np.bincount([l for l in labels if l >= 0]).tolist()}")
    print(f"  ARI vs Pol.is={ari:.4f} over {len(both)} participants "
          f"(Pol.is groups: {len(set(polis.values()))}, {len(polis)} participants with a group-id)")
    print(f"  100 vs 10000 PCA iterations: same labels={same_labels} same k={same_k} "
          f"same gac ordering={same_gac}  (10000-iter: k={res2['k']}, base={res2['n_base']}, "
          f"ARI(100 vs 10000 labels)={ari12:.4f}, ARI vs Pol.is={ari2:.4f}, |cos| pc1={cos[0]:.12f} pc2={cos[1]:.12f})")
    if nonfinite:
        print(f"  non-finite floats replaced by null: {nonfinite}")
    return nonfinite


# ---------------------------------------------------------------- fixed-group statistics

# (na, nd, ns) per group and statement; ns counts passes too.
STAT_COUNTS = [
    # group 0 (5-20 members voting)
    [(10, 2, 14), (1, 9, 12), (3, 3, 10), (0, 0, 4), (4, 0, 4), (6, 6, 20)],
    # group 1
    [(2, 11, 15), (8, 1, 10), (0, 7, 9), (1, 1, 6), (0, 0, 0), (5, 5, 11)],
    # group 2
    [(4, 1, 7), (5, 5, 10), (0, 0, 3), (2, 5, 8), (3, 0, 3), (7, 3, 12)],
]


def statistics(ref, out_dir):
    G, M = len(STAT_COUNTS), len(STAT_COUNTS[0])
    for g in STAT_COUNTS:
        assert len(g) == M and all(na + nd <= ns for na, nd, ns in g)
    # Vote matrix in the oracle's internal convention (agree=-1, disagree=+1, pass=0, NaN=no vote):
    # each group gets max(ns) rows; for statement j the first na rows agree, the next nd disagree,
    # the next ns-na-nd pass, the rest did not vote.
    sizes = [max(ns for _, _, ns in g) for g in STAT_COUNTS]
    Rm = np.full((sum(sizes), M), np.nan)
    groups, off = [], 0
    for g, n in zip(STAT_COUNTS, sizes):
        for j, (na, nd, ns) in enumerate(g):
            Rm[off:off + na, j] = -1.0
            Rm[off + na:off + na + nd, j] = 1.0
            Rm[off + na + nd:off + ns, j] = 0.0
        m = np.zeros(len(Rm), bool); m[off:off + n] = True
        groups.append(m); off += n

    stats = []
    for g in range(G):
        na, nd, ns = ref.counts(Rm[groups[g]])
        assert [tuple(int(x) for x in t) for t in zip(na, nd, ns)] == STAT_COUNTS[g]
        rest = [ref.counts(Rm[groups[h]]) for h in range(G) if h != g]
        nar, ndr, nsr = (sum(r[i] for r in rest) for i in range(3))
        pa, pd = (na + 1) / (ns + 2), (nd + 1) / (ns + 2)
        row = dict(pa=pa, pd=pd, pat=ref.prop_test(na, ns), pdt=ref.prop_test(nd, ns),
                   ra=pa / ((nar + 1) / (nsr + 2)), rd=pd / ((ndr + 1) / (nsr + 2)),
                   rat=ref.two_prop_test(na, nar, ns, nsr), rdt=ref.two_prop_test(nd, ndr, ns, nsr))
        stats.append([{k: float(v[j]) for k, v in row.items()} for j in range(M)])

    rep = ref.repness(Rm, groups, set())
    gac = [float(np.prod([(STAT_COUNTS[g][j][0] + 1.0) / (STAT_COUNTS[g][j][2] + 2.0) for g in range(G)]))
           for j in range(M)]
    doc = {
        "description": "Fixed groups, hand-checkable per-group statistics (design doc section 5), "
                       "repness selection (section 6, oracle repness()) and group-aware consensus "
                       "(product over groups of (na+1)/(ns+2)). counts are [na, nd, ns] per statement; "
                       "ns includes passes. 'rest' for ra/rd/rat/rdt = the other groups summed. "
                       "repness entries are [statementIndex (0-based), direction].",
        "groups": [{"counts": [list(c) for c in g]} for g in STAT_COUNTS],
        "statistics": stats,
        "repness": [[[int(s["tid"]), s["dir"]] for s in g] for g in rep],
        "groupAwareConsensus": gac,
    }
    nonfinite = write_json(out_dir / "statistics.json", doc)
    print("statistics.json: repness =", doc["repness"])
    print("  gac =", [round(x, 6) for x in gac])
    for g in range(G):
        for j in range(M):
            s = stats[g][j]
            print(f"  g{g} s{j} {STAT_COUNTS[g][j]}: " + " ".join(f"{k}={v:.4f}" for k, v in s.items()))
    if nonfinite:
        print(f"  non-finite floats replaced by null: {nonfinite}")
    return nonfinite


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--oracles", default=str(REPO / ".." / "shared" / "oracles"),
                    help="directory holding polis_ref.py (default: ../shared/oracles relative to the repo root)")
    ap.add_argument("--data", default=str(REPO / ".." / "shared" / "fixtures" / "polis-opendata"),
                    help="directory holding <conversation>/{votes,comments,participants-votes}.csv")
    ap.add_argument("--out", default=str(REPO / "Tests" / "CommonGroundTests" / "Fixtures"))
    ap.add_argument("conversations", nargs="*", default=CONVERSATIONS)
    a = ap.parse_args()

    sys.path.insert(0, str(Path(a.oracles).resolve()))
    ref = importlib.import_module("polis_ref")
    out_dir = Path(a.out)
    for name in a.conversations:
        conversation(ref, Path(a.data), out_dir, name)
    statistics(ref, out_dir)


if __name__ == "__main__":
    main()
