"""Training documents for the stacked NER: each gold sentence of the spacy18 corpus, tokenized by
spaCy's English tokenizer, with the service's own entities (from `evaluate --predictions`) as two
token attributes: TAG, the BILUO tag of the rules' entity ("B-ORG", "U-DATE", "O"), and LEMMA,
which part of the rules made it and how sure it was ("crf-3class|hi", "rules:numbers|mid", "O").

The learned model reads both through its hash embeddings like any word feature: the rules are
evidence it learns to trust or override, not final decisions. The Java engine sets the same two
attributes at serving time (io.nerbyoc.learned.EvidenceTags), from the same rules, on the same tokens.

    python stack_docs.py GOLD.jsonl PREDICTIONS.jsonl OUT.spacy
"""
import json
import sys

import spacy
from spacy.tokens import DocBin
from spacy.training import offsets_to_biluo_tags


def origin(span):
    """Which part of the rules made a span, and its confidence in three bands: "crf-3class|hi"."""
    source = span.get("source") or "unknown"
    for model in ("3class", "4class", "7class"):
        if model in source:
            source = "crf-" + model + ("+" + source.rsplit("+", 1)[1] if "+" in source else "")
    score = span.get("score", 1.0)
    return f"{source}|{'hi' if score >= 0.9 else 'mid' if score >= 0.7 else 'lo'}"


def evidence_tags(doc, spans):
    """BILUO tags of the rules' spans on doc's tokens, and each span's origin on its tokens ("O"
    outside); a span cut inside a token widens to it, and of overlapping spans the first wins."""
    offsets = []
    for s in spans:
        span = doc.char_span(s["start"], s["end"], label=s["label"], alignment_mode="expand")
        if span is not None:
            offsets.append((span.start_char, span.end_char, s["label"], origin(s)))
    offsets.sort()
    kept, last_end = [], -1
    for o in offsets:
        if o[0] >= last_end:
            kept.append(o)
            last_end = o[1]
    tags = ["O" if t == "-" else t for t in offsets_to_biluo_tags(doc, [o[:3] for o in kept])]
    origins = ["O"] * len(doc)
    for start, end, _, org in kept:
        for t in doc.char_span(start, end, alignment_mode="expand"):
            origins[t.i] = org
    return tags, origins


def main(gold_path, pred_path, out_path):
    nlp = spacy.blank("en")
    bin_ = DocBin(attrs=["ORTH", "TAG", "LEMMA", "ENT_IOB", "ENT_TYPE", "SPACY"])
    kept = dropped = docs = 0
    with open(gold_path, encoding="utf-8") as g, open(pred_path, encoding="utf-8") as p:
        for gl, pl in zip(g, p):
            gold, pred = json.loads(gl), json.loads(pl)
            if gold["text"] != pred["text"]:
                sys.exit(f"{pred_path} is not in the order of {gold_path}: make it with evaluate --predictions {gold_path}")
            doc = nlp.make_doc(gold["text"])
            ents = []
            for s in gold["ents"]:
                span = doc.char_span(s["start"], s["end"], label=s["label"])
                if span is None:
                    dropped += 1
                else:
                    ents.append(span)
                    kept += 1
            doc.ents = spacy.util.filter_spans(ents)
            tags, origins = evidence_tags(doc, pred["ents"])
            for tok, tag, org in zip(doc, tags, origins):
                tok.tag_ = tag
                tok.lemma_ = org
            bin_.add(doc)
            docs += 1
    bin_.to_disk(out_path)
    print(f"{out_path}: {docs} docs, {kept} gold entities, {dropped} not on token boundaries (left out)")


if __name__ == "__main__":
    main(*sys.argv[1:4])
