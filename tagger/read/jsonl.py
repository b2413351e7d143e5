"""The one JSONL reader: every command reads JSONL through :func:`iter_jsonl`.

The error policy, the same everywhere:

* A line ends at ``\\n``, ``\\r\\n`` or a lone ``\\r`` (JSON text cannot hold a raw CR
  or LF inside a string, so this never cuts a record). U+2028, U+2029, U+0085 and form
  feeds, which JSON strings may hold raw, are text, never line ends.
* Each line is decoded and parsed on its own. A bad line - bytes that do not decode,
  invalid JSON (``NaN``, and nesting deeper than Python's recursion limit, included), a value
  that is not an object - is yielded as an :class:`~tagger.errors.InputError` naming
  the file and the line, in place of its object; the lines after it are still read.
  What a caller does with it is its own choice (an error record, a warning, a stop),
  but no line is ever dropped without one.
* Lone UTF-16 surrogates (``"\\ud800"`` escapes) cannot be written as UTF-8: they are
  replaced with U+FFFD, which keeps every string's length and so every offset, and
  reported with W005.
* The encoding: a UTF-8/16/32 byte order mark, UTF-16 without one (a NUL byte in
  the first two), else detected on the first 64 KiB (:mod:`tagger.read.encoding`).
"""

from __future__ import annotations

import codecs
import json
import math
import re
from pathlib import Path
from typing import Any, BinaryIO, Iterable, Iterator, Optional, Tuple, Union

from ..errors import Errors, InputError, TaggerError, Warnings, warn
from .encoding import check_codec, decode_bytes

__all__ = ["JsonlItem", "iter_jsonl", "iter_jsonl_bytes", "iter_jsonl_text", "parse_line",
           "strict_jsonl", "looks_like_jsonl", "utf16_without_bom", "DETECT_BYTES"]

#: ``(line number, object)`` or the error that names the bad line.
JsonlItem = Union[Tuple[int, dict], InputError]

#: Bytes read to detect the encoding of a JSONL file before streaming it line by line.
DETECT_BYTES = 1 << 16

_SURROGATE = re.compile("[\ud800-\udfff]")
_CR_OR_LF = re.compile("\r\n|\r|\n")
_ESCAPED_SURROGATE = re.compile(r"\\u[dD][89a-fA-F]")


def _reject_constant(name: str) -> float:
    raise ValueError(f"{name} is not valid JSON")


def _finite_float(literal: str) -> float:
    value = float(literal)
    if math.isinf(value):
        raise ValueError(f"number {literal[:20]} is too large for a float")
    return value


def _clean_surrogates(value: Any) -> Tuple[Any, bool]:
    """``value`` with lone surrogates in every string (keys too) replaced by U+FFFD."""
    if isinstance(value, str):
        cleaned = _SURROGATE.sub("\ufffd", value)
        return cleaned, cleaned != value
    if isinstance(value, list):
        items = [_clean_surrogates(v) for v in value]
        return [v for v, _ in items], any(c for _, c in items)
    if isinstance(value, dict):
        changed = False
        out = {}
        for key, item in value.items():
            key, c1 = _clean_surrogates(key)
            out[key], c2 = _clean_surrogates(item)
            changed = changed or c1 or c2
        return out, changed
    return value, False


def parse_line(line: str, source: str, lineno: int) -> JsonlItem:
    """The object of one JSONL line, or the :class:`InputError` that names the line."""
    try:
        value = json.loads(line, parse_constant=_reject_constant, parse_float=_finite_float)
    except (ValueError, RecursionError) as err:
        reason = err.msg if isinstance(err, json.JSONDecodeError) else str(err)
        return InputError(Errors.E005.format(path=source, line=lineno, reason=reason),
                          path=source, line=lineno)
    if not isinstance(value, dict):
        return InputError(Errors.E006.format(path=source, line=lineno, kind=type(value).__name__),
                          path=source, line=lineno)
    if _ESCAPED_SURROGATE.search(line):
        value, changed = _clean_surrogates(value)
        if changed:
            warn(Warnings.W005.format(path=source, line=lineno))
    return lineno, value


