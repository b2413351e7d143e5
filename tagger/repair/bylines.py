"""Undo a doubled character inside a byline name (记者 林鹍鹍鹏 → 记者 林鹍鹏).

PDF text layers sometimes repeat one glyph of a rare character in a name. Inside a byline
(a role word such as 记者 or 通讯员, then space-separated names) a four-character name
whose two middle characters are equal is taken as such an artifact: Chinese names of four
characters have a compound surname and do not repeat the second character.
"""

from __future__ import annotations

import re

from ..zh.chars import HAN
from ..zh.roles import BYLINE_MARKS, BYLINE_ROLES, role_pattern
from .buffer import Chars
from .chars import SPACES

_DOUBLED_NAME = re.compile(
    rf"(?:{role_pattern([*BYLINE_ROLES, *BYLINE_MARKS])})[{SPACES}]*(?:[{HAN}]{{2,4}}[{SPACES}]+)*"
    rf"[{HAN}]([{HAN}])\1[{HAN}](?=[{SPACES}）)]|$)", re.M)


def fix_byline_names(buf: Chars) -> Chars:
    """Drop the repeated middle character of four-character byline names (see module docstring)."""
    while True:
        m = _DOUBLED_NAME.search(buf.text)
        if not m:
            return buf
        second = m.end() - 2  # the repeated character: the name is X Y Y Z, m ends after Z
        kept = buf.slice(0, second)
        kept.ends[-1] = max(kept.ends[-1], buf.ends[second])
        kept.extend(buf, second + 1)
        buf = kept
