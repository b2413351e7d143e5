"""Join hard-broken lines of running text; keep paragraph, title and byline boundaries.

Raw pages from PDF extraction break every column line (often with a blank line after each
one), so blank lines say nothing. A line break is removed when one of these holds:

- the line does not end a sentence and the last 40 characters of the paragraph so far open
  a bracket or quote they do not close (``本报讯（记者 林`` …, a title's “…);
- the line ends with continuing punctuation (，、；— / or an opening bracket), or the next
  line starts with closing punctuation;
- the line is letter-spaced (justified: ``年 均 复 合``), so it was stretched to fill its
  column, and does not end a sentence;
- on a page set in columns, a word of jieba's dictionary runs across the break
  (``…等单位联`` / ``合举办的…``) and the lines are running text: one of them has running-text
  punctuation, and a line without any is about as wide as the line under it
  (:data:`FULL_LINE`; a headline over its body forms a word with it only by chance);
- the next line is a column rubric alone (``（人民论坛）``) under a line without running-text
  punctuation: the rubric closes that headline;
- the text is set in a column (nearby lines have a steady median width ``W`` of 5 to 40
  ems and running-text punctuation) and the line fills it: ``W - 3 <= width <= W + 2.5``
  for a line that ends inside a sentence; for a line that ends a sentence (。！？) both it
  and the next line must fill the column (``>= W - 1.5`` and ``>= W - 1``), since a
  paragraph's first line is indented.

A break is always kept between a line without running-text punctuation (a headline) and a
name, folio or lone character under it (``韩秀华``, ``7 理论``). A break is always kept
before a line that starts a new block (本报讯, □ or ■ bylines and
briefs, —— subtitles, 一、 headings, 记者/通讯员 bylines, 责任编辑, （下转…）, photo
credits ending in 摄, a headline closed by its column rubric: ``走近走亲 牵手连心（短评）``) and after a numbered heading, a title-like line (clauses separated by
a space, no punctuation) or a line of a title, subtitle or byline paragraph (□ ■ ——). Lines
much wider than their column are titles and are not joined either way. Text without a
column layout (clean paragraphs, .jsonl records, lists) is only joined at unclosed brackets
and continuing punctuation.
"""

from __future__ import annotations

import re
import statistics
from dataclasses import dataclass
from typing import Callable, List, Optional, Sequence

from ..zh.chars import HAN, is_han
from ..zh.names import SURNAMES_1, SURNAMES_2
from ..zh.roles import BYLINE_ROLES, role_pattern
from .columns import joins_word
from .relines import MAX_HEADLINE
from .chars import (CLOSERS, CONTINUING, RUBRIC_END, SPACES, closed_by_rubric, display_width, ends_sentence,
                    unbalanced)

MIN_COLUMN = 5.0
MAX_COLUMN = 40.0
MAX_JUSTIFIED = 30.0
WINDOW = 5
# An unclosed bracket or quote joins lines only if opened this close to the line end (a
# byline or title); quotes running over several paragraphs open further back.
UNBALANCED_TAIL = 40

_ROLE = f"(?:{role_pattern(BYLINE_ROLES)})"
BLOCK_START = re.compile(
    rf"^(?:本报讯|本报[{HAN}]{{1,6}}讯|[□■▲●◆◇]|[—－]{{2}}|[一二三四五六七八九十]{{1,3}}、"
    rf"|{_ROLE}[{SPACES}]|(?:[A-Z]?\d{{1,2}}版?[{SPACES}]*)?(?:责任编辑|责编)|[（(](?:下转|上接|转第|接第))")
# Paragraphs that are titles, subtitles or bylines: continued only inside brackets or after ，、
HEADER_START = re.compile(r"^[□■▲●◆◇—－]")
PHOTO_CREDIT = re.compile(rf"[{SPACES}]摄[）)]?$")
# Punctuation of running text (a column of prose, not a list)
_PUNCTUATED = re.compile(r"[，、；：。“”]")
# Sentence punctuation inside a line: running text, not a title or furniture
_RUNNING = re.compile(r"[，、；。]")
#: A line that a headline-like line (no running-text punctuation) never continues into:
#: names (surname first, 2–4 characters each, set apart), a folio with its section
#: (7 理论), a lone character.
_NAME = rf"(?:{'|'.join(SURNAMES_2)}|[{SURNAMES_1}])[{HAN}]{{1,2}}"
SHORT_UNDER_TITLE = re.compile(
    rf"^(?:{_NAME}(?:[{SPACES}]+{_NAME})*|[A-Z]?\d{{1,2}}[{SPACES}]*[{HAN}]{{2,4}}|[{HAN}])$")
