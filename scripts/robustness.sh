#!/usr/bin/env bash
# Robustness to casing and noise: scores the embedded model (or --model DIR) on a CoNLL file as written,
# upper-cased, lower-cased, title-cased and noisy (evaluate --casing; see its --help) and prints
# F1 and entity counts (predicted vs gold) per variant.
#   scripts/robustness.sh ../shared/data/ner/wikigold/wikigold.conll
#   NER_PROFILE=fast scripts/robustness.sh --model embedded --label-scheme conll DATA
# Other options go to evaluate (default: --model embedded --label-scheme conll).
set -euo pipefail
cd "$(dirname "$0")/.."
args=("$@")
[[ " ${args[*]} " == *" --model "* ]] || args=(--model embedded "${args[@]}")
[[ " ${args[*]} " == *" --label-scheme "* ]] || args=(--label-scheme conll "${args[@]}")
scripts/evaluate.sh --help >/dev/null # builds the jar if sources changed
printf '| casing | precision | recall | F1 | entities predicted | gold |\n|---|---|---|---|---|---|\n'
for casing in none upper lower title noisy; do
  out=$(container/NER/evaluate --casing "$casing" "${args[@]}" 2>/dev/null)
  # ALL row: type precision recall f1 gold predicted correct
  read -r _ p r f gold predicted _ <<<"$(grep '^ALL ' <<<"$out")"
  printf '| %s | %s | %s | %s | %s | %s |\n' "${casing/none/as written}" "$p" "$r" "$f" "$predicted" "$gold"
done
