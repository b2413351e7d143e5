"""Precision of predicted spans by label and source (model, lexicon, pattern) on gold.

    python benchmarks/precision_by_source.py data/gold/recent_news.jsonl

Tags the gold text with the shipped model (or --model) and counts, for every
(label, source) pair, how many predicted spans match a gold span exactly and how
many overlap one of the same label. Shows how much each rule family can be trusted.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold")
    parser.add_argument("--model", default=None)
    args = parser.parse_args()

    from tagger.pipeline import PipelineOptions, load_pipeline
    from tagger.training.corpus import read_spans

    nlp = load_pipeline(PipelineOptions(model=args.model, keywords="none"))
    total, exact, overlap = Counter(), Counter(), Counter()
    for text, gold, _ in read_spans(args.gold):
        gold_set = set(gold)
        for ent in nlp(text).ents:
            key = (ent.label_, ent._.source or "model")
            span = (ent.start_char, ent.end_char, ent.label_)
            total[key] += 1
            exact[key] += span in gold_set
            overlap[key] += any(g[2] == span[2] and g[0] < span[1] and span[0] < g[1] for g in gold)
    rows = {f"{label}/{source}": {"predicted": n, "strict_precision": round(exact[(label, source)] / n, 4),
                                  "overlap_precision": round(overlap[(label, source)] / n, 4)}
            for (label, source), n in sorted(total.items())}
    print(json.dumps(rows, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
