"""tagger: Chinese news tagging from raw newspaper text to annotated JSONL."""

import os
import sys

if "numpy" not in sys.modules:
    # Tagging multiplies small matrices one at a time (thinc's own BLAS); OpenBLAS's idle
    # worker threads would only make the process multi-threaded, so that every malloc
    # takes a lock (9 % of a tagging process in perf; `tagger tag -n 2` ran a fifth
    # slower, docs/evaluation.md). Processes, not threads, are the way to use more cores
    # (``tagger tag -n``). A value the user has set is kept.
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

from .about import __version__  # noqa: E402
from . import register  # noqa: F401,E402  (spaCy factories, readers and span extensions)
from .api import load, tag_records, tag_text  # noqa: E402

__all__ = ["__version__", "load", "tag_text", "tag_records"]
