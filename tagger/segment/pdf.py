"""Records of a page read from a PDF: articles, captions and the page record.

The layout (which block is a title, which body belongs to which title) comes from
:mod:`tagger.read.pdf`; here it becomes the same records as a text page gives (see
:mod:`.segment`): an article's ``text`` is its body, paragraphs joined by line breaks,
lines of a paragraph joined without one; title, kicker, subtitle and bylines go to meta;
a lead paragraph's dateline and bracketed byline stay in the text and are parsed like on
text pages. Every article also carries ``pdf_page`` and ``bbox`` ([x0, y0, x1, y1] in PDF
points, origin at the top left of the page). Offsets point into the page text.
"""

from __future__ import annotations

from typing import Any, Dict, List, Optional, Sequence, Tuple

from ..offsets import OffsetMap
from ..read.pdf import PdfPage
from ..read.pdf.articles import HEADING, LayoutArticle, paragraphs
from ..read.pdf.lines import Block, Line, spaced_text
from ..records import Article
from ..zh.chars import is_han
from .bylines import byline_meta, parse_byline, parse_caption, parse_dateline
from .furniture import page_meta
from .segment import PAGE_KEYS


class _Text:
    """Text assembled from lines of the page text, with its offset map."""

    def __init__(self, page: PdfPage) -> None:
        self.page = page
        self.parts: List[str] = []
        self.offsets = OffsetMap()
        self.last_end = 0

    def line(self, line: Line, *, lstrip: int = 0) -> None:
        start, end = self.page.span(line)
        if self.parts and self.parts[-1][-1:].isascii() and self.parts[-1][-1:].isalnum() \
                and line.text[lstrip:lstrip + 1].isascii() and line.text[lstrip:lstrip + 1].isalnum():
            self.parts.append(" ")
            self.offsets.append(self.last_end, self.last_end + 1)
        self.parts.append(line.text[lstrip:])
        for k in range(start + lstrip, end):
            self.offsets.append(k, k + 1)
        self.last_end = end

    def newline(self) -> None:
        self.parts.append("\n")
        self.offsets.append(self.last_end, self.last_end + 1)

    @property
    def text(self) -> str:
        return "".join(self.parts)


def _block_text(page: PdfPage, blocks: Sequence[Block]) -> Tuple[str, List[int]]:
    """Text of headline blocks (lines joined without breaks) and its raw span."""
    out = _Text(page)
    for block in blocks:
        for line in block.lines:
            out.line(line)
    raw = list(out.offsets.to_raw(0, len(out.offsets))) if len(out.offsets) else [0, 0]
    return out.text, raw


def _spaced(blocks: Sequence[Block]) -> str:
    return " ".join(spaced_text(line) for block in blocks for line in block.lines)


#: In a byline, words (role, names) stand apart by a space glyph, a quarter em or so, while
#: the characters of a name touch.
BYLINE_WORD_GAP = 0.2


def _byline_spaced(block: Block) -> str:
    """A byline's text with a space between its words (本报记者 司马琳 陈思远): in a
    horizontal byline a gap of :data:`BYLINE_WORD_GAP` ems parts them, unless every character
    stands that far apart (a line set tracked); there, and down a vertical byline (whose
    characters stand apart by their glyphs' own margins), only em-wide gaps do."""
    text = " ".join(spaced_text(line, gap=BYLINE_WORD_GAP) for line in block.lines)
    if block.vertical or all(len(token) == 1 for token in text.split()):
        return _spaced([block])
    return text


def byline_names(text: str) -> str:
    """A spaced byline with two-character names set to a three-character measure joined up:
    ``刘 宾 胡瑞华`` → ``刘宾 胡瑞华`` (two single characters in a row are one name)."""
    tokens = text.split()
    out: List[str] = []
    k = 0
    while k < len(tokens):
        tok = tokens[k]
        if (len(tok) == 1 and k + 1 < len(tokens) and len(tokens[k + 1]) == 1
                and is_han(tok) and is_han(tokens[k + 1])):
            out.append(tok + tokens[k + 1])
            k += 2
            continue
        out.append(tok)
        k += 1
    return " ".join(out)


def _ends_paragraph(text: str) -> bool:
    return text.rstrip()[-1:] in "。！？!?”）)…"


