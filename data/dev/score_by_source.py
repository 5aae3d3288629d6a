#!/usr/bin/env python3
"""F1 of each source corpus of the dev set, from an `evaluate --errors` file.

    container/NER/evaluate --model embedded --label-scheme spacy --errors /tmp/errors.jsonl data/dev/spacy18-dev.jsonl
    python3 data/dev/score_by_source.py /tmp/errors.jsonl

A sentence absent from the errors file was recognised exactly; otherwise its missed spans are the
false negatives and its spurious ones the false positives. Standard library only.
"""
import collections
import json
import os
import sys

DEV = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'spacy18-dev.jsonl')


def main(argv):
    if len(argv) != 1:
        sys.exit(__doc__)
    mistakes = {}
    with open(argv[0], encoding='utf-8') as f:
        for line in f:
            d = json.loads(line)
            mistakes[d['text']] = d
    gold, fn, fp = collections.Counter(), collections.Counter(), collections.Counter()
    with open(DEV, encoding='utf-8') as f:
        for line in f:
            d = json.loads(line)
            src = d['source'].split(':')[0]
            m = mistakes.get(d['text'], {'missed': [], 'spurious': []})
            gold[src] += len(d['ents'])
            fn[src] += len(m['missed'])
            fp[src] += len(m['spurious'])
    print('| source | gold | precision | recall | F1 |')
    print('|---|---:|---:|---:|---:|')
    for src in gold:
        tp = gold[src] - fn[src]
        p = tp / (tp + fp[src]) if tp + fp[src] else 0.0
        r = tp / gold[src] if gold[src] else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        print(f'| {src} | {gold[src]} | {100 * p:.1f} | {100 * r:.1f} | {100 * f:.1f} |')


if __name__ == '__main__':
    main(sys.argv[1:])
