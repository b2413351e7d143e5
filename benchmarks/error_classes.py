"""Issue #14's error classes, probe by probe: how many sentences a model gets exactly right.

    python benchmarks/error_classes.py --model tagger/models/zh_news_tagger
    python benchmarks/error_classes.py --model OLD_MODEL --model tagger/models/zh_news_tagger

``data/gold/error_classes.jsonl`` holds short sentences written for each error class of
issue #14 (transliterated, anonymized and Latin-script names, names in -isms, brands,
countries in sports and international news, one-character place fragments, short forms,
compound places, companies in lists, sub-units, title marks, generic bodies), annotated by
docs/annotation-guidelines.md; ``meta.class`` names the class. For each model and class the
script prints the sentences whose PERSON/ORG/LOC spans are exactly the gold ones, and the
strict micro F1 over the class (pipeline output, as ``tagger tag`` gives it).
"""

from __future__ import annotations

import argparse
import json
from collections import defaultdict
from pathlib import Path

LABELS = {"PERSON", "ORG", "LOC"}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", action="append", default=[], help="model directory; repeatable")
    parser.add_argument("--probes", default="data/gold/error_classes.jsonl")
    args = parser.parse_args()

    import tagger
    from tagger.training.evaluate import score_spans

    records = [json.loads(line) for line in Path(args.probes).read_text(encoding="utf-8").splitlines() if line]
    by_class = defaultdict(list)
    for record in records:
        gold = [(s["start"], s["end"], s["label"]) for s in record["spans"] if s["label"] in LABELS]
        by_class[record["meta"]["class"]].append((record["text"], sorted(gold)))
    results = {}
    for model in args.model or [None]:
        nlp = tagger.load(model) if model else tagger.load()
        name = f"{nlp.meta.get('name')}-{nlp.meta.get('version')}"
        rows = {}
        for cls, items in by_class.items():
            pairs = []
            for (text, gold), doc in zip(items, nlp.pipe([t for t, _ in items])):
                pairs.append((sorted((e.start_char, e.end_char, e.label_) for e in doc.ents
                                     if e.label_ in LABELS), gold))
            exact = sum(1 for pred, gold in pairs if pred == gold)
            f = score_spans(pairs, LABELS)["micro"]["f"]
            rows[cls] = {"exact": exact, "n": len(items), "f": f}
        results[name] = rows
    names = list(results)
    print("| class | " + " | ".join(f"{n}: exact / F1" for n in names) + " |")
    print("|---|" + "---|" * len(names))
    for cls in by_class:
        cells = [f"{results[n][cls]['exact']}/{results[n][cls]['n']} / {results[n][cls]['f']:.2f}" for n in names]
        print(f"| {cls} | " + " | ".join(cells) + " |")
    totals = [f"{sum(r['exact'] for r in results[n].values())}/{len(records)}" for n in names]
    print("| all | " + " | ".join(totals) + " |")


if __name__ == "__main__":
    main()
