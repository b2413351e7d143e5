"""A PDF page as text plus layout: the per-page text that every raw offset points into.

The *page text* of a PDF page holds every text line of the page exactly once, one line per
text line (characters in reading direction, fake-bold copies removed, no spaces between
Han characters), with an empty line after each block, in this order: the page furniture;
then each article, its headline group (kickers, title, subtitles, bylines) followed by its
body blocks in reading order; then captions, banners and any other text. Raw offsets of
records read from a PDF (``meta.raw_start``, span ``raw_start``) index this text;
``python -m tagger.read.pdf FILE.pdf --page N`` prints it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Dict, List, Tuple

from .articles import PageLayout
from .lines import Block, Line


@dataclass
class PdfPage:
    """One page read from a PDF: its page text, layout and where each line sits in the text."""

    source: str
    number: int
    width: float
    height: float
    text: str
    layout: PageLayout
    line_starts: Dict[int, int] = field(default_factory=dict)
    n_chars: int = 0
    n_duplicates: int = 0

    def span(self, line: Line) -> Tuple[int, int]:
        """``(start, end)`` of a line in the page text."""
        start = self.line_starts[id(line)]
        return start, start + len(line.text)


def page_blocks(layout: PageLayout) -> List[Block]:
    """The page's blocks in page-text order (see the module docstring)."""
    out: List[Block] = list(layout.furniture)
    for article in layout.articles:
        if article.group is not None:
            parts = article.parts()
            out.extend(parts["kicker"] + article.titles + parts["subtitle"] + parts["byline"])
        out.extend(article.body)
    out.extend(layout.captions)
    for group in layout.banners:
        out.extend(sorted(group.blocks, key=lambda b: (b.y0, -b.x1)))
    out.extend(layout.other)
    seen = set()
    unique = []
    for block in out:
        if id(block) not in seen:
            seen.add(id(block))
            unique.append(block)
    return unique


def page_text(blocks: List[Block]) -> Tuple[str, Dict[int, int]]:
    """The page text of ``blocks`` and the start offset of each line in it."""
    parts: List[str] = []
    starts: Dict[int, int] = {}
    pos = 0
    for block in blocks:
        for line in block.lines:
            starts[id(line)] = pos
            parts.append(line.text + "\n")
            pos += len(line.text) + 1
        parts.append("\n")
        pos += 1
    return "".join(parts), starts
