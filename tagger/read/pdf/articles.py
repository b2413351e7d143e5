"""Blocks -> articles: what each block is, which headline owns which body, reading order.

Decisions, in order:

1. Sizes are measured against the page's body size (the most common character size).
   Blocks in the top :data:`HEADER_BAND` or bottom :data:`FOOTER_BAND` of the page are
   furniture (folio, date, section, credits), as are the short lines under a rule across the
   text that closes the page (in its bottom :data:`FOOTER_RULE_BAND`), short lines that read
   like furniture, a page number in the margin outside the text and, in the top
   :data:`MASTHEAD_BAND`, a newspaper's name and its stack of date, issue and publisher lines.
2. A block set at least :data:`HEAD_RATIO` times the body size (horizontal or vertical) is
   headline text; blocks that read like captions (… 摄, 图为…, 数据来源…; set smaller than the
   body, over any number of lines, beside a photo) or sit on an image are captions; blocks near
   the body size are body text; the rest is other page text. A letter-spaced column label
   (简 讯) over a longer title is furniture. A shaded box that holds some of the running text
   (a sidebar) parts articles as a frame does.
3. A short line without sentence punctuation right below, above or beside a headline (or one
   that reads like a byline: □…, 本报记者 …, 作者：…) is that headline's byline; so is a line
   that reads like a byline set at the end of a headline's row, nothing between them.
4. Headline blocks close to each other form a headline group: the largest is the title, the
   ones above it kickers (引题), the ones below or beside it subtitles. A horizontal headline
   group (with its byline) set right over a vertical title and smaller than it is that
   title's kicker, whichever side of its body the title stands on and however far the kicker
   runs on over the body; a vertical title is placed against bodies by its own character
   columns, one or more, read right to left. A group of smaller
   headline text without a byline, no wider than a body column, set right under body text
   of that column (no rule between, the headline not reaching past that column) or at a
   column top right under its article's larger title, is a subhead (小标题) and belongs to
   the body — unless it is the title of a brief: the text under it opens a news article
   (本报讯…, □ byline), the text of the columns beside it pauses at its height with nothing
   level with it (a new row of articles starts there; beside a subhead the columns run on),
   a title of the same size stands beside it in the same row or is the nearest title above
   it in its column (a stack of briefs), or, for a long one, a rule or frame edge runs right
   over it (the title of a boxed article).
5. Body blocks go to articles top-down: a block right under a body block of its column
   (nothing headline-like between) continues that article; a column top level with the top
   of the column just left of it continues that column's article (a headline narrower than
   its body, no headline between them), unless a headline stands right beside it on its
   right (its own, set right of its body); any other block goes to the nearest headline
   group above it that overlaps it horizontally, or to a vertical headline beside it with
   nothing between; a block with none opens an untitled article. A thin rule between two
   blocks separates them. Then headlines meet bodies by geometry, wherever they sit
   (:func:`attach_headlines`): each untitled body and each headline group left without a
   body are scored as a pair — headline inside the body's region, right under it (a title
   set below its text), over it, or beside it on either side with its top beside the body
   (within :data:`SIDE_REACH` ems, or twice that with nothing between: a headline column) —
   and a body with one possible headline takes it first, then the best-placed pair goes (a
   headline between two bodies goes to the one with no other). An untitled body that
   touches a titled article with no other headline between joins it
   (:func:`join_split_bodies`: body above and below a headline set in its middle, columns
   running up beside a headline narrower than its body, text around a headline inset in a
   column), unless it lies under or over the article and could be an article of its own
   (it opens a news lead under the article, or stands in other columns); one inside a
   frame that holds a single titled article joins it. A body left
   with none stays untitled and whole (the text is kept rather than given a wrong title);
   groups still without a body are banners (furniture).
6. An article reads its blocks column by column, left to right, top to bottom, or band by
   band where its headline runs across all its columns with text above and below it; a
   line indented from its block's left edge starts a paragraph.
"""

from __future__ import annotations

import re
import statistics
from collections import Counter
from dataclasses import dataclass, field
from typing import Dict, List, Optional, Sequence, Tuple

from ...zh.chars import HAN
from ...zh.roles import BYLINE_ROLES, role_pattern
from .lines import Block, Line, spaced_text

Box = Tuple[float, float, float, float]

HEADER_BAND = 0.045
FOOTER_BAND = 0.965
#: Top of a front page: the newspaper's name, date and issue lines are furniture there.
MASTHEAD_BAND = 0.15
HEAD_RATIO = 1.15
#: Headline text smaller than this many body sizes may be a byline set large.
BYLINE_MAX = 1.3
#: Subheads are smaller than this many body sizes; larger headline text is a title.
SUBHEAD_MAX = 2.0
#: Headline text this long, set in one column without a byline, reads as a subhead.
SUBHEAD_CHARS = 20
MAX_BYLINE_CHARS = 30
#: A flat rule across the text in this bottom part of the page, with only short lines under
#: it, closes the page: the lines under it are the footer.
FOOTER_RULE_BAND = 0.92
#: How far above an untitled body a headline left without a body may stand, in ems.
ORPHAN_REACH = 25
#: How far beside a body a headline may stand (the gap between them), in ems.
SIDE_REACH = 8

_HAN = HAN
_ROLE = role_pattern(BYLINE_ROLES)
CAPTION_TEXT = re.compile(
    r"(?:^(?:图为|上图|下图|左图|右图|图[一二三四五六①-⑨\d]|制图|本版制图|数据来源|资料来源|图片来源|资料图片)"
    r"|(?:摄|供图|制图|资料图片|视觉中国|新华社发)[）)]?$)")
BYLINE_TEXT = re.compile(
    rf"^(?:[□◇■]\s*[{_HAN}]|(?:本报|新华社|中新社)?(?:{_ROLE})[\s\u3000:：]*[{_HAN}]"
    rf"|(?:作者|文|撰稿)[\s\u3000]*[:：/][\s\u3000]*[{_HAN}]|(?:本报|特约)?评论员$)")
