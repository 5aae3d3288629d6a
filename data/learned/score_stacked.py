"""Per-type scores of a stacked pipeline against its evidence alone, on a .spacy file of
stack_docs.py (gold entities and the rules' tags): what the learned decider adds, type by type.

    python score_stacked.py PIPELINE_DIR DATA.spacy
"""
import collections
import sys

import spacy
from spacy.tokens import Doc, DocBin
from spacy.training import biluo_tags_to_spans

from piece_vectors import add_vectors


def prf(c):
    p = c["tp"] / max(1, c["tp"] + c["fp"])
    r = c["tp"] / max(1, c["tp"] + c["fn"])
    return 100 * p, 100 * r, 100 * (2 * p * r / (p + r) if p + r else 0)


def main(pipeline, data):
    nlp = spacy.load(pipeline)
    counts = {k: collections.defaultdict(lambda: collections.Counter()) for k in ("rules", "learned")}
    for ref in DocBin().from_disk(data).get_docs(nlp.vocab):
        tags = [t.tag_ for t in ref]
        add_vectors(nlp, [t.text for t in ref])
        doc = Doc(nlp.vocab, words=[t.text for t in ref], spaces=[bool(t.whitespace_) for t in ref], tags=tags,
                  lemmas=[t.lemma_ for t in ref])
        for _, proc in nlp.pipeline:
            doc = proc(doc)
        gold = {(e.start, e.end, e.label_) for e in ref.ents}
        for name, pred in (("rules", {(s.start, s.end, s.label_) for s in biluo_tags_to_spans(ref, tags)}),
                           ("learned", {(e.start, e.end, e.label_) for e in doc.ents})):
            for s in pred:
                counts[name][s[2]]["tp" if s in gold else "fp"] += 1
                counts[name]["ALL"]["tp" if s in gold else "fp"] += 1
            for s in gold - pred:
                counts[name][s[2]]["fn"] += 1
                counts[name]["ALL"]["fn"] += 1
    labels = sorted(counts["rules"], key=lambda l: (l != "ALL", -(counts["rules"][l]["tp"] + counts["rules"][l]["fn"])))
    print("| type | gold | rules P | R | F1 | learned P | R | F1 |\n|---|---:|---:|---:|---:|---:|---:|---:|")
    for l in labels:
        g = counts["rules"][l]["tp"] + counts["rules"][l]["fn"]
        a, b = prf(counts["rules"][l]), prf(counts["learned"][l])
        print(f"| {l} | {g} | " + " | ".join(f"{x:.1f}" for x in a + b) + " |")


if __name__ == "__main__":
    main(*sys.argv[1:3])
