"""TextRank: PageRank over a window co-occurrence graph of candidate units (numpy only)."""

from __future__ import annotations

from collections import Counter
from typing import Dict, Sequence

import numpy


def textrank_scores(sequence: Sequence[str], *, window: int = 5, damping: float = 0.85,
                    max_iter: int = 100, tol: float = 1.0e-6) -> Dict[str, float]:
    """PageRank scores of the units in ``sequence``, scaled so the best is 1.0.

    sequence: candidate keys in text order. window: units i and j are linked when
    ``0 < j - i < window``; edge weights count how often. The graph is kept as an edge
    list, so memory grows with the edges, not with the square of the distinct units.
    Returns key -> score.
    """
    keys = list(dict.fromkeys(sequence))
    if not keys:
        return {}
    if len(keys) == 1:
        return {keys[0]: 1.0}
    index = {key: i for i, key in enumerate(keys)}
    ids = [index[key] for key in sequence]
    edges: Counter = Counter()
    for i, a in enumerate(ids):
        for b in ids[i + 1:i + max(window, 2)]:
            if a != b:
                edges[(a, b)] += 1
                edges[(b, a)] += 1
    n = len(keys)
    if not edges:
        return {key: 1.0 for key in keys}
    src = numpy.fromiter((a for a, _ in edges), dtype=numpy.int64, count=len(edges))
    dst = numpy.fromiter((b for _, b in edges), dtype=numpy.int64, count=len(edges))
    weight = numpy.fromiter(edges.values(), dtype=numpy.float64, count=len(edges))
    out_sum = numpy.bincount(src, weights=weight, minlength=n)
    share = weight / out_sum[src]  # the part of src's score that flows to dst
    scores = numpy.full(n, 1.0 / n)
    for _ in range(max_iter):
        updated = (1.0 - damping) / n + damping * numpy.bincount(dst, weights=share * scores[src],
                                                                 minlength=n)
        converged = numpy.abs(updated - scores).sum() < tol
        scores = updated
        if converged:
            break
    scores = scores / scores.max()
    return {key: float(scores[i]) for key, i in index.items()}