#: A line without running-text punctuation runs on into the running text under it across a
#: word only if it is about as wide as that text's line (a headline is shorter: 纵马张掖草原 /
#: 初秋一个午夜… forms 原初 by chance).
FULL_LINE = 0.8
#: The character model's junction score above which the characters across a break run on
#: like a word (tagger/zh/charlm.py; tuned on the page test sets' text dumps).
RUNS_ON = 2.0
#: How much narrower than their column the lines of a narrow block (a subhead's) are, in ems,
#: and how much the widths of its lines but the last may differ (letter-spacing taken out).
NARROW_MARGIN = 3.0
NARROW_SPREAD = 3.0
#: The fewest lines of a narrow block: two narrow lines are as often a headline and its byline.
NARROW_BLOCK_LINES = 3
#: A column rubric alone on its line (（人民论坛）), not a picture's credit (（新华社发）).
RUBRIC_LINE = re.compile(rf"^[（(][{HAN}]{{2,6}}(?<![发摄图])[)）]$")
NUMBERED_HEADING = re.compile(r"^[一二三四五六七八九十]{1,3}、[^，。；！？]{1,30}$")
ROLE_START = re.compile(rf"^{_ROLE}")
_TITLE_LIKE = re.compile(rf"^[^，。；：、！？（）]*[{HAN}]{{2}}[{SPACES}]+[{HAN}“]{{2}}[^，。；：、！？（）]*$")


@dataclass
class RawLine:
    """One non-blank raw line: its text (already undoubled) and measures."""

    text: str
    width: float
    column: Optional[float] = None
    justified: bool = False


def _steady_median(sample: List[float], punctuated: int) -> Optional[float]:
    """The median of ``sample`` if the lines look like a text column, else None.

    A column: at least three lines, most of them close to the median width, the median at
    least :data:`MIN_COLUMN` and at most :data:`MAX_COLUMN` ems, and running-text
    punctuation in at least a quarter of the lines (a list of short items is not a column).
    """
    if len(sample) < 3:
        return None
    w = statistics.median(sample)
    steady = sum(1 for x in sample if w - 2.5 <= x <= w + 1.5)
    if MIN_COLUMN <= w <= MAX_COLUMN and steady >= 0.6 * len(sample) and punctuated >= 0.25 * len(sample):
        return w
    return None


def column_widths(lines: List[RawLine]) -> None:
    """Set ``line.column``: the width of the column the line is set in, or None.

    The column width is the median width of nearby lines that do not end a sentence, taken
    over the lines before, around or after the line; of the windows that look like a column,
    the one whose median is closest to the line's own width wins (a line at the edge of a
    narrow column next to a wide one belongs to one of them).
    """
    widths = [ln.width for ln in lines]
    usable = [not ends_sentence(ln.text) and 2 <= ln.width <= MAX_COLUMN + 5 for ln in lines]
    marked = [bool(_PUNCTUATED.search(ln.text)) for ln in lines]
    n = len(lines)
    for k, line in enumerate(lines):
        candidates = []
        for lo, hi in ((k - 2 * WINDOW, k + 1), (k - WINDOW, k + WINDOW + 1), (k, k + 2 * WINDOW + 1)):
            window = [i for i in range(max(0, lo), min(n, hi)) if usable[i]]
            w = _steady_median([widths[i] for i in window], sum(marked[i] for i in window))
            if w is not None:
                candidates.append(w)
        if candidates:
            line.column = min(candidates, key=lambda w: abs(w - line.width))


