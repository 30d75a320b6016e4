#!/usr/bin/env python3
"""Runs red-dwarf (PyPI red-dwarf, the Python reimplementation of the Pol.is math) on a Pol.is
votes.csv and writes what it found: participant groups, consensus, group-aware consensus.

usage: reddwarf_run.py votes.csv out.json
"""
import csv, json, sys, time


def main():
    votes_path, out_path = sys.argv[1], sys.argv[2]
    votes = []
    with open(votes_path, newline="") as f:
        for row in csv.DictReader(f):
            votes.append(dict(participant_id=int(row["voter-id"]), statement_id=int(row["comment-id"]), vote=int(row["vote"]),
                              modified=int(row["timestamp"] or 0)))
    from reddwarf.implementations.polis import run_pipeline
    start = time.perf_counter()
    result = run_pipeline(votes=votes, random_state=42)
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
