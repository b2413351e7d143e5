"""Undo doubling across lines: fake bold that an extractor wrote as repeated lines.

pdfminer and pdftotext write a line drawn twice at an offset in three ways, all handled
here on the page's lines (blank lines skipped), before lines are joined:

- the whole line again (``用吹气球解释宇宙膨胀、`` twice): the copy is dropped;
- a wrapped line and a longer copy of it (``2018`` / ``2018年``, or ``新使命：`` / ``新使命``):
  the line contained in its neighbour is dropped;
- inside such a doubled run, the next piece repeating the tail of the last one
  (``2018年`` / ``年5月1`` / ``1日``): the repeated head is cut and the piece joins the
  line before, so the run reads ``2018年5月1日``;
- a column of single characters each written twice (``守守`` / ``护护``, a vertical headline):
  each is undoubled; and a vertical headline written one character per line (four or more
  lines of one Han character each) becomes one line, or one line per part where a wider
  gap (more blank lines) than between its characters parts a headline from a name;
- a vertical headline of two columns written row by row (``守履`` / ``护职`` / ``安尽`` /
  ``全责``) becomes one line read down the columns, right to left (``履职尽责守护安全``),
  where that reading is clearly commoner news text than the rows (:func:`_read_columns_of_rows`).

Names printed vertically beside a body (:func:`join_spaced_names`) come out of both
extractors one character per line: two or three such lines in a row that start with a
surname become one line (``肖`` / ``凌`` / ``之`` → ``肖凌之``); a surname alone right under a
headline-like line, with the given name alone further down among the body lines
(``莫`` … 40 lines … ``荣``), becomes ``莫荣`` under the headline and the body closes over
the gap.

Once columns read in rotation are put back in order (:mod:`.columns`), the two copies of a
wrapped line drawn twice can come out one after the other, the second repeating the end of
the first (``…的土壤中，相信在足球场上，就会有更多努力奔跑的美丽身`` /
``相信在足球场上，就会有更多努力奔跑的美丽身影``): :func:`cut_overlaps` cuts a repeat of at
least :data:`MIN_OVERLAP` characters from the head of the later line, and drops a line of
at least :data:`MIN_COPY` characters found whole in the two lines before it.

Lines of two characters or fewer are only touched inside a doubled run, and an overlap is
only cut in a run that already showed a doubled line (or, by :func:`cut_overlaps`, where it
is six characters or more), so running text that happens to repeat a word at a line break
is left alone.
"""

from __future__ import annotations

import math
from typing import Callable, Iterator, List, Optional, Set, Tuple

from ..zh.chars import is_han
from ..zh.names import SURNAMES_1
from .buffer import Chars
from .chars import SPACES, TERMINAL

#: A run of this many one-character lines is a vertical headline written line by line.
MIN_VERTICAL = 4
#: How much better (mean log count of character bigrams) the columns of two-character rows must
#: read than the rows for the rows to be read as a vertical headline in two columns.
VERTICAL_MARGIN = 3.0
#: Pieces this short may overlap by a single character.
SHORT_PIECE = 8
#: Pieces of a doubled run are short: a headline, a date, a name or a wrapped line.
MAX_PIECE = 40
#: The given name of a name printed vertically is looked for this many lines below its surname.
NAME_GAP = 60
#: The shortest repeat of a line's end at the head of the next that :func:`cut_overlaps` cuts.
MIN_OVERLAP = 6
#: A line at least this long found whole in the two lines before it is a copy and is dropped.
MIN_COPY = 8
#: A line this short without sentence punctuation (a headline, a folio) may stand over a byline.
MAX_HEADLINE = 30


def _stripped(buf: Chars) -> str:
    return buf.text.strip(SPACES + "\r")


def _lstrip_n(buf: Chars, n: int) -> Chars:
    """``buf`` without its first ``n`` non-space characters (leading spaces dropped)."""
    k = 0
    while k < len(buf) and buf.chars[k] in SPACES:
        k += 1
    return buf.slice(k + n, len(buf))


def _rstrip(buf: Chars) -> Chars:
    k = len(buf)
    while k and buf.chars[k - 1] in SPACES + "\r":
        k -= 1
    return buf.slice(0, k)


def _single_han(text: str) -> bool:
    return len(text) == 1 and is_han(text)


def _char_doubled(text: str) -> bool:
    return len(text) == 2 and text[0] == text[1] and not text.isascii()


