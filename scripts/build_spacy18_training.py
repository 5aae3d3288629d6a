#!/usr/bin/env python3
"""Build a CoNLL training file with spaCy's name types from the open corpora in ../shared/data/ner.

Issue 13 item 3 (a learned component where rules stop). Python 3 standard library only,
deterministic. Sources and mappings (see ../shared/data/ner/README.md):

  CrossNER train+dev (MIT)      person/politician/writer/musicalartist/scientist/researcher -> PERSON;
                                organisation/politicalparty/band/university/academicjournal/magazine -> ORG;
                                country -> GPE; location -> GPE/LOC/FAC by form; astronomicalobject -> LOC;
                                event/election/conference -> EVENT; book/poem/song/album/award -> WORK_OF_ART;
                                product/programlang -> PRODUCT; misc -> NORP/LANGUAGE/EVENT/LAW by form,
                                else the sentence is dropped; domain types (algorithm, field, ...) -> O.
  Re-DocRED test_revised ONLY   PER -> PERSON, ORG -> ORG, LOC -> GPE/LOC/FAC/NORP by form,
  (MIT; text Wikipedia CC BY-SA) MISC -> NORP/LANGUAGE/EVENT/LAW by form, else the sentence is dropped;
                                TIME, NUM -> O (numbers and dates are the grammar's job).
                                dev_revised is never read: the dev set uses it.
  WNUT17 train (CC BY 4.0)      person -> PERSON, group/corporation -> ORG, location -> GPE/LOC/FAC by form,
                                creative-work -> WORK_OF_ART, product -> PRODUCT.
  re3d (per-folder licences)    Person/Organisation/Location (capitalised, leading "the" trimmed; sentences
                                with nominal mentions dropped), Nationality -> NORP,
                                Weapon/Vehicle/MilitaryPlatform (capitalised) -> PRODUCT. Documents that
                                contain any dev-set sentence are excluded.

Any sentence whose text also occurs in data/dev/spacy18-dev.jsonl is skipped (compared without
whitespace). Output: token TAB BIO-tag, blank line between sentences, -DOCSTART- between documents
(train re-tokenises with the server's tokenizer and snaps spans to its tokens).

    python3 scripts/build_spacy18_training.py [--out target/spacy18-train.conll] [--types names]
"""
import argparse
import collections
import glob
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
DATA = os.path.normpath(os.path.join(ROOT, '..', 'shared', 'data', 'ner'))
DEV = os.path.join(ROOT, 'data', 'dev', 'spacy18-dev.jsonl')

