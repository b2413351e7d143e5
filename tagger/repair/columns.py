"""Undo column interleaving: text dumps that read a page row by row across its columns.

pdftotext and pdfminer often write the lines of two to six columns set side by side in
rotation (first line of column 1, first line of column 2, …, second line of column 1, …),
and the columns of a page rarely start or end on the same row, so the rotation changes as
columns end and begin. Nothing marks it but the sentences: the line that continues a line
is ``k`` lines below it, not the next one.

Each running-text line is linked to the line that continues it (:func:`line_links`). A
link from line ``a`` to a line ``d`` body lines below it (``d`` up to
:data:`MAX_COLUMNS`) is scored by

- the characters across the break (:meth:`tagger.zh.charlm.CharLM.junction`: 各 / 地抓住 runs on,
  各 / 北京市 does not), plus a bonus where they form a word of jieba's dictionary; after a
  sentence end or a comma the characters say nothing and the link gets a small fixed score;
- the widths: a line that continues a full line is as wide as it (within :data:`WIDTH_SLACK`
  ems) or is a paragraph's short last line; anything else costs :data:`WIDTH_COST`;
- the dump's own order: the next line gets :data:`NEXT_LINE`.

The links are chosen together by dynamic programming, in order of the lines and never
crossing (columns read in rotation keep their order: if ``a`` comes before ``b``, so
does the line after ``a``), each line with at most one link in and one out; changing the
offset from one link to the next costs :data:`OFFSET_CHANGE` (a rotation keeps its period
until a column ends) and leaving a line that stops inside a sentence without a successor
costs :data:`OPEN_END`. Chains of linked lines are the columns; they are read one after
another in the order in which they start in the dump. Headlines, bylines and other
short lines take no part: each one is read just before the running-text line that follows
it in the dump (a headline over its column, a subhead or byline inside it). Text that is
not interleaved links each line to the next and keeps its order.
"""

from __future__ import annotations

import re
import statistics
from collections import Counter
from typing import Callable, Dict, List, Optional, Sequence, Tuple

from ..zh.chars import HAN
from .chars import (OPENERS, CLOSERS, RUBRIC_END, SPACES, display_width, ends_sentence,
                    is_cjk)

#: Most columns read in rotation: the farthest a line's continuation can be (in running-text lines).
MAX_COLUMNS = 6
#: Texts with fewer lines are left in order.
MIN_LINES = 32
#: Longest word looked up across a break (characters on each side: up to 3).
MAX_WORD = 4

