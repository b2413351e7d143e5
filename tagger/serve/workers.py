"""Who does the tagging of a request: the service's own pipeline, or a pool of worker processes.

``tagger serve --workers N`` runs one HTTP process that hands each request to a pool of
N worker processes (each with its own copy of the pipeline, loaded once at startup). A
request goes to whichever worker is free next, so N busy clients are served in turn
whatever connections they hold; the HTTP process itself never tags and stays responsive
(``/health`` answers while every worker is busy). When a worker dies, the pool is replaced:
the requests the pool was tagging or holding get a 503 (E709) and may be sent again; later
requests go to the new pool. A request waits for a worker at most the time limit (E704).

An application made with a loaded pipeline (``create_app(nlp)``, as tests and embedding
applications do) tags in the service's own process instead, one request at a time.
"""

from __future__ import annotations

import asyncio
import gc
import logging
import multiprocessing
import signal
import threading
import time
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from typing import Any, Dict, List, Optional, Tuple

from ..errors import Errors, TaggerError


class RequestError(Exception):
    """A request the service refuses: an HTTP status and a catalogue message."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status

    def __reduce__(self):  # raised in a worker process, re-raised in the service
        return (RequestError, (self.status, str(self)))


@dataclass(frozen=True)
class Job:
    """The tagging work of one request; picklable, so a worker process can do it.

    ``kind`` is ``text`` (a page, as a .txt file), ``records`` (articles, as JSONL lines)
    or ``tasks`` (Label Studio task texts); ``options`` are ``tag_text``/``tag_records``
    keyword options (``repair``, ``segment``)."""

    kind: str
    payload: Any
    options: Tuple[Tuple[str, bool], ...]
    n_docs: int


def job_records(nlp, job: Job, timeout_s: float, deadline: float) -> List[Dict[str, Any]]:
    """The records of ``job``: 503 (E704) once the wall clock passes ``deadline``."""
    from ..api import tag_records, tag_text

    def late(done: int) -> RequestError:
        return RequestError(503, Errors.E704.format(seconds=timeout_s, done=done, total=job.n_docs))

    if time.time() > deadline:  # waited in the queue for the whole time limit
        raise late(0)
    options = dict(job.options)
    if job.kind == "text":
        made = tag_text(job.payload, nlp=nlp, source="request", **options)
    else:
        made = tag_records(job.payload, nlp=nlp, **options,
                           source="task" if job.kind == "tasks" else "request")
    records = []
    for record in made:
        records.append(record)
        if time.time() > deadline:
            raise late(len(records))
    return records


class InProcess:
    """The service's own pipeline, given to one request at a time (a lock)."""

    def __init__(self, nlp, timeout_s: float) -> None:
        self.nlp = nlp
        self.timeout_s = timeout_s
        self.lock = threading.Lock()

    async def start(self) -> Dict[str, Any]:
        """The pipeline's meta."""
        gc.freeze()  # as in a worker process (_load_worker)
        return self.nlp.meta

    async def records(self, job: Job) -> List[Dict[str, Any]]:
        from starlette.concurrency import run_in_threadpool

        return await run_in_threadpool(self._records, job, time.time() + self.timeout_s)

    def _records(self, job: Job, deadline: float) -> List[Dict[str, Any]]:
        if not self.lock.acquire(timeout=max(0.0, deadline - time.time())):
            raise RequestError(503, Errors.E704.format(seconds=self.timeout_s, done=0,
                                                       total=job.n_docs))
        try:
            return job_records(self.nlp, job, self.timeout_s, deadline)
        finally:
            self.lock.release()

    def close(self) -> None:
        pass


# ---------------------------------------------------------------------------------
# worker processes

_WORKER_NLP = None
_WORKER_ERROR: Optional[BaseException] = None

log = logging.getLogger("tagger.serve")