LANGUAGES = set("""English French German Spanish Italian Russian Chinese Mandarin Cantonese Japanese Arabic Latin
Greek Portuguese Hindi Urdu Korean Dutch Swedish Norwegian Danish Finnish Persian Farsi Hebrew Turkish Polish Czech
Hungarian Romanian Bulgarian Serbian Croatian Ukrainian Bengali Punjabi Tamil Telugu Swahili Yiddish Sanskrit
Welsh Irish Gaelic Catalan Basque Esperanto Tagalog Vietnamese Thai Indonesian Malay Kurdish Pashto Icelandic""".split())
NORP_WORDS = set("""Christian Christians Muslim Muslims Catholic Catholics Jewish Jews Jew Buddhist Buddhists Hindu Hindus
Protestant Protestants Sunni Shia Shiite Shiites Islamic Republican Republicans Democrat Democrats Democratic
Communist Communists Socialist Socialists Conservative Conservatives Liberal Liberals Labour Tory Tories Dutch French
Swiss Greek Greeks Thai Kurd Kurds Arab Arabs Soviet Sikh Sikhs Mormon Mormons Orthodox Anglican Lutheran Baptist
Methodist Evangelical Nazi Nazis Marxist Marxists Maoist Latino Latinos Hispanic Hispanics Israeli Israelis Iraqi Iraqis
Pakistani Pakistanis Saudi Saudis Kuwaiti Yemeni Qatari Afghan Afghans Uzbek Kazakh Czech Czechs Slovak Scots Welsh Irish
British English Yazidi Yazidis Alawite Alawites Druze Bengali Punjabi Filipino Filipinos Maori Inuit""".split())
NORP_RE = re.compile(r"^[A-Z][a-z]+(an|ans|ian|ians|ese|ish|ic|ics)$")
NOT_NORP = set("""Japan Iran Oman Sudan Pakistan Afghanistan Kazakhstan Taiwan Michigan Kansas Jordan Spain Britain
Vatican Lebanon Yemen Bhutan Azerbaijan Uzbekistan Turkmenistan Kyrgyzstan Tajikistan Kurdistan Balkan Caribbean
Finnish Atlantic Pacific Adriatic Baltic Arctic Antarctic Republic Dominican Olympic Olympics Titanic Manhattan Brian
Morgan Dylan Ryan Evan Alan Sean Nathan Logan Jordan Megan Susan Vivian Julian Adrian Christian Ian""".split())
LOC_WORDS = re.compile(r"\b(River|Rivers|Sea|Ocean|Mountains|Mountain|Mount|Mt\.?|Lake|Lakes|Valley|Desert|Gulf|Bay|"
                       r"Peninsula|Basin|Coast|Strait|Straits|Canyon|Forest|Island|Islands|Isles|Glacier|Plain|Plains|"
                       r"Plateau|Delta|Creek|Falls|Range|Hills|Highlands|Cape|Region|Sahara|Alps|Himalayas|Andes)\b")
LOC_NAMES = set("""Europe Asia Africa Antarctica Oceania America Americas Australasia Eurasia Scandinavia Siberia Balkans
Caribbean Mediterranean Atlantic Pacific Arctic Midwest Levant Sahel Patagonia Tibet Kashmir Amazon Alps Himalayas""".split()) | {
    'North America', 'South America', 'Latin America', 'Central America', 'Middle East', 'Near East', 'Far East',
    'Southeast Asia', 'East Asia', 'South Asia', 'Central Asia', 'West Africa', 'East Africa', 'North Africa',
    'Sub-Saharan Africa', 'Western Europe', 'Eastern Europe', 'Central Europe', 'Northern Europe', 'Southern Europe',
    'West Bank', 'Gaza Strip', 'New England', 'Persian Gulf', 'the West', 'Horn of Africa'}
FAC_WORDS = re.compile(r"\b(Airport|Bridge|Stadium|Arena|Tower|Towers|Building|Hall|Station|Street|St\.|Road|Rd\.|"
                       r"Avenue|Ave\.|Boulevard|Highway|Motorway|Square|Palace|Castle|Cathedral|Church|Abbey|Temple|"
                       r"Mosque|Synagogue|Theatre|Theater|Prison|Jail|Dam|Canal|Tunnel|Base|Route|Interstate|Park|"
                       r"Gardens|Garden|Field|Memorial|Monument|Fort|Pier|Harbour|Harbor|Lighthouse|Mall|Hotel|"
                       r"Center|Centre|Library|Wall|Gate|Expressway|Freeway|Lane|Drive|Plaza|Ballpark|Dome|Coliseum|"
                       r"Colosseum|Racecourse|Speedway|Circuit|Raceway|Pyramid|Pyramids|Shrine|Chapel|Basilica|"
                       r"Terminal|Port|Dock|Docks|Camp|Barracks|Air Force Base)\b")
EVENT_WORDS = re.compile(r"\b(War|Wars|Battle|Siege|Olympics|Olympic Games|Games|Championship|Championships|Cup|"
                         r"Tournament|Festival|Election|Elections|Revolution|Rebellion|Uprising|Crisis|Massacre|Summit|"
                         r"Grand Prix|Open|Series|Tour|Expedition|Conference|Congress|Council of|Olympiad|Bowl|Classic|"
                         r"Marathon|Derby|Trophy|Invasion|Offensive|Operation|Campaign|Hurricane|Typhoon|Storm|"
                         r"Earthquake|Attack|Attacks|Bombing|Genocide|Holocaust|Riots|Protests|Expo|Exposition|Fair|"
                         r"Awards|Eurovision|Super Bowl|World Series|Wimbledon|Crusade|Reformation|Renaissance)\b")
