"""Repair the text layer of a PDF newspaper page: undouble, join lines, despace.

``repair_text`` runs, in this order: vertical presentation forms written as the usual ones
(﹃﹄ of a vertical headline → 『』, one character for one), fake-bold undoubling per raw line
(:mod:`.undouble`) and across lines (:mod:`.relines`), names printed vertically one character
per line (:func:`.relines.join_spaced_names`), columns read in rotation put back in reading
order (:mod:`.columns`, on text set in columns only), joining of hard-broken lines into paragraphs (:mod:`.lines`),
byline-name undoubling (:mod:`.bylines`) and justification-space removal per paragraph
(:mod:`.despace`). Every output character keeps the raw span it came from, so the
offset map projects any output span back onto the raw text. Kept line breaks are copied
verbatim (blank lines included), so clean text comes out unchanged.
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass, field
from typing import List, Optional, Set

from ..errors import Errors
from ..offsets import OffsetMap
from ..zh.chars import VERTICAL_FORMS
from .buffer import Chars
from .bylines import fix_byline_names
from .chars import SPACES, display_width
from .despace import despace_count
from .lines import UNBALANCED_TAIL, RawLine, column_widths, join_separator, narrow_blocks
from .columns import deinterleave, dictionary_words, side_by_side
from .relines import cut_overlaps, join_spaced_names, undouble_lines
from .undouble import undouble_line


#: Columns read in rotation are looked for only where this share of the lines is set in columns.
MIN_COLUMN_SHARE = 0.5


@dataclass
class RepairedLine:
    """One line (paragraph) of the repaired text and the raw lines it was joined from.

    ``start``/``end`` index the repaired text (end-exclusive, no newline); ``raw_widths``
    are the typeset widths in ems of the raw lines, in order; ``column`` is the estimated
    column width around the first raw line (None outside a column layout).
    """

    start: int
    end: int
    raw_widths: List[float] = field(default_factory=list)
    column: Optional[float] = None

    @property
    def raw_lines(self) -> int:
        return len(self.raw_widths)

    @property
    def body_width(self) -> Optional[float]:
        """Median width of the paragraph's full lines (all raw lines but the last), if any."""
        full = self.raw_widths[:-1]
        return statistics.median(full) if full else None


@dataclass
class Repaired:
    """A repaired text and the map of each of its characters to the raw text.

    ``lines`` describes each non-blank line of ``text`` (see :class:`RepairedLine`).
    """

    text: str
    offsets: OffsetMap
    lines: List[RepairedLine] = field(default_factory=list)


def _split_lines(raw: str) -> List[tuple]:
    """``(content_start, content_end, line_end)`` per raw line; ``line_end`` includes the newline."""
    out = []
    pos = 0
    n = len(raw)
    while pos <= n:
        nl = raw.find("\n", pos)
        end = n if nl < 0 else nl
        content_end = end - 1 if end > pos and raw[end - 1] == "\r" else end
        out.append((pos, content_end, end + 1 if nl >= 0 else end))
        if nl < 0:
            break
        pos = nl + 1
    return out


def _side_by_side(raw: str, spans: List[tuple]) -> List[tuple]:
    """``spans`` with each row of columns printed side by side (:func:`.columns.side_by_side`)
    split into one span per column part; a part's line end is where the next part starts."""
    parts = side_by_side([raw[start:end] for start, end, _ in spans])
    if all(len(p) == 1 for p in parts):
        return spans
    out = []
    for (start, end, line_end), row in zip(spans, parts):
        if len(row) == 1:
            out.append((start, end, line_end))
            continue
        for k, (a, b) in enumerate(row):
            out.append((start + a, start + b, start + row[k + 1][0] if k + 1 < len(row) else line_end))
    return out


def _rstrip(buf: Chars) -> Chars:
    """Drop trailing spaces of ``buf`` in place."""
    while buf.chars and buf.chars[-1] in SPACES:
        buf.chars.pop()
        buf.starts.pop()
        buf.ends.pop()
    return buf


def _lstrip(buf: Chars) -> Chars:
    start = 0
    while start < len(buf) and buf.chars[start] in SPACES:
        start += 1
    return buf.slice(start, len(buf))


