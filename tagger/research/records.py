"""Stream tagged records from JSONL files: one line at a time, articles only."""

from __future__ import annotations

import glob
import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Dict, Iterable, Iterator, List, Optional, Sequence, Tuple, Union

from ..errors import Errors, InputError, TaggerError, Warnings, warn
from ..read.jsonl import iter_jsonl, iter_jsonl_bytes
from ..read.streams import is_stdin
from ..read.urls import as_path, is_url

PathLike = Union[str, Path]
EntityKey = Tuple[str, str]  # (label, canonical form or text)


@dataclass
class ReadCounts:
    """What a pass over the input saw besides articles."""

    records: int = 0
    articles: int = 0
    other: int = 0  # page and error records
    bad_lines: int = 0


def check_paths(paths: Sequence[PathLike]) -> List[Path]:
    """The tagged files that ``paths`` name (``-`` is stdin); raise E403 for none, E001 for
    a missing path and E606 for a folder or glob without tagged files.

    A path may be a tagged .jsonl file, a folder (a sharded run's output: the shards its
    manifest.json lists, in input order; otherwise every .jsonl under it) or a glob
    pattern such as ``out/*.jsonl`` (matches in sorted order).
    """
    from ..scale.manifest import shard_files

    if not paths:
        raise TaggerError(Errors.E403)
    checked: List[Path] = []
    for name in paths:
        if is_url(name):  # a file or a sharded folder at a URL (tagger.read.urls)
            path = as_path(name)
            if not path.exists():
                raise TaggerError(Errors.E001.format(path=name))
            found = [path] if path.is_file() else shard_files(path)
            if not found:
                raise TaggerError(Errors.E606.format(path=name))
            checked.extend(found)
            continue
        path = Path(name)
        if is_stdin(path) or path.is_file():
            checked.append(path)
            continue
        if path.is_dir():
            found = shard_files(path)
        elif any(ch in str(path) for ch in "*?["):
            found = sorted(Path(p) for p in glob.glob(str(path), recursive=True)
                           if os.path.isfile(p))
        else:
            raise TaggerError(Errors.E001.format(path=path))
        if not found:
            raise TaggerError(Errors.E606.format(path=path))
        checked.extend(found)
    return checked


def iter_articles(paths: Sequence[PathLike], *,
                  counts: Optional[ReadCounts] = None) -> Iterator[Dict]:
    """Yield the ``kind == "article"`` records of tagged JSONL files, in order.

    Lines that are not JSON objects are skipped with W400; page and error records are
    skipped silently. ``counts`` (if given) is updated as the files are read.
    """
    counts = counts if counts is not None else ReadCounts()
    for path in check_paths(paths):
        items = iter_jsonl_bytes(sys.stdin.buffer, str(path)) if is_stdin(path) else iter_jsonl(path)
        for item in items:
            if isinstance(item, InputError):
                counts.bad_lines += 1
                warn(str(item) if item.line is None
                     else Warnings.W400.format(path=path, line=item.line, reason=str(item)))
                continue
            line_no, record = item
            counts.records += 1
            if record.get("kind", "article") != "article":
                counts.other += 1
                continue
            if not isinstance(record.get("text"), str):
                counts.bad_lines += 1
                warn(Warnings.W400.format(path=path, line=line_no, reason="no \"text\" string"))
                continue
            counts.articles += 1
            yield record


def span_form(span: Dict) -> str:
    """The form a span is counted under: its canonical form when present, else its text."""
    canonical = span.get("canonical")
    if canonical and isinstance(canonical, str):
        return canonical
    text = span.get("text")
    return text if isinstance(text, str) else ""


def entity_key(span: Dict) -> EntityKey:
    """``(label, form)``: the key of a span in frequency tables and co-occurrence."""
    return (str(span["label"]), span_form(span))


def article_spans(record: Dict) -> List[Dict]:
    """The flat-layer spans of a record that have a label and a form."""
    spans = record.get("spans") or []
    return [s for s in spans if type(s) is dict and s.get("label") and span_form(s)]


def article_meta(record: Dict, field: str) -> Optional[str]:
    """A meta field as a string (``date``, ``page``, ``section``...), None when absent."""
    meta = record.get("meta") or {}
    value = meta.get(field) if isinstance(meta, dict) else None
    return None if value in (None, "") else str(value)


def article_id(record: Dict) -> str:
    """The record id, or ``source#index`` from meta, or an empty string."""
    if record.get("id") not in (None, ""):
        return str(record["id"])
    source, index = article_meta(record, "source"), article_meta(record, "index")
    return f"{source}#{index}" if source else ""


def distinct_keys(spans: Iterable[Dict]) -> List[EntityKey]:
    """The distinct entity keys of spans, in first-seen order."""
    return list(dict.fromkeys(entity_key(s) for s in spans))
