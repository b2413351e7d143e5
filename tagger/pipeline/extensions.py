"""Custom span attributes shared by the rule components and the merge step.

``Span._.source`` (the span's provenance: model, lexicon, pattern or user),
``_.canonical``, ``_.category`` and ``_.expansion`` belong to one span: their values
live in ``doc.user_data`` under a key made of the span's character offsets *and its
label* (:func:`attr_key`), so they survive ``DocBin`` serialization and two spans with
the same offsets but different labels (the model's 金华/ORG under the lexicon's
金华/LOC) keep their own values. spaCy's default extension storage keys by offsets
only, which is why these extensions have a getter and a setter.
"""

from __future__ import annotations

from typing import Any, Callable, Dict, Iterable, List, Optional, Tuple

from spacy.tokens import Span

from ..zh.labels import PROVENANCES

SOURCES = PROVENANCES
"""Valid values of ``Span._.source`` (kept under this name for existing imports)."""

SPAN_EXTENSIONS = ("source", "canonical", "category", "expansion")
_KEY = "tagger._."


def attr_key(name: str, span: Span) -> Tuple[str, str, int, int, str]:
    """The ``doc.user_data`` key of attribute ``name`` of ``span``: offsets and label."""
    return (_KEY, name, span.start_char, span.end_char, span.label_)


def _getter(name: str) -> Callable[[Span], Any]:
    def get(span: Span) -> Any:
        return span.doc.user_data.get(attr_key(name, span))
    get.__qualname__ = f"tagger_span_{name}_getter"
    return get


def _setter(name: str) -> Callable[[Span, Any], None]:
    def set_(span: Span, value: Any) -> None:
        key = attr_key(name, span)
        if value is None:
            span.doc.user_data.pop(key, None)
        else:
            span.doc.user_data[key] = value
    set_.__qualname__ = f"tagger_span_{name}_setter"
    return set_


SPAN_ATTRS = tuple(f"span._.{name}" for name in SPAN_EXTENSIONS)
"""The attributes a rule component assigns, for its factory's ``assigns``."""
SPAN_GROUP_SCORER = {"@scorers": "spacy.overlapping_labeled_spans_scorer.v1"}
"""Default ``scorer`` of the components that fill a span group (as span_ruler's)."""


class SpanGroupScoring:
    """``score`` for a component that fills ``doc.spans[self.spans_key]``: labelled,
    overlapping spans, by ``self.scorer`` (spaCy's ``Scorer.score_spans``)."""

    spans_key: str
    scorer: Optional[Callable[..., Dict[str, Any]]] = None

    def score(self, examples: Iterable[Any], **kwargs: Any) -> Dict[str, Any]:
        """Precision, recall and F of ``doc.spans[spans_key]`` against the references."""
        if self.scorer is None:
            return {}
        return self.scorer(examples, spans_key=self.spans_key, **kwargs)


def register_extensions() -> None:
    """Register ``Span._.source/canonical/category/expansion`` once (idempotent).

    Called at import time of every rule component, so loading a saved model
    through the factories' entry points is enough to have them. An extension of the
    same name registered otherwise (offset-keyed storage) is replaced.
    """
    for name in SPAN_EXTENSIONS:
        current = Span.get_extension(name) if Span.has_extension(name) else None
        getter = current[2] if current else None
        if getattr(getter, "__qualname__", "") != f"tagger_span_{name}_getter":
            Span.set_extension(name, getter=_getter(name), setter=_setter(name), force=True)


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
