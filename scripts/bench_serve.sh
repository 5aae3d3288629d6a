#!/usr/bin/env bash
# One command for every serving figure in docs/PERFORMANCE.md: builds, then for each profile
# runs the in-process ceiling, starts container/NER/serve (nginx + JVM), times start -> /ping 200,
# drives closed-loop load at each concurrency, reads peak RSS, scores wikigold through HTTP; then
# runs Stanford's own StanfordCoreNLPServer on the same texts. Prints a Markdown report.
# Everything it starts is stopped on exit; it only talks to 127.0.0.1.
set -euo pipefail

usage() {
  cat <<'EOF'
Usage: scripts/bench_serve.sh [options]
  --duration S           timed phase per point, seconds (default 20)
  --warmup S             warm-up per point, seconds (default 5)
  --concurrency LIST     HTTP concurrency levels (default 1,2,4)
  --profiles LIST        profiles, space-separated (default "fast accurate")
  --corenlp-duration S   timed phase per CoreNLP server point (default 15; it does ~400 tokens/s)
  --skip-corenlp         do not run StanfordCoreNLPServer
  --skip-build           use the existing target/ (needs target/test-classes)
  --server-java-opts S   JAVA_OPTS for the served JVM (e.g. "-Xmx1g"), default none
  --out FILE             also write the report to FILE
Example (quick proof run): scripts/bench_serve.sh --duration 5 --warmup 2 --corenlp-duration 5
EOF
}

duration=20; warmup=5; concurrency=1,2,4; profiles="fast accurate"; corenlp_duration=15
run_corenlp=1; build=1; server_java_opts=""; out=""
while (( $# )); do
  case "$1" in
    --duration) duration="$2"; shift 2 ;;
    --warmup) warmup="$2"; shift 2 ;;
    --concurrency) concurrency="$2"; shift 2 ;;
    --profiles) profiles="$2"; shift 2 ;;
    --corenlp-duration) corenlp_duration="$2"; shift 2 ;;
    --skip-corenlp) run_corenlp=0; shift ;;
    --skip-build) build=0; shift ;;
    --server-java-opts) server_java_opts="$2"; shift 2 ;;
    --out) out="$2"; shift 2 ;;
    -h|--help) usage; exit 0 ;;
    *) usage >&2; exit 2 ;;
  esac
