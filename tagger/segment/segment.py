"""Split a repaired newspaper text (one or more pages) into article and page records.

Decisions (see also :mod:`.layout`):

- An article's ``text`` is its body: the paragraphs in order, including the lead
  paragraph with its dateline and bracketed byline (本报讯（记者 …）…) and section headings
  (一、…, or short lines between paragraphs), which are also listed in ``meta['headings']``.
  Title, subtitles and standalone byline lines (□李金龙, 记者 冯秋萍) are not in the text;
  they go to ``meta`` (``title``, ``subtitle``, ``authors``/``reporters``…), with the raw
  span of the title in ``meta['title_raw']``. Continuation markers (（下转A2版）) are removed
  from the text and kept in ``meta['continuation']`` (``continued_from`` for 上接).
- A photo caption (… 记者 庄毅 摄) is an article of its own (``genre`` ``caption``) whose
  text is the caption without the credit; the credited names are its ``photographers``.
- Each page gets one ``kind="page"`` record whose text is the page furniture (masthead,
  folio, date line, address…) and whose meta is the page metadata; every article carries
  its own page's metadata (newspaper, date, page, section, editor).
- Records come page by page: the page record, then the articles in order of appearance
  of their bodies.
"""

from __future__ import annotations

import re
from typing import Any, Dict, List, Optional, Sequence, Tuple

from ..errors import Errors, Warnings, warn
from ..offsets import OffsetMap
from ..records import Article
from ..repair import Repaired
from ..zh.chars import HAN
from .bylines import byline_meta, parse_byline, parse_caption, parse_dateline
from .furniture import CONTINUATION, FOLIO_SECTION, MASTHEAD, page_meta
from ..repair.columns import dictionary_words, joins_word
from ..repair.lines import runs_on
from ..repair.chars import RUBRIC_END
from .layout import LOOSE_FOLIO, Group, Run, assign, headline_stack, items_of, merge_headings, split_pages
from .titles import headline_scores, match_titles
from .lines import BODY, BYLINE, FURNITURE, HEADING, LEAD, SUBTITLE_KIND, TITLE, Line, classify, split_lines

PAGE_KEYS = ("newspaper", "date", "page", "section", "editor")
_SOURCE_DATE = re.compile(r"(?<!\d)((?:19|20)\d{2})[-_.]?(\d{2})[-_.]?(\d{2})(?!\d)")
_PAGE_CODE = re.compile(r"([A-Z]{1,2})\d{1,2}")


class _Builder:
    """Text and offsets of a record assembled from pieces of the repaired text."""

    def __init__(self, repaired: Repaired) -> None:
        self.repaired = repaired
        self.parts: List[str] = []
        self.maps: List[OffsetMap] = []

    def add(self, start: int, end: int) -> None:
        self.parts.append(self.repaired.text[start:end])
        self.maps.append(self.repaired.offsets.slice(start, end))

    def newline(self, after: int) -> None:
        """A line break, mapped to the repaired text's line break after position ``after``."""
        text, offsets = self.repaired.text, self.repaired.offsets
        nl = text.find("\n", after)
        if nl >= 0:
            self.maps.append(offsets.slice(nl, nl + 1))
        else:
            end = offsets.ends[after - 1] if after else 0
            self.maps.append(OffsetMap([end], [end]))
        self.parts.append("\n")

    def lines(self, spans: Sequence[Tuple[int, int]]) -> None:
        for k, (start, end) in enumerate(spans):
            if k:
                self.newline(spans[k - 1][1])
            self.add(start, end)

    def build(self) -> Tuple[str, OffsetMap]:
        return "".join(self.parts), OffsetMap.concat(self.maps)


def _raw_span(repaired: Repaired, line: Line, start: Optional[int] = None, end: Optional[int] = None) -> List[int]:
    a, b = repaired.offsets.to_raw(line.start if start is None else start, line.end if end is None else end)
    return [a, b]


def _body_spans(run: Run) -> Tuple[List[Tuple[int, int]], Optional[str]]:
    """Line spans of a run's text, without a continuation marker at the end of the last line."""
    spans = [(ln.start, ln.end) for ln in run.lines]
    marker = None
    last = run.lines[-1]
    m = CONTINUATION.search(last.text)
    if m and m.start() > 0:
        marker = m.group("marker")
        cut = last.start + m.start()
        while cut > last.start and last.text[cut - last.start - 1] in " \u3000":
            cut -= 1
        spans[-1] = (last.start, cut)
    return spans, marker


