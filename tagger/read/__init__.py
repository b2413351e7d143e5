"""Read inputs into :class:`~tagger.records.Document` objects.

Inputs are ``.txt`` files (a raw page or article), ``.jsonl`` files (one article
per line: ``text``, optional ``id`` and ``meta``), ``.pdf`` files (one page document
per page, read from the characters' layout: :mod:`.pdf`), directories (searched
recursively for both, in sorted order) and ``-`` for standard input. Problems
are yielded as :class:`~tagger.errors.InputError` items in the stream, in input
order, so that every input record yields an output record or a reported error.
"""

from __future__ import annotations

import errno
import json
import os
import re
import stat as statmod
import sys
from functools import lru_cache
from pathlib import Path
from typing import Any, BinaryIO, Dict, Iterable, Iterator, List, Optional, Union

from ..errors import Errors, InputError, TaggerError, Warnings, warn
from ..records import Document
from .encoding import Decoded, decode_bytes
from .jsonl import (JsonlItem, iter_jsonl, iter_jsonl_bytes, iter_jsonl_text, looks_like_jsonl,
                    utf16_without_bom)
from .urls import as_path, is_url, read_url, url_lines, walk_url

SUFFIXES = (".txt", ".jsonl", ".pdf")
SCHEMA_PATH = Path(__file__).resolve().parents[1] / "schema" / "tagged.schema.json"
ReadItem = Union[Document, InputError]

__all__ = ["read_inputs", "read_path", "read_text", "read_jsonl", "read_jsonl_range",
           "record_document",
           "decode_bytes", "Decoded", "iter_jsonl", "walk_inputs", "MAX_DOCUMENT_CHARS"]


def read_inputs(inputs: Iterable[str], *, encoding: Optional[str] = None,
                stdin: Optional[BinaryIO] = None) -> Iterator[ReadItem]:
    """Documents (and input errors) from paths, directories and ``-`` (stdin)."""
    for name in inputs:
        if name == "-":
            stream = stdin if stdin is not None else sys.stdin.buffer
            yield from _read_bytes(stream.read(), "-", encoding, jsonl=None)
            continue
        if is_url(name):
            yield from _read_url_input(name, encoding)
            continue
        path = Path(name)
        if path.is_dir():
            for item in walk_inputs(path):
                if isinstance(item, InputError):
                    yield item
                else:
                    yield from read_path(item, encoding=encoding)
        else:
            yield from read_path(path, encoding=encoding)


def _read_url_input(name: str, encoding: Optional[str]) -> Iterator[ReadItem]:
    """Documents of a file or folder at a URL (:mod:`.urls`)."""
    try:
        root = as_path(name)
        files = walk_url(root, SUFFIXES) if root.is_dir() else [root]
    except TaggerError as err:
        yield InputError(str(err), path=name)
        return
    except OSError as err:
        yield InputError(Errors.E002.format(path=name, reason=err.strerror or err), path=name)
        return
    for path in files:
        yield from read_url(path, encoding=encoding)


def walk_inputs(root: Path) -> Iterator[Union[Path, InputError]]:
    """The ``.txt``/``.jsonl`` files under ``root`` in sorted order, following symbolic
    links once; unreadable directories and link loops are errors, not silent gaps."""
    found: List[Union[Path, InputError]] = []
    seen = set()

    def on_error(err: OSError) -> None:
        where = err.filename or str(root)
        found.append(InputError(Errors.E030.format(path=where, reason=err.strerror or err),
                                path=str(where)))

    for top, dirs, files in os.walk(root, onerror=on_error, followlinks=True):
        try:
            stat = os.stat(top)
        except OSError as err:
            on_error(err)
            dirs[:] = []
            continue
        if (stat.st_dev, stat.st_ino) in seen:
            found.append(InputError(Errors.E030.format(
                path=top, reason="it leads back to a directory already read (a loop of "
                                 "symbolic links)"), path=top))
            dirs[:] = []
            continue
        seen.add((stat.st_dev, stat.st_ino))
        # A link that loops or dangles is listed here too and reported by read_path.
        found.extend(Path(top) / name for name in files if Path(name).suffix in SUFFIXES)
    keyed = [(str(item.path) if isinstance(item, InputError) else str(item), item) for item in found]
    for _, item in sorted(keyed, key=lambda pair: Path(pair[0])):
        yield item