def _runs(out: List[Chars], idx: List[int], kind: Callable[[str], bool], *,
          adjacent: bool = False) -> Iterator[Tuple[int, int]]:
    """The longest runs ``idx[k:j]`` of lines each of ``kind`` (with ``adjacent``, with no blank
    line between them), in order; lines are read as the run reaches them, so a caller may
    rewrite the lines of a run it was given."""
    k = 0
    while k < len(idx):
        j = k
        while j < len(idx) and kind(_stripped(out[idx[j]])) and (not adjacent or j == k or idx[j] == idx[j - 1] + 1):
            j += 1
        if j > k:
            yield k, j
        k = max(j, k + 1)


def undouble_lines(lines: List[Chars], vertical: Optional[Set[int]] = None) -> List[Chars]:
    """The page's lines with doubled lines dropped or cut (see the module docstring);
    a dropped line becomes empty, so it reads as a blank line. ``vertical``, if given,
    receives the indices of the lines made of a two-column vertical headline (lines of their
    own; one written a character a line may still join a line beside it, as before)."""
    vertical = set() if vertical is None else vertical
    out = list(lines)
    idx = [i for i, buf in enumerate(out) if _stripped(buf)]
    # a column of doubled single characters
    for k, j in _runs(out, idx, _char_doubled):
        if j - k >= 2:
            for m in range(k, j):
                buf = out[idx[m]]
                first = next(p for p, ch in enumerate(buf.chars) if ch not in SPACES)
                kept = buf.slice(0, first + 1)
                kept.ends[-1] = max(kept.ends[-1], buf.ends[first + 1])
                out[idx[m]] = kept
    # a vertical headline written one character per line: one line
    for k, j in _runs(out, idx, _single_han):
        if j - k >= MIN_VERTICAL:
            # a wider gap than between the characters of the headline parts it from a name
            gaps = [idx[m + 1] - idx[m] for m in range(k, j - 1)]
            least = min(gaps)  # once: a page of one-character lines has tens of thousands
            cuts = [k] + [m + 1 for m, gap in zip(range(k, j - 1), gaps) if gap > least] + [j]
            for a, b in zip(cuts, cuts[1:]):
                merged = _rstrip(out[idx[a]])
                for m in range(a + 1, b):
                    merged.extend(_lstrip_n(_rstrip(out[idx[m]]), 0))
                    out[idx[m]] = Chars()
                out[idx[a]] = merged
    vertical.update(_read_columns_of_rows(out, idx))
    idx = [i for i in idx if _stripped(out[i])]
    in_run = False
    prev = None
    for i in idx:
        text = _stripped(out[i])
        if prev is None:
            prev = i
            continue
        last = _stripped(out[prev])
        short = len(last) <= MAX_PIECE and len(text) <= MAX_PIECE * 2
        if text == last and (len(text) >= 3 or in_run):
            out[i] = Chars()
            in_run = True
            continue
        if short and len(last) < len(text) and text.startswith(last) and (len(last) >= 3 or in_run):
            out[prev] = Chars()
            in_run = True
            prev = i
            continue
        if short and len(text) < len(last) and last.startswith(text) and (len(text) >= 2):
            out[i] = Chars()
            in_run = True
            continue
        if in_run and short and len(text) <= MAX_PIECE:
            for n in range(min(len(last), len(text)) - 1, 0, -1):
                # one shared character joins only short pieces (2018年 / 年5月1 / 1日); two
                # full lines of different columns may share one by chance (…极具 / 具有…)
                if last.endswith(text[:n]) and (n >= 2 or min(len(last), len(text)) <= SHORT_PIECE):
                    merged = _rstrip(out[prev])
                    merged.extend(_lstrip_n(out[i], n))
                    out[prev], out[i] = merged, Chars()
                    break
            else:
                in_run = False
            if in_run:
                continue
        else:
            in_run = False
        prev = i
    return out


def _two_han(text: str) -> bool:
    return len(text) == 2 and is_han(text[0]) and is_han(text[1]) and text[0] != text[1]


def _seen(grams: List[str]) -> float:
    """The mean of log(1 + count) of ``grams`` in the news character model."""
    from ..zh.charlm import news_lm

    lm = news_lm()
    return sum(math.log1p(lm.count(g)) for g in grams) / max(len(grams), 1)


