"""Prodigy tasks (JSONL) for ``ner.manual`` / ``spans.manual``, and Prodigy answers back.

Each task has ``text``, one token per character (``ws`` false: Chinese has no spaces to
restore), ``spans`` with inclusive ``token_start``/``token_end``, and ``meta``. Prodigy is
proprietary, so :func:`validate_task` checks the documented task schema instead: token
offsets cover the text, spans align to tokens, ``ner.manual`` spans do not overlap.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Dict, List, Sequence

from ..errors import Errors, TaggerError
from ..write import write_jsonl
from .model import (span_items, ID_KEY, NESTED_KEY, ExchangeDoc, read_jsonl, scalar_meta, span_checked,
                    split_layers, warn_skipped)

ACCEPT = "accept"


def char_tokens(text: str) -> List[Dict[str, Any]]:
    """One Prodigy token per character; joining ``text`` (+ a space where ``ws``) gives the text."""
    return [{"text": ch, "start": i, "end": i + 1, "id": i, "ws": False}
            for i, ch in enumerate(text)]


def doc_to_task(doc: ExchangeDoc, *, flat_only: bool = False) -> Dict[str, Any]:
    """One Prodigy task. With ``flat_only`` the spans do not overlap (``ner.manual``)."""
    spans = doc.spans if flat_only else doc.all_spans
    task: Dict[str, Any] = {
        "text": doc.text,
        "tokens": char_tokens(doc.text),
        "spans": [{"start": s.start, "end": s.end, "label": s.label,
                   "token_start": s.start, "token_end": s.end - 1,
                   "text": doc.text[s.start:s.end]} for s in spans],
        "meta": {ID_KEY: doc.id, **scalar_meta(doc.meta)},
        ID_KEY: doc.id,
    }
    if not flat_only:
        task[NESTED_KEY] = doc.nested_keys()
    return task


def write(docs: Sequence[ExchangeDoc], out: Path, *, flat_only: bool = False,
          offsets: str = "char") -> List[Path]:
    """Write the tasks to ``out`` (JSONL)."""
    write_jsonl((doc_to_task(d, flat_only=flat_only) for d in docs), out)
    return [out]


def validate_task(task: Dict[str, Any], *, where: str, manual_ner: bool = False) -> List[str]:
    """Problems of one task against Prodigy's task format; empty when it is valid."""
    problems: List[str] = []
    text = task.get("text")
    if not isinstance(text, str):
        return [f"{where}: 'text' is not a string"]
    tokens = task.get("tokens") or []
    rebuilt = "".join(t["text"] + (" " if t.get("ws") else "") for t in tokens)
    if rebuilt != text:
        problems.append(f"{where}: tokens do not rebuild the text")
    starts, ends = {}, {}
    for i, tok in enumerate(tokens):
        if tok.get("id") != i or text[tok["start"]:tok["end"]] != tok["text"]:
            problems.append(f"{where}: token {i} does not match the text")
        starts[tok["start"]], ends[tok["end"]] = i, i
    prev_end = -1
    for span in sorted(task.get("spans") or [], key=lambda s: (s["start"], s["end"])):
        if not {"start", "end", "label"} <= span.keys():
            problems.append(f"{where}: span {span} lacks start/end/label")
            continue
        if starts.get(span["start"]) != span.get("token_start") or \
                ends.get(span["end"]) != span.get("token_end"):
            problems.append(f"{where}: span {span['start']}-{span['end']} is not aligned to "
                            "its token_start/token_end")
        if manual_ner and span["start"] < prev_end:
            problems.append(f"{where}: spans overlap at {span['start']} (ner.manual)")
        prev_end = max(prev_end, span["end"])
    if not isinstance(task.get("meta", {}), dict):
        problems.append(f"{where}: 'meta' is not an object")
    return problems


def read(path: Path, *, unreviewed: bool = False, offsets: str = "auto") -> List[ExchangeDoc]:
    """Accepted answers of a Prodigy dataset (``prodigy db-out``) as ExchangeDocs.

    ``reject`` and ``ignore`` answers are left out (W500). Tasks without an ``answer``
    (not yet reviewed) are read only with ``unreviewed``. When one input was answered
    more than once (same ``_input_hash``), the last answer counts.
    """
    by_input: Dict[Any, ExchangeDoc] = {}
    rejected = unanswered = 0
    for n, task in enumerate(read_jsonl(path), 1):
        answer = task.get("answer")
        if answer is None and not unreviewed:
            unanswered += 1
            continue
        if answer is not None and answer != ACCEPT:
            rejected += 1
            continue
        where = f"{path} line {n}"
        text = task.get("text")
        if not isinstance(text, str):
            raise TaggerError(Errors.E505.format(where=where))
        spans = [span_checked(text, s.get("start"), s.get("end"), s.get("label"), where=where,
                              surface=s.get("text")) for s in span_items(task.get("spans"), where=where, layer="spans")]
        flat, nested = split_layers(spans, task.get(NESTED_KEY) or (), where=where)
        meta = dict(task.get("meta") or {})
        doc_id = str(task.get(ID_KEY) or meta.get(ID_KEY) or f"{path.name}#{n}")
        meta.pop(ID_KEY, None)
        key = task.get("_input_hash", n)
        by_input.pop(key, None)
        by_input[key] = ExchangeDoc(doc_id, text, flat, nested, meta)
    warn_skipped(rejected, path=path, reason="answer is reject or ignore")
    warn_skipped(unanswered, path=path, reason="no answer (pass --unreviewed to read them)")
    return list(by_input.values())
