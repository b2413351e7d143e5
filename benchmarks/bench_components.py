"""Speed of each pipeline component, and the share of the rule components.

    python benchmarks/bench_components.py --corpora ../shared/corpora --articles 120
    python benchmarks/bench_components.py --articles 150 --cpu --repeat 3   # on a busy machine

Tags ~1,000-character articles built from MSRA test sentences in batches of 4 (as
``tagger tag`` does), one component at a
time (after a warm-up, so lazy dictionary loads are not counted), and prints
chars/s per component, the whole pipeline's chars/s, and the time share of the
rule components (tagger_slogans, tagger_gazetteer, tagger_merge) as JSON. With ``--cpu`` the
times are this process's CPU time, not wall time (steadier while other jobs run), and with
``--repeat N`` each component keeps its best of N passes over fresh docs.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

RULES = ("tagger_slogans", "tagger_gazetteer", "tagger_merge")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpora", default="../shared/corpora")
    parser.add_argument("--articles", type=int, default=120)
    parser.add_argument("--model", default=None)
    parser.add_argument("--cpu", action="store_true", help="CPU time instead of wall time")
    parser.add_argument("--repeat", type=int, default=1, help="passes; the best one counts")
    args = parser.parse_args()
    clock = time.process_time if args.cpu else time.perf_counter

    from tagger.pipeline import PipelineOptions, load_pipeline
    from tagger.training.corpus import read_spans

    nlp = load_pipeline(PipelineOptions(model=args.model))
    articles, buf = [], ""
    for text, _, _ in read_spans(Path(args.corpora) / "msra" / "test.bio"):
        buf += text
        if len(buf) >= 1000:
            articles.append(buf)
            buf = ""
    warm, articles = articles[-5:], articles[: args.articles]
    list(nlp.pipe(warm))
    n_chars = sum(map(len, articles))
    seconds: dict = {}
    word_features = nlp.get_pipe("tagger_word_features")
    for _ in range(max(args.repeat, 1)):
        word_features.clear_cache()
        docs = [nlp.make_doc(a) for a in articles]
        for name, proc in nlp.pipeline:
            start = clock()
            docs = list(proc.pipe(docs, batch_size=4)) if hasattr(proc, "pipe") else [proc(d) for d in docs]
            seconds[name] = min(seconds.get(name, float("inf")), clock() - start)
    total = float("inf")
    for _ in range(max(args.repeat, 1)):
        word_features.clear_cache()
        start = clock()
        list(nlp.pipe(articles, batch_size=4))
        total = min(total, clock() - start)
    components = sum(seconds.values())
    print(json.dumps({
        "chars": n_chars,
        "chars_per_s": {name: round(n_chars / s) for name, s in seconds.items()},
        "pipeline_chars_per_s": round(n_chars / total),
        "rules_share_of_component_time": round(sum(seconds[r] for r in RULES if r in seconds) / components, 4),
    }, indent=2))


if __name__ == "__main__":
    main()
