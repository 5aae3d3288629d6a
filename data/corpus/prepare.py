#!/usr/bin/env python3
"""Candidate sentences for the spaCy-18 corpus, split by document into dev and train pools.

  python3 data/corpus/prepare.py                  # writes target/corpus/pool/{dev,train}-NNN.jsonl

The third round's sources (more_training(): Re-DocRED's test documents, CrossNER's other domains
and train files) the fourth's (web_training(): the English Web Treebank's training documents) and the fifth's
(train_files(): the train files of SEC filings, WNUT17 and Broad Twitter), the sixth's (speeches():
White House speeches and remarks) and the seventh's (news(): English PUD's news and Wikipedia
sentences and HHS press releases) only ever add training shards after the others, so earlier shards
never change.

Python 3 standard library only. Reads the open corpora in ../shared/data/ner (see
data/corpus/README.md for each source, its licence and how the fetched ones got there) into
sentences with stable ids, decides per DOCUMENT whether it is dev or train (a hash of the
document id, so the split never changes when sources are added), and writes shards of
SHARD sentences that mix the genres, for annotation. Each line:

    {"id": "ewt:reviews-123:s4", "genre": "web-review", "text": "..."}

The text is what the service is sent: token corpora are detokenised as data/dev/build_devset.py
does; GUM interviews and speeches, and a quarter of the White House transcripts, also give (or are
written as) a "spoken" variant, lower case without punctuation,
as speech recognisers write it.
"""
import csv
import hashlib
import html
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, os.path.join(ROOT, "data", "dev"))
import build_devset as dev  # noqa: E402  (the readers of the shared corpora)

DATA = dev.DATA
SHARD = 100
DEV_SHARE = 0.3  # of documents
OUT = os.path.join(ROOT, "target", "corpus", "pool")


def doc_split(doc_id):
    h = int(hashlib.sha1(doc_id.encode("utf-8")).hexdigest()[:8], 16) / 0xFFFFFFFF
    return "dev" if h < DEV_SHARE else "train"


def conllu_texts(path, prefix):
    """(doc id, sentence id, text) of a CoNLL-U or UNER file with '# newdoc id' / '# text' comments."""
    doc = None
    sid = None
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("# newdoc id = "):
                doc = line.split("=", 1)[1].strip()
            elif line.startswith("# sent_id = "):
                sid = line.split("=", 1)[1].strip()
            elif line.startswith("# text = "):
                yield doc, sid, line.split("=", 1)[1].strip()


EWT_GENRES = {"answers": "web-answers", "email": "web-email", "newsgroup": "web-forum", "reviews": "web-review",
              "weblog": "web-blog"}


def ewt():
    for split in ("dev", "test"):
        path = os.path.join(DATA, "uner-ewt", f"en_ewt-ud-{split}.iob2")
        if not os.path.exists(path):
            continue
        for doc, sid, text in conllu_texts(path, "ewt"):
            genre = EWT_GENRES.get(doc.split("-")[0], "web")
            yield f"ewt:{doc}", f"ewt:{sid}", genre, text


def spoken(text):
    """What a speech recogniser writes: lower case, no punctuation but inside numbers and words."""
    t = text.lower()
    t = re.sub(r"(?<!\d)[.,](?!\d)|[;:!?\"()\[\]{}“”‘’—–]|(?<!\w)'|'(?!\w)|(?<!\w)-|-(?!\w)", " ", t)
    return re.sub(r"\s+", " ", t).strip()


def gum():
    folder = os.path.join(DATA, "gum", "dep")
    if not os.path.isdir(folder):
        return
    for name in sorted(os.listdir(folder)):
        genre = name.split("_")[1]
        for doc, sid, text in conllu_texts(os.path.join(folder, name), "gum"):
            yield f"gum:{doc}", f"gum:{sid}", "gum-" + genre, text
            if genre in ("interview", "speech"):
                yield f"gum:{doc}", f"gum:{sid}:spoken", "spoken", spoken(text)


SHARED = {
    "wikigold": "wikipedia", "re-docred": "wikipedia", "crossner": "wikipedia", "sec-filings": "sec-filing",
    "wnut17": "social", "broad-twitter": "social", "re3d": "government",
}


