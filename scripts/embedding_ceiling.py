#!/usr/bin/env python3
"""How far sentence embeddings alone go on a development set's links.

Usage:
    scripts/embedding_ceiling.py MODEL_DIR GRAPH_JSON GOLD_DIR [--sample N] [--json]

MODEL_DIR is all-MiniLM-L6-v2 as `scripts/setup_model.sh` puts it on the
machine; GRAPH_JSON the graphs/claimgraph.json of a build of GOLD_DIR's
corpus (e.g. target/dev/debates/graphs/claimgraph.json); GOLD_DIR one of
../shared/eval/gold-briefings or gold-debates (its links.jsonl).

Every claim that is not reported speech is embedded twice:
  - `transformer`: the full all-MiniLM-L6-v2 forward pass (six layers, mean
    pooling; the numpy model of scripts/distill_static.py, BERT's own
    lower-casing WordPiece tokenizer written out below);
  - `static`: the committed static vectors (data/embeddings/, what
    `claimgraph build` uses), weighted by inverse document frequency over
    the claims, as src/matching/semantic.rs weights them.

For each, it prints:
  - the cosine of the gold pairs per kind (10th, 25th, 50th, 75th
    percentile) and how often the gold partner is the nearest claim of
    another document (rank 1) or among the nearest three;
  - the decision rule "a claim's nearest claim in another document, with a
    margin score (cosine over the mean cosine of both sides' four nearest,
    the bitext-mining margin) of at least t": pairs proposed and gold links
    found, for several t;
  - with --sample N, N proposed pairs that are not gold links at t = 1.1,
    to judge by hand.

This is the measurement behind the README's "What embeddings can and cannot
do" (issue 14): on the development sets the gold partner is often the
nearest neighbour, but no threshold separates it from the neighbours that
merely share the topic. Needs numpy and safetensors (the venv that
scripts/setup_model.sh makes); about 90 s per set on two cores.
"""

import argparse
import collections
import json
import math
import os
import re
import struct
import sys
import unicodedata

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from distill_static import MiniLM  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MIN_WORDS = 6  # shorter claims ("Thank you.") are left out, as boilerplate
MARGINS = (1.0, 1.05, 1.1, 1.15, 1.2)


class WordPiece:
    """BERT's uncased tokenizer: lower-case, strip accents, split off
    punctuation, then greedy longest-match WordPiece."""

    def __init__(self, model_dir):
        tok = json.load(open(os.path.join(model_dir, "tokenizer.json"), encoding="utf-8"))
        self.vocab = tok["model"]["vocab"]
        self.unk = self.vocab["[UNK]"]

    def words(self, text):
        text = unicodedata.normalize("NFD", text.lower())
        text = "".join(c for c in text if unicodedata.category(c) != "Mn")
        out = []
        for w in text.split():
            out.extend(t for t in re.split(r"([^\w])", w) if t and not t.isspace())
        return out

    def pieces(self, word):
        ids, start = [], 0
        while start < len(word):
            end = len(word)
            while end > start:
                sub = word[start:end] if start == 0 else "##" + word[start:end]
                if sub in self.vocab:
                    ids.append(self.vocab[sub])
                    break
                end -= 1
            if end == start:
                return [self.unk]
            start = end
        return ids

    def encode(self, text, limit=128):
        ids = [p for w in self.words(text) for p in self.pieces(w)]
        return [self.vocab["[CLS]"]] + ids[: limit - 2] + [self.vocab["[SEP]"]]


def transformer_vectors(model_dir, texts, batch=64):
    model, tok = MiniLM(model_dir), WordPiece(model_dir)
    encoded = [tok.encode(t) for t in texts]
    order = sorted(range(len(texts)), key=lambda i: len(encoded[i]))
    out = np.zeros((len(texts), model.hidden), np.float32)
    for k in range(0, len(order), batch):
        rows = order[k : k + batch]
        width = max(len(encoded[i]) for i in rows)
        ids = np.zeros((len(rows), width), np.int64)
        mask = np.zeros((len(rows), width), np.int64)
        for j, i in enumerate(rows):
            ids[j, : len(encoded[i])] = encoded[i]
            mask[j, : len(encoded[i])] = 1
        out[rows] = model.forward(ids, mask)
    return out / np.linalg.norm(out, axis=1, keepdims=True)


def static_vectors(model_dir, texts):
    raw = open(os.path.join(ROOT, "data/embeddings/minilm-static.bin"), "rb").read()
    _version, rows, dims = struct.unpack("<III", raw[4:16])
    table, off = np.zeros((rows, dims), np.float32), 16
    for r in range(rows):
        (scale,) = struct.unpack("<f", raw[off : off + 4])
        table[r] = np.frombuffer(raw[off + 4 : off + 4 + dims], np.int8).astype(np.float32) * scale
        off += 4 + dims
    tok = WordPiece(model_dir)
    words = [[w for w in tok.words(t) if w[0].isalnum()] for t in texts]
    df = collections.Counter(w for ws in words for w in set(ws))
    cache, out = {}, np.zeros((len(texts), dims), np.float32)
    for i, ws in enumerate(words):
        for w in ws:
            if w not in cache:
                cache[w] = table[tok.pieces(w)].mean(0)
            out[i] += math.log(len(texts) / df[w]) * cache[w]
    norms = np.linalg.norm(out, axis=1, keepdims=True)
    return out / np.where(norms > 0, norms, 1)


