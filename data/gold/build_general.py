"""Build general_dev.jsonl and general_test.jsonl: general news sentences, annotated by hand.

The texts are sentences of general Chinese news (sports, entertainment, finance, society,
technology, international; sina news of the THUCNews collection) as the CLUENER corpus of the
shared corpora folder holds them in its ``train.jsonl``. CLUENER's own labels follow other
conventions (game, movie, address, company …) and were not used: each sentence was annotated
again by reading, with PERSON, ORG and LOC as ../shared/ANNOTATION.md and data/gold/MODERN.md
define them (no SLOGAN: such sentences hold almost none). The texts are not stored here: each
record's ``text_ref`` names the 1-based line of ``cluener/train.jsonl`` and the SHA-1 of its
text, so a changed corpus is caught instead of silently shifting the offsets. Entities are
listed as in build_modern.py (``(surface, label)`` or ``(surface, label, occurrences)``,
``block`` for characters that stay unmarked); offsets are computed, never typed.

The set measures the tagger on news unlike the 人民日报 kind its rules were mostly read from.
The dev split's errors may be read; the test split's may not.

Run:  python data/gold/build_general.py             (writes both jsonl files, prints counts)
      python data/gold/build_general.py --review    (also prints every record with its spans)
      python data/gold/build_general.py --corpora DIR --out DIR
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.util
import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_CORPORA = HERE.parents[1].parent / "shared" / "corpora"
CORPUS_FILE = Path("cluener") / "train.jsonl"
OUT_NAMES = {"dev": "general_dev.jsonl", "test": "general_test.jsonl"}
RECORD_FILES = ("general_dev", "general_test")
CATEGORIES = ("society", "economy", "sports", "entertainment", "science", "international",
              "politics", "other")
LABELS = ("PERSON", "ORG", "LOC")


def _load_script(name: str):
    """data/gold/<name>.py, a script, not a package module, loaded by path."""
    spec = importlib.util.spec_from_file_location(name, HERE / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


_bg = _load_script("build_gold")
RECORDS: list[dict] = []


def load_records(names=RECORD_FILES) -> list[dict]:
    """The records of data/gold/<name>.py for each of ``names`` (kept in :data:`RECORDS`)."""
    RECORDS[:] = [rec for name in names for rec in _load_script(name).RECORDS]
    return RECORDS


def load_texts(corpora: Path) -> dict[str, str]:
    """Each record's text, read from CLUENER's train.jsonl by line and checked against its SHA-1.

    Raises SystemExit naming the record and line when the file or a line is missing, or when a
    text differs from the one annotated.
    """
    path = Path(corpora) / CORPUS_FILE
    if not path.is_file():
        raise SystemExit(f"{path}: CLUENER train file not found; the general gold texts are read "
                         f"from the shared corpora (pass their folder with --corpora DIR)")
    wanted = {rec["text_ref"]["line"] for rec in RECORDS}
    lines: dict[int, str] = {}
    with path.open(encoding="utf-8") as fh:
        for number, line in enumerate(fh, start=1):
            if number in wanted:
                try:
                    lines[number] = json.loads(line)["text"]
                except (json.JSONDecodeError, KeyError) as err:
                    raise SystemExit(f"{path} line {number}: no text: {err}") from err
    texts = {}
    for rec in RECORDS:
        ref = rec["text_ref"]
        text = lines.get(ref["line"])
        if text is None:
            raise SystemExit(f"{rec['id']}: {path} has no line {ref['line']}; the corpus has changed")
        digest = hashlib.sha1(text.encode("utf-8")).hexdigest()
        if digest != ref["sha1"]:
            raise SystemExit(f"{rec['id']}: {path} line {ref['line']} has SHA-1 {digest}, the "
                             f"annotation expects {ref['sha1']}; the corpus has changed")
        texts[rec["id"]] = text
    return texts


def build(corpora: Path) -> tuple[dict[str, list[dict]], list[str]]:
    """Gold records per split and warnings, with texts read from ``corpora``."""
    seen: set = set()
    for rec in RECORDS:
        meta = rec["meta"]
        if meta["category"] not in CATEGORIES or meta["split"] not in OUT_NAMES:
            raise SystemExit(f"{rec['id']}: bad category or split in {meta}")
        if rec["text_ref"]["line"] in seen:
            raise SystemExit(f"{rec['id']}: line {rec['text_ref']['line']} is annotated twice")
        seen.add(rec["text_ref"]["line"])
        if any(entry[1] not in LABELS + (None,) for entry in rec["ents"]):
            raise SystemExit(f"{rec['id']}: a label other than {LABELS}")
    texts = load_texts(corpora)
    records = [{**rec, "text": texts[rec["id"]]} for rec in RECORDS]
    golds, warnings = [], []
    for rec in records:
        gold, warn = _bg.build_record(rec)
        golds.append(gold)
        warnings += warn
    warnings += _bg.cross_check(golds, records)
    return {split: [g for g in golds if g["meta"]["split"] == split] for split in OUT_NAMES}, warnings


def main(argv: list[str]) -> int:
    """Build both splits, cross-check surfaces, print counts per split."""
    parser = argparse.ArgumentParser(description="Build the general news gold set from CLUENER's texts.")
    parser.add_argument("--corpora", type=Path, default=DEFAULT_CORPORA,
                        help="the shared corpora folder holding cluener/ (default: %(default)s)")
    parser.add_argument("--out", type=Path, default=HERE, help="output folder (default: %(default)s)")
    parser.add_argument("--review", action="store_true",
                        help="also print every record with inline [surface|L] markup")
    parser.add_argument("--files", nargs="+", default=list(RECORD_FILES),
                        help="record files of data/gold to build (default: %(default)s)")
    args = parser.parse_args(argv)
    load_records(args.files)
    splits, warnings = build(args.corpora)
    args.out.mkdir(parents=True, exist_ok=True)
    if args.review:
        for part in splits.values():
            for g in part:
                print(f"== {g['id']}\n{_bg.render(g)}\n")
    for w in warnings:
        print("WARNING", w)
    for split, part in splits.items():
        path = args.out / OUT_NAMES[split]
        tmp = path.with_name(path.name + ".tmp")
        tmp.write_text("".join(json.dumps(g, ensure_ascii=False) + "\n" for g in part), encoding="utf-8")
        tmp.replace(path)
        counts = Counter(sp["label"] for g in part for sp in g["spans"])
        print(f"{split}: records={len(part)} chars={sum(len(g['text']) for g in part)} "
              f"spans={sum(counts.values())} " + " ".join(f"{lab}={counts[lab]}" for lab in LABELS)
              + f" -> {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
