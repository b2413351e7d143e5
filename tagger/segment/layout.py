"""Page layout: split lines into pages, body runs and headline blocks, and pair them up.

A *run* is a sequence of body paragraphs (one article body, or several bodies when
nothing marks the boundary between them); a *block* is a sequence of headline lines
(titles, subtitles, bylines, brief titles) between runs. Blocks are split into *groups*
(one title with its subtitles and bylines each) and each group is paired with a run.
"""

from __future__ import annotations

import re
import statistics
from dataclasses import dataclass, field
from typing import Callable, List, Optional, Sequence, Tuple, Union

from ..repair.chars import closed_by_rubric, ends_sentence
from ..repair.columns import joins_word
from .bylines import parse_byline
from .furniture import CONTINUATION
from .lines import (AFFILIATION, BODY, BRIEF_TITLE, BYLINE, CAPTION, CONTINUATION_KIND, FURNITURE, HEADING, LEAD,
                    SUBTITLE_KIND, TITLE, Line)

# Paragraph openings typical of the first paragraph of a news article
NEWS_LEAD = re.compile(r"^(?:近日|日前|近期|昨天|昨日|今天|今日|前不久|今年以来|本月|上周|\d{1,2}月[\s\u3000]*\d{1,2}日)")
LEAD_BONUS = 0.5
LEADING = "leading"
TRAILING = "trailing"


@dataclass(eq=False)
class Group:
    """One headline: title lines (first = title, others = subtitles), —— subtitles, bylines."""

    titles: List[Line] = field(default_factory=list)
    subtitles: List[Line] = field(default_factory=list)
    bylines: List[Line] = field(default_factory=list)
    brief: bool = False


@dataclass(eq=False)
class Run:
    """Body paragraphs of one article (or of several, until split)."""

    lines: List[Line] = field(default_factory=list)
    continuation: Optional[str] = None
    continued_from: Optional[str] = None
    group: Optional[Group] = None


@dataclass(eq=False)
class Block:
    """Consecutive headline lines between runs."""

    lines: List[Line] = field(default_factory=list)


Item = Union[Run, Block, Line]  # a Line item is a photo caption


def _trailing_start(page: List[Line]) -> int:
    """Where a page whose header comes after its content starts inside ``page``: before its
    last body run (and the headline lines after it); 0 if that would leave no body behind."""
    k = len(page)
    while k and page[k - 1].kind in (TITLE, SUBTITLE_KIND, BYLINE, BRIEF_TITLE):
        k -= 1
    while k and page[k - 1].kind in (BODY, LEAD, HEADING):
        k -= 1
    if not any(ln.kind in (BODY, LEAD, HEADING) for ln in page[:k]):
        return 0
    return k


#: Furniture kind of a page number and section found away from the page header (7 理论 among
#: the headlines of a text dump): page metadata, but no page boundary.
LOOSE_FOLIO = "loose folio"


def split_pages(lines: List[Line]) -> List[List[Line]]:
    """Split a document's lines into pages at masthead and page-header furniture.

    A masthead (registration number, website, publication days…) opens a page unless it
    continues a furniture cluster. A folio or date header after body text marks a page whose
    header is printed after its content: the next body paragraph opens a new page. A header
    arriving on a page that already has its masthead or header: if that page's header came
    first, the new header opens the next page; otherwise the next page is taken to start at
    the last body run before the header (its content came first).
    """
    pages: List[List[Line]] = [[]]
    has_body = header = header_after_body = masthead = prev_furniture = False
    for line in lines:
        if line.kind == FURNITURE and line.furniture == LOOSE_FOLIO:
            pages[-1].append(line)  # a folio set loose among the headlines marks no page break
            continue
        new = False
        if line.kind == FURNITURE:
            if line.furniture in ("folio", "date") and has_body and not prev_furniture and not header_after_body:
                if header and not masthead:
                    new = True
                elif masthead:
                    cut = _trailing_start(pages[-1])
                    if cut:
                        pages.append(pages[-1][cut:])
                        del pages[-2][cut:]
                        has_body, header, masthead = True, False, False
            elif line.furniture not in ("folio", "date"):
                new = not prev_furniture and (has_body or header or masthead)
        elif line.kind in (BODY, LEAD, HEADING):
            new = header_after_body
        if new and pages[-1]:
            pages.append([])
            has_body = header = header_after_body = masthead = False
        if line.kind == FURNITURE:
            if line.furniture in ("folio", "date"):
                header = True
                header_after_body = header_after_body or has_body
            else:
                masthead = True
        elif line.kind in (BODY, LEAD, HEADING):
            has_body = True
        prev_furniture = line.kind == FURNITURE
        pages[-1].append(line)
    return pages