# Link scores (see the module docstring). Measured on the tuning page sets' text dumps:
# the share of the body read in order moves by under a point over a wide range of them.
#: Weight of the character model's junction score, and its bounds.
JUNCTION_WEIGHT = 0.8
JUNCTION_RANGE = (-4.0, 6.0)
#: Bonus where the break has a word of jieba's dictionary across it.
WORD_BONUS = 0.5
#: Score of a link after a sentence end or a comma (the characters say nothing there).
AFTER_PAUSE = 0.3
#: Widths: a continuation as wide as its line (within WIDTH_SLACK ems), or a paragraph's last line ...
WIDTH_SLACK = 2.5
WIDTH_FIT = 0.5
#: ... anything else.
WIDTH_COST = 1.5
#: Bonus of the next line in the dump.
NEXT_LINE = 0.5
#: Cost of a link whose offset differs from the previous link's.
OFFSET_CHANGE = 2.0
#: Cost of a line that stops inside a sentence and has no successor.
OPEN_END = 1.0
#: Punctuation after which the characters across a break say nothing.
PAUSES = "，、；：,;:"
#: Marks of running text: a line holding none of them, as wide as no common line width, is a headline.
RUNNING_MARKS = set("，。、；：！？…“”,;:!?")
#: A line width is common where at least this share of the page's lines have it.
COMMON_WIDTH_SHARE = 0.05
_HAN_GAP = re.compile(f"[{HAN}] +[{HAN}]")
_HAN_ONLY = re.compile(f"^[{HAN}]+$")
_LETTER_GAP = re.compile(f"(?<=[{HAN}]) (?=[{HAN}] )")

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
    """Indices of the running-text lines: as wide as most lines or ending a sentence, at
    least two characters wide, and not set like a headline (:func:`_headline_like`)."""
    widths = [display_width(t) for t in texts]
    wide = sorted(widths)[len(widths) // 2] if widths else 0.0
    counts = Counter(round(w) for w in widths)
    common = [w for w, n in counts.items() if n >= COMMON_WIDTH_SHARE * len(texts) and w >= 4]
    heads = [_headline_like(t, widths[i], common) for i, t in enumerate(texts)]
    for i in range(len(texts) - 1):  # a headline broken over two lines: 加快一刻钟便民生活 / 圈建设（市场漫步）
        if RUBRIC_END.search(texts[i + 1].strip(SPACES)) and not any(c in RUNNING_MARKS for c in texts[i]):
            heads[i] = True
    return [i for i, t in enumerate(texts)
            if (widths[i] >= 0.8 * wide or ends_sentence(t)) and widths[i] >= 2 and not heads[i]]


def _headline_like(text: str, width: float, common: Sequence[int]) -> bool:
    """A headline line among running text: closed by a column rubric (…（人民论坛）),
    letter-spaced (标 到 治 本 的 …), or without running-text punctuation and either two
    phrases set apart by spaces or at a width no column has."""
    text = text.strip(SPACES)
    if RUBRIC_END.search(text) or len(_LETTER_GAP.findall(text)) >= 3:
        return True
    if any(c in RUNNING_MARKS for c in text):
        return False
    return bool(_HAN_GAP.search(text)) or not any(abs(width - w) <= 1.0 for w in common)


def link_score(a: str, b: str, is_word: Callable[[str], bool],
               junction: Callable[[str, str], float]) -> float:
    """How well line ``b`` continues line ``a`` (see the module docstring)."""
    return _link_score(a, b, display_width(a), display_width(b), ends_sentence(a), ends_sentence(b),
                       is_word, junction)


def _link_score(a: str, b: str, wa: float, wb: float, a_ends: bool, b_ends: bool,
                is_word: Callable[[str], bool], junction: Callable[[str, str], float]) -> float:
    """:func:`link_score` with the lines' widths and sentence ends already measured."""
    a, b = a.rstrip(SPACES), b.lstrip(SPACES)
    if not a or not b:
        return -WIDTH_COST
    if a_ends or a[-1] in PAUSES:
        score = AFTER_PAUSE
    else:
        lo, hi = JUNCTION_RANGE
        score = JUNCTION_WEIGHT * max(lo, min(hi, junction(a, b)))
        if joins_word(a, b, is_word):
            score += WORD_BONUS
    if not a_ends:  # a full line: its continuation is as wide, or a paragraph's end
        if abs(wa - wb) <= WIDTH_SLACK or (wb < wa and b_ends):
            score += WIDTH_FIT
        else:
            score -= WIDTH_COST
    return score


def line_links(texts: Sequence[str], is_word: Callable[[str], bool],
               junction: Callable[[str, str], float]) -> Dict[int, int]:
    """The line that continues each line of ``texts`` (running text only): ``{p: q}`` over
    positions in ``texts``, chosen together (see the module docstring)."""
    m, band = len(texts), MAX_COLUMNS
    states = (band + 2) * (band + 1)
    # best[f][k] (for the line after the current one): the best total from there on, where
    # the first line still free to be linked into is f lines on (f = 1 .. band + 1) and the
    # last link's offset was k (0: none yet); take[p] keeps each state's choice at line p
    # (0: no link), one byte a state, so memory stays small on long texts
    best = [[0.0] * (band + 1) for _ in range(band + 2)]
    take = [bytes(states)] * m
    widths = [display_width(t) for t in texts]
    ends = [ends_sentence(t) for t in texts]
    for p in range(m - 1, -1, -1):
        scores = [_link_score(texts[p], texts[p + d], widths[p], widths[p + d], ends[p], ends[p + d],
                              is_word, junction) + (NEXT_LINE if d == 1 else 0.0)
                  for d in range(1, min(band, m - 1 - p) + 1)]
        open_end = 0.0 if ends[p] or texts[p].rstrip(SPACES)[-1:] in PAUSES else OPEN_END
        row = [[0.0] * (band + 1) for _ in range(band + 2)]
        choice = bytearray(states)
        for f in range(1, band + 2):
            for k in range(band + 1):
                top, arg = best[max(f - 1, 1)][k] - open_end, 0
                for d in range(f, len(scores) + 1):
                    v = scores[d - 1] + best[d][d] - (OFFSET_CHANGE if k and d != k else 0.0)
                    if v > top:
                        top, arg = v, d
                row[f][k] = top
                choice[f * (band + 1) + k] = arg
        best, take[p] = row, bytes(choice)
    links: Dict[int, int] = {}
    f, k = 1, 0
    for p in range(m):
        d = take[p][f * (band + 1) + k]
        if d:
            links[p] = p + d
            f = k = d
        else:
            f = max(f - 1, 1)
    return links


def reading_order(texts: Sequence[str], is_word: Callable[[str], bool],
                  junction: Optional[Callable[[str, str], float]] = None) -> List[int]:
    """The order in which to read ``texts`` (non-blank lines of a page): a permutation of
    their indices that undoes column interleaving (see the module docstring).

    junction: the character score across a break (default: the packaged news model).
    """
    n = len(texts)
    if n < MIN_LINES:
        return list(range(n))
    if junction is None:
        from ..zh.charlm import news_lm

        junction = news_lm().junction
    body = _body_lines(texts)
    links = line_links([texts[i] for i in body], is_word, junction)
    linked_into = set(links.values())
    chains = []
    for p in range(len(body)):
        if p in linked_into:
            continue
        chain = [p]
        while chain[-1] in links:
            chain.append(links[chain[-1]])
        chains.append(chain)
    # a line set aside goes with the running-text line that follows it in the dump
    before: Dict[int, List[int]] = {}
    after_all: List[int] = []
    body_set = set(body)
    following = iter(body)
    nxt = next(following, None)
    for i in range(n):
        if i in body_set:
            nxt = next(following, None)
            continue
        (before.setdefault(nxt, []) if nxt is not None else after_all).append(i)
    order = [j for chain in chains for p in chain for j in before.get(body[p], []) + [body[p]]]
    return order + after_all


def dictionary_words() -> Callable[[str], bool]:
    """``is_word`` over jieba's dictionary (read once per process, shared with word cutting)."""
    from ..zh.words import base_dictionary

    freq: Dict[str, int] = base_dictionary()[0]
    return lambda word: freq.get(word, 0) > 0


def deinterleave(texts: Sequence[str], is_word: Optional[Callable[[str], bool]] = None) -> List[int]:
    """:func:`reading_order` with jieba's dictionary, loaded only for text long enough to test."""
    if len(texts) < MIN_LINES:
        return list(range(len(texts)))
    return reading_order(texts, is_word or dictionary_words())
