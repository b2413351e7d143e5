"""Lines of a repaired page and what each one is (body text, title, byline, furniture…)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import List, Optional

from ..repair import Repaired
from ..zh.chars import HAN_RE
from ..repair.chars import SPACES, display_width, ends_sentence
from .bylines import BYLINE_LINE, DATELINE, joined_byline, parse_caption
from .furniture import CONTINUATION, furniture_kind

NUMBERED_HEADING = re.compile(r"^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[)）])[^，。；！？]{1,30}$")
BRIEF = re.compile(r"^[■▲●◆]")
SUBTITLE = re.compile(r"^[—－]{2}")
UPPER_CONTINUATION = re.compile(r"^[（(][\s\u3000]*(?:上接|接)第?[\s\u3000]*[A-Z]{0,2}\d{1,2}[\s\u3000]*版[\s\u3000]*[)）]")
MAX_TITLE = 45.0
#: The author's affiliation closing an article: （作者为…） / （作者单位：…）.
AFFILIATION = re.compile(r"^[（(](?:本文)?作者(?:为|系|单位|是)[^）)]{2,80}[）)]$")

# kinds
BODY = "body"            # running text paragraph
LEAD = "lead"            # paragraph that starts an article: 本报讯…, (上接…), ■ brief with text
HEADING = "heading"      # section heading inside an article (一、…)
TITLE = "title"          # short line without sentence punctuation: title, subtitle or heading
SUBTITLE_KIND = "subtitle"  # —— subtitle
BRIEF_TITLE = "brief"    # ■ title of a news brief
BYLINE = "byline"        # □李金龙, 记者 冯秋萍
CAPTION = "caption"      # photo caption: … 记者 庄毅 摄
CONTINUATION_KIND = "continuation"  # （下转A2版）
FURNITURE = "furniture"  # folio, date header, masthead


@dataclass
class Line:
    """One non-blank line of the repaired text: ``text[start:end]`` (stripped) and its kind."""

    start: int
    end: int
    text: str
    kind: str = BODY
    furniture: Optional[str] = None
    width: float = 0.0
    column: Optional[float] = None
    body_width: Optional[float] = None
    raw_lines: int = 1


def _strip(text: str, start: int, end: int) -> tuple:
    while start < end and text[start] in SPACES + "\r":
        start += 1
    while end > start and text[end - 1] in SPACES + "\r":
        end -= 1
    return start, end


def split_lines(repaired: Repaired) -> List[Line]:
    """The non-blank lines of ``repaired``, with the measures repair recorded (if any)."""
    text = repaired.text
    out: List[Line] = []
    if repaired.lines:
        for info in repaired.lines:
            start, end = _strip(text, info.start, info.end)
            if start < end:
                out.append(Line(start, end, text[start:end], width=info.raw_widths[0] if info.raw_widths else 0.0,
                                column=info.column, body_width=info.body_width, raw_lines=info.raw_lines))
        return out
    pos = 0
    for chunk in text.split("\n"):
        start, end = _strip(text, pos, pos + len(chunk))
        if start < end:
            out.append(Line(start, end, text[start:end], width=display_width(text[start:end])))
        pos += len(chunk) + 1
    return out


def classify(line: Line) -> Line:
    """Set ``line.kind`` (and ``line.furniture``) from the line's text and shape."""
    text = line.text
    short = line.raw_lines <= 2 and not ends_sentence(text) and len(text) <= 80
    marker = CONTINUATION.search(text)
    furniture = furniture_kind(text) if short else None
    if marker and marker.start() == 0:
        line.kind = CONTINUATION_KIND
    elif short and parse_caption(text):
        line.kind = CAPTION
    elif BYLINE_LINE.match(text) or joined_byline(text):
        line.kind = BYLINE
    elif BRIEF.match(text):
        line.kind = BRIEF_TITLE if "。" not in text else LEAD
    elif SUBTITLE.match(text) and "。" not in text:
        line.kind = SUBTITLE_KIND
    elif furniture:
        line.kind = FURNITURE
        line.furniture = furniture
    elif DATELINE.match(text) or UPPER_CONTINUATION.match(text):
        line.kind = LEAD
    elif NUMBERED_HEADING.match(text):
        line.kind = HEADING
    elif AFFILIATION.match(text):
        line.kind = BODY  # （作者为…）closes an article's body
    elif (line.raw_lines <= 2 and "。" not in text and not re.search(r"[，、；：]$", text)
          and line.width <= MAX_TITLE and HAN_RE.search(text)
          and not re.search(r"[，；]", text)):
        line.kind = TITLE
    else:
        line.kind = BODY
    return line
