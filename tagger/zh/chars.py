"""Character classes of Chinese text, as regular-expression class bodies."""

from __future__ import annotations

import re

HAN = "\u3400-\u4dbf\u4e00-\u9fff"
"""Han characters: CJK unified ideographs and extension A (use inside ``[...]``)."""
HAN_RE = re.compile(f"[{HAN}]")
CJK_SPACES = " \t\u3000\u00a0"
"""Spaces of page text: ASCII, ideographic (full-width) and no-break."""


def is_han(char: str) -> bool:
    """Whether ``char`` is one Han character."""
    return len(char) == 1 and HAN_RE.match(char) is not None


def han_chars(text: str) -> list:
    """The Han characters of ``text``, in order."""
    return HAN_RE.findall(text)
