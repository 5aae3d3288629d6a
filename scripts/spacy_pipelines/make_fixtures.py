"""Trains small spaCy NER pipelines on open corpora and records spaCy's own tokens and entities.

The Java engine (io.nerbyoc.spacy) is tested against what this writes: the pipelines themselves
(nlp.to_disk) and, per pipeline, expected.jsonl with one line per fixture text. Run it through
scripts/make_spacy_fixtures.sh; the build and the tests never need Python.

Usage: make_fixtures.py OUT_DIR DATA_DIR [variant ...]
"""
import json
import random
import subprocess
import sys
from pathlib import Path

import spacy
from spacy.tokens import Doc, DocBin

SEED = 7
# Trained only on wikigold; the fixture texts come from other corpora and hand-written cases.
TRAIN = ["wikigold/wikigold.conll"]

NARROW = {
    "components.tok2vec.model.encode.width": 32,
    "components.tok2vec.model.encode.depth": 2,
    "components.tok2vec.model.embed.rows": [500, 200, 300, 300],
    "components.ner.model.hidden_width": 16,
}
# The ner's own tok2vec, no tok2vec component (spacy.HashEmbedCNN.v2, as older configs have it).
INLINE_TOK2VEC = {"@architectures": "spacy.HashEmbedCNN.v2", "pretrained_vectors": None, "width": 32, "depth": 2,
                  "embed_size": 600, "window_size": 1, "maxout_pieces": 3, "subword_features": True}
# Variants trained on other corpora than TRAIN; the fixture texts include none of their sentences.
OTHER_TRAIN = {"crossner": ["crossner/politics.train.conll", "crossner/science.train.conll"]}
RULER_PATTERNS = [
    {"label": "ORG", "pattern": "Apple"},
    {"label": "ORG", "pattern": "Stanford University"},
    {"label": "GPE", "pattern": [{"LOWER": "new"}, {"LOWER": "york"}]},
    {"label": "PRODUCT", "pattern": [{"LOWER": "python"}], "id": "python"},
    {"label": "LANGUAGE", "pattern": [{"ORTH": "C++"}]},
    {"label": "PER", "pattern": [{"LOWER": "tim"}, {"LOWER": "cook"}]},
]

# name -> (pipeline for `spacy init config`, dotted overrides, how the pipeline is finished)
VARIANTS = {
    # What `spacy init config --pipeline ner` writes: shared tok2vec + listener, width 96.
    "default": ("ner", {}, None),
    # Narrow and few rows: the CI-sized pipeline.
    "narrow": ("ner", NARROW, None),
    "inline": ("ner", {"components.ner.model.tok2vec": INLINE_TOK2VEC, "nlp.pipeline": ["ner"],
                       "components.tok2vec": None, "components.ner.model.hidden_width": 16}, None),
    "senter": ("senter,ner", NARROW, None),
    "vectors": ("ner", dict(NARROW, **{"components.tok2vec.model.embed.include_static_vectors": True}), None),
    # Other data, other labels (CrossNER's politics and science types, lower case, BIO).
    "crossner": ("ner", dict(NARROW, **{"components.ner.model.hidden_width": 24}), None),
    # The ner's other state and output options: six state tokens, no upper layer.
    "ner_options": ("ner", dict(NARROW, **{"components.ner.model.extra_state_tokens": True,
                                           "components.ner.model.use_upper": False}), None),
    # Trained like narrow; an entity_ruler added before the ner (its entities are preset for the ner)...
    "ruler_before": ("ner", NARROW, ("before", False)),
    # ... or after it, overwriting the ner's entities where they overlap.
    "ruler_after": ("ner", NARROW, ("after", True)),
}

