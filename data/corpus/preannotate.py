#!/usr/bin/env python3
"""Drafts for annotators: each pool shard sent through a running service, its entities written in
the annotation format (data/corpus/README.md).

  scripts/run_local.sh &     # or any running server
  python3 data/corpus/preannotate.py --port 8080 target/corpus/pool/dev-000.jsonl ...
  python3 data/corpus/preannotate.py --model DIR|embedded target/corpus/pool/dev-000.jsonl ...   # no server:
      container/NER/evaluate --predictions on the model directory (or the embedded model)

Writes target/corpus/drafts/<shard>.txt: per sentence a '## text' line, then the draft line
'ID<TAB>LABEL:span | LABEL:span' (or 'ID<TAB>-') that the annotator corrects.
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile
import urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def served(recs, port):
    body = "\n".join(json.dumps({"text": r["text"]}, ensure_ascii=False) for r in recs).encode("utf-8")
    req = urllib.request.Request(f"http://127.0.0.1:{port}/invocations", data=body,
                                 headers={"Content-Type": "application/jsonlines"})
    return [json.loads(line) for line in urllib.request.urlopen(req, timeout=300).read().decode("utf-8").split("\n")]


def evaluated(recs, model):
    with tempfile.TemporaryDirectory() as tmp:
        texts, out = os.path.join(tmp, "texts.jsonl"), os.path.join(tmp, "predicted.jsonl")
        with open(texts, "w", encoding="utf-8") as f:
            for r in recs:
                f.write(json.dumps({"text": r["text"], "ents": []}, ensure_ascii=False) + "\n")
        subprocess.run([os.path.join(ROOT, "container", "NER", "evaluate"), "--model", model, "--label-scheme", "spacy",
                        "--force", "--predictions", out, texts], check=True, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL)
        return [json.loads(line) for line in open(out, encoding="utf-8")]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--port", type=int, default=8080)
    ap.add_argument("--model", help="draft with evaluate --predictions on this model directory (or embedded), no server")
    ap.add_argument("shards", nargs="+")
    a = ap.parse_args()
    out_dir = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(a.shards[0]))), "drafts")
    os.makedirs(out_dir, exist_ok=True)
    shards = {shard: [json.loads(line) for line in open(shard, encoding="utf-8")] for shard in a.shards}
    if a.model:  # one JVM for all shards: the model loads once
        every = [r for recs in shards.values() for r in recs]
        done = iter(evaluated(every, a.model))
        docs_of = {shard: [next(done) for _ in recs] for shard, recs in shards.items()}
    else:
        docs_of = {shard: served(recs, a.port) for shard, recs in shards.items()}
    for shard, recs in shards.items():
        name = os.path.splitext(os.path.basename(shard))[0]
        with open(os.path.join(out_dir, name + ".txt"), "w", encoding="utf-8") as f:
            for r, doc in zip(recs, docs_of[shard]):
                ents = " | ".join(f"{e['label']}:{e['text']}" for e in doc.get("ents", []))
                f.write(f"## {r['text']}\n{r['id']}\t{ents or '-'}\n")
        print(f"{shard}: {len(recs)} drafts -> {out_dir}/{name}.txt")
    return 0


if __name__ == "__main__":
    sys.exit(main())