FURNITURE_TEXT = re.compile(r"(?:责任编辑|责编|版式设计|美术编辑|本版编辑|本版制图|校对|邮箱|电子信箱|E-?mail)[:：\s]")
MASTHEAD_TEXT = re.compile(
    rf"(?:^[{_HAN}]{{1,8}}(?:日报|晚报|早报|时报|商报|县报|(?<!简)报)$|DAILY|Daily|NEWS|News|\d{{4}}年\d{{1,2}}月\d{{1,2}}日"
    rf"|第\s*\d+\s*期|CN\s?\d{{2}}-\d{{4}}|今日\s*\d+\s*版|星期[一二三四五六日天])")
#: How a news article's first paragraph opens (本报讯, 新华社…电, 7月5日消息, 南都讯 …) or a
#: byline line that opens an article: text under a small headline that starts a new article.
LEAD_TEXT = re.compile(
    rf"^(?:本报讯|本报[{_HAN}]{{1,6}}讯|新华社|中新社|\d{{1,2}}月\d{{1,2}}日(?:消息|讯|电)|[{_HAN}]{{2,5}}讯[\s（(]"
    rf"|[□◇■]|(?:本报)?(?:{_ROLE})[\s\u3000])")
SENTENCE = re.compile(r"[。，；！？]")
#: A folio (page number) printed in the page margin: B2, A05, 12.
FOLIO_TEXT = re.compile(r"[A-Z]{0,2}\d{1,3}")

FURNITURE = "furniture"
HEAD = "head"
HEADING = "heading"
BYLINE = "byline"
CAPTION = "caption"
BODY = "body"
OTHER = "other"


@dataclass(eq=False)
class Group:
    """Headline blocks that belong together (kickers, title, subtitles, bylines)."""

    blocks: List[Block] = field(default_factory=list)
    heading: bool = False

    @property
    def box(self) -> Tuple[float, float, float, float]:
        return _union(self.blocks)

    @property
    def vertical(self) -> bool:
        heads = [b for b in self.blocks if b.role == HEAD]
        return bool(heads) and max(heads, key=lambda b: b.size).vertical

    @property
    def place_box(self) -> Tuple[float, float, float, float]:
        """Where the headline stands when it is placed against a body: the columns of a
        vertical headline (a horizontal kicker and byline over it may run on over its body),
        else the whole group."""
        if self.vertical:
            return _union([b for b in self.blocks if b.vertical])
        return self.box


@dataclass(eq=False)
class LayoutArticle:
    """One article of a page: headline group (or none) and body blocks in reading order."""

    group: Optional[Group] = None
    body: List[Block] = field(default_factory=list)

    @property
    def title(self) -> Optional[Block]:
        """The largest headline block (the first line of a title set as several blocks)."""
        titles = self.titles
        return titles[0] if titles else None

    @property
    def titles(self) -> List[Block]:
        """The title's blocks: the largest headline text and blocks of the same size and
        direction stacked with it (a title broken over centred lines), in reading order."""
        if self.group is None:
            return []
        heads = [b for b in self.group.blocks if b.role == HEAD]
        if not heads:
            return []
        longest = max(b.n_chars for b in heads)
        # a column label set letter-spaced (要 闻 简 报) over a brief's title is not the title
        worded = [b for b in heads if not (_spaced_label(b) and longest >= 1.5 * b.n_chars)]
        top = max(worded or heads, key=lambda b: (round(b.size, 1), b.n_chars))
        same = [b for b in heads if b.vertical == top.vertical and abs(b.size - top.size) <= 0.05 * top.size]
        return sorted(same, key=(lambda b: -b.x1) if top.vertical else (lambda b: b.y0))

    def parts(self) -> Dict[str, List[Block]]:
        """Kickers, subtitles and bylines around the title."""
        titles = self.titles
        out: Dict[str, List[Block]] = {"kicker": [], "subtitle": [], "byline": []}
        if self.group is None or not titles:
            return out
        first = titles[0]
        for block in sorted(self.group.blocks, key=lambda b: (b.y0, -b.x1)):
            if block in titles:
                continue
            if block.role == BYLINE:
                out["byline"].append(block)
            elif not first.vertical and block.y1 <= first.y0 + 0.2 * first.size:
                out["kicker"].append(block)
            elif first.vertical and (block.x0 >= first.x1 - 0.2 * first.size
                                     or (not block.vertical and block.y1 <= first.y0 + 0.2 * first.size)):
                out["kicker"].append(block)  # right of a vertical title or over it: read before it
            else:
                out["subtitle"].append(block)
        return out

    @property
    def box(self) -> Tuple[float, float, float, float]:
        blocks = list(self.body) + (self.group.blocks if self.group else [])
        return _union(blocks)


@dataclass
class PageLayout:
    """A page's blocks by role and its articles."""

    body_size: float
    articles: List[LayoutArticle]
    furniture: List[Block]
    captions: List[Block]
    banners: List[Group]
    other: List[Block]


def _union(blocks: Sequence[Block]) -> Tuple[float, float, float, float]:
    return (min(b.x0 for b in blocks), min(b.y0 for b in blocks),
            max(b.x1 for b in blocks), max(b.y1 for b in blocks))


def _x_overlap(a, b) -> float:
    return min(a[2], b[2]) - max(a[0], b[0])


def _y_overlap(a, b) -> float:
    return min(a[3], b[3]) - max(a[1], b[1])


def _box(block: Block) -> Tuple[float, float, float, float]:
    return (block.x0, block.y0, block.x1, block.y1)


def body_size(blocks: Sequence[Block]) -> float:
    """The most common character size of the page (rounded to 0.1 pt)."""
    counts: Counter = Counter()
    for block in blocks:
        for line in block.lines:
            for ch in line.chars:
                counts[round(ch.size, 1)] += 1
    return counts.most_common(1)[0][0] if counts else 10.0


def _text_area(blocks: Sequence[Block], size: float) -> Optional[Box]:
    """The box of the page's running text: multi-line blocks near the body size."""
    text = [b for b in blocks if len(b.lines) >= 3 and 0.75 * size <= b.size < HEAD_RATIO * size]
    return _union(text) if text else None


