#!/usr/bin/env bash
# Puts the fetched corpora the spacy18 corpus reads into ../shared/data/ner, at the commits the
# annotations were made on (data/corpus/README.md, "Sources"). Only the files prepare.py reads are
# copied: the English Web Treebank dev and test text (UniversalNER, CC BY-SA 4.0), the GUM genres
# whose licence allows commercial use and derivative works, and the English Web Treebank's training
# documents (Universal Dependencies' per-document files, CC BY-SA 4.0; UniversalNER's train file is
# too large to fetch here), which the fourth round annotated, and the White House speeches and
# remarks of 2009-2015 (transcripts published on whitehouse.gov, scraped into
# computingForSocialScience/cfss-homework-jmausolf), which the sixth round annotated; prepare.py keeps
# only what US government officials said (its OFFICIALS), and, for the seventh round, news text:
# Universal Dependencies' English PUD (1,000 sentences of news and Wikipedia, CC BY-SA 3.0) and the
# press releases of the US Department of Health and Human Services of 2018 and 2019 (hhs.gov, US
# government works, scraped into pballent/Web-Scraping-HHS-Press-Releases).
#   data/corpus/fetch_sources.sh                                  # clones all six from GitHub
#   data/corpus/fetch_sources.sh EWT_GIT_DIR GUM_GIT_DIR UD_EWT_GIT_DIR WH_GIT_DIR [PUD_GIT_DIR [HHS_GIT_DIR]]
#                                                                 # from local clones or mirrors
set -euo pipefail
cd "$(dirname "$0")/../.."
DEST=../shared/data/ner
EWT_COMMIT=8ed072de2fd24022cc62458997fe96a8fe191ea4
GUM_COMMIT=72ce5ac14978a324c2fd18d49484e65292cbe316
UD_EWT_COMMIT=15d613d8447b3478787d4c278730a1e48a945efb
WH_COMMIT=170d4a814b72928ac67802017387babfbb908e98
WH_DIR=Final_Project/White_House_Speeches/1_WHITE_HOUSE_SPEECHES/__2009-2015_MASTER_Speeches
PUD_COMMIT=f16eba4ae7f3d161870ed320676c5088b8fa476c
HHS_COMMIT=df847e1436606ba196e49f0fb7e7aa54dc418d11
# GUM_speech_destiny is left out: its licence is unclear.
GUM_GENRES="academic bio court interview news speech textbook voyage"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
source_of() { # url local-dir -> a git directory holding the commit
  if [[ -n "$2" ]]; then echo "$2"; else git clone -q --bare "$1" "$tmp/$(basename "$1")" && echo "$tmp/$(basename "$1")"; fi
}
ewt=$(source_of https://github.com/UniversalNER/UNER_English-EWT "${1:-}")
gum=$(source_of https://github.com/amir-zeldes/gum "${2:-}")
ud=$(source_of https://github.com/UniversalDependencies/UD_English-EWT "${3:-}")
wh=$(source_of https://github.com/computingForSocialScience/cfss-homework-jmausolf "${4:-}")
pud=$(source_of https://github.com/UniversalDependencies/UD_English-PUD "${5:-}")
hhs=$(source_of https://github.com/pballent/Web-Scraping-HHS-Press-Releases "${6:-}")
for pair in "$ewt $EWT_COMMIT" "$gum $GUM_COMMIT" "$ud $UD_EWT_COMMIT" "$wh $WH_COMMIT" "$pud $PUD_COMMIT" "$hhs $HHS_COMMIT"; do
  set -- $pair
  git -C "$1" cat-file -e "$2^{commit}" 2>/dev/null || {
    echo "fetch_sources: $1 lacks commit $2; fetch that repository's history first" >&2
    exit 1
  }
done
mkdir -p "$DEST/uner-ewt" "$DEST/gum/dep"
for split in dev test; do
  git -C "$ewt" show "$EWT_COMMIT:en_ewt-ud-$split.iob2" > "$DEST/uner-ewt/en_ewt-ud-$split.iob2"
done
git -C "$ewt" show "$EWT_COMMIT:LICENSE.txt" > "$DEST/uner-ewt/LICENSE.txt"
for file in $(git -C "$gum" ls-tree --name-only "$GUM_COMMIT" dep/); do
  genre=$(basename "$file" | cut -d_ -f2)
  [[ "$(basename "$file")" == GUM_* && " $GUM_GENRES " == *" $genre "* && "$file" != *GUM_speech_destiny* ]] || continue
  git -C "$gum" show "$GUM_COMMIT:$file" > "$DEST/gum/$file"
done
git -C "$gum" show "$GUM_COMMIT:LICENSE.txt" > "$DEST/gum/LICENSE.txt"
mkdir -p "$DEST/ewt-train"
for file in $(git -C "$ud" show "$UD_EWT_COMMIT:not-to-release/file-lists/files.train"); do
  mkdir -p "$DEST/ewt-train/$(dirname "$file")"
  git -C "$ud" show "$UD_EWT_COMMIT:not-to-release/sources/$file" > "$DEST/ewt-train/$file"
done
git -C "$ud" show "$UD_EWT_COMMIT:LICENSE.txt" > "$DEST/ewt-train/LICENSE.txt"
printf 'UniversalDependencies/UD_English-EWT at %s (CC BY-SA 4.0): the training documents of not-to-release/file-lists/files.train, written by data/corpus/fetch_sources.sh\n' \
  "$UD_EWT_COMMIT" > "$DEST/ewt-train/SOURCE.txt"
# The speakers' folders only (the yearly folders hold the same files again).
mkdir -p "$DEST/whitehouse"
# quotepath: names with quotes or tabs come out quoted, so the .txt test leaves those 10 files out
# whatever the user's git config says.
for file in $(git -c core.quotepath=true -C "$wh" ls-tree -r --name-only "$WH_COMMIT" "$WH_DIR/" | grep '\.txt$'); do
  speaker=$(basename "$(dirname "$file")" | sed 's/^__2009-2015_MASTER_//')
  mkdir -p "$DEST/whitehouse/$speaker"
  git -C "$wh" show "$WH_COMMIT:$file" > "$DEST/whitehouse/$speaker/$(basename "$file")"
done
printf 'White House speeches and remarks 2009-2015 from computingForSocialScience/cfss-homework-jmausolf at %s (%s), written by data/corpus/fetch_sources.sh.\nThe transcripts were published on whitehouse.gov ("government-produced materials appearing on this site are not copyright protected"); what US government officials say in them are works of the US government (17 U.S.C. 105). Some also record reporters, foreign leaders, debate opponents and moderators and guests, whose words are not: data/corpus/prepare.py keeps those sentences out of the corpus. The repository states no licence; only the transcripts are used, and no text is committed.\n' \
  "$WH_COMMIT" "$WH_DIR" > "$DEST/whitehouse/SOURCE.txt"
printf 'UniversalNER/UNER_English-EWT at %s (CC BY-SA 4.0), written by data/corpus/fetch_sources.sh\n' "$EWT_COMMIT" > "$DEST/uner-ewt/SOURCE.txt"
printf 'amir-zeldes/gum at %s, genres %s (licences per genre in its README), written by data/corpus/fetch_sources.sh\n' \
  "$GUM_COMMIT" "$GUM_GENRES" > "$DEST/gum/SOURCE.txt"
# Seventh round (news): English PUD's one file, and the two CSV files of HHS press releases.
mkdir -p "$DEST/news-pud" "$DEST/news-hhs"
git -C "$pud" show "$PUD_COMMIT:en_pud-ud-test.conllu" > "$DEST/news-pud/en_pud-ud-test.conllu"
git -C "$pud" show "$PUD_COMMIT:LICENSE.txt" > "$DEST/news-pud/LICENSE.txt"
printf 'UniversalDependencies/UD_English-PUD at %s (text CC BY-SA 3.0, LICENSE.txt; the README: "GOOGLE MAKES THEM AVAILABLE TO YOU under CC-BY-SA 3.0"), written by data/corpus/fetch_sources.sh.\n1,000 sentences, a few from each of 397 documents: news (document ids n*) and Wikipedia (w*), part of them translated into English from other languages (the parallel PUD sentences).\n' \
  "$PUD_COMMIT" > "$DEST/news-pud/SOURCE.txt"
for file in "2018 HHS Press Releases.csv" "2019_HHS_Press_Releases.csv"; do
  git -C "$hhs" show "$HHS_COMMIT:$file" > "$DEST/news-hhs/$file"
done
printf 'Press releases and statements of the US Department of Health and Human Services, 2018 (171) and 2019 (52), from pballent/Web-Scraping-HHS-Press-Releases at %s, written by data/corpus/fetch_sources.sh.\nThe releases were published on hhs.gov by the Department and written by its staff: works of the US government, not copyright protected (17 U.S.C. 105). The repository states no licence; only the text of the releases is used (its code is not), and no text is committed. The scraper removed every comma from the text ("$999000", "April 16 2016").\n' \
  "$HHS_COMMIT" > "$DEST/news-hhs/SOURCE.txt"
echo "fetch_sources: $(ls "$DEST/gum/dep" | wc -l) GUM files, the EWT dev and test text, $(find "$DEST/ewt-train" -name '*.conllu' | wc -l) EWT training documents, $(find "$DEST/whitehouse" -mindepth 2 -name '*.txt' | wc -l) White House transcripts, English PUD and $(ls "$DEST/news-hhs" | grep -c '\.csv$') files of HHS press releases are in $DEST"
