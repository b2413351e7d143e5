"""Inputs and outputs at fsspec URLs (``s3://``, ``gs://``, ``abfs://``, ``file://`` …).

A name with a scheme (``proto://…``) is a URL and is opened through fsspec
(`universal_pathlib`'s ``UPath``, a ``pathlib``-like path over any fsspec filesystem);
every other name is a local path. Which schemes work depends on the fsspec packages
installed (``s3fs`` for ``s3://``, ``gcsfs`` for ``gs://``, ``adlfs`` for ``abfs://``);
credentials and endpoints come from the filesystem's usual places (environment variables
such as ``AWS_ACCESS_KEY_ID``, fsspec's configuration, ``FSSPEC_S3_ENDPOINT_URL`` …).
See docs/scale.md.
"""

from __future__ import annotations

import os
import re
from pathlib import Path, PurePosixPath
from typing import Any, Iterator, List, Optional, Union

from ..errors import Errors, InputError, TaggerError

_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]*://")

#: Local path or fsspec path (``upath.UPath``): both offer open, exists, glob, stat …
AnyPath = Any


def is_url(name: Union[str, Path]) -> bool:
    """True for ``proto://…`` names (``file://`` included); False for local paths."""
    return isinstance(name, str) and bool(_SCHEME.match(name))


def as_path(name: Union[str, Path]) -> AnyPath:
    """A ``UPath`` for a URL (E037 when fsspec cannot open its scheme), else a ``Path``."""
    if not is_url(name):
        return Path(name)
    try:
        from upath import UPath
    except ImportError as err:
        raise TaggerError(Errors.E017.format(package='"tagger[dask]"',
                                             feature=f"URL inputs and outputs ({name})")) from err
    try:
        return UPath(name)
    except (ImportError, ValueError) as err:  # no fsspec filesystem for the scheme
        raise TaggerError(Errors.E037.format(url=name, reason=err)) from None


def input_exists(name: str) -> bool:
    """Whether an input name exists: ``-``, a local path (a dangling link counts), or a URL
    its filesystem finds."""
    if name == "-":
        return True
    if not is_url(name):
        return os.path.lexists(name)
    try:
        return bool(as_path(name).exists())
    except (TaggerError, OSError):
        return False


def is_local(path: AnyPath) -> bool:
    """Whether ``path`` is on this machine's filesystem (a ``Path``, not a ``UPath``)."""
    return isinstance(path, Path) and not hasattr(path, "fs")


def walk_url(root: AnyPath, suffixes) -> List[AnyPath]:
    """Files under the URL folder ``root`` with one of ``suffixes``, in sorted order."""
    found = [p for p in root.rglob("*") if p.suffix in suffixes and p.is_file()]
    return sorted(found, key=lambda p: PurePosixPath(p.path).parts)  # as walk_inputs orders


def read_url(path: AnyPath, *, encoding: Optional[str] = None) -> Iterator:
    """The documents of one file at a URL, as :func:`tagger.read.read_path` reads a local one."""
    from . import SUFFIXES, _documents, _read_bytes
    from .jsonl import iter_jsonl

    source = str(path)
    if path.suffix not in SUFFIXES:
        yield InputError(Errors.E009.format(path=source, suffix=path.suffix), path=source)
        return
    if path.suffix == ".jsonl":  # streamed, with the encoding found as for a local file
        yield from _documents(iter_jsonl(path, encoding=encoding), source)
        return
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        yield InputError(Errors.E001.format(path=source), path=source)
        return
    except OSError as err:
        yield InputError(Errors.E002.format(path=source, reason=err.strerror or err), path=source)
        return
    if path.suffix == ".pdf":
        from .pdf import read_pdf

        yield from read_pdf(source, data=data)
        return
    yield from _read_bytes(data, source, encoding, jsonl=False)


def url_lines(path: AnyPath, start: int = 0, end: Optional[int] = None) -> Iterator[bytes]:
    """The byte lines of a file at a URL between offsets ``start`` and ``end``."""
    with path.open("rb") as f:
        f.seek(start)
        offset = start
        while end is None or offset < end:
            raw = f.readline()
            if not raw:
                break
            offset += len(raw)
            yield raw