def _footer_top(blocks: Sequence[Block], height: float, area: Optional[Box], rules: Sequence[Box]) -> float:
    """Where the page's footer starts: the bottom :data:`FOOTER_BAND`, or higher where a flat
    rule across the text area runs in the bottom :data:`FOOTER_RULE_BAND` of the page with
    only short lines under it (the footer line is set under the rule that closes the page)."""
    top = FOOTER_BAND * height
    if area is None:
        return top
    for r in rules:
        if (r[3] - r[1] <= 3 and r[2] - r[0] >= 0.8 * (area[2] - area[0])
                and FOOTER_RULE_BAND * height <= r[1] < top
                and all(b.n_chars <= 40 and len(b.lines) == 1 for b in blocks if b.y0 >= r[3])):
            top = min(top, r[3])
    return top


def classify(blocks: Sequence[Block], *, height: float, size: float,
             images: Sequence[Tuple[float, float, float, float]] = (),
             rules: Sequence[Box] = ()) -> None:
    """Set ``block.role`` of every block (steps 1–2 of the module docstring)."""
    area = _text_area(blocks, size)
    footer = _footer_top(blocks, height, area, rules)
    for block in blocks:
        text = block.text
        short = block.n_chars <= 40 and len(block.lines) <= 2
        # a masthead's date / issue / publisher stack: a few short lines, no sentence
        stack = block.n_chars <= 60 and len(block.lines) <= 4 and not SENTENCE.search(text)
        center = ((block.x0 + block.x1) / 2, (block.y0 + block.y1) / 2)
        # a caption set smaller than the body may run over more lines (beside its photo)
        caption = CAPTION_TEXT.search(text) and (
            (block.n_chars <= 80 and len(block.lines) <= 3) or (block.n_chars <= 120 and block.size < 0.95 * size))
        if block.y1 <= HEADER_BAND * height:
            block.role = FURNITURE
        elif block.y1 <= MASTHEAD_BAND * height and stack and MASTHEAD_TEXT.search(text):
            block.role = FURNITURE
        elif short and FURNITURE_TEXT.search(text):
            block.role = FURNITURE
        elif block.y0 >= footer:
            block.role = CAPTION if caption else FURNITURE
        elif area is not None and FOLIO_TEXT.fullmatch(text) and (
                block.x1 <= area[0] - 0.5 * size or block.x0 >= area[2] + 0.5 * size):
            block.role = FURNITURE   # a page number in the margin, outside the text
        elif block.size >= HEAD_RATIO * size and block.n_chars <= 80:
            block.role = HEAD
        elif caption or (
                any(x0 <= center[0] <= x1 and y0 <= center[1] <= y1 for x0, y0, x1, y1 in images)
                and block.n_chars <= 200):
            block.role = CAPTION
        elif 0.75 * size <= block.size < HEAD_RATIO * size:
            block.role = BODY
        else:
            block.role = OTHER


def _near_head(block: Block, head: Block) -> Optional[float]:
    """Distance from a byline candidate to a headline block, or None if not beside it."""
    limit = 3.0 * head.size
    if head.vertical:
        if _y_overlap(_box(block), _box(head)) <= 0:
            return None
        gap = max(head.x0 - block.x1, block.x0 - head.x1)
        return gap if -0.2 * head.size <= gap <= limit else None
    cx = (block.x0 + block.x1) / 2
    if not head.x0 - 2 * head.size <= cx <= head.x1 + 2 * head.size:
        return None
    gap = max(block.y0 - head.y1, head.y0 - block.y1)
    return gap if -0.2 * head.size <= gap <= limit else None


def _spaced_label(block: Block) -> bool:
    """A short line set letter-spaced, a quarter em or more between all its characters
    (要 闻 简 报, 简 讯); running headline text sets its characters touching."""
    if len(block.lines) != 1 or not 2 <= block.n_chars <= 6:
        return False
    return all(len(token) == 1 for token in spaced_text(block.lines[0], gap=0.25).split())


def _names_only(block: Block) -> bool:
    """A line of one to four names set apart (李忠杰 / 胡鞍钢 张 新)."""
    tokens = " ".join(spaced_text(line) for line in block.lines).split()
    return 0 < len(tokens) <= 6 and all(re.fullmatch(rf"[{_HAN}]{{1,3}}", t) for t in tokens)


def find_bylines(blocks: Sequence[Block], size: float) -> Dict[int, Block]:
    """Mark bylines (step 3); returns byline block id -> the headline block it belongs to."""
    heads = [b for b in blocks if b.role == HEAD]
    owner: Dict[int, Block] = {}
    for block in blocks:
        if block.n_chars > MAX_BYLINE_CHARS or len(block.lines) > 2:
            continue
        text = block.text
        if block.role == HEAD:
            heads_near = [h for h in heads if h is not block and h.size >= 1.4 * block.size]
            if not (block.size < BYLINE_MAX * size and heads_near
                    and (BYLINE_TEXT.match(text) or _names_only(block))):
                continue
        elif block.role not in (BODY, OTHER, CAPTION):
            continue
        if "。" in text or ("，" in text and not BYLINE_TEXT.match(text)):
            continue
        near = [(d, h) for h in heads if h is not block and h.size >= 1.2 * block.size
                for d in [_near_head(block, h)] if d is not None]
        if not near and BYLINE_TEXT.match(text):
            near = [(block.x0 - h.x1, h) for h in heads if _row_byline(block, h, blocks)]
        if near:
            block.role = BYLINE
            owner[id(block)] = min(near, key=lambda pair: pair[0])[1]
        elif BYLINE_TEXT.match(text) and block.role != CAPTION:
            block.role = BYLINE
    return owner


def _row_byline(block: Block, head: Block, blocks: Sequence[Block]) -> bool:
    """Is a byline set at the end of a horizontal headline's row (作者：… flush right on the
    title line), level with it, with nothing between them?"""
    if head.vertical or block.vertical or head.size < 1.2 * block.size or block.x0 < head.x1:
        return False
    if _y_overlap(_box(block), _box(head)) < 0.5 * (block.y1 - block.y0):
        return False
    gap = (head.x1, min(block.y0, head.y0), block.x0, max(block.y1, head.y1))
    return not any(o is not block and o is not head and _x_overlap(_box(o), gap) > 0
                   and _y_overlap(_box(o), gap) > 0 for o in blocks)


