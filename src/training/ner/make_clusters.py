#!/usr/bin/env python3
"""Word clusters for the name finder's features, from unlabelled news.

Each word seen at least MIN_COUNT times gets a vector of its left and right neighbours (positive PMI over the
most frequent context words), reduced by truncated SVD and clustered by spherical k-means at several sizes.
One output file per size, "word cluster" per line, the format of OpenNLP's WordClusterDictionary.

Usage: python3 make_clusters.py CORPUS.jsonl OUTDIR   (needs numpy and scipy; deterministic for a given input)
"""
import json
import re
import sys
from collections import Counter

import numpy as np
from scipy.sparse import coo_matrix
from scipy.sparse.linalg import svds

MIN_COUNT = 3
CONTEXTS = 3000
DIMS = 100
SIZES = (64, 256, 1024)
TOKEN = re.compile(r"\w+(?:[-'.]\w+)*\.?|[^\w\s]", re.UNICODE)


def tokens(text):
    return TOKEN.findall(text)


def main(corpus, outdir):
    sents = []
    with open(corpus, encoding="utf-8") as f:
        for line in f:
            rec = json.loads(line)
            for part in (rec.get("title") or "", rec.get("text") or ""):
                sents.append(tokens(part))
    freq = Counter(t for s in sents for t in s)
    vocab = sorted((w for w, c in freq.items() if c >= MIN_COUNT), key=lambda w: (-freq[w], w))
    index = {w: i for i, w in enumerate(vocab)}
    ctx = {w: i for i, w in enumerate(vocab[:CONTEXTS])}
    rows, cols = [], []
    for s in sents:
        padded = ["<s>"] + s + ["</s>"]
        for i in range(1, len(padded) - 1):
            w = index.get(padded[i])
            if w is None:
                continue
            for off, base in ((-1, 0), (1, CONTEXTS + 1), (-2, 2 * CONTEXTS + 2), (2, 3 * CONTEXTS + 3)):
                j = i + off
                c = padded[j] if 0 <= j < len(padded) else "<s>"
                cid = ctx.get(c, CONTEXTS)  # unknown context words share one column
                rows.append(w)
                cols.append(base + cid)
    n_cols = 4 * (CONTEXTS + 1)
    m = coo_matrix((np.ones(len(rows), dtype=np.float64), (rows, cols)), shape=(len(vocab), n_cols)).tocsr()
    m.sum_duplicates()
    total = m.sum()
    rs = np.asarray(m.sum(axis=1)).ravel()
    cs = np.asarray(m.sum(axis=0)).ravel() ** 0.75
    cs = cs / cs.sum() * total
    m = m.tocoo()
    pmi = np.log(m.data * total / (rs[m.row] * cs[m.col]))
    keep = pmi > 0
    ppmi = coo_matrix((pmi[keep], (m.row[keep], m.col[keep])), shape=m.shape).tocsr()
    u, s, _ = svds(ppmi, k=DIMS, random_state=0)
    x = u * np.sqrt(s)
    x /= np.linalg.norm(x, axis=1, keepdims=True) + 1e-12
    rng = np.random.default_rng(0)
    weights = np.log1p(np.array([freq[w] for w in vocab], dtype=np.float64))
    for k in SIZES:
        centres = x[rng.choice(len(vocab), size=k, replace=False, p=weights / weights.sum())]
        for _ in range(25):
            assign = np.argmax(x @ centres.T, axis=1)
            for c in range(k):
                members = x[assign == c]
                if len(members):
                    v = members.sum(axis=0)
                    centres[c] = v / (np.linalg.norm(v) + 1e-12)
        assign = np.argmax(x @ centres.T, axis=1)
        with open(f"{outdir}/wikinews-{k}.clusters", "w", encoding="utf-8") as out:
            for w, c in zip(vocab, assign):
                if " " not in w:
                    out.write(f"{w} {c}\n")
        print(f"{k} clusters over {len(vocab)} words", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
