#!/usr/bin/env bash
# Scores a CRF trained by scripts/build_spacy18_model.sh against the accurate profile on the spaCy dev set,
# alone and combined in several ways (issue 13 item 3). Each variant is a model directory under OUT.
#   scripts/eval_spacy18_variants.sh MODEL_DIR [OUT] [DATA] [VARIANTS]
# MODEL_DIR is what `train` wrote (ner-model.json + crf-ner.ser.gz). VARIANTS (default: all) is a
# comma-separated subset of: b c-after c-thin-first c-thin-first-nomisc d-fourth d-fourth-nomisc.
set -euo pipefail
cd "$(dirname "$0")/.."
model="$(cd "$1" && pwd)"
out="${2:-target/spacy18-variants}"
data="${3:-data/dev/spacy18-dev.jsonl}"
variants="${4:-b,c-after,c-thin-first,c-thin-first-nomisc,d-fourth,d-fourth-nomisc}"
mkdir -p "$out"
EMB='"edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz","edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz","edu/stanford/nlp/models/ner/english.muc.7class.distsim.crf.ser.gz"'
THIN='{"EVENT":"EVENT","WORK_OF_ART":"WORK_OF_ART","PRODUCT":"PRODUCT","FAC":"FAC","LAW":"LAW","LANGUAGE":"LANGUAGE"}'
# Everything the accurate profile returns but MISC (spaCy has no MISC).
NOMISC='{"PERSON":"PERSON","ORGANIZATION":"ORGANIZATION","LOCATION":"LOCATION","GPE":"GPE","LOC":"LOC","NORP":"NORP","EVENT":"EVENT","WORK_OF_ART":"WORK_OF_ART","DATE":"DATE","TIME":"TIME","MONEY":"MONEY","PERCENT":"PERCENT","CARDINAL":"CARDINAL","ORDINAL":"ORDINAL","QUANTITY":"QUANTITY","FAC":"FAC","PRODUCT":"PRODUCT","LAW":"LAW","LANGUAGE":"LANGUAGE","PERSON_TITLE":"PERSON_TITLE","NUMBER":"NUMBER","NATIONALITY":"NATIONALITY","ORG":"ORG"}'
manifest() {  # manifest NAME JSON_PIPELINE
  local d="$out/$1"
  rm -rf "$d"; mkdir -p "$d/trained"
  cp "$model"/* "$d/trained/"
  echo "{\"format_version\": 2, \"merge\": \"priority\", \"pipeline\": $2}" > "$d/ner-model.json"
}
for v in ${variants//,/ }; do
  case $v in
    b) manifest b '[{"component": "model_dir", "dir": "trained"}]' ;;
    c-after) manifest c-after '[{"component": "corenlp-embedded", "profile": "accurate"}, {"component": "model_dir", "dir": "trained"}]' ;;
    c-thin-first) manifest c-thin-first "[{\"component\": \"model_dir\", \"dir\": \"trained\", \"label_map\": $THIN, \"drop_unmapped\": true}, {\"component\": \"corenlp-embedded\", \"profile\": \"accurate\"}]" ;;
    c-thin-first-nomisc) manifest c-thin-first-nomisc "[{\"component\": \"model_dir\", \"dir\": \"trained\", \"label_map\": $THIN, \"drop_unmapped\": true}, {\"component\": \"corenlp-embedded\", \"profile\": \"accurate\", \"label_map\": $NOMISC, \"drop_unmapped\": true}]" ;;
    d-fourth) manifest d-fourth "[{\"component\": \"corenlp-crf\", \"embedded_models\": [$EMB], \"models\": [\"trained/crf-ner.ser.gz\"], \"rules\": true}]" ;;
    d-fourth-nomisc) manifest d-fourth-nomisc "[{\"component\": \"corenlp-crf\", \"embedded_models\": [$EMB], \"models\": [\"trained/crf-ner.ser.gz\"], \"rules\": true, \"label_map\": $NOMISC, \"drop_unmapped\": true}]" ;;
    *) echo "unknown variant $v" >&2; exit 2 ;;
  esac
  scripts/evaluate.sh --model "$out/$v" --label-scheme spacy --force --json "$out/$v.json" "$data" > "$out/$v.txt" 2> "$out/$v.err" || { echo "$v failed: $(tail -3 "$out/$v.err")" >&2; continue; }
  echo "== $v: $(grep '^ALL' "$out/$v.txt")"
done
