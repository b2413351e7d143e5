"""Repair stage: fix the text layer of PDF newspaper pages before segmentation and tagging."""

from .repair import Repaired, RepairedLine, repair_text

__all__ = ["Repaired", "RepairedLine", "repair_text"]
