"""The one JSONL writer: UTF-8, ``ensure_ascii=False``, files replaced atomically.

What it guarantees, for every command that writes JSONL:

* every line is one valid JSON value (lone surrogates are written as ``\\udXXX``
  escapes, never as bytes that are not UTF-8; NaN and infinities are refused);
* it never writes over an input of the same run, a directory, a pipe or a device:
  :func:`check_output` refuses them before anything is read;
* a file is written to a temporary file next to it and renamed only when the whole
  run succeeded; on any failure (disk full, file-size limit, read-only folder) the
  temporary file is removed, the earlier file at the path is unchanged, and one
  :class:`~tagger.errors.TaggerError` says what happened (E027, E032 for stdout).
"""

from __future__ import annotations

import json
import os
import re
import stat
import sys
import tempfile
from pathlib import Path
from typing import IO, Iterable, Iterator, Optional, Sequence, Union

from ..errors import Errors, TaggerError
from ..read import SUFFIXES
from ..read.jsonl import strict_jsonl

__all__ = ["dumps", "JsonlWriter", "write_jsonl", "iter_jsonl", "check_output", "checked_records",
           "printable", "silence_stdout", "span_problem", "write_text"]

PathLike = Union[str, Path]
_SURROGATE = re.compile("[\ud800-\udfff]")


#: C0 and C1 control characters but tab and line feed: a terminal obeys them (escape sequences).
_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def printable(text: str) -> str:
    """``text`` safe to show in a terminal: control characters replaced with U+FFFD."""
    return _CONTROLS.sub("\ufffd", text)


