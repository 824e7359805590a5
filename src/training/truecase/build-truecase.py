#!/usr/bin/env python3
"""Rebuilds src/main/resources/lang/en/truecase.tsv: how English news writes a word when it is not shouting.

Wire copy and page furniture put headlines and datelines in capitals ("TALKS RESUME IN GENEVA"), where the name
finder, trained on ordinary casing, sees every word as a name or none. The annotator reads such a sentence through
this table (nlp/Truecaser): each word as news most often writes it away from a sentence's start.

Counts come from the Wikinews politics corpus (CC BY 2.5), words only, never text:

    python3 src/training/truecase/build-truecase.py ../shared/corpus/wikinews-politics/*.jsonl \
        > src/main/resources/lang/en/truecase.tsv

Rows: a lower-case word (or two, space-separated) and its usual form. The reader capitalises a word of five
letters or more that has no row, so the rows kept are the words whose usual form is not capitalised (common words,
initials, "McCain"-like forms), every word of up to four letters (a short unknown word in capitals is read as
initials), and the word pairs whose usual form the words' own rows would not give ("new zealand").
"""
import collections
import json
import re
import string
import sys

MIN_WORD = 2
MIN_PAIR = 3
PAIR_SHARE = 0.6
LETTERS = string.ascii_letters
WORD = re.compile(f"[{LETTERS}][{LETTERS}'’&-]*")
OPENERS = set('"“‘(«[')


def sentences(text):
    for line in text.split("\n"):
        for s in re.split(r"(?<=[.!?:;])\s+", line):
            yield s


def tokens(sentence):
    """The words of a sentence that do not open it (or a quotation, or a bracket), each with its predecessor."""
    out = []
    first = True
    prev = None
    for m in re.finditer(r"\S+", sentence):
        raw = m.group(0)
        if raw[0] in OPENERS:
            first = True
        w = WORD.fullmatch(raw.strip('"“”‘’()«»[],'))
        if w is None:
            prev = None
            first = first or raw[-1:] in OPENERS
            continue
        word = w.group(0)
        if not first:
            out.append((prev, word))
            prev = word
        else:
            prev = None
        first = False
    return out


def titled(w):
    return w[:1].upper() + w[1:].lower()


def main(paths):
    words = collections.defaultdict(collections.Counter)
    pairs = collections.defaultdict(collections.Counter)
    for path in paths:
        with open(path, encoding="utf-8") as f:
            for line in f:
                text = json.loads(line).get("text", "")
                for s in sentences(text):
                    for prev, w in tokens(s):
                        if w.isupper() and len(w) > 1 and sum(c.isupper() for c in s) > 0.6 * sum(c.isalpha() for c in s):
                            continue  # a shouting sentence says nothing of usual forms
                        words[w.lower()][w] += 1
                        if prev is not None:
                            pairs[prev.lower() + " " + w.lower()][prev + " " + w] += 1
    usual = {}
    for key, forms in words.items():
        if sum(forms.values()) < MIN_WORD:
            continue
        usual[key] = max(sorted(forms), key=forms.get)

    def read(key):
        form = usual.get(key)
        if form is not None:
            return form
        return key.upper() if len(key) <= 4 else titled(key)

    rows = {}
    for key, form in usual.items():
        if form != titled(key) or len(key) <= 4:
            rows[key] = form
    # Pairs only for names that open with a common word ("new zealand", "white house"): both words capitalised in
    # most of the pair's uses, the first one not so on its own.
    for key, forms in pairs.items():
        total = sum(forms.values())
        if total < MIN_PAIR:
            continue
        form = max(sorted(forms), key=forms.get)
        a, b = key.split(" ")
        if (forms[form] >= PAIR_SHARE * total and all(w[:1].isupper() for w in form.split(" "))
                and not read(a)[:1].isupper()):
            rows[key] = form
    print("# How news writes a word away from a sentence's start, for reading shouted headlines and datelines; built by")
    print("# src/training/truecase/build-truecase.py from word counts of the Wikinews politics corpus (CC BY 2.5).")
    print("words\tusual form")
    for key in sorted(rows):
        print(key + "\t" + rows[key])


if __name__ == "__main__":
    main(sys.argv[1:])
