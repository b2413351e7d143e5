"""Agreement between the modern gold set and an independent second annotation of some passages.

    python data/gold/build_modern.py
    python benchmarks/gold_agreement.py data/gold/second/modern_second_annotation.jsonl

The second annotation holds, per record id, only ``spans`` ([start, end, label], offsets into
the built record's text), made by reading the texts without seeing the gold spans or any
tagger's output. Prints strict F1 between the two per label and for PERSON/ORG/LOC, as JSON:
how far the gold itself can be trusted, the ceiling for any tagger's score on it.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

LABELS = ("PERSON", "ORG", "LOC", "SLOGAN")


def agreement(gold: dict, second: list) -> dict:
    """Strict F1 of ``second``'s spans against ``gold``'s (dicts by id), per label and micro."""
    counts = {label: [0, 0, 0] for label in LABELS}  # both, second, gold
    for record in second:
        g = {(s["start"], s["end"], s["label"]) for s in gold[record["id"]]["spans"]}
        p = {tuple(s[:3]) for s in record["spans"]}
        for label in LABELS:
            gg, pp = {x for x in g if x[2] == label}, {x for x in p if x[2] == label}
            counts[label][0] += len(gg & pp)
            counts[label][1] += len(pp)
            counts[label][2] += len(gg)

    def f1(labels) -> float:
        both, n_second, n_gold = (sum(counts[lab][k] for lab in labels) for k in range(3))
        return round(2 * both / (n_second + n_gold), 4) if n_second + n_gold else 1.0

    return {"records": len(second), "PER_ORG_LOC": f1(LABELS[:3]),
            **{label: f1([label]) for label in LABELS},
            "spans": {label: {"both": c[0], "second": c[1], "gold": c[2]} for label, c in counts.items()}}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("second", type=Path)
    parser.add_argument("--gold", type=Path, nargs="+", default=[
        Path("data/gold") / f"modern_{split}.jsonl" for split in ("dev", "test", "dev2", "test2")])
    args = parser.parse_args()
    gold = {}
    for path in args.gold:
        if path.exists():
            for line in path.read_text(encoding="utf-8").splitlines():
                record = json.loads(line)
                gold[record["id"]] = record
    second = [json.loads(line) for line in args.second.read_text(encoding="utf-8").splitlines()]
    print(json.dumps(agreement(gold, second), ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
