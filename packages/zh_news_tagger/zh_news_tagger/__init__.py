"""``spacy.load("zh_news_tagger")``: the tagger's pipeline under its spaCy model name.

spaCy loads a model package by importing it and calling its ``load()``, with the same
keyword arguments as ``spacy.load``.
"""

from __future__ import annotations

from typing import Any

from tagger.pipeline import default_model_path


def load(**overrides: Any):
    """The installed tagging pipeline; ``overrides`` are those of ``spacy.load``."""
    from spacy.util import load_model_from_path

    return load_model_from_path(default_model_path(), **overrides)
