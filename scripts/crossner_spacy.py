#!/usr/bin/env python3
"""Maps CrossNER (../shared/data/ner/crossner, MIT) to spaCy types as JSON Lines for `evaluate`.

A loose signal, not gold by spaCy's conventions (see ../shared/data/ner/README.md): only the
types that map one to one are kept; the rest (misc, location, election, genres, domain types) are
dropped from the gold, so precision counts predictions on them as false positives. Read the rows
of EVENT, WORK_OF_ART, PRODUCT and GPE, recall first.
  scripts/crossner_spacy.py ../shared/data/ner/crossner/*.dev.conll > target/crossner-spacy.jsonl
"""
import json
import sys

MAP = {
    "person": "PERSON", "writer": "PERSON", "musicalartist": "PERSON", "politician": "PERSON",
    "scientist": "PERSON", "researcher": "PERSON",
    "organisation": "ORG", "politicalparty": "ORG", "university": "ORG", "band": "ORG",
    "country": "GPE", "event": "EVENT",
    "book": "WORK_OF_ART", "poem": "WORK_OF_ART", "song": "WORK_OF_ART", "album": "WORK_OF_ART",
    "award": "WORK_OF_ART", "product": "PRODUCT", "programlang": "PRODUCT",
}


def sentences(path):
    words, tags = [], []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line.strip():
                if words:
                    yield words, tags
                words, tags = [], []
                continue
            w, t = line.split("\t")
            words.append(w)
            tags.append(t)
    if words:
        yield words, tags


for path in sys.argv[1:]:
    for words, tags in sentences(path):
        offsets, text = [], ""
        for w in words:
            if text:
                text += " "
            offsets.append((len(text), len(text) + len(w)))
            text += w
        ents, i = [], 0
        while i < len(words):
            if tags[i].startswith("B-"):
                kind = tags[i][2:]
                j = i + 1
                while j < len(words) and tags[j] == "I-" + kind:
                    j += 1
                if kind in MAP:
                    ents.append({"start": offsets[i][0], "end": offsets[j - 1][1], "label": MAP[kind]})
                i = j
            else:
                i += 1
        print(json.dumps({"text": text, "ents": ents}))
