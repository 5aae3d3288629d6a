#!/usr/bin/env bash
# One training benchmark as docs/TRAINING.md reports it: trains with container/NER/train on a
# SageMaker-style tree, then scores the test file with container/NER/evaluate.
#   scripts/bench_training.sh NAME TRAIN_FILE[,TRAIN_FILE...] VALIDATION_FILE|- TEST_FILE HYPERPARAMETERS_JSON
# Prints wall time and peak RSS of training (GNU time), validation F1, the model's size and serving
# speed (from ner-model.json), and test P/R/F1. Work tree: ${BENCH_DIR:-/tmp/bench}/NAME.
# Build first: mvn -B package -DskipTests. JAVA_OPTS (e.g. -Xmx6g) reaches the training JVM.
set -euo pipefail
(($# == 5)) || { sed -n '2,7p' "$0" >&2; exit 2; }
name="$1"; train="$2"; validation="$3"; test="$4"; hp="$5"
cd "$(dirname "$0")/.."
root="${BENCH_DIR:-/tmp/bench}/$name"
rm -rf "$root"; mkdir -p "$root/input/config" "$root/input/data/train"
IFS=, read -ra files <<<"$train"
cp "${files[@]}" "$root/input/data/train/"
if [[ "$validation" != - ]]; then mkdir -p "$root/input/data/validation"; cp "$validation" "$root/input/data/validation/"; fi
printf '%s\n' "$hp" >"$root/input/config/hyperparameters.json"
rc=0
NER_ML_ROOT="$root" /usr/bin/time -v container/NER/train >"$root/train.out" 2>"$root/train.err" || rc=$?
echo "== $name: train exit $rc"
grep -E "Elapsed \(wall|Maximum resident" "$root/train.err" || true
grep -h "algorithm=auto chose" "$root/train.err" | sed 's/.*algorithm=auto chose/auto chose/' | cut -c1-300 || true
grep '^validation:f1=' "$root/train.out" || true
((rc == 0)) || exit "$rc"
python3 - "$root/model/ner-model.json" <<'PY'
import json, sys
info = json.load(open(sys.argv[1]))["info"]
print("model_bytes=%s serving_tokens_per_second_per_worker=%s crf_iterations=%s" % (
    info.get("model_bytes"), info.get("serving_tokens_per_second_per_worker"), info.get("crf_iterations")))
PY
container/NER/evaluate --model "$root/model" --json "$root/test.json" "$test" | grep -E '^ALL|^test:f1='
