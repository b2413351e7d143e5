"""Undo column interleaving: text dumps that read a page row by row across its columns.

pdftotext and pdfminer often write the lines of two to six columns set side by side in
rotation (first line of column 1, first line of column 2, …, second line of column 1, …).
Nothing marks it but the sentences: a line is continued by the line ``k`` below it, not by
the next one. The cue used here is a word across the line break: the end of a line and the
start of the line that continues it often form a dictionary word (各 / 地抓住 → 各地), the
ends of lines of different columns only by chance.

For the body lines of a stretch of the page (lines nearly as wide as the page's median line,
or ending a sentence; headlines, bylines and other short lines are set aside), the share of breaks that
form a word is measured at each offset ``k`` from 1 to :data:`MAX_COLUMNS` over a window
of :data:`WINDOW` lines. Where an offset ``k >= 2`` beats offset 1 by :data:`MIN_GAIN` and
is the best, the window's lines are read in rotation: a stretch of windows with the same
``k`` is cut into ``k`` columns (every ``k``-th body line), the columns are put in the order
in which each one's last line continues into the next one's first line, and each line set
aside inside the stretch is read just before the body line that follows it in the dump
(a headline over its column, a subhead or byline inside it). Text that
is not interleaved keeps its order: offset 1 wins there.
"""

from __future__ import annotations

import re
import statistics
from typing import Callable, Dict, List, Optional, Sequence, Tuple

from ..zh.chars import HAN
from .chars import OPENERS, CLOSERS, SPACES, display_width, ends_sentence, is_cjk

#: Most columns read in rotation.
MAX_COLUMNS = 6
#: Body lines per window in which the offset is measured.
WINDOW = 16
#: How much more often breaks at offset k must form a word than breaks at offset 1.
MIN_GAIN = 0.2
#: A stretch is reordered only if it holds at least this many body lines per column.
MIN_ROWS = 3
#: Longest word looked up across a break (characters on each side: up to 3).
MAX_WORD = 4

_HAN_ONLY = re.compile(f"^[{HAN}]+$")

#: Lines of columns printed side by side on one line (pdftotext joins them with a space):
#: at least two parts this wide (ems) ...
MIN_PART = 6.0
#: ... within these shares of the page's column width (the median wide part) ...
PART_RANGE = (0.75, 1.2)
#: ... and only where the page has at least this many such lines, and this share of its lines.
MIN_SIDE_ROWS = 4
MIN_SIDE_SHARE = 0.05
#: A part is column text if at least this share of its characters is Han.
MIN_HAN_SHARE = 0.6
_GAP = re.compile(r" +")


def _parts(text: str) -> List[Tuple[int, int]]:
    """``(start, end)`` of the pieces of ``text`` between runs of spaces that are not inside
    brackets (本报讯（记者 王强） keeps its space)."""
    out: List[Tuple[int, int]] = []
    start = depth = 0
    for m in _GAP.finditer(text):
        piece = text[start:m.start()]
        depth += sum(piece.count(c) for c in OPENERS) - sum(piece.count(c) for c in CLOSERS)
        if depth > 0 or m.start() == 0 or text[m.start() - 1].isascii() or text[m.end():m.end() + 1].isascii():
            continue  # inside brackets, or a space next to Latin letters and digits (财政总支出 70%)
        out.append((start, m.start()))
        start = m.end()
    if start < len(text):
        out.append((start, len(text)))
    return out


def _column_text(piece: str) -> bool:
    return bool(piece) and sum(is_cjk(c) for c in piece) >= MIN_HAN_SHARE * len(piece)


def side_by_side(texts: Sequence[str]) -> List[List[Tuple[int, int]]]:
    """The column parts of each line: ``[(start, end), …]`` per line, one span for a line that
    is not a row of columns printed side by side.

    A row holds two to :data:`MAX_COLUMNS` pieces of column text separated by spaces, at
    least two of them about as wide as the page's column (:data:`PART_RANGE`) and none wider
    (the others are short last lines of paragraphs). Rows are split only where the page has
    :data:`MIN_SIDE_ROWS` of them: a title with two phrases set apart
    (弘扬伟大建党精神 做好转型发展文章) is not a page of columns.
    """
    whole = [[(0, len(t))] for t in texts]
    candidates: Dict[int, List[Tuple[int, int]]] = {}
    for i, text in enumerate(texts):
        parts = _parts(text)
        if 2 <= len(parts) <= MAX_COLUMNS and all(_column_text(text[a:b]) for a, b in parts) \
                and sum(display_width(text[a:b]) >= MIN_PART for a, b in parts) >= 2:
            candidates[i] = parts
    least = max(MIN_SIDE_ROWS, MIN_SIDE_SHARE * sum(bool(t.strip()) for t in texts))
    if len(candidates) < least:
        return whole
    wide = [display_width(texts[i][a:b]) for i, parts in candidates.items() for a, b in parts
            if display_width(texts[i][a:b]) >= MIN_PART]
    column = statistics.median(wide)
    lo, hi = PART_RANGE[0] * column, PART_RANGE[1] * column
    rows = {}
    for i, parts in candidates.items():
        widths = [display_width(texts[i][a:b]) for a, b in parts]
        if max(widths) <= hi and sum(w >= lo for w in widths) >= 2:
            rows[i] = parts
    if len(rows) < least:
        return whole
    return [rows.get(i, whole[i]) for i in range(len(texts))]


