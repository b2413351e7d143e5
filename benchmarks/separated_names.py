"""Names with separators in the gold corpora: how many a model finds whole.

    python benchmarks/separated_names.py --model OLD_MODEL --model tagger/models/zh_news_tagger
    python benchmarks/separated_names.py --misses        # list what the shipped model misses

Every gold PERSON written with a name separator (本雅明·内塔尼亚胡, 让-保罗·萨特; the separators
of :data:`tagger.zh.names.NAME_SEPARATORS`) in MSRA test, People's Daily dev and test and
CLUENER dev (``name``) is one item; a model finds it when the pipeline's output (as ``tagger
tag`` gives it) or the statistical NER alone holds exactly that span. Corpora are read from
``--corpora`` (default ../shared/corpora).
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path

SETS = ("msra/test.bio", "peoples_daily/dev.bio", "peoples_daily/test.bio", "cluener/dev.jsonl")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", action="append", default=[], help="model directory; repeatable")
    parser.add_argument("--corpora", default="../shared/corpora")
    parser.add_argument("--misses", action="store_true", help="print the names the pipeline misses")
    args = parser.parse_args()

    from tagger.pipeline import NER_PIPES, PipelineOptions, load_pipeline
    from tagger.training.corpus import read_spans
    from tagger.zh.names import NAME_SEPARATORS

    separator = re.compile(f"[{re.escape(NAME_SEPARATORS)}]")
    items = []
    for name in SETS:
        for text, spans, _ in read_spans(Path(args.corpora) / name, conventions=False):
            names = [(s, e) for s, e, label in spans if label == "PERSON" and separator.search(text[s:e])]
            if names:
                items.append((name.split("/")[0], text, names))
    texts = [text for _, text, _ in items]
    total = sum(len(names) for _, _, names in items)
    print(f"{total} names with separators in {len(items)} texts ({', '.join(SETS)})")
    print("| model | pipeline | NER alone |\n|---|---|---|")
    for model in args.model or [None]:
        nlp = load_pipeline(PipelineOptions(model=model, keywords="none"))

        def persons(docs):
            return [{(e.start_char, e.end_char) for e in doc.ents if e.label_ == "PERSON"} for doc in docs]

        pipe = persons(nlp.pipe(texts))
        with nlp.select_pipes(enable=[p for p in nlp.pipe_names if p in NER_PIPES]):
            ner = persons(nlp.pipe(texts))
        found = sum((s, e) in p for (_, _, names), p in zip(items, pipe) for s, e in names)
        alone = sum((s, e) in n for (_, _, names), n in zip(items, ner) for s, e in names)
        label = f"{nlp.meta.get('name')}-{nlp.meta.get('version')}"
        print(f"| {label} | {found / total:.3f} ({found}) | {alone / total:.3f} ({alone}) |")
        if args.misses:
            for (source, text, names), p in zip(items, pipe):
                for s, e in names:
                    if (s, e) not in p:
                        got = [text[a:b] for a, b in sorted(p) if a < e and b > s]
                        print(f"  {source}: {text[max(0, s - 6):s]}[{text[s:e]}]{text[e:e + 5]} -> {got}")


if __name__ == "__main__":
    main()
