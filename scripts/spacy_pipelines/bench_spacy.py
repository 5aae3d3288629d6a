"""spaCy's own speed on the bench texts: nlp.pipe, one process, at several batch sizes.

Usage: bench_spacy.py PIPELINE_DIR TEXTS_JSONL [seconds_per_point] [batch sizes, e.g. 16 or 1,8,32]
Prints, per batch size, whitespace tokens/s (the unit docs/PERFORMANCE.md uses for every system)
and spaCy tokens/s, best of three runs of about the given seconds.
"""
import json
import sys
import time

import spacy


def main():
    nlp = spacy.load(sys.argv[1])
    texts = [json.loads(line) for line in open(sys.argv[2], encoding="utf-8")]
    seconds = float(sys.argv[3]) if len(sys.argv) > 3 else 10.0
    ws_tokens = [len(t.split()) for t in texts]
    t0 = time.perf_counter()
    list(nlp.pipe(texts, batch_size=32))  # the first pass, as the Java engine's first pass
    print(f"spacy first pass over {len(texts)} texts (fresh pipeline): "
          f"{sum(ws_tokens) / (time.perf_counter() - t0):.0f} whitespace tokens/s")
    best_overall = 0.0
    batches = [int(b) for b in sys.argv[4].split(",")] if len(sys.argv) > 4 else [1, 8, 32, 128, 1000]
    for batch in batches:
        best = 0.0
        best_cpu = 0.0
        for _ in range(3):
            done_ws = done_sp = 0
            t0 = time.perf_counter()
            c0 = time.thread_time()
            i = 0
            while time.perf_counter() - t0 < seconds:
                chunk = texts[i % len(texts):i % len(texts) + batch] or texts[:batch]
                for doc, text in zip(nlp.pipe(chunk, batch_size=batch), chunk):
                    done_ws += len(text.split())
                    done_sp += len(doc)
                i += batch
            elapsed = time.perf_counter() - t0
            best = max(best, done_ws / elapsed)
            # per CPU second of the calling thread: on a shared machine this hardly depends on the load
            best_cpu = max(best_cpu, done_ws / max(1e-9, time.thread_time() - c0))
            sp_rate = done_sp / elapsed
        best_overall = max(best_overall, best)
        print(f"spacy nlp.pipe batch_size={batch}: {best:.0f} whitespace tokens/s ({sp_rate:.0f} spaCy tokens/s;"
              f" {best_cpu:.0f} whitespace tokens per thread CPU second)")
    print(f"spacy best: {best_overall:.0f} whitespace tokens/s")


if __name__ == "__main__":
    main()
