"""Export tagged articles to annotation tools and import their corrected output as gold.

Formats (one module each, listed in :data:`FORMATS`): ``prodigy``, ``doccano``,
``labelstudio``, ``brat`` (also INCEpTION), ``conll`` and ``spacy``. Offsets are Python
character offsets; formats whose tools count UTF-16 code units convert on the way.
"""

from .model import LABELS, ExchangeDoc, ExchangeSpan, doc_to_gold, docs_from_records, read_jsonl
from .registry import (FORMATS, ExchangeFormat, ExportSummary, export_docs, export_records,
                       get_format, import_docs, import_file, round_trip_diff)

__all__ = [
    "FORMATS", "LABELS", "ExchangeDoc", "ExchangeFormat", "ExchangeSpan", "ExportSummary",
    "doc_to_gold", "docs_from_records", "export_docs", "export_records", "get_format",
    "import_docs", "import_file", "read_jsonl", "round_trip_diff",
]