def shared():
    for name, genre in SHARED.items():
        for c in dev.SOURCES[name]():
            cid = c["id"]
            doc = cid.rsplit(":", 1)[0]
            m = re.fullmatch(r"(.*):s(\d+)", cid)
            if name not in ("wikigold", "re-docred", "re3d") and m:
                doc = f"{m.group(1)}:b{int(m.group(2)) // 25}"  # no document ids: blocks of 25 sentences
            yield doc, cid, genre, c["text"]


def more_training():
    """Third round, training only: Wikipedia text rich in the rarer name types."""
    with open(os.path.join(DATA, "re-docred", "test_revised.json"), encoding="utf-8") as f:
        docs = json.load(f)
    for d, doc in enumerate(docs):
        for s, toks in enumerate(doc["sents"]):
            text, _ = dev.detok(toks, join_hyphens=True)
            yield f"re-docred:test:d{d}", f"re-docred:test:d{d}:s{s}", "wikipedia", text
    files = [f"{dom}.{split}" for dom in ("ai", "science") for split in ("train", "dev")]
    files += [f"{dom}.train" for dom in ("politics", "music", "literature")]
    for name in files:
        for _, s, toks, _ in dev.conll_sentences(os.path.join(DATA, "crossner", f"{name}.conll")):
            text, _ = dev.detok(toks)
            yield f"crossner:{name}:b{s // 25}", f"crossner:{name}:s{s}", "wikipedia", text


def web_training():
    """Fourth round, training only: the English Web Treebank's training documents (one CoNLL-U file each)."""
    folder = os.path.join(DATA, "ewt-train")
    if not os.path.isdir(folder):
        return
    for sub in sorted(os.listdir(folder)):
        if not os.path.isdir(os.path.join(folder, sub)):
            continue
        for name in sorted(os.listdir(os.path.join(folder, sub))):
            for doc, sid, text in conllu_texts(os.path.join(folder, sub, name), "ewt"):
                yield f"ewt:{doc}", f"ewt:{sid}", EWT_GENRES.get(doc.split("-")[0], "web"), text


def train_files():
    """Fifth round, training only: the train files of the shared benchmark corpora (their dev and
    test files are in the pools already, and their test files are never trained on)."""
    for name, file, genre in (("sec-filings", "train.conll", "sec-filing"), ("wnut17", "train.conll", "social"),
                              ("broad-twitter", "btc.train.conll", "social")):
        for _, s, toks, _ in dev.conll_sentences(os.path.join(DATA, name, file)):
            toks, _ = dev.merge_sec_tokens(toks, toks)
            text, _ = dev.detok(toks)
            yield f"{name}:train:b{s // 25}", f"{name}:train:s{s}", genre, text


SPEAKER = re.compile(r"^(?:Q|[A-Z][A-Z.'\- ]{1,40}[A-Z.]):\s+")
STAGE = re.compile(r"\s*(?:--\s*)?\((?:[Aa]pplause|[Ll]aughter|[Cc]heers|[Bb]ooing|[Ii]naudible|[Cc]rosstalk)[^)]{0,40}\)(?:\s*--)?")
NOT_PROSE = re.compile(r"^(?:Cite:|https?://|END\b|For Immediate Release|THE WHITE HOUSE|The White House|Office of the)|"
                       r"\d{1,2}:\d\d [AP]\.M\.")
# Full stops that end no sentence in these transcripts.
ABBREVIATION = re.compile(r"(?:\b(?:Mr|Mrs|Ms|Dr|St|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|Jr|Sr|No|Vol|Prof|Rev|Ft|Mt)|"
                          r"\b[A-Z]|\b(?:U\.S|D\.C|U\.N|a\.m|p\.m|A\.M|P\.M))\.$")
SPEECH_SENTENCES = 3  # per transcript: many documents rather than long runs of one
SPOKEN_SHARE = 0.25  # of transcripts, written as a speech recogniser would