def _strip_marker(text: str) -> str:
    return text.lstrip("■▲●◆ \u3000")


def _article_meta(run: Run, repaired: Repaired, bodies: Sequence[str] = ()) -> Dict[str, Any]:
    """The meta of a run's article; ``bodies`` are the texts of the page's runs, this run's
    first (a headline's words are weighed by how few bodies of the page hold them)."""
    group: Group = run.group or Group()
    meta: Dict[str, Any] = {"title": None, "subtitle": None, "authors": [], "reporters": [],
                            "correspondents": [], "photographers": [], "dateline": None,
                            "continuation": run.continuation, "headings": []}
    pairs: List[Tuple[str, str]] = []
    titles = list(group.titles)
    stacked: List[str] = []
    if titles:
        bodies = list(bodies) or ["".join(ln.text for ln in run.lines)]
        # jieba's dictionary is read only for a stack of two lines or more
        kickers, unit, below = headline_stack([ln.text for ln in titles], lambda word: dictionary_words()(word),
                                              lambda text: headline_scores([text], bodies)[0][0])
        if kickers:
            meta["kicker"] = " ".join("".join(titles[i].text for i in k) for k in kickers)
        joined = "".join(titles[i].text for i in unit)
        meta["title"] = _strip_marker(joined)
        first, last = titles[unit[0]], titles[unit[-1]]
        meta["title_raw"] = _raw_span(repaired, first, start=first.start + len(joined) - len(meta["title"]),
                                      end=last.end)
        stacked = ["".join(titles[i].text for i in k) for k in below]
    subtitles = stacked + [ln.text for ln in group.subtitles]
    if subtitles:
        meta["subtitle"] = " ".join(subtitles)
    dateline, lead_pairs = parse_dateline(run.lines[0].text)
    meta["dateline"] = dateline
    pairs.extend(lead_pairs)
    for line in group.bylines:
        pairs.extend(parse_byline(line.text) if not line.text.startswith(("□", "◇"))
                     else [("□", name) for _, name in parse_byline(line.text[1:])])
    for line in run.lines:
        if line.kind == BYLINE:  # a closing credit in brackets, kept in the text
            pairs.extend(parse_byline(line.text[1:-1]))
    for key, names in byline_meta(pairs).items():
        meta.setdefault(key, [])
        meta[key].extend(n for n in names if n not in meta[key])
    meta["bylines"] = [{"role": role, "name": name} for role, name in pairs]
    meta["headings"] = [ln.text for ln in run.lines if ln.kind == HEADING]
    if run.continued_from:
        meta["continued_from"] = run.continued_from
    meta["genre"] = "brief" if group.brief else ("news" if dateline else "article")
    return meta


def _document_meta(pages: List[Dict[str, Any]], source: str, page_lines: List[List[Line]]) -> None:
    """Fill what a page lacks from the rest of the document: newspaper, date, front-page number."""
    for key in ("newspaper", "date"):
        known = next((m[key] for m in pages if m.get(key)), None)
        if known is None and key == "date":
            found = _SOURCE_DATE.search(source or "")
            if found:
                known = f"{found.group(1)}-{found.group(2)}-{found.group(3)}"
        for meta in pages:
            if not meta.get(key) and known:
                meta[key] = known
    letters = {m.group(1) for meta in pages if meta.get("page") for m in [_PAGE_CODE.fullmatch(meta["page"])] if m}
    for meta, lines in zip(pages, page_lines):
        if meta.get("page"):
            continue
        has_masthead = any(ln.kind == FURNITURE and ln.furniture in MASTHEAD for ln in lines)
        if not has_masthead:
            continue
        hinted = set(letters)
        for ln in lines:
            m = CONTINUATION.search(ln.text)
            if m and _PAGE_CODE.fullmatch(m.group("page")):
                hinted.add(_PAGE_CODE.fullmatch(m.group("page")).group(1))
        meta["page"] = (hinted.pop() if len(hinted) == 1 else "") + "1"
        meta["page_inferred"] = True


#: A name alone on its line (2–3 characters, or names of 1–3 characters set apart).
_AUTHOR = re.compile(rf"^(?:[{HAN}]{{2,3}}|[{HAN}]{{1,3}}(?:[ \u3000]+[{HAN}]{{1,3}})+)$")
_COMMA_TITLE = re.compile(r"^[^，。；！？：]{2,14}，[^，。；！？：]{2,16}$")
#: A number and what it counts (5大亮点, 10项举措): a headline, never a page number and section.
_COUNT = re.compile(r"^[A-Z]?\d{1,2}[\s\u3000]*[个位名项条次年月日天件所家座户人万亿千百十倍分岁大小类种批支只场届号期]")


