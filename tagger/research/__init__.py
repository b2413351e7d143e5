"""Corpus research on tagged JSONL: frequency tables, co-occurrence, KWIC, an HTML report."""

from .cooccurrence import CooccurrenceCounter, Pair
from .export import FORMATS, write_tables
from .kwic import KwicLine, iter_kwic, kwic_lines
from .records import ReadCounts, entity_key, iter_articles
from .report import build_report, render_article, write_report
from .stats import Stats, StatsCollector, Table, compute_stats

__all__ = [
    "CooccurrenceCounter", "FORMATS", "KwicLine", "Pair", "ReadCounts", "Stats",
    "StatsCollector", "Table", "build_report", "compute_stats", "entity_key", "iter_articles",
    "iter_kwic", "kwic_lines", "render_article", "write_report", "write_tables",
]
