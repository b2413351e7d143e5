"""Lines and blocks from positioned characters.

A *line* is a run of characters along one baseline (horizontal) or one axis (vertical,
top to bottom, as in Identity-V headlines). Characters are chained in content-stream
order while each one continues the last along the same baseline (or axis) within
:data:`MAX_GAP` ems (or :data:`SPREAD_GAP` ems at an even gap: a line justified over its
whole measure); horizontal pieces on one baseline that were drawn apart are merged
afterwards when they nearly touch (:data:`MERGE_GAP`). A *block* is a stack of lines of
one size in one column: each line starts below the last within :data:`BLOCK_GAP` of the
size, and overlaps the block horizontally by at least half of the narrower one.
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass, field
from typing import List, Optional

from .chars import Char

#: Largest gap (in ems) between two characters drawn one after the other on a line.
MAX_GAP = 2.0
#: Largest even gap (in ems) between the characters of a line spread over its measure.
SPREAD_GAP = 4.0
#: Largest gap (in ems) between two pieces of one line drawn apart.
MERGE_GAP = 0.7
#: A full-width closing mark ends its glyph box with its own white space, so a piece that
#: follows it in the same line touches it; one more than this many ems after it is the next
#: column's line beyond a mark hung into the gutter (标点悬挂).
HANGING_GAP = 0.3
HANGING = set("。，、；：！？”’）》」』】")
#: Largest gap between two lines of one block, in ems of the smaller size.
BLOCK_GAP = 1.0
#: Largest size ratio inside a line (a digit run in another font) and inside a block.
LINE_SIZE_RATIO = 1.5
BLOCK_SIZE_RATIO = 1.2


@dataclass(eq=False)
class Line:
    """Characters along one baseline (``vertical`` False) or one vertical axis."""

    chars: List[Char]
    vertical: bool = False
    text: str = ""
    x0: float = 0.0
    y0: float = 0.0
    x1: float = 0.0
    y1: float = 0.0
    size: float = 0.0

    def finish(self) -> "Line":
        """Sort the characters along the line and compute text, box and size."""
        self.chars.sort(key=(lambda c: c.y0) if self.vertical else (lambda c: c.x0))
        self.x0 = min(c.x0 for c in self.chars)
        self.y0 = min(c.y0 for c in self.chars)
        self.x1 = max(c.x1 for c in self.chars)
        self.y1 = max(c.y1 for c in self.chars)
        self.size = statistics.median(c.size for c in self.chars)
        parts = []
        prev: Optional[Char] = None
        for ch in self.chars:
            if (prev is not None and not self.vertical and _latin(prev.text) and _latin(ch.text)
                    and ch.x0 - prev.x1 > 0.2 * ch.size):
                parts.append(" ")
            parts.append(ch.text)
            prev = ch
        self.text = "".join(parts)
        return self


@dataclass(eq=False)
class Block:
    """Lines of one size stacked in one column (or one vertical line group)."""

    lines: List[Line] = field(default_factory=list)
    vertical: bool = False
    x0: float = 0.0
    y0: float = 0.0
    x1: float = 0.0
    y1: float = 0.0
    size: float = 0.0
    role: str = ""

    def finish(self) -> "Block":
        self.x0 = min(ln.x0 for ln in self.lines)
        self.y0 = min(ln.y0 for ln in self.lines)
        self.x1 = max(ln.x1 for ln in self.lines)
        self.y1 = max(ln.y1 for ln in self.lines)
        sizes = [c.size for ln in self.lines for c in ln.chars]
        self.size = statistics.median(sizes)
        return self

    @property
    def text(self) -> str:
        return "".join(ln.text for ln in self.lines)

    @property
    def width(self) -> float:
        return self.x1 - self.x0

    @property
    def height(self) -> float:
        return self.y1 - self.y0

    @property
    def n_chars(self) -> int:
        return sum(len(ln.chars) for ln in self.lines)


def spaced_text(line: Line, *, gap: float = 0.8) -> str:
    """The line's text with a space wherever characters stand ``gap`` ems or more apart
    (words of a kicker, names of a byline: ``胡鞍钢 张 新``)."""
    parts = []
    prev: Optional[Char] = None
    for ch in line.chars:
        if prev is not None:
            d = (ch.y0 - prev.y1) if line.vertical else (ch.x0 - prev.x1)
            if d >= gap * max(ch.size, prev.size):
                parts.append(" ")
        parts.append(ch.text)
        prev = ch
    return "".join(parts)


def _latin(text: str) -> bool:
    return text.isascii() and (text.isalnum() or text in ".,%-/:")


def _continues(prev: Char, ch: Char, vertical: Optional[bool]) -> Optional[bool]:
    """True/False: ``ch`` continues ``prev`` vertically/horizontally; None: it does not."""
    big, small = max(prev.size, ch.size), min(prev.size, ch.size)
    if small <= 0 or big / small > LINE_SIZE_RATIO:
        return None
    if vertical is not True and abs(ch.cy - prev.cy) < 0.35 * big:
        gap = ch.x0 - prev.x1
        if -1.0 * big <= gap <= MAX_GAP * big:  # squeezed punctuation overlaps (：“)
            return False
    if vertical is not False and abs(ch.cx - prev.cx) < 0.35 * big:
        gap = ch.y0 - prev.y1
        if -0.5 * big <= gap <= MAX_GAP * big:
            return True
    return None


def _spread(prev: Char, ch: Char, nxt: Optional[Char], before: Optional[Char]) -> bool:
    """Does ``ch`` continue a line spread over its measure (``热   情   迎   客``): on the
    baseline of ``prev``, up to :data:`SPREAD_GAP` ems away, at the same gap as the
    characters on either side?"""
    size = prev.size
    if abs(ch.size - size) > 0.1 * size or abs(ch.cy - prev.cy) >= 0.35 * size:
        return False
    gap = ch.x0 - prev.x1
    if not MAX_GAP * size < gap <= SPREAD_GAP * size:
        return False
    for a, b in ((before, prev), (ch, nxt)):
        if a is not None and b is not None and abs(b.cy - a.cy) < 0.35 * size \
                and abs((b.x0 - a.x1) - gap) <= 0.15 * gap:
            return True
    return False


def build_lines(chars: List[Char]) -> List[Line]:
    """Lines of a page's characters (see the module docstring)."""
    pieces: List[Line] = []
    cur: Optional[Line] = None
    for k, ch in enumerate(chars):
        if cur is not None:
            direction = _continues(cur.chars[-1], ch, cur.vertical if len(cur.chars) > 1 else None)
            if direction is None and cur.vertical is not True:
                nxt = chars[k + 1] if k + 1 < len(chars) else None
                before = cur.chars[-2] if len(cur.chars) > 1 else None
                if _spread(cur.chars[-1], ch, nxt, before):
                    direction = False
            if direction is not None:
                cur.vertical = direction
                cur.chars.append(ch)
                continue
        cur = Line([ch])
        pieces.append(cur)
    for piece in pieces:
        piece.finish()
    return _merge_pieces(pieces)


