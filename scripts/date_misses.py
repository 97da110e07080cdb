#!/usr/bin/env python3
"""List the gold date expressions score.py's event recall misses, with what claimgraph
produced for the claims on that line. Usage: date_misses.py GRAPH_JSON GOLD_DIR"""
import sys
from collections import defaultdict

sys.path.insert(0, "../shared/eval")
import score  # noqa: E402


def main():
    graph, gold = sys.argv[1], sys.argv[2]
    _, nodes, edges = score.load_graph(graph)
    idx = score.claims_by_line(nodes)
    ev = {n["id"]: str(n.get("date", "")) for n in nodes.values() if n.get("kind") == "event"}
    got = defaultdict(set)
    for e in edges:
        if e.get("kind") in ("mentions_event", "on_date") and e.get("target") in ev:
            got[e["source"]].add(ev[e["target"]])
    for n in nodes.values():
        if n.get("kind") == "claim":
            for d in n.get("dates") or []:
                if isinstance(d, dict) and d.get("date"):
                    got[n["id"]].add(str(d["date"]))
    for g in score.load_jsonl(f"{gold}/events.jsonl"):
        if g.get("in_boilerplate"):
            continue
        cs = idx.get((g["doc"], g["line"]), [])
        if any(g["date"] in got.get(c["id"], set()) for c in cs):
            continue
        have = sorted({d for c in cs for d in got.get(c["id"], set())})
        print(f'{g["doc"]}:{g["line"]}\t{g["surface"]!r}\twant {g["date"]}\thave {have}'
              + ("" if cs else "\tNO CLAIM"))


main()
