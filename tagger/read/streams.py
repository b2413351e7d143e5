"""Open an input by name: a file path, or ``-`` for standard input."""

from __future__ import annotations

import io
import sys
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Iterator, Union

#: The input name that reads standard input.
STDIN = "-"


def is_stdin(path: Union[str, Path]) -> bool:
    """True for the name ``-``."""
    return str(path) == STDIN


@contextmanager
def open_text(path: Union[str, Path]) -> Iterator[IO[str]]:
    """A UTF-8 text file (a BOM is dropped), or standard input for ``-``."""
    if is_stdin(path):
        stream = io.TextIOWrapper(sys.stdin.buffer, encoding="utf-8-sig", newline=None)
        try:
            yield stream
        finally:
            stream.detach()  # leave sys.stdin open
        return
    with open(path, encoding="utf-8-sig") as fh:
        yield fh
