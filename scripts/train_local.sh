#!/usr/bin/env bash
# Runs `train` on a local SageMaker-style tree, as `docker run -v DIR:/opt/ml IMAGE train` would:
#   DIR/input/config/hyperparameters.json   (optional; every value a string)
#   DIR/input/data/train/...                (required: CoNLL, JSON Lines or OpenNLP files)
#   DIR/input/data/validation/...           (optional)
# and writes DIR/model, DIR/output/data/metrics.json (or DIR/output/failure).
#   scripts/train_local.sh [DIR] [TRAIN_FILE]
# DIR defaults to local_test/opt_ml; TRAIN_FILE, if given, is copied into DIR/input/data/train/.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=scripts/ensure_tools.sh
source scripts/ensure_tools.sh
dir="$(mkdir -p "${1:-local_test/opt_ml}" && cd "${1:-local_test/opt_ml}" && pwd)"
if [[ -n "${2:-}" ]]; then
  mkdir -p "$dir/input/data/train"
  cp "$2" "$dir/input/data/train/"
fi
if [[ ! -f target/ner-byoc.jar || -n "$(find src pom.xml -newer target/ner-byoc.jar -print -quit)" ]]; then
  build_jar
fi
# SageMaker starts each job with an empty model and output folder.
rm -rf "$dir/model" "$dir/output"
mkdir -p "$dir/model" "$dir/output/data"
set +e
NER_ML_ROOT="$dir" container/NER/train
rc=$?
set -e
if (( rc != 0 )); then
  echo "train failed (exit $rc): $(cat "$dir/output/failure" 2>/dev/null)" >&2
  exit "$rc"
fi
cat >&2 <<MSG

Model written to $dir/model. Serve it with:
  NER_ML_ROOT=$dir container/NER/serve
then:
  curl -s localhost:8080/invocations -H 'Content-Type: application/json' -d '{"text": "..."}'
Score it on test data with:
  scripts/evaluate.sh --model $dir/model TEST_FILE
MSG
