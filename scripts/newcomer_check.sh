#!/usr/bin/env bash
# Walks the README's commands as a newcomer would, in a fresh clone of this checkout's HEAD made
# beside ../shared (so the README's ../shared/data paths work), and prints PASS/FAIL per step:
#   build and start (scripts/run_local.sh: first lines, banner, no ANSI codes), the curl examples of
#   the README's API section, AWS Marketplace's `curl --data "hello world"` smoke test,
#   scripts/train_local.sh on a small file, scripts/evaluate.sh on the result and on the embedded
#   model, and the README points a newcomer needs (build size, Jupyter packages, ...).
# Run by hand (CI's .ci/run does not run it):  bash scripts/newcomer_check.sh   (KEEP=1 keeps the clone)
# Exit status: the number of failed steps (0 = none). Takes 2-4 minutes on 2 cores with ~/.m2 filled.
set -uo pipefail
src="$(cd "$(dirname "$0")/.." && pwd)"
shared="$src/../shared"
[[ -d "$shared/data/ner" ]] || { echo "no $shared/data/ner: the README's examples need ../shared beside the clone" >&2; exit 2; }
parent="$(cd "$shared/.." && pwd)"
clone="$(mktemp -d "$parent/newcomer-check.XXXXXX")"
fails=0
pass() { printf 'PASS  %s\n' "$1"; }
fail() { printf 'FAIL  %s%s\n' "$1" "${2:+: $2}"; fails=$((fails + 1)); }
check() { # check NAME COMMAND...: PASS when the command succeeds
  local name="$1"; shift
  if "$@"; then pass "$name"; else fail "$name"; fi
}
free_port() { /usr/bin/python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
serve_pid=""
cleanup() {
  [[ -n "$serve_pid" ]] && { kill -TERM "$serve_pid" 2>/dev/null; wait "$serve_pid" 2>/dev/null; }
  if [[ -n "${KEEP:-}" ]]; then echo "kept $clone"; else rm -rf "$clone"; fi
}
trap cleanup EXIT

echo "== fresh clone of $(git -C "$src" rev-parse --short HEAD) in $clone"
git clone -q "$src" "$clone" && git -C "$clone" checkout -q "$(git -C "$src" rev-parse HEAD)" \
  || { fail "git clone"; exit 1; }
[[ -n "$(git -C "$src" status --porcelain --untracked-files=no)" ]] && echo "note: uncommitted changes in $src are not in the clone"
cd "$clone" || exit 1

# 1. scripts/run_local.sh: builds (first build), then serves the embedded model.
port="$(free_port)"; backend="$(free_port)"
log="$clone/target-run_local.log"
SAGEMAKER_BIND_TO_PORT="$port" NER_BACKEND_PORT="$backend" scripts/run_local.sh >"$log" 2>&1 &
serve_pid=$!
up=""
for _ in $(seq 1 600); do
  curl -sf "http://127.0.0.1:$port/ping" >/dev/null 2>&1 && { up=1; break; }
  kill -0 "$serve_pid" 2>/dev/null || break
  sleep 0.5
done
if [[ -n "$up" ]]; then pass "run_local.sh: built and answers /ping on :$port"; else fail "run_local.sh starts" "$(tail -5 "$log")"; exit "$fails"; fi
if grep -q $'\e' "$log"; then fail "run_local.sh log has no ANSI escape codes" "$(grep -c $'\e' "$log") line(s) with ESC"; else pass "run_local.sh log has no ANSI escape codes"; fi
if grep -qi "first build" "$log" || [[ -d "$HOME/.m2/repository/edu/stanford/nlp/stanford-corenlp" ]]; then
  pass "first build announces its downloads (or ~/.m2 already holds them)"
else fail "first build announces its downloads"; fi
banner="$(grep -m1 -i 'serving' "$log")"
if [[ "$banner" == *embedded* ]]; then pass "banner says what it serves: ${banner:0:110}"; else fail "banner says which model it serves" "${banner:-no Serving line}"; fi

# 2. The README's API curl examples (the bash block under "one text, three ways"), against this port.
examples="$(awk '/^```bash$/ {inb=1; buf=""; next} /^```$/ && inb {if (buf ~ /one text, three ways/) print buf; inb=0; next} inb {buf = buf $0 "\n"}' README.md \
  | sed 's/\\$//' | awk '/^#/ {next} /^  / {sub(/^ +/, " "); cmd = cmd $0; next} {if (cmd != "") print cmd; cmd = $0} END {if (cmd != "") print cmd}' \
  | sed "s#localhost:8080#127.0.0.1:$port#g")"
n=0
while IFS= read -r cmd; do
  [[ "$cmd" == *curl* ]] || continue
  n=$((n + 1))
  if [[ "$cmd" == *"> "* ]]; then # writes a file: check where, then read it
    file="$(sed -E 's/.*> *([^ ]+) *$/\1/' <<<"$cmd")"
    [[ "$file" == /tmp/* || "$file" == target/* ]] || fail "API example $n writes outside /tmp or target/" "$file"
    rm -f "$file"
    bash -o pipefail -c "$cmd"; rc=$?
    code="written to $file"; body="$(cat "$file" 2>/dev/null)"
  else
    out="$(bash -o pipefail -c "$cmd -w '\n%{http_code}'" 2>&1)"; rc=$?
    code="$(tail -1 <<<"$out")"; body="$(sed '$d' <<<"$out")"
  fi
  if ((rc == 0)) && [[ "$code" == 200 || "$code" == written* ]] && grep -qE '"label"|"output":\[\["|<mark' <<<"$body"; then
    pass "API example $n: 200 with entities: ${cmd:0:90}"
  else
    fail "API example $n: ${cmd:0:90}" "exit $rc, HTTP $code, ${body:0:160}"
  fi
done <<<"$examples"
((n >= 5)) && pass "found $n curl examples in README's API section" || fail "README's API section has its curl examples" "found $n"
out="$(curl -s -w ' %{http_code}' --data "hello world" "http://127.0.0.1:$port/invocations")"
[[ "$out" == *' 200' ]] && pass "AWS Marketplace smoke test (curl --data \"hello world\"): $out" || fail "AWS Marketplace smoke test" "$out"
out="$(curl -s -H 'Content-Type: text/plain' --data-binary 'Tim Cook said Apple will open a store in Paris.' "http://127.0.0.1:$port/invocations")"
grep -q '"label":"GPE"' <<<"$out" && pass "served model is the embedded one (Paris is GPE)" || fail "served model is the embedded one" "${out:0:160}"

# 3. scripts/train_local.sh on a small file (60 sentences of the SEC filings), into its own folder.
small="$clone/local_test/small-train.conll"; test_small="$clone/local_test/small-test.conll"
mkdir -p "$clone/local_test"
awk 'BEGIN {RS=""; ORS="\n\n"} NR > 1 && NR <= 61' "$shared/data/ner/sec-filings/train.conll" >"$small"
awk 'BEGIN {RS=""; ORS="\n\n"} NR > 1 && NR <= 101' "$shared/data/ner/sec-filings/test.conll" >"$test_small"
tdir="$clone/local_test/train_check"
mkdir -p "$tdir/input/config"
echo '{"algorithm": "maxent", "iterations": "30"}' >"$tdir/input/config/hyperparameters.json"
served_before="$(ls -A "$clone/local_test/opt_ml/model" 2>/dev/null | wc -l)"
if scripts/train_local.sh "$tdir" "$small" >"$clone/train.log" 2>&1 && [[ -f "$tdir/model/ner-model.json" ]]; then
  pass "train_local.sh DIR small-train.conll: exit 0, $tdir/model/ner-model.json written"
else fail "train_local.sh on a small file" "$(tail -3 "$clone/train.log")"; fi
served_after="$(ls -A "$clone/local_test/opt_ml/model" 2>/dev/null | wc -l)"
((served_before == served_after)) && pass "training left run_local.sh's model folder as it was" || fail "training left run_local.sh's model folder alone" "$served_before -> $served_after files"

# 4. scripts/evaluate.sh on the trained model and on the embedded one.
f1_of() { grep -m1 -oE '^test:f1=[0-9.]+' <<<"$1" | cut -d= -f2; }
if out="$(scripts/evaluate.sh --model "$tdir/model" "$test_small" 2>&1)" && [[ -n "$(f1_of "$out")" ]]; then
  pass "evaluate.sh --model DIR/model on 100 test sentences: exit 0, test:f1=$(f1_of "$out")"
else fail "evaluate.sh on the trained model" "$(tail -3 <<<"$out")"; fi
head -3000 "$shared/data/ner/wikigold/wikigold.conll" >"$clone/local_test/wikigold-head.conll"
if out="$(scripts/evaluate.sh --model embedded --label-scheme conll "$clone/local_test/wikigold-head.conll" 2>&1)" \
  && awk -v f="$(f1_of "$out")" 'BEGIN {exit !(f > 0)}'; then
  pass "evaluate.sh --model embedded --label-scheme conll (wikigold head): exit 0, test:f1=$(f1_of "$out")"
else fail "evaluate.sh on the embedded model scores above 0" "$(tail -3 <<<"$out")"; fi

# 5. README points a newcomer needs.
readme_has() { grep -qF -- "$2" README.md && pass "README: $1" || fail "README: $1" "no '$2'"; }
readme_has "first build size" "about 1 GB"
readme_has "how to install Jupyter on Debian" "apt-get install jupyter-notebook"
readme_has "gazetteers hyperparameter row" '| `gazetteers` |'
readme_has "pattern matches score 1.0" "scores 1.0"
readme_has "random validation split overstates" "overstate"
readme_has "ERROR lines of negative tests are expected" "are expected"
readme_has "\"Rhine\" alone and \"Europe\" are GPE" '"Rhine" alone is GPE'
readme_has "whether CI runs newcomer_check.sh" "newcomer_check.sh"

echo "== $fails step(s) failed"
exit "$fails"