SPECIAL_TEXTS = [
    "Tim Cook said Apple will open a store in Paris on Monday.",
    "I ❤️ New York 🗽 and Berlin 🇩🇪!!",
    "Visit https://www.example.com/path?q=1&x=2 or mail info@example.org today.",
    "The state-of-the-art U.S.-based company isn't what it used to be, don't you think?",
    "BARACK OBAMA MET ANGELA MERKEL IN WASHINGTON ON TUESDAY.",
    "It cost $1,234.56 (about €1.100) on 12/03/2019 at 10:30am, i.e. 3.5% more.",
    "We'll go to the U.K. and the E.U. -- or not... \"Really?\" she asked.",
    "Emojis: 😀😃😄 then Microsoft 🚀 then 👩‍👩‍👧‍👦 Google.",
    "Line one\nLine two with London\n\n\tTabbed Oxford   spaces.",
    "Dr. Smith et al. (2019) vs. Mr. O'Neill's co-workers in St. Louis, Mo.",
    "e-mail: john.doe@gmail.com; phone +1-800-555-0199; #hashtag @handle",
    "C++ and C# are languages; so is Python 3.11 (released 2022).",
    "Ünïcödé names like Zoë Saldaña and François Hollande in Zürich.",
    "",
    "   ",
    "a",
    "He said: 'I can't, I won't, y'all shouldn't've.'",
    "ISO 8601: 2020-01-01T00:00:00Z; path C:\\Users\\me\\file.txt",
]


def read_conll(path, sep=None):
    """Sentences of (word, tag) from a CoNLL file (any tag scheme, last column is the tag)."""
    sents, cur = [], []
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        parts = line.split(sep) if sep else line.split()
        if not parts or not line.strip():
            if cur:
                sents.append(cur)
            cur = []
            continue
        if parts[0] == "-DOCSTART-":
            continue
        cur.append((parts[0], parts[-1]))
    if cur:
        sents.append(cur)
    return sents


def iob_spans(tags):
    """(start, end, label) token spans from IOB1 or BIO tags."""
    spans, start, label = [], None, None
    for i, t in enumerate(tags + ["O"]):
        kind, _, lab = t.partition("-")
        begins = kind == "B" or (kind == "I" and lab != label)
        if start is not None and (kind == "O" or begins):
            spans.append((start, i, label))
            start, label = None, None
        if kind in ("B", "I") and start is None:
            start, label = i, lab
    return spans


def detokenize(words):
    """Plausible raw text from tokens: no space before closing punctuation or after opening."""
    out = ""
    for i, w in enumerate(words):
        glue = i == 0 or w in {".", ",", ";", ":", "!", "?", ")", "'s", "n't", "%"} or out.endswith(("(", "$"))
        out += ("" if glue else " ") + w
    return out


def training_docs(nlp, data_dir, files=TRAIN, sents_per_doc=4):
    docs = []
    sents = []
    for rel in files:
        sents += read_conll(Path(data_dir) / rel)
    for i in range(0, len(sents), sents_per_doc):
        group = sents[i:i + sents_per_doc]
        words, tags, starts = [], [], []
        for s in group:
            for j, (w, t) in enumerate(s):
                words.append(w)
                tags.append(t)
                starts.append(j == 0)
        doc = Doc(nlp.vocab, words=words, sent_starts=starts)
        doc.ents = [doc.char_span(doc[s].idx, doc[e - 1].idx + len(doc[e - 1]), label=l) for s, e, l in iob_spans(tags)]
        docs.append(doc)
    return docs


def fixture_texts(data_dir):
    """A few hundred texts none of the pipelines trained on."""
    rnd = random.Random(SEED)
    texts = list(SPECIAL_TEXTS)
    pools = {
        "crossner/science.test.conll": 60, "crossner/music.test.conll": 60, "crossner/literature.test.conll": 40,
        "crossner/ai.test.conll": 40, "wnut17/test.conll": 80, "sec-filings/test.conll": 40,
    }
    for rel, n in pools.items():
        sents = [s for s in read_conll(Path(data_dir) / rel) if len(s) > 2]
        for s in rnd.sample(sents, min(n, len(sents))):
            texts.append(detokenize([w for w, _ in s]))
    long_src = read_conll(Path(data_dir) / "crossner/politics.test.conll")
    for k in range(5):  # long documents: 40 sentences each, paragraphs
        chunk = long_src[k * 40:(k + 1) * 40]
        texts.append("\n\n".join(detokenize([w for w, _ in s]) for s in chunk))
    return texts


