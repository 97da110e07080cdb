#!/usr/bin/env python3
"""List a reproducible random sample of the cross-document links of a build,
for judging by hand (docs/link-judgements.md).

Usage: scripts/sample_links.py GRAPH_JSON [--n 50] [--seed 14]
Prints one Markdown table row per link: number, kind, method, score, both
claims (document:line, speaker, text), and an empty verdict column.
"""
import argparse
import json
import random


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("graph")
    ap.add_argument("--n", type=int, default=50)
    ap.add_argument("--seed", type=int, default=14)
    a = ap.parse_args()
    g = json.load(open(a.graph, encoding="utf-8"))
    nodes = {n["id"]: n for n in g["nodes"]}
    kinds = {"quotes", "repeats", "paraphrases", "related"}
    links = []
    for e in g.get("edges") or g.get("links"):
        if e.get("kind") not in kinds:
            continue
        x, y = nodes[e["source"]], nodes[e["target"]]
        if x["doc"] != y["doc"]:
            links.append((e, x, y))
    random.Random(a.seed).shuffle(links)
    cell = lambda s: (s or "").replace("|", "\\\\|").replace("\n", " ")
    print(f"{len(links)} cross-document links; a sample of {min(a.n, len(links))} (seed {a.seed}):\n")
    print("| # | kind | method | score | later claim | earlier claim | verdict |")
    print("|---|---|---|---|---|---|---|")
    for i, (e, x, y) in enumerate(links[: a.n], 1):
        side = lambda c: cell(f"{c['doc'][:10]}:{c['line']} {c.get('speaker') or '?'}: {c['text']}")
        print(f"| {i} | {e['kind']} | {e.get('method')} | {e.get('score')} | {side(x)} | {side(y)} |  |")


if __name__ == "__main__":
    main()
