"""Keyword in context: concordance lines of a term in tagged articles."""

from __future__ import annotations

from typing import Dict, Iterator, NamedTuple, Sequence

from .records import PathLike, article_id, iter_articles


class KwicLine(NamedTuple):
    """One occurrence of the term: ``width`` characters of left and right context."""

    id: str
    start: int
    left: str
    term: str
    right: str


def _flat(text: str) -> str:
    return text.replace("\r", " ").replace("\n", " ").replace("\t", " ")


def kwic_lines(record: Dict, term: str, *, width: int = 20) -> Iterator[KwicLine]:
    """The concordance lines of ``term`` in one article record (non-overlapping hits)."""
    text = record.get("text") or ""
    if not term:
        return
    doc_id = article_id(record)
    pos = text.find(term)
    while pos != -1:
        end = pos + len(term)
        yield KwicLine(doc_id, pos, _flat(text[max(0, pos - width):pos]), term,
                       _flat(text[end:end + width]))
        pos = text.find(term, end)


def iter_kwic(paths: Sequence[PathLike], term: str, *, width: int = 20) -> Iterator[KwicLine]:
    """Stream the concordance lines of ``term`` over tagged JSONL files."""
    for record in iter_articles(paths):
        yield from kwic_lines(record, term, width=width)
