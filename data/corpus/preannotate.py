#!/usr/bin/env python3
"""Drafts for annotators: each pool shard sent through a running service, its entities written in
the annotation format (data/corpus/README.md).

  scripts/run_local.sh &     # or any running server
  python3 data/corpus/preannotate.py --port 8080 target/corpus/pool/dev-000.jsonl ...

Writes target/corpus/drafts/<shard>.txt: per sentence a '## text' line, then the draft line
'ID<TAB>LABEL:span | LABEL:span' (or 'ID<TAB>-') that the annotator corrects.
"""
import argparse
import json
import os
import sys
import urllib.request


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--port", type=int, default=8080)
    ap.add_argument("shards", nargs="+")
    a = ap.parse_args()
    out_dir = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(a.shards[0]))), "drafts")
    os.makedirs(out_dir, exist_ok=True)
    for shard in a.shards:
        recs = [json.loads(line) for line in open(shard, encoding="utf-8")]
        body = "\n".join(json.dumps({"text": r["text"]}, ensure_ascii=False) for r in recs).encode("utf-8")
        req = urllib.request.Request(f"http://127.0.0.1:{a.port}/invocations", data=body,
                                     headers={"Content-Type": "application/jsonlines"})
        lines = urllib.request.urlopen(req, timeout=300).read().decode("utf-8").split("\n")
        name = os.path.splitext(os.path.basename(shard))[0]
        with open(os.path.join(out_dir, name + ".txt"), "w", encoding="utf-8") as f:
            for r, line in zip(recs, lines):
                doc = json.loads(line)
                ents = " | ".join(f"{e['label']}:{e['text']}" for e in doc.get("ents", []))
                f.write(f"## {r['text']}\n{r['id']}\t{ents or '-'}\n")
        print(f"{shard}: {len(recs)} drafts -> {out_dir}/{name}.txt")
    return 0


if __name__ == "__main__":
    sys.exit(main())