#: Lines of a headline broken in a narrow box are at most this long; at most this many.
_BROKEN_LINE = 12
_BROKEN_LINES = 3
#: 本报评论员 (or any 本报… line) over a headline is its byline, not a piece of it.
_OWN_PAPER = re.compile(r"^本报")


def _broken_titles(lines: List[Line], text: str) -> List[Line]:
    """A headline broken over short lines and closed by its rubric (激发呵护生态环 /
    境的内生动力 / （人民论坛）) is one title line: the short title lines right before the
    line that ends with the rubric are joined to it, but not a line of one character (简 / 报
    of a vertical label 简报 over 切不可松劲（今日谈）). So are title lines broken inside a word
    (供给侧结构性改 / 革抓住了建设协同发 / 展产业体系的关键): a short title line and the title
    line after it where a dictionary word runs across the break and the news character model
    reads the break as running on (:func:`_runs_on_as_word`)."""
    out: List[Line] = []
    last = None  # the line read before this one (a title line of out[-1] when that is a title)
    for line in lines:
        previous, last = last, line
        if line.kind == TITLE and RUBRIC_END.search(line.text):
            k = len(out)
            while (k and len(out) - k < _BROKEN_LINES - 1 and out[k - 1].kind == TITLE
                   and 2 <= len(out[k - 1].text) <= _BROKEN_LINE and not RUBRIC_END.search(out[k - 1].text)
                   and not _OWN_PAPER.match(out[k - 1].text)):
                k -= 1
            if k < len(out):
                out[k:] = [_joined_title(out[k:] + [line])]
                continue
        if line.kind == TITLE and out and out[-1].kind == TITLE and previous is not None \
                and len(previous.text) <= _BROKEN_LINE and not RUBRIC_END.search(out[-1].text) \
                and _runs_on_as_word(previous.text, line.text):
            out[-1] = _joined_title([out[-1], line])
            continue
        out.append(line)
    return out


def _joined_title(parts: List[Line]) -> Line:
    """One title line of the title lines ``parts``, in order."""
    return Line(parts[0].start, parts[-1].end, "".join(p.text for p in parts), kind=TITLE,
                width=max(p.width for p in parts), column=parts[0].column)


def _runs_on_as_word(left: str, right: str) -> bool:
    """Whether a dictionary word runs across the break between ``left`` and ``right``
    (改 / 革) and the news character model reads it as running on
    (:func:`tagger.repair.lines.runs_on`, the rule that joins lines of running text)."""
    return joins_word(left, right, dictionary_words()) and runs_on(left, right)


def _comma_titles(lines: List[Line]) -> List[Line]:
    """A short line of two clauses (乘势而上，巩固回升向好态势) standing alone right before a
    —— subtitle, a byline or a news lead is a title, not a line of running text; a page
    number and section next to the date header, or anywhere on a text with a date header
    (text dumps set the folio loose among the headlines), is furniture, unless its number
    counts something (5大亮点); a name alone right under a longer title is its author's byline."""
    for k, line in enumerate(lines[:-1]):
        if (line.kind == BODY and line.raw_lines == 1 and _COMMA_TITLE.match(line.text)
                and lines[k + 1].kind in (SUBTITLE_KIND, BYLINE, LEAD)):
            line.kind = TITLE
    dated = any(ln.kind == FURNITURE and ln.furniture == "date" for ln in lines)
    for k, line in enumerate(lines):
        near = [lines[j] for j in (k - 1, k + 1) if 0 <= j < len(lines)]
        if line.kind in (TITLE, BODY) and FOLIO_SECTION.match(line.text):
            if any(n.kind == FURNITURE and n.furniture in ("date", "folio") for n in near):
                line.kind, line.furniture = FURNITURE, "folio"  # 7 理论 next to the date header
            elif dated and not _COUNT.match(line.text):
                line.kind, line.furniture = FURNITURE, LOOSE_FOLIO  # among the headlines: opens no page
    above = None  # the line above, furniture passed over
    for line in lines:
        if line.kind == TITLE and _AUTHOR.match(line.text) and above is not None \
                and above.kind in (TITLE, SUBTITLE_KIND) and len(above.text) > len(line.text) + 3:
            line.kind = BYLINE  # 李忠杰 under its title: the author
        if line.kind != FURNITURE:
            above = line
    return lines


