#!/usr/bin/env bash
# Makes the spaCy test fixtures under src/test/resources/spacy/: small spaCy 3.8.16 NER pipelines
# trained on wikigold (../shared/data/ner), saved with nlp.to_disk, and spaCy's own tokens and
# entities on texts none of them trained on (expected.jsonl). The build and the tests never run
# this: its output is committed. Needs Python 3.11 and the offline wheels in ../shared/tools.
#   scripts/make_spacy_fixtures.sh [variant ...]   (default: all; see VARIANTS in the .py)
set -euo pipefail
cd "$(dirname "$0")/.."
wheels="../shared/tools/spacy-wheels"
venv="${SPACY_VENV:-$HOME/.venvs/spacy}"
if [[ ! -x "$venv/bin/python" ]] || ! "$venv/bin/python" -c 'import spacy' 2>/dev/null; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install --no-index --find-links "$wheels" spacy
fi
exec nice "$venv/bin/python" scripts/spacy_pipelines/make_fixtures.py src/test/resources/spacy ../shared/data/ner "$@"
