#!/usr/bin/env bash
# Scores a model directory (or the embedded model) on labelled data, building the jar if needed.
#   scripts/evaluate.sh --model local_test/train_job/model ../shared/data/ner/sec-filings/test.conll
#   scripts/evaluate.sh --model embedded --label-scheme conll ../shared/data/ner/wikigold/wikigold.conll
# Options: see `container/NER/evaluate --help`.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=scripts/ensure_tools.sh
source scripts/ensure_tools.sh
if [[ ! -f target/ner-byoc.jar || -n "$(find src pom.xml -newer target/ner-byoc.jar -print -quit)" ]]; then
  build_jar
fi
exec container/NER/evaluate "$@"
