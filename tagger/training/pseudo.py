"""Pseudo-labels: the shipped pipeline's own PERSON/ORG/LOC on raw modern news, for self-training.

The whole pipeline (NER, rules, gazetteers, merge) scores well above its statistical NER on
modern news; training the NER on what the pipeline finds on unlabelled modern articles
teaches it the rules' names, boundaries and rejections in new contexts. Each span of the
pipeline's output is taught by its provenance (:func:`pseudo_label`):

* a span the rules found (lexicon, pattern, user) is an entity;
* a model span is an entity only where the NER alone found the same span: a model span the
  merge copied to other mentions (propagation) or reshaped is left unannotated
  (:data:`~tagger.training.corpus.MISSING`), so that one mistake of the NER is not taught
  once per mention;
* everything else is taught as outside, so a name the merge dropped (中华文化, 暑运 …) is
  taught as none.

Articles are read from raw_news JSONL (``id``, ``text``), every ``every``-th from
``offset``, leaving out the gold sets' sources; each line of an article becomes a record of
gold JSONL that ``tagger.gold_jsonl_corpus.v1`` reads::

    python -m tagger.training.pseudo ../shared/corpora/raw_news/news_001.jsonl \\
        -o training/pseudo/news_001.jsonl --every 4 --offset 1 --max-chars 1600000 \\
        --exclude data/gold/modern_sources.txt
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Dict, Iterable, Iterator, List, Optional, Set, Tuple

from .corpus import MISSING
from ..pipeline import NER_PIPES
from .distill import RULE_SOURCES, SourcedSpan, Span, count_spans, pipeline_spans, read_excluded

#: Lines shorter than this (datelines, captions' stubs) are not taught.
MIN_LINE_CHARS = 8


def pseudo_label(pipeline: Iterable[SourcedSpan], ner_alone: Set[Span]) -> List[Span]:
    """The pipeline's spans as taught: rule spans and model spans the NER alone found
    there keep their label; other model spans become :data:`MISSING`."""
    out: List[Span] = []
    for start, end, label, source in pipeline:
        kept = source in RULE_SOURCES or (start, end, label) in ner_alone
        out.append((start, end, label if kept else MISSING))
    return out


def line_records(article_id: str, text: str, spans: List[Span]) -> Iterator[Dict]:
    """One gold JSONL record per line of ``text`` of at least :data:`MIN_LINE_CHARS`
    characters, with the spans inside it (offsets relative to the line)."""
    pos = 0
    for k, line in enumerate(text.split("\n")):
        start, end = pos, pos + len(line)
        pos = end + 1
        if len(line.strip()) < MIN_LINE_CHARS:
            continue
        yield {"id": f"{article_id}#{k}", "text": line,
               "spans": [{"start": s - start, "end": e - start, "label": lab}
                         for s, e, lab in spans if s >= start and e <= end]}


def read_articles(path: Path, *, every: int = 1, offset: int = 0, exclude: Set[str] = frozenset(),
                  max_chars: int = 0) -> List[Tuple[str, str]]:
    """``(id, text)`` of every ``every``-th article from ``offset``, up to ``max_chars``."""
    out: List[Tuple[str, str]] = []
    n_chars = 0
    with Path(path).open(encoding="utf-8") as f:
        for i, line in enumerate(f):
            if i % every != offset:
                continue
            record = json.loads(line)
            if record["id"].split("@")[0] in exclude:
                continue
            out.append((record["id"], record["text"]))
            n_chars += len(record["text"])
            if max_chars and n_chars >= max_chars:
                break
    return out


def pseudo_labels(articles: List[Tuple[str, str]], output: Path, *, nlp,
                  batch_size: int = 16) -> Dict[str, int]:
    """Write the pseudo-labelled lines of ``articles`` to ``output``; return counts."""
    texts = [text for _, text in articles]
    with nlp.select_pipes(enable=[p for p in nlp.pipe_names if p in NER_PIPES]):
        alone = [{(e.start_char, e.end_char, e.label_) for e in doc.ents}
                 for doc in nlp.pipe(texts, batch_size=batch_size)]
    counts = {"articles": len(articles), "lines": 0, "chars": sum(map(len, texts)),
              "entities": 0, "missing": 0}
    output.parent.mkdir(parents=True, exist_ok=True)
    tmp = output.with_suffix(output.suffix + ".tmp")
    with tmp.open("w", encoding="utf-8") as out:
        docs = pipeline_spans(nlp.pipe(texts, batch_size=batch_size))
        for (article_id, text), sourced, ner_alone in zip(articles, docs, alone):
            spans = pseudo_label(sourced, ner_alone)
            count_spans(counts, spans)
            for record in line_records(article_id, text, spans):
                counts["lines"] += 1
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
    tmp.replace(output)
    return counts


def main(argv: Optional[List[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("articles", type=Path, help="raw news JSONL (id, text)")
    parser.add_argument("-o", "--output", type=Path, required=True)
    parser.add_argument("--every", type=int, default=1, help="take every N-th article")
    parser.add_argument("--offset", type=int, default=0, help="starting at this one")
    parser.add_argument("--max-chars", type=int, default=0)
    parser.add_argument("--exclude", type=Path, action="append", default=[],
                        help="article ids to leave out (the gold sets' sources)")
    parser.add_argument("--model", default=None, help="pipeline to label with (default: shipped)")
    args = parser.parse_args(argv)

    from ..pipeline import PipelineOptions, load_pipeline

    nlp = load_pipeline(PipelineOptions(model=args.model, keywords="none"))
    articles = read_articles(args.articles, every=args.every, offset=args.offset,
                             exclude=read_excluded(args.exclude), max_chars=args.max_chars)
    counts = pseudo_labels(articles, args.output, nlp=nlp)
    print(", ".join(f"{v} {k}" for k, v in counts.items()) + f" -> {args.output}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