def iter_jsonl_text(text: str, source: str) -> Iterator[JsonlItem]:
    """The objects of decoded JSONL ``text`` (lines end at ``\\n`` only)."""
    for lineno, line in enumerate(_CR_OR_LF.split(text), start=1):
        if line.strip():
            yield parse_line(line, source, lineno)


def iter_jsonl_bytes(lines: Iterable[bytes], source: str, codec: str = "utf-8", *,
                     first_line: int = 1, offset: int = 0) -> Iterator[JsonlItem]:
    """The objects of JSONL byte lines in ``codec``; a line that does not decode is an error.

    ``first_line`` and ``offset``: the line number and byte offset of the first line (for
    lines read from the middle of a file)."""
    for lineno, raw in enumerate(_split_cr(lines), start=first_line):
        if lineno == 1 and raw.startswith(b"\xef\xbb\xbf"):
            raw, offset = raw[3:], 3
        try:
            line = raw.decode(codec)
        except UnicodeDecodeError as err:
            yield InputError(Errors.E023.format(path=source, line=lineno, offset=offset + err.start,
                                                encoding=codec),
                             path=source, line=lineno, offset=offset + err.start)
            offset += len(raw)
            continue
        offset += len(raw)
        if line.strip():
            yield parse_line(line, source, lineno)


def _split_cr(lines: Iterable[bytes]) -> Iterator[bytes]:
    """Byte lines cut at ``\\n`` cut again at lone ``\\r`` (old Mac line ends)."""
    for raw in lines:
        body = raw[:-2] if raw.endswith(b"\r\n") else raw
        if b"\r" not in body.rstrip(b"\r"):
            yield raw
            continue
        parts = body.split(b"\r")
        for part in parts[:-1]:
            yield part + b"\r"
        yield parts[-1] + raw[len(body):]


def _utf16_without_bom(head: bytes) -> Optional[str]:
    """UTF-16 without a BOM: JSON starts with ASCII, so every other byte of the first
    characters is NUL (four characters looked at, so that one stray NUL is not taken for it)."""
    pairs = [head[i:i + 2] for i in range(0, min(len(head), 8) - 1, 2)]
    if len(pairs) < 2:
        return None
    if all(a and not b for a, b in pairs):
        return "utf-16-le"
    if all(not a and b for a, b in pairs):
        return "utf-16-be"
    return None


def iter_jsonl(path: Union[str, Path], *, encoding: Optional[str] = None,
               stream: Optional[BinaryIO] = None, source: Optional[str] = None) -> Iterator[JsonlItem]:
    """``(line, object)`` for each non-blank line of a JSONL file, or an error in its place.

    Streams the file line by line (memory grows with the longest line, not the file).
    ``path`` may also be a ``UPath`` (a file at a URL).
    A file that cannot be opened, is empty or is binary yields one error naming it.
    """
    source = source or str(path)
    try:
        if stream is not None:
            handle = stream
        elif isinstance(path, (str, Path)):
            handle = Path(path).open("rb")
        else:  # a file at a URL (tagger.read.urls)
            handle = path.open("rb")
    except FileNotFoundError:
        yield InputError(Errors.E001.format(path=source), path=source)
        return
    except OSError as err:
        yield InputError(Errors.E002.format(path=source, reason=err.strerror or err), path=source)
        return
    seen_any = False
    try:
        head = handle.read(DETECT_BYTES)
        codec = encoding or _utf16_without_bom(head)
        if codec is None and head.startswith((b"\xff\xfe", b"\xfe\xff")):
            codec = "utf-16"
        if codec and codec.replace("_", "-").lower().startswith(("utf-16", "utf-32", "utf16", "utf32")):
            data = head + handle.read()
            try:
                text = data.decode(codec)
            except (UnicodeDecodeError, LookupError) as err:
                yield InputError(Errors.E003.format(path=source) + f" ({err})", path=source)
                return
            items: Iterable[JsonlItem] = iter_jsonl_text(text.lstrip("\ufeff"), source)
        else:
            if codec is None:
                try:
                    codec = _detect(head, source)
                except TaggerError as err:
                    yield InputError(str(err), path=source)
                    return
            else:
                try:
                    check_codec(codec)
                except TaggerError as err:
                    yield InputError(str(err), path=source)
                    return
            items = iter_jsonl_bytes(_chain_head(head, handle), source, codec)
        for item in items:
            seen_any = True
            yield item
    except OSError as err:
        yield InputError(Errors.E002.format(path=source, reason=err.strerror or err), path=source)
        return
    finally:
        if stream is None:
            handle.close()
    if not seen_any:
        yield InputError(Errors.E004.format(path=source), path=source)


