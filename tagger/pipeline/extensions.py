"""Custom span attributes shared by the rule components and the merge step.

Span extension values live in ``doc.user_data`` keyed by the span's character
offsets, so they survive ``DocBin`` serialization; they are keyed by offsets
only, so two spans with the same offsets share their values.
"""

from __future__ import annotations

from typing import Iterable, List, Optional

from spacy.tokens import Span

SOURCES = ("model", "lexicon", "pattern", "user")
"""Valid values of ``Span._.source``, from weakest to strongest provenance."""

SPAN_EXTENSIONS = ("source", "canonical", "category", "expansion")


def register_extensions() -> None:
    """Register ``Span._.source/canonical/category/expansion`` once (idempotent).

    Called at import time of every rule component, so loading a saved model
    through the factories' entry points is enough to have them.
    """
    for name in SPAN_EXTENSIONS:
        if not Span.has_extension(name):
            Span.set_extension(name, default=None)


def set_span_attrs(span: Span, *, source: str, canonical: Optional[str] = None,
                   category: Optional[str] = None,
                   expansion: Optional[Iterable[str]] = None) -> None:
    """Write the four tagger attributes of ``span`` in one call."""
    underscore = span._
    underscore.source = source
    underscore.canonical = canonical
    underscore.category = category
    underscore.expansion = list(expansion) if expansion else None


def span_attrs(span: Span) -> dict:
    """The tagger attributes of ``span`` as a plain dict (``source`` may be None)."""
    underscore = span._
    expansion: Optional[List[str]] = underscore.expansion
    return {"source": underscore.source, "canonical": underscore.canonical,
            "category": underscore.category,
            "expansion": list(expansion) if expansion else None}


register_extensions()
