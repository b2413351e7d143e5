"""Corpus statistics of tagged articles in one streaming pass: frequencies, co-occurrence, KWIC.

Memory grows with the number of distinct entity forms (and dates, pages, sections), not
with the number of articles: each record is read, counted and dropped.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import (Callable, Dict, Iterable, Iterator, List, NamedTuple, Optional, Sequence,
                    Tuple)

import numpy

from ..errors import Errors, TaggerError
from .cooccurrence import CooccurrenceCounter, Pair
from .counting import LOW_MASK, SHIFT, CodeCounter, KeyIndex, LazyRows
from .kwic import KwicLine, kwic_lines
from .records import (EntityKey, PathLike, ReadCounts, article_meta, article_spans,
                      entity_key, iter_articles)

META_FIELDS = ("date", "page", "section")


class Table(NamedTuple):
    """A result table: column names and rows (tuples in column order; large tables build
    their rows on access)."""

    columns: Tuple[str, ...]
    rows: Sequence[tuple]


class MetaCounter:
    """Mentions per ``(meta value, label, form)`` (e.g. per date), stored compactly."""

    def __init__(self) -> None:
        self.values: KeyIndex = KeyIndex()
        self.entities: KeyIndex = KeyIndex()
        self._counts = CodeCounter()

    def add(self, value: str, keys: Sequence[EntityKey]) -> None:
        """Count the mentions ``keys`` of one article whose meta field is ``value``."""
        high = self.values.id(value) << SHIFT
        entity_id = self.entities.id
        self._counts.extend([high | entity_id(key) for key in keys])

    def __getitem__(self, cell: Tuple[str, str, str]) -> int:
        value, label, form = cell
        value_id = self.values.ids.get(value)
        entity = self.entities.ids.get((label, form))
        if value_id is None or entity is None:
            return 0
        return self._counts.get(value_id << SHIFT | entity)

    def __len__(self) -> int:
        return len(self._counts)

    def _ordered(self):
        codes, counts = self._counts.arrays()
        value_ids, entity_ids = codes >> SHIFT, codes & LOW_MASK
        rank = numpy.empty(len(self.values), dtype=numpy.int64)
        rank[numpy.argsort(numpy.array(self.values.keys, dtype=object))] = \
            numpy.arange(len(self.values))
        order = numpy.lexsort((entity_ids, -counts, rank[value_ids])) if codes.size else codes
        return value_ids[order], entity_ids[order], counts[order]

    def items(self) -> Iterator[Tuple[Tuple[str, str, str], int]]:
        """``((value, label, form), mentions)`` ordered by value, then most mentions."""
        value_ids, entity_ids, counts = self._ordered()
        for v, e, c in zip(value_ids.tolist(), entity_ids.tolist(), counts.tolist()):
            yield (self.values.keys[v], *self.entities.keys[e]), c

    def rows(self) -> LazyRows:
        """Table rows ``(value, label, form, mentions)``, built on access."""
        value_ids, entity_ids, counts = self._ordered()
        return LazyRows(int(counts.size), lambda i: (
            self.values.keys[value_ids[i]], *self.entities.keys[entity_ids[i]], int(counts[i])))


@dataclass
class Stats:
    """Counts over tagged articles (see :func:`compute_stats`).

    labels / label_articles: mentions and articles per label. forms / form_articles:
    the same per ``(label, form)``, form = canonical form or text. by_meta: per meta field
    (date, page, section), mentions per ``(value, label, form)`` (:class:`MetaCounter`). keywords: articles per
    keyword text. cooccurrence: article counts of entity pairs. kwic: the first
    ``kwic_limit`` concordance lines of the ``--kwic`` term; kwic_total counts all.
    """

    read: ReadCounts = field(default_factory=ReadCounts)
    labels: Counter = field(default_factory=Counter)
    label_articles: Counter = field(default_factory=Counter)
    forms: Counter = field(default_factory=Counter)
    form_articles: Counter = field(default_factory=Counter)
    by_meta: Dict[str, MetaCounter] = field(
        default_factory=lambda: {name: MetaCounter() for name in META_FIELDS})
    keywords: Counter = field(default_factory=Counter)
    cooccurrence: CooccurrenceCounter = field(default_factory=CooccurrenceCounter)
    kwic_term: Optional[str] = None
    kwic: List[KwicLine] = field(default_factory=list)
    kwic_total: int = 0

    @property
    def n_articles(self) -> int:
        return self.read.articles

    def pairs(self, *, min_count: int = 2, limit: Optional[int] = None,
              among: Optional[Iterable[EntityKey]] = None) -> List[Pair]:
        """Co-occurring entity pairs (see :meth:`CooccurrenceCounter.pairs`)."""
        return self.cooccurrence.pairs(min_count=min_count, limit=limit, among=among)

    def top_forms(self, label: Optional[str] = None, *, limit: Optional[int] = None
                  ) -> List[Tuple[Tuple[str, str], int]]:
        """``((label, form), mentions)`` most frequent first, optionally of one label."""
        items = [(k, c) for k, c in self.forms.items() if label is None or k[0] == label]
        items.sort(key=lambda kc: (-kc[1], kc[0]))
        return items[:limit] if limit is not None else items

    def tables(self, *, min_pair_count: int = 2) -> Dict[str, Table]:
        """All results as tables, keyed by the file stem they are written under."""
        tables = {
            "labels": Table(("label", "mentions", "articles"),
                            [(label, count, self.label_articles[label])
                             for label, count in sorted(self.labels.items(),
                                                        key=lambda kv: (-kv[1], kv[0]))]),
            "forms": Table(("label", "form", "mentions", "articles"),
                           [(label, form, count, self.form_articles[(label, form)])
                            for (label, form), count in self.top_forms()]),
        }
        for name in META_FIELDS:
            tables[f"by_{name}"] = Table((name, "label", "form", "mentions"),
                                         self.by_meta[name].rows())
        tables["cooccurrence"] = Table(
            ("label_a", "form_a", "label_b", "form_b", "articles", "pmi"),
            self.cooccurrence.rows(min_count=min_pair_count))
        tables["keywords"] = Table(("keyword", "articles"),
                                   sorted(self.keywords.items(), key=lambda kv: (-kv[1], kv[0])))
        if self.kwic_term is not None:
            tables["kwic"] = Table(("id", "start", "left", "term", "right"),
                                   [tuple(line) for line in self.kwic])
        return tables


class StatsCollector:
    """Feed article records one at a time with :meth:`add`; read :attr:`stats`.

    kwic: the term to collect concordance lines for (None: none); width: context
    characters each side; kwic_limit: lines kept (all are counted); max_pair_keys:
    distinct entities per article that enter co-occurrence; max_pairs: distinct pairs
    held before the rarest are dropped (None: exact; see :class:`CooccurrenceCounter`).
    """

    def __init__(self, *, kwic: Optional[str] = None, width: int = 20,
                 kwic_limit: Optional[int] = 10000, max_pair_keys: int = 60,
                 max_pairs: Optional[int] = None) -> None:
        if width < 0:
            raise TaggerError(Errors.E402.format(option="--width", constraint="an integer >= 0",
                                                 value=width))
        if kwic is not None and not kwic:
            raise TaggerError(Errors.E402.format(option="--kwic", constraint="a non-empty term",
                                                 value="''"))
        self.stats = Stats(cooccurrence=CooccurrenceCounter(max_keys=max_pair_keys,
                                                            max_pairs=max_pairs),
                           kwic_term=kwic)
        self.width = width
        self.kwic_limit = kwic_limit

    def add(self, record: Dict) -> None:
        """Count one article record."""
        stats = self.stats
        keys = [entity_key(s) for s in article_spans(record)]
        stats.labels.update([label for label, _ in keys])
        stats.forms.update(keys)
        distinct = list(dict.fromkeys(keys))
        stats.label_articles.update({label for label, _ in distinct})
        stats.form_articles.update(distinct)
        for name in META_FIELDS:
            value = article_meta(record, name)
            if value is not None:
                stats.by_meta[name].add(value, keys)
        keywords = record.get("keywords") or []
        stats.keywords.update({kw["text"] for kw in keywords
                               if isinstance(kw, dict) and isinstance(kw.get("text"), str)})
        stats.cooccurrence.add(distinct)
        if stats.kwic_term is not None:
            for line in kwic_lines(record, stats.kwic_term, width=self.width):
                stats.kwic_total += 1
                if self.kwic_limit is None or len(stats.kwic) < self.kwic_limit:
                    stats.kwic.append(line)


def compute_stats(paths: Sequence[PathLike], *, kwic: Optional[str] = None, width: int = 20,
                  kwic_limit: Optional[int] = 10000, max_pair_keys: int = 60,
                  max_pairs: Optional[int] = None,
                  on_article: Optional[Callable[[Dict], None]] = None) -> Stats:
    """Read tagged JSONL files once and return their :class:`Stats`.

    paths: tagged .jsonl files (``kind == "article"`` records are counted). kwic: term
    for concordance lines, ``width`` characters of context each side, at most
    ``kwic_limit`` kept. max_pair_keys / max_pairs: bounds of co-occurrence counting
    (see :class:`StatsCollector`). on_article: called with each article record as well
    (the report uses it to render articles in the same pass).
    """
    collector = StatsCollector(kwic=kwic, width=width, kwic_limit=kwic_limit,
                               max_pair_keys=max_pair_keys, max_pairs=max_pairs)
    for record in iter_articles(paths, counts=collector.stats.read):
        collector.add(record)
        if on_article is not None:
            on_article(record)
    return collector.stats


def iter_table_rows(table: Table) -> Iterable[Dict[str, object]]:
    """The rows of a table as dicts (column -> value)."""
    for row in table.rows:
        yield dict(zip(table.columns, row))