def join_separator(head: str, tail: str, a: RawLine, b: RawLine,
                   is_word: Optional[Callable[[str], bool]] = None, *,
                   same_block: bool = False, after: Sequence[RawLine] = ()) -> Optional[str]:
    """What replaces the break between raw lines ``a`` and ``b``: ``""`` or ``" "`` to join, None to keep.

    ``head`` and ``tail`` are the first and the last characters of the paragraph so far,
    which ends with ``a`` (at least :data:`UNBALANCED_TAIL` of them in ``tail``);
    ``is_word`` looks words up for the word-across-the-break rule (None: no such rule);
    ``same_block``: the two lines are lines of one narrow block (:func:`narrow_blocks`);
    ``after``: the next lines after ``b``, nearest first (:func:`headline_over_byline`).
    """
    at, bt = a.text.strip(SPACES), b.text.strip(SPACES)
    if not at or not bt:
        return None
    if after and (_RUNNING.search(at) or len(at) > MAX_HEADLINE) \
            and headline_over_byline(bt, [ln.text.strip(SPACES) for ln in after]):
        return None  # a headline under running text: …“地毯式”清查 / 扩大开放，… / 本报记者 上官云
    space = " " if (at[-1].isascii() and at[-1].isalpha() and bt[0].isascii() and bt[0].isalpha()) else ""
    if unbalanced(tail[-UNBALANCED_TAIL:]) and not ends_sentence(at):
        # a byline broken inside its brackets: （记者 武云卿 封健炜 / 见习记者 李蓉）
        return " " if ROLE_START.match(bt) and not at[-1] in SPACES else space
    if BLOCK_START.match(bt):
        return None
    if closed_by_rubric(bt) and not _RUNNING.search(bt):
        return None  # the next line is a headline closed by its rubric: …维权工作， / 走近走亲 牵手连心（短评）
    if at[-1] in CONTINUING or bt[0] in CLOSERS or bt[0] in "，。、；：？！":
        return space
    if RUBRIC_END.search(at) and not _RUNNING.search(at):
        return None  # a headline closed by its rubric: 科普的另一种“打开方式”（金台随笔）
    if NUMBERED_HEADING.match(at) or _TITLE_LIKE.match(at) or HEADER_START.match(head.lstrip(SPACES)):
        return None
    if PHOTO_CREDIT.search(bt):
        return None  # a photo caption: … 记者 庄毅 摄
    if (SHORT_UNDER_TITLE.match(bt) or ROLE_START.match(bt) and len(bt) <= 12 and not _RUNNING.search(bt)) \
            and not _RUNNING.search(at):
        return None  # a name, byline, folio or lone character under a headline: 韩秀华, 记者林晓夕, 7 理论
    if RUBRIC_LINE.match(bt) and not _RUNNING.search(at) and not ends_sentence(at):
        return ""  # a headline's column rubric on a line of its own: …内生动力 / （人民论坛）
    if is_word is not None and (_RUNNING.search(at) or _RUNNING.search(bt)
                                and _solid_width(a) >= FULL_LINE * _solid_width(b)) \
            and (joins_word(at, bt, is_word) or runs_on(at, bt)) and not ROLE_START.match(bt):
        return space  # a word runs across the break: …等单位联 / 合举办的…, …环境保护重 / 点领域、…, …小微 / 企业融资…
    w = a.column
    if same_block:
        return space  # a subhead broken over the narrow lines of one block: 紧紧抓住中国特色社 / 会主义…
    if w is not None and b.column is not None and b.width > max(w, b.column) + 4 and not _RUNNING.search(bt):
        return None  # the next line is a title wider than the column
    if a.justified and not ends_sentence(at) and a.width <= MAX_JUSTIFIED and (
            w is None or a.width <= w + 2.5
            or _solid_width(a) <= w + 2.5 and (b.justified or _RUNNING.search(bt))):
        # letter-spaced: the line was stretched to fill its column (wider than the column measured
        # only by its spaces, over running text: 马 克 思 … 要 求 对 党 / 忠 诚 。…)
        return space
    if w is None:
        return None
    if ends_sentence(at):
        return space if a.width >= w - 1.5 and b.width >= w - 1 else None
    if w - 3 <= a.width <= w + 2.5:
        return space  # the line fills its column
    if a.width > w + 2.5 and _RUNNING.search(at):
        return space  # running text wider than the narrow column next to it
    return None


#: Most lines of a headline over its byline after the first.
MAX_HEADLINE_LINES = 2
_SENTENCE_INSIDE = re.compile("[。；！？]")


def _headline_line(line: str) -> bool:
    return len(line) <= MAX_HEADLINE and line.count("，") <= 1 and "、" not in line \
        and not _SENTENCE_INSIDE.search(line)