def _load_worker(model: Optional[str], ready: Any) -> None:
    """A worker's initializer: load the pipeline, then wait until every worker has.

    Signals go to the service, which stops the workers itself (after the open requests);
    a load error is kept and raised by the worker's first call, so the service reports it."""
    global _WORKER_NLP, _WORKER_ERROR
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    try:
        from ..api import load

        _WORKER_NLP = load(model)
        list(_WORKER_NLP.pipe(["预热：上海市。"]))  # first-document costs (dictionaries) paid now
        # The pipeline lives as long as the worker: keep it out of the collector's full
        # passes, which otherwise walk it in ~50 ms pauses that land on some requests.
        gc.freeze()
    except Exception as err:  # raised again by _worker_meta, in the service's start-up
        _WORKER_ERROR = err
    ready.wait()


def _worker_meta() -> Dict[str, Any]:
    if _WORKER_ERROR is not None:
        raise _WORKER_ERROR
    return _WORKER_NLP.meta


def _worker_records(job: Job, timeout_s: float, deadline: float) -> List[Dict[str, Any]]:
    try:
        return job_records(_WORKER_NLP, job, timeout_s, deadline)
    except TaggerError as err:  # a bad input: 400 in the service, as in its own process
        raise RequestError(400, str(err)) from None


class ProcessPool:
    """``workers`` processes, each with its own pipeline; a request goes to the next free one."""

    def __init__(self, model: Optional[str], workers: int, timeout_s: float) -> None:
        self.model = model
        self.workers = workers
        self.timeout_s = timeout_s
        self.pool: Optional[ProcessPoolExecutor] = None
        self.closing = False

    def _new_pool(self) -> List[Future]:
        """A new pool with every worker started (one call each); the calls' futures."""
        context = multiprocessing.get_context("spawn")  # no fork of a running event loop
        ready = context.Barrier(self.workers)
        self.pool = ProcessPoolExecutor(self.workers, mp_context=context,
                                        initializer=_load_worker, initargs=(self.model, ready))
        return [self.pool.submit(_worker_meta) for _ in range(self.workers)]

    async def start(self) -> Dict[str, Any]:
        """Start every worker and wait until all have loaded the pipeline; its meta."""
        metas = await asyncio.gather(*map(asyncio.wrap_future, self._new_pool()))
        return metas[0]

    def _replace(self, broken: ProcessPoolExecutor) -> None:
        """A new pool for a broken one (once, by the first request that notices)."""
        if self.pool is not broken or self.closing:
            return
        broken.shutdown(wait=False, cancel_futures=True)
        for started in self._new_pool():
            started.add_done_callback(_log_start_failure)

    async def records(self, job: Job) -> List[Dict[str, Any]]:
        """The records of ``job`` from the next free worker; 503 (E704) when it was not
        done within the time limit, waiting for a worker included; 503 (E709) when its
        worker died while tagging it."""
        deadline = time.time() + self.timeout_s
        for attempt in (1, 2):
            pool = self.pool
            try:
                future = pool.submit(_worker_records, job, self.timeout_s, deadline)
            except BrokenProcessPool:  # broken before this request: it goes to the new pool
                self._replace(pool)
                continue
            try:
                return await asyncio.wait_for(asyncio.wrap_future(future),
                                              max(0.0, deadline - time.time()))
            except asyncio.TimeoutError:
                future.cancel()  # still queued: never tagged; tagging: stops at its deadline
                raise RequestError(503, Errors.E704.format(seconds=self.timeout_s, done=0,
                                                           total=job.n_docs)) from None
            except BrokenProcessPool:
                self._replace(pool)
                break
        raise RequestError(503, Errors.E709.format(n_docs=job.n_docs))

    def close(self) -> None:
        self.closing = True
        if self.pool is not None:
            self.pool.shutdown(wait=True, cancel_futures=True)


def _log_start_failure(started: Future) -> None:
    if not started.cancelled() and started.exception() is not None:
        log.error("a tagging process could not start: %s", started.exception())
