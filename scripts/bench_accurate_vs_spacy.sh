#!/usr/bin/env bash
# The accurate profile's speed targets (issue 21), measured in one run on one machine: accurate
# against fast (in process, one thread) and against spaCy's own nlp.pipe (one process, batch 16,
# the `spacy init config --pipeline ner` fixture pipeline), on the same texts (wikigold documents
# of ~200 whitespace tokens). Two measures:
#   - tokens per second of wall time, the systems taking turns ROUNDS times, so load from
#     elsewhere falls on all of them;
#   - tokens per CPU second of the thread doing the work (Java: bench.CostCompare, the profiles
#     taking turns document by document after a warm-up round; spaCy: time.thread_time()), which
#     hardly depends on what else runs: the figure to read on a shared machine.
# Needs the spaCy venv of scripts/make_spacy_fixtures.sh.
#   scripts/bench_accurate_vs_spacy.sh [ROUNDS] [SECONDS]     # defaults 2 and 12
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${1:-2}; seconds=${2:-12}
venv="${SPACY_VENV:-$HOME/.venvs/spacy}"
[[ -x "$venv/bin/python" ]] || { echo "no spaCy venv at $venv: run scripts/make_spacy_fixtures.sh first" >&2; exit 1; }
pipeline=src/test/resources/spacy/default/pipeline
cp="target/test-classes:target/classes:target/lib/*"
java_opts=(--add-modules=jdk.incubator.vector -XX:+UseParallelGC -cp "$cp")
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# The texts spaCy gets are the ones the Java benchmarks read (BenchDocs), written out once.
java "${java_opts[@]}" io.nerbyoc.bench.SpacyInProcess --pipeline "$pipeline" --texts-out "$work/texts.jsonl" \
  --warmup-s 0 --duration-s 1 >/dev/null 2>&1
tokens_per_doc=$(python3 -c 'import json, sys; t = [len(json.loads(l).split()) for l in open(sys.argv[1])]; print(sum(t) / len(t))' "$work/texts.jsonl")
spacy16() { "$venv/bin/python" scripts/spacy_pipelines/bench_spacy.py "$pipeline" "$work/texts.jsonl" "$seconds" 16 | grep 'batch_size=16:'; }

echo "Wall time, in turns:"
echo
echo "| round | system | tokens/s | load 1 min |"
echo "|---|---|---:|---:|"
for round in $(seq "$rounds"); do
  for profile in accurate fast; do
    rate=$(java "${java_opts[@]}" io.nerbyoc.bench.InProcessCeiling --profile "$profile" --threads 1 --header false \
      --warmup-s 8 --duration-s "$seconds" 2>/dev/null | awk -F'|' '/in-process/ { gsub(/[ ,]/, "", $4); print $4 }')
    echo "| $round | $profile (in process, 1 thread) | $rate | $(cut -d' ' -f1 /proc/loadavg) |"
  done
  echo "| $round | spaCy nlp.pipe, batch 16 | $(spacy16 | awk '{ print $4 }') | $(cut -d' ' -f1 /proc/loadavg) |"
done
echo
echo "CPU of the working thread:"
echo
for profile in accurate fast; do
  mkdir -p "$work/$profile"
  printf '{"engine": "corenlp-embedded", "profile": "%s"}\n' "$profile" > "$work/$profile/ner-model.json"
done
java "${java_opts[@]}" io.nerbyoc.bench.CostCompare --rounds $((rounds + 1)) "$work/accurate" "$work/fast" 2>/dev/null \
  | awk -F'|' -v t="$tokens_per_doc" -v w="$work/" '/^\| \// { gsub(/ /, "", $2); sub(w, "", $2); printf "| %s (thread CPU) | %.2f ms/doc | %d tokens per CPU second |\n", $2, $3, t / $3 * 1000 }'
line=$(spacy16)
echo "| spaCy nlp.pipe, batch 16 (thread CPU) | | $(sed 's/.*; \([0-9]*\) whitespace tokens per thread CPU.*/\1/' <<< "$line") tokens per CPU second |"
