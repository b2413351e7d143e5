"""Spans of unlabelled modern news, and what changed between two versions of the tagger.

    python benchmarks/raw_news_spans.py --articles 1500 --out new.json
    PYTHONPATH=OLD_CHECKOUT python benchmarks/raw_news_spans.py --articles 1500 --out old.json
    python benchmarks/raw_news_spans.py --compare old.json new.json

The first two tag the same sample of raw_news (``--corpus``; a fixed seed; each article cut
to its first 3,000 characters) with whatever ``tagger`` is importable, the shipped model or
``--model``, and write every PERSON/ORG/LOC/SLOGAN span. ``--compare`` prints the spans one
version has and the other lacks, grouped by label and surface, most frequent first, with one
context each: the rules' effect on text no gold set covers, to be read for precision.
"""

from __future__ import annotations

import argparse
import json
import random
from collections import Counter
from pathlib import Path
from typing import Dict, List, Tuple

def sample(corpus: Path, n: int, seed: int) -> List[str]:
    """``n`` raw_news articles drawn with ``seed``, each cut to 3,000 characters."""
    texts = [json.loads(line)["text"] for path in sorted(corpus.glob("news_*.jsonl"))
             for line in path.open(encoding="utf-8")]
    random.Random(seed).shuffle(texts)
    return [t[:3000] for t in texts[:n]]


def tag(texts: List[str], model: str = None) -> List[List[Tuple[int, int, str]]]:
    from tagger.pipeline import PipelineOptions, load_pipeline

    nlp = load_pipeline(PipelineOptions(model=model, keywords="none"))
    return [[(e.start_char, e.end_char, e.label_) for e in doc.ents]
            for doc in nlp.pipe(texts, batch_size=32)]


def compare(old: Dict, new: Dict, top: int) -> None:
    assert old["texts"] == new["texts"], "the two files tag different samples"
    changes: Counter = Counter()
    context: Dict[Tuple[str, str, str], str] = {}
    for text, a, b in zip(old["texts"], old["spans"], new["spans"]):
        a, b = set(map(tuple, a)), set(map(tuple, b))
        for kind, spans in (("removed", a - b), ("added", b - a)):
            for start, end, label in spans:
                key = (kind, label, text[start:end])
                changes[key] += 1
                context.setdefault(key, text[max(0, start - 10):end + 8].replace("\n", " "))
    for kind in ("removed", "added"):
        total = sum(v for k, v in changes.items() if k[0] == kind)
        print(f"{kind}: {total} spans")
        for key, count in [(k, v) for k, v in changes.most_common() if k[0] == kind][:top]:
            print(f"  {count:4d}  {key[1]:7s} {key[2]}  | {context[key]}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=Path("../shared/corpora/raw_news"))
    parser.add_argument("--articles", type=int, default=1500)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--model", default=None)
    parser.add_argument("--out", help="write the sample's spans here")
    parser.add_argument("--compare", nargs=2, metavar=("OLD", "NEW"))
    parser.add_argument("--top", type=int, default=40, help="surfaces shown per kind of change")
    args = parser.parse_args()
    if args.compare:
        old, new = (json.loads(Path(p).read_text(encoding="utf-8")) for p in args.compare)
        compare(old, new, args.top)
        return
    texts = sample(args.corpus, args.articles, args.seed)
    Path(args.out).write_text(json.dumps({"texts": texts, "spans": tag(texts, args.model)},
                                         ensure_ascii=False), encoding="utf-8")


if __name__ == "__main__":
    main()
