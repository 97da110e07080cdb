#!/usr/bin/env python3
"""Run a command; print its wall time (s) and peak resident memory (KiB).

Usage: scripts/measure.py COMMAND [ARGS...]

The command's own output passes through; then `wall_s max_rss_kib` is
printed on stdout. The peak is that of the command's process alone
(os.wait4), not of this script. The command's CPU time (user + system)
goes to stderr as `measure: cpu X s` (a build's stderr is its log, where
scripts/bench.sh reads it). Exits with the command's status.
Standard library only.
"""

import os
import subprocess
import sys
import time


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    t0 = time.perf_counter()
    proc = subprocess.Popen(sys.argv[1:])
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - t0
    # ru_maxrss is in KiB on Linux
    print("measure: cpu %.3f s" % (usage.ru_utime + usage.ru_stime), file=sys.stderr)
    print("%.3f %d" % (wall, usage.ru_maxrss))
    code = os.waitstatus_to_exitcode(status)
    sys.exit(code if code >= 0 else 1)


if __name__ == "__main__":
    main()
