#!/usr/bin/env bash
# The test command: unit tests (fast, no big models) and integration tests that start the real
# container/NER/serve with real nginx on free ports. Installs nginx/JDK/Maven when missing.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=scripts/ensure_tools.sh
source scripts/ensure_tools.sh
exec mvn -B verify "$@"
