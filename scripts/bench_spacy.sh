#!/usr/bin/env bash
# Speed of a spaCy pipeline served by this container against spaCy itself, on the same texts
# (wikigold documents of ~200 whitespace tokens) and the same machine: spaCy's nlp.pipe in one
# process at its best batch size, the Java engine in-process (1 and 2 threads), and the server
# through nginx at concurrency 1, 2, 4. Also the pipeline's load time. Prints a Markdown report
# (docs/PERFORMANCE.md "spaCy pipelines"). Needs the spaCy venv of scripts/make_spacy_fixtures.sh.
#   scripts/bench_spacy.sh [--pipeline DIR] [--duration S] [--warmup S] [--skip-build]
set -euo pipefail
cd "$(dirname "$0")/.."
pipeline=src/test/resources/spacy/default/pipeline; duration=15; warmup=5; build=1
while (( $# )); do
  case "$1" in
    --pipeline) pipeline="$2"; shift 2 ;;
    --duration) duration="$2"; shift 2 ;;
    --warmup) warmup="$2"; shift 2 ;;
    --skip-build) build=0; shift ;;
    *) echo "usage: scripts/bench_spacy.sh [--pipeline DIR] [--duration S] [--warmup S] [--skip-build]" >&2; exit 2 ;;
  esac
done
venv="${SPACY_VENV:-$HOME/.venvs/spacy}"
[[ -x "$venv/bin/python" ]] || { echo "no spaCy venv at $venv: run scripts/make_spacy_fixtures.sh first" >&2; exit 1; }
log() { printf '%s bench_spacy: %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }
free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
work="$(mktemp -d)"
serve_pid=""
cleanup() { [[ -n "$serve_pid" ]] && kill -TERM "$serve_pid" 2>/dev/null && wait "$serve_pid" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT
if (( build )); then
  log "building (mvn package -DskipTests)"
  mvn -B -q package -DskipTests >&2
fi
cp="target/test-classes:target/classes:target/lib/*"
docs=../shared/data/ner/wikigold/wikigold.conll
echo "# spaCy pipeline benchmark"
echo
echo "- pipeline: $pipeline ($(du -sh "$pipeline" | cut -f1) on disk); commit $(git rev-parse --short HEAD); $(nproc) cores; load average at start $(cut -d' ' -f1-3 /proc/loadavg)"
echo "- texts: wikigold documents of ~200 whitespace tokens; tokens/s counts whitespace tokens for every system"
echo
log "Java engine in-process"
java --add-modules=jdk.incubator.vector -XX:+UseParallelGC -cp "$cp" io.nerbyoc.bench.SpacyInProcess \
  --pipeline "$pipeline" --docs "$docs" --texts-out "$work/texts.jsonl" --warmup-s "$warmup" --duration-s "$duration" \
  2>/dev/null | sed 's/^/- Java engine /'
log "spaCy nlp.pipe"
"$venv/bin/python" scripts/spacy_pipelines/bench_spacy.py "$pipeline" "$work/texts.jsonl" "$duration" | sed 's/^/- /'
log "server through nginx"
mkdir -p "$work/ml/model"
cp -r "$pipeline" "$work/ml/model/pipeline"
port="$(free_port)"; backend="$(free_port)"
t0=$(( $(date +%s%N) / 1000000 ))
NER_ML_ROOT="$work/ml" SAGEMAKER_BIND_TO_PORT="$port" NER_BACKEND_PORT="$backend" container/NER/serve > "$work/serve.log" 2>&1 &
serve_pid=$!
for _ in $(seq 1 600); do
  [[ "$(curl -s -o /dev/null -w '%{http_code}' -m 2 "http://127.0.0.1:$port/ping" || true)" == 200 ]] && break
  kill -0 "$serve_pid" 2>/dev/null || { tail -20 "$work/serve.log" >&2; exit 1; }
  sleep 0.1
done
echo "- server start to /ping 200: $(( $(date +%s%N) / 1000000 - t0 )) ms; $(grep -o 'Loaded spaCy pipeline.* ms' "$work/serve.log" | head -1)"
# One pass over every text first (as the in-process and spaCy runs have): warm caches and JIT.
curl -s -o /dev/null "http://127.0.0.1:$port/invocations" -H 'Content-Type: application/jsonlines' \
  --data-binary @"$work/texts.jsonl"
echo
java -cp "$cp" io.nerbyoc.bench.LoadGenerator --port "$port" --docs "$docs" --concurrency 1,2,4 \
  --warmup-s "$warmup" --duration-s "$duration" --name "spaCy pipeline (Java)"
java_pid="$(pgrep -P "$serve_pid" -x java || true)"
[[ -n "$java_pid" ]] && echo && echo "- server JVM RSS after the run: $(awk '/VmRSS/ {print $2 " kB"}' "/proc/$java_pid/status")"
