"""Plain data passed between stages: documents from ``read``, articles from ``segment``."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Dict, Optional

from .offsets import OffsetMap


@dataclass
class Document:
    """One unit read from the input: a raw page (.txt, stdin) or an article (.jsonl line).

    ``text`` is the decoded raw text; every offset map in later stages points into it.
    ``is_page`` is True when the text is a newspaper page to repair and segment.
    ``layout`` is set for a page read from a PDF (:class:`tagger.read.pdf.PdfPage`): its
    articles come from the page layout, and ``text`` is the page text they point into.
    """

    id: str
    text: str
    source: str
    line: Optional[int] = None
    meta: Dict[str, Any] = field(default_factory=dict)
    is_page: bool = True
    layout: Optional[Any] = None


@dataclass
class Article:
    """A piece of a document to tag: an article, or a page record holding page furniture.

    ``offsets`` maps each character of ``text`` to the raw ``Document.text``.
    ``kind`` is ``"article"`` or ``"page"``; page records are written but not tagged.
    """

    text: str
    offsets: OffsetMap
    meta: Dict[str, Any] = field(default_factory=dict)
    kind: str = "article"