def _body(page: PdfPage, blocks: Sequence[Block]) -> Tuple[str, OffsetMap, List[str]]:
    """Body text of an article: paragraphs joined by line breaks; headings listed."""
    out = _Text(page)
    headings: List[str] = []
    prev: Optional[Block] = None
    for block in blocks:
        pars = paragraphs(block)
        for k, par in enumerate(pars):
            # a column that starts without an indent continues the paragraph before it;
            # the lines of a subhead set as separate blocks are one heading
            continues = k == 0 and bool(out.parts) and (
                (block.role != HEADING and prev is not None and prev.role != HEADING
                 and not _ends_paragraph(out.text) and par[0].x0 <= block.x0 + 0.5 * par[0].size)
                or (block.role == HEADING and prev is not None and prev.role == HEADING))
            if out.parts and not continues:
                out.newline()
            for line in par:
                out.line(line)
            if block.role == HEADING:
                text = "".join(ln.text for ln in par)
                if continues and headings:
                    headings[-1] += text
                else:
                    headings.append(text)
        prev = block
    return out.text, out.offsets, headings


def _meta(page: PdfPage, article: LayoutArticle, body: str, headings: List[str]) -> Dict[str, Any]:
    meta: Dict[str, Any] = {"title": None, "kicker": None, "subtitle": None, "authors": [], "reporters": [],
                            "correspondents": [], "photographers": [], "dateline": None,
                            "continuation": None, "headings": headings}
    pairs: List[Tuple[str, str]] = []
    if article.titles:
        meta["title"], meta["title_raw"] = _block_text(page, article.titles)
        parts = article.parts()
        if parts["kicker"]:
            meta["kicker"] = " ".join(_spaced([b]) for b in parts["kicker"])
        if parts["subtitle"]:
            meta["subtitle"] = " ".join(_spaced([b]).lstrip("—－ ") for b in parts["subtitle"])
        for block in parts["byline"]:
            text = byline_names(_byline_spaced(block))
            found = parse_byline(text.lstrip("□◇■ "))
            role = "□" if text.startswith(("□", "◇")) else ""
            pairs.extend((r or role, n) for r, n in found)
    dateline, lead_pairs = parse_dateline(body.split("\n", 1)[0])
    meta["dateline"] = dateline
    pairs.extend(lead_pairs)
    for key, names in byline_meta(pairs, default="authors").items():
        meta.setdefault(key, [])
        meta[key].extend(n for n in names if n not in meta[key])
    meta["bylines"] = [{"role": role, "name": name} for role, name in pairs]
    meta["genre"] = "news" if dateline else "article"
    meta["pdf_page"] = page.number
    meta["bbox"] = [round(v, 1) for v in article.box]
    return meta


def segment_pdf_page(page: PdfPage) -> List[Article]:
    """The page record, then the articles and captions of a page read from a PDF.

    page: a page read by :func:`tagger.read.pdf.read_pdf`.
    RETURNS: ``Article(kind="page")`` (furniture lines as text, page metadata in meta),
        then ``Article(kind="article")`` records in reading order; offsets index ``page.text``.
    """
    layout = page.layout
    furniture = _Text(page)
    for block in layout.furniture:
        for line in block.lines:
            if furniture.parts:
                furniture.newline()
            furniture.line(line)
    lines = [ln.text for b in layout.furniture for ln in b.lines]
    meta = page_meta(lines)
    base = {key: meta.get(key) for key in PAGE_KEYS}
    base["source"] = page.source
    banners = [_block_text(page, sorted(g.blocks, key=lambda b: (b.y0, -b.x1)))[0] for g in layout.banners]
    record = dict(meta, source=page.source, pdf_page=page.number, page_size=[round(page.width, 1), round(page.height, 1)],
                  furniture=lines, banners=banners, other_text=[_block_text(page, [b])[0] for b in layout.other],
                  fake_bold_dropped=page.n_duplicates)
    out = [Article(text=furniture.text, offsets=furniture.offsets, meta=record, kind="page")]
    for article in layout.articles:
        text, offsets, headings = _body(page, article.body)
        if not text.strip():
            continue
        out.append(Article(text=text, offsets=offsets, meta=dict(base, **_meta(page, article, text, headings))))
    for block in layout.captions:
        raw_text, _ = _block_text(page, [block])
        parsed = parse_caption(raw_text, block=True)
        pairs = parsed[1] if parsed else []  # the credit stays in the text, as printed
        cap = _Text(page)
        for line in block.lines:
            cap.line(line)
        meta_c = dict(base, title=None, subtitle=None, authors=[], reporters=[], correspondents=[],
                      photographers=[name for _, name in pairs], dateline=None, continuation=None, headings=[],
                      bylines=[{"role": r, "name": name} for r, name in pairs], genre="caption",
                      pdf_page=page.number, bbox=[round(v, 1) for v in (block.x0, block.y0, block.x1, block.y1)])
        out.append(Article(text=cap.text, offsets=cap.offsets, meta=meta_c))
    return out