def headline_over_byline(line: str, after: Sequence[str]) -> bool:
    """Whether ``line`` begins a headline because a byline of its own follows it: lines of at
    most :data:`MAX_HEADLINE` characters with at most one comma and no sentence inside
    them, ``line`` and up to :data:`MAX_HEADLINE_LINES` of ``after`` (the lines after it),
    over a line that is a reporter's role and names only (扩大开放，推动外贸稳中提质（人民时评） /
    本报记者 上官云; 奋力谱写中国式现 / 代化三峡新篇章 / 本报记者 卢毅). Extraction that reads
    columns line by line sets such a headline right under the last line of another column,
    where a word seems to run across the break."""
    if not _headline_line(line):
        return False
    for k, text in enumerate(after[:MAX_HEADLINE_LINES + 1]):
        if ROLE_START.match(text) and len(text) <= 20 and not _RUNNING.search(text):
            return True
        if k == MAX_HEADLINE_LINES or not _headline_line(text):
            return False
    return False


def runs_on(a: str, b: str) -> bool:
    """Do the characters across the break of ``a`` / ``b`` run on like a word, by the news
    character model (:meth:`tagger.zh.charlm.CharLM.junction` at least :data:`RUNS_ON`)? Asked of
    Han characters only: across a full stop the model says a new sentence begins, not that
    the paragraph goes on."""
    from ..zh.charlm import news_lm

    return is_han(a[-1]) and is_han(b[0]) and news_lm().junction(a, b) >= RUNS_ON


def narrow_blocks(lines: List[RawLine], adjacent: List[bool],
                  is_word: Optional[Callable[[str], bool]]) -> List[bool]:
    """For each break between ``lines[k]`` and ``lines[k + 1]``, whether it lies inside a
    narrow block: a run of :data:`NARROW_BLOCK_LINES` or more lines with no blank line between
    them (``adjacent[k]``) and no byline role in them, each narrower than the column by
    :data:`NARROW_MARGIN` ems, all but the last about as wide as each other
    (:data:`NARROW_SPREAD`; a letter-spaced line is as wide as its letters at least and as its
    letters and spaces at most), none but the last ending a sentence, and a comma or an
    enumeration mark inside a line or ending a narrow line right before the block: a subhead of
    clauses broken over them (紧紧抓住中国特色社 / 会主义进入新时代这个重 / 大政治论断，深入学习领
    / … / 和实践基础, on a theory page; 紧紧抓住“八个明确”， + 深入学习领会习近平新时 / … in
    two boxes). Extraction that keeps a text box's lines together (pdfminer) sets subheads so.
    Running text is as wide as its column; a headline is one or two lines, often over its
    byline (笃定信心、稳中求进，实现既定目标 / 文/本报记者 冯志远), and a headline without a
    comma (充分认识全面建 / 成多层次社会保障体 / 系的重大意义) is left to the other rules.
    ``is_word`` None (no column layout, as :func:`join_separator` has it): no block."""
    n = len(lines)
    out = [False] * max(0, n - 1)
    if is_word is None:
        return out
    k = 0
    while k < n:
        j = k
        while j + 1 < n and adjacent[j]:
            j += 1
        block = lines[k:j + 1]
        columns = [ln.column for ln in block if ln.column is not None]
        narrow = max(columns) - NARROW_MARGIN if columns else 0.0
        before = lines[k - 1] if k else None
        paused = any(_INNER_PAUSE.search(ln.text.strip(SPACES)[:-1]) for ln in block) or (
            before is not None and before.text.strip(SPACES)[-1:] in "，、" and before.width <= narrow)
        if len(block) >= NARROW_BLOCK_LINES and columns and paused \
                and all(ln.width <= narrow for ln in block) \
                and not any(_ROLE_ANYWHERE.search(ln.text) for ln in block) \
                and max(_solid_width(ln) for ln in block[:-1]) \
                - min(ln.width for ln in block[:-1]) <= NARROW_SPREAD \
                and not any(ends_sentence(ln.text.strip(SPACES)) for ln in block[:-1]):
            for m in range(k, j):
                out[m] = True
        k = j + 1
    return out


_INNER_PAUSE = re.compile("[，、]")
_ROLE_ANYWHERE = re.compile(_ROLE)


def _solid_width(line: RawLine) -> float:
    """A line's width without the spaces a justified (letter-spaced) line was stretched by: the
    least its box can be (:attr:`RawLine.width`, spaces counted, is the most)."""
    return display_width("".join(line.text.split())) if line.justified else line.width
