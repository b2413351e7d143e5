"""Run shards on dask.distributed workers: a scheduler on other machines, or a LocalCluster.

Each worker loads the pipeline once, when :class:`PipelinePlugin` is registered (and again
on a worker that joins or restarts later); a task tags one shard with it and writes the
shard's file and record itself, so input and output folders must be visible to every
worker at the same path (see docs/scale.md). When a worker dies, the scheduler runs its
shards again on another one (Dask's ``distributed.scheduler.allowed-failures`` times);
a shard whose temp file was left behind is simply written again.

Import this module only when Dask is wanted: ``pip install "tagger[dask]"``.
"""

from __future__ import annotations

import logging
import threading
from contextlib import contextmanager
from dataclasses import asdict
from pathlib import Path
from typing import Any, Callable, Dict, Iterator, Optional, Sequence

import dask
from distributed import Client, LocalCluster, WorkerPlugin, as_completed, get_worker

from ..errors import Errors, TaggerError
from ..pipeline import PipelineOptions, load_pipeline, model_path
from ..tagging import TagSettings
from .manifest import Fingerprint, ShardRecord, tree_sha256
from .plan import ShardSpec
from .run import Outcome, Runner, tag_shard


#: Dask settings of a --local-cluster. Dask starts workers with MALLOC_TRIM_THRESHOLD_=65536
#: (glibc then hands freed memory back to the OS at once); the tagger allocates and frees
#: many small arrays, so its workers keep glibc's adaptive default. A shard task runs for
#: seconds to minutes, so the event loops' health checks, system and memory monitors poll
#: less often than Dask's defaults (20 ms, 500 ms, 100 ms) and the statistical profiler is
#: off: about 7% less CPU per run, measured (docs/scale.md).
LOCAL_CLUSTER_CONFIG = {
    "distributed.nanny.pre-spawn-environ": {
        "OMP_NUM_THREADS": 1, "MKL_NUM_THREADS": 1, "OPENBLAS_NUM_THREADS": 1},
    "distributed.admin.tick.interval": "1s",
    "distributed.admin.system-monitor.interval": "5s",
    "distributed.admin.system-monitor.disk": False,
    "distributed.worker.memory.monitor-interval": "1s",
    "distributed.worker.profile.enabled": False,
}

#: The worker's periodic callbacks of Dask's statistical profiler.
PROFILER_CALLBACKS = ("profile", "profile-cycle")


class PipelinePlugin(WorkerPlugin):
    """Loads the tagging pipeline once per worker and lends it to that worker's tasks.

    A lock keeps one task at a time on the model when a worker runs several threads
    (start workers with ``--nthreads 1`` and more processes to use more cores).
    """

    def __init__(self, options: PipelineOptions, name: str) -> None:
        self.options = options
        self.name = name
        self.nlp = None
        self.model_sha256 = ""
        self.paused: list = []
        self.lock = threading.Lock()

    def setup(self, worker) -> None:
        self.nlp = load_pipeline(self.options)
        self.model_sha256 = tree_sha256(model_path(self.options))
        # Dask's statistical profiler reads the running task's stack every 10 ms; while
        # tagging it cost about 8% of a worker's CPU (measured). Paused while the
        # plugin is registered, resumed at teardown.
        self.paused = [pc for name, pc in worker.periodic_callbacks.items()
                       if name in PROFILER_CALLBACKS and pc.is_running()]
        for callback in self.paused:
            callback.stop()

    def teardown(self, worker) -> None:
        self.nlp = None
        for callback in self.paused:
            callback.start()

    def __getstate__(self) -> Dict[str, Any]:
        return {"options": self.options, "name": self.name}

    def __setstate__(self, state: Dict[str, Any]) -> None:
        self.__init__(state["options"], state["name"])


def _tag_shard_task(spec: Dict[str, Any], out_dir: str, fp: Fingerprint,
                    settings: TagSettings, plugin_name: str) -> Dict[str, Any]:
    """The Dask task: tag one shard with the worker's pipeline; return its record."""
    worker = get_worker()
    plugin = worker.plugins[plugin_name]
    if plugin.model_sha256 != fp.model_sha256:
        raise TaggerError(Errors.E607.format(worker=worker.address, model=fp.model))
    with plugin.lock:
        record = tag_shard(ShardSpec.from_dict(spec), out_dir, plugin.nlp, fp, settings,
                           worker=worker.address)
    return asdict(record)


def dask_runner(client: Client) -> Callable[[PipelineOptions, TagSettings, Fingerprint, Path],
                                            Runner]:
    """A runner for :func:`tagger.scale.run_sharded` that submits shards to ``client``."""

    def make(options: PipelineOptions, settings: TagSettings, fp: Fingerprint,
             out_dir: Path) -> Runner:
        def run(todo: Sequence[ShardSpec]) -> Iterator[Outcome]:
            if not todo:
                return
            name = f"tagger-pipeline-{fp.hash}"
            client.register_plugin(PipelinePlugin(options, name), name=name)
            futures = {client.submit(_tag_shard_task, spec.to_dict(), str(out_dir), fp,
                                     settings, name, key=f"tagger-shard-{fp.hash}-{spec.name}",
                                     pure=False): spec.name for spec in todo}
            try:
                for future in as_completed(futures):
                    try:
                        yield futures[future], ShardRecord.from_dict(future.result())
                    except Exception as err:  # a shard that failed on every try
                        yield futures[future], TaggerError(f"{type(err).__name__}: {err}")
            finally:
                client.cancel(list(futures))
                client.unregister_worker_plugin(name)

        return run

    return make


@contextmanager
def dask_client(*, scheduler: Optional[str] = None,
                local_workers: Optional[int] = None) -> Iterator[Client]:
    """A client of the scheduler at ``scheduler``, or of a new LocalCluster of
    ``local_workers`` single-threaded worker processes (closed afterwards)."""
    if local_workers is not None:
        with dask.config.set(LOCAL_CLUSTER_CONFIG):
            cluster = LocalCluster(n_workers=local_workers, threads_per_worker=1,
                                   processes=True, dashboard_address=None,
                                   silence_logs=logging.ERROR)
        try:
            with Client(cluster) as client:
                yield client
        finally:
            cluster.close()
        return
    try:
        client = Client(scheduler, timeout="20s")
    except (OSError, TimeoutError, ValueError) as err:
        raise TaggerError(Errors.E605.format(address=scheduler, reason=err)) from None
    with client:
        yield client
