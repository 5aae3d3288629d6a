#!/usr/bin/env bash
# Runs the service locally on its embedded default model, exactly as `docker run IMAGE serve`
# runs it on SageMaker: nginx on :8080 (SAGEMAKER_BIND_TO_PORT) in front of the JVM.
# Model directory: $NER_ML_ROOT/model, by default ./local_test/opt_ml/model (empty = embedded model;
# scripts/train_local.sh trains into local_test/train_job, served by NER_ML_ROOT=local_test/train_job).
# Its first line says which model serves and why. Ctrl-C stops it.
set -euo pipefail
# A relative NER_ML_ROOT is relative to where you run this, not to the repository.
if [[ -n "${NER_ML_ROOT:-}" && "$NER_ML_ROOT" != /* ]]; then NER_ML_ROOT="$PWD/$NER_ML_ROOT"; fi
cd "$(dirname "$0")/.."
# shellcheck source=scripts/ensure_tools.sh
source scripts/ensure_tools.sh
if [[ ! -f target/ner-byoc.jar || -n "$(find src pom.xml -newer target/ner-byoc.jar -print -quit)" ]]; then
  build_jar
fi
export NER_ML_ROOT="${NER_ML_ROOT:-$PWD/local_test/opt_ml}"
mkdir -p "$NER_ML_ROOT/model"
echo "run_local: serving on http://localhost:${SAGEMAKER_BIND_TO_PORT:-8080}: $(container/NER/serve --describe-model)" >&2
exec container/NER/serve