def line_codec(head: bytes, source: str, encoding: Optional[str] = None) -> Optional[str]:
    """The codec in which a JSONL file starting with ``head`` is read line by line as bytes
    (as :func:`iter_jsonl` reads it), or None for UTF-16/32, which is decoded whole.
    Raises :class:`TaggerError` for binary data or an unknown ``encoding``."""
    codec = encoding or _utf16_without_bom(head)
    if codec is None and head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return None
    if codec and codec.replace("_", "-").lower().startswith(("utf-16", "utf-32", "utf16", "utf32")):
        return None
    if codec is None:
        return _detect(head, source)
    check_codec(codec)
    return codec


def _detect(head: bytes, source: str) -> str:
    """The codec of a JSONL file from its first bytes. UTF-8 is taken when the head is
    UTF-8 up to a character cut at its end (a first line longer than the head is common);
    otherwise :func:`~tagger.read.encoding.decode_bytes` guesses (and rejects binary data)."""
    # A few NUL bytes in UTF-8 text are bad lines (reported one by one), not a binary file;
    # UTF-16 without a BOM has a NUL in every other byte of its ASCII.
    if head.count(b"\x00") * 4 < len(head):
        try:
            codecs.getincrementaldecoder("utf-8")().decode(head, final=len(head) < DETECT_BYTES)
            return "utf-8"
        except UnicodeDecodeError:
            pass
    cut = head.rfind(b"\n") + 1 if len(head) == DETECT_BYTES else len(head)
    codec = decode_bytes(head[:cut or len(head)], path=source).encoding
    return "utf-8" if codec == "utf-8-sig" else codec


def _chain_head(head: bytes, handle: BinaryIO) -> Iterator[bytes]:
    """The byte lines of ``head`` followed by the rest of ``handle``."""
    start = 0
    while True:
        cut = head.find(b"\n", start)
        if cut < 0:
            break
        yield head[start:cut + 1]
        start = cut + 1
    rest = handle.readline()
    if start < len(head) or rest:
        yield head[start:] + rest
    for line in handle:
        yield line


def strict_jsonl(path: Union[str, Path], **kwargs: Any) -> Iterator[Tuple[int, dict]]:
    """:func:`iter_jsonl` for files that must be whole (gold, lexicons, exports to import):
    the first bad line stops the read with its :class:`InputError`."""
    for item in iter_jsonl(path, **kwargs):
        if isinstance(item, InputError):
            raise item
        yield item


def looks_like_jsonl(text: str) -> bool:
    """True if the first non-blank line of ``text`` opens a JSON object (how stdin is told
    apart: a news page does not start with ``{``; a broken first record is then an error
    record instead of turning the whole stream into one page)."""
    for line in _CR_OR_LF.split(text):
        if line.strip():
            return line.lstrip().startswith("{")
    return False


def utf16_without_bom(head: bytes) -> Optional[str]:
    """``utf-16-le``/``utf-16-be`` if ``head`` starts with ASCII characters in UTF-16 (a NUL
    byte in every other byte of its first four characters), else None: how JSON text in
    UTF-16 without a BOM starts."""
    return _utf16_without_bom(head)
