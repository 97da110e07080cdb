#!/usr/bin/env python3
"""Lists the Rust functions longer than a limit (issue 8: "no function over
~80 lines without a reason written next to it").

A function runs from its `fn` line to the first later line that is a lone
`}` at the `fn` line's indentation. Test code counts too. A function may
stay long if the comment lines just above it (or its doc comment) say so
with "long:" or "About N lines:" (any case) — e.g. `// long: one match arm
per token kind` — and is then listed apart, not counted as a failure.

Usage: scripts/long_fns.py [--max N] [PATH ...]   (default: 80 lines, src/)
Exit status 1 when any unexplained function is over the limit.
"""

import argparse
import pathlib
import re
import sys

FN = re.compile(
    r"^(?P<indent>\s*)(?:pub(?:\([^)]*\))?\s+)?(?:const\s+)?(?:async\s+)?"
    r"(?:unsafe\s+)?(?:extern\s+\"[^\"]*\"\s+)?fn\s+(?P<name>\w+)"
)


# "long: why" or "About 85 lines: why" in a comment above the function.
REASON = re.compile(r"\b(?:long|about \d+ lines):\s*(.*)", re.IGNORECASE)


def functions(path):
    """(name, first line, line count, reason or None) for each fn in a file."""
    lines = path.read_text(encoding="utf-8").split("\n")
    for i, line in enumerate(lines):
        m = FN.match(line)
        if not m or line.rstrip().endswith(";"):
            continue
        indent = m.group("indent")
        end = None
        for j in range(i + 1, len(lines)):
            if lines[j] == indent + "}":
                end = j
                break
            # a one-line body or a signature ending in `{ ... }` on one line
            if j == i + 1 and line.rstrip().endswith("}"):
                break
        if end is None:
            continue
        reason = None
        k = i - 1
        while k >= 0 and re.match(r"^\s*(//|#\[)", lines[k]):
            found = REASON.search(lines[k])
            if found:
                reason = found.group(1).strip()
            k -= 1
        yield m.group("name"), i + 1, end - i + 1, reason


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--max", type=int, default=80)
    ap.add_argument("paths", nargs="*", default=["src"])
    args = ap.parse_args()
    files = []
    for p in map(pathlib.Path, args.paths):
        files.extend(sorted(p.rglob("*.rs")) if p.is_dir() else [p])
    failed = False
    for f in files:
        for name, line, n, reason in functions(f):
            if n <= args.max:
                continue
            if reason:
                print(f"{f}:{line}: {name} {n} lines (kept: {reason})")
            else:
                print(f"{f}:{line}: {name} {n} lines")
                failed = True
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
