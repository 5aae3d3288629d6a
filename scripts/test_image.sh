#!/usr/bin/env bash
# CI test of the real image, without Docker: builds container/Dockerfile with buildah (chroot
# isolation, vfs storage), prints its size layer by layer, runs `serve` inside it the way
# SageMaker would (model dir at /opt/ml/model, SIGTERM to stop), runs `train` on a mounted
# /opt/ml (a good job and a bad hyperparameter), then pushes it with scripts/build_and_push.sh to
# a throw-away local registry and reads it back. Everything it starts is stopped on exit, pass or fail.
#
# Usage (as root, from anywhere): scripts/test_image.sh
#   NER_IMAGE_CACHE=DIR  keep buildah's storage (base image and layers) in DIR between runs;
#                        by default it lives in a temp dir that is deleted at the end.
#
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
image=localhost/ner-byoc:test
failures=0
log()  { printf '%s test_image: %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }
pass() { printf 'PASS: %s\n' "$*"; }
fail() { printf 'FAIL: %s\n' "$*"; failures=$((failures + 1)); }
die()  { fail "$*"; exit 1; }

[[ $EUID -eq 0 ]] || die "run as root (buildah's chroot isolation and vfs storage need it)"

# --- tools -----------------------------------------------------------------------------------
# JDK, Maven and curl as for the other tests; then what only the image test needs.
# shellcheck source=scripts/ensure_tools.sh
source "$repo/scripts/ensure_tools.sh"
need=()
for tool in buildah:buildah debootstrap:debootstrap skopeo:skopeo docker-registry:docker-registry jq:jq; do
  command -v "${tool%%:*}" >/dev/null || need+=("${tool#*:}")
done
if (( ${#need[@]} )); then
  log "installing ${need[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

# --- state and cleanup -----------------------------------------------------------------------
work="$(mktemp -d /var/tmp/ner-image-test.XXXXXX)"
store="${NER_IMAGE_CACHE:-$work/storage}"
mkdir -p "$store/root" "$store/run" "$work/tmp"
# buildah's per-run scratch dirs land in TMPDIR; keep them inside $work so none outlive the test.
export TMPDIR="$work/tmp"
storage=(--storage-driver vfs --root "$store/root" --runroot "$store/run")
bah() { buildah "${storage[@]}" "$@"; }
ctr=""; run_pid=""; registry_pid=""

cleanup() {
  set +e
  # Processes first (only the ones we started, by pid), then the container, then the files.
  local pids
  pids="$(descendants) $run_pid $registry_pid"
  # shellcheck disable=SC2086  # a list of pids
  [[ -n "${pids// /}" ]] && kill -KILL $pids 2>/dev/null
  wait 2>/dev/null
  [[ -n "$ctr" ]] && bah rm "$ctr" >/dev/null 2>&1
  # The temp storage goes entirely; a cache keeps the base and layers, only the test tag goes.
  if [[ -n "${NER_IMAGE_CACHE:-}" ]]; then bah rmi "$image" >/dev/null 2>&1; else bah rm --all >/dev/null 2>&1; fi
  rm -rf "$work"
}
trap cleanup EXIT

# Every process below our `buildah run`, found by walking the process tree from its pid (never
# by name across the machine). serve_pid is the container's `serve` script among them.
descendants() {
  [[ -n "$run_pid" ]] || return 0
  local queue=("$run_pid") pid child
  while (( ${#queue[@]} )); do
    pid="${queue[0]}"; queue=("${queue[@]:1}")
    # shellcheck disable=SC2013  # the children files are space-separated pids
    for child in $(cat "/proc/$pid/task/"*/children 2>/dev/null); do
      echo "$child"; queue+=("$child")
    done
  done
}
serve_pid() {
  local pid
  for pid in $(descendants); do
    tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -Eq '^(/[^ ]*/)?bash /opt/program/NER/serve( |$)' \
      && { echo "$pid"; return; }
  done
}

# A TCP port nobody listens on (the container shares the host network).
free_port() {
  local p
  for _ in $(seq 200); do
    p=$((20000 + RANDOM % 20000))
    (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null || { echo "$p"; return; }
  done
  echo "no free TCP port found" >&2; return 1
}

# --- base image and build --------------------------------------------------------------------
SECONDS=0
"$repo/scripts/make_base_image.sh" --root "$store/root" --runroot "$store/run"
log "base image ready in ${SECONDS}s"

SECONDS=0
(cd "$repo" && mvn -B -q package -DskipTests)
log "maven package done in ${SECONDS}s"

SECONDS=0
# --layers keeps one layer per Dockerfile step (without it buildah squashes them into one).
bah bud --layers --isolation chroot -f "$repo/container/Dockerfile" -t "$image" "$repo" \
  >"$work/build.log" 2>&1 || { tail -30 "$work/build.log"; die "image build failed (log above)"; }
pass "image built in ${SECONDS}s"

# --- size ------------------------------------------------------------------------------------
inspect="$(bah inspect --type image "$image")"
size_bytes="$(jq '[.Manifest | fromjson | .layers[].size] | add' <<<"$inspect")"
echo "Image $image: $((size_bytes / 1000000)) MB uncompressed"
# Non-empty history entries and manifest layers are in the same order.
paste <(jq -r '.Manifest | fromjson | .layers[] | .size
                | if . >= 1000000 then "\(. / 100000 | round / 10) MB" else "\(. / 1000 | round) kB" end' <<<"$inspect") \
      <(jq -r '.OCIv1.history[] | select(.empty_layer | not) | .created_by
              | sub("^/bin/sh -c (#\\(nop\\) )?"; "") | sub(" (dir|file):[0-9a-f]+ in "; " -> ") | .[0:90]' <<<"$inspect") \
  | sed 's/^/  layer /'
if (( size_bytes <= 600000000 )); then pass "image size ≤ 600 MB"; else fail "image is over 600 MB"; fi
if jq -e '.OCIv1.config.Labels["com.amazonaws.sagemaker.capabilities.accept-bind-to-port"] == "true"' \
     <<<"$inspect" >/dev/null; then
  pass "accept-bind-to-port label set"
else
  fail "accept-bind-to-port label missing"
fi

# --- serve inside the image ------------------------------------------------------------------
mkdir -p "$work/model"
printf '{"engine": "corenlp-embedded", "profile": "fast"}\n' >"$work/model/ner-model.json"
port="$(free_port)"; backend="$(free_port)"
[[ "$backend" != "$port" ]] || backend=$((port + 1))
ctr="$(bah from --pull-never "$image")"
log "serve on :$port (backend :$backend), log in $work/serve.log"
SECONDS=0
bah run --isolation chroot -e SAGEMAKER_BIND_TO_PORT="$port" -e NER_BACKEND_PORT="$backend" \
  -v "$work/model:/opt/ml/model:ro" "$ctr" serve >"$work/serve.log" 2>&1 &
run_pid=$!

ping_code=000
while (( SECONDS < 120 )) && kill -0 "$run_pid" 2>/dev/null; do
  ping_code="$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "http://127.0.0.1:$port/ping" || true)"
  [[ "$ping_code" == 200 ]] && break
  sleep 1
done
if [[ "$ping_code" == 200 ]]; then
  pass "/ping 200 after ${SECONDS}s"
else
  tail -30 "$work/serve.log"
  die "/ping did not answer 200 within 120 s (last: $ping_code)"
fi
# The default profile is "accurate": "fast" in the log proves the mounted /opt/ml/model was read.
if grep -q 'Ready in .*profile fast' "$work/serve.log"; then
  pass "model directory mounted at /opt/ml/model was used (profile fast)"
else
  fail "serve did not load the mounted model directory (expected profile fast in its log)"
fi

answer="$(curl -s --max-time 30 -H 'Content-Type: application/json' \
  -d '{"text":"Barack Obama visited Paris."}' "http://127.0.0.1:$port/invocations" || true)"
echo "  /invocations -> $answer"
if jq -e '[.ents[] | select(.text == "Barack Obama" and (.label | test("^PER")))] | length == 1' \
     <<<"$answer" >/dev/null 2>&1; then
  pass "Barack Obama found as a person"
else
  fail "no PERSON/PER entity 'Barack Obama'"
fi
if jq -e '[.ents[] | select(.text == "Paris" and (.label | test("^(GPE|LOC)")))] | length == 1' \
     <<<"$answer" >/dev/null 2>&1; then
  pass "Paris found as a location"
else
  fail "no GPE/LOC entity 'Paris'"
fi

# SageMaker stops a container with SIGTERM and kills it 30 s later.
serve_pid="$(serve_pid)"
if [[ -z "$serve_pid" ]]; then
  fail "could not find the serve process under buildah run (pid $run_pid)"
else
  kill -TERM "$serve_pid"
  SECONDS=0
  while kill -0 "$run_pid" 2>/dev/null && (( SECONDS < 30 )); do sleep 0.5; done
  if kill -0 "$run_pid" 2>/dev/null; then
    fail "serve still running 30 s after SIGTERM"
  else
    rc=0; wait "$run_pid" || rc=$?
    run_pid=""
    if (( rc == 0 )); then pass "serve exited 0 ${SECONDS}s after SIGTERM"; else fail "serve exited $rc after SIGTERM"; fi
  fi
fi

# --- train inside the image ------------------------------------------------------------------
# As SageMaker runs a training job: /opt/ml mounted, `train` as the command; then a bad
# hyperparameter must fail with exit 2 and an actionable failure file.
train_data="$repo/../shared/data/ner/sec-filings/train.conll"
if [[ ! -f "$train_data" ]]; then
  fail "no training data at $train_data (../shared beside the checkout)"
else
  for case in good bad; do
    ml="$work/train-$case"
    mkdir -p "$ml/input/config" "$ml/input/data/train" "$ml/model" "$ml/output"
    head -n 4000 "$train_data" >"$ml/input/data/train/train.conll"
    printf '{"train": {"TrainingInputMode": "File", "S3DistributionType": "FullyReplicated"}}\n' \
      >"$ml/input/config/inputdataconfig.json"
    if [[ "$case" == good ]]; then
      # encoder_tags: the contextual encoder's native libraries (ONNX Runtime, tokenizer) must load in the image.
      printf '{"algorithm": "perceptron", "iterations": "30", "encoder_tags": "true"}\n' >"$ml/input/config/hyperparameters.json"
    else
      printf '{"algoritm": "perceptron"}\n' >"$ml/input/config/hyperparameters.json"
    fi
    SECONDS=0
    rc=0
    timeout 900 buildah "${storage[@]}" run --isolation chroot -v "$ml:/opt/ml" "$ctr" train \
      >"$work/train-$case.log" 2>&1 || rc=$?
    if [[ "$case" == good ]]; then
      if (( rc == 0 )) && [[ -f "$ml/model/ner-model.json" && ! -e "$ml/output/failure" ]] \
         && grep -q 'validation:f1=' "$work/train-$case.log"; then
        pass "train in the image wrote an encoder_tags model in ${SECONDS}s ($(grep -o 'validation:f1=[0-9.]*' "$work/train-$case.log" | head -1))"
      else
        tail -20 "$work/train-$case.log"
        fail "train in the image (exit $rc)"
      fi
    else
      if (( rc == 2 )) && grep -q 'algoritm' "$ml/output/failure" 2>/dev/null; then
        pass "bad hyperparameter: exit 2, failure file says: $(head -c 120 "$ml/output/failure")"
      else
        head -5 "$ml/output/failure" 2>/dev/null
        fail "bad hyperparameter should exit 2 with a failure file naming it (exit $rc)"
      fi
    fi
  done
fi

# --- push to a local registry and read it back -----------------------------------------------
rport="$(free_port)"
mkdir -p "$work/registry"
cat >"$work/registry/config.yml" <<EOF
version: 0.1
log: {level: warn}
storage: {filesystem: {rootdirectory: $work/registry/data}}
http: {addr: "127.0.0.1:$rport"}
EOF
docker-registry serve "$work/registry/config.yml" >"$work/registry.log" 2>&1 &
registry_pid=$!
for _ in $(seq 50); do
  curl -sf -o /dev/null "http://127.0.0.1:$rport/v2/" && break
  sleep 0.2
done
remote="127.0.0.1:$rport/ner-byoc:test"
# The user's push script, pointed at our buildah storage through a containers storage.conf.
cat >"$work/storage.conf" <<EOF
[storage]
driver = "vfs"
runroot = "$store/run"
graphroot = "$store/root"
EOF
SECONDS=0
if pushed_uri="$(CONTAINERS_STORAGE_CONF="$work/storage.conf" CONTAINER_ENGINE=buildah \
      "$repo/scripts/build_and_push.sh" --registry "127.0.0.1:$rport" --insecure --skip-build ner-byoc test 2>"$work/push.log" | tail -n 1)" \
   && [[ "$pushed_uri" == "$remote" ]] \
   && remote_json="$(skopeo inspect --tls-verify=false "docker://$remote")" \
   && jq -e '.Labels["com.amazonaws.sagemaker.capabilities.accept-bind-to-port"] == "true"' \
        <<<"$remote_json" >/dev/null; then
  pushed_mb="$(skopeo inspect --raw --tls-verify=false "docker://$remote" | jq '[.layers[].size] | add / 1000000 | round')"
  pass "build_and_push.sh --registry pushed $pushed_uri, read back in ${SECONDS}s ($(jq '.Layers | length' <<<"$remote_json") layers, $pushed_mb MB compressed)"
else
  cat "$work/push.log" "$work/registry.log" | tail -20
  fail "push with build_and_push.sh to / inspect from the local registry"
fi

if (( failures )); then echo "FAIL: $failures check(s) failed"; exit 1; fi
echo "PASS: image test"
