"""Read PDF pages from their characters: chars -> lines -> blocks -> articles.

Uses pypdfium2 (PDFium; Apache-2.0/BSD-3-Clause): per-character boxes, fonts and sizes
and fast enough for a broadsheet page well under a second (see docs/pages.md). Each page
becomes one :class:`~tagger.records.Document` whose text is the page text
(:mod:`.page`) and whose ``layout`` holds the page's articles for the segment stage. A
file that cannot be read (not a PDF, encrypted, damaged) or a page without a text layer
(a scan) becomes an :class:`~tagger.errors.InputError` and the run goes on.
"""

from __future__ import annotations

import ctypes
from pathlib import Path
from typing import Iterator, List, Optional, Tuple, Union

from ...errors import Errors, InputError
from ...records import Document
from .articles import layout_page
from .chars import dedupe, page_chars
from .lines import build_blocks, build_lines
from .page import PdfPage, page_blocks, page_text

__all__ = ["read_pdf", "read_pdf_page", "PdfPage"]

ReadItem = Union[Document, InputError]


def _pdfium():
    try:
        import pypdfium2
    except ImportError as err:  # pragma: no cover - a dependency of the package
        raise InputError(Errors.E017.format(package="pypdfium2", feature="reading PDF files")) from err
    return pypdfium2


Box = Tuple[float, float, float, float]


def _stroked_only(obj) -> bool:
    """Is a path drawn as an outline without fill (a frame, not a shaded box or picture)?"""
    import pypdfium2.raw as raw

    fill, stroke = ctypes.c_int(), ctypes.c_int()
    if not raw.FPDFPath_GetDrawMode(obj, ctypes.byref(fill), ctypes.byref(stroke)):
        return False
    return bool(stroke.value) and fill.value == raw.FPDF_FILLMODE_NONE


def _graphics(page) -> Tuple[List[Box], List[Box], List[Box], List[Box]]:
    """Boxes (top-left origin) of the page's images, of its thin lines (rules between
    articles and columns), of frames (outlined boxes) and of filled boxes (shaded panels,
    drawn photo placeholders), read with PDFium's object API in one pass."""
    import pypdfium2.raw as raw

    height = page.get_height()
    images: List[Box] = []
    rules: List[Box] = []
    frames: List[Box] = []
    fills: List[Box] = []
    left, bottom, right, top = (ctypes.c_float() for _ in range(4))
    refs = [ctypes.byref(v) for v in (left, bottom, right, top)]

    def walk(get_count, get_object, parent, depth):
        for k in range(get_count(parent)):
            obj = get_object(parent, k)
            kind = raw.FPDFPageObj_GetType(obj)
            if kind == raw.FPDF_PAGEOBJ_FORM and depth < 2:
                walk(raw.FPDFFormObj_CountObjects, raw.FPDFFormObj_GetObject, obj, depth + 1)
            elif kind in (raw.FPDF_PAGEOBJ_IMAGE, raw.FPDF_PAGEOBJ_PATH):
                if not raw.FPDFPageObj_GetBounds(obj, *refs):
                    continue
                box = (left.value, height - top.value, right.value, height - bottom.value)
                if kind == raw.FPDF_PAGEOBJ_IMAGE:
                    images.append(box)
                elif min(box[2] - box[0], box[3] - box[1]) <= 3:
                    rules.append(box)
                elif _stroked_only(obj):  # a frame: its edges separate inside from outside
                    frames.append(box)
                else:
                    fills.append(box)

    walk(raw.FPDFPage_CountObjects, raw.FPDFPage_GetObject, page.raw, 0)
    return images, rules, frames, fills


def read_pdf_page(page, *, source: str = "", number: int = 1) -> PdfPage:
    """Read one pypdfium2 page into a :class:`PdfPage` (page text and layout)."""
    chars, dropped = dedupe(page_chars(page))
    blocks = build_blocks(build_lines(chars))
    images, rules, frames, fills = _graphics(page) if chars else ([], [], [], [])
    layout = layout_page(blocks, height=page.get_height(), images=images, rules=rules, frames=frames,
                         fills=fills)
    text, starts = page_text(page_blocks(layout))
    return PdfPage(source=source, number=number, width=page.get_width(), height=page.get_height(),
                   text=text, layout=layout, line_starts=starts, n_chars=len(chars),
                   n_duplicates=dropped)


def _has_images(page) -> bool:
    return bool(_graphics(page)[0])


def read_pdf(path: Path, *, data: Optional[bytes] = None) -> Iterator[ReadItem]:
    """One page document per PDF page; unreadable files and scanned pages become errors.

    ``data``: the file's bytes, already read (a file at a URL, :mod:`tagger.read.urls`)."""
    source = str(path)
    try:
        if data is None:
            with open(path, "rb") as f:
                head = f.read(1024)
        else:
            head = data[:1024]
    except OSError as err:
        yield InputError(Errors.E002.format(path=source, reason=err.strerror or err), path=source)
        return
    if not head.strip():
        yield InputError(Errors.E004.format(path=source), path=source)
        return
    if b"%PDF-" not in head:
        yield InputError(Errors.E120.format(path=source, start=head[:16]), path=source)
        return
    pdfium = _pdfium()
    try:
        pdf = pdfium.PdfDocument(source if data is None else data)
    except pdfium.PdfiumError as err:
        if "password" in str(err).lower():
            yield InputError(Errors.E121.format(path=source), path=source)
        else:
            yield InputError(Errors.E122.format(path=source, reason=err), path=source)
        return
    try:
        if len(pdf) == 0:
            yield InputError(Errors.E122.format(path=source, reason="no pages"), path=source)
            return
        for index in range(len(pdf)):
            number = index + 1
            try:
                page = pdf[index]
            except pdfium.PdfiumError as err:
                yield InputError(Errors.E122.format(path=f"{source} page {number}", reason=err), path=source,
                                 line=number)
                continue
            try:
                try:
                    result = read_pdf_page(page, source=source, number=number)
                except pdfium.PdfiumError as err:
                    yield InputError(Errors.E122.format(path=f"{source} page {number}", reason=err),
                                     path=source, line=number)
                    continue
                if result.n_chars == 0:
                    scanned = _has_images(page)
                    yield InputError((Errors.E123 if scanned else Errors.E124).format(path=source, page=number),
                                     path=source, line=number)
                    continue
            finally:
                page.close()
            yield Document(id=f"{source}#p{number}", text=result.text, source=source,
                           meta={"pdf_page": number}, is_page=True, layout=result)
    finally:
        pdf.close()
