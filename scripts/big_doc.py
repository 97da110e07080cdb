#!/usr/bin/env python3
"""Write one big transcript made of a generated corpus' documents.

Usage: scripts/big_doc.py CORPUS_DIR OUT_FILE [MB] [--one-line]

Concatenates the .txt files of CORPUS_DIR (sorted; over again when they
run out) into OUT_FILE until it holds MB megabytes (default 50), each
document's title kept as a heading and its speaker labels as they are, so
the result reads as one long transcript. --one-line joins everything into
a single line (line endings become spaces). Standard library only.
"""

import os
import sys


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    one_line = "--one-line" in sys.argv
    if len(args) < 2:
        sys.exit(__doc__)
    src, out = args[0], args[1]
    target = int(float(args[2]) * 1_000_000) if len(args) > 2 else 50_000_000
    files = sorted(f for f in os.listdir(src) if f.endswith(".txt"))
    if not files:
        sys.exit(f"big_doc: no .txt files in {src}")
    size = 0
    with open(out, "wb") as w:
        i = 0
        while size < target:
            with open(os.path.join(src, files[i % len(files)]), "rb") as f:
                b = f.read().rstrip(b"\n") + b"\n\n"
            if one_line:
                b = b.replace(b"\r\n", b" ").replace(b"\n", b" ").replace(b"\r", b" ")
            if size + len(b) > target:
                # the last piece, cut at a character boundary
                b = b[: target - size].decode("utf-8", "ignore").encode()
                w.write(b)
                break
            w.write(b)
            size += len(b)
            i += 1


if __name__ == "__main__":
    main()
