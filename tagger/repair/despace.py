"""Remove the spaces that justified PDF text puts between characters (年 均 复 合 增 长 率).

A run of spaces inside a line is removed when

- it touches full-width punctuation (``255 亿 元 ，年`` → ``255亿元，年``, ``本报讯 （记者``);
- it separates a Han character from a Latin letter or a digit (``成立 100 周年`` →
  ``成立100周年``, ``7月 1日`` → ``7月1日``, ``全球 AMOLED`` → ``全球AMOLED``);
- both neighbouring tokens are single Han characters (``文 旅 部`` → ``文旅部``).

Spaces between words of two or more Han characters are kept: they separate names in
bylines (``记者 樊国庆 公维同``) and clauses in titles (``弘扬伟大建党精神 做好转型发展文章``).
Spaces between two Latin words or numbers are kept (``Jinshan News``).
"""

from __future__ import annotations

from typing import Tuple

from .buffer import Chars
from .chars import CJK_PUNCT, SPACES, is_alnum_half, is_cjk


def _core_len(chars: list, start: int, step: int) -> int:
    """Length of the token next to a space run, without full-width punctuation at its ends."""
    n = 0
    i = start
    while 0 <= i < len(chars) and chars[i] not in SPACES and chars[i] != "\n":
        if chars[i] not in CJK_PUNCT:
            n += 1
        i += step
    return n


def _remove(chars: list, left: int, right: int) -> int:
    """Whether the space run between ``chars[left]`` and ``chars[right]`` is a justification space.

    Returns 0 (keep), 1 (remove) or 2 (remove; letter-spacing between single Han characters,
    the mark of a justified line).
    """
    a, b = chars[left], chars[right]
    if a in CJK_PUNCT or b in CJK_PUNCT:
        return 1
    if (is_cjk(a) and is_alnum_half(b)) or (is_alnum_half(a) and is_cjk(b)):
        return 1
    if is_cjk(a) and is_cjk(b) and _core_len(chars, left, -1) == 1 and _core_len(chars, right, 1) == 1:
        return 2
    return 0


def despace(buf: Chars) -> Chars:
    """Drop justification spaces from ``buf`` (see the module docstring); other text is unchanged."""
    return despace_count(buf)[0]


def despace_count(buf: Chars) -> Tuple[Chars, int]:
    """:func:`despace` plus the number of letter-spacing runs removed (evidence of a justified line)."""
    chars = buf.chars
    drop = set()
    runs = 0
    i = 0
    n = len(chars)
    while i < n:
        if chars[i] in SPACES:
            j = i
            while j < n and chars[j] in SPACES:
                j += 1
            verdict = _remove(chars, i - 1, j) if i > 0 and j < n and "\n" not in (chars[i - 1], chars[j]) else 0
            if verdict:
                drop.update(range(i, j))
                runs += verdict == 2
            i = j
        else:
            i += 1
    if not drop:
        return buf, 0
    return buf.keep(k for k in range(n) if k not in drop), runs
