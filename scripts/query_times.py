#!/usr/bin/env python3
"""Time every query command on a store; print a Markdown table.

Usage: scripts/query_times.py BIN GRAPHS_DIR [--runs N] [--out FILE]

Runs each query of QUERIES (`claimgraph <args> --graphs GRAPHS_DIR`) N
times (default 3) with its output going to a pipe that is read and thrown
away (so tables are not cut to a terminal), and prints
`| query | output lines | best s | median s | cpu s |`: the output's
lines (a table's header included), the best and median wall time, and
the user + system CPU time of the best run (on a machine shared with
other jobs the wall time waits for a core; the CPU time does not). Arguments that name
something in the corpus (a speaker, topic, document, claim) are taken from
the store itself, the largest of each: the slowest case. `--out FILE` also
writes the rows as JSON. Standard library only.
"""

import json
import os
import statistics
import subprocess
import sys
import time


def sql(bin_, graphs, query):
    out = subprocess.run(
        [bin_, "sql", "--graphs", graphs, "--jsonl", query],
        check=True, capture_output=True, text=True,
    ).stdout
    return [json.loads(line) for line in out.splitlines()]


def first_value(bin_, graphs, query):
    rows = sql(bin_, graphs, query)
    return next(iter(rows[0].values())) if rows else None


def queries(bin_, graphs):
    """(label, args) pairs; names picked from the store."""
    speaker = first_value(bin_, graphs, "SELECT name FROM speakers ORDER BY claims DESC LIMIT 1")
    surname = speaker.split()[-1]
    topic = first_value(bin_, graphs, "SELECT name FROM topics ORDER BY claims DESC LIMIT 1")
    doc = first_value(bin_, graphs, "SELECT path FROM documents ORDER BY claims DESC LIMIT 1")
    year = first_value(
        bin_, graphs,
        "SELECT substr(doc_date, 1, 4) AS y FROM claims WHERE doc_date IS NOT NULL "
        "GROUP BY y ORDER BY count(*) DESC LIMIT 1")
    cluster = first_value(bin_, graphs, "SELECT id FROM clusters ORDER BY size DESC, id LIMIT 1")
    linked = first_value(
        bin_, graphs,
        "SELECT target FROM links GROUP BY target ORDER BY count(*) DESC, target LIMIT 1")
    text = first_value(bin_, graphs, "SELECT text FROM claims WHERE id = '%s'" % cluster)
    return [
        ("speakers", ["speakers"]),
        ("topics", ["topics"]),
        ("events", ["events"]),
        ("repeated", ["repeated"]),
        ("repeated --within-doc", ["repeated", "--within-doc"]),
        ("claims", ["claims"]),
        ("claims --speaker %s" % surname, ["claims", "--speaker", surname]),
        ("claims --speaker %s --json" % surname, ["claims", "--speaker", surname, "--json"]),
        ("claims --topic %s" % topic, ["claims", "--topic", topic]),
        ("claims --speaker %s --topic %s" % (surname, topic),
         ["claims", "--speaker", surname, "--topic", topic]),
        ("claims --doc %s" % doc, ["claims", "--doc", doc]),
        ("claims --from %s --to %s" % (year, year), ["claims", "--from", year, "--to", year]),
        ("claims --text \"disinformation\"", ["claims", "--text", "disinformation"]),
        ("claims --role question", ["claims", "--role", "question"]),
        ("claims --min-checkworthiness 0.9", ["claims", "--min-checkworthiness", "0.9"]),
        ("claims --reported", ["claims", "--reported"]),
        ("claims --cluster ID", ["claims", "--cluster", cluster]),
        ("claims --limit 20", ["claims", "--limit", "20"]),
        ("claims --jsonl", ["claims", "--jsonl"]),
        ("links", ["links"]),
        ("links --kind quotes", ["links", "--kind", "quotes"]),
        ("links --speaker %s" % surname, ["links", "--speaker", surname]),
        ("links --doc %s" % doc, ["links", "--doc", doc]),
        ("links --cross-doc", ["links", "--cross-doc"]),
        ("links --min-score 0.9", ["links", "--min-score", "0.9"]),
        ("links --jsonl", ["links", "--jsonl"]),
        ("show ID", ["show", linked[2:10]]),
        ("source \"TEXT\"", ["source", text]),
        ("sql \"SELECT role, count(*) …\"",
         ["sql", "SELECT role, count(*) AS claims FROM claims GROUP BY role"]),
    ]


def main():
    args = sys.argv[1:]
    if len(args) < 2:
        sys.exit(__doc__)
    bin_, graphs = args[0], args[1]
    runs = int(args[args.index("--runs") + 1]) if "--runs" in args else 3
    out_file = args[args.index("--out") + 1] if "--out" in args else None
    rows = []
    for label, qargs in queries(bin_, graphs):
        times, lines = [], 0
        for _ in range(runs):
            t0 = time.perf_counter()
            p = subprocess.Popen([bin_, *qargs, "--graphs", graphs],
                                 stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
            lines = sum(chunk.count(b"\n") for chunk in iter(lambda: p.stdout.read(1 << 16), b""))
            _, status, usage = os.wait4(p.pid, 0)
            times.append((time.perf_counter() - t0, usage.ru_utime + usage.ru_stime))
            code = os.waitstatus_to_exitcode(status)
            if code not in (0, 1):
                sys.exit("query failed (%d): %s" % (code, " ".join(qargs)))
        best = min(times)
        rows.append({"query": label, "lines": lines, "best": best[0],
                     "median": statistics.median(t for t, _ in times), "cpu": best[1]})
    print("| query | output lines | best s | median s | cpu s |")
    print("|---|---:|---:|---:|---:|")
    for r in rows:
        print("| `%s` | %d | %.3f | %.3f | %.3f |" % (
            r["query"], r["lines"], r["best"], r["median"], r["cpu"]))
    if out_file:
        with open(out_file, "w") as f:
            json.dump(rows, f, indent=1)


if __name__ == "__main__":
    main()
