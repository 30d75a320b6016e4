#!/usr/bin/env python3
"""Runs red-dwarf (PyPI red-dwarf, the Python reimplementation of the Pol.is math) on a Pol.is
votes.csv and writes what it found: participant groups, consensus, group-aware consensus.

usage: reddwarf_run.py votes.csv out.json [comments.csv]
With comments.csv, comments moderated out (moderated = -1) are passed as moderated out.
"""
import csv, json, sys, time


def load_votes(votes_path):
    """red-dwarf wants one vote per participant and statement: the last one in the file wins, as in
    the Pol.is method and in Together."""
    latest = {}
    with open(votes_path, newline="") as f:
        for row in csv.DictReader(f):
            key = (int(row["voter-id"]), int(row["comment-id"]))
            latest.pop(key, None)
            latest[key] = dict(participant_id=key[0], statement_id=key[1], vote=int(row["vote"]), modified=int(row["timestamp"] or 0))
    return list(latest.values())


def main():
    votes_path, out_path = sys.argv[1], sys.argv[2]
    mod_out = []
    if len(sys.argv) > 3:
        with open(sys.argv[3], newline="") as f:
            mod_out = [int(row["comment-id"]) for row in csv.DictReader(f) if row.get("moderated", "0").strip() == "-1"]
    votes = load_votes(votes_path)
    from reddwarf.implementations.polis import run_pipeline
    start = time.perf_counter()
    result = run_pipeline(votes=votes, random_state=42, mod_out_statement_ids=mod_out)
    seconds = time.perf_counter() - start
    participants = result.participants_df
    clustered = participants[participants["to_cluster"]]
    gac = result.group_aware_consensus["agree"]
    json.dump(dict(
        pipeline_seconds=seconds,
        groups={str(int(pid)): int(group) for pid, group in zip(clustered.index, clustered["cluster_id"])},
        consensus_agree=[str(s["tid"]) for s in result.consensus["agree"]],
        consensus_disagree=[str(s["tid"]) for s in result.consensus["disagree"]],
        group_aware_consensus=sorted(((str(t), float(v)) for t, v in gac.items()), key=lambda p: -p[1]),
    ), open(out_path, "w"))


if __name__ == "__main__":
    main()
