"""Score a pipeline against gold spans: strict and overlap precision/recall/F1.

The gold text is tagged as given (no page repair), so scores are comparable with
published ones. Only the labels that occur in the gold file are scored (or the
``labels`` asked for), so a SLOGAN span on MSRA text is not counted as an error.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Dict, Iterable, List, Optional, Sequence, Set, Tuple

from .corpus import read_spans

Span = Tuple[int, int, str]


@dataclass
class PRF:
    tp: float = 0.0
    n_pred: int = 0
    n_gold: int = 0

    @property
    def p(self) -> float:
        return self.tp / self.n_pred if self.n_pred else 0.0

    @property
    def r(self) -> float:
        return self.tp / self.n_gold if self.n_gold else 0.0

    @property
    def f(self) -> float:
        return 2 * self.p * self.r / (self.p + self.r) if self.p + self.r else 0.0

    def as_dict(self) -> Dict[str, float]:
        return {"p": round(self.p, 4), "r": round(self.r, 4), "f": round(self.f, 4),
                "n_gold": self.n_gold, "n_pred": self.n_pred}


def score_spans(pairs: Iterable[Tuple[Sequence[Span], Sequence[Span]]],
                labels: Optional[Set[str]] = None) -> Dict:
    """Scores of ``(predicted, gold)`` span lists: per label, micro, and overlap F1."""
    strict: Dict[str, PRF] = defaultdict(PRF)
    overlap_p = overlap_r = 0
    n_pred = n_gold = 0
    for predicted, gold in pairs:
        if labels is not None:
            predicted = [s for s in predicted if s[2] in labels]
            gold = [s for s in gold if s[2] in labels]
        gold_set = Counter(gold)
        for span in predicted:
            strict[span[2]].n_pred += 1
            if gold_set[span] > 0:
                strict[span[2]].tp += 1
                gold_set[span] -= 1
        for span in gold:
            strict[span[2]].n_gold += 1
        overlap_p += sum(1 for s in predicted if _overlaps_any(s, gold))
        overlap_r += sum(1 for s in gold if _overlaps_any(s, predicted))
        n_pred += len(predicted)
        n_gold += len(gold)
    micro = PRF(sum(x.tp for x in strict.values()), n_pred, n_gold)
    op = overlap_p / n_pred if n_pred else 0.0
    orr = overlap_r / n_gold if n_gold else 0.0
    return {
        "micro": micro.as_dict(),
        "per_label": {label: strict[label].as_dict() for label in sorted(strict)},
        "overlap_p": round(op, 4), "overlap_r": round(orr, 4),
        "overlap_f": round(2 * op * orr / (op + orr), 4) if op + orr else 0.0,
    }


def _overlaps_any(span: Span, others: Sequence[Span]) -> bool:
    return any(o[2] == span[2] and o[0] < span[1] and span[0] < o[1] for o in others)


#: Characters of context on each side of an error span in ``span_errors``.
ERROR_CONTEXT = 20


def span_errors(texts: Sequence[str], predicted: Sequence[Sequence[Span]],
                gold: Sequence[Sequence[Span]], labels: Optional[Set[str]] = None, *,
                context: int = ERROR_CONTEXT) -> List[Dict]:
    """Every false positive and false negative of a scored set, with context and a category.

    ``category`` says what kind of error it is, so errors can be read by class:
    ``label`` (same offsets, other label), ``boundary`` (overlaps a span of the same label),
    ``overlap`` (overlaps a span of another label), or ``spurious`` / ``missed`` (nothing overlaps).
    """
    rows: List[Dict] = []
    for index, (text, pred, gold_spans) in enumerate(zip(texts, predicted, gold)):
        if labels is not None:
            pred = [s for s in pred if s[2] in labels]
            gold_spans = [s for s in gold_spans if s[2] in labels]
        unmatched_pred = Counter(pred) - Counter(gold_spans)
        unmatched_gold = Counter(gold_spans) - Counter(pred)
        for kind, spans, others in (("false_positive", unmatched_pred, gold_spans),
                                    ("false_negative", unmatched_gold, pred)):
            for span in sorted(spans.elements()):
                start, end, label = span
                rows.append({
                    "index": index, "error": kind, "category": _error_category(span, others, kind),
                    "label": label, "start": start, "end": end, "text": text[start:end],
                    "left": text[max(0, start - context):start], "right": text[end:end + context],
                    "other": [{"start": s, "end": e, "label": lab, "text": text[s:e]}
                              for s, e, lab in others if s < end and start < e],
                })
    return rows


def _error_category(span: Span, others: Sequence[Span], kind: str) -> str:
    overlapping = [o for o in others if o[0] < span[1] and span[0] < o[1]]
    if any(o[:2] == span[:2] for o in overlapping):
        return "label"
    if any(o[2] == span[2] for o in overlapping):
        return "boundary"
    if overlapping:
        return "overlap"
    return "spurious" if kind == "false_positive" else "missed"


def evaluate(gold_path: Path | str, nlp, *, labels: Optional[Sequence[str]] = None,
             batch_size: int = 64, errors: Optional[List[Dict]] = None) -> Dict:
    """Tag the text of ``gold_path`` (.bio or gold .jsonl) with ``nlp`` and score it.

    When ``errors`` is a list, every false positive and false negative is appended to it
    (``span_errors``), each with the gold file's line number of its text.
    """
    triples = list(read_spans(gold_path, conventions=False))
    records = [(text, spans) for text, spans, _ in triples]
    label_set = set(labels) if labels else {s[2] for _, spans in records for s in spans}
    texts = [text for text, _ in records]
    predicted: List[List[Span]] = []
    for doc in nlp.pipe(texts, batch_size=batch_size):
        predicted.append([(e.start_char, e.end_char, e.label_) for e in doc.ents])
    scores = score_spans(zip(predicted, (spans for _, spans in records)), label_set)
    if errors is not None:
        for row in span_errors(texts, predicted, [spans for _, spans in records], label_set):
            errors.append({"line": triples[row["index"]][2], **row})
    scores["gold"] = str(gold_path)
    scores["labels"] = sorted(label_set)
    scores["n_texts"] = len(texts)
    scores["n_chars"] = sum(len(t) for t in texts)
    return scores


def format_scores(scores: Dict) -> str:
    """A plain-text table of ``evaluate`` results."""
    rows = [f"{'label':<8} {'P':>7} {'R':>7} {'F':>7} {'gold':>7} {'pred':>7}"]
    for label, s in scores["per_label"].items():
        rows.append(f"{label:<8} {s['p']:>7.4f} {s['r']:>7.4f} {s['f']:>7.4f} {s['n_gold']:>7} {s['n_pred']:>7}")
    m = scores["micro"]
    rows.append(f"{'micro':<8} {m['p']:>7.4f} {m['r']:>7.4f} {m['f']:>7.4f} {m['n_gold']:>7} {m['n_pred']:>7}")
    rows.append(f"overlap  P {scores['overlap_p']:.4f}  R {scores['overlap_r']:.4f}  F {scores['overlap_f']:.4f}")
    return "\n".join(rows)
