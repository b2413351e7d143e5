"""Tag shards and resume runs: in this process, in a process pool, or through a runner.

:func:`run_sharded` plans the shards, keeps those that are done and verified, hands the
others to a runner (this process, ``n_process`` forked workers, or Dask workers from
:mod:`.cluster`) and rebuilds the manifest as shards finish. :func:`tag_shard` is the
unit of work every runner calls: read one shard, tag it, write its file and record.
"""

from __future__ import annotations

import hashlib
import json
import multiprocessing
import os
import signal
import socket
import time
from collections import Counter
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Dict, Iterable, Iterator, List, Optional, Sequence, Tuple, Union

from .. import interrupt
from ..errors import Errors, TaggerError, Warnings, warn
from ..pipeline import PipelineOptions, load_pipeline
from ..progress import Progress
from ..read.urls import AnyPath, as_path, is_local, is_url
from ..tagging import TagSettings, TagSummary, tag_documents_here
from ..write import checked_records, dumps
from .manifest import (RECORDS_DIR, Fingerprint, ShardRecord, atomic_file, check_shard, fingerprint,
                       remove_temp_files, unlisted_files, write_manifest,
                       write_record)
from .plan import ShardSpec, plan_shards

#: What a runner yields per shard: its name and its record, or the error that stopped it.
Outcome = Tuple[str, Union[ShardRecord, BaseException]]
Runner = Callable[[Sequence[ShardSpec]], Iterator[Outcome]]

#: Seconds between manifest rewrites during a run (it is always rewritten at the end).
MANIFEST_INTERVAL = 10.0


@dataclass
class ShardedSummary:
    """Counts of a sharded run, over all shards that are done (this run's and earlier)."""

    shards: int = 0
    skipped: int = 0
    tagged: int = 0
    failed: List[str] = field(default_factory=list)
    redone: Dict[str, int] = field(default_factory=dict)
    records_in: int = 0
    records_out: int = 0
    articles: int = 0
    pages: int = 0
    errors: int = 0
    spans: int = 0

    def line(self) -> str:
        line = (f"{self.shards} shards ({self.skipped} already done, {self.tagged} tagged now"
                + (f", {len(self.failed)} failed" if self.failed else "") + "): "
                f"{self.records_in} records in, {self.articles} articles, {self.pages} page "
                f"records, {self.spans} spans, {self.errors} errors")
        return line


# ---------------------------------------------------------------------------------
# one shard


def tag_shard(spec: ShardSpec, out_dir: Union[str, Path], nlp, fp: Fingerprint,
              settings: TagSettings, *, worker: str = "",
              on_record: Optional[Callable[[dict], None]] = None) -> ShardRecord:
    """Read, tag and write one shard; return its record (also written to disk).

    The shard file is written to a temp file, fsynced and renamed; then its record is
    written the same way. ``on_record`` sees each output record (progress).
    """
    out_dir = as_path(out_dir) if isinstance(out_dir, str) else out_dir
    start = time.perf_counter()
    counts = Counter()

    def read() -> Iterator:
        for item in spec.read(encoding=settings.encoding):
            counts["records_in"] += 1
            yield item

    def counted(records: Iterable[dict]) -> Iterator[dict]:
        for record in records:
            kind = record.get("kind")
            counts[kind] += 1
            if kind == "article":
                counts["spans"] += len(record["spans"])
                counts["chars"] += len(record["text"])
            if on_record is not None:
                on_record(record)
            yield record

    summary = TagSummary()
    records = checked_records(tag_documents_here(read(), nlp, settings=settings, summary=summary),
                              summary)
    size, sha256, lines = write_shard_file(out_dir / spec.file_name, counted(records))
    record = ShardRecord(shard=spec.to_dict(), file=spec.file_name,
                         records_in=counts["records_in"], records_out=lines,
                         articles=counts["article"], pages=counts["page"],
                         errors=counts["error"], spans=counts["spans"], chars=counts["chars"],
                         bytes=size, sha256=sha256, fingerprint=fp.to_dict(),
                         seconds=round(time.perf_counter() - start, 3),
                         worker=worker or socket.gethostname())
    write_record(out_dir, spec, record)
    return record


def write_shard_file(path: Path, records: Iterable[dict]) -> Tuple[int, str, int]:
    """Write ``records`` as JSONL to ``path`` atomically; return (bytes, sha256, lines).

    A record that cannot be encoded as UTF-8 (a lone surrogate) is written with
    ``\\u`` escapes, which read back to the same string.
    """
    digest = hashlib.sha256()
    size = lines = 0
    with atomic_file(path) as f:
        for record in records:
            try:
                data = (dumps(record) + "\n").encode("utf-8")
            except UnicodeEncodeError:
                data = (json.dumps(record, separators=(",", ":")) + "\n").encode("ascii")
            f.write(data)
            digest.update(data)
            size += len(data)
            lines += 1
    return size, digest.hexdigest(), lines