def _linked(a: Block, b: Block) -> bool:
    small = min(a.size, b.size)
    if a.vertical or b.vertical:
        gap = max(a.x0 - b.x1, b.x0 - a.x1)
        return _y_overlap(_box(a), _box(b)) > 0 and gap <= 2.0 * small
    gap = max(a.y0 - b.y1, b.y0 - a.y1)
    if gap > 1.6 * small:
        return False
    if _x_overlap(_box(a), _box(b)) > 0:
        return True
    narrow, wide = (a, b) if a.width < b.width else (b, a)
    return wide.x0 - small <= (narrow.x0 + narrow.x1) / 2 <= wide.x1 + small


def head_groups(blocks: Sequence[Block], owner: Dict[int, Block]) -> List[Group]:
    """Headline groups (step 4), without subhead detection."""
    heads = [b for b in blocks if b.role == HEAD]
    parent = {id(b): id(b) for b in heads}

    def find(k: int) -> int:
        while parent[k] != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    for i, a in enumerate(heads):
        for b in heads[i + 1:]:
            if _linked(a, b):
                parent[find(id(a))] = find(id(b))
    groups: Dict[int, Group] = {}
    for block in heads:
        groups.setdefault(find(id(block)), Group()).blocks.append(block)
    for group in groups.values():
        # a letter-spaced column label (简 讯, 要 闻 简 报) over a longer title is furniture
        longest = max(b.n_chars for b in group.blocks)
        labels = [b for b in group.blocks if _spaced_label(b) and longest >= 1.5 * b.n_chars
                  and any(o.y0 >= b.y1 - 0.2 * b.size for o in group.blocks if o is not b)]
        for block in labels:
            block.role = FURNITURE
            group.blocks.remove(block)
    for block in blocks:
        if block.role == BYLINE and id(block) in owner:
            groups[find(id(owner[id(block)]))].blocks.append(block)
    return _kickers_over_vertical([g for g in groups.values() if g.blocks])


def _kickers_over_vertical(groups: List[Group]) -> List[Group]:
    """A horizontal headline group (with its byline) set right over a vertical title, its
    text smaller than the title, is the title's kicker: one group. The gap from the group's
    foot to the title's top is at most what links headline lines (1.6 of the smaller size),
    and the group overlaps the title's columns, on whichever side of its body the title
    stands."""
    merged: List[Group] = []
    for title in [g for g in groups if g.vertical]:
        vbox = title.place_box
        vsize = max(b.size for b in title.blocks if b.role == HEAD)
        for group in groups:
            heads = [b for b in group.blocks if b.role == HEAD]
            if group is title or group in merged or not heads or any(b.vertical for b in group.blocks):
                continue
            hsize = max(b.size for b in heads)
            gbox = group.box
            if (hsize < vsize and -0.2 * hsize <= vbox[1] - gbox[3] <= 1.6 * hsize
                    and _x_overlap(gbox, vbox) > 0):
                title.blocks.extend(group.blocks)
                merged.append(group)
    return [g for g in groups if g not in merged]


def column_width(blocks: Sequence[Block]) -> float:
    """The median width of multi-line body blocks (a column's measure)."""
    widths = [b.width for b in blocks if b.role == BODY and len(b.lines) >= 3]
    return statistics.median(widths) if widths else max((b.width for b in blocks), default=0.0)


def mark_subheads(groups: List[Group], blocks: Sequence[Block], size: float, column: float,
                  rules: Sequence[Box] = ()) -> None:
    """Step 4: small headline groups no wider than a column, inside the running text of a
    column: body text right above it in the same column (no rule between, the headline not
    reaching past that column) or the article's larger title right above it. Told apart from
    a brief's title: a news lead under it, the text of the columns beside it pausing at its
    height (:func:`_row_break`: a new row of articles starts there), or a title of the same
    size beside it in the same row (:func:`_row_title`) or as the nearest title above it in its
    column (:func:`_column_title`: a stack of briefs)."""
    bodies = [b for b in blocks if b.role == BODY]
    flat = [r for r in rules if r[3] - r[1] <= 3 and r[2] - r[0] >= 2 * size]
    marked: List[Group] = []
    for group in groups:
        if any(b.role != HEAD or b.vertical for b in group.blocks):  # bylined: a title
            continue
        x0, y0, x1, y1 = group.box
        if max(b.size for b in group.blocks) >= SUBHEAD_MAX * size or x1 - x0 > 1.15 * column:
            continue
        below = [b for b in bodies if _x_overlap(_box(b), group.box) >= 0.5 * (x1 - x0)
                 and -0.5 * size <= b.y0 - y1 <= 2 * size]
        if below and LEAD_TEXT.match(min(below, key=lambda b: b.y0).text):
            continue  # a news lead follows: the title of a brief, not a subhead
        above = [b for b in bodies if _x_overlap(_box(b), group.box) >= 0.5 * (x1 - x0)
                 and -0.5 * size <= y0 - b.y1 <= 4 * size
                 and b.x0 - size <= x0 and x1 <= b.x1 + size
                 and not _separated(_box(b), group.box, flat)]
        # at the top of a column, a subhead sits right under its article's larger title
        under_title = below and any(
            other is not group and not other.heading and _x_overlap(other.box, group.box) > 0
            and -size <= y0 - other.box[3] <= 6 * size and max(b.size for b in other.blocks) > 1.2 * max(
                b.size for b in group.blocks) for other in groups)
        # a long headline no wider than its column over body text: a subhead, not a title,
        # unless a rule or frame edge runs right over it (the title of a boxed article)
        ruled_over = any(r[3] <= y0 + 1 and y0 - r[1] <= 3 * size and _x_overlap(r, group.box) >= 0.5 * (x1 - x0)
                         for r in flat)
        long_subhead = below and not ruled_over and sum(b.n_chars for b in group.blocks) >= SUBHEAD_CHARS
        if (above or under_title or long_subhead) and not (
                above and below and _row_break(group.box, above, below, bodies,
                                               [g.box for g in groups if g is not group], size)):
            group.heading = True
            marked.append(group)
    changed = True
    while changed:   # a headline beside a brief's title, the same size, in its row: a title too
        changed = False
        for group in marked:
            if group.heading and (_row_title(group, groups, size) or _column_title(group, groups, size)):
                group.heading = False
                changed = True
    for group in marked:
        if group.heading:
            for block in group.blocks:
                block.role = HEADING


