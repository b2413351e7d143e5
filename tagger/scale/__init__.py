"""Archive-scale runs: inputs cut into shards, one output file per shard, resumable.

* :mod:`.plan` cuts the inputs into :class:`ShardSpec` s (line ranges of JSONL files,
  groups of page files) without reading them into memory;
* :mod:`.manifest` holds the output directory's format: per-shard records, checksums,
  the fingerprint of model and options that decides which shards are still valid;
* :mod:`.run` tags shards in this process or a process pool and resumes a run;
* :mod:`.cluster` runs the same shards on dask.distributed workers (optional extra).
"""

from .manifest import Fingerprint, ShardRecord, fingerprint, shard_files
from .plan import ShardSpec, count_records, plan_shards
from .run import ShardedSummary, run_sharded, tag_shard

__all__ = ["Fingerprint", "ShardRecord", "ShardSpec", "ShardedSummary", "count_records",
           "fingerprint", "plan_shards", "run_sharded", "shard_files", "tag_shard"]
