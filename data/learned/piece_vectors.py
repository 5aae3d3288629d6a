"""Word vectors for the decider, composed from the shipped e5-small encoder's wordpiece input
embeddings: a word's vector is the mean of its wordpieces' rows (BERT's uncased tokenizer, as
Hugging Face's `BertNormalizer` + `BertPreTokenizer` + `WordPiece` cut it; unknown pieces left out).
Every word has one, seen in training or not; the Java engine (`learned.PieceVectors`) composes the
same vectors from the same table at serving time.

    python piece_vectors.py ENCODER_DIR OUT_PIPELINE_DIR DATA.spacy...   # a vectors-only pipeline for training

Also imported by make_fixture.py and score_stacked.py, which add the vectors of words a pipeline has not seen.
"""
import json
import struct
import sys
import unicodedata
from pathlib import Path

import numpy as np

ONNX = "e5-small-v2-q.onnx"
TOKENIZER = "e5-small-v2-q-tokenizer.json"
TABLE = "embeddings.word_embeddings.weight"
MAX_CHARS = 100  # WordPiece's max_input_chars_per_word: longer words are [UNK]
CJK = ((0x4E00, 0x9FFF), (0x3400, 0x4DBF), (0x20000, 0x2A6DF), (0x2A700, 0x2B73F), (0x2B740, 0x2B81F),
       (0x2B820, 0x2CEAF), (0xF900, 0xFAFF), (0x2F800, 0x2FA1F))


def _varint(b, i):
    r = s = 0
    while True:
        c = b[i]
        i += 1
        r |= (c & 0x7F) << s
        s += 7
        if c < 0x80:
            return r, i


def _fields(b, start, end):
    i = start
    while i < end:
        key, i = _varint(b, i)
        f, wt = key >> 3, key & 7
        if wt == 0:
            v, i = _varint(b, i)
        elif wt == 2:
            n, i = _varint(b, i)
            v = (i, i + n)
            i += n
        elif wt == 5:
            v = b[i:i + 4]
            i += 4
        elif wt == 1:
            v = b[i:i + 8]
            i += 8
        else:
            raise ValueError("unsupported protobuf wire type %d" % wt)
        yield f, wt, v


def piece_table(encoder_dir):
    """The (30522, 384) float32 wordpiece embedding table of the quantized ONNX encoder, dequantized."""
    b = Path(encoder_dir, ONNX).read_bytes()
    tensors = {}
    for f, _, v in _fields(b, 0, len(b)):
        if f != 7:  # ModelProto.graph
            continue
        for g, _, t in _fields(b, *v):
            if g != 5:  # GraphProto.initializer
                continue
            rec = {}
            for h, wt, x in _fields(b, *t):
                rec.setdefault(h, []).append((wt, x))
            name = b[slice(*rec[8][0][1])].decode()
            if name.startswith(TABLE):
                tensors[name] = rec
    q = tensors[TABLE + "_quantized"]
    dims = [x for wt, x in q[1]]
    raw = np.frombuffer(b[slice(*q[9][0][1])], dtype=np.uint8).reshape(dims)
    wt, x = tensors[TABLE + "_scale"][4][0]  # float_data: packed (2) or one fixed32 (5)
    scale = struct.unpack("<f", b[x[0]:x[0] + 4] if wt == 2 else x)[0]
    wt, x = tensors[TABLE + "_zero_point"][5][0]  # int32_data: packed (2) or one varint (0)
    zero = _varint(b, x[0])[0] if wt == 2 else x
    return (raw.astype(np.float32) - zero) * scale


class Pieces:
    def __init__(self, encoder_dir):
        tok = json.loads(Path(encoder_dir, TOKENIZER).read_text(encoding="utf-8"))
        self.vocab = tok["model"]["vocab"]
        self.unk = self.vocab[tok["model"]["unk_token"]]
        self.table = piece_table(encoder_dir)

    @staticmethod
    def _normalize(text):
        out = []
        for c in text:
            o = ord(c)
            if o == 0 or o == 0xFFFD:
                continue
            cat = unicodedata.category(c)
            if c in "\t\n\r" or cat == "Zs":
                out.append(" ")
            elif cat in ("Cc", "Cf"):
                continue
            elif any(a <= o <= z for a, z in CJK):
                out.append(" " + c + " ")
            else:
                out.append(c)
        s = unicodedata.normalize("NFD", "".join(out))
        return "".join(c for c in s if unicodedata.category(c) != "Mn").lower()

    @staticmethod
    def _punct(c):
        o = ord(c)
        return 33 <= o <= 47 or 58 <= o <= 64 or 91 <= o <= 96 or 123 <= o <= 126 or unicodedata.category(c).startswith("P")

    def ids(self, word):
        """The wordpiece ids of one word, [UNK] left out."""
        chunks, cur = [], ""
        for c in self._normalize(word):
            if c.isspace():
                if cur:
                    chunks.append(cur)
                cur = ""
            elif self._punct(c):
                if cur:
                    chunks.append(cur)
                chunks.append(c)
                cur = ""
            else:
                cur += c
        if cur:
            chunks.append(cur)
        out = []
        for ch in chunks:
            if len(ch) > MAX_CHARS:
                continue
            start, sub = 0, []
            while start < len(ch):
                end, found = len(ch), None
                while start < end:
                    piece = ch[start:end] if start == 0 else "##" + ch[start:end]
                    if piece in self.vocab:
                        found = self.vocab[piece]
                        break
                    end -= 1
                if found is None:
                    sub = []
                    break
                sub.append(found)
                start = end
            out.extend(i for i in sub if i != self.unk)
        return out

    def vector(self, word):
        ids = self.ids(word)
        return self.table[ids].mean(0) if ids else None


ENCODER_DIR = Path(__file__).resolve().parents[2] / "target" / "models" / "encoder"  # `mvn package` extracts it
_pieces = None


def uses_vectors(nlp):
    embed = nlp.config["components"]["tok2vec"]["model"].get("embed", {})
    return bool(embed.get("include_static_vectors"))


def add_vectors(nlp, words):
    """Gives every word of `words` without a vector its composed one, when the pipeline reads static vectors
    (the installed decider ships none: the Java engine composes them, and so does this)."""
    global _pieces
    if not uses_vectors(nlp):
        return
    if _pieces is None:
        _pieces = Pieces(ENCODER_DIR)
    for w in words:
        if not nlp.vocab.has_vector(w):
            v = _pieces.vector(w)
            if v is not None:
                nlp.vocab.set_vector(w, v)


def main(encoder_dir, out_dir, *data):
    import spacy
    from spacy.tokens import DocBin
    from spacy.vectors import Vectors

    pieces = Pieces(encoder_dir)
    nlp = spacy.blank("en")
    words = set()
    for f in data:
        for doc in DocBin().from_disk(f).get_docs(nlp.vocab):
            words.update(t.text for t in doc)
    keys, rows = [], []
    for w in sorted(words):
        v = pieces.vector(w)
        if v is not None:
            keys.append(nlp.vocab.strings.add(w))
            rows.append(v)
    nlp.vocab.vectors = Vectors(data=np.array(rows, dtype=np.float32), keys=keys)
    nlp.to_disk(out_dir)
    print("%d words, %d with wordpiece vectors of width %d" % (len(words), len(keys), pieces.table.shape[1]),
          file=sys.stderr)


if __name__ == "__main__":
    main(*sys.argv[1:])
