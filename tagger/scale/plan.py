"""Cut the inputs of a run into shards: line ranges of JSONL files, groups of page files.

Planning reads each JSONL file once as bytes (no JSON parsing, memory flat) to find the
byte offset of every ``shard_size``-th record, so a shard can be read on its own with a
seek, on any machine that sees the file. Files that cannot be cut (pages, UTF-16 JSONL,
empty or unreadable files) are read whole; ``shard_size`` consecutive ones form a shard.
Shard names are stable: the input's name, a hash of its path and the line range.
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any, Dict, Iterable, Iterator, List, Optional, Tuple

from ..errors import Errors, InputError, TaggerError
from ..read import SUFFIXES, ReadItem, read_jsonl_range, read_path, walk_inputs
from ..read.jsonl import DETECT_BYTES, line_codec
from ..read.urls import AnyPath, as_path, is_url, read_url, walk_url

@dataclass(frozen=True)
class ShardSpec:
    """One shard: a line range of a JSONL file, or whole files read one after another.

    name: stable output name (the shard's file is ``name + ".jsonl"``). path: the input
    file (the first one for a group of files). lines: first and last line of the range
    (1-based, inclusive; ``(0, 0)`` for whole files). byte_range: ``[start, end)`` of the
    range in the file. codec: the file's encoding, detected once. files: files read
    whole. records: input records planned (JSONL lines with content, or files). digest:
    sha1 of the input bytes the shard reads, so an edited input is tagged again.
    """

    name: str
    path: str
    lines: Tuple[int, int] = (0, 0)
    byte_range: Tuple[int, int] = (0, 0)
    codec: str = "utf-8"
    files: Tuple[str, ...] = ()
    records: int = 0
    digest: str = ""

    def to_dict(self) -> Dict[str, Any]:
        out = asdict(self)
        out["lines"], out["byte_range"], out["files"] = (list(self.lines),
                                                         list(self.byte_range), list(self.files))
        return out

    @classmethod
    def from_dict(cls, data: Dict[str, Any]) -> "ShardSpec":
        return cls(name=data["name"], path=data["path"], lines=tuple(data["lines"]),
                   byte_range=tuple(data["byte_range"]), codec=data["codec"],
                   files=tuple(data["files"]), records=int(data["records"]),
                   digest=data.get("digest", ""))

    @property
    def file_name(self) -> str:
        return self.name + ".jsonl"

    def read(self, *, encoding: Optional[str] = None) -> Iterator[ReadItem]:
        """The shard's documents and read errors, as a whole-input read would give them."""
        if self.files:
            for name in self.files:
                if is_url(name):
                    yield from read_url(as_path(name), encoding=encoding)
                else:
                    yield from read_path(Path(name), encoding=encoding)
        else:
            yield from read_jsonl_range(self.path, start=self.byte_range[0],
                                        end=self.byte_range[1], first_line=self.lines[0],
                                        codec=self.codec)


def input_files(inputs: Iterable[str]) -> List[AnyPath]:
    """The files named by ``inputs`` (directories searched recursively, sorted), as a
    whole-input read visits them; E600 for '-' (stdin cannot be cut into shards). Files
    and folders at URLs are ``UPath`` objects (:mod:`tagger.read.urls`)."""
    files: List[AnyPath] = []
    for name in inputs:
        if name == "-":
            raise TaggerError(Errors.E600)
        if is_url(name):
            path = as_path(name)
            files.extend(walk_url(path, SUFFIXES) if path.is_dir() else [path])
            continue
        path = Path(name)
        if path.is_dir():  # as a whole-input read walks it; a path it cannot read is read
            # whole later, which reports it
            files.extend(Path(i.path) if isinstance(i, InputError) else i
                         for i in walk_inputs(path))
        else:
            files.append(path)
    return files


def plan_shards(inputs: Iterable[str], shard_size: int, *,
                encoding: Optional[str] = None) -> List[ShardSpec]:
    """The shards of ``inputs``, ``shard_size`` records each, in input order."""
    if shard_size < 1:
        raise TaggerError(Errors.E601.format(value=shard_size))
    shards: List[ShardSpec] = []
    group: List[AnyPath] = []

    def close_group() -> None:
        if group:
            shards.append(_whole_files(group))
            group.clear()

    for path in input_files(inputs):
        # only regular files can be read twice (planned, then tagged) and seeked in
        ranges = (_jsonl_ranges(path, shard_size, encoding)
                  if path.suffix == ".jsonl" and path.is_file() else None)
        if ranges is None:
            group.append(path)
            if len(group) >= shard_size:
                close_group()
            continue
        close_group()
        shards.extend(ranges)
    close_group()
    return shards


def count_records(inputs: Iterable[str]) -> Optional[int]:
    """Input records of files and directories (JSONL lines with content, other files one
    each), counted without parsing; None when an input is stdin."""
    try:
        files = input_files(inputs)
    except TaggerError:
        return None
    total = 0
    for path in files:
        if path.suffix == ".jsonl" and path.is_file():
            with path.open("rb") as f:
                total += sum(1 for raw in f if raw.strip())
        else:
            total += 1
    return total


def _digest(*parts: str) -> str:
    return hashlib.sha1("\0".join(parts).encode("utf-8", "surrogateescape")).hexdigest()[:8]


def _whole_files(files: List[AnyPath]) -> ShardSpec:
    names = tuple(str(p) for p in files)
    name = f"{files[0].stem}-{_digest(*names)}"
    if len(files) > 1:
        name += f".F{len(files)}"
    content = hashlib.sha1()
    for path in files:
        if path.is_file():  # missing or special files are reported when read, not hashed
            with path.open("rb") as f:
                for block in iter(lambda: f.read(1 << 20), b""):
                    content.update(block)
        content.update(b"\0")
    return ShardSpec(name=name, path=names[0], files=names, records=len(names),
                     digest=content.hexdigest())


def _jsonl_ranges(path: AnyPath, shard_size: int, encoding: Optional[str]) -> Optional[List[ShardSpec]]:
    """Line-range shards of a JSONL file; None when it must be read whole (missing,
    empty, UTF-16/32, undecodable head, old Mac line ends: the whole-file read handles
    or reports them)."""
    try:
        with path.open("rb") as f:
            head = f.read(DETECT_BYTES)
    except OSError:
        return None
    if not head.strip():
        return None
    try:
        codec = line_codec(head, str(path), encoding)
    except TaggerError:
        return None
    if codec is None:  # UTF-16/32
        return None
    stem, digest = path.stem, _digest(str(path))
    shards: List[ShardSpec] = []
    count = first_line = start = offset = 0
    content = hashlib.sha1()

    def close(last_line: int, end: int) -> None:
        shards.append(ShardSpec(name=f"{stem}-{digest}.L{first_line:08d}-{last_line:08d}",
                                path=str(path), lines=(first_line, last_line),
                                byte_range=(start, end), codec=codec, records=count,
                                digest=content.hexdigest()))

    with path.open("rb") as f:
        lineno = 0
        for lineno, raw in enumerate(f, start=1):
            if b"\r" in raw.rstrip(b"\r\n"):  # lone CR line ends: lines are not \n lines
                return None
            if raw.strip():
                if count == 0:
                    first_line, start = lineno, offset
                    content = hashlib.sha1()
                count += 1
                content.update(raw)
                if count == shard_size:
                    close(lineno, offset + len(raw))
                    count = 0
            elif count:
                content.update(raw)
            offset += len(raw)
        if count:
            close(lineno, offset)
    return shards or None
