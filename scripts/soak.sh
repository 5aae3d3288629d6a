#!/usr/bin/env bash
# Reliability run (figures in docs/RELIABILITY.md): a soak of mixed document sizes at concurrency
# 16 (default 10 minutes after a 1-minute warm-up) with /ping polled every 500 ms and the JVM's RSS
# sampled every 5 s; then an overload run with more callers than workers + queue, which must get
# fast 503s, not time-outs. Only talks to 127.0.0.1; stops everything it started.
#   scripts/soak.sh [--duration SECONDS] [--warmup SECONDS] [--concurrency N]
set -euo pipefail
cd "$(dirname "$0")/.."
duration=600 warmup=60 concurrency=16
while (($#)); do
  case "$1" in
    --duration) duration="$2"; shift ;;
    --warmup) warmup="$2"; shift ;;
    --concurrency) concurrency="$2"; shift ;;
    *) echo "usage: scripts/soak.sh [--duration S] [--warmup S] [--concurrency N]" >&2; exit 2 ;;
  esac
  shift
done
# shellcheck source=scripts/ensure_tools.sh
source scripts/ensure_tools.sh
mvn -B -q package -DskipTests
mvn -B -q test-compile
cp="target/test-classes:target/classes:target/lib/*"
free_port() { /usr/bin/python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
work="$(mktemp -d)"
serve_pid=""
stop() { if [[ -n "$serve_pid" ]]; then kill -TERM "$serve_pid" 2>/dev/null || true; wait "$serve_pid" 2>/dev/null || true; fi; serve_pid=""; }
trap 'stop; rm -rf "$work"' EXIT

start() { # start ENV... : serve with an empty model dir (embedded model), wait for /ping
  port="$(free_port)"; backend="$(free_port)"
  mkdir -p "$work/ml/model"
  env "$@" NER_ML_ROOT="$work/ml" SAGEMAKER_BIND_TO_PORT="$port" NER_BACKEND_PORT="$backend" \
    container/NER/serve >"$work/serve.log" 2>&1 &
  serve_pid=$!
  for _ in $(seq 1 240); do
    curl -sf "http://127.0.0.1:$port/ping" >/dev/null 2>&1 && break
    sleep 0.25
  done
  jvm_pid="$(ss -ltnpH "sport = :$backend" | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2)"
}

echo "# Soak: $(date -u +%FT%TZ), commit $(git rev-parse --short HEAD), load $(cut -d' ' -f1-3 /proc/loadavg)"
start NER_PROFILE="${NER_PROFILE:-accurate}"
java -cp "$cp" io.nerbyoc.bench.Soak --port "$port" --pid "$jvm_pid" --concurrency "$concurrency" \
  --warmup-s "$warmup" --duration-s "$duration"
errors_in_log="$(grep -c ' ERROR ' "$work/serve.log" || true)"
echo; echo "serve log: $errors_in_log ERROR lines"
stop

echo; echo "# Overload: 2 workers, queue 4, 48 callers for 20 s"
start NER_PROFILE="${NER_PROFILE:-accurate}" MODEL_SERVER_WORKERS=2 NER_QUEUE_SIZE=4
java -cp "$cp" io.nerbyoc.bench.Soak --port "$port" --overload true --concurrency 48 --duration-s 20
echo "/ping after overload: $(curl -s -o /dev/null -w '%{http_code} in %{time_total}s' "http://127.0.0.1:$port/ping")"