def _closing_credits(items: List[Any], unassigned: List[Group]) -> List[Group]:
    """``unassigned`` without the groups that are only bylines in brackets on lines of their
    own (（本报记者 王浩）): such a credit closes the body before it, so its lines join that run
    (the run's text keeps them, its meta names the people)."""
    runs = [item for item in items if isinstance(item, Run) and item.lines]
    left: List[Group] = []
    for group in unassigned:
        if not group.titles and not group.subtitles and group.bylines and all(
                ln.text.startswith(("（", "(")) and ln.text.endswith(("）", ")")) for ln in group.bylines):
            start = group.bylines[0].start
            before = [run for run in runs if run.lines[-1].end <= start]
            if before:
                max(before, key=lambda run: run.lines[-1].end).lines.extend(group.bylines)
                continue
        left.append(group)
    return left


def segment_page(repaired: Repaired, *, source: str = "") -> List[Article]:
    """Split a repaired text holding one or more newspaper pages into records.

    repaired: the output of :func:`tagger.repair.repair_text` on a raw page file.
    source: the input's name, used as a fallback for the date (``…_2021-10-22_…``).
    RETURNS: per page, one ``Article(kind="page")`` then its ``Article(kind="article")``
        records in order of appearance; offsets point into the raw text.
    """
    if not isinstance(repaired.text, str):
        raise TypeError(Errors.E100.format(func="segment_page", kind=type(repaired.text).__name__))
    lines = _comma_titles(_broken_titles([classify(ln) for ln in split_lines(repaired)], repaired.text))
    pages = split_pages(lines)
    metas = [page_meta([ln.text for ln in page if ln.kind == FURNITURE]) for page in pages]
    _document_meta(metas, source, pages)
    out: List[Article] = []
    for index, (page, meta) in enumerate(zip(pages, metas)):
        items = merge_headings(items_of(page))
        items, unassigned = match_titles(*assign(items))
        unassigned = _closing_credits(items, unassigned)
        base = {key: meta.get(key) for key in PAGE_KEYS}
        base["page_index"] = index
        if source:
            base["source"] = source
        furniture = [ln for ln in page if ln.kind == FURNITURE]
        builder = _Builder(repaired)
        builder.lines([(ln.start, ln.end) for ln in furniture])
        text, offsets = builder.build()
        page_record = dict(meta, page_index=index, furniture=[ln.text for ln in furniture])
        if source:
            page_record["source"] = source
        if unassigned:
            titles = [ln.text for g in unassigned for ln in g.titles + g.subtitles + g.bylines]
            page_record["unassigned_headlines"] = titles
            warn(Warnings.W100.format(source=source or "<text>", n=len(titles),
                                      page=meta.get("page") or index + 1,
                                      titles=", ".join(t[:40] for t in titles[:10])
                                      + (f" and {len(titles) - 10} more" if len(titles) > 10 else "")))
        out.append(Article(text=text, offsets=offsets, meta=page_record, kind="page"))
        articles: List[Tuple[int, Article]] = []
        run_texts = [(r, "".join(ln.text for ln in r.lines)) for r in items if isinstance(r, Run)]
        for item in items:
            if isinstance(item, Run):
                spans, marker = _body_spans(item)
                if marker and not item.continuation:
                    item.continuation = marker
                builder = _Builder(repaired)
                builder.lines(spans)
                text, offsets = builder.build()
                bodies = [t for r, t in run_texts if r is item] + [t for r, t in run_texts if r is not item]
                meta_a = dict(base, **_article_meta(item, repaired, bodies))
                articles.append((item.lines[0].start, Article(text=text, offsets=offsets, meta=meta_a)))
            elif isinstance(item, Line):
                caption, pairs = parse_caption(item.text)
                builder = _Builder(repaired)
                builder.add(item.start, item.start + len(caption))
                text, offsets = builder.build()
                meta_c = dict(base, title=None, subtitle=None, authors=[], reporters=[], correspondents=[],
                              photographers=[n for _, n in pairs], dateline=None, continuation=None,
                              headings=[], bylines=[{"role": r, "name": n} for r, n in pairs], genre="caption")
                articles.append((item.start, Article(text=text, offsets=offsets, meta=meta_c)))
        out.extend(a for _, a in sorted(articles, key=lambda pair: pair[0]))
    return out
