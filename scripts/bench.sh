#!/usr/bin/env bash
# Benchmark: generate synthetic corpora of 10, 100 and 1000 transcripts with
# ../shared/bench/gen_corpus.py (into target/bench/, never committed), run
# the release build of `claimgraph build` on each, and print a table:
# documents, MB, claims, wall seconds, claims per second, peak RSS, and the
# recall and precision of the links against the generator's truth.jsonl
# (scripts/eval_matches.py). truth.jsonl knows only the copies the
# generator injected, so every `related` link (two different sentences
# about one fact) counts as wrong; the last column leaves them out.
#
# Usage: scripts/bench.sh [SIZES...]        default: 10 100 1000
# Env:   GEN_CORPUS=path/to/gen_corpus.py   default: ../shared/bench/gen_corpus.py
#        RUNS=N                             runs per size, best wall time kept (default 1)
set -euo pipefail
cd "$(dirname "$0")/.."

sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(10 100 1000)
gen=${GEN_CORPUS:-../shared/bench/gen_corpus.py}
runs=${RUNS:-1}
[ -f "$gen" ] || { echo "bench: generator not found: $gen (set GEN_CORPUS)" >&2; exit 2; }

cargo build --release --locked --quiet
bin=target/release/claimgraph

declare -A wall truth
rows=()
for n in "${sizes[@]}"; do
  dir=target/bench/gen-$n
  if [ ! -f "$dir/corpus/truth.jsonl" ]; then
    rm -rf "$dir"
    python3 "$gen" --seeds corpus --out "$dir/corpus" --docs "$n" 2>/dev/null
  fi
  best=""
  for ((r = 0; r < runs; r++)); do
    rm -rf "$dir/claims" "$dir/graphs"
    m=$(python3 scripts/measure.py "$bin" build --corpus "$dir/corpus" --claims "$dir/claims" \
          --graphs "$dir/graphs" 2>"$dir/build.log" | tail -n 1)
    if [ -z "$best" ] || awk -v a="${m% *}" -v b="${best% *}" 'BEGIN { exit !(a < b) }'; then
      best=$m
    fi
  done
  read -r secs rss <<<"$best"
  wall[$n]=$secs
  ev=$(python3 scripts/eval_matches.py "$dir/corpus" "$dir/graphs/claimgraph.json" --json)
  # the generator's own scorer: recall, precision, recall per kind, false
  # links on its negative controls (exits 1 below its bars: not an error here)
  truth[$n]=$(python3 "$(dirname "$gen")/score_truth.py" "$dir/graphs/claimgraph.json" \
    "$dir/corpus/truth.jsonl" || true)
  rows+=("$(python3 - "$dir/corpus" "$n" "$secs" "$rss" "$ev" <<'PY'
import json, os, sys
corpus, n, secs, rss, ev = sys.argv[1], int(sys.argv[2]), float(sys.argv[3]), int(sys.argv[4]), json.loads(sys.argv[5])
mb = sum(os.path.getsize(os.path.join(corpus, f)) for f in os.listdir(corpus) if f.endswith(".txt")) / 1e6
related = ev["edges_by_kind"].get("related", 0)
rel_wrong = ev["unconfirmed_by_kind"].get("related", 0)
others = ev["edges"] - related
p_others = (ev["right"] - (related - rel_wrong)) / others if others else 1.0
print("| %d | %.1f | %d | %.2f | %.0f | %.0f MB | %d (%d related) | %.4f | %.4f | %.4f |" % (
    n, mb, ev["claims"], secs, ev["claims"] / secs, rss / 1024, ev["edges"], related,
    ev["recall"], ev["precision"], p_others))
PY
)")
done

echo "| documents | MB | claims | wall s | claims/s | peak RSS | links | recall | precision | precision without related |"
echo "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
printf '%s\n' "${rows[@]}"
for n in "${sizes[@]}"; do
  printf '\n%s documents, score_truth.py:\n%s\n' "$n" "${truth[$n]}"
done
if [ -n "${wall[100]:-}" ] && [ -n "${wall[1000]:-}" ]; then
  awk -v a="${wall[1000]}" -v b="${wall[100]}" 'BEGIN { printf "\n1000 documents take %.1fx the time of 100.\n", a / b }'
fi