# ---------------------------------------------------------------------------------
# runners: this process, a process pool


def in_process_runner(options: PipelineOptions, settings: TagSettings, fp: Fingerprint,
                      out_dir: Path, progress: Optional[Progress] = None, nlp=None) -> Runner:
    """Tag shards one after another in this process with ``nlp`` (default: the model of
    ``options``, loaded once)."""

    def on_record(record: dict) -> None:
        if progress is not None and record.get("kind") in ("article", "error"):
            progress.advance(records=1, articles=record["kind"] == "article",
                             chars=len(record.get("text") or ""))

    def run(todo: Sequence[ShardSpec]) -> Iterator[Outcome]:
        if not todo:
            return
        loaded = nlp if nlp is not None else load_pipeline(options)
        for spec in todo:
            yield spec.name, tag_shard(spec, out_dir, loaded, fp, settings, on_record=on_record)

    return run


_POOL_NLP = None


def _init_pool_worker(options: PipelineOptions) -> None:
    global _POOL_NLP
    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # the parent stops the pool on Ctrl-C
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _POOL_NLP = load_pipeline(options)


def _tag_in_pool(args) -> Outcome:
    spec, out_dir, fp, settings = args
    try:
        return spec.name, tag_shard(spec, out_dir, _POOL_NLP, fp, settings)
    except Exception as err:  # reported per shard by run_sharded; the others go on
        return spec.name, TaggerError(f"{type(err).__name__}: {err}")


def pool_runner(options: PipelineOptions, settings: TagSettings, fp: Fingerprint,
                out_dir: Path, n_process: int) -> Runner:
    """Tag shards in ``n_process`` forked workers, each loading the model once; a shard
    is the unit of work, so workers read, tag and write in parallel."""

    def run(todo: Sequence[ShardSpec]) -> Iterator[Outcome]:
        if not todo:
            return
        ctx = multiprocessing.get_context("fork")
        with ctx.Pool(min(n_process, len(todo)), initializer=_init_pool_worker,
                      initargs=(options,)) as pool:
            yield from pool.imap_unordered(_tag_in_pool,
                                           [(s, out_dir, fp, settings) for s in todo])

    return run


# ---------------------------------------------------------------------------------
# the run


def run_sharded(inputs: Sequence[str], out_dir: Union[str, AnyPath], *, shard_size: int = 1000,
                options: Optional[PipelineOptions] = None,
                settings: Optional[TagSettings] = None,
                runner: Optional[Callable[[PipelineOptions, TagSettings, Fingerprint, Path],
                                          Runner]] = None,
                progress: Optional[Progress] = None, nlp=None) -> ShardedSummary:
    """Tag ``inputs`` into one file per shard under ``out_dir`` (a folder, or a URL of
    one: :mod:`tagger.read.urls`), resuming earlier runs.

    Shards that are done and verified are kept; the others (new, incomplete, damaged,
    or written with another model or options: W600 says which and why) are tagged by
    ``runner`` (default: this process, or a process pool when ``settings.n_process > 1``).
    ``nlp``: a pipeline already loaded with ``options``, for runs in this process.
    Raises E604 when shards failed (the others are kept: rerun to retry them).
    """
    options = options or PipelineOptions()
    settings = settings or TagSettings()
    out_dir = as_path(out_dir) if isinstance(out_dir, str) else out_dir
    if out_dir.exists() and not out_dir.is_dir():
        raise TaggerError(Errors.E602.format(path=out_dir))
    check_out_dir(out_dir, inputs)
    specs = plan_shards(inputs, shard_size, encoding=settings.encoding)
    fp = fingerprint(options, repair=settings.repair, segment=settings.segment,
                     encoding=settings.encoding, simplify=settings.simplify)
    out_dir.mkdir(parents=True, exist_ok=True)
    with output_lock(out_dir):
        return _run_locked(specs, out_dir, fp, shard_size=shard_size, options=options,
                           settings=settings, runner=runner, progress=progress, nlp=nlp)


