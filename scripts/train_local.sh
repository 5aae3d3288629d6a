#!/usr/bin/env bash
# Runs `train` on a local SageMaker-style tree, as `docker run -v DIR:/opt/ml IMAGE train` would:
#   DIR/input/config/hyperparameters.json   (optional; every value a string)
#   DIR/input/data/train/...                (required: CoNLL, JSON Lines or OpenNLP files)
#   DIR/input/data/validation/...           (optional)
# and writes DIR/model, DIR/output/data/metrics.json (or DIR/output/failure).
#   scripts/train_local.sh [DIR] [TRAIN_FILE]
# DIR defaults to local_test/train_job: its own folder, never local_test/opt_ml, which
# scripts/run_local.sh serves (training there would silently replace the embedded model).
# TRAIN_FILE, if given, becomes the only file of DIR/input/data/train/ (earlier runs' files go).
# The job trains into a temporary folder; DIR/model is replaced only when training succeeds, so a
# failed run keeps the previous model. DIR/output always holds the last run's metrics or failure.
# Relative paths are relative to the current directory.
set -euo pipefail
dir="$(mkdir -p "${1:-local_test/train_job}" && cd "${1:-local_test/train_job}" && pwd)"
train_file=""
if [[ -n "${2:-}" ]]; then
  [[ -f "$2" ]] || { echo "train_local.sh: TRAIN_FILE '$2' is not a file" >&2; exit 2; }
  train_file="$(cd "$(dirname "$2")" && pwd)/$(basename "$2")"
fi
if [[ -z "$train_file" && ! -e "$dir/input/data/train" && ! -e "$dir/input/data/train_0" ]]; then
  echo "train_local.sh: nothing to train on in $dir/input/data/train; give a file: scripts/train_local.sh ${1:-local_test/train_job} TRAIN_FILE" >&2
  exit 2
fi
cd "$(dirname "$0")/.."
# shellcheck source=scripts/ensure_tools.sh
source scripts/ensure_tools.sh
if [[ ! -f target/ner-byoc.jar || -n "$(find src pom.xml -newer target/ner-byoc.jar -print -quit)" ]]; then
  build_jar
fi
if [[ -n "$train_file" ]]; then
  # Copied aside first: TRAIN_FILE may itself sit in the folder being emptied.
  mkdir -p "$dir/input/data"
  staged="$(mktemp -d "$dir/input/data/.train.XXXXXX")"
  cp "$train_file" "$staged/"
  rm -rf "$dir/input/data/train"
  mv "$staged" "$dir/input/data/train"
fi
# SageMaker starts each job with an empty model and output folder: a scratch root whose input is
# DIR/input, so DIR/model stays as it is until a new model is complete.
job="$(mktemp -d "$dir/.job.XXXXXX")"
trap 'rm -rf "$job"' EXIT
ln -s "$dir/input" "$job/input"
mkdir -p "$job/model" "$job/output/data"
# The log and the failure reason name DIR, not the scratch folder.
unscratch() { sed -u "s#$job/#$dir/#g"; }
set +e
NER_ML_ROOT="$job" container/NER/train > >(unscratch) 2> >(unscratch >&2)
rc=$?
set -e
rm -rf "$dir/output"
mv "$job/output" "$dir/output"
if [[ -f "$dir/output/failure" ]]; then
  unscratch < "$dir/output/failure" > "$job/failure" && mv "$job/failure" "$dir/output/failure"
fi
if (( rc != 0 )); then
  kept="no earlier model"; [[ -d "$dir/model" ]] && kept="the previous model in $dir/model is unchanged"
  echo "train failed (exit $rc; $kept): $(cat "$dir/output/failure" 2>/dev/null)" >&2
  exit "$rc"
fi
if [[ -d "$dir/model" ]]; then
  mv "$dir/model" "$job/model.old"
fi
mv "$job/model" "$dir/model"
cat >&2 <<MSG

Model written to $dir/model. Serve it with:
  NER_ML_ROOT=$dir container/NER/serve
or on scripts/run_local.sh's port with its checks:
  NER_ML_ROOT=$dir scripts/run_local.sh
(plain scripts/run_local.sh serves local_test/opt_ml/model: the embedded model while that is empty.)
then:
  curl -s localhost:8080/invocations -H 'Content-Type: application/json' -d '{"text": "..."}'
Score it on test data with:
  scripts/evaluate.sh --model $dir/model TEST_FILE
MSG
