#!/usr/bin/env bash
# Builds the spaCy name-type CRF measured as a candidate for the accurate profile (docs/MODELS.md) from the open corpora in ../shared/data/ner:
#   scripts/build_spacy18_model.sh [OUT]        (mvn -B package -DskipTests first: it needs target/lib and target/models)
# 1. scripts/build_spacy18_training.py writes target/spacy18-train.conll (CrossNER train+dev, Re-DocRED
#    test_revised, WNUT17 train, re3d minus the documents the dev set uses; mapped to spaCy's name types);
# 2. scripts/spacy18/TrainThinCrf.java trains a CoreNLP CRF on its EVENT, WORK_OF_ART, PRODUCT, FAC, LAW
#    and LANGUAGE spans, IO-tagged, CoreNLP's English CoNLL feature flags plus the shipped 3-class model's
#    word clusters, 100 L-BFGS iterations, features seen fewer than 4 times dropped (14.8 MB).
# About 3-5 minutes and 4 GB on the project's 2-core machine. (The two-thread gradient sums in a
# varying order, so a rebuild can differ from the measured file in the last digits of its weights.)
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-target/spacy18/spacy18-thin.crf.ser.gz}"
mkdir -p "$(dirname "$out")"
python3 scripts/build_spacy18_training.py --out target/spacy18-train.conll
java ${JAVA_OPTS:--Xmx6g} -cp 'target/lib/*' scripts/spacy18/TrainThinCrf.java target/spacy18-train.conll "$out" target/models 100 4 \
  EVENT,WORK_OF_ART,PRODUCT,FAC,LAW,LANGUAGE
ls -l "$out"
