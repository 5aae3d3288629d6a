#!/usr/bin/env bash
# Installs what a fresh Debian/Ubuntu machine lacks to build, run and test the service:
# nginx (the front proxy serve starts), a JDK 17 and Maven. Sourced by the other scripts.
set -euo pipefail

missing=()
command -v nginx >/dev/null 2>&1 || [[ -x /usr/sbin/nginx ]] || missing+=(nginx)
command -v javac >/dev/null 2>&1 || missing+=(openjdk-17-jdk-headless)
command -v mvn >/dev/null 2>&1 || missing+=(maven)
command -v curl >/dev/null 2>&1 || missing+=(curl)
if ((${#missing[@]})); then
  if [[ $(id -u) -ne 0 ]]; then
    sudo="sudo"
  else
    sudo=""
  fi
  echo "Installing: ${missing[*]}" >&2
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
# Debian puts nginx in /usr/sbin, which is not on a normal user's PATH.
case ":$PATH:" in *:/usr/sbin:*) ;; *) export PATH="$PATH:/usr/sbin" ;; esac
# Debian's Maven 3.8.7 (jansi 2) prints stray ESC[0m reset codes on stdout and stderr even with -B;
# jansi.noreset stops them, so logs start clean.
case " ${MAVEN_OPTS:-} " in *jansi.noreset*) ;; *) export MAVEN_OPTS="${MAVEN_OPTS:-} -Djansi.noreset=true" ;; esac

# build_jar: builds target/ner-byoc.jar (skipping tests). The first build on a machine downloads
# about 1 GB of jars into ~/.m2 (CoreNLP's two model jars 453 + 425 MB, ONNX Runtime 89 MB), so it
# says so and shows Maven's per-file download lines (-B: no colours, no progress bar); later
# builds, with everything in ~/.m2, stay quiet.
build_jar() {
  local m2="${HOME}/.m2/repository"
  if [[ -d "$m2/edu/stanford/nlp/stanford-corenlp" && -d "$m2/com/microsoft/onnxruntime" ]]; then
    mvn -B -q package -DskipTests
  else
    echo "First build: Maven downloads about 1 GB of jars into ~/.m2 (CoreNLP models 878 MB," \
      "ONNX Runtime 89 MB; ~1.5 GB with the build's plugins): minutes at ordinary bandwidth." >&2
    local rc=0
    mvn -B -Dstyle.color=never package -DskipTests 2>&1 \
      | { grep --line-buffered -E '^\[INFO\] (Download(ed|ing) from|BUILD|Total time)|ERROR' || true; } >&2 || rc=$?
    ((rc == 0)) || { echo "build failed (mvn exit $rc): run 'mvn -B package -DskipTests' for the whole log" >&2; return "$rc"; }
  fi
}
