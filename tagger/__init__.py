"""tagger: Chinese news tagging from raw newspaper text to annotated JSONL."""

from .about import __version__
from . import register  # noqa: F401  (spaCy factories, readers and span extensions)

__all__ = ["__version__"]