def _merge_pieces(pieces: List[Line]) -> List[Line]:
    """Join horizontal pieces of one baseline that nearly touch (drawn apart in the stream)."""
    horizontal = sorted((p for p in pieces if not p.vertical), key=lambda p: (round(p.y1), p.x0))
    out: List[Line] = [p for p in pieces if p.vertical]
    by_row: dict = {}
    for piece in sorted(horizontal, key=lambda p: p.x0):
        key = round((piece.y0 + piece.y1) / 2 / max(piece.size, 1.0) * 2)
        merged = False
        for k in (key - 1, key, key + 1):
            for line in by_row.get(k, ()):
                big, small = max(line.size, piece.size), min(line.size, piece.size)
                if (big / max(small, 0.1) <= LINE_SIZE_RATIO
                        and abs((line.y0 + line.y1) - (piece.y0 + piece.y1)) / 2 < 0.35 * big
                        and piece.x0 - line.x1 <= MERGE_GAP * big  # also a piece inside a hole
                        and not (line.chars[-1].text in HANGING and piece.x0 - line.x1 > HANGING_GAP * big)):
                    line.chars.extend(piece.chars)
                    line.x1 = max(line.x1, piece.x1)
                    merged = True
                    break
            if merged:
                break
        if not merged:
            by_row.setdefault(key, []).append(piece)
    for row in by_row.values():
        out.extend(line.finish() for line in row)
    return out


