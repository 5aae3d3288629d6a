#!/usr/bin/env bash
# Rebuilds the learned name re-typer of the accurate profile (engine/retyper/NameRetyper, docs/MODELS.md):
#   scripts/build_retyper.sh [OUT]   (default src/main/resources/io/nerbyoc/engine/retyper/name-retyper.maxent.gz)
# Needs a build (`mvn -B package -DskipTests`: target/classes, target/lib, target/models).
# 1. scripts/build_spacy18_training.py writes target/spacy18-train.conll (open corpora, spaCy name types);
# 2. RetyperTrainer extract runs the accurate profile (re-typer off) over it and keeps each name span it
#    proposes with its features and gold type (O when no gold span has its boundaries);
# 3. RetyperTrainer train fits OpenNLP's maxent by L-BFGS (MAXENT_QN), 200 iterations, L2 cost 0.3, no L1,
#    features seen fewer than 3 times dropped, one thread: the same bytes on every rebuild.
# 4. With the dev set at hand, prints what each threshold would change there (tune on it, never train).
# About 3 minutes on the project's 2-core machine.
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-src/main/resources/io/nerbyoc/engine/retyper/name-retyper.maxent.gz}"
CP='target/classes:target/lib/*'
mkdir -p target/retyper
python3 scripts/build_spacy18_training.py --out target/spacy18-train.conll
java ${JAVA_OPTS:--Xmx3g} -cp "$CP" io.nerbyoc.engine.build.RetyperTrainer extract target/models target/spacy18-train.conll target/retyper/train.tsv
java ${JAVA_OPTS:--Xmx3g} -cp "$CP" io.nerbyoc.engine.build.RetyperTrainer train target/retyper/train.tsv "$out" MAXENT_QN 200 0.3
if [[ -f data/dev/spacy18-dev.jsonl ]]; then
  java ${JAVA_OPTS:--Xmx3g} -cp "$CP" io.nerbyoc.engine.build.RetyperTrainer extract target/models data/dev/spacy18-dev.jsonl target/retyper/dev.tsv
  java -Ddecision=0.6,0.3,2 -cp "$CP" io.nerbyoc.engine.build.RetyperTrainer tune "$out" target/retyper/dev.tsv > target/retyper/dev-tuning.txt
  echo "dev-set effect of each threshold: target/retyper/dev-tuning.txt"
fi
ls -l "$out"; sha256sum "$out"