done

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
log() { printf '%s bench: %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

corenlp_version=4.5.10
models_jar="${HOME}/.m2/repository/edu/stanford/nlp/stanford-corenlp/${corenlp_version}/stanford-corenlp-${corenlp_version}-models.jar"
wikigold="${NER_DATA_DIR:-$root/../shared/data/ner}/wikigold/wikigold.conll"
[[ -f "$wikigold" ]] || die "no $wikigold; set NER_DATA_DIR to the folder holding wikigold/."
command -v nginx >/dev/null || die "nginx is not on PATH (apt-get install -y nginx-light)."
command -v curl >/dev/null || die "curl is not on PATH."

work="$(mktemp -d "${TMPDIR:-/tmp}/ner-bench.XXXXXX")"
results="$work/results.tsv"
started=()   # pids of everything this script started, stopped in cleanup
cleanup() {
  local rc=$? pid
  for pid in "${started[@]}"; do stop_pid "$pid"; done
  if (( rc == 0 )); then rm -rf "$work"; else log "failed (exit $rc); logs kept in $work"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# SIGTERM, then up to 30 s for a clean exit (serve drains), then SIGKILL.
stop_pid() {
  local pid="$1" i
  kill -0 "$pid" 2>/dev/null || return 0
  kill -TERM "$pid" 2>/dev/null || true
  for (( i = 0; i < 300; i++ )); do
    kill -0 "$pid" 2>/dev/null || { wait "$pid" 2>/dev/null || true; return 0; }
    sleep 0.1
  done
  log "pid $pid ignored SIGTERM for 30 s; killing it"
  kill -KILL "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
}

# A loopback port nobody listens on (bounded search from a random start).
free_port() {
  local p i
  for (( i = 0; i < 200; i++ )); do
    p=$(( 20000 + (RANDOM % 30000) ))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then echo "$p"; return 0; fi
  done
  die "no free port found"
}

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }
record() { printf '%s\t%s\n' "$1" "$2" >> "$results"; }
value() { awk -F'\t' -v k="$1" '$1 == k { v = $2 } END { print (v == "" ? "n/a" : v) }' "$results"; }
# CPU time (user + system) of a process so far, in clock ticks.
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat" 2>/dev/null || echo 0; }
hwm_kib() { awk '/^VmHWM:/ { print $2 }' "/proc/$1/status" 2>/dev/null || echo 0; }

if (( build )); then
  log "building (mvn -B -q package -DskipTests)"
  mvn -B -q package -DskipTests >&2
fi
[[ -d target/test-classes/io/nerbyoc/bench ]] || die "target/test-classes has no bench classes; run without --skip-build."
cp="target/test-classes:target/classes:target/lib/*"
# jdk.incubator.vector: the accurate profile's learned decider runs its spaCy network with SIMD, as serve does.
bench_java=(java --add-modules=jdk.incubator.vector -XX:+UseParallelGC -Dfile.encoding=UTF-8 -cp "$cp")
phase=(--warmup-s "$warmup" --duration-s "$duration" --docs "$wikigold" --results "$results")
report="$work/report.md"
: > "$report"
emit() { printf '%s\n' "$*" >> "$report"; }

emit "# Serving benchmark"
emit ""
emit "- commit: $(git rev-parse --short HEAD 2>/dev/null || echo unknown)$(git diff --quiet 2>/dev/null || echo ' (dirty)')"
emit "- date: $(date -u +%Y-%m-%dT%H:%M:%SZ); machine: $(nproc) cores, $(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo), $(awk '/MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo)"
emit "- java: $(java -version 2>&1 | head -1); nginx: $(nginx -v 2>&1 | sed 's/^nginx version: //')"
emit "- load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
emit "- phases: warm-up ${warmup} s + ${duration} s timed per point; CoreNLP server ${corenlp_duration} s; documents ~200 whitespace tokens from wikigold; tokens = whitespace tokens sent"
emit ""

throughput="$work/throughput.md"
accuracy="$work/accuracy.md"
: > "$throughput"; : > "$accuracy"

# Starts serve for profile $1; sets serve_pid, port; records start -> /ping 200. Returns 1 when
# serve exits during start (on a shared machine something else may signal it), after showing why.
start_serve_once() {
  local profile="$1" backend code="" t0 i
  port="$(free_port)"; backend="$(free_port)"
  [[ "$backend" == "$port" ]] && backend=$(( port + 1 ))
  mkdir -p "$work/ml-$profile/model"
  t0="$(now_ms)"
  NER_ML_ROOT="$work/ml-$profile" SAGEMAKER_BIND_TO_PORT="$port" NER_BACKEND_PORT="$backend" \
    NER_PROFILE="$profile" JAVA_OPTS="$server_java_opts" \
    container/NER/serve > "$work/serve-$profile.log" 2>&1 &
  serve_pid=$!
  started+=("$serve_pid")
  for (( i = 0; i < 1200; i++ )); do   # 1200 x >= 50 ms: gives up after about a minute
    code="$(curl -s -o /dev/null -w '%{http_code}' -m 2 "http://127.0.0.1:$port/ping" || true)"
    [[ "$code" == 200 ]] && break
    if ! kill -0 "$serve_pid" 2>/dev/null; then
      grep -v '"GET /ping"' "$work/serve-$profile.log" | tail -8 >&2
      return 1
    fi
    sleep 0.05
  done
  [[ "$code" == 200 ]] || { tail -20 "$work/serve-$profile.log" >&2; die "serve ($profile) never answered /ping 200"; }
  record "start_ms.$profile" "$(( $(now_ms) - t0 ))"
}

start_serve() {
  local attempt
  for attempt in 1 2 3; do
    start_serve_once "$1" && return 0
    log "serve ($1) exited during start (attempt $attempt of 3); see its log lines above"
  done
  die "serve ($1) did not start"
}

# Sets java_pid and nginx_master: serve's two children.
server_pids() {
  java_pid="$(pgrep -P "$serve_pid" -x java || true)"
  nginx_master="$(pgrep -P "$serve_pid" -x nginx || true)"
  [[ -n "$java_pid" && -n "$nginx_master" ]] || { tail -20 "$work/serve-$1.log" >&2; die "serve ($1) is gone (its log above says whether it was signalled from outside); re-run"; }
}

nginx_ticks() {
  local t w
  t="$(cpu_ticks "$nginx_master")"
  for w in $(pgrep -P "$nginx_master"); do t=$(( t + $(cpu_ticks "$w") )); done
  echo "$t"
}

# Server-side CPU per request over all HTTP points of a profile (warm-up included), in ms: robust
# to other load on the machine, unlike tokens/s.
record_cpu_per_request() {
  local profile="$1" n hz
  hz="$(getconf CLK_TCK)"
  n="$(awk -F'\t' -v p="$profile." 'index($1, p) == 1 && $1 ~ /\.c[0-9]+\.issued$/ { n += $2 } END { print n + 0 }' "$results")"
  (( n > 0 )) || return 0
  record "cpu_ms_per_request.java.$profile" "$(awk -v t="$2" -v hz="$hz" -v n="$n" 'BEGIN { printf "%.3f", 1000 * t / hz / n }')"
  record "cpu_ms_per_request.nginx.$profile" "$(awk -v t="$3" -v hz="$hz" -v n="$n" 'BEGIN { printf "%.3f", 1000 * t / hz / n }')"
}

# Peak RSS of serve's JVM and of nginx (master + workers), in MiB.
record_rss() {
  local profile="$1" kib w
  server_pids "$profile"
  record "rss_mib.java.$profile" "$(( $(hwm_kib "$java_pid") / 1024 ))"
  kib="$(hwm_kib "$nginx_master")"
  for w in $(pgrep -P "$nginx_master"); do kib=$(( kib + $(hwm_kib "$w") )); done
  record "rss_mib.nginx.$profile" "$(( kib / 1024 ))"
}

first_row=true
for profile in $profiles; do
  log "$profile: in-process ceiling (1 and 2 threads)"
  "${bench_java[@]}" io.nerbyoc.bench.InProcessCeiling --profile "$profile" --models target/models \
    --threads 1,2 --header "$first_row" "${phase[@]}" >> "$throughput" 2>> "$work/inproc.log"
  first_row=false
  log "$profile: starting serve"
  start_serve "$profile"
  log "$profile: /ping 200 after $(value "start_ms.$profile") ms; HTTP load at concurrency $concurrency"
  server_pids "$profile"
  jvm0="$(cpu_ticks "$java_pid")"; nginx0="$(nginx_ticks)"
  "${bench_java[@]}" io.nerbyoc.bench.LoadGenerator --port "$port" --target ours --name "$profile" \
    --concurrency "$concurrency" --header false "${phase[@]}" >> "$throughput"
  record_cpu_per_request "$profile" "$(( $(cpu_ticks "$java_pid") - jvm0 ))" "$(( $(nginx_ticks) - nginx0 ))"
  if [[ "$profile" == fast ]]; then
    log "fast: the same at concurrency 1 with java.net.http, to show the client's own cost"
    "${bench_java[@]}" io.nerbyoc.bench.LoadGenerator --port "$port" --target ours --name "fast (java.net.http client)" \
      --client jdk --concurrency 1 --header false "${phase[@]}" >> "$throughput"
  fi
  record_rss "$profile"
  log "$profile: wikigold accuracy through HTTP"
  { echo "### $profile"; echo; "${bench_java[@]}" io.nerbyoc.bench.HttpAccuracy --port "$port" --name "$profile" \
      --docs "$wikigold" --results "$results"; echo; } >> "$accuracy"
  stop_pid "$serve_pid"
done

if (( run_corenlp )); then
  [[ -f "$models_jar" ]] || die "no $models_jar; run 'mvn -B dependency:resolve' once, or pass --skip-corenlp."
  # StanfordCoreNLPServer has no bind-address flag (it listens on the wildcard address); keep it to
  # IPv4 (its block list ignores IPv6) and refuse every client outside 127.0.0.0/8.
  printf '%s\n' 0.0.0.0/2 64.0.0.0/3 96.0.0.0/4 112.0.0.0/5 120.0.0.0/6 124.0.0.0/7 126.0.0.0/8 128.0.0.0/1 \
    > "$work/corenlp-blocklist"
  cport="$(free_port)"
  log "CoreNLP server: starting on :$cport (first answer loads its models)"
  t0="$(now_ms)"
  java -mx4g -Djava.net.preferIPv4Stack=true -cp "target/lib/*:$models_jar" \
    edu.stanford.nlp.pipeline.StanfordCoreNLPServer -port "$cport" -timeout 60000 -quiet true \
    -blockList "$work/corenlp-blocklist" > "$work/corenlp.log" 2>&1 &
  corenlp_pid=$!
  started+=("$corenlp_pid")
  props='%7B%22annotators%22%3A%22tokenize%2Cssplit%2Cpos%2Clemma%2Cner%22%2C%22outputFormat%22%3A%22json%22%7D'
  code=""
  for (( i = 0; i < 600; i++ )); do   # 600 x >= 100 ms; each try may wait up to 90 s for the load
    code="$(curl -s -o /dev/null -w '%{http_code}' -m 90 --data-binary 'Tim Cook visited Paris.' \
      -H 'Content-Type: text/plain; charset=utf-8' "http://127.0.0.1:$cport/?properties=$props" || true)"
    [[ "$code" == 200 ]] && break
    kill -0 "$corenlp_pid" 2>/dev/null || { tail -20 "$work/corenlp.log" >&2; die "CoreNLP server exited"; }
    sleep 0.1
  done
  [[ "$code" == 200 ]] || die "CoreNLP server never answered"
  record start_ms.corenlp "$(( $(now_ms) - t0 ))"
  log "CoreNLP server: first answer after $(value start_ms.corenlp) ms; load at concurrency 1,2"
  "${bench_java[@]}" io.nerbyoc.bench.LoadGenerator --port "$cport" --target corenlp --name corenlp-server \
    --concurrency 1,2 --header false --warmup-s "$warmup" \
    --duration-s "$corenlp_duration" --docs "$wikigold" --results "$results" >> "$throughput"
  record rss_mib.java.corenlp "$(( $(hwm_kib "$corenlp_pid") / 1024 ))"
  stop_pid "$corenlp_pid"
fi

# ---- the report ---------------------------------------------------------------------------------
ratio() { awk -v a="$(value "$1")" -v b="$(value "$2")" 'BEGIN { if (b + 0 > 0 && a != "n/a") printf "%.1f", a / b; else print "n/a" }'; }
meets() { awk -v v="$1" -v op="$2" -v t="$3" 'BEGIN { if (v == "n/a") print "n/a"; else if ((op == ">=" && v + 0 >= t) || (op == "<=" && v + 0 <= t)) print "yes"; else print "**no**" }'; }
# row NAME OP GOAL MEASURED: one line of the targets table, numbers rounded to one decimal.
row() {
  local shown
  shown="$(awk -v v="$4" 'BEGIN { if (v == "n/a") print v; else printf "%.1f", v }')"
  emit "| $1 | $2 $3 | $shown | $(meets "$4" "$2" "$3") |"
}
rss_total() { awk -v a="$(value "rss_mib.java.$1")" -v b="$(value "rss_mib.nginx.$1")" 'BEGIN { if (a == "n/a") print "n/a"; else print a + b }'; }
c_max="${concurrency##*,}"

emit "## Throughput and latency"
emit ""
cat "$throughput" >> "$report"
if [[ " $profiles " == *" fast "* ]]; then
  emit ""
  emit "Load generator CPU per request at concurrency 1 (fast): raw socket client $(value fast.c1.client_cpu_us) µs, java.net.http $(value 'fast (java.net.http client).c1.client_cpu_us') µs."
fi
emit ""
emit "## Start, memory, CoreNLP server ratio"
emit ""
emit "| system | start -> /ping 200 (or first answer) ms | peak RSS JVM MiB | peak RSS nginx MiB | CPU ms per request: JVM | nginx | in-process |"
emit "|---|---|---|---|---|---|---|"
for profile in $profiles; do
  emit "| $profile | $(value "start_ms.$profile") | $(value "rss_mib.java.$profile") | $(value "rss_mib.nginx.$profile") | $(value "cpu_ms_per_request.java.$profile") | $(value "cpu_ms_per_request.nginx.$profile") | $(value "cpu_ms_per_request.inproc.$profile") |"
done
(( run_corenlp )) && emit "| corenlp-server | $(value start_ms.corenlp) | $(value rss_mib.java.corenlp) | - | - | - | - |"
emit ""
emit "CPU per request counts every request of the HTTP points (in-process: every document), warm-up, JIT and GC included; it does not depend on other load on the machine the way tokens/s does."
if (( run_corenlp )); then
  emit ""
  emit "| ratio ours / CoreNLP server (tokens/s) | concurrency 1 | concurrency 2 |"
  emit "|---|---|---|"
  for profile in $profiles; do
    emit "| $profile | $(ratio "$profile.c1.tokens_per_s" corenlp-server.c1.tokens_per_s)x | $(ratio "$profile.c2.tokens_per_s" corenlp-server.c2.tokens_per_s)x |"
  done
fi
emit ""
emit "## Accuracy: wikigold through HTTP, label_scheme=conll, exact span and type"
emit ""
cat "$accuracy" >> "$report"
emit "## Targets"
emit ""
emit "| target | goal | measured | met |"
emit "|---|---|---|---|"
for profile in $profiles; do
  case "$profile" in
    fast) row "fast through nginx, concurrency $c_max, tokens/s" ">=" 30000 "$(value "fast.c$c_max.tokens_per_s")"
          row "fast through nginx / best in-process, %" ">=" 85 "$(awk -v a="$(value "fast.c$c_max.tokens_per_s")" \
            -v b1="$(value inproc.fast.t1.tokens_per_s)" -v b2="$(value inproc.fast.t2.tokens_per_s)" \
            'BEGIN { b = (b2 + 0 > b1 + 0) ? b2 : b1; if (b + 0 > 0 && a != "n/a") printf "%.0f", 100 * a / b; else print "n/a" }')"
          row "fast p99 at concurrency 1, ms" "<=" 50 "$(value fast.c1.p99_ms)" ;;
    accurate) row "accurate through nginx, concurrency $c_max, tokens/s" ">=" 10000 "$(value "accurate.c$c_max.tokens_per_s")"
              row "accurate wikigold F1 (CoNLL types)" ">=" 70 "$(value f1.accurate)" ;;
  esac
  row "$profile start -> /ping 200, ms" "<=" 5000 "$(value "start_ms.$profile")"
  row "$profile peak RSS, JVM + nginx, MiB" "<=" 1536 "$(rss_total "$profile")"
done
emit ""
emit "- load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"

cat "$report"
if [[ -n "$out" ]]; then cp "$report" "$out"; fi
log "done"
