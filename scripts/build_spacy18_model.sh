#!/usr/bin/env bash
# Rebuilds the spaCy-name-type CRF (issue 13 item 3) from the open corpora in ../shared/data/ner:
#   scripts/build_spacy18_model.sh [JOB_DIR]
# 1. scripts/build_spacy18_training.py writes target/spacy18-train.conll (CrossNER train+dev, Re-DocRED
#    test_revised, WNUT17 train, re3d minus the documents the dev set uses; mapped to spaCy's name types);
# 2. `train` (scripts/train_local.sh) trains a CoreNLP CRF on it into JOB_DIR/model (default target/train-crf).
# About 30 minutes and 6 GB on the project's loaded 2-core machine.
set -euo pipefail
cd "$(dirname "$0")/.."
job="${1:-target/train-crf}"
python3 scripts/build_spacy18_training.py --out target/spacy18-train.conll
mkdir -p "$job/input/config"
cat > "$job/input/config/hyperparameters.json" <<'EOF'
{"algorithm": "crf", "word_clusters": "true", "iterations": "80", "cutoff": "2", "validation_split": "0.05", "threads": "2"}
EOF
JAVA_OPTS="${JAVA_OPTS:--Xmx10g}" scripts/train_local.sh "$job" target/spacy18-train.conll
