"""Per-article co-occurrence of entity keys, with pointwise mutual information."""

from __future__ import annotations

from itertools import combinations
from typing import Iterable, List, NamedTuple, Optional, Sequence

import numpy

from .counting import LOW_MASK, SHIFT, CodeCounter, KeyIndex, LazyRows
from .records import EntityKey


class Pair(NamedTuple):
    """Two entity keys that occur in the same articles (``a < b``).

    count: articles with both; pmi: ``log(p(a,b) / (p(a) p(b)))`` with probabilities
    over articles (natural log; 0 means independent, positive means attracted).
    """

    a: EntityKey
    b: EntityKey
    count: int
    pmi: float


class CooccurrenceCounter:
    """Count article frequencies of entity keys and of key pairs, one article at a time.

    Keys are interned to ints and pairs counted as int64 codes (16 bytes per distinct
    pair), so memory grows with the distinct pairs, not with the articles. max_keys: at
    most this many distinct keys of one article (the first seen) enter the pairs, which
    bounds the work per article. max_pairs: hold at most this many distinct pairs,
    dropping the rarest when full (memory then stays flat; ``dropped`` says how many
    pairs were dropped, their counts are lower bounds); None counts exactly.
    """

    def __init__(self, *, max_keys: int = 60, max_pairs: Optional[int] = None) -> None:
        self.max_keys = max_keys
        self.n_articles = 0
        self.index: KeyIndex = KeyIndex()
        self._key_articles: List[int] = []
        self._pairs = CodeCounter(max_codes=max_pairs)

    @property
    def dropped(self) -> int:
        """Distinct pairs dropped to stay under ``max_pairs`` (0: all counts exact)."""
        return self._pairs.dropped

    def add(self, keys: Sequence[EntityKey]) -> None:
        """Add one article given its distinct entity keys."""
        self.n_articles += 1
        ids = [self.index.id(key) for key in keys]
        counts = self._key_articles
        counts.extend([0] * (len(self.index) - len(counts)))
        for i in ids:
            counts[i] += 1
        if len(ids) > 1:
            self._pairs.extend([a << SHIFT | b for a, b in
                                combinations(sorted(ids[:self.max_keys]), 2)])

    def __len__(self) -> int:
        """The number of distinct pairs."""
        return len(self._pairs)

    def articles(self, key: EntityKey) -> int:
        """The number of articles with ``key``."""
        found = self.index.ids.get(key)
        return 0 if found is None else self._key_articles[found]

    def _selected(self, min_count: int, among: Optional[Iterable[EntityKey]] = None):
        codes, counts = self._pairs.arrays()
        keep = counts >= min_count
        a, b = codes >> SHIFT, codes & LOW_MASK
        if among is not None:
            ids = [self.index.ids[k] for k in among if k in self.index.ids]
            keep &= numpy.isin(a, ids) & numpy.isin(b, ids)
        a, b, counts = a[keep], b[keep], counts[keep]
        articles = numpy.asarray(self._key_articles, dtype=numpy.float64)
        pmi = numpy.log(counts * float(self.n_articles) / (articles[a] * articles[b])) \
            if counts.size else numpy.empty(0)
        order = numpy.lexsort((b, a, -pmi, -counts))
        return a[order], b[order], counts[order], pmi[order]

    def _pair(self, a: int, b: int, count: int, pmi: float) -> Pair:
        key_a, key_b = sorted((self.index.keys[a], self.index.keys[b]))
        return Pair(key_a, key_b, int(count), float(pmi))

    def pairs(self, *, min_count: int = 2, limit: Optional[int] = None,
              among: Optional[Iterable[EntityKey]] = None) -> List[Pair]:
        """Pairs seen in at least ``min_count`` articles, most frequent first (then PMI).

        among: only pairs of these keys (e.g. the most frequent entities).
        """
        a, b, counts, pmi = self._selected(min_count, among)
        n = counts.size if limit is None else min(limit, counts.size)
        return [self._pair(a[i], b[i], counts[i], pmi[i]) for i in range(n)]

    def rows(self, *, min_count: int = 2) -> LazyRows:
        """The pairs as table rows ``(label_a, form_a, label_b, form_b, articles, pmi)``,
        built on access so that large tables stream to files."""
        a, b, counts, pmi = self._selected(min_count)

        def row(i: int) -> tuple:
            pair = self._pair(a[i], b[i], counts[i], pmi[i])
            return (*pair.a, *pair.b, pair.count, round(pair.pmi, 4))

        return LazyRows(int(counts.size), row)
