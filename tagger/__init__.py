"""tagger: Chinese news tagging from raw newspaper text to annotated JSONL."""

from .about import __version__

__all__ = ["__version__"]