#: Documents longer than this (in characters) are reported and skipped (E028). Longer
#: texts are tagged in pieces, so memory does not grow with them, but the offset maps of
#: repair and segmentation do, and time does. See docs/reliability.md.
MAX_DOCUMENT_CHARS = 1_000_000


def read_path(path: Path, *, encoding: Optional[str] = None) -> Iterator[ReadItem]:
    """Documents of one file (``.txt``, ``.jsonl``, or ``.pdf``: one document per page)."""
    source = str(path)
    try:
        info = path.stat()
    except OSError as err:
        if err.errno == errno.ELOOP:
            yield InputError(Errors.E030.format(path=source, reason="a loop of symbolic links"),
                             path=source)
        elif isinstance(err, FileNotFoundError):
            yield InputError(Errors.E001.format(path=source), path=source)
        else:
            yield InputError(Errors.E002.format(path=source, reason=err.strerror or err), path=source)
        return
    if path.suffix not in SUFFIXES:
        yield InputError(Errors.E009.format(path=source, suffix=path.suffix), path=source)
        return
    if not statmod.S_ISREG(info.st_mode):
        yield InputError(Errors.E002.format(path=source, reason="not a regular file"), path=source)
        return
    if path.suffix == ".pdf":
        from .pdf import read_pdf  # pypdfium2 loads only when a PDF is read

        yield from read_pdf(path)
        return
    if path.suffix == ".jsonl":
        yield from _documents(iter_jsonl(path, encoding=encoding), source)
        return
    try:
        data = path.read_bytes()
    except OSError as err:
        yield InputError(Errors.E002.format(path=source, reason=err.strerror or err), path=source)
        return
    yield from _read_bytes(data, source, encoding, jsonl=False)


def _read_bytes(data: bytes, source: str, encoding: Optional[str],
                jsonl: Optional[bool]) -> Iterator[ReadItem]:
    if not data.strip():
        yield InputError(Errors.E004.format(path=source), path=source)
        return
    if encoding is None and jsonl is None and utf16_without_bom(data[:8]):
        encoding = utf16_without_bom(data[:8])
    try:
        decoded = decode_bytes(data, path=source, encoding=encoding)
    except TaggerError as err:
        yield InputError(str(err), path=source)
        return
    text = decoded.text.lstrip("\ufeff")
    if jsonl is None:  # stdin: JSONL if its first non-blank line is a JSON object
        jsonl = looks_like_jsonl(text)
    if jsonl:
        if decoded.encoding.startswith(("utf-16", "utf-32")):
            yield from read_jsonl(text, source)
        else:  # line by line, so that a line that does not decode is an error of its own
            codec = "utf-8" if decoded.encoding == "utf-8-sig" else decoded.encoding
            lines = (line + b"\n" for line in data.split(b"\n"))
            yield from _documents(iter_jsonl_bytes(lines, source, codec), source)
        return
    for message in decoded.warnings:
        warn(message)
    yield from read_text(text, source)


def read_text(text: str, source: str) -> Iterator[ReadItem]:
    """One page document for a whole text file.

    Old Mac line ends (a lone ``\\r``) become ``\\n``: the same length, so offsets
    into the raw text are unchanged, and the page keeps its lines.
    """
    if not text.strip():
        yield InputError(Errors.E004.format(path=source), path=source)
        return
    if len(text) > MAX_DOCUMENT_CHARS:
        yield InputError(Errors.E028.format(where=source, length=len(text), limit=MAX_DOCUMENT_CHARS),
                         path=source)
        return
    if "\r" in text:
        text = _LONE_CR.sub("\n", text)
    yield Document(id=source, text=text, source=source, is_page=True, meta={})


_LONE_CR = re.compile("\r(?!\n)")


def read_jsonl(text: str, source: str) -> Iterator[ReadItem]:
    """One article document per JSONL line; bad lines become errors naming the line."""
    yield from _documents(iter_jsonl_text(text, source), source)


def _documents(items: Iterable[JsonlItem], source: str) -> Iterator[ReadItem]:
    seen_any = False
    for item in items:
        seen_any = True
        yield item if isinstance(item, InputError) else _jsonl_document(*item, source)
    if not seen_any:
        yield InputError(Errors.E004.format(path=source), path=source)


