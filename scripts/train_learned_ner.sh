#!/usr/bin/env bash
# Rebuilds the accurate profile's learned decider (src/main/models/learned/ner-spacy18) from the
# hand-annotated spacy18 corpus: the service's own entities on every sentence become the evidence
# feature, spaCy trains the NER, and the best checkpoint (the last weights with TRAIN_ON_SELECT=1) is
# copied into the source tree.
# Needs spaCy 3.8 (../shared/tools/spacy-wheels, README there) and the corpus sources in ../shared;
# the build and the tests never need either. How it was made and measured: docs/ACCURACY.md.
#   scripts/train_learned_ner.sh            # about 30 to 40 minutes on 2 cores
#   SPACY_PYTHON=~/.venvs/spacy/bin/python MAX_STEPS=3000 scripts/train_learned_ner.sh
# The shipped model: a first run chooses the step on select, then
#   MAX_STEPS=<that step> TRAIN_ON_SELECT=1 scripts/train_learned_ner.sh   # select trained on too, last weights installed
# (the shipped one, on the corpus of seven rounds with train2: MAX_STEPS=7200 TRAIN_ON_SELECT=1). SEED (0) is spaCy's seed. For experiments: PROFILE=FILE takes the evidence from another profile manifest, OUT=DIR keeps
# everything there, INSTALL=0 leaves src/main/models alone.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${SPACY_PYTHON:-$HOME/.venvs/spacy/bin/python}
MAX_STEPS=${MAX_STEPS:-7000}
OUT=${OUT:-target/learned}
PROFILE=${PROFILE:-src/main/resources/io/nerbyoc/engine/corenlp/profiles/accurate.json}
INSTALL=${INSTALL:-1}
TRAIN_ON_SELECT=${TRAIN_ON_SELECT:-0}
SEED=${SEED:-0}
"$PY" -c 'import spacy' 2>/dev/null || {
  echo "train_learned_ner: no spaCy at $PY; install it: python3 -m venv ~/.venvs/spacy &&" \
    "~/.venvs/spacy/bin/pip install --no-index --find-links ../shared/tools/spacy-wheels spacy" >&2
  exit 2
}
# The evidence is the accurate profile's rules alone: the profile without its decider, as a model directory.
mkdir -p "$OUT/rules-model"
python3 - "$PROFILE" "$OUT/rules-model/ner-model.json" <<'PY'
import json, sys
spec = json.load(open(sys.argv[1]))
for step in spec["pipeline"]:
    step.pop("embedded_decider", None)
    step.pop("rules_decide", None)
spec["description"] = "the accurate profile's rules, without the learned decider"
json.dump(spec, open(sys.argv[2], "w"), indent=2)
PY
python3 data/corpus/prepare.py >/dev/null
python3 data/corpus/build.py | tail -3
python3 data/learned/split.py "$OUT"
for part in train select train2 heldout dev; do
  scripts/evaluate.sh --model "$OUT/rules-model" --label-scheme spacy --predictions "$OUT/$part.rules.jsonl" \
    --json "$OUT/$part.rules.score.json" "$OUT/$part.jsonl" >/dev/null
  "$PY" data/learned/stack_docs.py "$OUT/$part.jsonl" "$OUT/$part.rules.jsonl" "$OUT/$part.spacy"
done
# Static word vectors for every word of every part, composed from the encoder's word pieces
# (piece_vectors.py; at serving time the Java engine composes them for any word, so none are installed).
"$PY" data/learned/piece_vectors.py target/models/encoder "$OUT/vectors" "$OUT"/{train,select,train2,heldout,dev}.spacy
rm -rf "$OUT/model"
TRAIN="$OUT/train.spacy,$OUT/dev.spacy"
BEST=model-best
if [ "$TRAIN_ON_SELECT" = 1 ]; then
  TRAIN="$TRAIN,$OUT/select.spacy"  # select then only logs a (seen) score; the last weights are the model
  BEST=model-last
fi
TRAIN="$TRAIN,$OUT/train2.spacy"  # the held-out half trained on since the eighth decider (split.py)
"$PY" -m spacy train data/learned/config.cfg --code data/learned/stack_reader.py \
  --paths.train "$TRAIN" --paths.dev "$OUT/select.spacy" --paths.vectors "$OUT/vectors" \
  --training.max_steps "$MAX_STEPS" --system.seed "$SEED" --output "$OUT/model"
if [ "$INSTALL" != 1 ]; then
  echo "train_learned_ner: trained $OUT/model/$BEST (not installed)"
  exit 0
fi
rm -rf src/main/models/learned/ner-spacy18
cp -r "$OUT/model/$BEST" src/main/models/learned/ner-spacy18
rm src/main/models/learned/ner-spacy18/vocab/{vectors,key2row}  # composed at serving time (engine.encoder.PieceVectors)
echo "train_learned_ner: src/main/models/learned/ner-spacy18 updated; score it with" \
  "scripts/evaluate.sh --model embedded --label-scheme spacy $OUT/heldout.jsonl"
