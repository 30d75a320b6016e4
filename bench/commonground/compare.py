#!/usr/bin/env python3
"""Compares `together commonground analyze --format json` with red-dwarf's output and the planted
groups of a synthetic conversation, or with the groups Pol.is itself exported for a real one.
usage: compare.py planted.json|- together.json [reddwarf.json [participants-votes.csv]]
Prints one JSON object."""
import csv, json, sys
from sklearn.metrics import adjusted_rand_score


def main():
    planted = json.load(open(sys.argv[1]))["groups"] if sys.argv[1] != "-" else None
    together = json.load(open(sys.argv[2]))
    ours = {p["id"]: p["group"] for p in together["participants"] if p["group"] is not None}
    out = dict(together_groups=len(together["groups"]), together_placed=len(ours))
    if planted is not None:
        out["together_ari_vs_planted"] = adjusted_rand_score([planted[int(p)] for p in ours], list(ours.values()))
    if len(sys.argv) > 3:
        rd = json.load(open(sys.argv[3]))
        theirs = rd["groups"]
        both = [p for p in ours if p in theirs]
        if not both:
            sys.exit("compare.py: Together and red-dwarf placed no participant in common")
        out.update(
            reddwarf_groups=len(set(theirs.values())), reddwarf_placed=len(theirs),
            reddwarf_ari_vs_planted=(adjusted_rand_score([planted[int(p)] for p in theirs], list(theirs.values()))
                                     if planted is not None else None),
            ari_together_vs_reddwarf=adjusted_rand_score([ours[p] for p in both], [theirs[p] for p in both]),
            same_consensus_agree=[c["statement"] for c in together["consensus"]["agree"]] == rd["consensus_agree"],
            same_consensus_disagree=[c["statement"] for c in together["consensus"]["disagree"]] == rd["consensus_disagree"],
            # Moderated-out statements are never common ground in Together; leave them out of red-dwarf's list too.
            top5_group_aware_overlap=len({s["statement"] for s in together["groupAwareConsensus"][:5]}
                                         & {t for t, _ in [p for p in rd["group_aware_consensus"]
                                                           if p[0] in {s["statement"] for s in together["groupAwareConsensus"]}][:5]}),
            reddwarf_pipeline_seconds=rd["pipeline_seconds"],
        )
    if len(sys.argv) > 4:
        # Pol.is's own groups (column group-id), from months of warm-started updates with base clusters.
        with open(sys.argv[4], newline="") as f:
            polis = {row["participant"]: int(row["group-id"]) for row in csv.DictReader(f) if row["group-id"].strip()}
        for name, groups in [("together", ours), ("reddwarf", theirs)]:
            both = [p for p in groups if p in polis]
            # No one in common would score a meaningless 1.0.
            if not both:
                sys.exit(f"compare.py: no participant of {name} is in {sys.argv[4]}")
            out[f"{name}_ari_vs_polis"] = adjusted_rand_score([groups[p] for p in both], [polis[p] for p in both])
            out[f"{name}_compared_with_polis"] = len(both)
    print(json.dumps(out))


if __name__ == "__main__":
    main()
