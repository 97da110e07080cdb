#!/usr/bin/env python3
"""Score claimgraph's links against a generated corpus' truth.jsonl.

Usage:
    scripts/eval_matches.py CORPUS_DIR GRAPH_JSON [--json] [--show N]

CORPUS_DIR holds the documents and truth.jsonl written by
../shared/bench/gen_corpus.py; GRAPH_JSON is the graphs/claimgraph.json that
`claimgraph build` wrote for it. Standard library only.

- Truth byte spans (src_*, dst_*) are mapped to claims by overlap: a claim
  stands for a truth sentence when they overlap by at least half of the
  sentence or half of the claim (so a question quoting a sentence, and the
  reported claim holding just the quoted words, both stand for it).
- Recall: a truth line is found when a match edge joins a claim standing for
  its source and one standing for its copy, in either direction.
- Precision: an edge is right when its two claims stand for sentences with
  the same `origin` (a repeat of a repeat shares its origin, so links
  between any two copies of one sentence are right).

Prints one line per measure, or one JSON object with --json.
"""

import bisect
import collections
import json
import os
import sys

MATCH_KINDS = ("quotes", "repeats", "paraphrases", "related")


def load_graph(path):
    with open(path, encoding="utf-8") as fh:
        g = json.load(fh)
    edges = g.get("edges")
    if edges is None:
        edges = g.get("links", [])
    claims = [n for n in g["nodes"] if n.get("kind") == "claim"]
    return claims, [e for e in edges if e.get("kind") in MATCH_KINDS]


class SpanIndex:
    """Claims of one document sorted by start, for overlap queries."""

    def __init__(self):
        self.items = []  # (start, end, claim id)
        self.starts = []
        self.max_len = 0

    def add(self, start, end, cid):
        self.items.append((start, end, cid))
        self.max_len = max(self.max_len, end - start)

    def freeze(self):
        self.items.sort()
        self.starts = [s for s, _, _ in self.items]

    def standing_for(self, start, end):
        """Claims overlapping [start, end) by half the span or half the claim."""
        out = []
        lo = bisect.bisect_left(self.starts, start - self.max_len)
        hi = bisect.bisect_left(self.starts, end)
        want = end - start
        for s, e, cid in self.items[lo:hi]:
            ov = min(e, end) - max(s, start)
            if ov <= 0:
                continue
            if 2 * ov >= want or 2 * ov >= (e - s):
                out.append(cid)
        return out


def evaluate(corpus, graph, show=0):
    claims, edges = load_graph(graph)
    by_doc = collections.defaultdict(SpanIndex)
    for c in claims:
        s, e = c["span"]
        by_doc[c["doc"]].add(s, e, c["id"])
    for ix in by_doc.values():
        ix.freeze()

    origins = collections.defaultdict(set)
    truth = []
    with open(os.path.join(corpus, "truth.jsonl"), encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                continue
            r = json.loads(line)
            src = by_doc[r["src_doc"] + ".txt"].standing_for(r["src_start"], r["src_end"])
            dst = by_doc[r["dst_doc"] + ".txt"].standing_for(r["dst_start"], r["dst_end"])
            for cid in src + dst:
                origins[cid].add(r["origin"])
            truth.append((r, set(src), set(dst)))

    linked = collections.defaultdict(set)
    for e in edges:
        linked[e["source"]].add(e["target"])
        linked[e["target"]].add(e["source"])

    found = 0
    missed = collections.Counter()
    shown = 0
    for r, src, dst in truth:
        if any(linked[a] & dst for a in src):
            found += 1
        else:
            missed[r["kind"] + ("/" + r["edit"] if r["edit"] else "")] += 1
            if shown < show:
                shown += 1
                print("missed %s: %s\n   %s" % (r["kind"], r["src_text"], r["dst_text"]), file=sys.stderr)

    right = 0
    by_kind = collections.Counter()
    wrong_by_kind = collections.Counter()
    for e in edges:
        by_kind[e["kind"]] += 1
        if origins.get(e["source"], set()) & origins.get(e["target"], set()):
            right += 1
        else:
            wrong_by_kind[e["kind"]] += 1
    return {
        "claims": len(claims),
        "edges": len(edges),
        "truth": len(truth),
        "found": found,
        "recall": found / len(truth) if truth else 1.0,
        "right": right,
        "precision": right / len(edges) if edges else 1.0,
        "edges_by_kind": dict(sorted(by_kind.items())),
        "unconfirmed_by_kind": dict(sorted(wrong_by_kind.items())),
        "missed_by_kind": dict(sorted(missed.items())),
    }


def main(argv):
    args = [a for a in argv[1:] if not a.startswith("--")]
    show = 0
    if "--show" in argv:
        show = int(argv[argv.index("--show") + 1])
        args = [a for a in args if a != str(show)]
    if len(args) != 2:
        sys.exit(__doc__)
    res = evaluate(args[0], args[1], show)
    if "--json" in argv:
        print(json.dumps(res))
    else:
        for k, v in res.items():
            print("%s: %s" % (k, round(v, 4) if isinstance(v, float) else v))


if __name__ == "__main__":
    main(sys.argv)
