"""Character classes and display widths shared by the repair and segment stages."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from typing import Dict

from ..zh.chars import HAN

SPACES = " \t\u3000\u00a0"
# Full-width punctuation: a justified-text space next to one of these is never meaningful.
CJK_PUNCT = set("，。、；：？！“”‘’（）《》〈〉【】「」『』…·～")
OPENERS = "（“‘《〈【「『"
CLOSERS = "）”’》〉】」』"
TERMINAL = set("。！？!?…")
#: A headline ending with its column rubric: …（人民观点）, …（快评）.
RUBRIC_END = re.compile(rf"[（(][{HAN}]{{2,6}}[)）]$")
#: The same rubric after the headline's last character, not a picture's credit or pointer.
_RUBRIC_TITLE = re.compile(rf"[{HAN}“”][（(][{HAN}]{{2,6}}(?<![发摄图])[)）]$")
# Punctuation after which a line cannot end a paragraph.
CONTINUING = set("，、；—-/（“‘《〈【「『")


def is_cjk(char: str) -> bool:
    """True for a Han character (BMP blocks, extension blocks, compatibility ideographs, 〇)."""
    code = ord(char)
    return (0x3400 <= code <= 0x4DBF or 0x4E00 <= code <= 0x9FFF or 0xF900 <= code <= 0xFAFF
            or 0x20000 <= code <= 0x3134F or char == "〇")


def is_alnum_half(char: str) -> bool:
    """True for a letter or digit that is not a Han character (ASCII, Greek μ, full-width digits)."""
    return char.isalnum() and not is_cjk(char)


def char_width(char: str) -> float:
    """Typeset width in ems: 1 for Han, kana and full-width punctuation, 0.5 otherwise."""
    if char in SPACES:
        return 1.0 if char == "\u3000" else 0.5
    return 1.0 if unicodedata.east_asian_width(char) in "WFA" else 0.5


_WIDTHS: Dict[str, float] = {}


def display_width(text: str) -> float:
    """Typeset width of a line in ems, ignoring leading and trailing spaces."""
    counts = Counter(text.strip(SPACES))
    widths = _WIDTHS
    total = 0.0
    for char, n in counts.items():
        width = widths.get(char)
        if width is None:
            width = widths[char] = char_width(char)
        total += width * n
    return total


def ends_sentence(text: str) -> bool:
    """True if ``text`` ends with a sentence-final mark, possibly followed by closing quotes."""
    stripped = text.rstrip(SPACES).rstrip(CLOSERS)
    return bool(stripped) and stripped[-1] in TERMINAL


def unbalanced(text: str) -> bool:
    """True if ``text`` opens a bracket or quote that it does not close (（ “ 《 【)."""
    return any(text.count(o) > text.count(c) for o, c in zip("（“《【", "）”》】"))


def closed_by_rubric(text: str) -> bool:
    """A headline with its column rubric after it (走近走亲 牵手连心（短评）, …“打开方式”（金台随笔）),
    not the rubric alone (（人民论坛）) nor a picture's credit or pointer (…作（新华社发）, （见下图））."""
    return _RUBRIC_TITLE.search(text) is not None