LAW_WORDS = re.compile(r"\b(Act|Acts|Treaty|Constitution|Amendment|Convention|Accord|Accords|Code|Protocol|Charter|"
                       r"Bill|Doctrine|Declaration|Resolution|Directive|Statute|Ordinance|Law|Agreement|Pact)\b")


def norm(s):
    return re.sub(r"\s+", "", s)


def read_dev():
    texts, sources = set(), set()
    with open(DEV, encoding='utf-8') as f:
        for line in f:
            if line.strip():
                d = json.loads(line)
                texts.add(norm(d['text']))
                sources.add(d.get('source', ''))
    return texts, sources


def loc_type(name):
    if name in LOC_NAMES or name.replace('the ', '') in LOC_NAMES:
        return 'LOC'
    if FAC_WORDS.search(name):
        return 'FAC'
    if LOC_WORDS.search(name):
        return 'LOC'
    if ' ' not in name and (name in NORP_WORDS or (NORP_RE.match(name) and name not in NOT_NORP)):
        return 'NORP'
    return 'GPE'


def misc_type(name, following=''):
    """MISC-like span -> spaCy type by form, or None (unknown: drop the sentence)."""
    first = name.split()[0] if name.split() else name
    if name in LANGUAGES and following.lower().startswith('language'):
        return 'LANGUAGE'
    if ' ' not in name and (name in NORP_WORDS or (NORP_RE.match(name) and name not in NOT_NORP)):
        if name in LANGUAGES and following[:1] in ('', '.', ',', ')'):
            return None
        return 'NORP'
    if name in LANGUAGES:
        return 'LANGUAGE'
    if LAW_WORDS.search(name) and first[:1].isupper():
        return 'LAW'
    if EVENT_WORDS.search(name) and first[:1].isupper():
        return 'EVENT'
    return None


CROSSNER = {
    'person': 'PERSON', 'politician': 'PERSON', 'writer': 'PERSON', 'musicalartist': 'PERSON',
    'scientist': 'PERSON', 'researcher': 'PERSON',
    'organisation': 'ORG', 'politicalparty': 'ORG', 'band': 'ORG', 'university': 'ORG',
    'academicjournal': 'ORG', 'magazine': 'ORG',
    'country': 'GPE', 'location': 'loc', 'astronomicalobject': 'LOC',
    'event': 'EVENT', 'election': 'EVENT', 'conference': 'EVENT',
    'book': 'WORK_OF_ART', 'poem': 'WORK_OF_ART', 'song': 'WORK_OF_ART', 'album': 'WORK_OF_ART',
    'award': 'WORK_OF_ART',
    'product': 'PRODUCT', 'programlang': 'PRODUCT',
    'misc': 'misc',
}


class Stats:
    def __init__(self):
        self.sent = collections.Counter()
        self.dropped = collections.Counter()
        self.ents = collections.Counter()
        self.tokens = collections.Counter()


def bio_spans(tags):
    """BIO tags -> list of (start, end, type)."""
    spans, cur = [], None
    for i, t in enumerate(tags):
        if t == 'O' or not t:
            if cur: spans.append(cur); cur = None
            continue
        p, _, ty = t.partition('-')
        if p == 'B' or cur is None or cur[2] != ty:
            if cur: spans.append(cur)
            cur = [i, i + 1, ty]
        else:
            cur[1] = i + 1
    if cur: spans.append(cur)
    return [tuple(s) for s in spans]