def speech_sentences(path):
    """(speaker, sentence) of the spoken prose of one transcript: no header, speaker names or stage
    directions. A reporter's turn ("Q Mr. President, ...") keeps its text and has the speaker Q."""
    with open(path, encoding="utf-8", errors="replace") as f:
        lines = [re.sub(r"\s+", " ", line).strip() for line in f]
    started = False
    who = None
    for line in lines:
        label = SPEAKER.match(line)
        if label:
            started = True
            who = label.group(0).rstrip().rstrip(":")
        elif re.match(r"Q\s", line):
            who = "Q"
        if not started or not line or NOT_PROSE.search(line):
            continue
        line = STAGE.sub(" ", SPEAKER.sub("", line)).strip()
        start = 0
        for m in re.finditer(r"(?<=[.!?])[\"”’)]?\s+(?=[\"“‘(]?[A-Z0-9])", line):
            if ABBREVIATION.search(line[start:m.start()].rstrip("\"”’)")):
                continue
            yield who, line[start:m.start() + len(m.group(0).rstrip())].strip()
            start = m.end()
        if line[start:].strip():
            yield who, line[start:].strip()


# Speakers whose words are US government works (17 U.S.C. 105), or written and published by White
# House offices: the President, the Vice President, their spouses' offices, press secretaries,
# cabinet secretaries, the weekly address and its Spanish version. Reporters (Q), foreign leaders,
# debate opponents and moderators, guests and audiences are not: their sentences stay in the pool
# (the annotations name them) but build.py leaves them out of the corpus.
OFFICIALS = re.compile(r"(?:THE PRESIDENT|PRESIDENTE? OBAMA|EL PRESIDENTE|MRS\. OBAMA|THE FIRST LADY|"
                       r"THE VICE PRESIDENT|VICE PRESIDENT BIDEN|DR\. BIDEN|MRS\. BIDEN|WEEKLY ADDRESS|"
                       r"MENSAJE SEMANAL|MILITARY AIDE|SENIOR ADMINISTRATION OFFICIAL|MR\. (?:GIBBS|CARNEY|EARNEST)|"
                       r"ATTORNEY GENERAL HOLDER|SECRETARY [A-Z]+)")


def transcripts():
    """(doc id, [(speaker, sentence)]) of each White House transcript, once: the same remarks filed
    under two speakers are one document."""
    folder = os.path.join(DATA, "whitehouse")
    if not os.path.isdir(folder):
        return
    seen = set()
    for speaker in sorted(os.listdir(folder)):
        if not os.path.isdir(os.path.join(folder, speaker)):
            continue
        for name in sorted(os.listdir(os.path.join(folder, speaker))):
            doc = f"whitehouse:{speaker}/{name[:-4]}"
            said_by = list(speech_sentences(os.path.join(folder, speaker, name)))
            key = " ".join([s for _, s in said_by if 5 <= len(s.split()) <= 60][:3])
            if not key or key in seen:
                continue
            seen.add(key)
            yield doc, said_by


def picked(doc, numbers, k):
    """k of a document's sentence numbers, chosen by a hash of the document and the number (so the
    choice never changes), in text order."""
    return sorted(sorted(numbers, key=lambda n: hashlib.sha1(f"{doc}:{n}".encode()).hexdigest())[:k])


def speeches():
    """Sixth round, training only: White House speeches and remarks, 2009-2015; (doc, id, genre,
    text, whether an official said it: OFFICIALS)."""
    for doc, said_by in transcripts():
        said_by = [(who, s) for who, s in said_by if 5 <= len(s.split()) <= 60]
        sents = [s for _, s in said_by]
        said = int(hashlib.sha1(doc.encode()).hexdigest()[:8], 16) / 0xFFFFFFFF < SPOKEN_SHARE
        for i in picked(doc, range(len(sents)), SPEECH_SENTENCES):
            official = bool(OFFICIALS.fullmatch(said_by[i][0] or ""))
            if said:
                yield doc, f"{doc}:s{i}:spoken", "spoken", spoken(sents[i]), official
            else:
                yield doc, f"{doc}:s{i}", "speech", sents[i], official


# Seventh round, training only: news text, which the hidden test has most of and the corpus least.
NEWS_SENTENCES = 5  # per document at most: many documents rather than long runs of one
NEWS_CAP = 6000  # sentences of the round at most (whole documents, in the order of a hash of their ids)
HHS_FILES = ("2018 HHS Press Releases.csv", "2019_HHS_Press_Releases.csv")
# Paragraphs of the releases that are no prose of the release: links, subscription and contact lines,
# pointers to other pages.
HHS_NOT_PROSE = re.compile(r"https?:|www\.|@|^#|^(?:Enter your email|Receive latest|To sign up|Follow |Read |View |"
                           r"To read|To learn|To view|Learn more|For more|More information|Media contact|Contact:|"
                           r"Note:|Editor.s note|Photo|Click |Visit |Watch |Download |Sign up)")
