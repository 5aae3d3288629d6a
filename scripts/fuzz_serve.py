#!/usr/bin/env python3
"""Fuzz a running NER server (nginx in front of the JVM) and check the "never down" contract.

Python 3 standard library only. Sends generated requests to POST /invocations (and a few other
paths): random and mutated JSON, JSON Lines, text/plain, KServe v2 JSON and binary tensors,
random Unicode, pathological texts, odd headers, wrong option types, concurrency bursts and
raw-socket HTTP oddities. After every case (or burst) it checks that

  * every error is JSON whose "status" equals the HTTP status, with no stack trace, under 2 KB;
  * the only 5xx are 503 overloaded/timeout/stalled and 507;
  * a normal request ({"text": "Angela Merkel visited Paris."}) is answered 200 within 2 s;
  * /ping answers 200 within 10 s;
  * the server process is still alive (with --pid);
  * no entity boundary falls between two letters or digits of one written word (glued units,
    zero-width and compatibility characters: family "glued_words", and every 200 answer).

Usage:
  scripts/fuzz_serve.py --port 8080 --seconds 600
  scripts/fuzz_serve.py --port 8080 --cases 2000 --seed 7 --log /tmp/serve.log --pid 1234
  scripts/fuzz_serve.py --port 8080 --only whitespace_runs --cases 5   # one family
  scripts/fuzz_serve.py --port 8080 --seconds 120 --header 'X-Amzn-SageMaker-Target-Model: m1'   # multi-model

Exit code 0 when no violation was seen, 1 otherwise. A summary table (status x code counts,
latencies, violations with a reproducer file each) is printed at the end; reproducers are written
to --out (default ./fuzz-out).
"""
import argparse
import collections
import http.client
import json
import os
import random
import re
import socket
import struct
import sys
import threading
import time
import unicodedata

NORMAL = json.dumps({"text": "Angela Merkel visited Paris."}).encode()
ALLOWED_5XX = {(503, "overloaded"), (503, "timeout"), (503, "stalled")}
# nginx's answers to HTTP it does not implement (README, Limits and errors): not part of the API.
# Counted apart; --strict-5xx counts them as violations.
PROTOCOL_5XX = {(501, "not_implemented"), (505, "http_version_not_supported")}
STACK_RE = re.compile(rb"(\bat [a-z][\w$]*(\.[\w$]+)+\(|Exception:|\.java:\d+|Caused by)")
STRICT_5XX = [False]
BINARY_TYPE = "application/vnd.sagemaker-triton.binary+json"


# ----------------------------------------------------------------------------------------------
# Random text
# ----------------------------------------------------------------------------------------------

WORDS = ("Angela Merkel visited Paris on Monday with Tim Cook of Apple Inc. in New York "
         "the Battle of Hastings $ 5 million 12 % 1998 third Google IBM Rome river Thames "
         "Barack Obama said Microsoft Ltd. bought GitHub for 7.5 billion dollars").split()
SCRIPTS = [
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
    "абвгдежзийклмнопрстуфхцчшщъыьэюяАБВГД",  # Cyrillic
    "αβγδεζηθικλμνξοπρστυφχψωΑΒΓΔ",  # Greek
    "אבגדהוזחטיכלמנסעפצקרשת",  # Hebrew (RTL)
    "ابتثجحخدذرزسشصضطظعغفقكلمنهوي",  # Arabic (RTL)
    "的一是不了人我在有他这中大来上国个到说们为子和你地出道也时年得就那要下以生会自着去之过家学对可她里后小么心多天而能好都然没日于起还发成事只作当想看文无开手十用主行方",
    "あいうえおかきくけこさしすせそたちつてとなにぬねのアイウエオカキクケコ",
    "가나다라마바사아자차카타파하",
    "กขฃคฅฆงจฉชซฌญฎฏฐฑฒณดตถทธนบปผฝพฟภมยรลวศษสหฬอฮ",
    "अआइईउऊऋएऐओऔकखगघङचछजझञटठडढणतथदधन",
]
SPECIAL = [
    "\u0301", "\u0308", "\u0327", "\u20dd",  # combining marks
    "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff",  # zero width, BOM
    "\u200e", "\u200f", "\u202a", "\u202b", "\u202e", "\u2066", "\u2069",  # bidi controls
    "\U0001F600", "\U0001F468\u200d\U0001F469\u200d\U0001F467", "\U0001F3F3\ufe0f\u200d\U0001F308",
    "\U0001F1E9\U0001F1EA", "\U0001D400", "\U00020000", "\U0010FFFD", "\U000E0041",
    "\x00", "\x01", "\x07", "\x1b", "\x7f", "\x85", "\x9f", "\t", "\r", "\n", "\r\n", "\x0b", "\x0c",
    "\x1c", "\x1d", "\x1e", "\x1f", "\u2028", "\u2029", "\u00a0", "\u1680", "\u2007", "\u202f",
    "\u205f", "\u3000", "\ufffd", "\ufffe", "\uffff", "\u0000",
]
# Characters Java counts as white space or Unicode spaces (what TextBounds.mask splits runs on).
JAVA_SPACES = ["\x09", "\x0a", "\x0b", "\x0c", "\x0d", "\x1c", "\x1d", "\x1e", "\x1f", " ", "\u00a0",
               "\u1680", "\u2000", "\u2001", "\u2002", "\u2003", "\u2004", "\u2005", "\u2006", "\u2007",
               "\u2008", "\u2009", "\u200a", "\u2028", "\u2029", "\u202f", "\u205f", "\u3000"]


def rand_char(rng):
    r = rng.random()
    if r < 0.35:
        return rng.choice(rng.choice(SCRIPTS))
    if r < 0.55:
        return rng.choice(SPECIAL)
    if r < 0.65:
        return rng.choice(" .,;:!?-'\"()[]{}<>$%&*#@/\\|~^`_+=")
    if r < 0.75:
        return chr(rng.randint(0x20, 0xD7FF))
    if r < 0.85:
        return chr(rng.randint(0xE000, 0xFFFD))
    return chr(rng.randint(0x10000, 0x10FFFF))


def rand_text(rng, n=None):
    n = n if n is not None else rng.choice([0, 1, 2, 5, 20, 100, 500, 2000])
    out = []
    while len(out) < n:
        if rng.random() < 0.5:
            out.append(rng.choice(WORDS))
            out.append(" ")
        else:
            out.append(rand_char(rng))
    return "".join(out)[: max(n, 0)] if n else ""


def news(rng, chars):
    out, size = [], 0
    while size < chars:
        s = " ".join(rng.choice(WORDS) for _ in range(rng.randint(5, 25))) + ". "
        out.append(s)
        size += len(s)
    return "".join(out)[:chars]


def surrogate_escape(rng):
    """A JSON string literal with lone surrogates written as \\u escapes."""
    parts = []
    for _ in range(rng.randint(1, 5)):
        parts.append(json.dumps(rand_text(rng, 10))[1:-1])
        parts.append(rng.choice(["\\ud800", "\\udfff", "\\udbff\\udbff", "\\udc00\\ud800", "\\ud83d"]))
    if rng.random() < 0.5:
        parts.append("\\ud83d\\ude00")  # a valid pair too
    return '"' + "".join(parts) + '"'


