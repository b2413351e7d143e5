"""A character trigram model of news Chinese: how well one piece of text runs on into another.

Text dumps of newspaper pages cut sentences at every line end, and columns read in
rotation put the wrong line after each one. Whether the end of one line and the start of
another belong together is a question about characters across a break: 各 / 地抓住 runs
on, 各 / 北京市 hardly does. :meth:`CharLM.junction` answers it from character counts of modern
news text (unigrams, bigrams and trigrams), as the log ratio between the two characters
after the break predicted from the two before it and the same two characters read as the
start of new text:

    log P(z | x y) + log P(w | y z) - log P(z) - log P(w | z)      for  …x y | z w…

with P(· | ·) interpolated over trigram, bigram and unigram estimates (weights
:data:`WEIGHTS`). It is positive where the break runs on through words and phrases
the news writes, near zero where the counts say nothing, and negative where the two
sides hardly ever meet.

The packaged table (``tagger/data/charlm/charlm.npz``, n-grams seen at least twice) was
built from the 人民日报 articles of 2019–2023 in the project's raw news corpus, less the
articles of the modern gold sets and those typeset into the page test sets (so that the
page benchmark reads text the model has not seen)::

    python -m tagger.zh.charlm ../shared/corpora/raw_news \\
        --exclude data/gold/modern_sources.txt data/pages/sources.txt --out tagger/data/charlm/charlm.npz

Counts are looked up in sorted code arrays (:func:`numpy.searchsorted`): the table
loads in a fraction of a second and takes a few tens of MB.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from functools import lru_cache
from pathlib import Path
from typing import Dict, Iterable, Iterator, List, Optional, Sequence, Tuple

import numpy as np

from ..errors import Errors, TaggerError

#: The packaged table.
TABLE = Path(__file__).resolve().parent.parent / "data" / "charlm" / "charlm.npz"
#: Interpolation weights of the trigram, bigram and unigram estimates.
WEIGHTS = (0.5, 0.3, 0.2)
#: N-grams seen fewer times than this are not stored.
MIN_COUNT = 2
_BITS = 21  # a code point fits in 21 bits: three of them in one int64


def _codes(text: str) -> np.ndarray:
    return np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32).astype(np.int64)


def _key(gram: str) -> int:
    key = 0
    for ch in gram:
        key = (key << _BITS) | ord(ch)
    return key


class CharLM:
    """Character n-gram counts (orders 1–3) and the junction score over them."""

    def __init__(self, keys: Sequence[np.ndarray], counts: Sequence[np.ndarray]) -> None:
        self.keys = [np.asarray(k, dtype=np.int64) for k in keys]
        self.counts = [np.asarray(c, dtype=np.int64) for c in counts]
        self.total = int(self.counts[0].sum()) or 1

    @classmethod
    def load(cls, path: Path = TABLE) -> "CharLM":
        try:
            with np.load(path) as data:
                return cls([data[f"keys{n}"] for n in (1, 2, 3)], [data[f"counts{n}"] for n in (1, 2, 3)])
        except (OSError, KeyError, ValueError) as exc:
            raise TaggerError(Errors.E101.format(path=path, error=exc)) from exc

    def save(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        arrays = {}
        for n in (1, 2, 3):
            arrays[f"keys{n}"] = self.keys[n - 1]
            arrays[f"counts{n}"] = self.counts[n - 1].astype(np.uint32)
        np.savez_compressed(path, **arrays)

    def count(self, gram: str) -> int:
        """How often ``gram`` (one to three characters) was seen."""
        keys = self.keys[len(gram) - 1]
        key = _key(gram)
        i = int(keys.searchsorted(key))
        return int(self.counts[len(gram) - 1][i]) if i < len(keys) and keys[i] == key else 0

    def junction(self, left: str, right: str) -> float:
        """How much better ``right`` reads as the continuation of ``left`` than as new text
        (log ratio; see the module docstring). 0.0 where either side is under two characters."""
        if len(left) < 2 or len(right) < 2:
            return 0.0
        x, y, z, w = left[-2], left[-1], right[0], right[1]
        count = self.count  # each of the eight n-grams is looked up once
        n_z, n_yz, n_zw = count(z), count(y + z), count(z + w)
        u_z, u_w = (n_z + 0.5) / self.total, (count(w) + 0.5) / self.total
        r_zw = _ratio(n_zw, n_z)
        l3, l2, l1 = WEIGHTS
        p_z = l3 * _ratio(count(x + y + z), count(x + y)) + l2 * _ratio(n_yz, count(y)) + l1 * u_z
        p_w = l3 * _ratio(count(y + z + w), n_yz) + l2 * r_zw + l1 * u_w
        fresh_w = (l3 + l2) * r_zw + l1 * u_w
        return math.log(p_z) + math.log(p_w) - math.log(u_z) - math.log(fresh_w)


def _ratio(count: int, prefix_count: int) -> float:
    """An n-gram's count over its prefix's, 0 where the prefix was never seen."""
    return count / prefix_count if prefix_count else 0.0


@lru_cache(maxsize=1)
def news_lm() -> CharLM:
    """The packaged table, read once per process."""
    return CharLM.load()


# ---------------------------------------------------------------------------------
# Building the table


def iter_paragraphs(paths: Iterable[Path], exclude: Iterable[str] = ()) -> Iterator[str]:
    """The paragraphs (lines of ``text``) of JSONL articles, less those whose ``id`` is excluded."""
    skip = set(exclude)
    for path in paths:
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                if not line.strip():
                    continue
                obj = json.loads(line)
                if obj.get("id") in skip or not isinstance(obj.get("text"), str):
                    continue
                for para in obj["text"].split("\n"):
                    para = para.strip()
                    if para:
                        yield para


def build(paragraphs: Iterable[str], min_count: int = MIN_COUNT) -> CharLM:
    """Count the characters, bigrams and trigrams of ``paragraphs`` (never across them)."""
    chunks: List[List[np.ndarray]] = [[], [], []]
    for para in paragraphs:
        c = _codes(para)
        chunks[0].append(c)
        if len(c) >= 2:
            chunks[1].append((c[:-1] << _BITS) | c[1:])
        if len(c) >= 3:
            chunks[2].append((c[:-2] << 2 * _BITS) | (c[1:-1] << _BITS) | c[2:])
    keys, counts = [], []
    for n, parts in enumerate(chunks, 1):
        codes = np.concatenate(parts) if parts else np.zeros(0, dtype=np.int64)
        uniq, cnt = np.unique(codes, return_counts=True)
        keep = cnt >= (1 if n == 1 else min_count)
        keys.append(uniq[keep])
        counts.append(cnt[keep])
    return CharLM(keys, counts)


def main(argv: Optional[List[str]] = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tagger.zh.charlm", description=__doc__.split("\n")[0])
    parser.add_argument("inputs", nargs="+", type=Path, help="JSONL files of articles, or folders of them")
    parser.add_argument("--exclude", type=Path, nargs="*", default=[],
                        help="files of article ids to leave out, one a line ('#' starts a comment)")
    parser.add_argument("--min-count", type=int, default=MIN_COUNT)
    parser.add_argument("--out", type=Path, default=TABLE)
    args = parser.parse_args(argv)
    paths = sorted(p for i in args.inputs for p in ([i] if i.is_file() else i.rglob("*.jsonl")))
    exclude = [line.strip() for path in args.exclude for line in path.read_text(encoding="utf-8").splitlines()
               if line.strip() and not line.startswith("#")]
    lm = build(iter_paragraphs(paths, exclude), args.min_count)
    lm.save(args.out)
    print(f"{len(paths)} files, {lm.total:,} characters; n-grams kept: "
          + ", ".join(f"{len(k):,}" for k in lm.keys) + f" -> {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