def repair_text(raw: str, *, join_lines: bool = True, undouble: bool = True,
                despace: bool = True) -> Repaired:
    """Repair raw page text (see the module docstring).

    raw: the decoded raw text (a whole page file or one article).
    join_lines: join hard-broken lines of running text into paragraphs.
    undouble: undo fake-bold doubled runs (记者记者 → 记者).
    despace: remove justification spaces between characters (年 均 → 年均).
    RETURNS: the repaired text, its offset map into ``raw`` and per-line measures.
    """
    if not isinstance(raw, str):
        raise TypeError(Errors.E100.format(func="repair_text", kind=type(raw).__name__))
    raw = raw.translate(VERTICAL_FORMS)  # one character for one: offsets into the input hold
    spans = _split_lines(raw)
    if join_lines:  # columns printed side by side on one line: each part is a line of its own
        spans = _side_by_side(raw, spans)
    contents: List[Chars] = []
    widths_before: List[float] = []
    justified: List[bool] = []
    for start, end, _ in spans:
        buf = Chars.from_raw(raw, start, end)
        if undouble:
            buf = undouble_line(buf)
        widths_before.append(display_width(buf.text))
        runs = 0
        if despace:
            buf, runs = despace_count(buf)
        contents.append(buf)
        justified.append(runs >= 2)
    def remeasured(changed: List[Chars]) -> List[Chars]:
        """``changed`` lines (a whole-line pass's output), with the widths of those it
        replaced measured again."""
        for i, (before, after) in enumerate(zip(contents, changed)):
            if after is not before:
                widths_before[i] = display_width(after.text)
        return changed

    vertical: Set[int] = set()  # two-column vertical headlines made one line: lines of their own
    if undouble:
        contents = remeasured(undouble_lines(contents, vertical))
    if join_lines:
        contents = remeasured(join_spaced_names(contents))
    nonblank = [i for i, buf in enumerate(contents) if buf.text.strip(SPACES)]
    # widths are measured before despacing: justification spaces take room on the page
    measures = {i: RawLine(contents[i].text, widths_before[i], justified=justified[i]) for i in nonblank}
    column_widths([measures[i] for i in nonblank])
    in_columns = sum(measures[i].column is not None for i in nonblank)
    # jieba's words, for columns read in rotation and for words across line breaks
    is_word = dictionary_words() if join_lines and in_columns else None
    if join_lines and in_columns >= MIN_COLUMN_SHARE * len(nonblank):  # a page set in columns
        order = deinterleave([contents[i].text.strip(SPACES) for i in nonblank], is_word)
        if order != sorted(order):
            nonblank = [nonblank[k] for k in order]
            if undouble:  # the copies of a line drawn twice may now follow each other
                cut = cut_overlaps([contents[i] for i in nonblank])
                for i, buf in zip(nonblank, cut):
                    if buf is not contents[i]:
                        contents[i] = buf
                        measures[i] = RawLine(buf.text, display_width(buf.text))
                nonblank = [i for i in nonblank if contents[i].text.strip(SPACES)]
            for i in nonblank:
                measures[i].column = None
            column_widths([measures[i] for i in nonblank])

    out = Chars()
    lines: List[RepairedLine] = []

    def text_end(i: int) -> int:
        # where line i's text ends in ``raw``: past the lines a name printed vertically took in
        return max([spans[i][1]] + contents[i].ends[-1:])

    def gap(start: int, end: int) -> None:
        # blank lines and spaces between kept lines (a line dropped as a doubled copy is not copied)
        chunk = Chars.from_raw(raw, start, end)
        out.extend(chunk.keep(i for i, ch in enumerate(chunk.chars) if ch in SPACES + "\r\n"))

    if not nonblank:
        gap(0, len(raw))
        return Repaired(out.text, out.offsets(), [])
    gap(0, spans[nonblank[0]][0])
    paragraph = contents[nonblank[0]]
    widths = [measures[nonblank[0]].width]
    first_line: RawLine = measures[nonblank[0]]

    def flush(par: Chars) -> None:
        if undouble:
            par = fix_byline_names(par)
        start = len(out)
        out.extend(par)
        lines.append(RepairedLine(start, len(out), list(widths), first_line.column))

    # subheads broken over the narrow lines of one block (no blank line between its lines)
    adjacent = [b == a + 1 for a, b in zip(nonblank, nonblank[1:])]
    blocks = narrow_blocks([measures[i] for i in nonblank], adjacent, is_word) if join_lines \
        else [False] * len(adjacent)
    for k, (prev, nxt) in enumerate(zip(nonblank, nonblank[1:])):
        sep = None
        if join_lines and prev not in vertical and nxt not in vertical:
            head = "".join(paragraph.chars[:8])
            tail = "".join(paragraph.chars[-UNBALANCED_TAIL:])
            after = [measures[i] for i in nonblank[k + 2:k + 5]]
            sep = join_separator(head, tail, measures[prev], measures[nxt], is_word, same_block=blocks[k],
                                 after=after)
        if sep is None:
            flush(paragraph)
            content_end = text_end(prev)
            if spans[nxt][0] > content_end and "\n" not in raw[content_end:spans[nxt][0]]:
                out.add("\n", content_end, spans[nxt][0])  # the space between two columns' lines
            elif spans[nxt][0] > content_end:
                gap(content_end, spans[nxt][0])
            else:  # read out of the raw order (columns read in rotation): a line break of its own,
                # never ending before it starts (a line that took a doubled run from a later one)
                out.add("\n", content_end, max(content_end, min(spans[prev][2], len(raw))))
            paragraph = contents[nxt]
            widths = [measures[nxt].width]
            first_line = measures[nxt]
        else:
            paragraph = _rstrip(paragraph)
            if sep:
                nl = spans[prev][1]
                paragraph.add(sep, nl, spans[prev][2])
            paragraph.extend(_lstrip(contents[nxt]))
            widths.append(measures[nxt].width)
    flush(paragraph)
    gap(text_end(nonblank[-1]), len(raw))
    return Repaired(out.text, out.offsets(), lines)
