"""Write records as JSONL: UTF-8, ``ensure_ascii=False``, files replaced atomically."""

from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path
from typing import IO, Iterable, Iterator, Optional, Union

__all__ = ["dumps", "JsonlWriter", "default_file_mode", "write_jsonl", "iter_jsonl"]


def dumps(record: dict) -> str:
    """One record as a JSON line (no trailing newline)."""
    return json.dumps(record, ensure_ascii=False, separators=(",", ":"))


class JsonlWriter:
    """Context manager writing JSONL to a file (atomically: temp file, then rename) or stdout.

    On an exception inside the ``with`` block the temp file is removed and any
    existing output file is left untouched.
    """

    def __init__(self, path: Optional[Union[str, Path]] = None) -> None:
        self.path = Path(path) if path not in (None, "-") else None
        self.count = 0
        self._file: Optional[IO[str]] = None
        self._tmp: Optional[str] = None

    def __enter__(self) -> "JsonlWriter":
        if self.path is None:
            self._file = sys.stdout
        else:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd, self._tmp = tempfile.mkstemp(prefix=f".{self.path.name}.", suffix=".tmp",
                                             dir=str(self.path.parent))
            self._file = os.fdopen(fd, "w", encoding="utf-8", newline="\n")
        return self

    def write(self, record: dict) -> None:
        if self._file is None:
            raise RuntimeError("JsonlWriter.write() called outside its 'with' block")
        self._file.write(dumps(record))
        self._file.write("\n")
        self.count += 1

    def __exit__(self, exc_type, exc, tb) -> None:
        if self.path is None:
            if self._file is not None:
                self._file.flush()
            return
        if self._file is None or self._tmp is None:
            return
        self._file.close()
        if exc_type is None:
            os.chmod(self._tmp, default_file_mode())  # mkstemp makes it private (0600)
            os.replace(self._tmp, self.path)
        else:
            os.unlink(self._tmp)


def default_file_mode() -> int:
    """The mode a new file gets from ``open()``: 0666 less the user's umask."""
    mask = os.umask(0o022)
    os.umask(mask)
    return 0o666 & ~mask


def write_jsonl(records: Iterable[dict], path: Optional[Union[str, Path]] = None) -> int:
    """Write ``records`` to ``path`` (stdout if None or '-'); return the number written."""
    with JsonlWriter(path) as writer:
        for record in records:
            writer.write(record)
    return writer.count


def iter_jsonl(path: Union[str, Path]) -> Iterator[dict]:
    """Records of a JSONL file (blank lines skipped)."""
    with Path(path).open(encoding="utf-8-sig") as f:
        for line in f:
            if line.strip():
                yield json.loads(line)
