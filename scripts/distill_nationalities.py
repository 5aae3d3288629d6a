#!/usr/bin/env python3
"""Distils src/main/resources/io/nerbyoc/names/nationalities.txt (NORP words for the names
package) from the list CoreNLP's models jar ships, which the build unpacks to
target/gazetteer-sources: kbp/english/gazetteers/regexner_caseless.tab, class NATIONALITY, single
words only, minus words the same file lists as a city, country or state (Myanmar, Gibraltar).
  python3 scripts/distill_nationalities.py target/gazetteer-sources/edu/stanford/nlp/models/kbp/english/gazetteers/regexner_caseless.tab
"""
import re
import sys

# not nationalities, though listed as such: a territory and a misspelt region
NOT_PEOPLE = {"gibraltar", "carribean"}
places, words = set(NOT_PEOPLE), set()
with open(sys.argv[1], encoding="utf-8", errors="replace") as f:
    for line in f:
        cols = line.rstrip("\n").split("\t")
        if len(cols) < 2:
            continue
        if cols[1] in ("CITY", "COUNTRY", "STATE_OR_PROVINCE"):
            places.add(cols[0])
        elif cols[1] == "NATIONALITY" and re.fullmatch(r"[a-z]+", cols[0]):
            words.add(cols[0])
out = "src/main/resources/io/nerbyoc/names/nationalities.txt"
with open(out, "w", encoding="utf-8") as w:
    w.write("# Nationality words, one a line: distilled by scripts/distill_nationalities.py from CoreNLP's\n")
    w.write("# shipped kbp/english/gazetteers/regexner_caseless.tab (class NATIONALITY, single words, no place names).\n")
    for word in sorted(words - places):
        w.write(word + "\n")
print(len(words - places), "words written to", out)
