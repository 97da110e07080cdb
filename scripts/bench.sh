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
# At the largest size, every query command is timed on the store the build
# wrote (scripts/query_times.py: query → seconds), and the build's stage
# times (-v) give the share of the SQLite store in the build, as wall
# time and as CPU time (the store's thread against the build's user + system).
#
# Then, at the largest size, the incremental rebuild: a cold build with the
# cache (target/bench/incr-N/), one generated document added, a rebuild
# from the cache, and a clean build (--no-cache) of the same N+1 documents
# whose outputs must be byte-identical to the rebuild's.
#
# Last, one big document: BIG_MB (default 50) megabytes of the generated
# documents concatenated into a single transcript (scripts/big_doc.py, from
# a corpus of enough distinct documents, generated once), built on its own;
# then the same bytes as a single line. Reports wall time and peak RSS of
# each against the bar: < 10 s and < 1 GiB.
#
# Usage: scripts/bench.sh [SIZES...]        default: 10 100 1000
#        scripts/bench.sh big               the big document only
# Env:   GEN_CORPUS=path/to/gen_corpus.py   default: ../shared/bench/gen_corpus.py
#        RUNS=N                             runs per size, best wall time kept (default 1)
#        BIG_MB=N                           size of the big document (default 50; 0 skips it)
set -euo pipefail
cd "$(dirname "$0")/.."

big_mb=${BIG_MB:-50}
# One document of BIG_MB megabytes, then the same as one line.
big_document() {
  [ "$big_mb" != 0 ] || return 0
  local src=target/bench/gen-big/corpus
  # about 30 KB per generated document; enough distinct ones to fill it
  local docs=$((big_mb * 34))
  if [ ! -f "$src/truth.jsonl" ] || [ "$(cat target/bench/gen-big/docs 2>/dev/null)" != "$docs" ]; then
    rm -rf target/bench/gen-big
    python3 "$gen" --seeds corpus --out "$src" --docs "$docs" 2>/dev/null
    echo "$docs" >target/bench/gen-big/docs
  fi
  echo
  echo "| one document | MB | lines | claims | wall s | peak RSS | under 10 s and 1 GiB |"
  echo "|---|---:|---:|---:|---:|---:|---|"
  for kind in big line; do
    local dir=target/bench/$kind-$big_mb
    rm -rf "$dir"
    mkdir -p "$dir/corpus"
    if [ "$kind" = line ]; then
      python3 scripts/big_doc.py "$src" "$dir/corpus/$kind.txt" "$big_mb" --one-line
    else
      python3 scripts/big_doc.py "$src" "$dir/corpus/$kind.txt" "$big_mb"
    fi
    local m secs rss lines claims verdict
    m=$(python3 scripts/measure.py "$bin" build -v --no-cache --corpus "$dir/corpus" --claims "$dir/claims" \
          --graphs "$dir/graphs" 2>"$dir/build.log" | tail -n 1)
    read -r secs rss <<<"$m"
    lines=$(wc -l <"$dir/corpus/$kind.txt")
    claims=$(grep -o '[0-9]* claims' "$dir/build.log" | head -n 1 | cut -d' ' -f1)
    verdict=$(awk -v s="$secs" -v r="$rss" 'BEGIN { print (s < 10 && r < 1048576) ? "yes" : "no" }')
    printf '| %s | %d | %d | %s | %.2f | %.0f MB | %s |\n' "$kind" "$big_mb" "$lines" "$claims" "$secs" \
      "$(awk -v r="$rss" 'BEGIN { print r / 1024 }')" "$verdict"
  done
  for kind in big line; do
    echo "  $kind, per stage:"
    grep -E '^claimgraph:   ' "target/bench/$kind-$big_mb/build.log" | sed 's/^claimgraph:/   /'
  done
}

sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(10 100 1000)
gen=${GEN_CORPUS:-../shared/bench/gen_corpus.py}
runs=${RUNS:-1}
[ -f "$gen" ] || { echo "bench: generator not found: $gen (set GEN_CORPUS)" >&2; exit 2; }