def record(nlp, texts, path):
    with open(path, "w", encoding="utf-8") as f:
        for text in texts:
            doc = nlp(text)
            line = {
                "text": text,
                "tokens": [[t.idx, t.idx + len(t.text)] for t in doc],
                "ents": [[e.start_char, e.end_char, e.label_] for e in doc.ents],
            }
            if nlp.has_pipe("senter"):
                line["sent_starts"] = [t.i for t in doc if t.is_sent_start]
            f.write(json.dumps(line, ensure_ascii=False) + "\n")


def set_dotted(cfg, key, value):
    *path, last = key.split(".")
    node = cfg
    for p in path:
        node = node[p]
    if value is None:
        node.pop(last, None)
    else:
        node[last] = value


def make_vectors(data_dir, work):
    """Small static vectors (16 dimensions, seeded) for the corpus' 3000 most frequent words."""
    from collections import Counter
    import numpy
    counts = Counter(w for rel in TRAIN for s in read_conll(Path(data_dir) / rel) for w, _ in s)
    words = [w for w, _ in counts.most_common(3000) if " " not in w]
    rng = numpy.random.default_rng(SEED)
    path = work / "vectors.txt"
    with open(path, "w", encoding="utf-8") as f:
        f.write(f"{len(words)} 16\n")
        for w in words:
            f.write(w + " " + " ".join(f"{x:.4f}" for x in rng.normal(size=16)) + "\n")
    out = work / "vectors_model"
    subprocess.run([sys.executable, "-m", "spacy", "init", "vectors", "en", str(path), str(out)], check=True)
    return out


def train(name, out_dir, data_dir, work):
    from spacy.cli.init_config import init_config
    pipeline, overrides, ruler = VARIANTS[name]
    base_name = "narrow" if ruler else name
    trained = work / base_name / "model-last"
    if not (ruler and trained.exists()):
        config = init_config(lang="en", pipeline=pipeline.split(","), optimize="efficiency")
        for key, value in overrides.items():
            set_dotted(config, key, value)
        if name == "vectors":
            config["paths"]["vectors"] = str(make_vectors(data_dir, work))
            config["initialize"]["vectors"] = config["paths"]["vectors"]
        cfg = work / f"{base_name}.cfg"
        config.to_disk(cfg)
        train_file, dev_file = work / "train.spacy", work / "dev.spacy"
        if name in OTHER_TRAIN:
            docs = training_docs(spacy.blank("en"), data_dir, OTHER_TRAIN[name])
            random.Random(SEED).shuffle(docs)
            cut = len(docs) // 10
            train_file, dev_file = work / f"{name}-train.spacy", work / f"{name}-dev.spacy"
            DocBin(docs=docs[cut:]).to_disk(train_file)
            DocBin(docs=docs[:cut]).to_disk(dev_file)
        subprocess.run([sys.executable, "-m", "spacy", "train", str(cfg), "--output", str(work / base_name),
                        "--paths.train", str(train_file), "--paths.dev", str(dev_file),
                        "--training.max_steps", "1500", "--training.eval_frequency", "300",
                        "--system.seed", str(SEED)], check=True)
    nlp = spacy.load(trained)
    if ruler:
        where, overwrite = ruler
        er = nlp.add_pipe("entity_ruler", config={"overwrite_ents": overwrite}, **{where: "ner"})
        er.add_patterns(RULER_PATTERNS)
    target = out_dir / name / "pipeline"
    target.parent.mkdir(parents=True, exist_ok=True)
    nlp.to_disk(target)
    return spacy.load(target)


def main():
    out_dir, data_dir = Path(sys.argv[1]), Path(sys.argv[2])
    names = sys.argv[3:] or list(VARIANTS)
    work = Path("/tmp/spacy-fixtures-work")
    work.mkdir(exist_ok=True)
    blank = spacy.blank("en")
    docs = training_docs(blank, data_dir)
    random.Random(SEED).shuffle(docs)
    cut = len(docs) // 10
    DocBin(docs=docs[cut:]).to_disk(work / "train.spacy")
    DocBin(docs=docs[:cut]).to_disk(work / "dev.spacy")
    texts = fixture_texts(data_dir)
    for name in names:
        nlp = train(name, out_dir, data_dir, work)
        record(nlp, texts, out_dir / name / "expected.jsonl")
        print(f"{name}: {len(texts)} texts recorded", file=sys.stderr)


if __name__ == "__main__":
    main()
