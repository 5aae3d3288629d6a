#!/usr/bin/env python3
"""Builds data/dev/spacy18-dev.jsonl: sentences from the open corpora in ../shared/data/ner,
annotated with spaCy's 18 entity types by hand (data/dev/corrections.txt).

  python3 data/dev/build_devset.py                 # rebuild spacy18-dev.jsonl (+ .sources.tsv)
  python3 data/dev/build_devset.py --draft SOURCE  # print candidate sentences with their
                                                   # pre-annotations, in corrections.txt form

How it works:
1. Every source is read deterministically into candidate sentences, each with a stable id
   (corpus:file:document/sentence) and pre-annotations: the corpus' own gold names mapped to
   spaCy's types (see MAPS) plus a few regular expressions for numbers and dates. Pre-annotations
   are only a starting point for the annotator (--draft); they never reach the output.
2. corrections.txt holds, for every sentence of the dev set, the final entity list chosen by hand
   by spaCy's conventions (../shared/reference/spacy-labels.md). Its ids decide which sentences
   are in the dev set and in which order. Line format:
       ID<TAB>LABEL:span text | LABEL:span text | ...      (or ID<TAB>- for no entities)
   Spans are listed in text order; each is looked up from the end of the previous one, at word
   boundaries; LABEL@2:text takes the second such occurrence.
3. Output: one JSON object per line {"text", "ents": [{"start", "end", "label"}], "source"},
   offsets in code points (Python str indices), checked: span text as written, no overlaps, no
   surrounding spaces, labels among the 18.
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
DATA = os.path.normpath(os.path.join(ROOT, "..", "shared", "data", "ner"))
LABELS = ["PERSON", "NORP", "FAC", "ORG", "GPE", "LOC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW",
          "LANGUAGE", "DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL", "CARDINAL"]

# Corpus types -> a first guess at spaCy's type (LOC and MISC-like types are re-typed by hand).
MAPS = {
    "conll": {"PER": "PERSON", "ORG": "ORG", "LOC": "GPE", "MISC": "MISC"},
    "re-docred": {"PER": "PERSON", "ORG": "ORG", "LOC": "GPE", "TIME": "DATE", "NUM": "CARDINAL", "MISC": "MISC"},
    "crossner": {"person": "PERSON", "writer": "PERSON", "musicalartist": "PERSON", "politician": "PERSON",
                 "organisation": "ORG", "politicalparty": "ORG", "band": "ORG", "location": "GPE",
                 "country": "GPE", "event": "EVENT", "election": "EVENT", "book": "WORK_OF_ART",
                 "poem": "WORK_OF_ART", "song": "WORK_OF_ART", "album": "WORK_OF_ART", "award": "WORK_OF_ART",
                 "magazine": "ORG", "literarygenre": None, "musicgenre": None, "musicalinstrument": None,
                 "product": "PRODUCT", "misc": "MISC"},
    "wnut17": {"person": "PERSON", "location": "GPE", "group": "ORG", "corporation": "ORG",
               "creative-work": "WORK_OF_ART", "product": "PRODUCT"},
    "re3d": {"Person": "PERSON", "Organisation": "ORG", "Location": "GPE", "Nationality": "NORP",
             "Money": "MONEY", "Quantity": "QUANTITY", "Temporal": "DATE", "MilitaryPlatform": "PRODUCT",
             "DocumentReference": "LAW"},
}

# ---------------------------------------------------------------- detokenising token corpora

NO_SPACE_BEFORE = {",", ".", ";", ":", ")", "]", "}", "%", "!", "?", "'s", "'S", "n't", "'re", "'ve", "'ll",
                   "'d", "'m", "''", "'", "...", "”", "’s"}
NO_SPACE_AFTER = {"(", "[", "{", "$", "``", "“", "#", "@", "US$", "£", "€"}


def detok(tokens, join_hyphens=False):
    """Text from tokens and each token's (start, end) in it. join_hyphens: a "-" token is written
    without spaces around it (Re-DocRED splits "Spider-Man" and "1946-1950" into three tokens)."""
    text = ""
    offsets = []
    quote_open = False
    prev = None
    for tok in tokens:
        t = tok
        if t == "``":
            t = '"'
        if t == "''":
            t = '"'
        space = bool(text)
        if prev is not None:
            if tok in NO_SPACE_BEFORE or t in NO_SPACE_BEFORE or re.fullmatch(r"'[a-z]{1,2}|n't", tok):
                space = False
            if prev in NO_SPACE_AFTER:
                space = False
        if t == '"':
            if quote_open:
                space = False
            quote_open = not quote_open
        elif prev == '"' and quote_open:
            space = False
        if join_hyphens and prev is not None and (t == "-" or prev == "-"):
            space = False
        if space:
            text += " "
        offsets.append((len(text), len(text) + len(t)))
        text += t
        prev = t if t != '"' else '"'
    return text, offsets


def bio_spans(tags, scheme):
    """(first token, last token + 1, type) from IOB1/BIO tags."""
    spans = []
    cur = None
    for i, tag in enumerate(tags + ["O"]):
        if tag == "O" or tag == "" or tag is None:
            if cur:
                spans.append(tuple(cur))
            cur = None
            continue
        p, typ = tag.split("-", 1)
        if cur and cur[2] == typ and (p == "I" or (scheme == "iob1" and p == "I")):
            cur[1] = i + 1
            continue
        if cur:
            spans.append(tuple(cur))
        cur = [i, i + 1, typ]
    return spans


def conll_sentences(path, scheme="bio"):
    """Yields (doc index, sentence index within the file, tokens, tags)."""
    doc = 0
    sent = 0
    toks, tags = [], []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if line.startswith("-DOCSTART-"):
                if toks:
                    yield doc, sent, toks, tags
                    sent += 1
                    toks, tags = [], []
                doc += 1
                continue
            if not line.strip():
                if toks:
                    yield doc, sent, toks, tags
                    sent += 1
                    toks, tags = [], []
                continue
            cols = line.split("\t") if "\t" in line else line.split()
            toks.append(cols[0])
            tags.append(cols[-1])
    if toks:
        yield doc, sent, toks, tags


def from_tokens(cid, source, toks, tags, mapping, scheme):
    text, offs = detok(toks)
    pre = []
    for a, b, typ in bio_spans(tags, scheme):
        lab = mapping.get(typ, typ)
        if lab:
            pre.append((offs[a][0], offs[b - 1][1], lab))
    return {"id": cid, "source": source, "text": text, "pre": pre}


# ---------------------------------------------------------------- sources

def wikigold():
    for doc, s, toks, tags in conll_sentences(os.path.join(DATA, "wikigold", "wikigold.conll")):
        yield from_tokens(f"wikigold:d{doc}:s{s}", "wikigold", toks, tags, MAPS["conll"], "iob1")


def merge_sec_tokens(toks, tags):
    """SEC filings, WNUT17 and Broad Twitter split numbers and clitics: "35 , 000", "3 . 5",
    "Party ' s", "don ' t"; join them (only there: elsewhere "1999 . 2000" can end a sentence)."""
    out_t, out_g = [], []
    i = 0
    while i < len(toks):
        t = toks[i]
        if (out_t and i + 1 < len(toks) and re.fullmatch(r"\$?[\d,.]*\d", out_t[-1])
                and ((t == "," and re.fullmatch(r"\d{3}", toks[i + 1])) or (t == "." and re.fullmatch(r"\d+", toks[i + 1])))):
            out_t[-1] += t + toks[i + 1]
            i += 2
            continue
        if out_t and t in ("s", "t", "m", "re", "ll", "d", "ve") and out_t[-1] in ("'", "’"):
            out_t[-1] += t
            i += 1
            continue
        out_t.append(t)
        out_g.append(tags[i])
        i += 1
    return out_t, out_g


def sec_filings():
    for doc, s, toks, tags in conll_sentences(os.path.join(DATA, "sec-filings", "test.conll")):
        toks, tags = merge_sec_tokens(toks, tags)
        yield from_tokens(f"sec-filings:test:s{s}", "sec-filings", toks, tags, MAPS["conll"], "iob1")


def crossner():
    for dom in ("politics", "music", "literature"):
        for split in ("dev", "test"):
            for doc, s, toks, tags in conll_sentences(os.path.join(DATA, "crossner", f"{dom}.{split}.conll")):
                yield from_tokens(f"crossner:{dom}.{split}:s{s}", "crossner", toks, tags, MAPS["crossner"], "bio")


def wnut17():
    for split in ("dev", "test"):
        for doc, s, toks, tags in conll_sentences(os.path.join(DATA, "wnut17", f"{split}.conll")):
            toks, tags = merge_sec_tokens(toks, tags)
            yield from_tokens(f"wnut17:{split}:s{s}", "wnut17", toks, tags, MAPS["wnut17"], "bio")


def broad_twitter():
    for doc, s, toks, tags in conll_sentences(os.path.join(DATA, "broad-twitter", "btc.dev.conll")):
        toks, tags = merge_sec_tokens(toks, tags)
        yield from_tokens(f"broad-twitter:dev:s{s}", "broad-twitter", toks, tags, MAPS["conll"], "bio")


def re_docred():
    with open(os.path.join(DATA, "re-docred", "dev_revised.json"), encoding="utf-8") as f:
        docs = json.load(f)
    for d, doc in enumerate(docs):
        for s, toks in enumerate(doc["sents"]):
            text, offs = detok(toks, join_hyphens=True)
            pre = set()
            for vertex in doc["vertexSet"]:
                for m in vertex:
                    if m["sent_id"] == s:
                        a, b = m["pos"]
                        pre.add((offs[a][0], offs[b - 1][1], MAPS["re-docred"][m["type"]]))
            yield {"id": f"re-docred:dev:d{d}:s{s}", "source": "re-docred", "text": text, "pre": sorted(pre)}


RE3D_FOLDERS = ["Australian_Department_of_Foreign_Affairs", "CENTCOM", "UK_Government", "US_State_Department",
                "Wikipedia"]
SENT_END = re.compile(r"(?<=[.!?])[ \t]+(?=[A-Z\"“])|\n+")


def re3d():
    for folder in RE3D_FOLDERS:
        base = os.path.join(DATA, "re3d", folder)
        with open(os.path.join(base, "documents.json"), encoding="utf-8") as f:
            documents = [json.loads(line) for line in f if line.strip()]
        ents = {}
        with open(os.path.join(base, "entities.json"), encoding="utf-8") as f:
            for line in f:
                if line.strip():
                    e = json.loads(line)
                    ents.setdefault(e["documentId"], []).append(e)
        for doc in documents:
            text = doc["text"]
            start = 0
            pieces = []
            for m in SENT_END.finditer(text):
                pieces.append((start, m.start()))
                start = m.end()
            pieces.append((start, len(text)))
            for a, b in pieces:
                chunk = text[a:b]
                lead = len(chunk) - len(chunk.lstrip())
                a += lead
                b = a + len(chunk.strip())
                if b - a < 20:
                    continue
                pre = set()
                for e in ents.get(doc["_id"], []):
                    if e["begin"] >= a and e["end"] <= b:
                        lab = MAPS["re3d"].get(e["type"])
                        if lab:
                            pre.add((e["begin"] - a, e["end"] - a, lab))
                yield {"id": f"re3d:{folder}:{doc['_id'][:12]}:c{a}", "source": f"re3d/{folder}",
                       "text": text[a:b], "pre": sorted(pre)}


SOURCES = {"wikigold": wikigold, "re-docred": re_docred, "crossner": crossner, "re3d": re3d,
           "sec-filings": sec_filings, "wnut17": wnut17, "broad-twitter": broad_twitter}

# ---------------------------------------------------------------- draft numeric/temporal guesses

MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)"
NUMWORD = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|hundreds|thousands?|dozens?|millions?)"
GUESSES = [
    ("MONEY", r"(?:US)?\$ ?\d[\d,]*(?:\.\d+)?(?: (?:million|billion|thousand))?|\d[\d,.]* (?:million |billion )?(?:dollars|euros|pounds)"),
    ("PERCENT", r"\d+(?:\.\d+)?(?: ?%| percent)"),
    ("DATE", MONTH + r"(?: \d{1,2})?(?:, \d{4}| \d{4})?|\d{1,2} " + MONTH + r"(?: \d{4})?|(?:the )?\d{4}s|(?:1[5-9]|20)\d\d"),
    ("TIME", r"\d{1,2}(?::\d\d)? ?(?:a\.m\.|p\.m\.|am|pm)|midnight|noon"),
    ("ORDINAL", r"first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)"),
    ("CARDINAL", r"\d[\d,]*(?:\.\d+)?(?: (?:million|billion|thousand))?|" + NUMWORD),
]


def guesses(text, taken):
    out = []
    for lab, rx in GUESSES:
        for m in re.finditer(r"(?<![\w$])(?:" + rx + r")(?!\w)", text, flags=re.I if lab in ("ORDINAL", "CARDINAL") else 0):
            a, b = m.span()
            if any(a < e and s < b for s, e, _ in taken + out):
                continue
            out.append((a, b, lab))
    return out


def richness(c):
    """Sort key for --draft: sentences with many and varied entities, numbers and dates first."""
    rare = {"NORP", "FAC", "EVENT", "LAW", "WORK_OF_ART", "PRODUCT", "MISC", "MONEY", "PERCENT", "QUANTITY",
            "TIME", "ORDINAL", "DATE", "CARDINAL"}
    spans = c["pre"] + guesses(c["text"], c["pre"])
    n = len(c["text"].split())
    if n < 6 or n > (70 if c["source"] == "sec-filings" else 45):
        return -1
    return len(spans) + sum(1 for s in spans if s[2] in rare) + len({s[2] for s in spans})


# ---------------------------------------------------------------- corrections -> output

def parse_corrections(path):
    out = []
    with open(path, encoding="utf-8") as f:
        for no, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            if "\t" not in line:
                raise SystemExit(f"{path}:{no}: expected ID<TAB>spans")
            cid, rest = line.split("\t", 1)
            items = []
            if rest.strip() != "-":
                for part in rest.split(" | "):
                    m = re.fullmatch(r"\s*([A-Z_]+)(?:@(\d+))?:(.+?)\s*", part)
                    if not m or m.group(1) not in LABELS:
                        raise SystemExit(f"{path}:{no}: bad span '{part}' (LABEL:text, LABEL one of spaCy's 18)")
                    items.append((m.group(1), int(m.group(2) or 1), m.group(3)))
            out.append((no, cid.strip(), items))
    return out


def locate(text, items, where):
    """Offsets of the listed spans; a no-break space in the text matches a space in the list."""
    shown = text
    text = text.replace("\u00a0", " ")
    ents = []
    pos = 0
    for lab, nth, span in items:
        found = -1
        p = pos
        for _ in range(nth):
            while True:
                found = text.find(span, p)
                if found < 0:
                    break
                before_ok = found == 0 or not (text[found - 1].isalnum() and span[0].isalnum())
                end = found + len(span)
                after_ok = end == len(text) or not (text[end].isalnum() and span[-1].isalnum())
                if before_ok and after_ok:
                    break
                p = found + 1
            if found < 0:
                break
            p = found + len(span)
        if found < 0:
            raise SystemExit(f"{where}: '{span}' ({lab}) not found after offset {pos} in: {shown}")
        ents.append({"start": found, "end": found + len(span), "label": lab})
        pos = found + len(span)
    return ents


def check(rec, where):
    prev_end = 0
    for e in rec["ents"]:
        s = rec["text"][e["start"]:e["end"]]
        assert s == s.strip() and s, f"{where}: span with surrounding space {s!r}"
        assert e["start"] >= prev_end, f"{where}: overlapping spans"
        assert e["label"] in LABELS, where
        prev_end = e["end"]


def main(argv):
    if len(argv) >= 2 and argv[0] == "--draft":
        name = argv[1]
        limit = int(argv[2]) if len(argv) > 2 else 60
        cands = list(SOURCES[name]())
        order = sorted(range(len(cands)), key=lambda i: (-richness(cands[i]), i))
        seen_docs = {}
        shown = 0
        for i in order:
            c = cands[i]
            doc = c["id"].rsplit(":", 1)[0] if name in ("wikigold", "re-docred", "re3d") else c["id"]
            if seen_docs.get(doc, 0) >= 2:
                continue
            seen_docs[doc] = seen_docs.get(doc, 0) + 1
            spans = sorted(c["pre"] + guesses(c["text"], c["pre"]))
            print(f"## {c['text']}")
            print(c["id"] + "\t" + (" | ".join(f"{l}:{c['text'][a:b]}" for a, b, l in spans) or "-"))
            shown += 1
            if shown >= limit:
                break
        return 0
    cands = {}
    for name, fn in SOURCES.items():
        for c in fn():
            cands[c["id"]] = c
    corr_path = os.path.join(HERE, "corrections.txt")
    records = []
    seen = set()
    for no, cid, items in parse_corrections(corr_path):
        where = f"{corr_path}:{no} ({cid})"
        if cid not in cands:
            raise SystemExit(f"{where}: no such sentence in the sources")
        if cid in seen:
            raise SystemExit(f"{where}: sentence listed twice")
        seen.add(cid)
        c = cands[cid]
        rec = {"text": c["text"], "ents": locate(c["text"], items, where), "source": cid}
        check(rec, where)
        records.append((c["source"], rec))
    with open(os.path.join(HERE, "spacy18-dev.jsonl"), "w", encoding="utf-8") as f:
        for _, rec in records:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    counts = {}
    per_source = {}
    for src, rec in records:
        group = src.split("/")[0]
        per_source.setdefault(group, [0, 0])
        per_source[group][0] += 1
        per_source[group][1] += len(rec["ents"])
        for e in rec["ents"]:
            counts[e["label"]] = counts.get(e["label"], 0) + 1
    print(f"{len(records)} sentences, {sum(counts.values())} entities -> data/dev/spacy18-dev.jsonl")
    for src, (n, e) in per_source.items():
        print(f"  {src:15s} {n:4d} sentences {e:5d} entities")
    for lab in LABELS:
        print(f"  {lab:12s} {counts.get(lab, 0):5d}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