def _continuation(line: Line) -> tuple:
    m = CONTINUATION.search(line.text)
    return (m.group("dir"), m.group("marker")) if m else ("", None)


def items_of(lines: List[Line]) -> List[Item]:
    """Runs, blocks and captions of one page, in order (furniture excluded); a run ends
    after the author's affiliation line （作者为…）, which closes an article."""
    items: List[Item] = []
    run: Optional[Run] = None
    block: Optional[Block] = None
    for line in lines:
        kind = line.kind
        if kind == FURNITURE:
            continue
        if kind == CAPTION:
            items.append(line)  # captions do not interrupt a run or a block
        elif kind in (BODY, HEADING):
            if run is None:
                run = Run()
                items.append(run)
                block = None
            run.lines.append(line)
            if AFFILIATION.match(line.text):
                run = None  # （作者为…） closes its article: what follows is another body
        elif kind == LEAD:
            run = Run([line])
            items.append(run)
            block = None
        elif kind == CONTINUATION_KIND:
            direction, marker = _continuation(line)
            if direction in ("下转", "转"):
                target = run or next((i for i in reversed(items) if isinstance(i, Run)), None)
                if target is not None:
                    target.continuation = marker
                run = None
            else:
                run = Run(continued_from=marker)
                items.append(run)
                block = None
        else:
            if block is None:
                block = Block()
                items.append(block)
                run = None
            block.lines.append(line)
    return [i for i in items if not isinstance(i, Run) or i.lines]


def _runs_around(items: List[Item], k: int) -> tuple:
    prev = next((items[i] for i in range(k - 1, -1, -1) if not isinstance(items[i], Line)), None)
    nxt = next((items[i] for i in range(k + 1, len(items)) if not isinstance(items[i], Line)), None)
    return prev, nxt


def _mid_sentence(text: str) -> bool:
    """Does a body line stop inside a sentence (not at 。！？, a colon or （作者为…））?"""
    return not ends_sentence(text) and not text.endswith(("：", ":")) and not AFFILIATION.match(text)


def merge_headings(items: List[Item]) -> List[Item]:
    """Fold a lone short title line between two runs into one run as a section heading.

    The line must be narrower than the column of the text before it (titles are usually as
    wide as the column or wider) and the run after it must not start a new article
    (本报讯…); such a line is an in-article heading (民生福祉不断增进). A lone title line
    after a body that stops inside a sentence is running text, whatever its width (a line of
    a wider column, 批准加入30多项与生态环境有关的多), and the three are one run.
    """
    k = 0
    while k < len(items):
        item = items[k]
        if isinstance(item, Block) and len(item.lines) == 1 and item.lines[0].kind == TITLE:
            line = item.lines[0]
            prev, nxt = _runs_around(items, k)
            column = (prev.lines[-1].column if isinstance(prev, Run) else None) or line.column
            running = isinstance(prev, Run) and _mid_sentence(prev.lines[-1].text)
            if (isinstance(prev, Run) and isinstance(nxt, Run) and nxt.lines[0].kind == BODY
                    and prev.continuation is None and nxt.continued_from is None
                    and (running or column is None or line.width <= column - 1)):
                line.kind = BODY if running else HEADING
                prev.lines.append(line)
                prev.lines.extend(nxt.lines)
                prev.continuation = nxt.continuation
                items = [i for i in items if i is not item and i is not nxt]
                continue
        k += 1
    return items


def is_kicker(first: str, second: str) -> bool:
    """Is the first of two stacked headline lines a kicker (引题) over the title? It is when
    it is a row of short phrases set apart (防风险 严监管 活实体 促发展) or clearly shorter
    than the line under it (聚焦城市更新 over the title); a title broken over two lines has
    its longer line first."""
    phrases = first.split()
    return len(phrases) >= 2 and all(len(p) <= 6 for p in phrases) or len(first) + 3 <= len(second)


#: Characters that end no headline: a headline line ending in one goes on in the line under it
#: (第七届中国—南亚博览会将 / 于8月举办; 关于加快建设…的 / 实施意见).
TITLE_CONTINUING = "的和与及将对把被向从让使"
#: How much less than the first line the last line of a headline stack may fit the body
#: and still be taken for the title under its kickers.
STACK_TOLERANCE = 0.15
#: The last line of a stack is the title only if at least this share of it is found in the body.
MIN_STACK_FIT = 0.2