def _row_break(gbox: Box, above: Sequence[Block], below: Sequence[Block], bodies: Sequence[Block],
               heads: Sequence[Box], size: float) -> bool:
    """Does the text pause across the columns beside a headline set between body text of its
    column — columns beside it hold text above and below its height but nothing (no text,
    no other headline) level with it? Then a new row of articles starts there (a brief's
    title), not a subhead inside a column (the columns beside a subhead run on past it)."""
    own = list(above) + list(below)
    col = (min(b.x0 for b in own), max(b.x1 for b in own))
    top = min(b.y0 for b in above)
    low = max(b.y1 for b in below)
    beside = [b for b in bodies if b not in above and b not in below
              and -size <= max(b.x0 - col[1], col[0] - b.x1) <= 3 * size
              and b.y1 > top and b.y0 < low]
    if not beside:
        return False
    near = [_box(b) for b in beside] + [
        h for h in heads if -size <= max(h[0] - col[1], col[0] - h[2]) <= 3 * size]
    level = [b for b in near if b[1] < gbox[3] - 0.2 * size and b[3] > gbox[1] + 0.2 * size]
    ends_above = any(b.y1 <= gbox[1] + 0.2 * size for b in beside)
    starts_below = any(b.y0 >= gbox[3] - 0.2 * size for b in beside)
    return not level and ends_above and starts_below


def _row_title(group: Group, groups: Sequence[Group], size: float) -> bool:
    """Is a headline of the same size, a title, set beside this one in the same row (the
    titles of a row of briefs)?"""
    gbox = group.box
    gsize = max(b.size for b in group.blocks)
    for other in groups:
        if other is group or other.heading or other.vertical:
            continue
        obox = other.box
        osize = max(b.size for b in other.blocks if b.role == HEAD) if any(
            b.role == HEAD for b in other.blocks) else 0.0
        if (abs(osize - gsize) <= 0.05 * gsize and _x_overlap(obox, gbox) < 0
                and abs(obox[1] - gbox[1]) <= size):
            return True
    return False


def _column_title(group: Group, groups: Sequence[Group], size: float) -> bool:
    """Is the nearest title above this headline in its column the same size (a stack of
    briefs, each under its own title)? A subhead is smaller than its article's title."""
    gbox = group.box
    gsize = max(b.size for b in group.blocks)
    nearest = None
    for other in groups:
        heads = [b for b in other.blocks if b.role == HEAD]
        if other is group or other.heading or other.vertical or not heads:
            continue
        obox = other.box
        if (obox[3] <= gbox[1] + 0.2 * size
                and _x_overlap(obox, gbox) >= 0.5 * min(obox[2] - obox[0], gbox[2] - gbox[0])
                and (nearest is None or obox[3] > nearest[0])):
            nearest = (obox[3], max(b.size for b in heads))
    return nearest is not None and abs(nearest[1] - gsize) <= 0.05 * gsize


def _between(group_boxes, upper, lower) -> bool:
    """Is a headline group between two vertically stacked boxes (and overlapping them)?"""
    for box in group_boxes:
        if (box[1] >= upper[3] - 1 and box[3] <= lower[1] + 1
                and _x_overlap(box, lower) > 0 and _x_overlap(box, upper) > 0):
            return True
    return False