def emit(out, stats, src, tokens, spans, dev_texts):
    """spans: (start, end, spacy_type) over tokens; type None = unknown -> drop sentence."""
    if not tokens:
        return
    if norm(''.join(tokens)) in dev_texts:
        stats.dropped[src + ':dev-overlap'] += 1
        return
    if any(s[2] is None for s in spans):
        stats.dropped[src + ':unknown-type'] += 1
        return
    tags = ['O'] * len(tokens)
    for s, e, ty in spans:
        if ty == 'O':
            continue
        for i in range(s, e):
            tags[i] = ('B-' if i == s else 'I-') + ty
        stats.ents[ty] += 1
    for tok, tag in zip(tokens, tags):
        tok = re.sub(r'\s', '_', tok) or '_'  # a CoNLL token holds no whitespace
        out.write(f'{tok}\t{tag}\n')
    out.write('\n')
    stats.sent[src] += 1
    stats.tokens[src] += len(tokens)


def crossner(out, stats, dev_texts):
    for path in sorted(glob.glob(os.path.join(DATA, 'crossner', '*.train.conll')) +
                       glob.glob(os.path.join(DATA, 'crossner', '*.dev.conll'))):
        out.write('-DOCSTART-\tO\n\n')
        tokens, tags = [], []
        with open(path, encoding='utf-8') as f:
            lines = f.read().split('\n') + ['']
        for line in lines:
            if not line.strip():
                if tokens:
                    spans = []
                    for s, e, ty in bio_spans(tags):
                        name = ' '.join(tokens[s:e])
                        m = CROSSNER.get(ty, 'O')
                        if m == 'loc':
                            m = loc_type(name)
                        elif m == 'misc':
                            m = misc_type(name, tokens[e] if e < len(tokens) else '')
                        spans.append((s, e, m))
                    emit(out, stats, 'crossner', tokens, spans, dev_texts)
                tokens, tags = [], []
                continue
            parts = line.split('\t')
            tokens.append(parts[0])
            tags.append(parts[-1].strip())


def redocred(out, stats, dev_texts):
    with open(os.path.join(DATA, 're-docred', 'test_revised.json'), encoding='utf-8') as f:
        docs = json.load(f)
    for doc in docs:
        out.write('-DOCSTART-\tO\n\n')
        per_sent = collections.defaultdict(dict)
        for v in doc['vertexSet']:
            for m in v:
                per_sent[m['sent_id']][tuple(m['pos'])] = m['type']
        for sid, toks in enumerate(doc['sents']):
            spans = []
            taken = set()
            # longest first, no overlaps (overlapping mentions: keep the longer one)
            for (s, e), ty in sorted(per_sent[sid].items(), key=lambda x: -(x[0][1] - x[0][0])):
                if any(i in taken for i in range(s, e)):
                    continue
                taken.update(range(s, e))
                name = ' '.join(toks[s:e])
                nxt = toks[e] if e < len(toks) else ''
                if ty == 'PER':
                    m = 'PERSON'
                elif ty == 'ORG':
                    m = 'ORG'
                elif ty == 'LOC':
                    m = loc_type(name)
                elif ty == 'MISC':
                    m = misc_type(name, nxt)
                else:  # TIME, NUM
                    m = 'O'
                spans.append((s, e, m))
            emit(out, stats, 're-docred', toks, sorted(spans), dev_texts)


WNUT = {'person': 'PERSON', 'group': 'ORG', 'corporation': 'ORG', 'location': 'loc',
        'creative-work': 'WORK_OF_ART', 'product': 'PRODUCT'}


def wnut(out, stats, dev_texts):
    out.write('-DOCSTART-\tO\n\n')
    with open(os.path.join(DATA, 'wnut17', 'train.conll'), encoding='utf-8') as f:
        lines = f.read().split('\n') + ['']
    tokens, tags = [], []
    for line in lines:
        if not line.strip():
            if tokens:
                spans = []
                for s, e, ty in bio_spans(tags):
                    m = WNUT.get(ty, 'O')
                    if m == 'loc':
                        m = loc_type(' '.join(tokens[s:e]))
                    spans.append((s, e, m))
                emit(out, stats, 'wnut17', tokens, spans, dev_texts)
            tokens, tags = [], []
            continue
        parts = line.split('\t')
        tokens.append(parts[0])
        tags.append(parts[-1].strip())