def pathological(rng, big=False):
    """(name, text) of a text chosen to stress tokenizer, rules and bounds."""
    n = rng.choice([1000, 5000, 20000, 40000]) if not big else rng.choice([200_000, 1_000_000])
    kinds = {
        "punct_run": lambda: rng.choice(".,;:!?-*#=~") * n,
        "punct_mix": lambda: "".join(rng.choice(".,;:!?-*#=~()[]{}<>\"'") for _ in range(n)),
        "digits": lambda: "".join(rng.choice("0123456789") for _ in range(n)),
        "digits_spaced": lambda: " ".join(str(rng.randint(0, 10**rng.randint(1, 9))) for _ in range(n // 6)),
        "dollars": lambda: ("$ " * (n // 2)),
        "money_pct": lambda: " ".join(rng.choice(["$", "%", "5", "$5", "5%", "US$", "million", "1,000.5"]) for _ in range(n // 4)),
        "brackets": lambda: "(" * (n // 2) + ")" * (n // 2),
        "brackets_mix": lambda: "".join(rng.choice("([{<>}])") for _ in range(n)),
        "dot_space": lambda: ". " * (n // 2),
        "newlines": lambda: "\n" * n,
        "crlf": lambda: "\r\n" * (n // 2),
        "tabs": lambda: "\t" * n,
        "spaces": lambda: " " * n,
        "word64": lambda: " ".join("A" + "b" * 63 for _ in range(n // 65)),
        "word65": lambda: " ".join("A" + "b" * 64 for _ in range(n // 66)),
        "word64_emoji": lambda: " ".join("\U0001F600" * 64 for _ in range(n // 130)),
        "word65_emoji": lambda: " ".join("\U0001F600" * 65 for _ in range(n // 132)),
        "caps_words": lambda: " ".join(rng.choice(["IBM", "NASA", "Paris", "Merkel", "Apple"]) for _ in range(n // 6)),
        "same_name": lambda: "Angela Merkel met Angela Merkel. " * (n // 33),
        "short_sentences": lambda: "A. " * (n // 3),
        "quotes": lambda: " ".join('"The Big Book"' for _ in range(n // 15)),
        "battle": lambda: " ".join("Battle of Paris" for _ in range(n // 16)),
        "url": lambda: "http://" + "a/" * (n // 2),
        "email": lambda: " ".join("a.b@c.com" for _ in range(n // 10)),
        "hyphens": lambda: "-".join("a" for _ in range(n // 2)),
        "apostrophes": lambda: "'".join("s" for _ in range(n // 2)),
        "ampersand": lambda: "&".join("AT" for _ in range(n // 3)),
        "mixed_scripts": lambda: "".join(rng.choice(rng.choice(SCRIPTS)) + (" " if rng.random() < 0.2 else "") for _ in range(n)),
        "combining": lambda: "a" + "\u0301" * (n - 1),
        "zwj_seq": lambda: " ".join("\U0001F468\u200d\U0001F469\u200d\U0001F467" * 3 for _ in range(n // 25)),
        "rtl_mix": lambda: " ".join(rng.choice(["\u202eabc", "שלום", "مرحبا", "Paris", "\u2066x\u2069"]) for _ in range(n // 6)),
        "controls": lambda: "".join(chr(rng.randint(1, 31)) for _ in range(n)),
        "segment_newline": lambda: "a " * 16383 + "\n" + "Angela Merkel visited Paris. " * (n // 29),
        "segment_boundary_emoji": lambda: "a" * 32767 + "\U0001F600" + " Paris" * 10,
        "segment_boundary_space": lambda: ("word " * 6553) + "xx" + " Angela Merkel" * 20,
        "segment_32768_nospace_sep": lambda: ("ab\u1680" * 10923)[:32768],
        "ssplit_abbrev": lambda: "Mr. " * (n // 4),
        "ordinals": lambda: " ".join(rng.choice(["1st", "2nd", "3rd", "21st", "first"]) for _ in range(n // 4)),
        "years": lambda: " ".join(str(rng.randint(1000, 2999)) for _ in range(n // 5)),
        "nationalities": lambda: " ".join(rng.choice(["German", "French", "Muslim", "Democrats"]) for _ in range(n // 8)),
        "bom_text": lambda: "\ufeff" + "Paris " * (n // 6),
        "nul_text": lambda: "Paris\x00" * (n // 6),
    }
    name = rng.choice(sorted(kinds))
    return name, kinds[name]()


def whitespace_run(rng, n=None):
    """Words joined by one of Java's space characters other than the ASCII space."""
    sep = rng.choice(JAVA_SPACES)
    unit = rng.choice(["a", "ab", "1", "A.", "-", "Paris"]) + sep
    n = n or rng.choice([2000, 8000, 16000])
    return "sep=U+%04X unit=%r n=%d" % (ord(sep), unit, n), (unit * (n // len(unit) + 1))[:n]


# ----------------------------------------------------------------------------------------------
# Cases: each returns a dict(name, method, path, headers, body) or dict(name, raw=bytes)
# ----------------------------------------------------------------------------------------------

def req(name, body=b"", ct="application/json", method="POST", path="/invocations", headers=None, timeout=90):
    h = {}
    if ct is not None:
        h["Content-Type"] = ct
    h.update(headers or {})
    if isinstance(body, str):
        body = body.encode("utf-8", "surrogatepass")
    return {"name": name, "method": method, "path": path, "headers": h, "body": body, "timeout": timeout}


def rand_json_value(rng, depth=0):
    r = rng.random()
    if depth > 3 or r < 0.3:
        return rng.choice([None, True, False, 0, -1, 1.5, 1e308, 2**64, "", "x", rand_text(rng, 5), "PER", "spacy"])
    if r < 0.6:
        return [rand_json_value(rng, depth + 1) for _ in range(rng.randint(0, 4))]
    return {rng.choice(["text", "texts", "input", "options", "labels", "a", ""]): rand_json_value(rng, depth + 1)
            for _ in range(rng.randint(0, 3))}


def rand_options(rng):
    o = {}
    for _ in range(rng.randint(0, 4)):
        k = rng.choice(["label_scheme", "labels", "include_source", "unknown", "LABELS", "label_scheme "])
        v = rng.choice([
            rng.choice(["spacy", "conll", "corenlp", "SPACY", "", "xx", None, 1, True, [], {}]),
            [rng.choice(["PER", "ORG", "PERSON", "GPE", "", 1, None, [], "X" * 300]) for _ in range(rng.randint(0, 5))],
            rng.choice([True, False, "true", 1, 0, None]),
            rand_json_value(rng),
        ])
        o[k] = v
    return o if rng.random() < 0.9 else rng.choice([[], "conll", 1, None, True])


def case_json_text(rng):
    kind = rng.choice(["text", "texts", "input", "bare"])
    if kind == "bare":
        return req("json_bare_string", json.dumps(rand_text(rng)))
    if kind == "texts":
        body = {"texts": [rand_text(rng) for _ in range(rng.randint(0, 30))]}
    else:
        body = {kind: rand_text(rng)}
    if rng.random() < 0.4:
        body["options"] = rand_options(rng)
    return req("json_" + kind, json.dumps(body, ensure_ascii=rng.random() < 0.5))


def case_json_wrong_types(rng):
    body = {rng.choice(["text", "texts", "input", "options"]): rand_json_value(rng)}
    if rng.random() < 0.5:
        body[rng.choice(["text", "texts", "input", "options", "extra"])] = rand_json_value(rng)
    return req("json_wrong_types", json.dumps(body))


def case_surrogates(rng):
    field = rng.choice(["text", "input"])
    return req("json_lone_surrogates", '{"%s": %s}' % (field, surrogate_escape(rng)))


def mutate(rng, data):
    data = bytearray(data)
    for _ in range(rng.randint(1, 6)):
        op = rng.random()
        if not data:
            data += bytes([rng.randint(0, 255)])
        elif op < 0.25:
            i = rng.randrange(len(data))
            data[i] = rng.randint(0, 255)
        elif op < 0.45:
            i = rng.randrange(len(data) + 1)
            data[i:i] = rng.choice([b"{", b"}", b"[", b"]", b'"', b"\\", b",", b":", b"\\u", b"\x00", b"\xff", b"\xc3",
                                    b"\xed\xa0\x80", b"\xef\xbb\xbf", b"\n", b"1e999", b"-", b"null", b'"text":'])
        elif op < 0.6:
            i = rng.randrange(len(data))
            del data[i:i + rng.randint(1, 8)]
        elif op < 0.75:
            data = data[: rng.randrange(len(data) + 1)]
        elif op < 0.9:
            i = rng.randrange(len(data))
            j = min(len(data), i + rng.randint(1, 20))
            data[i:i] = data[i:j] * rng.randint(1, 50)
        else:
            data = bytearray(b"\xef\xbb\xbf" + data)
    return bytes(data)


def seed_bodies(rng):
    return [
        (b'{"text": "Angela Merkel visited Paris."}', "application/json"),
        (b'{"texts": ["IBM hired Ada Lovelace.", "Rome"], "options": {"label_scheme": "conll", "labels": ["PER"]}}', "application/json"),
        (b'{"input": "Tim Cook runs Apple."}', "application/json"),
        (b'{"text": "Barack Obama"}\n"Tokyo"\n{"text": "Paris", "id": 3}\n', "application/jsonlines"),
        (json.dumps({"inputs": [{"name": "TEXT", "shape": [2], "datatype": "BYTES", "data": ["Angela Merkel", "Tokyo"]}]}).encode(), "application/json"),
        ("Angela Merkel visited Paris.".encode(), "text/plain"),
    ]


def case_mutated(rng):
    body, ct = rng.choice(seed_bodies(rng))
    return req("mutated_" + ct.split("/")[1], mutate(rng, body), ct)


def case_deep_nesting(rng):
    n = rng.choice([254, 255, 256, 1000, 100000])
    kind = rng.choice(["arr", "obj", "opt"])
    if kind == "arr":
        body = '{"text": "x", "extra": ' + "[" * n + "]" * n + "}"
    elif kind == "obj":
        body = '{"text": "x", "e": ' + '{"a":' * n + "1" + "}" * n + "}"
    else:
        body = '{"text": "x", "options": {"labels": ' + "[" * n + "]" * n + "}}"
    return req("json_deep_%s_%d" % (kind, n), body)


def case_json_numbers(rng):
    num = rng.choice(["1e999999999", "-0", "1" * 100000, "0." + "0" * 100000 + "1", "1e-999999999", "-1e400"])
    return req("json_big_number", '{"text": "Paris", "x": %s}' % num)


def case_jsonlines(rng):
    lines = []
    for _ in range(rng.randint(0, 40)):
        r = rng.random()
        if r < 0.4:
            lines.append(json.dumps({"text": rand_text(rng)}))
        elif r < 0.5:
            lines.append(json.dumps(rand_text(rng)))
        elif r < 0.6:
            lines.append("")
        elif r < 0.7:
            lines.append(json.dumps({"text": rand_text(rng), "options": rand_options(rng)}))
        elif r < 0.8:
            lines.append(json.dumps(rand_json_value(rng)))
        elif r < 0.9:
            lines.append('{"text": %s}' % surrogate_escape(rng))
        else:
            lines.append(mutate(rng, b'{"text": "Paris"}').decode("utf-8", "replace"))
    sep = rng.choice(["\n", "\r\n", "\n\n", "\r"])
    body = sep.join(lines) + rng.choice(["", "\n", "\r\n", "\n\n"])
    ct = rng.choice(["application/jsonlines", "application/x-jsonlines", "application/jsonl", "application/x-ndjson",
                     "application/jsonlines; charset=utf-8"])
    return req("jsonlines", body, ct, headers={"Accept": rng.choice(["", "*/*", "application/json", "application/jsonlines", "text/html"])})


def case_text_plain(rng):
    r = rng.random()
    if r < 0.3:
        body = bytes(rng.randint(0, 255) for _ in range(rng.randint(0, 300)))
    elif r < 0.5:
        body = rand_text(rng).encode("utf-8")
    else:
        name, t = pathological(rng)
        return req("text_plain_" + name, t.encode("utf-8", "surrogatepass"), "text/plain")
    return req("text_plain_random", body, rng.choice(["text/plain", "text/plain; charset=utf-8", "text/plain;charset=UTF8",
                                                      "text/plain; charset=latin-1", "TEXT/PLAIN", "text/plain;;;"]))


def case_pathological(rng):
    name, t = pathological(rng)
    fmt = rng.choice(["json", "plain", "lines", "texts"])
    if fmt == "json":
        return req("path_" + name, json.dumps({"text": t}, ensure_ascii=False).encode("utf-8", "surrogatepass"))
    if fmt == "plain":
        return req("path_" + name, t.encode("utf-8", "surrogatepass"), "text/plain")
    if fmt == "texts":
        return req("path_" + name, json.dumps({"texts": [t, "Angela Merkel visited Paris."]}))
    return req("path_" + name, json.dumps({"text": t}) + "\n" + json.dumps("Paris"), "application/jsonlines")


def case_whitespace_runs(rng):
    name, t = whitespace_run(rng)
    return req("whitespace_run " + name, json.dumps({"text": t}))


def kserve_json(rng):
    data = [rand_text(rng, rng.choice([0, 5, 50])) for _ in range(rng.randint(0, 6))]
    inp = {"name": rng.choice(["TEXT", "text", "X"]), "shape": [len(data)], "datatype": "BYTES", "data": data}
    r = rng.random()
    if r < 0.15:
        inp["shape"] = rng.choice([[], [len(data) + 1], [-1], [len(data), 1], [1, len(data)], [0], ["2"], [2.5], [1e10],
                                   [2**63], None, "x", [[2]]])
    elif r < 0.25:
        inp["datatype"] = rng.choice(["FP32", "bytes", "", None, 5, "STRING"])
    elif r < 0.35:
        inp["data"] = rng.choice([None, "x", [1, 2], [[data]], [None], {}, [[]], [["a"], ["b"]]])
    elif r < 0.45:
        del inp[rng.choice(list(inp))]
    body = {"inputs": [inp]}
    if rng.random() < 0.3:
        body["inputs"].append({"name": rng.choice(["TEXT", "OTHER"]), "shape": [1], "datatype": "BYTES", "data": ["x"]})
    if rng.random() < 0.3:
        body["parameters"] = rng.choice([rand_options(rng), {"binary_data_output": True}, "x", [], None])
    if rng.random() < 0.2:
        body["id"] = rng.choice(["req-1", 5, None, [], {}, "\u0000", "x" * 5000])
    if rng.random() < 0.1:
        body["inputs"] = rng.choice([[], {}, None, "TEXT", [1], [[]]])
    if rng.random() < 0.1:
        body["outputs"] = [{"name": "ENTITIES", "parameters": {"binary_data": True}}]
    return body


def case_kserve_json(rng):
    return req("kserve_json", json.dumps(kserve_json(rng)))


def case_kserve_binary(rng):
    texts = [rand_text(rng, rng.choice([0, 5, 50])).encode("utf-8", "surrogatepass") for _ in range(rng.randint(0, 5))]
    if rng.random() < 0.1:
        texts.append(b"\xff\xfe\xed\xa0\x80")
    blob = b"".join(struct.pack("<I", len(t)) + t for t in texts)
    r = rng.random()
    if r < 0.1:
        blob = blob[: rng.randrange(len(blob) + 1)]
    elif r < 0.2:
        blob = struct.pack("<I", rng.choice([0xFFFFFFFF, 0x7FFFFFFF, 0x80000000, 1000])) + blob
    elif r < 0.25:
        blob += b"\x01\x02"
    size = len(blob)
    if rng.random() < 0.15:
        size = rng.choice([size + 1, size - 1, -1, 2**31, 2**64 + 21, 1.5, "12", None, 0])
    inp = {"name": "TEXT", "shape": [len(texts)], "datatype": "BYTES", "parameters": {"binary_data_size": size}}
    if rng.random() < 0.1:
        inp["parameters"] = rng.choice([None, [], "x", {}])
    if rng.random() < 0.1:
        inp["data"] = ["inline"]
    header = json.dumps({"inputs": [inp]}).encode()
    hs = len(header)
    if rng.random() < 0.2:
        hs = rng.choice([hs + 1, hs - 1, 0, -1, 2**31, 2**32, "abc", "", " 5", "+%d" % hs, "%d.0" % hs, hs + len(blob) + 10])
    ct = rng.choice(["%s;json-header-size=%s" % (BINARY_TYPE, hs), "%s; json-header-size=%s" % (BINARY_TYPE, hs),
                     "%s;JSON-HEADER-SIZE=%s;charset=utf-8" % (BINARY_TYPE, hs),
                     "%s;json-header-size=%s;json-header-size=1" % (BINARY_TYPE, hs),
                     BINARY_TYPE, "%s;json-header-size" % BINARY_TYPE])
    return req("kserve_binary", header + blob, ct)


ACCEPTS = ["", "*/*", "application/json", "application/jsonlines", "text/html", "text/html;q=0.9, application/json;q=0.1",
           "application/json;q=0", "image/png", ";", ",,,", "*/*;q=0", "text/*", "application/*;q=0.5, text/html;q=0.6",
           "application/json;q=abc", "application/json;q=-1", "application/json;q=1e9", "application/json" + ";a=b" * 200,
           "text/html, image/gif, image/jpeg, *; q=.2, */*; q=.2", "application/json, " * 300, "\u00e9", "a/b/c",
           "text/html;level=1;q=0.5", "APPLICATION/JSON", "application/json;charset=utf-8;q=0.8"]
CONTENT_TYPES = ["application/json", "application/json; charset=utf-8", "application/json;charset=\"UTF-8\"",
                 "application/json; charset=utf-16", "application/json;;", "application/json; boundary=x", "text/json",
                 "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "", ";", "application/json; charset=",
                 "application/json, text/plain", "application/json\t", "application/octet-stream", "*/*",
                 "application/json; charset=utf-8; charset=latin1", "application/json" + "; a=b" * 500]
CUSTOM_ATTRS = ["label_scheme=conll", "label_scheme=conll; labels=PER,ORG", "labels=PER|ORG", "labels=", "label_scheme=",
                "label_scheme=nope", "include_source=true", "include_source=maybe", "=", ";;;", ",,,", "a=b=c",
                "labels=" + ",".join(["PER"] * 400), "x" * 1024, "x" * 1025, "trace_id=abc; label_scheme=spacy",
                "LABEL_SCHEME=CONLL", "labels=\u00e9\u00e8", "label_scheme=conll; label_scheme=corenlp",
                "labels=PER; labels=ORG", " ", "label_scheme=conll\x7f"]


def case_headers(rng):
    h = {}
    if rng.random() < 0.7:
        h["Accept"] = rng.choice(ACCEPTS)
    if rng.random() < 0.5:
        h["X-Amzn-SageMaker-Custom-Attributes"] = rng.choice(CUSTOM_ATTRS)
    if rng.random() < 0.2:
        h["X-Amzn-SageMaker-Inference-Id"] = rng.choice(["abc", "<" * 700, "\u00ff" * 700, "x" * 5000, "", "a\"b"])
    if rng.random() < 0.15:
        h["Content-Encoding"] = rng.choice(["gzip", "identity", "", "identity, gzip", "br", ","])
    if rng.random() < 0.1:
        h["X-Amzn-SageMaker-Target-Model"] = rng.choice(["m1", "", "../x"])
    if rng.random() < 0.1:
        h["Expect"] = "100-continue"
    ct = rng.choice(CONTENT_TYPES)
    body = json.dumps({"text": "Angela Merkel visited Paris.", "options": rand_options(rng)} if rng.random() < 0.3
                      else {"text": "Angela Merkel visited Paris."})
    hdrs = {}
    for k, v in h.items():
        hdrs[k] = v.encode("utf-8").decode("latin-1")  # http.client sends header values as latin-1
    return req("headers", body, ct.encode("utf-8").decode("latin-1"), headers=hdrs)


def case_paths(rng):
    method, path = rng.choice([
        ("GET", "/ping"), ("HEAD", "/ping"), ("POST", "/ping"), ("OPTIONS", "/ping"), ("GET", "/execution-parameters"),
        ("GET", "/invocations"), ("PUT", "/invocations"), ("DELETE", "/invocations"), ("PATCH", "/invocations"),
        ("OPTIONS", "/invocations"), ("POST", "/invocations/"), ("POST", "/invocations?x=1"), ("POST", "//invocations"),
        ("POST", "/invocations%00"), ("POST", "/endpoints/x/invocations"), ("POST", "/endpoints/%2e%2e/invocations"),
        ("POST", "/models"), ("GET", "/models"), ("GET", "/models/x"), ("DELETE", "/models/x"), ("POST", "/models/x/invoke"),
        ("GET", "/models?limit=abc"), ("GET", "/models?next_page_token=-1"), ("GET", "/__errors/500"), ("GET", "/__errors/x"),
        ("POST", "/Invocations"), ("POST", "/invocations/../ping"), ("GET", "/%ff"), ("FOO", "/invocations"),
        ("POST", "/invocations;jsessionid=1"), ("GET", "/ping?" + "a" * 10000),
    ])
    body = b'{"text": "Paris"}' if method in ("POST", "PUT", "PATCH") else b""
    return req("path %s %s" % (method, path[:40]), body, "application/json" if body else None, method=method, path=path)


def case_limits(rng):
    """Bodies and counts right at and just over the advertised limits (cheap ones)."""
    k = rng.choice(["texts_100k_empty", "texts_100001", "lines_100k", "lines_100001", "body_at_limit", "body_over",
                    "doc_over", "kserve_100001", "kserve_bin_100k", "texts_2m_empty"])
    if k == "texts_100k_empty":
        return req(k, json.dumps({"texts": [""] * 100000}))
    if k == "texts_100001":
        return req(k, json.dumps({"texts": ["a"] * 100001}))
    if k == "texts_2m_empty":
        return req(k, '{"texts": [' + ",".join(['""'] * 2000000) + "]}")
    if k == "lines_100k":
        return req(k, "\n".join(['""'] * 100000), "application/jsonlines")
    if k == "lines_100001":
        return req(k, "\n".join(['""'] * 100001), "application/jsonlines")
    if k == "body_at_limit":
        return req(k, b'"' + b" " * (6291456 - 2) + b'"')
    if k == "body_over":
        return req(k, b'"' + b" " * (6291456 - 1) + b'"')
    if k == "doc_over":
        return req(k, json.dumps({"text": " " * 1000001}))
    if k == "kserve_100001":
        return req(k, json.dumps({"inputs": [{"name": "TEXT", "shape": [100001], "datatype": "BYTES", "data": [""] * 100001}]}))
    blob = struct.pack("<I", 0) * 100000
    header = json.dumps({"inputs": [{"name": "TEXT", "shape": [100000], "datatype": "BYTES",
                                     "parameters": {"binary_data_size": len(blob)}}]}).encode()
    return req(k, header + blob, "%s;json-header-size=%d" % (BINARY_TYPE, len(header)))


def case_big(rng):
    """Expensive: a large document or batch (1 in ~40 cases)."""
    k = rng.choice(["1m_mixed", "100k_sentences", "1m_news", "lines_news", "texts_many", "1m_path", "emoji_runs",
                    "1m_whitespace_sep"])
    if k == "1m_mixed":
        t = "".join(rng.choice(rng.choice(SCRIPTS)) + (" " if rng.random() < 0.15 else "") for _ in range(1_000_000))
        return req(k, json.dumps({"text": t}, ensure_ascii=False).encode())
    if k == "100k_sentences":
        return req(k, json.dumps({"text": "I ran. " * 100000}))
    if k == "1m_news":
        return req(k, json.dumps({"text": news(rng, 1_000_000)}))
    if k == "lines_news":
        return req(k, "\n".join(json.dumps({"text": news(rng, 200)}) for _ in range(25000)), "application/jsonlines")
    if k == "texts_many":
        return req(k, json.dumps({"texts": [news(rng, 60) for _ in range(60000)]}))
    if k == "emoji_runs":
        return req(k, json.dumps({"text": " ".join(["\U0001F600" * 64] * 15000)}, ensure_ascii=False).encode())
    if k == "1m_whitespace_sep":
        return req(k, json.dumps({"text": ("a\u2028" * 500000)}, ensure_ascii=False).encode())
    name, t = pathological(rng, big=True)
    return req("1m_" + name, json.dumps({"text": t}, ensure_ascii=False).encode("utf-8", "surrogatepass"))


RAW = [
    b"GET /ping HTTP/1.0\r\n\r\n",
    b"GET /ping HTTP/1.1\r\n\r\n",
    b"GET /ping HTTP/2.0\r\nHost: x\r\n\r\n",
    b"GET /ping HTTP/0.9\r\n\r\n",
    b"GET /ping\r\n\r\n",
    b"\r\n\r\nGET /ping HTTP/1.1\r\nHost: x\r\n\r\n",
    b"get /ping HTTP/1.1\r\nHost: x\r\n\r\n",
    b"GET http://x/ping HTTP/1.1\r\nHost: y\r\n\r\n",
    b"GET /ping HTTP/1.1\r\nHost: x\r\nHost: y\r\n\r\n",
    b"OPTIONS * HTTP/1.1\r\nHost: x\r\n\r\n",
    b"CONNECT x:443 HTTP/1.1\r\nHost: x\r\n\r\n",
    b"POST /invocations HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 5\r\nContent-Length: 6\r\n\r\n{\"a\":1}",
    b"POST /invocations HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: -1\r\n\r\n",
    b"POST /invocations HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 99999999999999999999\r\n\r\n",
    b"POST /invocations HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 0x10\r\n\r\n",
    b"POST /invocations HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n1f\r\n{\"text\": \"Angela Merkel in P\r\n4;ext=1\r\naris\r\n2\r\n\"}\r\n0\r\nTrailer: x\r\n\r\n",
    b"POST /invocations HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\nFFFFFFFFFFFFFFFF\r\nx\r\n0\r\n\r\n",
    b"POST /invocations HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n",
    b"POST /invocations HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\nContent-Length: 3\r\n\r\n11\r\n{\"text\": \"Paris\"}\r\n0\r\n\r\n",
    b"POST /invocations HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nTransfer-Encoding: identity\r\nContent-Length: 17\r\n\r\n{\"text\": \"Paris\"}",
    b"POST /invocations HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nTransfer-Encoding: gzip, chunked\r\n\r\n0\r\n\r\n",
    b"POST /invocations HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n X-Folded: yes\r\nContent-Length: 17\r\n\r\n{\"text\": \"Paris\"}",
    b"POST /invocations HTTP/1.1\r\nHost: x\r\nContent-Type:application/json\r\nX-Bad\x01Name: 1\r\nContent-Length: 17\r\n\r\n{\"text\": \"Paris\"}",
    b"POST /invocations HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nX-Ctl: a\x01b\r\nContent-Length: 17\r\n\r\n{\"text\": \"Paris\"}",
    b"POST /invocations HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nX-Amzn-SageMaker-Custom-Attributes: labels=\xff\xfe\r\nContent-Length: 17\r\n\r\n{\"text\": \"Paris\"}",
    b"POST /invocations HTTP/1.1\r\nHost: x\r\nContent-Type: application/json; charset=\xff\r\nContent-Length: 17\r\n\r\n{\"text\": \"Paris\"}",
    b"POST /invocations HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nAccept: \xff\xfe/\xfd\r\nContent-Length: 17\r\n\r\n{\"text\": \"Paris\"}",
    b"POST /invocations HTTP/1.1\nHost: x\nContent-Type: application/json\nContent-Length: 17\n\n{\"text\": \"Paris\"}",
    b"POST /invocations HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 17\r\n\r\n{\"text\": \"Paris\"}GET /ping HTTP/1.1\r\nHost: x\r\n\r\n",
    b"POST /invocations HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 17\r\nExpect: 100-continue\r\n\r\n{\"text\": \"Paris\"}",
    b"POST /invocations HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 17\r\nExpect: 200-ok\r\n\r\n{\"text\": \"Paris\"}",
    b"POST /invocations HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 17\r\nRange: bytes=5-1\r\n\r\n{\"text\": \"Paris\"}",
    b"POST /invocations HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 17\r\nConnection: upgrade\r\nUpgrade: h2c\r\n\r\n{\"text\": \"Paris\"}",
    b"POST /invocations HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 17\r\nContent-Range: bytes 0-3/17\r\n\r\n{\"text\": \"Paris\"}",
    b"POST /invocations?text=Paris HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\n\r\n",
    b"PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n",
    b"\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03" + b"\x00" * 40,
    b"GET /" + b"a" * 20000 + b" HTTP/1.1\r\nHost: x\r\n\r\n",
    b"GET /ping HTTP/1.1\r\nHost: x\r\nX-Big: " + b"a" * 17000 + b"\r\n\r\n",
    b"GET /ping HTTP/1.1\r\nHost: x\r\n" + b"".join(b"X-H%d: %s\r\n" % (i, b"a" * 15000) for i in range(5)) + b"\r\n",
    b"GET /ping HTTP/1.1\r\nHost: x\r\n" + b"".join(b"X-H%d: a\r\n" % i for i in range(3000)) + b"\r\n",
    b"GET /ping HTTP/1.1\r\nHost: \x00\r\n\r\n",
    b"GET /ping HTTP/1.1\r\nHost: x\r\nAccept: ;\r\n\r\n",
    b"GET /ping HTTP/1.1\r\nHost: x\r\nAccept: application/json;q=0\r\n\r\n",
    b"GET /\x00ping HTTP/1.1\r\nHost: x\r\n\r\n",
    b"GET /%00 HTTP/1.1\r\nHost: x\r\n\r\n",
    b"GET /../../etc/passwd HTTP/1.1\r\nHost: x\r\n\r\n",
    b"POST /invocations HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{\"text\"",  # short body: nginx waits 60 s
]


def case_raw(rng):
    i = rng.randrange(len(RAW))
    data = RAW[i]
    if rng.random() < 0.2:
        data = mutate(rng, data)
        return {"name": "raw_mutated_%d" % i, "raw": data, "timeout": 8}
    # the last one (a body shorter than its Content-Length) waits out nginx's 60 s body timeout
    return {"name": "raw_%d" % i, "raw": data, "timeout": 70 if i == len(RAW) - 1 else 15}


GLUED = ["10", "3", "2.5", "2018", "km", "kg", "bn", "pm", "am", "m", "Angela", "Merkel", "Paris", "The", "the",
         "WSOP", "Super", "Bowl", "Inc.", "Apple", "$", "\u20ac", "%", "May", "5", ",", ".", "-", "'s", "of", "Corp.",
         "IBM", "iPhone", "X", "\u200b", "\u00ad", "&#8220;", "&#8221;", "\n", "\u0130", "\U0001d400", "x2", "4x4", "COVID-19"]


def case_glued_words(rng):
    """Words glued to numbers, units, symbols and invisible characters, as one text or a batch."""
    def text():
        return "".join(rng.choice(GLUED) + (" " if rng.random() < 0.66 else "") for _ in range(rng.randint(3, 28)))
    if rng.random() < 0.5:
        return req("glued_text", json.dumps({"text": text()}))
    return req("glued_texts", json.dumps({"texts": [text() for _ in range(rng.randint(1, 20))]}))


FAMILIES = [
    (case_glued_words, 10),
    (case_json_text, 12), (case_json_wrong_types, 6), (case_surrogates, 3), (case_mutated, 12), (case_deep_nesting, 2),
    (case_json_numbers, 1), (case_jsonlines, 8), (case_text_plain, 6), (case_pathological, 10), (case_whitespace_runs, 2),
    (case_kserve_json, 8), (case_kserve_binary, 8), (case_headers, 10), (case_paths, 5), (case_limits, 2), (case_raw, 6),
    (case_big, 0.6),
]


# ----------------------------------------------------------------------------------------------
# Sending and checking
# ----------------------------------------------------------------------------------------------

class Result:
    def __init__(self, status=None, body=b"", headers=None, elapsed=0.0, error=None):
        self.status, self.body, self.headers, self.elapsed, self.error = status, body, headers or {}, elapsed, error


EXTRA_HEADERS = {}


def send(host, port, case):
    if "raw" in case:
        return send_raw(host, port, case["raw"], case.get("timeout", 75))
    t = time.time()
    try:
        c = http.client.HTTPConnection(host, port, timeout=case.get("timeout", 90))
        c.putrequest(case["method"], case["path"], skip_accept_encoding=True)
        hdrs = dict(EXTRA_HEADERS)
        hdrs.update(case["headers"])
        for k, v in hdrs.items():
            c.putheader(k, v)
        body = case["body"]
        if body or case["method"] in ("POST", "PUT", "PATCH"):
            c.putheader("Content-Length", str(len(body)))
        c.endheaders(body if body else None)
        r = c.getresponse()
        data = r.read() if case["method"] != "HEAD" else b""
        c.close()
        return Result(r.status, data, {k.lower(): v for k, v in r.getheaders()}, time.time() - t)
    except Exception as e:  # noqa: BLE001 (any failure to get an answer is an outcome)
        return Result(None, b"", None, time.time() - t, "%s: %s" % (type(e).__name__, e))


def send_raw(host, port, data, timeout=75):
    """Sends bytes as they are and reads one answer. No half-close: nginx takes a client FIN as an abort."""
    t = time.time()
    chunks = []
    try:
        s = socket.create_connection((host, port), timeout=timeout)
        try:
            s.sendall(data)
        except OSError:
            pass
        s.settimeout(timeout)
        while True:
            try:
                b = s.recv(65536)
            except (socket.timeout, OSError):
                break
            if not b:
                break
            chunks.append(b)
            if complete(b"".join(chunks)):
                break
            s.settimeout(5)  # once an answer has started, the rest comes quickly
        s.close()
    except Exception as e:  # noqa: BLE001
        return Result(None, b"", None, time.time() - t, "%s: %s" % (type(e).__name__, e))
    raw = b"".join(chunks)
    if not raw:
        return Result(None, b"", None, time.time() - t, "closed without an answer")
    while re.match(rb"HTTP/\d\.\d 1\d\d", raw) and b"\r\n\r\n" in raw:
        raw = raw.partition(b"\r\n\r\n")[2]
    m = re.match(rb"HTTP/\d\.\d (\d{3})", raw)
    if not m:
        return Result(None, raw[:200], None, time.time() - t, "not HTTP: %r" % raw[:60])
    head, _, body = raw.partition(b"\r\n\r\n")
    headers = {}
    for line in head.split(b"\r\n")[1:]:
        k, _, v = line.partition(b":")
        headers[k.strip().lower().decode("latin-1")] = v.strip().decode("latin-1")
    if "chunked" in headers.get("transfer-encoding", ""):
        body = dechunk(body)
    elif "content-length" in headers:
        try:
            body = body[: int(headers["content-length"])]
        except ValueError:
            pass
    return Result(int(m.group(1)), body, headers, time.time() - t)


def complete(raw):
    """Whether raw holds a whole final (non-1xx) HTTP answer."""
    while True:
        head, sep, body = raw.partition(b"\r\n\r\n")
        if not sep:
            return False
        m = re.match(rb"HTTP/\d\.\d (\d{3})", head)
        if m and m.group(1).startswith(b"1"):
            raw = body
            continue
        m = re.search(rb"(?im)^content-length:\s*(\d+)", head)
        if m:
            return len(body) >= int(m.group(1))
        if re.search(rb"(?im)^transfer-encoding:.*chunked", head):
            return body.endswith(b"0\r\n\r\n")
        return False


def dechunk(body):
    out = b""
    while body:
        line, _, rest = body.partition(b"\r\n")
        try:
            n = int(line.split(b";")[0], 16)
        except ValueError:
            return out
        if n == 0:
            return out
        out += rest[:n]
        body = rest[n + 2:]
    return out


# Scripts written without spaces between words: any boundary between their letters is a word boundary.
UNSPACED = ("CJK", "HIRAGANA", "KATAKANA", "THAI", "LAO", "KHMER", "MYANMAR", "TIBETAN")


def word_char(c):
    """A letter, digit, mark or joiner of a spaced script, as the server's core.WrittenWords reads it.
    Categories come from Unicode 3.2 (unicodedata.ucd_3_2_0): Java 17 knows Unicode 13, this Python
    a later version, and a character added since (U+08CD, U+1079E) must not count as a letter here
    while the server sees an unassigned code point."""
    if c in "\u00ad\u200c\u200d":
        return True
    cat = unicodedata.ucd_3_2_0.category(c)
    if cat in ("Mn", "Mc", "Me"):
        return True
    if not (cat.startswith("L") or cat == "Nd"):
        return False
    return not unicodedata.ucd_3_2_0.name(c, "").startswith(UNSPACED)


def inside_word(text, at):
    return 0 < at < len(text) and word_char(text[at - 1]) and word_char(text[at])


def docs_of(body):
    """The {"text", "ents"} documents of a JSON or JSON Lines answer."""
    try:
        values = [json.loads(line) for line in body.decode("utf-8").split("\n") if line]
    except Exception:  # noqa: BLE001
        return []
    out = []
    for v in values:
        if isinstance(v, dict) and isinstance(v.get("docs"), list):
            out.extend(d for d in v["docs"] if isinstance(d, dict))
        elif isinstance(v, dict):
            out.append(v)
    return [d for d in out if isinstance(d.get("text"), str) and isinstance(d.get("ents"), list)]


def cut_words(body):
    """One problem per entity whose start or end falls inside a written word."""
    problems = []
    for d in docs_of(body):
        for e in d["ents"]:
            if inside_word(d["text"], e.get("start", 0)) or inside_word(d["text"], e.get("end", 0)):
                problems.append("entity cuts a word: %r in %r" % (e.get("text"), d["text"][:200]))
    return problems


def classify(res, case):
    """(status, code) and a list of violations for one answer."""
    problems = []
    if res.status is None:
        # A raw request the server may legitimately drop (e.g. TLS bytes, a cut-off body) is not a violation
        # when nginx closes the connection: record it, flag only timeouts and resets on well-formed requests.
        code = "no_answer"
        if "raw" not in case:
            problems.append("no answer: " + str(res.error))
        return (None, code), problems
    code = "-"
    ctype = res.headers.get("content-type", "")
    if res.status >= 400:
        try:
            j = json.loads(res.body.decode("utf-8"))
            code = j.get("code", "?") if isinstance(j, dict) else "?"
            if not isinstance(j, dict) or j.get("status") != res.status:
                problems.append("error body status %r != HTTP %d" % (j.get("status") if isinstance(j, dict) else j, res.status))
        except Exception:  # noqa: BLE001
            code = "non_json"
            if not (case.get("method") == "HEAD"):
                problems.append("non-JSON error body: %r" % res.body[:120])
        if len(res.body) > 2048:
            problems.append("error body %d bytes (over 2 KB)" % len(res.body))
        if "json" not in ctype and case.get("method") != "HEAD":
            problems.append("error Content-Type %r" % ctype)
    if STACK_RE.search(res.body[:200000]) and (res.status >= 400 or b'"error"' in res.body):
        problems.append("stack trace in body")
    if res.status >= 500 and (res.status, code) not in ALLOWED_5XX and res.status != 507:
        if (res.status, code) not in PROTOCOL_5XX or STRICT_5XX[0]:
            problems.append("disallowed %d %s" % (res.status, code))
    if res.status == 200 and "json" in ctype and "binary" not in ctype and case.get("method") != "HEAD":
        try:
            if "jsonlines" in ctype:
                for line in res.body.decode("utf-8").split("\n"):
                    if line:
                        json.loads(line)
            else:
                json.loads(res.body.decode("utf-8"))
        except Exception as e:  # noqa: BLE001
            problems.append("200 with unparseable JSON: %s" % e)
    if res.status == 200 and "json" in ctype and "binary" not in ctype and case.get("method") != "HEAD":
        problems.extend(cut_words(res.body))
    if res.status == 200 and "json" in ctype and b'"error"' in res.body:
        # per-document errors inside a batch: count their codes too
        for m in re.finditer(rb'"error":\{"status":(\d+),"code":"([a-z_]+)"', res.body):
            if int(m.group(1)) >= 500 and (int(m.group(1)), m.group(2).decode()) not in ALLOWED_5XX:
                problems.append("in-batch error %s %s" % (m.group(1).decode(), m.group(2).decode()))
    return (res.status, code), problems


class Fuzzer:
    def __init__(self, args):
        self.a = args
        self.rng = random.Random(args.seed)
        self.outcomes = collections.Counter()
        self.by_family = collections.defaultdict(collections.Counter)
        self.violations = []
        self.max_latency = (0.0, "")
        self.max_normal = (0.0, "")
        self.max_ping = (0.0, "")
        self.requests = 0
        self.cases = 0
        self.slow_recoveries = 0
        os.makedirs(args.out, exist_ok=True)

    def normal(self):
        r = send(self.a.host, self.a.port, req("normal", NORMAL, timeout=30))
        self.requests += 1
        return r

    def ping(self):
        r = send(self.a.host, self.a.port, req("ping", b"", None, method="GET", path="/ping", timeout=10))
        self.requests += 1
        return r

    def alive(self):
        if not self.a.pid:
            return True
        try:
            os.kill(self.a.pid, 0)
            return True
        except OSError:
            return False

    def save(self, case, why):
        n = len(self.violations)
        path = os.path.join(self.a.out, "violation-%03d.json" % n)
        rec = {"name": case["name"], "why": why}
        if "raw" in case:
            rec["raw_b64"] = __import__("base64").b64encode(case["raw"]).decode()
        else:
            rec.update(method=case["method"], path=case["path"], headers=case["headers"], body_len=len(case["body"]))
            with open(path[:-5] + ".body", "wb") as f:
                f.write(case["body"])
        with open(path, "w") as f:
            json.dump(rec, f, indent=1)
        self.violations.append((case["name"], why, path))
        print("VIOLATION %s: %s -> %s" % (case["name"], why, path), flush=True)

    def record(self, case, res, family):
        key, problems = classify(res, case)
        self.outcomes[key] += 1
        self.by_family[family][key] += 1
        if res.elapsed > self.max_latency[0]:
            self.max_latency = (res.elapsed, case["name"])
        for p in problems:
            self.save(case, p)
        if self.a.verbose:
            print("%-40s %s %s %.2fs" % (case["name"][:40], key[0], key[1], res.elapsed), flush=True)

    def check_after(self, case):
        """A normal request within 2 s and /ping 200 within 10 s; else wait for recovery and report it."""
        t0 = time.time()
        r = self.normal()
        ok = r.status == 200 and r.elapsed <= 2.0
        if r.elapsed > self.max_normal[0]:
            self.max_normal = (r.elapsed, case["name"])
        if not ok:
            why = "normal request after attack: %s %s in %.2fs" % (r.status, classify(r, {})[0][1] if r.status else r.error, r.elapsed)
            # wait for recovery (bounded) so the next cases are not blamed
            rec = None
            while time.time() - t0 < self.a.recovery:
                time.sleep(0.5)
                r2 = self.normal()
                if r2.status == 200 and r2.elapsed <= 2.0:
                    rec = time.time() - t0
                    break
            self.slow_recoveries += 1
            self.save(case, why + ("; recovered after %.1fs" % rec if rec else "; NOT recovered in %ds" % self.a.recovery))
        if not self.alive():
            self.save(case, "server process %d is gone" % self.a.pid)
            return False
        t1 = time.time()
        while True:
            p = self.ping()
            if p.status == 200:
                break
            if time.time() - t1 > 10:
                self.save(case, "/ping not 200 within 10 s after the attack (last %s %r)" % (p.status, p.body[:100]))
                break
            time.sleep(0.5)
        dt = time.time() - t1
        if dt > self.max_ping[0]:
            self.max_ping = (dt, case["name"])
        return True

    def burst(self):
        """8 concurrent large requests, then the checks."""
        n = 8
        cases = []
        for _ in range(n):
            k = self.rng.random()
            if k < 0.4:
                cases.append(req("burst_news_60k", json.dumps({"text": news(self.rng, 60000)})))
            elif k < 0.7:
                name, t = pathological(self.rng)
                cases.append(req("burst_" + name, json.dumps({"text": t})))
            else:
                cases.append(req("burst_texts", json.dumps({"texts": [news(self.rng, 300) for _ in range(300)]})))
        results = [None] * n

        def go(i):
            results[i] = send(self.a.host, self.a.port, cases[i])

        th = [threading.Thread(target=go, args=(i,)) for i in range(n)]
        for t in th:
            t.start()
        for t in th:
            t.join()
        self.requests += n
        for c, r in zip(cases, results):
            self.record(c, r, "burst")
        return {"name": "burst of %d: %s" % (n, ", ".join(c["name"] for c in cases)), "method": "POST",
                "path": "/invocations", "headers": {}, "body": b""}

    def pick(self):
        fams = FAMILIES
        if self.a.only:
            fams = [(f, w) for f, w in FAMILIES if f.__name__ == "case_" + self.a.only]
            if not fams:
                sys.exit("no family case_%s" % self.a.only)
        if not self.a.heavy:
            fams = [(f, w) for f, w in fams if f is not case_big] or fams
        total = sum(w for _, w in fams)
        x = self.rng.random() * total
        for f, w in fams:
            x -= w
            if x <= 0:
                return f
        return fams[-1][0]

    def run(self):
        start = time.time()
        r = self.ping()
        if r.status != 200:
            sys.exit("server at %s:%d does not answer /ping 200 (%s %s)" % (self.a.host, self.a.port, r.status, r.error))
        while True:
            if self.a.cases and self.cases >= self.a.cases:
                break
            if self.a.seconds and time.time() - start >= self.a.seconds:
                break
            self.cases += 1
            if self.a.bursts and not self.a.only and self.cases % self.a.bursts == 0:
                c = self.burst()
            else:
                fam = self.pick()
                c = fam(self.rng)
                res = send(self.a.host, self.a.port, c)
                self.requests += 1
                self.record(c, res, fam.__name__[5:])
            if not self.check_after(c):
                break
            if self.cases % 100 == 0:
                print("... %d cases, %d requests, %d violations, %.0fs" % (self.cases, self.requests, len(self.violations),
                                                                          time.time() - start), flush=True)
        self.elapsed = time.time() - start

    def summary(self):
        print()
        print("cases: %d   requests: %d   wall: %.0fs   seed: %d" % (self.cases, self.requests, self.elapsed, self.a.seed))
        print()
        print("| status | code | count |")
        print("|---|---|---|")
        for (s, c), n in sorted(self.outcomes.items(), key=lambda kv: (kv[0][0] or 0, kv[0][1])):
            print("| %s | %s | %d |" % (s if s else "-", c, n))
        print()
        print("max latency of a fuzz request: %.2fs (%s)" % self.max_latency)
        print("max time to answer a normal request after an attack: %.2fs (after %s)" % self.max_normal)
        print("max time until /ping 200 after an attack: %.2fs (after %s)" % self.max_ping)
        bad5 = sum(n for (s, c), n in self.outcomes.items()
                   if s and s >= 500 and (s, c) not in ALLOWED_5XX | PROTOCOL_5XX and s != 507)
        proto = sum(n for k, n in self.outcomes.items() if k in PROTOCOL_5XX)
        print("disallowed 5xx: %d   protocol 5xx from nginx (501/505, malformed HTTP): %d" % (bad5, proto))
        print("no answer: %d   slow recoveries: %d" % (
            sum(n for (s, c), n in self.outcomes.items() if s is None), self.slow_recoveries))
        if self.a.log and os.path.exists(self.a.log):
            with open(self.a.log, "rb") as f:
                log = f.read().decode("utf-8", "replace").splitlines()
            errors = [l for l in log if " ERROR " in l or "ERROR:" in l]
            traces = [l for l in log if l.startswith("\tat ") or "Exception" in l]
            print("server log %s: %d ERROR lines, %d stack-trace/exception lines" % (self.a.log, len(errors), len(traces)))
            for l in errors[:10]:
                print("   ", l[:200])
        print()
        print("violations: %d" % len(self.violations))
        seen = collections.Counter()
        for name, why, path in self.violations:
            k = re.sub(r"[\d.]+s", "Ns", why)[:90]
            seen[k] += 1
            if seen[k] <= 3:
                print("  - %s: %s (%s)" % (name, why, path))
        return 1 if self.violations else 0


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=8080)
    p.add_argument("--seconds", type=float, default=0, help="stop after this many seconds (0: no limit)")
    p.add_argument("--cases", type=int, default=0, help="stop after this many cases (0: no limit)")
    p.add_argument("--seed", type=int, default=int(time.time()) % 100000)
    p.add_argument("--bursts", type=int, default=150, help="a burst of 8 concurrent large requests every N cases (0: none)")
    p.add_argument("--heavy", action="store_true", help="include million-character and 6 MB cases (slow: up to 60 s each)")
    p.add_argument("--only", help="run one family, e.g. whitespace_runs, kserve_binary, raw")
    p.add_argument("--recovery", type=int, default=90, help="seconds to wait for a normal request to succeed again")
    p.add_argument("--pid", type=int, help="the server's pid (serve or java): checked alive after every case")
    p.add_argument("--log", help="server log to count ERROR lines in at the end")
    p.add_argument("--out", default="fuzz-out", help="directory for reproducers")
    p.add_argument("-v", "--verbose", action="store_true")
    p.add_argument("--header", action="append", default=[],
                   help="'Name: value' added to every request, e.g. 'X-Amzn-SageMaker-Target-Model: m1' for a multi-model endpoint")
    p.add_argument("--strict-5xx", action="store_true", help="count nginx's 501/505 for malformed HTTP as violations")
    a = p.parse_args()
    STRICT_5XX[0] = a.strict_5xx
    for h in a.header:
        k, _, v = h.partition(":")
        EXTRA_HEADERS[k.strip()] = v.strip()
    if not a.seconds and not a.cases:
        a.seconds = 300
    f = Fuzzer(a)
    try:
        f.run()
    except KeyboardInterrupt:
        f.elapsed = 0
    sys.exit(f.summary())


if __name__ == "__main__":
    main()