def record_document(record: Any, source: str, lineno: int) -> ReadItem:
    """The article document of one input record (``text``, optional ``id``, ``meta``) that
    did not come from a file (the Python API, the HTTP service), or the error that names
    its position ``lineno``."""
    if not isinstance(record, dict):
        return InputError(Errors.E006.format(path=source, line=lineno, kind=type(record).__name__),
                          path=source, line=lineno)
    return _jsonl_document(lineno, record, source)


def _jsonl_document(lineno: int, record: dict, source: str) -> ReadItem:
    """The document of one JSONL object, or the error that names its line."""
    body = record.get("text")
    if not isinstance(body, str):
        return InputError(Errors.E007.format(path=source, line=lineno), path=source, line=lineno)
    if not body.strip():
        return InputError(Errors.E008.format(path=source, line=lineno), path=source, line=lineno)
    if len(body) > MAX_DOCUMENT_CHARS:
        return InputError(Errors.E028.format(where=f"{source} line {lineno}", length=len(body),
                                             limit=MAX_DOCUMENT_CHARS), path=source, line=lineno)
    meta = record.get("meta", {})
    if meta is None:
        meta = {}
    if not isinstance(meta, dict):
        return InputError(Errors.E029.format(path=source, line=lineno, kind=type(meta).__name__),
                          path=source, line=lineno)
    meta = dict(meta)
    for key in [k for k, v in meta.items() if not _fits_schema(k, v)]:
        meta[f"input_{key}"] = meta.pop(key)
        warn(Warnings.W006.format(path=source, line=lineno, key=key))
    doc_id = record.get("id")
    return Document(id=str(doc_id) if doc_id is not None else f"{source}:{lineno}",
                    text=body, source=source, line=lineno, meta=meta, is_page=False)


_JSON_TYPES = {"string": str, "integer": int, "number": (int, float), "null": type(None),
               "array": list, "object": dict, "boolean": bool}


@lru_cache(maxsize=1)
def _meta_schema() -> Dict[str, Dict[str, Any]]:
    """The typed ``meta`` fields of the output schema (tagger/schema/tagged.schema.json)."""
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    return schema["$defs"]["tagged"]["properties"]["meta"]["properties"]


def _fits_schema(key: str, value: Any) -> bool:
    """True if an input ``meta`` value may be written under ``key`` (the output schema
    types some meta fields: ``date`` is a string, ``authors`` a list of strings...)."""
    spec = _meta_schema().get(key)
    if spec is None:
        return True
    kinds = spec.get("type", [])
    kinds = [kinds] if isinstance(kinds, str) else kinds
    for kind in kinds:
        expected = _JSON_TYPES.get(kind, object)
        if isinstance(value, bool) and kind != "boolean":
            continue
        if isinstance(value, expected):
            items = spec.get("items", {}).get("type")
            if kind == "array" and items:
                return all(_fits_item(v, items) for v in value)
            return True
    return False


def _fits_item(value: Any, kind: str) -> bool:
    return not isinstance(value, bool) and isinstance(value, _JSON_TYPES.get(kind, object))


def read_jsonl_range(path: Union[str, Path], *, start: int, end: int, first_line: int,
                     codec: str = "utf-8") -> Iterator[ReadItem]:
    """Documents of the lines of a JSONL file between byte offsets ``start`` and ``end``.

    ``start`` is the offset of line ``first_line`` (1-based), so ids and error messages
    name the same lines as a whole-file read; ``codec`` is the file's line codec
    (:func:`tagger.read.jsonl.line_codec`). Used to read one shard of a large file.
    """
    source = str(path)

    if is_url(source):
        yield from _documents(iter_jsonl_bytes(url_lines(as_path(source), start, end), source,
                                               codec, first_line=first_line, offset=start), source)
        return

    def lines() -> Iterator[bytes]:
        with open(path, "rb") as f:
            f.seek(start)
            offset = start
            for raw in f:
                if offset >= end:
                    break
                offset += len(raw)
                yield raw

    yield from _documents(iter_jsonl_bytes(lines(), source, codec, first_line=first_line,
                                           offset=start), source)
