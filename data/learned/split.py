"""Splits the spacy18 corpus for the stacked NER. The training set's documents: most to train on,
8 % to choose the best checkpoint ("select"), 20 % held out, where the rules and the learned model
are compared. Since the eighth decider, half of those held-out documents ("train2", chosen by a
second hash; never a sentence of a benchmark's test file) are trained on too, and the other half
("heldout", about 10 %) is what no rule or model has seen. The dev set is trained on too ("dev"): the
rules were tuned on its errors, so it no longer measures them fairly (docs/ACCURACY.md).

Sentences from the test files of the shared corpora (WNUT17, SEC filings, CrossNER test) are never
trained on, so those test sets stay fair for the embedded model; they may be in "heldout".

    python3 data/learned/split.py [OUT_DIR]   # OUT_DIR (target/learned)/{train,dev,select,heldout}.jsonl
"""
import glob
import hashlib
import json
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
CORPUS = os.path.join(ROOT, "target", "corpus")
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "target", "learned")
SHARES = (("select", 0.08), ("heldout", 0.20))


def part(doc):
    h = int(hashlib.sha1(("learned:" + doc).encode("utf-8")).hexdigest()[:8], 16) / 0xFFFFFFFF
    edge = 0.0
    for name, share in SHARES:
        edge += share
        if h < edge:
            return name
    return "train"


def trained_half(doc):
    """Half of the held-out documents, trained on since the eighth decider (docs/ACCURACY.md)."""
    return int(hashlib.sha1(("half:" + doc).encode("utf-8")).hexdigest()[:8], 16) % 2 == 0


# The corpora whose test files are benchmarks (docs/TRAINING.md, docs/ACCURACY.md). Re-DocRED's
# test documents are no benchmark here: they are training text like any other.
BENCHMARKS = ("wnut17", "sec-filings", "crossner", "broad-twitter")


def from_a_test_file(sentence_id):
    """wnut17:test:s12, sec-filings:test:s3, crossner:politics.test:s574."""
    corpus, *parts = sentence_id.split(":")
    return corpus in BENCHMARKS and any(p == "test" or p.endswith(".test") for p in parts[:-1])


def main():
    doc_of = {}
    for path in glob.glob(os.path.join(CORPUS, "pool", "*.jsonl")):
        for line in open(path, encoding="utf-8"):
            r = json.loads(line)
            doc_of[r["id"]] = r["doc"]
    os.makedirs(OUT, exist_ok=True)
    outs = {n: open(os.path.join(OUT, n + ".jsonl"), "w", encoding="utf-8") for n in ("train", "dev", "select", "train2", "heldout")}
    counts = dict.fromkeys(list(outs) + ["test files left out"], 0)
    for corpus in ("train", "dev"):
        for line in open(os.path.join(CORPUS, f"spacy18-{corpus}.jsonl"), encoding="utf-8"):
            r = json.loads(line)
            if corpus == "train" and r["source"] not in doc_of:
                raise SystemExit(f"{r['source']} is in no pool: run python3 data/corpus/prepare.py first")
            n = part(doc_of[r["source"]]) if corpus == "train" else "dev"
            test_file = from_a_test_file(r["source"])
            if n == "heldout" and not test_file and trained_half(doc_of[r["source"]]):
                n = "train2"
            if n != "heldout" and test_file:
                n = "test files left out"
            else:
                outs[n].write(line)
            counts[n] += 1
    for f in outs.values():
        f.close()
    print(" ".join(f"{n} {c} sentences" for n, c in counts.items()))


if __name__ == "__main__":
    main()
