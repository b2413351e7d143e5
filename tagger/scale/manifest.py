"""The sharded output directory: shard files, their records, the manifest, the fingerprint.

Layout of ``OUT/``::

    OUT/<shard>.jsonl          tagged records of one shard (written atomically)
    OUT/.tagger/<shard>.json   its record: input range, counts, sha256, fingerprint
    OUT/manifest.json          the run: fingerprint, every shard in order with its record

A shard is done when its record exists, names the same input range and fingerprint, and
the shard file's size and sha256 match it. The shard file is renamed into place before
its record, so a run killed at any moment leaves each shard done or not done, never half
done; a rerun redoes exactly the shards that are not done. ``manifest.json`` is rebuilt
from the records, so it can lag behind a killed run but never claims a shard that is not
on disk.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
import uuid
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, BinaryIO, Dict, Iterable, Iterator, List, Optional, Sequence, Tuple, Union

from ..about import __version__
from ..errors import Warnings, warn
from ..pipeline import PipelineOptions, model_meta, model_path
from ..read.urls import AnyPath, as_path, is_local
from .plan import ShardSpec

FORMAT = "tagger-shards/1"
MANIFEST = "manifest.json"
RECORDS_DIR = ".tagger"
TMP_PREFIX = ".tmp-"
PathLike = Union[str, Path]


@dataclass(frozen=True)
class Fingerprint:
    """What a shard's output depends on besides its input: tagger version, model (name,
    version and a hash of its files) and the run options that change records."""

    tagger: str
    model: str
    model_sha256: str
    options: Dict[str, Any] = field(default_factory=dict)

    @property
    def hash(self) -> str:
        data = json.dumps(asdict(self), sort_keys=True, ensure_ascii=False)
        return hashlib.sha256(data.encode("utf-8")).hexdigest()[:16]

    def to_dict(self) -> Dict[str, Any]:
        return {**asdict(self), "hash": self.hash}

    def changes_from(self, old: Optional[Dict[str, Any]]) -> List[str]:
        """What differs from an earlier fingerprint (as stored), in words."""
        if not old:
            return ["no fingerprint"]
        changes = []
        if old.get("tagger") != self.tagger:
            changes.append(f"tagger {old.get('tagger')} -> {self.tagger}")
        if old.get("model") != self.model:
            changes.append(f"model {old.get('model')} -> {self.model}")
        elif old.get("model_sha256") != self.model_sha256:
            changes.append(f"model {self.model} files changed")
        old_options = old.get("options") or {}
        for key in sorted(set(old_options) | set(self.options)):
            if old_options.get(key) != self.options.get(key):
                changes.append(f"{key} {old_options.get(key)!r} -> {self.options.get(key)!r}")
        return changes


def fingerprint(options: PipelineOptions, *, repair: bool, segment: bool,
                encoding: Optional[str], simplify: bool) -> Fingerprint:
    """The fingerprint of a run: ``options`` and the reading settings that change records.

    User lexicons enter by content (sha256), the model by its name, version and files, so
    moving them does not invalidate shards and editing them does.
    """
    path = model_path(options)
    meta = model_meta(options)
    lexicons = [{"path": str(p), "sha256": file_sha256(p)} for p in options.lexicons]
    return Fingerprint(
        tagger=__version__,
        model=f"{meta.get('name', path.name)}-{meta.get('version', '0')}",
        model_sha256=tree_sha256(path),
        options={"keywords": options.keywords, "top_k": options.top_k,
                 "lexicons": [lx["sha256"] for lx in lexicons],
                 "repair": repair, "segment": segment, "encoding": encoding,
                 "simplify": simplify})


def file_sha256(path: PathLike) -> str:
    digest = hashlib.sha256()
    with (open(path, "rb") if isinstance(path, (str, Path)) else path.open("rb")) as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def tree_sha256(root: Path) -> str:
    """One hash of every file under ``root`` (relative names and contents)."""
    digest = hashlib.sha256()
    for path in sorted(p for p in root.rglob("*") if p.is_file()):
        digest.update(path.relative_to(root).as_posix().encode("utf-8"))
        digest.update(file_sha256(path).encode("ascii"))
    return digest.hexdigest()[:16]


@dataclass
class ShardRecord:
    """What a finished shard wrote (stored in ``OUT/.tagger/<shard>.json``).

    records_in: input records read (JSONL lines with content, files); records_out: lines
    in the shard file (articles, page records and error records); errors: error records.
    For JSONL input, records_in == articles + errors.
    """

    shard: Dict[str, Any]
    file: str
    records_in: int
    records_out: int
    articles: int
    pages: int
    errors: int
    spans: int
    chars: int
    bytes: int
    sha256: str
    fingerprint: Dict[str, Any]
    seconds: float = 0.0
    worker: str = ""

    @classmethod
    def from_dict(cls, data: Dict[str, Any]) -> "ShardRecord":
        return cls(**{k: data[k] for k in cls.__dataclass_fields__ if k in data})


@contextmanager
def atomic_file(path: AnyPath) -> Iterator[BinaryIO]:
    """A binary file that becomes ``path`` only when the block ends without an exception:
    written to a temp file in the same folder, fsynced, renamed, the folder fsynced. On an
    exception the temp file is removed and ``path`` is left as it was.

    At a URL (an fsspec ``UPath``), the temp object is written, closed and then moved to
    ``path`` by the filesystem (on object stores an upload becomes visible only whole)."""
    if not is_local(path):
        with _remote_atomic_file(path) as f:
            yield f
        return
    fd, tmp = temp_file(path)
    try:
        with os.fdopen(fd, "wb") as f:
            yield f
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise
    fsync_dir(path.parent)


@contextmanager
def _remote_atomic_file(path: AnyPath) -> Iterator[BinaryIO]:
    tmp = path.with_name(f"{TMP_PREFIX}{path.name}.{uuid.uuid4().hex[:8]}")
    try:
        with tmp.open("wb") as f:
            yield f
        path.fs.mv(tmp.path, path.path)
    except BaseException:
        try:
            tmp.unlink(missing_ok=True)
        except OSError as err:
            warn(Warnings.W604.format(path=tmp, reason=err))
        raise


def atomic_write_bytes(path: AnyPath, data: bytes) -> None:
    """Write ``data`` to ``path`` atomically (see :func:`atomic_file`)."""
    with atomic_file(path) as f:
        f.write(data)


def temp_file(path: Path) -> Tuple[int, str]:
    """A temp file next to ``path`` (removed by :func:`remove_temp_files` if left behind),
    with the permissions a newly created file gets (mkstemp's are owner-only)."""
    fd, tmp = tempfile.mkstemp(prefix=TMP_PREFIX + path.name + ".", dir=str(path.parent))
    os.fchmod(fd, 0o666 & ~_umask())
    return fd, tmp


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def fsync_dir(path: Path) -> None:
    """Make a rename in ``path`` durable (where the OS allows opening folders)."""
    try:
        fd = os.open(str(path), os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass  # some filesystems (and Windows) cannot fsync a folder; the rename still happened
    finally:
        os.close(fd)


def _json_bytes(data: Any) -> bytes:
    return (json.dumps(data, ensure_ascii=False, indent=1) + "\n").encode("utf-8")


def record_path(out_dir: AnyPath, spec: ShardSpec) -> AnyPath:
    return out_dir / RECORDS_DIR / f"{spec.name}.json"


def write_record(out_dir: AnyPath, spec: ShardSpec, record: ShardRecord) -> None:
    (out_dir / RECORDS_DIR).mkdir(parents=True, exist_ok=True)
    atomic_write_bytes(record_path(out_dir, spec), _json_bytes(asdict(record)))


def read_record(out_dir: AnyPath, spec: ShardSpec) -> Optional[ShardRecord]:
    """The stored record of ``spec``; None if absent or unreadable (a shard to redo)."""
    try:
        data = json.loads(record_path(out_dir, spec).read_text(encoding="utf-8"))
        return ShardRecord.from_dict(data)
    except (OSError, ValueError, TypeError, KeyError):
        return None


def check_shard(out_dir: AnyPath, spec: ShardSpec, fp: Fingerprint) -> Tuple[Optional[ShardRecord], str]:
    """``(record, "")`` when the shard is done and verified, else ``(None, why not)``.

    why: "new" (never written), "incomplete" (output without its record: the run was
    stopped while writing it), "changed: ..." (model or options differ), "damaged" (the
    file does not match its size or sha256), "input changed" (same lines, other bytes),
    "input range changed".
    """
    record = read_record(out_dir, spec)
    data = out_dir / spec.file_name
    if record is None:
        return None, "incomplete" if data.exists() else "new"
    if record.shard != spec.to_dict():
        same_range = {**record.shard, "digest": spec.digest} == spec.to_dict()
        return None, "input changed" if same_range else "input range changed"
    if record.fingerprint.get("hash") != fp.hash:
        return None, "changed: " + "; ".join(fp.changes_from(record.fingerprint))
    try:
        if data.stat().st_size != record.bytes or file_sha256(data) != record.sha256:
            return None, "damaged"
    except OSError:
        return None, "damaged"
    return record, ""


def write_manifest(out_dir: AnyPath, fp: Fingerprint, specs: Sequence[ShardSpec],
                   records: Dict[str, ShardRecord], *, shard_size: int) -> Dict[str, Any]:
    """Rewrite ``OUT/manifest.json`` from the shards' records; return its content."""
    shards = []
    totals = {"shards": len(specs), "done": 0, "records_in": 0, "records_out": 0,
              "articles": 0, "pages": 0, "errors": 0, "spans": 0, "chars": 0}
    for spec in specs:
        record = records.get(spec.name)
        entry: Dict[str, Any] = {"name": spec.name, "file": spec.file_name, "input": spec.path,
                                 "lines": list(spec.lines), "byte_range": list(spec.byte_range),
                                 "files": list(spec.files), "input_sha1": spec.digest,
                                 "done": record is not None}
        if record is not None:
            totals["done"] += 1
            for key in ("records_in", "records_out", "articles", "pages", "errors", "spans",
                        "chars"):
                entry[key] = getattr(record, key)
                totals[key] += getattr(record, key)
            entry["sha256"], entry["bytes"] = record.sha256, record.bytes
        shards.append(entry)
    manifest = {"format": FORMAT, "complete": totals["done"] == len(specs),
                "fingerprint": fp.to_dict(), "shard_size": shard_size, "totals": totals,
                "shards": shards}
    atomic_write_bytes(out_dir / MANIFEST, _json_bytes(manifest))
    return manifest


def remove_temp_files(out_dir: AnyPath) -> int:
    """Remove temp files that a killed run left in ``out_dir``; return how many."""
    removed = 0
    for folder in (out_dir, out_dir / RECORDS_DIR):
        if folder.is_dir():
            for path in folder.glob(TMP_PREFIX + "*"):
                path.unlink(missing_ok=True)
                removed += 1
    return removed


def shard_files(directory: PathLike) -> List[Path]:
    """The tagged files of a sharded output directory, in input order: the done shards of
    its manifest.json, or every .jsonl under it (sorted) when it has none."""
    directory = as_path(directory) if isinstance(directory, str) else directory
    manifest = directory / MANIFEST
    if manifest.is_file():
        data = json.loads(manifest.read_text(encoding="utf-8"))
        return [directory / s["file"] for s in data.get("shards", [])
                if s.get("done") and (directory / s["file"]).is_file()]
    return sorted(p for p in directory.rglob("*.jsonl")
                  if p.is_file() and not p.name.startswith(TMP_PREFIX)
                  and RECORDS_DIR not in p.relative_to(directory).parts)


def unlisted_files(out_dir: AnyPath, specs: Iterable[ShardSpec]) -> List[AnyPath]:
    """Shard files in ``out_dir`` that are not part of the plan ``specs``."""
    planned = {s.file_name for s in specs}
    return sorted(p for p in out_dir.glob("*.jsonl") if p.name not in planned)
