#!/usr/bin/env python3
"""Make claimgraph's synonym tables from WordNet and the static embeddings.

Matching counts a word replaced by a synonym ("talks" / "negotiations",
"ready" / "prepared") as the same word when two claims otherwise say the
same thing (`src/matching/synonyms.rs`). Word vectors alone cannot decide
synonymy: in the distilled MiniLM vectors antonyms and co-hyponyms are
closer than many synonyms ("legal" / "illegal" 0.82, "higher" / "lower"
0.76, "January" / "February" 0.76, but "use" / "employ" 0.02). WordNet
never lists antonyms or siblings as synonyms, so it decides, and the
vectors only pick the sense: two words are synonyms here when

  * a synset of one is a synset of the other, or is "similar to" it
    (adjectives), or is its direct hypernym or hyponym (any sense; not
    instances, and no proper nouns: "Russia" is not a synonym of
    "country"), and
  * the cosine of their static vectors (data/embeddings/) is at least
    MIN_COSINE (MIN_COSINE_HYPERNYM for a hypernym or hyponym), which keeps
    the senses a transcript means ("state" / "country") and drops rare
    ones ("stop" / "ending").

Only common single words are listed: lemmas with a sense tagged in
WordNet's own corpus (SemCor), of three letters or more, not stop words,
not numbers.

Input: WordNet 3.0 as Debian's `wordnet-base` installs it
(/usr/share/wordnet, or WORDNET_DIR), and data/embeddings/. Standard
library only. WordNet's licence (Princeton, BSD-like) allows this use; see
https://wordnet.princeton.edu/license-and-commercial-use.

Output (committed, read with the lexicon loader):
  data/lexicon/synonyms.txt        lemma TAB lemma, one pair a line, sorted
  data/lexicon/synonym_forms.txt   irregular form TAB lemma (WordNet's
                                   exception lists; regular endings are
                                   stripped by claimgraph)

Usage: scripts/wordnet_synonyms.py [--check]   (--check: compare only)
"""

import math
import os
import struct
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
WN = os.environ.get("WORDNET_DIR", "/usr/share/wordnet")
# least cosine for words sharing a synset (or "similar to"), and for a
# word and its direct hypernym or hyponym
MIN_COSINE = -1.0
MIN_COSINE_HYPERNYM = 0.35
POS = [("n", "noun"), ("v", "verb"), ("a", "adj"), ("r", "adv")]
# scale words name different numbers ("million" / "billion" share a synset)
NUMBERS = {"hundred", "thousand", "million", "billion", "trillion", "zillion", "dozen"}
RULES = {
    "n": [("s", ""), ("ses", "s"), ("xes", "x"), ("ches", "ch"), ("shes", "sh"), ("ies", "y")],
    "v": [("s", ""), ("ies", "y"), ("es", "e"), ("es", ""), ("ed", "e"), ("ed", ""),
          ("ing", "e"), ("ing", "")],
    "a": [("er", ""), ("est", ""), ("er", "e"), ("est", "e")],
    "r": [],
}


def read_index():
    """(lemma, pos) -> synset offsets, in sense order; and the lemmas with
    a sense tagged in WordNet's corpus (SemCor), the common words."""
    idx, common = {}, set()
    for pos, name in POS:
        with open(os.path.join(WN, "index." + name), encoding="latin-1") as fh:
            for line in fh:
                if line.startswith(" "):
                    continue
                p = line.split()
                n, pc = int(p[2]), int(p[3])
                idx[(p[0], pos)] = p[4 + pc + 2:4 + pc + 2 + n]
                if int(p[4 + pc + 1]) > 0:
                    common.add(p[0])
    return idx, common


def read_data():
    """(offset, pos) -> (words, [(pointer, offset, pos)])."""
    data = {}
    for pos, name in POS:
        with open(os.path.join(WN, "data." + name), encoding="latin-1") as fh:
            for line in fh:
                if line.startswith(" "):
                    continue
                head = line.split("|")[0].split()
                n = int(head[3], 16)
                # proper nouns (capitalised in WordNet) are names, not synonyms
                words = [w.split("(")[0] for w in (head[4 + 2 * i] for i in range(n))
                         if w.islower() or not w[:1].isalpha()]
                p = 4 + 2 * n
                ptrs = []
                for i in range(int(head[p])):
                    sym, off, ps, _ = head[p + 1 + 4 * i:p + 5 + 4 * i]
                    ptrs.append((sym, off, "a" if ps in "as" else ps))
                data[(head[0], pos)] = (words, ptrs)
    return data


def read_exceptions():
    exc = {}
    for pos, name in POS:
        with open(os.path.join(WN, name + ".exc"), encoding="latin-1") as fh:
            for line in fh:
                f = line.split()
                if len(f) >= 2:
                    exc.setdefault((f[0], pos), f[1])
    return exc


def lemmas(word, idx, exc):
    """The WordNet lemmas a word form may be, by part of speech."""
    out = []
    for pos, _ in POS:
        if (word, pos) in idx:
            out.append((word, pos))
        base = exc.get((word, pos))
        if base and (base, pos) in idx:
            out.append((base, pos))
        for suf, rep in RULES[pos]:
            if word.endswith(suf) and len(word) > len(suf) + 2:
                b = word[:-len(suf)] + rep
                if (b, pos) in idx:
                    out.append((b, pos))
    seen, res = set(), []
    for x in out:
        if x not in seen:
            seen.add(x)
            res.append(x)
    return res