cargo build --release --locked --quiet
bin=target/release/claimgraph

if [ "${sizes[0]}" = big ]; then
  big_document
  exit 0
fi

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
    m=$(python3 scripts/measure.py "$bin" build -v --no-cache --corpus "$dir/corpus" --claims "$dir/claims" \
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

# Queries and the store's share of the build at the largest size.
n=${sizes[-1]}
printf '\nQueries on the %s-document store (target/bench/gen-%s/graphs/claimgraph.sqlite, %s MB):\n' \
  "$n" "$n" "$(du -m "target/bench/gen-$n/graphs/claimgraph.sqlite" | cut -f1)"
python3 scripts/query_times.py "$bin" "target/bench/gen-$n/graphs" --runs "${QUERY_RUNS:-3}"
log=target/bench/gen-$n/build.log
total=$(grep -o ' in [0-9.]* s$' "$log" | tail -n 1 | grep -o '[0-9.]*')
store=$(grep -o 'sqlite store *[0-9.]* s' "$log" | tail -n 1 | grep -o '[0-9.]*')
awk -v t="$total" -v s="$store" -v n="$n" 'BEGIN {
  printf "\nBuild of %s documents: %.2f s; the SQLite store stage %.2f s = %.0f%% of the build (%.0f%% of the rest of the build; an upper bound of what the store adds, as it runs beside the other exports)\n", n, t, s, 100 * s / t, 100 * s / (t - s) }'
# CPU time, which the machine's load does not move: the store's thread
# against the whole build's user + system time
cpu=$(grep -o 'measure: cpu [0-9.]* s' "$log" | tail -n 1 | grep -o '[0-9.]*')
store_cpu=$(grep -o 'sqlite store, CPU *[0-9.]* s' "$log" | tail -n 1 | grep -o '[0-9.]*')
if [ -n "$cpu" ] && [ -n "$store_cpu" ]; then
  awk -v t="$cpu" -v s="$store_cpu" 'BEGIN {
    printf "CPU: the build %.2f s, the store'"'"'s thread %.2f s: the store adds %.1f%% to the build without it (bar: 20%%)\n", t, s, 100 * s / (t - s) }'
fi

# Incremental rebuild at the largest size.
n=${sizes[-1]}
inc=target/bench/incr-$n
rm -rf "$inc"
mkdir -p "$inc"
cp -r "target/bench/gen-$n/corpus" "$inc/corpus"
python3 "$gen" --seeds corpus --out "$inc/extra" --docs 1 --seed 7 2>/dev/null
timed() { # label, extra build args...: prints wall seconds
  local out=$1; shift
  python3 scripts/measure.py "$bin" build -v --corpus "$inc/corpus" --claims "$inc/$out/claims" \
    --graphs "$inc/$out/graphs" "$@" 2>"$inc/$out.log" | tail -n 1 | cut -d' ' -f1
}
cold=$(timed cold --cache "$inc/cache")
added=$(find "$inc/extra" -name '*.txt' | head -n 1)
cp "$added" "$inc/corpus/zz_added_$(basename "$added")"
warm=$(timed warm --cache "$inc/cache")
clean=$(timed clean --no-cache)
redone=$(grep -o '[0-9]* of [0-9]* documents' "$inc/warm.log")
same=no
diff -r "$inc/warm/claims" "$inc/clean/claims" >/dev/null &&
  diff -r "$inc/warm/graphs" "$inc/clean/graphs" >/dev/null && same=yes
printf '\nIncremental, %s documents: cold build with the cache %.2f s; one document added, rebuilt from the cache %.2f s (%s segmented or extracted anew); clean build of the same corpus %.2f s; outputs identical to the clean build: %s\n' \
  "$n" "$cold" "$warm" "$redone" "$clean" "$same"
grep -E '(read|cache:load|segment|extract|cache:store) ' "$inc/warm.log" | sed 's/^claimgraph:/  rebuild:/'
grep -E '(segment|extract|cache:store) ' "$inc/cold.log" | sed 's/^claimgraph:/  cold:   /'

big_document
