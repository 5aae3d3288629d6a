"""spaCy reader for the stacked NER's training data (registered as "nerbyoc.StackedCorpus.v1").

spaCy's own Corpus re-tokenizes each reference text, which drops token attributes; the model's
evidence (TAG, the rules' BILUO tag; LEMMA, their origin) must reach the predicted side, so each
example's predicted doc is rebuilt with the reference's words, spaces, tags and lemmas, and no entities.
"""
import random

import spacy
from spacy.tokens import Doc, DocBin
from spacy.training import Example


@spacy.registry.readers("nerbyoc.StackedCorpus.v1")
def stacked_corpus(path: str, shuffle: bool = False):
    """path: one .spacy file, or several joined by commas."""
    def read(nlp):
        docs = [d for p in path.split(",") for d in DocBin().from_disk(p).get_docs(nlp.vocab)]
        if shuffle:
            random.shuffle(docs)
        for ref in docs:
            pred = Doc(nlp.vocab, words=[t.text for t in ref], spaces=[bool(t.whitespace_) for t in ref],
                       tags=[t.tag_ for t in ref], lemmas=[t.lemma_ for t in ref])
            yield Example(pred, ref)
    return read
