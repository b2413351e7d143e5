"""Label Studio: a JSON array of tasks with predictions, its labeling config, and exports back.

Each task is ``{"data": {"text", "article_id", "tagger_nested", ...meta}, "predictions":
[{"model_version", "result": [region, ...]}]}`` where a region is a ``labels`` result on
``from_name="label"``/``to_name="text"``. The labeling config (``<Labels>`` over ``<Text>``)
is written next to the tasks as ``<stem>.config.xml``. Offsets are code points (what
Label Studio >= 1.4 stores); pass ``offsets="utf16"`` for a tool that counts like
JavaScript. Import checks each region's ``text`` and converts UTF-16 offsets it finds.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Dict, Iterable, List, Optional, Sequence
from xml.sax.saxutils import quoteattr

from ..about import __version__
from ..errors import Errors, TaggerError
from ..write import write_text
from .model import (ID_KEY, LABELS, NESTED_KEY, ExchangeDoc, ExchangeSpan, Utf16Offsets,
                    read_export_text, resolve_offsets, scalar_meta, span_checked, split_layers,
                    warn_skipped)

FROM_NAME = "label"
TO_NAME = "text"
MODEL_VERSION = f"tagger-{__version__}"
_COLORS = {"PERSON": "#f4a261", "ORG": "#2a9d8f", "LOC": "#8ab17d", "SLOGAN": "#e76f51"}


def config_path(out: Path) -> Path:
    """Where the labeling config of the tasks file ``out`` goes."""
    return out.with_name(out.stem + ".config.xml")


def labeling_config(labels: Iterable[str]) -> str:
    """The labeling config XML: one ``<Label>`` per label, overlapping regions allowed."""
    lines = ["<View>",
             f'  <Labels name="{FROM_NAME}" toName="{TO_NAME}">']
    for label in labels:
        color = _COLORS.get(label, "#9e9e9e")
        lines.append(f"    <Label value={quoteattr(label)} background={quoteattr(color)}/>")
    lines += ["  </Labels>",
              f'  <Text name="{TO_NAME}" value="$text" granularity="symbol"/>',
              "</View>", ""]
    return "\n".join(lines)


def region(doc: ExchangeDoc, span: ExchangeSpan, n: int, utf16: Optional[Utf16Offsets] = None,
           *, from_name: str = FROM_NAME, to_name: str = TO_NAME) -> Dict:
    """One ``labels`` result; a slogan's canonical form goes into the region's meta text."""
    start, end = (utf16.encode(span.start), utf16.encode(span.end)) if utf16 else \
        (span.start, span.end)
    region: Dict[str, Any] = {
        "id": f"r{n}",
        "from_name": from_name, "to_name": to_name, "type": "labels",
        "value": {"start": start, "end": end, "text": doc.text[span.start:span.end],
                  "labels": [span.label]},
    }
    if span.canonical:
        region["meta"] = {"text": [span.canonical]}
    return region


def doc_to_task(doc: ExchangeDoc, *, flat_only: bool = False, offsets: str = "char") -> Dict:
    """One Label Studio task with the tagger's spans as a prediction."""
    utf16 = Utf16Offsets(doc.text) if offsets == "utf16" else None
    spans = doc.spans if flat_only else doc.all_spans
    data: Dict[str, Any] = {k: v for k, v in scalar_meta(doc.meta).items()
                            if k not in (TO_NAME, ID_KEY, NESTED_KEY)}
    data.update({TO_NAME: doc.text, ID_KEY: doc.id})
    if not flat_only:
        data[NESTED_KEY] = doc.nested_keys()
    return {"data": data,
            "predictions": [{"model_version": MODEL_VERSION,
                             "result": [region(doc, s, i, utf16)
                                        for i, s in enumerate(spans, 1)]}]}