def read_vectors():
    """A function giving a word's unit vector as claimgraph computes it
    (`embed::StaticModel::word_vector`: the mean of its WordPiece rows),
    or None."""
    with open(os.path.join(ROOT, "data/embeddings/minilm-static.bin"), "rb") as fh:
        b = fh.read()
    rows, dims = struct.unpack("<II", b[8:16])
    with open(os.path.join(ROOT, "data/embeddings/vocab.txt"), encoding="utf-8") as fh:
        vocab = {w: i for i, w in enumerate(fh.read().split("\n")[:rows])}

    def row(r):
        o = 16 + r * (4 + dims)
        scale = struct.unpack("<f", b[o:o + 4])[0]
        return [x * scale for x in struct.unpack("<%db" % dims, b[o + 4:o + 4 + dims])]

    def pieces(word):
        out, i = [], 0
        while i < len(word):
            j = len(word)
            while j > i and (word[i:j] if i == 0 else "##" + word[i:j]) not in vocab:
                j -= 1
            if j == i:
                return []
            out.append(vocab[word[i:j] if i == 0 else "##" + word[i:j]])
            i = j
        return out

    def vector(word):
        ids = pieces(word)
        if not ids:
            return None
        v = [sum(c) / len(ids) for c in zip(*(row(r) for r in ids))]
        n = math.sqrt(sum(x * x for x in v)) or 1.0
        return [x / n for x in v]
    return vector


def stopwords():
    """claimgraph's matching stop words (src/matching/index.rs)."""
    src = open(os.path.join(ROOT, "src/matching/index.rs"), encoding="utf-8").read()
    body = src[src.index("pub const STOPWORDS"):]
    body = body[body.index("[") + 1:body.index("];")]
    return {w.strip().strip('"') for w in body.split(",") if w.strip().startswith('"')}


def main():
    check = "--check" in sys.argv
    if not os.path.isdir(WN):
        sys.exit(f"wordnet_synonyms: no WordNet at {WN} (apt-get install wordnet-base)")
    (idx, common), data, exc = read_index(), read_data(), read_exceptions()
    vector = read_vectors()
    stop = stopwords() | NUMBERS
    lemma_set = {w for w in common if w.isalpha() and w.islower() and len(w) >= 3
                 and w not in stop}
    vec = {w: v for w in sorted(lemma_set) if (v := vector(w)) is not None}
    lemma_set = set(vec)
    # irregular forms ("went" -> "go"); claimgraph strips regular endings
    # itself (`synonyms::lemmas`)
    forms = {}
    for (form, _), base in exc.items():
        if base in lemma_set and form != base and form.isalpha():
            forms.setdefault(form, set()).add(base)
    # synsets of each lemma, and the synsets related to them
    def synsets(lemma):
        return [(off, pos) for pos, _ in POS for off in idx.get((lemma, pos), [])]
    members = {}
    for key, (ws, _) in data.items():
        members[key] = [w for w in ws if w in lemma_set]
    pairs = set()
    for a in sorted(lemma_set):
        near = {}
        for s in synsets(a):
            near[s] = MIN_COSINE
            for sym, off, pos in data[s][1]:
                key = (off, pos)
                least = MIN_COSINE if sym == "&" else MIN_COSINE_HYPERNYM
                if sym in ("&", "@", "~") and near.get(key, 1.0) > least:
                    near[key] = least
        for s, least in near.items():
            for b in members.get(s, ()):
                if b != a:
                    cos = sum(x * y for x, y in zip(vec[a], vec[b]))
                    if cos >= least:
                        pairs.add((min(a, b), max(a, b)))
    # a form and its own lemma are not synonyms of each other
    pairs = {p for p in pairs if p[1] not in forms.get(p[0], ()) and p[0] not in forms.get(p[1], ())}
    syn_lines = ["%s\t%s" % p for p in sorted(pairs)]
    form_lines = sorted({"%s\t%s" % (w, l) for w, ls in forms.items() for l in ls if l != w})
    header = ("# Made by scripts/wordnet_synonyms.py from WordNet 3.0 and data/embeddings/;\n"
              "# do not edit. Read by src/matching/synonyms.rs.\n")
    outs = {
        "data/lexicon/synonyms.txt": header + "# lemma TAB lemma: synonyms (see the script)\n",
        "data/lexicon/synonym_forms.txt": header + "# form TAB lemma\n",
    }
    bodies = {"data/lexicon/synonyms.txt": syn_lines, "data/lexicon/synonym_forms.txt": form_lines}
    for path, head in outs.items():
        text = head + "".join(l + "\n" for l in bodies[path])
        full = os.path.join(ROOT, path)
        if check:
            same = os.path.exists(full) and open(full, encoding="utf-8").read() == text
            print(f"{path}: {'up to date' if same else 'differs'}")
        else:
            with open(full + ".tmp", "w", encoding="utf-8") as fh:
                fh.write(text)
            os.replace(full + ".tmp", full)
            print(f"{path}: {len(bodies[path])} lines")


if __name__ == "__main__":
    main()
