"""Test helpers: tagged output records for the research tests, and a stand-in NER."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Dict, List, Optional, Sequence, Tuple, Union

Part = Union[str, Tuple[str, str], Tuple[str, str, str]]


def make_article(doc_id: str, parts: Sequence[Part], *, date: Optional[str] = None,
                 page: Optional[str] = None, section: Optional[str] = None,
                 keywords: Sequence[str] = ()) -> Dict:
    """A tagged article record (docs/output-format.md) from text pieces and (text, label
    [, canonical]) spans, with offsets computed."""
    text, spans = "", []
    for part in parts:
        if isinstance(part, str):
            text += part
            continue
        surface, label = part[0], part[1]
        span = {"start": len(text), "end": len(text) + len(surface), "label": label,
                "text": surface, "source": "lexicon" if label == "SLOGAN" else "model",
                "raw_start": len(text), "raw_end": len(text) + len(surface)}
        if label == "SLOGAN":
            span.update(canonical=part[2] if len(part) > 2 else surface,
                        category="numbered formula")
        spans.append(span)
        text += surface
    meta = {"source": "fixture.txt", "line": None, "index": int(doc_id.rsplit("#", 1)[1]),
            "newspaper": "金山报", "date": date, "page": page, "section": section,
            "title": f"标题{doc_id}"}
    return {"id": doc_id, "kind": "article", "text": text, "meta": meta, "spans": spans,
            "nested": [], "keywords": [{"text": k, "weight": 0.1, "kind": "word"}
                                       for k in keywords],
            "tagger": {"version": "0.1.0", "model": "test"}}


def tagged_records() -> List[Dict]:
    """Three articles over two dates, a page record and an error record."""
    return [
        make_article("fixture.txt#0", [
            ("习近平", "PERSON"), "总书记强调，", ("中国共产党", "ORG"), "党员要增强“",
            ("四个意识", "SLOGAN"), "”。", ("金山区", "LOC"), "机关党建，", ("金山区", "LOC"),
            "。"], date="2021-10-22", page="A4", section="党建", keywords=["机关党建"]),
        make_article("fixture.txt#1", [
            ("习近平", "PERSON"), "指出，", ("金山区", "LOC"), "奋斗“", ("十四五", "SLOGAN"),
            "”，", ("区委", "ORG"), "部署。"], date="2021-10-22", page="A1",
            keywords=["机关党建", "十四五"]),
        make_article("fixture.txt#2", [
            ("刘健", "PERSON"), "在", ("区委", "ORG"), "会议上说，", ("金山区", "LOC"),
            "推进", ("乡村振兴", "SLOGAN", "乡村振兴战略"), "，增强四个意识。"],
            date="2021-10-23", page="A1"),
        {"kind": "page", "id": "fixture.txt#page", "text": "金山报", "meta": {}, "spans": [],
         "keywords": []},
        {"kind": "error", "source": "bad.txt", "line": 3, "offset": None, "error": "[E008] x"},
    ]


def write_jsonl(path: Path, records: Sequence[Dict]) -> Path:
    with open(path, "w", encoding="utf-8") as fh:
        for record in records:
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path


def mark_first_occurrences(doc, pairs: Sequence[Tuple[str, str]]):
    """Stand-in for the NER: set ``doc.ents`` to the first occurrence of each (surface, label)."""
    ents = []
    for surface, label in pairs:
        pos = doc.text.find(surface)
        if pos >= 0:
            ents.append(doc.char_span(pos, pos + len(surface), label=label))
    doc.ents = ents
    return doc