TOKEN_RE = re.compile(r"\w+(?:[-.'’]\w+)*\.?|[^\w\s]")
SENT_RE = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"'(])")


def re3d(out, stats, dev_texts):
    for folder in sorted(glob.glob(os.path.join(DATA, 're3d', '*', ''))):
        docs, ents = {}, collections.defaultdict(list)
        with open(os.path.join(folder, 'documents.json'), encoding='utf-8') as f:
            for line in f:
                if line.strip():
                    d = json.loads(line)
                    docs[d['_id']] = d['text']
        with open(os.path.join(folder, 'entities.json'), encoding='utf-8') as f:
            for line in f:
                if line.strip():
                    e = json.loads(line)
                    ents[e['documentId']].append(e)
        for did in sorted(docs):
            text = docs[did]
            nt = norm(text)
            if any(d in nt for d in dev_texts if len(d) > 30):
                stats.dropped['re3d:doc-in-dev'] += 1
                continue
            out.write('-DOCSTART-\tO\n\n')
            # entity char spans -> spaCy type (None = drop sentence)
            espans = []
            for e in sorted(ents[did], key=lambda e: (e['begin'], -e['end'])):
                b, en, ty = e['begin'], e['end'], e['type']
                val = text[b:en]
                if val.lower().startswith('the '):
                    b += 4
                    val = text[b:en]
                cap = val[:1].isupper()
                if ty in ('Person', 'Organisation'):
                    m = ('PERSON' if ty == 'Person' else 'ORG') if cap else None
                elif ty == 'Location':
                    m = loc_type(val) if cap else None
                elif ty == 'Nationality':
                    m = 'NORP' if cap else None
                elif ty in ('Weapon', 'Vehicle', 'MilitaryPlatform'):
                    m = 'PRODUCT' if cap else 'O'
                else:
                    m = 'O'
                espans.append((b, en, m))
            # sentences
            pos = 0
            for sent in SENT_RE.split(text):
                start = text.index(sent, pos)
                end = start + len(sent)
                pos = end
                toks = [(mm.start() + start, mm.end() + start, mm.group()) for mm in TOKEN_RE.finditer(sent)]
                spans, ok = [], True
                for b, en, m in espans:
                    if b >= end or en <= start:
                        continue
                    if b < start or en > end:
                        ok = False
                        break
                    idx = [i for i, (tb, te, _) in enumerate(toks) if tb < en and te > b]
                    if not idx:
                        continue
                    s, e = idx[0], idx[-1] + 1
                    if spans and s < spans[-1][1]:
                        continue  # nested: keep the first (outer)
                    spans.append((s, e, m))
                if not ok:
                    stats.dropped['re3d:cross-sentence'] += 1
                    continue
                emit(out, stats, 're3d', [t[2] for t in toks], spans, dev_texts)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--out', default=os.path.join(ROOT, 'target', 'spacy18-train.conll'))
    ap.add_argument('--sources', default='crossner,re-docred,wnut17,re3d')
    args = ap.parse_args()
    dev_texts, dev_sources = read_dev()
    assert not any(s.startswith('re-docred:test') for s in dev_sources)
    os.makedirs(os.path.dirname(args.out), exist_ok=True)
    stats = Stats()
    with open(args.out, 'w', encoding='utf-8') as out:
        for name in args.sources.split(','):
            {'crossner': crossner, 're-docred': redocred, 'wnut17': wnut, 're3d': re3d}[name](out, stats, dev_texts)
    print('wrote', args.out, file=sys.stderr)
    print('sentences', dict(stats.sent), file=sys.stderr)
    print('tokens', dict(stats.tokens), 'total', sum(stats.tokens.values()), file=sys.stderr)
    print('dropped', dict(stats.dropped), file=sys.stderr)
    print('entities', dict(stats.ents.most_common()), file=sys.stderr)


if __name__ == '__main__':
    main()
