#!/usr/bin/env python3
"""F1 per genre and per type of the corpus dev set, from an `evaluate --errors` file.

    container/NER/evaluate --model embedded --label-scheme spacy --errors /tmp/errors.jsonl target/corpus/spacy18-dev.jsonl
    python3 data/corpus/score.py /tmp/errors.jsonl [target/corpus/spacy18-dev.jsonl] [--genres news,speech,...]

--genres adds one line: F1 over the sentences of those genres together.

A sentence absent from the errors file was recognised exactly; otherwise its missed spans are the
false negatives and its spurious ones the false positives. Standard library only.
"""
import collections
import json
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def f1(g, fn, fp):
    tp = g - fn
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / g if g else 0.0
    return 100 * (2 * p * r / (p + r) if p + r else 0.0), 100 * p, 100 * r


def main(argv):
    genres = None
    if "--genres" in argv:
        i = argv.index("--genres")
        if i + 1 >= len(argv):
            sys.exit(__doc__)
        genres = set(argv[i + 1].split(","))
        argv = argv[:i] + argv[i + 2:]
    if not 1 <= len(argv) <= 2:
        sys.exit(__doc__)
    dev = argv[1] if len(argv) > 1 else os.path.join(ROOT, "target", "corpus", "spacy18-dev.jsonl")
    mistakes = {}
    for line in open(argv[0], encoding="utf-8"):
        d = json.loads(line)
        mistakes[d["origin"].rsplit(":", 1)[1]] = d
    by = {"genre": (collections.Counter(), collections.Counter(), collections.Counter()),
          "type": (collections.Counter(), collections.Counter(), collections.Counter())}
    for no, line in enumerate(open(dev, encoding="utf-8"), 1):
        d = json.loads(line)
        genre = d.get("genre") or d["source"].split(":")[0]
        m = mistakes.get(str(no), {"missed": [], "spurious": []})
        for key, name in (("genre", lambda e: genre), ("type", lambda e: e["label"])):
            g, fn, fp = by[key]
            for e in d["ents"]:
                g[name(e)] += 1
                g["ALL"] += 1
            for e in m["missed"]:
                fn[name(e)] += 1
                fn["ALL"] += 1
            for e in m["spurious"]:
                fp[name(e)] += 1
                fp["ALL"] += 1
    for key in ("type", "genre"):
        g, fn, fp = by[key]
        print(f"{key:15s} {'F1':>6s} {'P':>6s} {'R':>6s} {'gold':>6s}")
        for k in sorted(g, key=lambda k: (k == "ALL", -g[k])):
            if key == "type" and k == "ALL":
                continue
            f, p, r = f1(g[k], fn[k], fp[k])
            print(f"{k:15s} {f:6.1f} {p:6.1f} {r:6.1f} {g[k]:6d}")
        print()
    if genres:
        g, fn, fp = by["genre"]
        gold, missed, spurious = (sum(c[k] for k in genres) for c in (g, fn, fp))
        f, p, r = f1(gold, missed, spurious)
        print(f"{'+'.join(sorted(genres)):15s} {f:6.1f} {p:6.1f} {r:6.1f} {gold:6d}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
