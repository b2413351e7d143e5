"""Character classes of Chinese text, as regular-expression class bodies."""

from __future__ import annotations

import re
from typing import Tuple

HAN = "\u3400-\u4dbf\u4e00-\u9fff"
"""Han characters: CJK unified ideographs and extension A (use inside ``[...]``)."""
HAN_RE = re.compile(f"[{HAN}]")
CJK_SPACES = " \t\u3000\u00a0"
"""Spaces of page text: ASCII, ideographic (full-width) and no-break."""
VERTICAL_FORMS = str.maketrans(
    "\ufe10\ufe11\ufe12\ufe13\ufe14\ufe15\ufe16\ufe17\ufe18\ufe19"
    "\ufe35\ufe36\ufe37\ufe38\ufe39\ufe3a\ufe3b\ufe3c\ufe3d\ufe3e\ufe3f\ufe40"
    "\ufe41\ufe42\ufe43\ufe44\ufe47\ufe48",
    "，、。：；！？〖〗…（）｛｝〔〕【】《》〈〉「」『』［］")
"""Vertical presentation forms (of vertical headlines: ﹃﹄, ︵︶) to the forms a reader types
(『』, （）), one character for one, for ``str.translate``."""


def is_han(char: str) -> bool:
    """Whether ``char`` is one Han character."""
    return len(char) == 1 and HAN_RE.match(char) is not None


def is_latin_alnum(char: str) -> bool:
    """Whether ``char`` is an ASCII letter or digit, a letter of a word in Latin script."""
    return char.isascii() and char.isalnum()


def latin_word_bounds(text: str, start: int, end: int) -> Tuple[int, int]:
    """``(start, end)`` widened to whole words in Latin letters and digits where ``text[start:end]``
    begins or ends inside one (G|ameInformer → GameInformer, NBA of WNBA → WNBA)."""
    while start > 0 and is_latin_alnum(text[start]) and is_latin_alnum(text[start - 1]):
        start -= 1
    while 0 < end < len(text) and is_latin_alnum(text[end - 1]) and is_latin_alnum(text[end]):
        end += 1
    return start, end


def han_chars(text: str) -> list:
    """The Han characters of ``text``, in order."""
    return HAN_RE.findall(text)
