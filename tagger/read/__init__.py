"""Read inputs into :class:`~tagger.records.Document` objects.

Inputs are ``.txt`` files (a raw page or article), ``.jsonl`` files (one article
per line: ``text``, optional ``id`` and ``meta``), ``.pdf`` files (one page document
per page, read from the characters' layout: :mod:`.pdf`), directories (searched
recursively for both, in sorted order) and ``-`` for standard input. Problems
are yielded as :class:`~tagger.errors.InputError` items in the stream, in input
order, so that every input record yields an output record or a reported error.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import BinaryIO, Iterable, Iterator, Optional, Union

from ..errors import Errors, InputError, TaggerError, Warnings, warn
from ..records import Document
from .encoding import Decoded, decode_bytes

SUFFIXES = (".txt", ".jsonl", ".pdf")
ReadItem = Union[Document, InputError]

__all__ = ["read_inputs", "read_path", "read_text", "read_jsonl", "decode_bytes", "Decoded"]


def read_inputs(inputs: Iterable[str], *, encoding: Optional[str] = None,
                stdin: Optional[BinaryIO] = None) -> Iterator[ReadItem]:
    """Documents (and input errors) from paths, directories and ``-`` (stdin)."""
    for name in inputs:
        if name == "-":
            stream = stdin if stdin is not None else sys.stdin.buffer
            yield from _read_bytes(stream.read(), "-", encoding, jsonl=None)
            continue
        path = Path(name)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix in SUFFIXES)
            for file in files:
                yield from read_path(file, encoding=encoding)
        else:
            yield from read_path(path, encoding=encoding)


def read_path(path: Path, *, encoding: Optional[str] = None) -> Iterator[ReadItem]:
    """Documents of one file (``.txt``, ``.jsonl``, or ``.pdf``: one document per page)."""
    source = str(path)
    if not path.exists():
        yield InputError(Errors.E001.format(path=source), path=source)
        return
    if path.suffix not in SUFFIXES:
        yield InputError(Errors.E009.format(path=source, suffix=path.suffix), path=source)
        return
    if path.suffix == ".pdf":
        from .pdf import read_pdf  # pypdfium2 loads only when a PDF is read

        yield from read_pdf(path)
        return
    try:
        if path.suffix == ".jsonl":
            yield from _stream_jsonl(path, encoding)
            return
        data = path.read_bytes()
    except OSError as err:
        yield InputError(Errors.E002.format(path=source, reason=err.strerror or err), path=source)
        return
    yield from _read_bytes(data, source, encoding, jsonl=False)


#: Bytes read to detect the encoding of a JSONL file before streaming it line by line.
DETECT_BYTES = 1 << 16


def _stream_jsonl(path: Path, encoding: Optional[str]) -> Iterator[ReadItem]:
    """Records of a JSONL file read line by line (memory stays flat on large files).

    The encoding is detected on the first 64 KiB; a line that does not decode is
    decoded with replacement characters and reported with its byte offset (W001).
    """
    source = str(path)
    with path.open("rb") as f:
        head = f.read(DETECT_BYTES)
    if not head.strip():
        yield InputError(Errors.E004.format(path=source), path=source)
        return
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16/32: not line-safe as bytes
        yield from _read_bytes(path.read_bytes(), source, encoding, jsonl=True)
        return
    cut = head.rfind(b"\n") + 1 if len(head) == DETECT_BYTES else len(head)
    try:
        codec = decode_bytes(head[:cut or len(head)], path=source, encoding=encoding).encoding
    except TaggerError as err:
        yield InputError(str(err), path=source)
        return
    if codec == "utf-8-sig":
        codec = "utf-8"
    seen_any = False
    offset = 0
    with path.open("rb") as f:
        for lineno, raw in enumerate(f, start=1):
            if lineno == 1 and raw.startswith(b"\xef\xbb\xbf"):
                raw, offset = raw[3:], 3
            try:
                line = raw.decode(codec)
            except UnicodeDecodeError as err:
                warn(Warnings.W001.format(path=source, offset=offset + err.start, encoding=codec))
                line = raw.decode(codec, errors="replace")
            offset += len(raw)
            if line.strip():
                seen_any = True
                yield _jsonl_record(line, source, lineno)
    if not seen_any:
        yield InputError(Errors.E004.format(path=source), path=source)


def _read_bytes(data: bytes, source: str, encoding: Optional[str],
                jsonl: Optional[bool]) -> Iterator[ReadItem]:
    if not data.strip():
        yield InputError(Errors.E004.format(path=source), path=source)
        return
    try:
        decoded = decode_bytes(data, path=source, encoding=encoding)
    except TaggerError as err:
        yield InputError(str(err), path=source)
        return
    for message in decoded.warnings:
        warn(message)
    if jsonl is None:  # stdin: JSONL if every non-empty line is a JSON object
        lines = [line for line in decoded.text.splitlines() if line.strip()]
        jsonl = bool(lines) and all(line.lstrip().startswith("{") for line in lines)
    if jsonl:
        yield from read_jsonl(decoded.text, source)
    else:
        yield from read_text(decoded.text, source)


def read_text(text: str, source: str) -> Iterator[ReadItem]:
    """One page document for a whole text file."""
    if not text.strip():
        yield InputError(Errors.E004.format(path=source), path=source)
        return
    yield Document(id=source, text=text, source=source, is_page=True,
                   meta={})


def read_jsonl(text: str, source: str) -> Iterator[ReadItem]:
    """One article document per JSONL line; bad lines become errors naming the line."""
    seen_any = False
    for lineno, line in enumerate(text.splitlines(), start=1):
        if line.strip():
            seen_any = True
            yield _jsonl_record(line, source, lineno)
    if not seen_any:
        yield InputError(Errors.E004.format(path=source), path=source)


def _jsonl_record(line: str, source: str, lineno: int) -> ReadItem:
    """The document of one JSONL line, or the error that names the line."""
    try:
        record = json.loads(line)
    except json.JSONDecodeError as err:
        return InputError(Errors.E005.format(path=source, line=lineno, reason=err.msg),
                          path=source, line=lineno)
    if not isinstance(record, dict):
        kind = type(record).__name__
        return InputError(Errors.E006.format(path=source, line=lineno, kind=kind),
                          path=source, line=lineno)
    body = record.get("text")
    if not isinstance(body, str):
        return InputError(Errors.E007.format(path=source, line=lineno), path=source, line=lineno)
    if not body.strip():
        return InputError(Errors.E008.format(path=source, line=lineno), path=source, line=lineno)
    meta = record.get("meta") if isinstance(record.get("meta"), dict) else {}
    doc_id = record.get("id")
    return Document(id=str(doc_id) if doc_id is not None else f"{source}:{lineno}",
                    text=body, source=source, line=lineno, meta=dict(meta), is_page=False)
