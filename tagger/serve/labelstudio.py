"""The Label Studio ML backend protocol: labeling config in, pre-annotations out.

Label Studio (1.23) calls ``GET /health``, ``POST /setup`` (``project``, ``schema``: the
labeling config), ``POST /predict`` (``tasks``, ``project``, ``label_config``) and reads
``{"results": [prediction, ...]}``, one prediction per task in task order, each
``{"result": [region, ...], "score", "model_version"}``. Regions are the ``labels`` results
of :mod:`tagger.exchange.labelstudio`, on the project's own ``<Labels>``/``<Text>`` names,
limited to the labels the config offers, with code-point offsets into the task's text.

A region's ``score`` is the strict precision of its label measured on the held-out news
set when the model was evaluated (``meta.json`` → ``performance``); a prediction's score is
the mean of its regions' scores.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass
from typing import Any, Dict, List, Optional, Tuple

from ..errors import Errors, TaggerError
from ..exchange.labelstudio import region
from ..exchange.model import ExchangeDoc, ExchangeSpan, sort_spans

#: The evaluation in the model's meta.json whose per-label precision scores regions.
SCORE_EVALUATION = "heldout_gold/pipeline"


@dataclass(frozen=True)
class LabelingFields:
    """Where predictions go in a project: the ``<Labels>`` and ``<Text>`` tags."""

    from_name: str
    to_name: str
    value_key: str
    labels: Tuple[str, ...]


def labeling_fields(config: Any) -> LabelingFields:
    """The first ``<Labels>`` tag whose ``toName`` is a ``<Text>`` tag of ``config``.

    Raises TaggerError (E700) when the config is not XML or has no such pair.
    """
    if not isinstance(config, str) or not config.strip():
        raise TaggerError(Errors.E700.format(reason="no labeling config was sent"))
    try:
        root = ET.fromstring(config)
    except ET.ParseError as err:
        raise TaggerError(Errors.E700.format(reason=f"it is not XML ({err})")) from err
    texts = {t.get("name"): t.get("value", "") for t in root.iter("Text")}
    for tag in root.iter("Labels"):
        to_name = tag.get("toName", "")
        if to_name in texts and texts[to_name].startswith("$"):
            labels = tuple(dict.fromkeys(lab.get("value") for lab in tag.iter("Label")
                                         if lab.get("value")))
            return LabelingFields(tag.get("name", ""), to_name, texts[to_name][1:], labels)
    raise TaggerError(Errors.E700.format(
        reason="no <Labels> tag points (toName) at a <Text> tag with value=\"$field\""))


def label_scores(meta: Dict[str, Any]) -> Dict[str, float]:
    """Per-label strict precision from the model's evaluation, as region scores."""
    evaluation = (meta.get("performance") or {}).get(SCORE_EVALUATION) or {}
    return {label: round(float(row["p"]), 4) for label, row in (evaluation.get("per_label") or {}).items()
            if isinstance(row, dict) and isinstance(row.get("p"), (int, float))}


def task_text(task: Any, fields: LabelingFields, where: str) -> str:
    """The text of one task (``data[value_key]``); E701 when it is missing."""
    data = task.get("data") if isinstance(task, dict) else None
    text = data.get(fields.value_key) if isinstance(data, dict) else None
    if not isinstance(text, str):
        raise TaggerError(Errors.E701.format(where=where, key=fields.value_key))
    return text


def prediction(record: Dict[str, Any], text: str, fields: LabelingFields, *,
               model_version: str, scores: Dict[str, float]) -> Dict[str, Any]:
    """The prediction of one task from the tagged record of its text.

    Spans are placed with their ``raw_start``/``raw_end`` offsets, which point into the
    text as the task holds it even where the tagger repaired it first.
    """
    spans = sort_spans(
        ExchangeSpan(s["raw_start"], s["raw_end"], s["label"], canonical=s.get("canonical"))
        for s in record.get("spans") or [] if s["label"] in fields.labels)
    doc = ExchangeDoc(id=str(record.get("id")), text=text, spans=spans)
    result: List[Dict[str, Any]] = []
    for n, span in enumerate(spans, 1):
        item = region(doc, span, n, from_name=fields.from_name, to_name=fields.to_name)
        score: Optional[float] = scores.get(span.label)
        if score is not None:
            item["score"] = score
        result.append(item)
    known = [r["score"] for r in result if "score" in r]
    return {"result": result, "score": round(sum(known) / len(known), 4) if known else None,
            "model_version": model_version}