def assign(units: List[Tuple[Tuple[float, float, float, float], List[Block]]], groups: List[Group],
           size: float, rules: Sequence[Tuple[float, float, float, float]] = (),
           frames: Sequence[Tuple[float, float, float, float]] = ()) -> List[LayoutArticle]:
    """Step 5: give each body unit (a body block or a subhead group) to an article.

    ``rules`` are the page's thin lines (boxes) and ``frames`` the edges of outlined boxes: one
    between two blocks separates them. Headlines beside or below their bodies are left to
    :func:`attach_headlines`.
    """
    rules = list(rules) + list(frames)
    boxes = [g.place_box for g in groups]
    flat = [r for r in rules if r[3] - r[1] <= 3 and r[2] - r[0] >= 2 * size]
    upright = [r for r in rules if r[2] - r[0] <= 3 and r[3] - r[1] >= 2 * size]
    obstacles = [u[0] for u in units] + boxes
    articles: Dict[int, LayoutArticle] = {}
    untitled: List[LayoutArticle] = []
    placed: List[Tuple[Tuple[float, float, float, float], LayoutArticle]] = []
    # top-down; tops within an em or so of each other left to right (level column tops)
    for box, blocks in sorted(units, key=lambda u: (int(u[0][1] // (1.5 * size)), u[0][0])):
        width = box[2] - box[0]
        article = None
        best_gap = None
        for pbox, part in placed:
            gap = box[1] - pbox[3]
            if (-0.5 * size <= gap <= 3.0 * size
                    and _x_overlap(box, pbox) >= 0.6 * min(width, pbox[2] - pbox[0])
                    and not _between(boxes + flat, pbox, box)
                    and (best_gap is None or gap < best_gap)):
                article, best_gap = part, gap
        if article is None:
            above, beside = [], []
            for k, (group, gbox) in enumerate(zip(groups, boxes)):
                if group.vertical:
                    if _y_overlap(gbox, box) <= 0:
                        continue
                    gap = max(gbox[0] - box[2], box[0] - gbox[2])
                    if gap >= -size and not _blocked(box, gbox, obstacles):
                        beside.append((gap, k))
                elif (gbox[3] <= box[1] + 0.5 * size
                      and _x_overlap(gbox, box) >= min(0.3 * min(width, gbox[2] - gbox[0]), 2.0 * size)
                      and not _between([r for r in flat if r[1] > gbox[3] + 2 * size], gbox, box)):
                    above.append((box[1] - gbox[3], k))
            k = None
            if above and (not beside or min(above)[0] <= min(beside)[0]):
                k = min(above)[1]
            else:
                if not _headed_right(box, groups, size):
                    article = _beside(box, placed, boxes + upright, size)
                if article is None and beside:
                    k = min(beside)[1]
            if k is not None:
                article = articles.setdefault(k, LayoutArticle(group=groups[k]))
            elif article is None:
                article = LayoutArticle()
                untitled.append(article)
        article.body.extend(blocks)
        placed.append((box, article))
    out = list(articles.values()) + untitled
    for article in out:
        article.body = reading_order(article.body, article.group)
    out.sort(key=lambda a: (a.box[1], a.box[0]))
    return out


def _headed_right(box, groups: Sequence[Group], size: float) -> bool:
    """Is a horizontal headline set right of a column top, level with it (a headline to the
    right of its body)? Then the column does not continue the column on its left."""
    for group in groups:
        gbox = group.box
        if (not group.vertical and 0 <= gbox[0] - box[2] <= 3 * size
                and abs(gbox[1] - box[1]) <= 2 * size):
            return True
    return False


def _beside(box, placed, group_boxes, size: float) -> Optional[LayoutArticle]:
    """The article of the column just left of a column top set at the same height (its
    headline spans fewer columns than its body), unless a headline stands between them."""
    best = None
    for pbox, part in placed:
        gap = box[0] - pbox[2]
        if not (0 <= gap <= 3.0 * size and abs(pbox[1] - box[1]) <= 1.5 * size):
            continue
        between = any(g[0] >= pbox[2] - 1 and g[2] <= box[0] + 1 and _y_overlap(g, box) > 0
                      for g in group_boxes)
        if not between and (best is None or gap < best[0]):
            best = (gap, part)
    return best[1] if best else None


def reading_order(blocks: List[Block], group: Optional[Group] = None) -> List[Block]:
    """Blocks column by column, left to right, top to bottom (step 6). Where the article's
    own headline runs across all its columns, with body text above and below it, the columns
    are read band by band: the columns above it, then the columns under it (two frames of
    text). A headline inset with columns running beside it leaves the order column by column
    (text flowing around it)."""
    if group is not None and blocks:
        gbox = group.box
        over = [b for b in blocks if b.y1 <= gbox[1] + 1]
        under = [b for b in blocks if b.y0 >= gbox[3] - 1]
        if (len(over) + len(under) == len(blocks)
                and any(_x_overlap(_box(b), gbox) > 0 for b in over)
                and any(_x_overlap(_box(b), gbox) > 0 for b in under)):
            return _in_columns(over) + _in_columns(under)
    return _in_columns(blocks)


def _in_columns(blocks: List[Block]) -> List[Block]:
    columns, spans = _columns(blocks)
    order = sorted(range(len(columns)), key=lambda i: spans[i][0])
    return [b for i in order for b in sorted(columns[i], key=lambda b: b.y0)]


def _columns(blocks: List[Block]):
    columns: List[List[Block]] = []
    spans: List[List[float]] = []
    for block in sorted(blocks, key=lambda b: b.x0):
        for span, col in zip(spans, columns):
            overlap = min(span[1], block.x1) - max(span[0], block.x0)
            if overlap >= 0.5 * min(span[1] - span[0], block.width):
                col.append(block)
                span[0], span[1] = min(span[0], block.x0), max(span[1], block.x1)
                break
        else:
            columns.append([block])
            spans.append([block.x0, block.x1])
    return columns, spans


def paragraphs(block: Block) -> List[List[Line]]:
    """Lines of a block cut into paragraphs at indented lines (a heading is one paragraph)."""
    if block.role == HEADING or block.vertical:
        return [list(block.lines)]
    out: List[List[Line]] = []
    for line in block.lines:
        if not out or line.x0 > block.x0 + 1.0 * line.size:
            out.append([line])
        else:
            out[-1].append(line)
    return out


def _separated(a: Box, b: Box, lines: Sequence[Box]) -> bool:
    """Does one of ``lines`` (thin rules or frame edges) run between boxes ``a`` and ``b``?"""
    for r in lines:
        flat = r[3] - r[1] <= 3
        if flat:
            upper, lower = (a, b) if a[1] <= b[1] else (b, a)
            if (upper[3] - 1 <= r[1] and r[3] <= lower[1] + 1
                    and _x_overlap(r, upper) > 0 and _x_overlap(r, lower) > 0):
                return True
        else:
            left, right = (a, b) if a[0] <= b[0] else (b, a)
            if (left[2] - 1 <= r[0] and r[2] <= right[0] + 1
                    and _y_overlap(r, left) > 0 and _y_overlap(r, right) > 0):
                return True
    return False


def _blocked(a: Box, b: Box, obstacles: Sequence[Box]) -> bool:
    """Does one of ``obstacles`` (other than ``a`` and ``b``) stand in the gap between two
    boxes, where they face each other?"""
    if _x_overlap(a, b) > 0:
        gap = (max(a[0], b[0]), min(a[3], b[3]), min(a[2], b[2]), max(a[1], b[1]))
    elif _y_overlap(a, b) > 0:
        gap = (min(a[2], b[2]), max(a[1], b[1]), max(a[0], b[0]), min(a[3], b[3]))
    else:
        gap = (min(a[2], b[2]), min(a[3], b[3]), max(a[0], b[0]), max(a[1], b[1]))
    return any(o != a and o != b and _x_overlap(o, gap) > 1 and _y_overlap(o, gap) > 1
               for o in obstacles)


def _gap(a: Box, b: Box) -> float:
    """The distance between two boxes (0 when they touch or overlap)."""
    return max(a[0] - b[2], b[0] - a[2], a[1] - b[3], b[1] - a[3], 0.0)


def _placement(body: Box, gbox: Box, vertical: bool, size: float, flat: Sequence[Box],
               upright: Sequence[Box], edges: Sequence[Box], obstacles: Sequence[Box]) -> Optional[float]:
    """How well a headline group sits as the headline of a body region, in ems (lower is
    better), or None where it cannot: inside the region (body around it), under it (a title
    below its text), over it (up to :data:`ORPHAN_REACH` ems above its top), or beside it on
    either side with its top beside the body, best level with its top (within
    :data:`SIDE_REACH` ems, or any distance for a vertical headline with nothing between).
    A rule between them rules out above and below; a frame edge rules out every side; a
    column rule beside costs two ems."""
    em = size
    if (body[0] - em <= gbox[0] and gbox[2] <= body[2] + em
            and body[1] - em <= gbox[1] and gbox[3] <= body[3] + em):
        return 0.0
    if _separated(body, gbox, edges):
        return None
    width = gbox[2] - gbox[0]
    scores = []
    down = gbox[1] - body[3]
    if not vertical and -em <= down <= 4 * em and _x_overlap(gbox, body) >= 0.5 * width \
            and not _separated(body, gbox, flat):
        scores.append(max(down, 0.0) / em)
    up = body[1] - gbox[3]
    across = max(gbox[0] - body[2], body[0] - gbox[2], 0.0)
    if (gbox[1] <= body[1] + 2 * em and -2 * em <= up <= ORPHAN_REACH * em and across <= 8 * em
            and not _separated(body, gbox, flat)):
        scores.append((max(up, 0.0) + across) / em)
    side = max(gbox[0] - body[2], body[0] - gbox[2])
    top_beside = body[1] - 2 * em <= gbox[1] <= max(body[1] + 2 * em, body[3] - 2 * em)
    # farther off only with nothing between: any distance for a vertical headline, up to
    # twice as far for a headline column beside the body (a band's headline and byline)
    reach = side <= SIDE_REACH * em or ((vertical or side <= 2 * SIDE_REACH * em)
                                        and not _blocked(body, gbox, obstacles))
    if -3 * em <= side and reach and top_beside and _y_overlap(gbox, body) > 0:
        ruled = _separated(body, gbox, upright)
        scores.append(max(side, 0.0) / em + abs(gbox[1] - body[1]) / (10 * em) + (2.0 if ruled else 0.0))
    return min(scores) if scores else None


def attach_headlines(articles: List[LayoutArticle], groups: Sequence[Group], size: float,
                     rules: Sequence[Box] = (), edges: Sequence[Box] = ()) -> None:
    """Give untitled bodies the headline groups left without a body (or with a scrap of one),
    by geometry wherever they sit (:func:`_placement`): all pairs are scored, a body with a
    single possible headline takes it first, then the best-placed pair goes, until none is
    left (so a headline between two bodies goes to the one that has no other)."""
    flat = [r for r in rules if r[3] - r[1] <= 3 and r[2] - r[0] >= 2 * size]
    upright = [r for r in rules if r[2] - r[0] <= 3 and r[3] - r[1] >= 2 * size]
    owners = {id(a.group): a for a in articles if a.group is not None}
    free = [g for g in groups if not g.heading and (
        id(g) not in owners or sum(b.n_chars for b in owners[id(g)].body) < 20)]
    untitled = [a for a in articles if a.group is None and a.body]
    obstacles = [_box(b) for a in articles for b in a.body] + [g.place_box for g in groups]
    options: Dict[int, List[Tuple[float, int]]] = {}
    for i, article in enumerate(untitled):
        box = article.box
        inner = [o for o in obstacles
                 if not (box[0] <= o[0] and o[2] <= box[2] and box[1] <= o[1] and o[3] <= box[3])]
        for k, group in enumerate(free):
            score = _placement(box, group.place_box, group.vertical, size, flat, upright, edges, inner)
            if score is not None:
                options.setdefault(i, []).append((score, k))
    while options:
        single = [(opts[0][0], i) for i, opts in options.items() if len(opts) == 1]
        if single:
            i = min(single)[1]
            k = options[i][0][1]
        else:
            _, i, k = min((sc, i, k) for i, opts in options.items() for sc, k in opts)
        article, group = untitled[i], free[k]
        article.group = group
        other = owners.get(id(group))
        if other is not None and other is not article:
            article.body.extend(other.body)
            other.body, other.group = [], None
        del options[i]
        for j in list(options):
            options[j] = [(sc, m) for sc, m in options[j] if m != k]
            if not options[j]:
                del options[j]
    for article in untitled:
        article.body = reading_order(article.body, article.group)
    articles[:] = [a for a in articles if a.body or a.group is not None]


def join_split_bodies(articles: List[LayoutArticle], groups: Sequence[Group], size: float,
                      rules: Sequence[Box] = (), edges: Sequence[Box] = ()) -> None:
    """An untitled body that is the rest of a titled article joins it: it touches the article
    (within three ems), no rule or frame edge runs between them and no other headline stands
    between them — body above and below a headline set in its middle, columns beside a
    headline narrower than its body, text around a headline inset in a column. One set under
    or over the article that could be an article of its own (:func:`_own_brief`: a news lead
    under it, or other columns) stays apart."""
    lines = [r for r in list(rules) + list(edges)
             if (r[3] - r[1] <= 3 and r[2] - r[0] >= 2 * size)
             or (r[2] - r[0] <= 3 and r[3] - r[1] >= 2 * size)]
    others = [g for g in groups if not g.heading]
    for ruled in (False, True):
        joined = True
        while joined:   # a body may touch the article only through another one that joins first
            joined = _join_once(articles, others, size, lines, ruled)
    articles[:] = [a for a in articles if a.body or a.group is not None]


def _same_columns(a: Sequence[Block], b: Sequence[Block], size: float) -> bool:
    """Do two sets of blocks stand in the same columns (each column's edges within an em; a
    column is the blocks stacked in it, so a short last line does not count as one)?"""
    ours, theirs = _columns(list(a))[1], _columns(list(b))[1]
    return all(any(abs(x0 - y0) <= size and abs(x1 - y1) <= size for y0, y1 in theirs) for x0, x1 in ours)


def _own_brief(article: LayoutArticle, target: LayoutArticle, size: float) -> bool:
    """Could an untitled body set wholly under or over a titled article be an article of its
    own rather than its rest? So it is when its text opens a news lead (本报讯…, □ byline)
    below the article, or when it stands in other columns than the article's body (a
    different column band: joining it would put another article's text in)."""
    box, tbox = article.box, target.box
    if _y_overlap(box, tbox) > 0.5 * size:
        return False   # side by side: columns running up beside a headline
    first = article.body[0]
    if box[1] >= tbox[3] - size and LEAD_TEXT.match(first.text):
        return True
    ours, theirs = _columns(list(article.body))[1], _columns(list(target.body))[1]
    return not all(any(abs(a[0] - b[0]) <= size and abs(a[1] - b[1]) <= size for b in theirs) for a in ours)


def _join_once(articles: List[LayoutArticle], others: Sequence[Group], size: float,
               lines: Sequence[Box], ruled: bool) -> bool:
    """One pass of :func:`join_split_bodies`; with ``ruled``, a flat rule may stand between
    a body and an article set in the same columns (a rule drawn over or under a headline set
    between the bands of its body), once no other join is left."""
    joined = False
    for article in articles:
        if article.group is not None or not article.body:
            continue
        box = article.box
        best = None
        for target in articles:
            if target.group is None or not target.body or target is article:
                continue
            parts = [_box(b) for b in target.body] + [target.group.box]
            gap = min(_gap(box, part) for part in parts)
            if gap > 3 * size:
                continue
            near = [part for part in parts if _gap(box, part) == gap]
            if _own_brief(article, target, size):
                continue
            headlines = [g.box for g in others if g is not target.group]
            if any(_blocked(box, part, headlines) for part in near):
                continue
            upright = [r for r in lines if r[2] - r[0] <= 3]
            if any(_separated(box, part, lines) for part in near) and not (
                    ruled and _same_columns(article.body, target.body, size)
                    and not any(_separated(box, part, upright) for part in near)):
                continue
            if best is None or gap < best[0]:
                best = (gap, target)
        if best is not None:
            target = best[1]
            target.body = reading_order(target.body + article.body, target.group)
            article.body = []
            joined = True
    return joined


def framed(articles: List[LayoutArticle], frames: Sequence[Tuple[float, float, float, float]],
           size: float) -> None:
    """An untitled body inside a frame that holds exactly one titled article belongs to it
    (a boxed article whose last column runs up beside its headline)."""
    def inside(box, frame) -> bool:
        return (frame[0] - size <= box[0] and box[2] <= frame[2] + size
                and frame[1] - size <= box[1] and box[3] <= frame[3] + size)

    for frame in frames:
        held = [a for a in articles if a.body and inside(a.box, frame)]
        titled = [a for a in held if a.group is not None]
        if len(titled) != 1:
            continue
        for article in held:
            if article.group is None:
                titled[0].body = reading_order(titled[0].body + article.body, titled[0].group)
                article.body = []
    articles[:] = [a for a in articles if a.body or a.group is not None]


def panels(fills: Sequence[Box], blocks: Sequence[Block], size: float) -> List[Box]:
    """Shaded boxes that hold running text apart from the rest of the page (a sidebar on a
    grey ground): filled boxes at least three ems each way that wholly hold some body text,
    but not all of it (a page background). They part articles as frame edges do; a filled box
    with no text in it (a drawn photo) parts nothing."""
    bodies = [b for b in blocks if b.role == BODY]
    out = []
    for box in fills:
        if box[2] - box[0] < 3 * size or box[3] - box[1] < 3 * size:
            continue
        inside = sum(1 for b in bodies if box[0] - 1 <= b.x0 and b.x1 <= box[2] + 1
                     and box[1] - 1 <= b.y0 and b.y1 <= box[3] + 1)
        if 0 < inside < len(bodies):
            out.append(box)
    return out


def layout_page(blocks: List[Block], *, height: float,
                images: Sequence[Tuple[float, float, float, float]] = (),
                rules: Sequence[Tuple[float, float, float, float]] = (),
                frames: Sequence[Tuple[float, float, float, float]] = (),
                fills: Sequence[Tuple[float, float, float, float]] = ()) -> PageLayout:
    """Roles, headline groups and articles of one page's blocks."""
    size = body_size(blocks)
    classify(blocks, height=height, size=size, images=images, rules=rules)
    frames = list(frames) + panels(fills, blocks, size)
    owner = find_bylines(blocks, size)
    groups = head_groups(blocks, owner)
    edges = [e for x0, y0, x1, y1 in frames
             for e in ((x0, y0, x1, y0), (x0, y1, x1, y1), (x0, y0, x0, y1), (x1, y0, x1, y1))]
    mark_subheads(groups, blocks, size, column_width(blocks), list(rules) + edges)
    titles = [g for g in groups if not g.heading]
    units = [(_box(b), [b]) for b in blocks if b.role == BODY]
    units += [(g.box, sorted(g.blocks, key=lambda b: (b.y0, b.x0))) for g in groups if g.heading]
    articles = assign(units, titles, size, rules, edges)
    attach_headlines(articles, titles, size, rules, edges)
    join_split_bodies(articles, titles, size, rules, edges)
    framed(articles, frames, size)
    articles.sort(key=lambda a: (a.box[1], a.box[0]))
    used = {id(a.group) for a in articles if a.group is not None}
    banners = [g for g in titles if id(g) not in used]
    grouped = {id(b) for g in groups for b in g.blocks}
    return PageLayout(
        body_size=size, articles=articles,
        furniture=sorted((b for b in blocks if b.role == FURNITURE), key=lambda b: (b.y0, b.x0)),
        captions=sorted((b for b in blocks if b.role == CAPTION), key=lambda b: (b.y0, b.x0)),
        banners=banners,
        other=sorted((b for b in blocks if b.role in (OTHER, BYLINE) and id(b) not in grouped),
                     key=lambda b: (b.y0, b.x0)))
