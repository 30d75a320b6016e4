#!/usr/bin/env python3
"""A simulated message test (control and two messages, a 1-5 Likert item and a yes/no pledge, three
segments, a covariate), as the project's design notes generate it (message_test_simulate.simulate).

usage: simulate.py N OUT.csv [--seed S]
"""
import argparse
import numpy as np


def simulate(n, seed):
    rng = np.random.default_rng(seed)
    arm = rng.permutation(np.arange(n) % 3)
    seg = rng.choice(3, size=n, p=[.30, .45, .25])
    x = rng.normal(size=n)
    tau = np.array([0, .25, .10])[arm] * np.array([1.0, 1.0, .4])[seg]
    lat = .6 * (seg == 0) - .7 * (seg == 2) + .8 * x + tau + rng.logistic(size=n)
    likert = np.digitize(lat, [-2.0, -.7, .7, 2.0]) + 1
    p = .12 + np.array([0, .03, .01])[arm] + .04 * (seg == 0) - .04 * (seg == 2)
    pledge = (rng.random(n) < p).astype(int)
    return arm, seg, x, likert, pledge


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("n", type=int); ap.add_argument("out"); ap.add_argument("--seed", type=int, default=20240601)
    a = ap.parse_args()
    arm, seg, x, likert, pledge = simulate(a.n, a.seed)
    with open(a.out, "w") as f:
        f.write("arm,seg,x,likert,pledge\n")
        f.writelines(f"{r},{s},{v!r},{l},{p}\n" for r, s, v, l, p in zip(arm.tolist(), seg.tolist(), x.tolist(), likert.tolist(), pledge.tolist()))


if __name__ == "__main__":
    main()
