#!/usr/bin/env bash
# Before/after CPU per document, in process (no HTTP): alternates a "before" checkout and this one,
# both profiles, one thread, ROUNDS times. Robust to other load on the machine, unlike tokens/s.
#   scripts/bench_inprocess_ab.sh BEFORE_DIR ROUNDS     (BEFORE_DIR: a built checkout, e.g. a git worktree
#                                                       of the previous release after `mvn -q package`)
# This checkout must be built too (`mvn -q -o test-compile`); its classes are copied aside first so a
# build during the run cannot disturb it.
set -euo pipefail
cd "$(dirname "$0")/.."
BEFORE=$(cd "$1" && pwd); ROUNDS=${2:-3}; HERE=$(pwd)
SNAP=$(mktemp -d); trap 'rm -rf "$SNAP"' EXIT
cp -r target/classes target/test-classes "$SNAP"/
DOCS=$(cd ../shared/data/ner/wikigold && pwd)/wikigold.conll
echo "| round | build | profile | CPU ms per document | tokens/s (1 thread) |"
echo "|---|---|---|---|---|"
for r in $(seq 1 "$ROUNDS"); do
  for who in before after; do
    for p in fast accurate; do
      if [[ $who == before ]]; then cd "$BEFORE"; CP="target/test-classes:target/classes:target/lib/*"
      else cd "$HERE"; CP="$SNAP/test-classes:$SNAP/classes:target/lib/*"; fi
      out=$(java --add-modules=jdk.incubator.vector -XX:+UseParallelGC -cp "$CP" io.nerbyoc.bench.InProcessCeiling --profile $p --threads 1 \
        --warmup-s 5 --duration-s 15 --header false --models target/models --docs "$DOCS" --results "$SNAP/r.tsv" 2>/dev/null)
      cpu=$(grep cpu_ms "$SNAP/r.tsv" | cut -f2); rm -f "$SNAP/r.tsv"
      echo "| $r | $who | $p | $cpu | $(echo "$out" | grep '^|' | head -1 | cut -d'|' -f4 | tr -d ' ') |"
    done
  done
done