def tokens(text):
    return set(re.findall(r"\w+", text.lower().replace("\u00a0", " ")))


def locate(side, by_line, claims):
    """The claim at the gold side's line that shares most of its words."""
    best, found = 0.0, None
    want = tokens(side["text"])
    for i in by_line.get((side["doc"], side["line"]), []):
        have = tokens(claims[i]["text"])
        score = len(want & have) / max(1, min(len(want), len(have)))
        if score > best:
            best, found = score, i
    return found


def measure(name, vecs, claims, gold_pairs, sample):
    docs = np.array([c["doc"] for c in claims])
    short = np.array([len(re.findall(r"\w+", c["text"])) < MIN_WORDS for c in claims])
    sim = vecs @ vecs.T
    sim[docs[:, None] == docs[None, :]] = -1.0
    sim[short, :] = -1.0
    sim[:, short] = -1.0
    result = {"kinds": {}, "rule": []}
    for kind in ("quote", "paraphrase", "same_fact"):
        rows = [(a, b) for k, a, b in gold_pairs if k == kind]
        kept = [(a, b) for a, b in rows if sim[a, b] > -1.0]
        cos = sorted(float(sim[a, b]) for a, b in kept)
        ranks = [int((sim[b] > sim[a, b]).sum()) + 1 for a, b in kept]
        if kept:
            q = [round(cos[int(len(cos) * p)], 3) for p in (0.1, 0.25, 0.5, 0.75)]
            result["kinds"][kind] = {"links": len(rows), "short_side": len(rows) - len(kept),
                                     "cosine_p10_p25_p50_p75": q,
                                     "nearest": sum(r == 1 for r in ranks),
                                     "in_nearest_3": sum(r <= 3 for r in ranks)}
    nearest4 = -np.sort(-sim, axis=1)[:, :4].mean(1)
    margin = sim / ((nearest4[:, None] + nearest4[None, :]) / 2 + 1e-9)
    margin[sim <= -1.0] = -9.0
    best = np.argmax(margin, axis=1)
    gold = {(a, b) for _, a, b in gold_pairs}
    for t in MARGINS:
        pairs = {tuple(sorted((i, int(best[i])))) for i in range(len(claims))
                 if margin[i, best[i]] >= t and sim[i, best[i]] > 0}
        found = collections.Counter(k for k, a, b in gold_pairs if (a, b) in pairs)
        result["rule"].append({"margin": t, "pairs": len(pairs), "gold_found": sum(found.values()),
                               "by_kind": dict(sorted(found.items()))})
        if sample and t == 1.1:
            rest = sorted(pairs - gold)
            step = max(1, len(rest) // sample)
            result["sample"] = [{"margin": round(float(margin[a, b]), 2), "cosine": round(float(sim[a, b]), 2),
                                 "a": claims[a]["text"], "b": claims[b]["text"]} for a, b in rest[::step][:sample]]
    return name, result


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("model_dir")
    ap.add_argument("graph")
    ap.add_argument("gold_dir")
    ap.add_argument("--sample", type=int, default=0)
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args()
    graph = json.load(open(a.graph, encoding="utf-8"))
    claims = [n for n in graph["nodes"] if n.get("kind") == "claim" and not n.get("reported_by")]
    for c in claims:
        c["doc"] = os.path.basename(c["doc"])
    by_line = collections.defaultdict(list)
    for i, c in enumerate(claims):
        by_line[(c["doc"], c["line"])].append(i)
    links = [json.loads(l) for l in open(os.path.join(a.gold_dir, "links.jsonl"), encoding="utf-8")]
    gold_pairs = []
    for r in links:
        if r["a"]["doc"] == r["b"]["doc"]:
            continue  # cross-document links only: the rule looks in other documents
        x, y = locate(r["a"], by_line, claims), locate(r["b"], by_line, claims)
        if x is not None and y is not None:
            gold_pairs.append((r["kind"], min(x, y), max(x, y)))
    texts = [c["text"] for c in claims]
    out = {"claims": len(claims), "cross_document_gold_links": len(gold_pairs)}
    for name, vecs in (("static", static_vectors(a.model_dir, texts)),
                       ("transformer", transformer_vectors(a.model_dir, texts))):
        out[name] = measure(name, vecs, claims, gold_pairs, a.sample)[1]
    if a.json:
        print(json.dumps(out, indent=1, ensure_ascii=False))
        return
    print(f"{out['claims']} claims, {out['cross_document_gold_links']} cross-document gold links")
    for name in ("static", "transformer"):
        print(f"\n{name}")
        for kind, k in out[name]["kinds"].items():
            print(f"  {kind:10} {k['links']:3} links ({k['short_side']} with a side under {MIN_WORDS} words)  cosine p10/25/50/75 {k['cosine_p10_p25_p50_p75']}  "
                  f"nearest {k['nearest']}  in nearest 3 {k['in_nearest_3']}")
        for r in out[name]["rule"]:
            print(f"  nearest with margin >= {r['margin']:.2f}: {r['pairs']:5} pairs, {r['gold_found']:3} gold {r['by_kind']}")
        for s in out[name].get("sample", []):
            print(f"    {s['margin']:.2f} {s['cosine']:.2f} | {s['a'][:110]} || {s['b'][:110]}")


if __name__ == "__main__":
    main()
