"""Undo fake-bold doubling: PDF text layers that print bold runs twice (记者记者 庄毅庄毅 摄摄).

The unit is a whitespace-separated token that splits completely into chunks each written
twice in a row: ``记者记者`` (one chunk), ``20212021年年1010月月2222日日`` (chunks 2021, 年,
10, 月, 22, 日), ``AA44`` (A, 4). A token is undoubled when the evidence is strong (its
undoubled form has three or more characters, mixes in Latin letters or digits, or has three
or more chunks) or, for weak tokens (``记者记者``, ``千千万万``, ``摄摄``), when another
token of the same line is doubled too. Real reduplication inside running text (人人讲党课,
常常, 千千万万的人民, 蒸蒸日上) is never a whole token of a line full of doubled tokens,
so it is left alone. A doubled Latin/digit prefix of a token (``AA44责任编辑``) is undoubled
as well, and so is a run of doubled chunks inside a token that undoubles to three or more
characters (``新使命新使命：：中国共产党的历史担当``). Single doubled Han characters inside
running text (区区级) and two-character reduplication (高高兴兴) are left alone: they cannot
be told apart from real reduplication.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import List, Optional, Tuple

from .buffer import Chars
from .chars import SPACES, is_alnum_half

_TOKEN = re.compile(f"[^{SPACES}]+")
# Fake-bold runs are titles, captions, dates and names; longer tokens are running text.
MAX_TOKEN = 80


@lru_cache(maxsize=4096)
def doubled_chunks(token: str) -> Optional[Tuple[Tuple[int, int], ...]]:
    """Split ``token`` into chunks each written twice in a row.

    Returns ``(start, length)`` of the first copy of each chunk, or None if ``token`` is
    not completely made of doubled chunks. Longer chunks are tried first.
    """
    n = len(token)
    if n > MAX_TOKEN:
        return None

    @lru_cache(maxsize=None)
    def parse(i: int) -> Optional[Tuple[Tuple[int, int], ...]]:
        if i == n:
            return ()
        for length in range((n - i) // 2, 0, -1):
            if token[i:i + length] == token[i + length:i + 2 * length]:
                rest = parse(i + 2 * length)
                if rest is not None:
                    return ((i, length),) + rest
        return None

    return parse(0) if n >= 2 else None


def _prefix_chunks(token: str) -> Tuple[Tuple[int, int], ...]:
    """Doubled single Latin letters or digits at the start of ``token`` (``AA44`` in ``AA44责任编辑``)."""
    chunks = []
    i = 0
    while i + 1 < len(token) and token[i] == token[i + 1] and is_alnum_half(token[i]) and token[i].isascii():
        chunks.append((i, 1))
        i += 2
    return tuple(chunks)


#: Longest chunk tried inside a token (a doubled title or name, not a doubled sentence).
MAX_INNER_CHUNK = 12


def _inner_chunks(token: str) -> Optional[Tuple[int, Tuple[Tuple[int, int], ...]]]:
    """A run of doubled chunks inside ``token`` that undoubles to three or more characters
    of at least two kinds (``新使命新使命：：`` in ``新使命新使命：：中国共产党的历史担当``,
    ``77理论理论`` after ``星期三``): ``(start, chunks)`` of the first such run, else None.
    Reduplication in running text (高高兴兴, 研究研究) undoubles to two characters and is
    left alone."""
    n = len(token)
    if n > MAX_TOKEN * 2:
        return None
    i = 0
    while i < n - 1:
        j = i
        chunks = []
        while j < n - 1:
            for length in range(min((n - j) // 2, MAX_INNER_CHUNK), 0, -1):
                if token[j:j + length] == token[j + length:j + 2 * length]:
                    chunks.append((j, length))
                    j += 2 * length
                    break
            else:
                break
        out = "".join(token[s:s + k] for s, k in chunks)
        if len(out) >= 3 and len(set(out)) >= 2 and not out.isascii():  # not 001001, 123123
            return i, tuple(chunks)
        i += 1
    return None


def _letters_and_digits(out: str) -> bool:
    return any(c.isascii() and c.isalpha() for c in out) and any(c.isdigit() for c in out)


def _strength(token: str, chunks: Tuple[Tuple[int, int], ...]) -> int:
    """2 = strong evidence of fake bold, 1 = weak (needs a doubled neighbour), 0 = none."""
    out = "".join(token[s:s + n] for s, n in chunks)
    if len(set(out)) < 2 and len(out) > 1:
        return 0  # 哈哈哈哈, 谢谢谢谢: real reduplication
    if all(c.isascii() for c in out):
        # numbers (2020, 1010, 22) and Latin words are never undoubled alone; AA44 → A4 is
        return 2 if _letters_and_digits(out) and all(n == 1 for _, n in chunks) else 0
    if len(out) >= 3 or len(chunks) >= 3:
        return 2
    return 1


def _apply(buf: Chars, offset: int, chunks: Tuple[Tuple[int, int], ...], out: Chars) -> None:
    """Write the first copy of each chunk; its last character also covers the second copy."""
    for start, length in chunks:
        a = offset + start
        for j in range(length):
            end = buf.ends[a + j]
            if j == length - 1:
                end = max(buf.ends[a + j], buf.ends[a + 2 * length - 1])
            out.add(buf.chars[a + j], buf.starts[a + j], end)


def undouble_line(buf: Chars) -> Chars:
    """Undo fake-bold doubling in one line of text (see the module docstring)."""
    text = buf.text
    tokens: List[Tuple[int, int, Tuple[Tuple[int, int], ...], int, bool]] = []
    for m in _TOKEN.finditer(text):
        token = m.group()
        chunks = doubled_chunks(token)
        whole = chunks is not None
        if chunks is None:
            chunks = _prefix_chunks(token)
            prefix = "".join(token[s] for s, _ in chunks)
            strength = 2 if _letters_and_digits(prefix) else 0
            if not strength:
                inner = _inner_chunks(token)
                if inner is not None:
                    chunks, strength = inner[1], 2
        else:
            strength = _strength(token, chunks)
        tokens.append((m.start(), m.end(), chunks, strength, whole))
    doubled = sum(1 for t in tokens if t[3] > 0)
    if not doubled:
        return buf
    out = Chars()
    pos = 0
    for start, end, chunks, strength, whole in tokens:
        out.extend(buf, pos, start)
        if strength == 2 or (strength == 1 and doubled >= 2):
            first = start + chunks[0][0]  # a run inside the token starts after its head
            out.extend(buf, start, first)
            _apply(buf, start, chunks, out)
            covered = first + 2 * sum(n for _, n in chunks)
            out.extend(buf, covered, end)
        else:
            out.extend(buf, start, end)
        pos = end
    out.extend(buf, pos, len(buf))
    return out
