"""Test fixture for the Java engine running the learned decider: for each text, spaCy's tokens,
the evidence tags the engine is given, and the entities spaCy itself finds with those tags
(src/test/resources/learned/stacked-expected.jsonl, checked by StackedAgreementTest).

    python make_fixture.py PIPELINE_DIR RULES_PREDICTIONS.jsonl OUT.jsonl

RULES_PREDICTIONS: `evaluate --predictions` of the rules on the texts (scripts/train_learned_ner.sh
makes one); the tags are made from it exactly as for training (stack_docs.evidence_tags).
"""
import json
import sys

import spacy
from spacy.tokens import Doc

from piece_vectors import add_vectors
from stack_docs import evidence_tags


def main(pipeline, predictions, out):
    nlp = spacy.load(pipeline)
    n = ents = 0
    with open(predictions, encoding="utf-8") as p, open(out, "w", encoding="utf-8") as o:
        for line in p:
            r = json.loads(line)
            doc = nlp.make_doc(r["text"])
            tags, origins = evidence_tags(doc, r["ents"])
            add_vectors(nlp, [t.text for t in doc])
            doc = Doc(nlp.vocab, words=[t.text for t in doc], spaces=[bool(t.whitespace_) for t in doc], tags=tags,
                      lemmas=origins)
            for _, proc in nlp.pipeline:
                doc = proc(doc)
            o.write(json.dumps({
                "text": r["text"],
                "tokens": [[t.idx, t.idx + len(t.text)] for t in doc],
                "tags": tags,
                "origins": origins,
                "ents": [[e.start_char, e.end_char, e.label_] for e in doc.ents],
            }, ensure_ascii=False) + "\n")
            n += 1
            ents += len(doc.ents)
    print(f"{out}: {n} texts, {ents} entities")


if __name__ == "__main__":
    main(*sys.argv[1:4])
