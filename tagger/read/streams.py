"""The input and output name ``-``: standard input (or output)."""

from __future__ import annotations

from pathlib import Path
from typing import Union

#: The input name that reads standard input.
STDIN = "-"


def is_stdin(path: Union[str, Path]) -> bool:
    """True for the name ``-``."""
    return str(path) == STDIN
