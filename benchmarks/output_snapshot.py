"""Record or check the pipeline's output on fixed texts, to show that a refactoring keeps it.

    python benchmarks/output_snapshot.py --write tests/data/snapshots     # record (small sets)
    python benchmarks/output_snapshot.py --check tests/data/snapshots     # compare, list differences
    python benchmarks/output_snapshot.py --write /tmp/snap --corpora ../shared/corpora   # + 1998 sets

Sets: the sample page (examples/, read → repair → segment → pipeline, as ``tagger tag``
writes it), the recent-news gold sets (data/gold, tagged as given, spans, nested spans and
keywords) and, with ``--corpora``, the 1998 news test sets (MSRA test, People's Daily test:
the whole pipeline and the statistical NER alone, flat spans only). Each set becomes one
JSONL file of ``{"id", "spans", "nested", "keywords"}`` lines (gzipped for the 1998 sets);
corpus text is not stored, only offsets, labels and provenance. tests/test_snapshot.py
compares the current output with the files in tests/data/snapshots.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
from pathlib import Path
from typing import Any, Dict, Iterator, List, Optional, Tuple

REPO = Path(__file__).resolve().parents[1]
SAMPLE = REPO / "examples" / "jinshan_news_2021-10-22_A4.txt"
GOLD = {"recent_news": REPO / "data/gold/recent_news.jsonl",
        "heldout_news": REPO / "data/gold/heldout_news.jsonl"}
CORPORA = {"msra_test": "msra/test.bio", "peoples_daily_test": "peoples_daily/test.bio"}
SPAN_FIELDS = ("start", "end", "label", "source", "canonical", "category", "expansion")


def _spans(spans: List[Dict[str, Any]]) -> List[List[Any]]:
    return [[s.get(f) for f in SPAN_FIELDS] for s in spans]


def sample_page_rows(nlp) -> Iterator[Dict[str, Any]]:
    """Rows of the sample page as ``tagger tag`` tags it."""
    from tagger.tagging import tag_inputs

    for record in tag_inputs([str(SAMPLE)], nlp=nlp):
        yield {"id": record["id"].rsplit("/", 1)[-1], "spans": _spans(record.get("spans", [])),
               "nested": _spans(record.get("nested", [])), "keywords": record.get("keywords", [])}


def gold_rows(nlp, path: Path) -> Iterator[Dict[str, Any]]:
    """Rows of one gold set, its texts tagged as given."""
    from tagger.tagging import tag_texts
    from tagger.training.corpus import read_spans

    texts = [text for text, _, _ in read_spans(path, conventions=False)]
    for index, result in enumerate(tag_texts(nlp, texts)):
        yield {"id": index, "spans": _spans(result["spans"]), "nested": _spans(result["nested"]),
               "keywords": result["keywords"]}


def corpus_rows(nlp, path: Path, *, ner_only: bool) -> Iterator[Dict[str, Any]]:
    """Flat spans of one 1998 test set: the whole pipeline or the NER alone."""
    from tagger.pipeline import NER_PIPES
    from tagger.training.corpus import read_spans

    texts = [text for text, _, _ in read_spans(path, conventions=False)]
    enable = [p for p in nlp.pipe_names if p in NER_PIPES] if ner_only else list(nlp.pipe_names)
    with nlp.select_pipes(enable=enable):
        for index, doc in enumerate(nlp.pipe(texts, batch_size=64)):
            yield {"id": index, "spans": [[e.start_char, e.end_char, e.label_,
                                           e._.source or "model", e._.canonical] for e in doc.ents]}


def snapshot_sets(nlp, corpora: Optional[Path]) -> Iterator[Tuple[str, Iterator[Dict[str, Any]]]]:
    yield "sample_page", sample_page_rows(nlp)
    for name, path in GOLD.items():
        yield name, gold_rows(nlp, path)
    if corpora is not None:
        for name, rel in CORPORA.items():
            yield f"{name}.pipeline", corpus_rows(nlp, corpora / rel, ner_only=False)
            yield f"{name}.ner_only", corpus_rows(nlp, corpora / rel, ner_only=True)


def describe(was: str, now: str) -> List[str]:
    """What changed between two rows: per field, the entries only one side has."""
    a, b = json.loads(was), json.loads(now)
    out = []
    for field in sorted(set(a) | set(b)):
        old, new = a.get(field), b.get(field)
        if old == new:
            continue
        if isinstance(old, list) and isinstance(new, list):
            key = lambda x: json.dumps(x, ensure_ascii=False, sort_keys=True)  # noqa: E731
            gone = [key(x) for x in old if key(x) not in {key(y) for y in new}]
            came = [key(x) for x in new if key(x) not in {key(y) for y in old}]
            if not gone and not came:
                out.append(f"{field}: same entries, other order")
            out.extend(f"{field} - {x}" for x in gone)
            out.extend(f"{field} + {x}" for x in came)
        else:
            out.append(f"{field}: {old!r} -> {new!r}")
    return out


def snapshot_path(folder: Path, name: str) -> Path:
    """The file of set ``name``: gzipped for the 1998 sets."""
    return folder / (f"{name}.jsonl.gz" if "." in name else f"{name}.jsonl")


def read_snapshot(folder: Path, name: str) -> List[str]:
    """The recorded rows of set ``name`` as JSON lines."""
    path = snapshot_path(folder, name)
    data = gzip.decompress(path.read_bytes()) if path.suffix == ".gz" else path.read_bytes()
    return data.decode("utf-8").splitlines()


def row_lines(rows: Iterator[Dict[str, Any]]) -> List[str]:
    """Rows as the JSON lines the snapshot files hold."""
    return [json.dumps(row, ensure_ascii=False, sort_keys=True) for row in rows]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    mode = parser.add_mutually_exclusive_group(required=True)
    mode.add_argument("--write", type=Path, help="record the snapshot files in this folder")
    mode.add_argument("--check", type=Path, help="compare with the snapshot files in this folder")
    parser.add_argument("--corpora", type=Path, default=None, help="also the 1998 test sets from here")
    parser.add_argument("--model", default=None)
    args = parser.parse_args()

    from tagger.pipeline import PipelineOptions, load_pipeline

    nlp = load_pipeline(PipelineOptions(model=args.model))
    folder = args.write or args.check
    folder.mkdir(parents=True, exist_ok=True)
    n_diff = 0
    for name, rows in snapshot_sets(nlp, args.corpora):
        lines = row_lines(rows)
        path = snapshot_path(folder, name)
        if args.write:
            data = "".join(line + "\n" for line in lines).encode("utf-8")
            path.write_bytes(gzip.compress(data, mtime=0) if path.suffix == ".gz" else data)
            print(f"{name}: {len(lines)} rows written to {path}")
            continue
        old = read_snapshot(folder, name)
        diff = [i for i, (a, b) in enumerate(zip(old, lines)) if a != b]
        if len(old) != len(lines):
            diff.append(min(len(old), len(lines)))
        n_diff += len(diff)
        print(f"{name}: {len(lines)} rows, {len(diff)} differ")
        for i in diff[:20]:
            for line in describe(old[i] if i < len(old) else "{}", lines[i] if i < len(lines) else "{}"):
                print(f"  row {i}: {line}")
    return 1 if n_diff else 0


if __name__ == "__main__":
    sys.exit(main())