# Full stops that end no sentence in the releases, besides those of ABBREVIATION.
NEWS_ABBREVIATION = re.compile(r"\b(?:Adm|Jan|Feb|Aug|Sept|Oct|Nov|Dec|Dept|Inc|Corp|Co|Ltd|Ph\.D|M\.D|e\.g|i\.e|vs)\.$")
DATELINE = re.compile(r"^[A-Z][A-Z.]+(?: [A-Z][A-Z.]+){0,3}(?: \([A-Za-z ]+\))? ?[—–-]{1,2} ")


def prose_sentences(line):
    """The sentences of one paragraph of prose: split after . ! ? before a capital or digit, not after
    the abbreviations of ABBREVIATION and NEWS_ABBREVIATION."""
    start = 0
    for m in re.finditer(r"(?<=[.!?])[\"”’)]?\s+(?=[\"“‘(]?[A-Z0-9])", line):
        before = line[start:m.start()].rstrip("\"”’)")
        if ABBREVIATION.search(before) or NEWS_ABBREVIATION.search(before):
            continue
        yield line[start:m.start() + len(m.group(0).rstrip())].strip()
        start = m.end()
    if line[start:].strip():
        yield line[start:].strip()


def hhs_paragraphs(page):
    """The paragraphs of one scraped hhs.gov page (its <p> elements, as a printed Python list of
    HTML): no breadcrumb and headline, nothing from the subscription box on, no links."""
    out = []
    for chunk in re.split(r"</p>", page):
        if "Enter your email" in chunk:
            break
        if 'class="breadcrumb"' in chunk:
            continue  # "Home > About > News > <headline>"
        chunk = re.sub(r"<br\s*/?>", "\n", chunk)
        chunk = re.sub(r"<[^>]*>", " ", chunk)
        chunk = re.sub(r"\\u([0-9a-fA-F]{4})|\\x([0-9a-fA-F]{2})", lambda m: chr(int(m.group(1) or m.group(2), 16)), chunk)
        chunk = html.unescape(chunk.replace("\\n", "\n").replace("\\t", " ").replace("\\'", "'"))
        for line in chunk.split("\n"):
            line = re.sub(r"\s+", " ", line.replace("\u200b", "")).strip().strip("[]").strip()
            if not line or HHS_NOT_PROSE.search(line):
                continue
            if not re.search(r"[.!?][\"”’)]?$", line):
                continue  # a subheading, list title or caption
            out.append(DATELINE.sub("", line))
    return out


def hhs_releases():
    """(doc id, [sentence]) of each HHS press release of 2018 and 2019, once."""
    csv.field_size_limit(1 << 30)
    seen = set()
    for name in HHS_FILES:
        path = os.path.join(DATA, "news-hhs", name)
        if not os.path.exists(path):
            continue
        with open(path, encoding="utf-8", newline="") as f:
            for row in list(csv.reader(f))[1:]:
                url, page = row[1], row[2]
                m = re.search(r"/about/news/(.+?)(?:/index)?\.html$", url)
                if not m or url in seen:
                    continue
                seen.add(url)
                yield f"hhs:{m.group(1)}", [s for p in hhs_paragraphs(page) for s in prose_sentences(p)]


def pud_documents():
    """(doc id, genre, [(sentence number, text)]) of English PUD: news (n*) and Wikipedia (w*)."""
    path = os.path.join(DATA, "news-pud", "en_pud-ud-test.conllu")
    if not os.path.exists(path):
        return
    docs = {}
    for doc, sid, text in conllu_texts(path, "pud"):
        assert sid.startswith(doc), sid
        docs.setdefault(doc, []).append((int(sid[len(doc):]), text))
    for doc, sents in docs.items():
        yield f"pud:{doc}", "news" if doc.startswith("n") else "wikipedia", sents


