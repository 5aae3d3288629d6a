#!/usr/bin/env python3
"""Re-DocRED (../shared/data/ner/re-docred, MIT; text Wikipedia CC BY-SA) as JSON Lines with CoNLL
types (PER, ORG, LOC, MISC; its TIME and NUM mentions are left out) for `evaluate --label-scheme
conll`: a check that fine name types still map back to the right coarse type (LOC holds GPE, LOC,
FAC; MISC holds NORP, EVENT, WORK_OF_ART, LAW, LANGUAGE, PRODUCT). Tokens are joined by spaces.
  scripts/redocred_conll.py ../shared/data/ner/re-docred/dev_revised.json > target/redocred-conll.jsonl
"""
import json
import sys

for path in sys.argv[1:]:
    for doc in json.load(open(path, encoding="utf-8")):
        starts, text = [], ""
        for sent in doc["sents"]:
            offs = []
            for w in sent:
                if text:
                    text += " "
                offs.append((len(text), len(text) + len(w)))
                text += w
            starts.append(offs)
        seen, ents = set(), []
        for entity in doc["vertexSet"]:
            for m in entity:
                if m["type"] not in ("PER", "ORG", "LOC", "MISC"):
                    continue
                a, b = m["pos"]
                span = (starts[m["sent_id"]][a][0], starts[m["sent_id"]][b - 1][1])
                if span not in seen:
                    seen.add(span)
                    ents.append({"start": span[0], "end": span[1], "label": m["type"]})
        # overlapping mentions cannot both be right for a flat tagger: keep the first of each overlap
        ents.sort(key=lambda e: (e["start"], -e["end"]))
        flat, last = [], -1
        for e in ents:
            if e["start"] >= last:
                flat.append(e)
                last = e["end"]
        print(json.dumps({"text": text, "ents": flat}))
