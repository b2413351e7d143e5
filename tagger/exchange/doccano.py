"""doccano sequence-labelling JSONL: ``{"text", "label": [[start, end, "LABEL"], ...], ...meta}``.

doccano keeps the other keys of an imported line as metadata and writes them back on
export (next to its own integer ``id`` and ``Comments``), so the article id travels as
``article_id`` and the nested layer as ``tagger_nested``. Enable "Allow overlapping
spans" in the project when the export includes nested spans. doccano 1.x exports
``label`` (older versions ``labels``, or ``entities`` with ``start_offset``/``end_offset``);
all three are read.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Dict, List, Sequence

from ..errors import Errors, TaggerError
from ..write import write_jsonl
from .model import (ID_KEY, NESTED_KEY, ExchangeDoc, read_jsonl, scalar_meta, span_checked,
                    split_layers)

_TOOL_KEYS = {"id", "text", "label", "labels", "entities", "relations", "Comments",
              "comments", "annotation_approver", "meta", NESTED_KEY, ID_KEY}


def doc_to_line(doc: ExchangeDoc, *, flat_only: bool = False) -> Dict[str, Any]:
    """One doccano import line."""
    spans = doc.spans if flat_only else doc.all_spans
    line: Dict[str, Any] = {"text": doc.text,
                            "label": [[s.start, s.end, s.label] for s in spans],
                            ID_KEY: doc.id}
    if not flat_only:
        line[NESTED_KEY] = doc.nested_keys()
    for key, value in scalar_meta(doc.meta).items():
        if key not in _TOOL_KEYS:
            line[key] = value
    return line


def write(docs: Sequence[ExchangeDoc], out: Path, *, flat_only: bool = False,
          offsets: str = "char") -> List[Path]:
    """Write doccano JSONL to ``out``."""
    write_jsonl((doc_to_line(d, flat_only=flat_only) for d in docs), out)
    return [out]


def _triples(line: Dict[str, Any], where: str) -> List[List[Any]]:
    if "entities" in line:
        return [[e.get("start_offset"), e.get("end_offset"), e.get("label")]
                for e in line["entities"]]
    raw = line.get("label", line.get("labels", []))
    if not isinstance(raw, list) or any(not isinstance(t, list) or len(t) != 3 for t in raw):
        raise TaggerError(Errors.E508.format(where=where, fmt="doccano",
                                             expected='"label": [[start, end, "LABEL"], ...]'))
    return raw


def read(path: Path, *, unreviewed: bool = False, offsets: str = "auto") -> List[ExchangeDoc]:
    """A doccano JSONL export as ExchangeDocs (every line: doccano has no accept/reject)."""
    docs = []
    for n, line in enumerate(read_jsonl(path), 1):
        where = f"{path} line {n}"
        text = line.get("text")
        if not isinstance(text, str):
            raise TaggerError(Errors.E505.format(where=where))
        spans = [span_checked(text, s, e, label, where=where) for s, e, label in
                 _triples(line, where)]
        flat, nested = split_layers(spans, line.get(NESTED_KEY) or (), where=where)
        meta = {k: v for k, v in line.items() if k not in _TOOL_KEYS}
        if isinstance(line.get("meta"), dict):
            meta.update(line["meta"])
        doc_id = str(line.get(ID_KEY) or meta.pop(ID_KEY, None) or f"{path.name}#{n}")
        docs.append(ExchangeDoc(doc_id, text, flat, nested, meta))
    return docs
