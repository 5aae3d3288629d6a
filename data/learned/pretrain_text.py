"""Raw text for pretraining the decider's tok2vec (spaCy's `pretrain`, characters objective).

    python3 data/learned/pretrain_text.py OUT.jsonl [PARTS_DIR]   # {"text": ...} per line

Only openly licensed text, and never a held-out document: every sentence the White House
transcripts' officials said (`data/corpus/prepare.py`, `OFFICIALS`; US government works) in the
documents `split.py` does not hold out, plus the corpus' own training parts (train, dev, select;
PARTS_DIR, target/learned, as `split.py` wrote them). The held-out part stays unseen, labelled or not.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, os.path.join(ROOT, "data", "corpus"))
sys.path.insert(0, HERE)
import prepare  # noqa: E402
import split  # noqa: E402


def transcripts():
    """Officials' sentences of the transcripts whose documents are not held out."""
    for doc, said_by in prepare.transcripts():
        if split.part(doc) != "heldout":
            for who, sentence in said_by:
                if prepare.OFFICIALS.fullmatch(who or "") and 3 <= len(sentence.split()) <= 80:
                    yield sentence


def main(out, parts_dir):
    n = words = 0
    with open(out, "w", encoding="utf-8") as f:
        parts = [os.path.join(parts_dir, p + ".jsonl") for p in ("train", "dev", "select")]
        for path in parts:
            with open(path, encoding="utf-8") as g:
                for line in g:
                    text = json.loads(line)["text"]
                    f.write(json.dumps({"text": text}, ensure_ascii=False) + "\n")
                    n += 1
                    words += len(text.split())
        for text in transcripts():
            f.write(json.dumps({"text": text}, ensure_ascii=False) + "\n")
            n += 1
            words += len(text.split())
    print(f"pretrain_text: {n} sentences, {words} words in {out}")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else os.path.join(ROOT, "target", "learned"))