def _read_columns_of_rows(out: List[Chars], idx: List[int]) -> List[int]:
    """A vertical headline in two columns written row by row (``守履`` / ``护职`` / ``安尽`` /
    ``全责``: 履职尽责 right of 守护安全) becomes one line read column by column, right to
    left (``履职尽责守护安全``): :data:`MIN_VERTICAL` or more adjacent lines of two different Han
    characters each, whose columns read as news text clearly better than their rows do (by
    :data:`VERTICAL_MARGIN` in mean log count of their character bigrams), so a list of
    two-character names, one a line, stays as it is. Returns the indices of the lines made."""
    made: List[int] = []
    for k, j in _runs(out, idx, _two_han, adjacent=True):
        if j - k >= MIN_VERTICAL:
            rows = [_stripped(out[idx[m]]) for m in range(k, j)]
            columns = ["".join(row[c] for row in rows) for c in (1, 0)]
            down = [col[n:n + 2] for col in columns for n in range(len(col) - 1)]
            if _seen(down) >= _seen(rows) + VERTICAL_MARGIN:
                bufs = [_rstrip(_lstrip_n(out[idx[m]], 0)) for m in range(k, j)]
                merged = Chars()
                for c in (1, 0):
                    for buf in bufs:
                        merged.extend(buf, c, c + 1)
                out[idx[k]] = merged
                made.append(idx[k])
                for m in range(k + 1, j):
                    out[idx[m]] = Chars()
    return made


def _headline_like(text: str) -> bool:
    """A short line without running-text punctuation: a headline, kicker or folio."""
    return 2 <= len(text) <= MAX_HEADLINE and not any(ch in TERMINAL or ch in "，、；：" for ch in text)


def join_spaced_names(lines: List[Chars]) -> List[Chars]:
    """The page's lines with names printed vertically joined (see the module docstring);
    a line moved into a name becomes empty, so it reads as a blank line."""
    out = list(lines)
    idx = [i for i, buf in enumerate(out) if _stripped(buf)]
    lone = [_single_han(_stripped(out[i])) for i in idx]
    # two or three one-character lines in a row, starting with a surname
    k = 0
    while k < len(idx):
        j = k
        while j < len(idx) and lone[j]:
            j += 1
        if 2 <= j - k < MIN_VERTICAL and _stripped(out[idx[k]]) in SURNAMES_1:
            merged = _rstrip(out[idx[k]])
            for m in range(k + 1, j):
                merged.extend(_lstrip_n(_rstrip(out[idx[m]]), 0))
                out[idx[m]] = Chars()
            out[idx[k]] = merged
            for m in range(k, j):
                lone[m] = False
        k = max(j, k + 1)
    # a surname under a headline, its given name alone further down
    for k in range(len(idx)):
        if not lone[k] or _stripped(out[idx[k]]) not in SURNAMES_1:
            continue
        if k and not _headline_like(_stripped(out[idx[k - 1]])):
            continue
        if k + 1 < len(idx) and lone[k + 1]:
            continue
        given = next((m for m in range(k + 2, min(len(idx), k + 2 + NAME_GAP)) if lone[m]), None)
        if given is None or (given + 1 < len(idx) and lone[given + 1]):
            continue
        merged = _rstrip(out[idx[k]])
        merged.extend(_lstrip_n(_rstrip(out[idx[given]]), 0))
        out[idx[k]], out[idx[given]] = merged, Chars()
        lone[k] = lone[given] = False
    return out


def cut_overlaps(lines: List[Chars]) -> List[Chars]:
    """``lines`` (in reading order) with the head of a line cut where it repeats the end of
    the line before for :data:`MIN_OVERLAP` characters or more, and a line of
    :data:`MIN_COPY` characters or more dropped where the two lines before it hold it whole
    (see the module docstring); a line that was nothing but the repeat becomes empty."""
    out = list(lines)
    before: List[str] = []  # the texts of the last two lines kept
    for i, buf in enumerate(out):
        text = _stripped(buf)
        if not text:
            continue
        if before:
            last = before[-1]
            size = next((n for n in range(min(len(last), len(text)), MIN_OVERLAP - 1, -1)
                         if last.endswith(text[:n])), 0)
            if len(text) >= MIN_COPY and text in "".join(before):
                size = len(text)  # a copy of text just read (a pull quote drawn over it)
            if size:
                out[i] = _lstrip_n(buf, size)
                text = _stripped(out[i])
                if not text:
                    continue
        before = (before + [text])[-2:]
    return out
