#!/usr/bin/env python3
"""Builds target/corpus/spacy18-{dev,train}.jsonl from data/corpus/annotations and the sources.

  python3 data/corpus/prepare.py                     # the pools (sentence texts by id)
  python3 data/corpus/build.py                       # both sets, counts, agreement
  python3 data/corpus/build.py --check FILE.tsv ...  # only check annotation files, write nothing

The first dev set (data/dev/corrections.txt, re-annotated to the corrected conventions) is part
of the dev set. Each annotation line is located in its sentence with data/dev/build_devset.py's
rules; any span not found, overlapping or with an unknown label stops the build with the file,
line and sentence. Agreement: for each shard annotated twice (NAME.tsv and NAME.second.tsv),
exact-span-and-type F1 of one against the other.
"""
import glob
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, os.path.join(ROOT, "data", "dev"))
import build_devset as dev  # noqa: E402

POOL = os.path.join(ROOT, "target", "corpus", "pool")
OUT = os.path.join(ROOT, "target", "corpus")


def pool():
    out = {}
    for path in sorted(glob.glob(os.path.join(POOL, "*.jsonl"))):
        for line in open(path, encoding="utf-8"):
            r = json.loads(line)
            out[r["id"]] = r
    if not out:
        raise SystemExit(f"no pool in {POOL}: run python3 data/corpus/prepare.py first")
    return out


def records(path, sentences):
    """(id, record) for each line of an annotation file."""
    out = []
    seen = set()
    for no, cid, items in dev.parse_corrections(path):
        where = f"{path}:{no} ({cid})"
        if cid not in sentences:
            folders = {"ewt": ("uner-ewt", "ewt-train"), "gum": ("gum",), "whitehouse": ("whitehouse",)}.get(cid.split(":")[0], ())
            folder = next((f for f in folders if not os.path.isdir(os.path.join(dev.DATA, f))), None)
            if folder:
                raise SystemExit(f"{where}: the source ../shared/data/ner/{folder} is missing: copy it there as "
                                 f"data/corpus/README.md says (Sources), then run prepare.py again")
            raise SystemExit(f"{where}: no such sentence in the pool")
        if cid in seen:
            raise SystemExit(f"{where}: sentence listed twice")
        seen.add(cid)
        s = sentences[cid]
        rec = {"text": s["text"], "ents": dev.locate(s["text"], items, where), "source": cid, "genre": s["genre"]}
        dev.check(rec, where)
        out.append((cid, rec))
    return out


def f1(gold, pred):
    g = {(cid, e["start"], e["end"], e["label"]) for cid, r in gold for e in r["ents"]}
    p = {(cid, e["start"], e["end"], e["label"]) for cid, r in pred for e in r["ents"]}
    tp = len(g & p)
    return 2 * tp / (len(g) + len(p)) if g or p else 1.0, len(g), len(p), tp


def main(argv):
    sentences = pool()
    if argv and argv[0] == "--check":
        for path in argv[1:]:
            recs = records(path, sentences)
            print(f"{path}: {len(recs)} sentences, {sum(len(r['ents']) for _, r in recs)} entities, OK")
        return 0
    sets = {"dev": [], "train": []}
    left_out = 0  # annotated, but their text may not be used (prepare.py says why)
    for path in sorted(glob.glob(os.path.join(HERE, "annotations", "*.tsv"))):
        if path.endswith(".second.tsv"):
            continue
        split = os.path.basename(path).split("-")[0]
        recs = records(path, sentences)
        kept = [(cid, r) for cid, r in recs if not sentences[cid].get("left_out")]
        sets[split].extend(kept)
        left_out += len(recs) - len(kept)
    first = [json.loads(line) for line in open(os.path.join(ROOT, "data", "dev", "spacy18-dev.jsonl"), encoding="utf-8")]
    sets["dev"] = [(r["source"], dict(r, genre=r["source"].split(":")[0])) for r in first] + sets["dev"]
    os.makedirs(OUT, exist_ok=True)
    for split, recs in sets.items():
        path = os.path.join(OUT, f"spacy18-{split}.jsonl")
        with open(path, "w", encoding="utf-8") as f:
            for _, r in recs:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        by_genre = {}
        labels = {}
        for _, r in recs:
            g = by_genre.setdefault(r["genre"], [0, 0])
            g[0] += 1
            g[1] += len(r["ents"])
            for e in r["ents"]:
                labels[e["label"]] = labels.get(e["label"], 0) + 1
        print(f"{split}: {len(recs)} sentences, {sum(labels.values())} entities -> {path}")
        for g, (n, e) in sorted(by_genre.items()):
            print(f"  {g:15s} {n:5d} sentences {e:6d} entities")
        print("  " + ", ".join(f"{lab} {labels.get(lab, 0)}" for lab in dev.LABELS))
    if left_out:
        print(f"left out: {left_out} annotated sentences whose text may not be used (prepare.py, left_out)")
    for second in sorted(glob.glob(os.path.join(HERE, "annotations", "*.second.tsv"))):
        primary = second.replace(".second.tsv", ".tsv")
        if os.path.exists(primary):
            a = records(primary, sentences)
            b = dict(records(second, sentences))
            a = [(cid, r) for cid, r in a if cid in b]
            score, n1, n2, tp = f1(a, list(b.items()))
            print(f"agreement {os.path.basename(primary)}: {len(a)} sentences, F1 {100 * score:.1f} "
                  f"({n1} and {n2} entities, {tp} identical)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
