#!/usr/bin/env bash
# Runs notebooks/ner_endpoint.ipynb headless in LOCAL mode: starts container/NER/serve from this
# checkout on a free port, executes the notebook's invoke, render and plot cells with the real boto3
# client against it, and stops the server whatever happens. Keeps the executed notebook and its plot:
# target/notebook/ner_endpoint.executed.ipynb and target/notebook/labels.png.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=scripts/ensure_tools.sh
source scripts/ensure_tools.sh
pkgs=()
for mod in nbclient ipykernel boto3 matplotlib nbformat; do
  /usr/bin/python3 -c "import $mod" 2>/dev/null || pkgs+=("python3-$mod")
done
if ((${#pkgs[@]})); then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${pkgs[@]}" >/dev/null
fi
[[ -f target/ner-byoc.jar ]] || build_jar

free_port() { /usr/bin/python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
port="$(free_port)"; backend="$(free_port)"
ml="$(mktemp -d)"; mkdir -p "$ml/model"
log="$ml/serve.log"
NER_ML_ROOT="$ml" SAGEMAKER_BIND_TO_PORT="$port" NER_BACKEND_PORT="$backend" container/NER/serve >"$log" 2>&1 &
serve_pid=$!
stop() { kill -TERM "$serve_pid" 2>/dev/null || true; wait "$serve_pid" 2>/dev/null || true; rm -rf "$ml"; }
trap stop EXIT
for _ in $(seq 1 120); do
  curl -sf "http://127.0.0.1:$port/ping" >/dev/null 2>&1 && break
  kill -0 "$serve_pid" 2>/dev/null || { cat "$log"; echo "serve died" >&2; exit 1; }
  sleep 0.5
done
LOCAL_URL="http://127.0.0.1:$port" PYDEVD_DISABLE_FILE_VALIDATION=1 /usr/bin/python3 -Xfrozen_modules=off scripts/run_notebook.py
