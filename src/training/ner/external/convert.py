#!/usr/bin/env python3
"""Rewrites open NER corpora as the two-column CoNLL that `train-ner --external` reads.

One token and its IOB2 tag a line, a blank line between sentences, -DOCSTART- between documents; only PER, ORG
and LOC are kept (anything else becomes O), so the finder learns our three types and nothing is taught as a
name that our scheme (ANNOTATION.md) leaves unmarked.

  convert.py uner OUT.conll en_ewt-ud-dev.iob2 [...]   Universal NER (id, token, tag; '# newdoc' starts a document)
  convert.py sec  OUT.conll FIN5.txt [...]             SEC filings (token, POS, chunk, IOB1 tag; -DOCSTART-)

SEC filings tag the parties of a loan agreement ("Borrower", "Lender", "the Bank") as PER/ORG; our scheme leaves
such roles unmarked, so a single-word span that is one of ROLE_WORDS is read as O.
"""
import sys

TYPES = {"PER", "ORG", "LOC"}
ROLE_WORDS = {"borrower", "borrowers", "lender", "lenders", "bank", "banks", "company", "guarantor", "agent"}


def sentences_uner(lines):
    """(docstart, [(token, tag)]) per sentence."""
    sent, newdoc = [], False
    for line in lines:
        line = line.rstrip("\n")
        if line.startswith("# newdoc"):
            newdoc = True
        elif line.startswith("#"):
            continue
        elif not line.strip():
            if sent:
                yield newdoc, sent
                sent, newdoc = [], False
        else:
            cols = line.split("\t")
            sent.append((cols[1], cols[2]))
    if sent:
        yield newdoc, sent


def sentences_sec(lines):
    sent, newdoc = [], False
    for line in lines:
        cols = line.split()
        if cols and cols[0] == "-DOCSTART-":
            newdoc = True
        elif not cols:
            if sent:
                yield newdoc, sent
                sent, newdoc = [], False
        else:
            sent.append((cols[0], cols[-1]))
    if sent:
        yield newdoc, sent


def spans(tags):
    """[(start, end, type)] from IOB1 or IOB2 tags."""
    out, start, kind = [], None, None
    for i, tag in enumerate(tags + ["O"]):
        t = tag[2:] if tag[:2] in ("B-", "I-") else None
        if kind is not None and (t != kind or tag.startswith("B-")):
            out.append((start, i, kind))
            kind = None
        if t is not None and kind is None:
            start, kind = i, t
    return out


def normalise(sent, drop_roles):
    tokens = [t for t, _ in sent]
    tags = ["O"] * len(tokens)
    for start, end, kind in spans([g for _, g in sent]):
        if kind not in TYPES:
            continue
        if drop_roles and end - start == 1 and tokens[start].lower() in ROLE_WORDS:
            continue
        tags[start] = "B-" + kind
        for i in range(start + 1, end):
            tags[i] = "I-" + kind
    return list(zip(tokens, tags))


def main():
    if len(sys.argv) < 4 or sys.argv[1] not in ("uner", "sec"):
        sys.exit(__doc__)
    kind, out, inputs = sys.argv[1], sys.argv[2], sys.argv[3:]
    read = sentences_uner if kind == "uner" else sentences_sec
    docs = sents = names = 0
    with open(out, "w", encoding="utf-8") as w:
        for path in inputs:
            with open(path, encoding="utf-8") as f:
                first = True
                for newdoc, sent in read(f):
                    if newdoc or first:
                        w.write("-DOCSTART- O\n\n")
                        docs += 1
                        first = False
                    for token, tag in normalise(sent, kind == "sec"):
                        w.write(f"{token}\t{tag}\n")
                        names += tag.startswith("B-")
                    w.write("\n")
                    sents += 1
    print(f"{out}: {docs} documents, {sents} sentences, {names} PER/ORG/LOC names", file=sys.stderr)


if __name__ == "__main__":
    main()
