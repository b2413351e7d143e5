"""Characters of a PDF page with their boxes, sizes and fonts; fake-bold duplicates dropped.

pypdfium2 (PDFium) gives every character its Unicode value, its loose box (the font's em
box), the text object's font and matrix. The size of a character is the font size times
the scale of its text matrix (many e-paper PDFs set font size 1 and scale the matrix).
Coordinates are turned to a top-left origin: ``x`` grows to the right, ``y`` downwards.
Vertical presentation forms (﹃﹄, ︵︶ of vertical headlines) become the usual forms (『』, （）).

Fake bold draws a glyph two or more times at a small offset. :func:`dedupe` keeps the
first drawing of a glyph and drops a later one of the same character and size whose box is
shifted by less than :data:`DUPLICATE_SHIFT` of the size in both directions: two real
characters of one line are at least half an em apart, so no real text is dropped.
"""

from __future__ import annotations

import ctypes
import math
from dataclasses import dataclass
from typing import Dict, List, Tuple

from ...zh.chars import VERTICAL_FORMS

#: A later glyph of the same character within this fraction of its size is a fake-bold copy.
DUPLICATE_SHIFT = 0.3
_SKIP = set(" \t\r\n\u3000\u00a0\ufffe\uffff\x00")


@dataclass(slots=True)
class Char:
    """One drawn character: text, box (top-left origin, points), size, font, stream index."""

    text: str
    x0: float
    y0: float
    x1: float
    y1: float
    size: float
    font: str
    index: int = 0

    @property
    def cx(self) -> float:
        return (self.x0 + self.x1) / 2

    @property
    def cy(self) -> float:
        return (self.y0 + self.y1) / 2


def page_chars(page) -> List[Char]:
    """The drawn characters of a pypdfium2 page in content-stream order (the spaces and
    line breaks that PDFium adds between text runs are left out)."""
    import pypdfium2.raw as raw

    height = page.get_height()
    textpage = page.get_textpage()
    try:
        count = textpage.count_chars()
        text = textpage.get_text_range(0, count, errors="replace") if count else ""
        rect = raw.FS_RECTF()
        rect_ref = ctypes.byref(rect)
        matrix = raw.FS_MATRIX()
        fsize = ctypes.c_float()
        buf = ctypes.create_string_buffer(128)
        flags = ctypes.c_int()
        objects: Dict[int, Tuple[float, str]] = {}
        get_object, get_box = raw.FPDFText_GetTextObject, raw.FPDFText_GetLooseCharBox
        to_address = ctypes.c_void_p
        out: List[Char] = []
        if len(text) != count:  # surrogate pairs: fall back to one call per character
            text = "".join(chr(raw.FPDFText_GetUnicode(textpage, i)) for i in range(count))
        text = text.translate(VERTICAL_FORMS)
        for i, ch in enumerate(text):
            if ch in _SKIP or not ch.isprintable():
                continue
            obj = get_object(textpage, i)
            key = ctypes.cast(obj, to_address).value or 0
            info = objects.get(key)
            if info is None:
                scale = 1.0
                if key and raw.FPDFTextObj_GetFontSize(obj, ctypes.byref(fsize)):
                    raw.FPDFPageObj_GetMatrix(obj, ctypes.byref(matrix))
                    scale = fsize.value * math.sqrt(abs(matrix.a * matrix.d - matrix.b * matrix.c))
                n = raw.FPDFText_GetFontInfo(textpage, i, buf, len(buf), ctypes.byref(flags))
                font = buf.raw[:max(n - 1, 0)].decode("latin-1").split("+")[-1]
                info = objects[key] = (scale, font)
            get_box(textpage, i, rect_ref)
            size = info[0] if info[0] > 0.5 else abs(rect.top - rect.bottom)
            out.append(Char(ch, rect.left, height - rect.top, rect.right, height - rect.bottom,
                            round(size, 2), info[1], len(out)))
        return out
    finally:
        textpage.close()


def dedupe(chars: List[Char]) -> Tuple[List[Char], int]:
    """Drop fake-bold copies (see the module docstring); returns ``(kept, n_dropped)``."""
    grid: Dict[Tuple[str, int, int], List[Char]] = {}
    kept: List[Char] = []
    for ch in chars:
        cell = ch.size if ch.size > 1.0 else 1.0
        limit = DUPLICATE_SHIFT * cell
        fx, fy = ch.x0 / cell, ch.y0 / cell
        gx, gy = int(fx // 1), int(fy // 1)
        # only cells a copy within ``limit`` can fall in
        xs = (gx - 1, gx) if fx - gx < DUPLICATE_SHIFT else ((gx, gx + 1) if fx - gx > 1 - DUPLICATE_SHIFT else (gx,))
        ys = (gy - 1, gy) if fy - gy < DUPLICATE_SHIFT else ((gy, gy + 1) if fy - gy > 1 - DUPLICATE_SHIFT else (gy,))
        text, x0, y0, size = ch.text, ch.x0, ch.y0, ch.size
        duplicate = False
        for cx in xs:
            for cy in ys:
                for other in grid.get((text, cx, cy), ()):
                    if (abs(other.x0 - x0) < limit and abs(other.y0 - y0) < limit
                            and abs(other.size - size) < 0.2 * cell):
                        duplicate = True
                        break
        if duplicate:
            continue
        grid.setdefault((text, gx, gy), []).append(ch)
        kept.append(ch)
    return kept, len(chars) - len(kept)