def _attach_spread(blocks: List[Block]) -> List[Block]:
    """Put the characters of a line spread over its column (a paragraph's last line
    justified to the full measure: ``增   长   本   领   。``), which came out as tiny
    blocks, back into the line of the column's block that they continue."""
    tiny = [b for b in blocks if len(b.lines) == 1 and len(b.lines[0].chars) <= 3]
    if not tiny:
        return blocks
    columns = [b for b in blocks if len(b.lines) >= 2]
    for small in sorted(tiny, key=lambda b: b.x0):
        piece = small.lines[0]
        middle = (piece.y0 + piece.y1) / 2
        for block in columns:
            if not (block.x0 - 0.5 * piece.size <= piece.x0 and piece.x1 <= block.x1 + 0.5 * piece.size
                    and block.lines[0].y0 - piece.size <= middle <= block.lines[-1].y1 + piece.size):
                continue
            target = next((ln for ln in block.lines
                           if abs((ln.y0 + ln.y1) / 2 - middle) < 0.35 * piece.size
                           and abs(ln.size - piece.size) <= 0.2 * ln.size and ln.x1 < piece.x0), None)
            if target is None:
                continue
            target.chars.extend(piece.chars)
            target.finish()
            small.lines = []
            break
    return [b for b in blocks if b.lines]


def build_blocks(lines: List[Line]) -> List[Block]:
    """Blocks of a page's lines (see the module docstring); vertical lines side by side of
    one size form one block, read right to left."""
    blocks: List[Block] = []
    active: List[Block] = []
    for line in sorted((ln for ln in lines if not ln.vertical), key=lambda ln: (ln.y0, ln.x0)):
        best = None
        for block in active:
            last = block.lines[-1]
            big, small = max(last.size, line.size), min(last.size, line.size)
            if big / small > BLOCK_SIZE_RATIO:
                continue
            gap = line.y0 - last.y1
            if not -0.3 * small <= gap <= BLOCK_GAP * small:
                continue
            overlap = min(line.x1, block.x1) - max(line.x0, block.x0)
            if overlap < 0.5 * min(line.x1 - line.x0, block.x1 - block.x0):
                continue
            # a paragraph's first line is indented: the next may start up to 3 ems further left
            if line.x0 < block.x0 - 3.0 * small or line.x1 > block.x1 + 1.5 * small:
                continue
            best = block
            break
        if best is None:
            best = Block([line], x0=line.x0, x1=line.x1)
            blocks.append(best)
            active.append(best)
        else:
            best.lines.append(line)
            best.x0, best.x1 = min(best.x0, line.x0), max(best.x1, line.x1)
        active = [b for b in active if b.lines[-1].y1 >= line.y0 - 3 * line.size]
    blocks = _attach_spread(blocks)
    vertical = sorted((ln for ln in lines if ln.vertical), key=lambda ln: -ln.x1)
    for line in vertical:
        for block in blocks:
            if not block.vertical:
                continue
            last = block.lines[-1]
            big, small = max(last.size, line.size), min(last.size, line.size)
            if (big / small <= BLOCK_SIZE_RATIO and 0 <= last.x0 - line.x1 <= BLOCK_GAP * small
                    and min(line.y1, last.y1) - max(line.y0, last.y0) > 0):
                block.lines.append(line)
                break
        else:
            blocks.append(Block([line], vertical=True))
    return [b.finish() for b in blocks]