def news():
    """Seventh round, training only: news. English PUD's sentences (news and Wikipedia, a few from
    each document already) and NEWS_SENTENCES from each HHS press release, chosen by a hash so that
    the choice never changes; at most NEWS_CAP sentences."""
    docs = list(pud_documents())
    for doc, sents in hhs_releases():
        docs.append((doc, "news-gov", list(enumerate(sents))))
    total = 0
    for doc, genre, sents in sorted(docs, key=lambda d: hashlib.sha1(d[0].encode()).hexdigest()):
        sents = [(n, s) for n, s in sents if 5 <= len(s.split()) <= 60]
        text_of = dict(sents)
        chosen = [(n, text_of[n]) for n in picked(doc, text_of, NEWS_SENTENCES)]
        if not chosen or total + len(chosen) > NEWS_CAP:
            continue
        total += len(chosen)
        for n, text in chosen:
            yield doc, f"{doc}:s{n}", genre, text


def write_shards(split, by_genre, first):
    """Interleaves genres so that every shard, and so any prefix of the shards, has them all."""
    queues = {g: list(s) for g, s in sorted(by_genre.items())}
    order = []
    while any(queues.values()):
        for g in sorted(queues):
            if queues[g]:
                order.append(queues[g].pop(0))
    for k in range(0, len(order), SHARD):
        with open(os.path.join(OUT, f"{split}-{first + k // SHARD:03d}.jsonl"), "w", encoding="utf-8") as f:
            for rec in order[k:k + SHARD]:
                f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    counts = {g: len(s) for g, s in sorted(by_genre.items())}
    print(f"{split}: {len(order)} sentences in shards {first:03d} to {first + (len(order) - 1) // SHARD:03d}; {counts}")
    return first + (len(order) + SHARD - 1) // SHARD


def old_dev_docs():
    """Documents of the first dev set (data/dev/spacy18-dev.jsonl): they stay dev, re-annotated."""
    ids = set()
    with open(os.path.join(ROOT, "data", "dev", "spacy18-dev.jsonl"), encoding="utf-8") as f:
        for line in f:
            ids.add(json.loads(line)["source"])
    return ids


def usable(text):
    n = len(text.split())
    return 3 <= n <= 80


def main():
    pools = {"dev": {}, "train": {}}
    sentences = [x for gen in (ewt(), gum(), shared()) for x in gen]
    old = old_dev_docs()
    forced = {doc for doc, sid, _, _ in sentences if sid in old}
    for doc, sid, genre, text in sentences:
        if not usable(text) or sid in old:
            continue  # the first dev set's sentences are re-annotated in data/dev/corrections.txt
        split = "dev" if doc in forced else doc_split(doc)
        pools[split].setdefault(genre, []).append({"id": sid, "genre": genre, "doc": doc, "text": text})
    os.makedirs(OUT, exist_ok=True)
    after = {split: write_shards(split, by_genre, 0) for split, by_genre in pools.items()}
    third = {}
    for doc, sid, genre, text in more_training():
        if usable(text):
            third.setdefault(genre, []).append({"id": sid, "genre": genre, "doc": doc, "text": text})
    after_third = write_shards("train", third, after["train"])
    fourth = {}
    for doc, sid, genre, text in web_training():
        if usable(text):
            fourth.setdefault(genre, []).append({"id": sid, "genre": genre, "doc": doc, "text": text})
    after_fourth = write_shards("train", fourth, after_third)
    fifth = {}
    for doc, sid, genre, text in train_files():
        if usable(text):
            fifth.setdefault(genre, []).append({"id": sid, "genre": genre, "doc": doc, "text": text})
    after_fifth = write_shards("train", fifth, after_fourth)
    sixth = {}
    for doc, sid, genre, text, official in speeches():
        if usable(text):
            rec = {"id": sid, "genre": genre, "doc": doc, "text": text}
            if not official:
                rec["left_out"] = "not said by a US government official"
            sixth.setdefault(genre, []).append(rec)
    after_sixth = write_shards("train", sixth, after_fifth)
    seventh = {}
    for doc, sid, genre, text in news():
        if usable(text):
            seventh.setdefault(genre, []).append({"id": sid, "genre": genre, "doc": doc, "text": text})
    write_shards("train", seventh, after_sixth)
    return 0


if __name__ == "__main__":
    sys.exit(main())
