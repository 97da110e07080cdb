#!/usr/bin/env python3
"""List the links between claims in a claimgraph graph (stdlib only).

Usage: scripts/links.py [graphs/claimgraph.json]

One block per match edge: doc:line -> doc:line, kind, score, method, and
the aligned texts of both sides.
"""
import json
import sys

KINDS = {"quotes", "repeats", "paraphrases", "related"}


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else "graphs/claimgraph.json"
    with open(path, encoding="utf-8") as fh:
        g = json.load(fh)
    nodes = {n["id"]: n for n in g["nodes"]}
    for e in g.get("edges", g.get("links", [])):
        if e["kind"] not in KINDS:
            continue
        a, b = nodes[e["source"]], nodes[e["target"]]
        rep = lambda n: " (reported %s)" % n["reported_kind"] if n.get("reported_kind") else ""
        print("%s:%d -> %s:%d  %s %.3f %s" % (a["doc"][:3], a["line"], b["doc"][:3], b["line"],
                                              e["kind"], e["score"], e["method"]))
        print("   later%s [%s]: %s" % (rep(a), a.get("speaker"), e["source_text"]))
        print("   earlier%s [%s]: %s" % (rep(b), b.get("speaker"), e["target_text"]))


if __name__ == "__main__":
    main()