def _word_across(a: str, b: str, is_word: Callable[[str], bool]) -> bool:
    """Does a word cross the break between ``a`` and ``b`` with one of its characters alone on
    one side (现 / 代化, 数 / 据)? Two whole words that make a longer one (战略 / 建设) do not
    show that a title was broken there."""
    return any(joins_word(a[-left:], b[:right], is_word) for left, right in ((1, 1), (1, 2), (2, 1), (1, 3), (3, 1))
               if len(a) >= left and len(b) >= right)


def headline_stack(texts: Sequence[str], is_word: Callable[[str], bool], fit: Callable[[str], float]
                   ) -> Tuple[List[List[int]], List[int], List[List[int]]]:
    """Kickers, title and subtitles of a stack of headline lines (top to bottom, no —— line),
    each as the indices of the lines it is made of.

    Lines whose break forms a dictionary word (奋力谱写中国式现 / 代化三峡新篇章: 现代化)
    are one title broken over two lines and are joined, unless the upper line is a kicker
    (聚焦城市更新 / 任何报告…: 新任 is a word by chance); so are lines whose upper one ends
    in a character that ends no headline (…博览会将 / 于8月举办: :data:`TITLE_CONTINUING`).
    A line closed by a column rubric (…（快评）) is a whole title: the first such line is the
    title, the lines above it kickers, the lines under it subtitles. Otherwise a row of short phrases or a line
    clearly shorter than the next one (:func:`is_kicker`) is a kicker over the title. Where
    that does not decide, the title is the last line, set under its kickers and a page
    banner (深入学习贯彻… / 决定党的建设方向和效果 / 把党的政治建设摆在首位), unless its words
    ``fit`` the body (the share of its bigrams found there, :func:`.titles.headline_scores`)
    hardly at all (:data:`MIN_STACK_FIT`: the words do not say, and a title broken over two
    lines without a word across the break, 不忘初心走在 / 时代前列, keeps its first line as
    before), clearly less than the first line's, or no better while the first line is at least twice
    as long: then the first line is the title and the lines under it are subtitles printed
    without —— (第五届“金水湖”论坛暨2021全球AMOLED生态链峰会举行 / 加快建设新型显示创新引领区).
    """
    units: List[List[int]] = []
    for i, text in enumerate(texts):
        prev = texts[units[-1][-1]] if units else ""
        if units and not closed_by_rubric(prev) and (
                prev.rstrip()[-1:] in TITLE_CONTINUING
                or not is_kicker(prev, text) and _word_across(prev, text, is_word)):
            units[-1].append(i)
        else:
            units.append([i])
    if len(units) == 1:
        return [], units[0], []
    joined = ["".join(texts[i].strip() for i in unit) for unit in units]
    ruled = next((k for k, t in enumerate(joined) if closed_by_rubric(t)), None)
    if ruled is not None:
        return units[:ruled], units[ruled], units[ruled + 1:]
    if len(units) > 2 and all(len(t) <= 6 and is_kicker(t, joined[-1]) for t in joined[:-1]):
        return units[:-1], units[-1], []  # a kicker row broken over lines: 绿色规划 / 绿色产业 / 绿色消费
    if is_kicker(joined[0], joined[1]):
        return units[:1], units[1], units[2:]
    first, last = fit(joined[0]), fit(joined[-1])
    if (last < max(first - STACK_TOLERANCE, MIN_STACK_FIT)
            or (len(joined[0]) >= 2 * len(joined[-1]) and last < first + STACK_TOLERANCE)):
        return [], units[0], units[1:]  # a title over a subtitle printed without ——
    return units[:-1], units[-1], []


def _bare_names(text: str) -> bool:
    """A byline of names only, without a role word (李忠杰, 胡鞍钢 张新)."""
    pairs = parse_byline(text)
    return bool(pairs) and all(not role for role, _ in pairs)


