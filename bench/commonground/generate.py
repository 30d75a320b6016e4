#!/usr/bin/env python3
"""A seeded synthetic conversation with planted opinion groups, written as a Pol.is export.

The generator is the one the project's design notes use for the Pol.is family benchmarks
(polis_bench.generate): three planted groups (45/35/20%), statements that are consensus-agree (10%),
consensus-disagree (5%), divisive (70%) or noise (15%), about `mean_votes` votes per participant
(lognormal), and 15% drive-by voters with 1-6 votes.

usage: generate.py N M OUT_DIR [--seed S] [--mean-votes V]
writes OUT_DIR/votes.csv (timestamp, datetime, comment-id, voter-id, vote) and OUT_DIR/planted.json.
"""
import argparse, json, os
import numpy as np


def generate(N, M, seed=0, mean_votes=40, G=3, props=(0.45, 0.35, 0.20)):
    rng = np.random.default_rng(seed)
    groups = rng.choice(G, size=N, p=props)
    kind = rng.choice(4, size=M, p=[0.10, 0.05, 0.70, 0.15])
    P = np.zeros((G, M, 3))
    P[:, kind == 0] = (0.80, 0.08, 0.12)
    P[:, kind == 1] = (0.08, 0.80, 0.12)
    P[:, kind == 3] = (0.40, 0.40, 0.20)
    div = np.where(kind == 2)[0]
    stance = rng.choice([-1, 0, 1], size=(G, div.size), p=[0.4, 0.2, 0.4])
    for g in range(G):
        P[g, div[stance[g] == 1]] = (0.75, 0.12, 0.13)
        P[g, div[stance[g] == -1]] = (0.12, 0.75, 0.13)
        P[g, div[stance[g] == 0]] = (0.35, 0.35, 0.30)
    k = np.clip(rng.lognormal(np.log(mean_votes), 0.6, N).round().astype(int), 7, M)
    drive_by = rng.random(N) < 0.15
    k[drive_by] = rng.integers(1, 7, drive_by.sum())
    pids, tids = [], []
    for i in range(N):
        t = rng.choice(M, size=k[i], replace=False)
        pids.append(np.full(k[i], i)); tids.append(t)
    pids = np.concatenate(pids); tids = np.concatenate(tids)
    probs = P[groups[pids], tids]
    u = rng.random(pids.size)[:, None]
    choice = (u > probs.cumsum(axis=1)).sum(axis=1)
    vote = np.array([1, -1, 0])[np.minimum(choice, 2)]
    return dict(groups=groups, kind=kind, pids=pids, tids=tids, vote=vote)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("N", type=int); ap.add_argument("M", type=int); ap.add_argument("out")
    ap.add_argument("--seed", type=int, default=0); ap.add_argument("--mean-votes", type=float, default=40)
    a = ap.parse_args()
    d = generate(a.N, a.M, a.seed, a.mean_votes)
    os.makedirs(a.out, exist_ok=True)
    with open(os.path.join(a.out, "votes.csv"), "w") as f:
        f.write("timestamp,datetime,comment-id,voter-id,vote\n")
        lines = [f"{1700000000000 + i},,{t},{p},{v}\n" for i, (p, t, v) in enumerate(zip(d["pids"], d["tids"], d["vote"]))]
        f.writelines(lines)
    json.dump(dict(groups=d["groups"].tolist(), kind=d["kind"].tolist()), open(os.path.join(a.out, "planted.json"), "w"))


if __name__ == "__main__":
    main()
