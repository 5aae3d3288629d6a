#!/usr/bin/env bash
# Runs the service locally on its embedded default model, exactly as `docker run IMAGE serve`
# runs it on SageMaker: nginx on :8080 (SAGEMAKER_BIND_TO_PORT) in front of the JVM.
# Model directory: ./local_test/opt_ml/model (empty = embedded model). Ctrl-C stops it.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=scripts/ensure_tools.sh
source scripts/ensure_tools.sh
if [[ ! -f target/ner-byoc.jar || -n "$(find src pom.xml -newer target/ner-byoc.jar -print -quit)" ]]; then
  build_jar
fi
export NER_ML_ROOT="${NER_ML_ROOT:-$PWD/local_test/opt_ml}"
mkdir -p "$NER_ML_ROOT/model"
echo "Serving $NER_ML_ROOT/model (embedded model when empty) on http://localhost:${SAGEMAKER_BIND_TO_PORT:-8080}" >&2
exec container/NER/serve