def _run_locked(specs: Sequence[ShardSpec], out_dir: Path, fp: Fingerprint, *, shard_size: int,
                options: PipelineOptions, settings: TagSettings, runner, progress, nlp
                ) -> ShardedSummary:
    remove_temp_files(out_dir)
    summary = ShardedSummary(shards=len(specs))
    done: Dict[str, ShardRecord] = {}
    todo: List[ShardSpec] = []
    reasons: Counter = Counter()
    for spec in specs:
        record, why = check_shard(out_dir, spec, fp)
        if record is not None:
            done[spec.name] = record
        else:
            todo.append(spec)
            if why != "new":
                reasons[why] += 1
    for why, n in sorted(reasons.items()):
        warn(Warnings.W600.format(n=n, out=out_dir, reason=why))
    summary.redone = dict(reasons)
    summary.skipped = len(done)
    stray = unlisted_files(out_dir, specs)
    if stray:
        warn(Warnings.W601.format(n=len(stray), out=out_dir, example=stray[0].name))
    write_manifest(out_dir, fp, specs, done, shard_size=shard_size)

    if progress is not None:
        progress.total = sum(s.records for s in todo)
    if runner is not None:
        run = runner(options, settings, fp, out_dir)
    elif settings.n_process > 1:
        run = pool_runner(options, settings, fp, out_dir, settings.n_process)
    else:
        run = in_process_runner(options, settings, fp, out_dir, progress, nlp)
    per_record = runner is None and settings.n_process == 1
    last_write, interval = time.monotonic(), MANIFEST_INTERVAL
    outcomes = run(todo)
    try:
        for name, outcome in outcomes:
            interrupt.check()  # a stop whose exception Python swallowed
            if isinstance(outcome, BaseException):
                summary.failed.append(name)
                warn(Warnings.W602.format(shard=name, reason=outcome))
                continue
            done[name] = outcome
            summary.tagged += 1
            if progress is not None and not per_record:
                progress.advance(records=outcome.records_in, articles=outcome.articles,
                                 chars=outcome.chars)
            if time.monotonic() - last_write >= interval:
                began = time.monotonic()
                write_manifest(out_dir, fp, specs, done, shard_size=shard_size)
                last_write = time.monotonic()
                # a manifest of many shards takes a while: keep its rewrites under 5%
                interval = max(MANIFEST_INTERVAL, 20 * (last_write - began))
    except (KeyboardInterrupt, SystemExit):  # Ctrl-C, or SIGTERM in the command line
        warn(Warnings.W603.format(done=len(done), total=len(specs), out=out_dir))
        raise
    finally:
        getattr(outcomes, "close", lambda: None)()  # stop the pool or cancel Dask tasks first
        for spec in todo:  # shards finished on disk whose outcome a stop cut off
            if spec.name not in done:
                record, _ = check_shard(out_dir, spec, fp)
                if record is not None:
                    done[spec.name] = record
        write_manifest(out_dir, fp, specs, done, shard_size=shard_size)
        remove_temp_files(out_dir)
        for record in done.values():
            summary.records_in += record.records_in
            summary.records_out += record.records_out
            summary.articles += record.articles
            summary.pages += record.pages
            summary.errors += record.errors
            summary.spans += record.spans
    if summary.failed:
        raise TaggerError(Errors.E604.format(n=len(summary.failed), out=out_dir,
                                             line=summary.line()))
    return summary


def check_out_dir(out_dir: AnyPath, inputs: Sequence[str]) -> None:
    """E609 when ``out_dir`` is an input folder or lies inside one: its shard files would
    be read as inputs by the next run."""
    if not is_local(out_dir):  # a URL: inside an input URL folder by name
        target = str(out_dir).rstrip("/") + "/"
        for name in inputs:
            if is_url(name) and target.startswith(name.rstrip("/") + "/"):
                raise TaggerError(Errors.E609.format(out=out_dir, input=name))
        return
    target = Path(os.path.realpath(out_dir))
    for name in inputs:
        if name == "-" or is_url(name):
            continue
        source = Path(os.path.realpath(name))
        if source.is_dir() and (source == target or source in target.parents):
            raise TaggerError(Errors.E609.format(out=out_dir, input=name))


@contextmanager
def output_lock(out_dir: Path):
    """Hold ``out_dir/.tagger/lock`` for the run (E608 if another run holds it); the OS
    releases it when the process ends, however it ends. A folder at a URL has no lock:
    do not start two runs into it at once (docs/scale.md)."""
    try:
        import fcntl
    except ImportError:  # not on POSIX: runs are not guarded against each other
        yield
        return
    if not is_local(out_dir):
        yield
        return
    (out_dir / RECORDS_DIR).mkdir(parents=True, exist_ok=True)
    with open(out_dir / RECORDS_DIR / "lock", "w") as f:
        try:
            fcntl.flock(f.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            raise TaggerError(Errors.E608.format(out=out_dir)) from None
        yield
