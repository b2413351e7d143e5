"""Segment stage: split repaired newspaper pages into article and page records."""

from .segment import segment_page

__all__ = ["segment_page"]