def dumps(record: dict) -> str:
    """One record as a JSON line (no trailing newline) that encodes as UTF-8."""
    line = json.dumps(record, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    if _SURROGATE.search(line):  # a lone surrogate cannot be UTF-8: keep it as an escape
        line = json.dumps(record, ensure_ascii=True, separators=(",", ":"), allow_nan=False)
    return line


def _kind_of(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "a directory"
    if stat.S_ISFIFO(mode):
        return "a named pipe"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a regular file"


def check_output(path: Optional[PathLike], *, inputs: Sequence[str] = (),
                 others: Sequence[Optional[PathLike]] = ()) -> None:
    """Raise :class:`TaggerError` if writing ``path`` could destroy data.

    ``path`` may not be an existing directory, pipe, device or socket (E025), an input
    of the run or an input file inside an input directory (E024), nor the same file as
    one of ``others`` (E026). None or ``-`` (stdout) is always allowed.
    """
    if path in (None, "-"):
        return
    target = Path(os.path.realpath(path))
    try:
        mode = target.stat().st_mode
    except OSError:
        mode = None
    if mode is not None and not stat.S_ISREG(mode):
        raise TaggerError(Errors.E025.format(path=path, kind=_kind_of(mode)))
    for other in others:
        if other not in (None, "-") and Path(os.path.realpath(other)) == target:
            raise TaggerError(Errors.E026.format(path=path))
    if mode is None:
        return
    for name in inputs:
        if name == "-":
            continue
        source = Path(os.path.realpath(name))
        if source == target or (source.is_file() and os.path.samefile(source, target)):
            raise TaggerError(Errors.E024.format(path=path, input=name))
        if source.is_dir() and source in target.parents and target.suffix in SUFFIXES:
            raise TaggerError(Errors.E024.format(path=path, input=f"{target} (inside {name})"))


def _creation_mode() -> int:
    """The mode a new file gets under the current umask (mkstemp would give 0600)."""
    mask = os.umask(0o22)
    os.umask(mask)
    return 0o666 & ~mask


class JsonlWriter:
    """Context manager writing JSONL to a file (atomically: temp file, then rename) or stdout.

    On an exception inside the ``with`` block the temp file is removed and any existing
    output file is left untouched. ``inputs`` are the run's inputs (see :func:`check_output`).
    """

    def __init__(self, path: Optional[PathLike] = None, *, inputs: Sequence[str] = ()) -> None:
        check_output(path, inputs=inputs)
        self.path = Path(os.path.realpath(path)) if path not in (None, "-") else None
        self.shown = str(path)
        self.count = 0
        self._file: Optional[IO[bytes]] = None
        self._tmp: Optional[str] = None

    def __enter__(self) -> "JsonlWriter":
        if self.path is None:
            sys.stdout.flush()
            self._file = getattr(sys.stdout, "buffer", None)
            if self._file is None:  # a text-only stream (some test runners)
                self._file = _TextSink(sys.stdout)
            return self
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd, self._tmp = tempfile.mkstemp(prefix=f".{self.path.name}.", suffix=".tmp",
                                             dir=str(self.path.parent))
            os.chmod(self._tmp, _creation_mode())
        except OSError as err:
            self._discard()
            raise TaggerError(Errors.E027.format(path=self.shown, reason=err.strerror or err)) from None
        self._file = os.fdopen(fd, "wb")
        return self

    def write(self, record: dict) -> None:
        """Write one record as one line."""
        if self._file is None:
            raise RuntimeError("JsonlWriter.write() called outside its 'with' block")
        try:
            self._file.write(dumps(record).encode("utf-8") + b"\n")
        except BrokenPipeError:
            raise
        except OSError as err:
            raise self._failed(err) from None
        self.count += 1

    def _failed(self, err: OSError) -> TaggerError:
        reason = err.strerror or str(err)
        if self.path is None:
            silence_stdout()
            return TaggerError(Errors.E032.format(reason=reason))
        self._discard()
        return TaggerError(Errors.E027.format(path=self.shown, reason=reason))

    def _discard(self) -> None:
        """Close and remove the temporary file (the earlier output stays as it was)."""
        if self._file is not None:
            try:
                self._file.close()
            except OSError:
                pass  # the write already failed; the file is removed below
            self._file = None
        if self._tmp is not None:
            try:
                os.unlink(self._tmp)
            except FileNotFoundError:
                pass
            self._tmp = None

    def __exit__(self, exc_type, exc, tb) -> None:
        if self.path is None:
            if self._file is not None and exc_type is None:
                try:
                    self._file.flush()
                except BrokenPipeError:
                    raise
                except OSError as err:
                    raise self._failed(err) from None
            return
        if self._file is None or self._tmp is None:
            return
        if exc_type is not None:
            self._discard()
            return
        try:
            self._file.close()
            self._file = None
            os.replace(self._tmp, self.path)
            self._tmp = None
        except OSError as err:
            raise self._failed(err) from None


class _TextSink:
    """Bytes written to a text stream (stdout replaced by a text-only object)."""

    def __init__(self, stream: IO[str]) -> None:
        self.stream = stream

    def write(self, data: bytes) -> None:
        self.stream.write(data.decode("utf-8"))

    def flush(self) -> None:
        self.stream.flush()


def silence_stdout() -> None:
    """Point stdout at /dev/null so that the interpreter's last flush cannot fail again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):
        pass  # stdout has no file descriptor (a test runner): nothing will flush it


def write_text(path: PathLike, text: str, *, inputs: Sequence[str] = ()) -> Path:
    """Write ``text`` (UTF-8) to ``path`` with the same safety as :class:`JsonlWriter`:
    checked with :func:`check_output`, written to a temporary file and renamed."""
    check_output(path, inputs=inputs)
    target = Path(os.path.realpath(path))
    tmp = None
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=str(target.parent))
        with os.fdopen(fd, "wb") as fh:
            fh.write(text.encode("utf-8", "surrogatepass" if _SURROGATE.search(text) else "strict"))
        os.chmod(tmp, _creation_mode())
        os.replace(tmp, target)
    except OSError as err:
        if tmp is not None and os.path.exists(tmp):
            os.unlink(tmp)
        raise TaggerError(Errors.E027.format(path=path, reason=err.strerror or err)) from None
    return Path(path)


def write_jsonl(records: Iterable[dict], path: Optional[PathLike] = None) -> int:
    """Write ``records`` to ``path`` (stdout if None or '-'); return the number written."""
    with JsonlWriter(path) as writer:
        for record in records:
            writer.write(record)
    return writer.count


def iter_jsonl(path: PathLike) -> Iterator[dict]:
    """Records of a JSONL file (blank lines skipped; a bad line raises its InputError)."""
    for _, record in strict_jsonl(path):
        yield record


def checked_records(records: Iterable[dict], summary=None) -> Iterator[dict]:
    """``records`` with each tagged record whose spans do not fit its text (see
    :func:`span_problem`) replaced by an error record (E033): one record out per record in.

    ``summary`` (a :class:`~tagger.tagging.TagSummary`), if given, counts the errors.
    """
    for record in records:
        problem = span_problem(record) if record.get("kind") == "article" else None
        if problem is not None:
            spans = record.get("spans") or []
            meta = record.get("meta") or {}
            source = str(meta.get("source", ""))
            where = f"{source} line {meta['line']}" if meta.get("line") else source
            record = {"kind": "error", "source": source, "line": meta.get("line"), "offset": None,
                      "error": Errors.E033.format(where=where, id=record.get("id"), reason=problem)}
            if summary is not None:  # counted as an article when it was made: recount it
                summary.errors += 1
                summary.articles -= 1
                summary.spans -= len(spans)
        yield record


def span_problem(record: dict) -> Optional[str]:
    """Why a tagged record's spans do not fit its text, or None if they all do.

    Each span must have integer offsets with ``0 <= start < end <= len(text)``, read
    ``text[start:end]``, and have raw offsets with ``0 <= raw_start <= raw_end``.
    """
    text = record.get("text")
    if not isinstance(text, str):
        return "no text string"
    for layer in ("spans", "nested"):
        for span in record.get(layer) or []:
            start, end = span.get("start"), span.get("end")
            raw_start, raw_end = span.get("raw_start"), span.get("raw_end")
            if not all(type(v) is int for v in (start, end, raw_start, raw_end)):
                return f"{layer} span {span!r} has offsets that are not integers"
            if not 0 <= start < end <= len(text) or text[start:end] != span.get("text"):
                return f"{layer} span [{start}, {end}) does not fit the text"
            if not 0 <= raw_start <= raw_end:
                return f"{layer} span [{start}, {end}) has raw offsets [{raw_start}, {raw_end})"
    return None