def groups_of(block: Block) -> List[Group]:
    """Split a headline block into groups: a title starts a group unless it follows a title
    (then it is a subtitle); □ bylines join the group before them, 记者 bylines that precede
    a title open that title's group (a bare name right under a title stays with it);
    ■ brief titles are groups of their own."""
    groups: List[Group] = []
    cur: Optional[Group] = None
    prev_kind = None
    lines = block.lines
    for idx, line in enumerate(lines):
        nxt = lines[idx + 1] if idx + 1 < len(lines) else None
        if line.kind == BRIEF_TITLE:
            groups.append(Group(titles=[line], brief=True))
            cur = None
        elif line.kind == TITLE:
            if cur is None or (cur.titles and prev_kind != TITLE):
                cur = Group()
                groups.append(cur)
            cur.titles.append(line)
        elif line.kind == SUBTITLE_KIND:
            if cur is None:
                cur = Group()
                groups.append(cur)
            cur.subtitles.append(line)
        elif line.kind == BYLINE:
            leading = not line.text.startswith(("□", "◇")) and nxt is not None and nxt.kind == TITLE
            if leading and cur is not None and cur.titles and prev_kind == TITLE and _bare_names(line.text):
                leading = False  # a bare name right under a title is that title's author
            if cur is None or (cur.titles and leading):
                cur = Group()
                groups.append(cur)
            cur.bylines.append(line)
        prev_kind = line.kind
    return groups


def split_run(run: Run, parts: int) -> List[Run]:
    """Split a run that holds several article bodies at the paragraph boundaries where the
    column width changes most (articles set in different column widths); a paragraph that
    opens like a news lead (近日，… / 10月19日，…) is a likelier boundary."""
    lines = run.lines
    measures = [ln.body_width for ln in lines]

    def score(p: int) -> float:
        left = [m for m in measures[max(0, p - 4):p] if m is not None]
        right = [m for m in measures[p:p + 4] if m is not None]
        bonus = LEAD_BONUS if NEWS_LEAD.match(lines[p].text) else 0.0
        if not left or not right:
            return bonus
        return abs(statistics.fmean(left) - statistics.fmean(right)) + bonus

    candidates = [p for p in range(1, len(lines))
                  if lines[p].kind == BODY and lines[p - 1].kind in (BODY, LEAD) and ends_sentence(lines[p - 1].text)]
    chosen: List[int] = []
    for p in sorted(candidates, key=lambda p: (-score(p), -p)):
        if len(chosen) == parts - 1:
            break
        if score(p) > 0 and all(abs(p - q) >= 2 for q in chosen):
            chosen.append(p)
    cuts = [0] + sorted(chosen) + [len(lines)]
    out = [Run(lines[a:b]) for a, b in zip(cuts, cuts[1:])]
    out[0].continued_from = run.continued_from
    out[-1].continuation = run.continuation
    return out


def page_mode(items: List[Item]) -> str:
    """``trailing`` when the page opens with body text (titles follow their bodies), else ``leading``."""
    for item in items:
        if isinstance(item, Run):
            return TRAILING
        if isinstance(item, Block) and any(not g.brief for g in groups_of(item)):
            return LEADING
    return LEADING


def assign(items: List[Item]) -> tuple:
    """Pair headline groups with runs; returns ``(items, unassigned groups)``.

    Trailing pages give each block's groups to the untitled runs just before it (splitting
    the last one when there are more groups than runs; groups left over stay unassigned);
    leading pages and ■ briefs give their groups to the run that follows.
    """
    mode = page_mode(items)
    waiting: List[Group] = []
    unassigned: List[Group] = []
    pending: List[Run] = []
    k = 0
    while k < len(items):
        item = items[k]
        if isinstance(item, Run):
            if waiting:
                parts = split_run(item, len(waiting)) if len(waiting) > 1 else [item]
                items[k:k + 1] = parts
                for run, group in zip(parts, waiting[-len(parts):]):
                    run.group = group
                waiting = waiting[:-len(parts)] if len(parts) < len(waiting) else []
                k += len(parts)
                pending = []
                continue
            pending.append(item)
        elif isinstance(item, Block):
            groups = groups_of(item)
            normal = [g for g in groups if not g.brief]
            if normal and mode == TRAILING and pending:
                if len(pending) < len(normal):
                    last = pending[-1]
                    parts = split_run(last, len(normal) - len(pending) + 1)
                    at = next(i for i, x in enumerate(items) if x is last)
                    items[at:at + 1] = parts
                    k += len(parts) - 1
                    pending[-1:] = parts
                targets = pending[-len(normal):]
                for run, group in zip(targets, normal):
                    run.group = group
                unassigned.extend(normal[len(targets):])
            elif mode == TRAILING:
                unassigned.extend(normal)  # no untitled body before it: never shift titles forward
            else:
                waiting.extend(normal)
            waiting.extend(g for g in groups if g.brief)
            pending = []
        k += 1
    return items, unassigned + waiting