def write(docs: Sequence[ExchangeDoc], out: Path, *, flat_only: bool = False,
          offsets: str = "char") -> List[Path]:
    """Write the tasks (JSON array) to ``out`` and the labeling config next to it."""
    tasks = [doc_to_task(d, flat_only=flat_only, offsets=offsets) for d in docs]
    write_text(out, json.dumps(tasks, ensure_ascii=False, indent=1) + "\n")
    used = {s.label for d in docs for s in d.all_spans}
    labels = list(LABELS) + sorted(used - set(LABELS))
    config = config_path(out)
    write_text(config, labeling_config(labels))
    return [out, config]


def _latest(annotations: List[Dict]) -> Optional[Dict]:
    live = [a for a in annotations if not a.get("was_cancelled")]
    if not live:
        return None
    return max(enumerate(live), key=lambda p: (str(p[1].get("updated_at") or
                                                   p[1].get("created_at") or ""), p[0]))[1]


def _spans_from_result(text: str, result: List[Dict], *, where: str,
                       offsets: str) -> List[ExchangeSpan]:
    """The spans of one annotation's ``labels`` results (other result types are ignored)."""
    utf16 = Utf16Offsets(text)
    spans = []
    for region in result:
        if region.get("type") not in ("labels", None) or "value" not in region:
            continue
        value = region["value"]
        labels = value.get("labels") or value.get("hypertextlabels") or []
        start, end = resolve_offsets(text, value.get("start"), value.get("end"),
                                     value.get("text"), unit=offsets, utf16=utf16)
        meta_text = (region.get("meta") or {}).get("text") or [None]
        for label in labels:
            spans.append(span_checked(text, start, end, label, where=where,
                                      surface=value.get("text"), canonical=meta_text[0]))
    return spans


def read(path: Path, *, unreviewed: bool = False, offsets: str = "auto") -> List[ExchangeDoc]:
    """A Label Studio JSON export (or the tasks file) as ExchangeDocs.

    Per task the latest annotation that was not cancelled counts; tasks without one are
    read from their first prediction only with ``unreviewed`` and when the file holds
    predictions whole (the tasks file; Label Studio's export lists only their ids), else
    they are left out (W500). The "JSON-MIN" export (``text`` + ``label`` per task) is
    read too.
    """
    try:
        tasks = json.loads(read_export_text(path, fmt="labelstudio"))
    except (json.JSONDecodeError, RecursionError) as err:
        if isinstance(err, RecursionError):
            raise TaggerError(Errors.E515.format(path=path, fmt="labelstudio",
                                                 reason="nested too deep")) from None
        raise TaggerError(Errors.E507.format(path=path, line=err.lineno, reason=err.msg)) from err
    if not isinstance(tasks, list):
        raise TaggerError(Errors.E508.format(where=str(path), fmt="labelstudio",
                                             expected="a JSON array of tasks"))
    docs, skipped = [], 0
    for n, task in enumerate(tasks, 1):
        where = f"{path} task {n}"
        if not isinstance(task, dict):
            raise TaggerError(Errors.E506.format(where=where, kind=type(task).__name__))
        if "data" in task:
            data = task["data"]
            annotation = _latest(task.get("annotations") or task.get("completions") or [])
            # Label Studio's export lists predictions as ids; the tasks file has them whole.
            predictions = [p for p in task.get("predictions") or [] if isinstance(p, dict)]
            if annotation is None and unreviewed and predictions:
                annotation = predictions[0]
            if annotation is None:
                skipped += 1
                continue
            result = annotation.get("result") or []
        else:  # JSON-MIN
            data = task
            result = [{"type": "labels", "value": v} for v in task.get("label") or []]
        text = data.get(TO_NAME)
        if not isinstance(text, str):
            raise TaggerError(Errors.E505.format(where=where))
        flat, nested = split_layers(_spans_from_result(text, result, where=where,
                                                       offsets=offsets),
                                    data.get(NESTED_KEY) or (), where=where)
        meta = {k: v for k, v in data.items() if k not in (TO_NAME, ID_KEY, NESTED_KEY)}
        doc_id = str(data.get(ID_KEY) or f"{path.name}#{task.get('id', n)}")
        docs.append(ExchangeDoc(doc_id, text, flat, nested, meta))
    warn_skipped(skipped, path=path,
                 reason="no annotation (pass --unreviewed to read the predictions)")
    return docs