def joins_word(a: str, b: str, is_word: Callable[[str], bool]) -> bool:
    """Does the end of line ``a`` and the start of line ``b`` form a word of 2–4 Han characters?"""
    a, b = a.rstrip(SPACES), b.lstrip(SPACES)
    for left in (1, 2, 3):
        for right in (1, 2, 3):
            if not 2 <= left + right <= MAX_WORD or len(a) < left or len(b) < right:
                continue
            word = a[-left:] + b[:right]
            if _HAN_ONLY.match(word) and is_word(word):
                return True
    return False


def _body_lines(texts: Sequence[str]) -> List[int]:
    """Indices of the lines that take part in a rotation: running text, not headlines."""
    widths = [display_width(t) for t in texts]
    wide = sorted(widths)[len(widths) // 2] if widths else 0.0
    return [i for i, t in enumerate(texts) if widths[i] >= 0.8 * wide or ends_sentence(t)]


def _rate(texts: Sequence[str], body: Sequence[int], lo: int, hi: int, k: int,
          is_word: Callable[[str], bool]) -> float:
    pairs = [(body[i], body[i + k]) for i in range(lo, min(hi, len(body) - k))]
    if not pairs:
        return 0.0
    return sum(joins_word(texts[a], texts[b], is_word) for a, b in pairs) / len(pairs)


def _offsets(texts: Sequence[str], body: Sequence[int], is_word: Callable[[str], bool]) -> List[int]:
    """The rotation offset of each body line's window (1 where the text reads in order)."""
    out = []
    for p in range(len(body)):
        lo = max(0, min(p - WINDOW // 2, len(body) - WINDOW))
        hi = lo + WINDOW
        rates = {k: _rate(texts, body, lo, hi, k, is_word) for k in range(1, MAX_COLUMNS + 1)}
        best = max(rates, key=lambda k: (rates[k], -k))
        out.append(best if best > 1 and rates[best] - rates[1] >= MIN_GAIN else 1)
    return _smooth(out)


def _segments(values: List[int]) -> List[List[int]]:
    """``[value, start, end]`` of each maximal run of equal values."""
    segs: List[List[int]] = []
    for i, v in enumerate(values):
        if segs and segs[-1][0] == v:
            segs[-1][2] = i + 1
        else:
            segs.append([v, i, i + 1])
    return segs


def _smooth(values: List[int]) -> List[int]:
    """A short run of other offsets between two runs of the same offset takes that offset
    (a window that happened to find fewer words does not break the rotation)."""
    out = list(values)
    segs = _segments(out)
    for k in range(1, len(segs) - 1):
        v, lo, hi = segs[k]
        if segs[k - 1][0] == segs[k + 1][0] and hi - lo < WINDOW // 2:
            out[lo:hi] = [segs[k - 1][0]] * (hi - lo)
    return out


def _column_order(texts: Sequence[str], columns: List[List[int]], is_word: Callable[[str], bool]) -> List[List[int]]:
    """The columns rotated so that most columns run on into the next one."""
    k = len(columns)

    def links(shift: int) -> int:
        order = columns[shift:] + columns[:shift]
        return sum(joins_word(texts[order[c][-1]], texts[order[c + 1][0]], is_word) for c in range(k - 1))

    best = max(range(k), key=lambda s: (links(s), -s))
    return columns[best:] + columns[:best]


def reading_order(texts: Sequence[str], is_word: Callable[[str], bool]) -> List[int]:
    """The order in which to read ``texts`` (non-blank lines of a page): a permutation of
    their indices that undoes column interleaving (see the module docstring)."""
    n = len(texts)
    body = _body_lines(texts)
    if len(body) < 2 * WINDOW:
        return list(range(n))
    offsets = _offsets(texts, body, is_word)
    order: List[int] = []
    placed = [False] * n
    p = 0
    while p < len(body):
        k = offsets[p]
        q = p
        while q < len(body) and offsets[q] == k:
            q += 1
        if k > 1 and q - p >= k * MIN_ROWS:
            stretch = body[p:q]
            columns = [stretch[c::k] for c in range(k)]
            lo, hi = stretch[0], stretch[-1]
            aside = [i for i in range(lo, hi + 1) if i not in set(stretch)]
            # lines before the stretch come first
            order.extend(i for i in range(0, lo) if not placed[i])
            for i in range(0, lo):
                placed[i] = True
            # a line set aside goes with the body line that follows it (a headline over the
            # top of its column, a byline or subhead inside it)
            before: Dict[int, List[int]] = {}
            for i in aside:
                nxt = next(j for j in stretch if j > i)
                before.setdefault(nxt, []).append(i)
            cols = _column_order(texts, columns, is_word)
            for i in [m for col in cols for j in col for m in before.get(j, []) + [j]]:
                if not placed[i]:
                    order.append(i)
                    placed[i] = True
        p = q
    order.extend(i for i in range(n) if not placed[i])
    return order


def dictionary_words() -> Callable[[str], bool]:
    """``is_word`` over jieba's dictionary (read once per process, shared with word cutting)."""
    from ..zh.words import base_dictionary

    freq: Dict[str, int] = base_dictionary()[0]
    return lambda word: freq.get(word, 0) > 0


def deinterleave(texts: Sequence[str], is_word: Optional[Callable[[str], bool]] = None) -> List[int]:
    """:func:`reading_order` with jieba's dictionary, loaded only for text long enough to test."""
    if len(texts) < 2 * WINDOW:
        return list(range(len(texts)))
    return reading_order(texts, is_word or dictionary_words())
