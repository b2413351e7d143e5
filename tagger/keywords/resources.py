"""The keyword data: an IDF table computed from news text, and a stopword list.

Both files ship under ``tagger/data/keywords/``; the pipeline component reads them once at
``initialize`` and saves copies with the model, so a saved model never reads tagger/data.
"""

from __future__ import annotations

import gzip
import math
from dataclasses import dataclass, field
from pathlib import Path
from typing import Dict, FrozenSet, Iterable, Mapping, Optional, Union

from ..errors import Errors, TaggerError

DATA_DIR = Path(__file__).resolve().parent.parent / "data" / "keywords"
DEFAULT_IDF_PATH = DATA_DIR / "idf.tsv.gz"
DEFAULT_STOPWORDS_PATH = DATA_DIR / "stopwords.txt"

PathLike = Union[str, Path]


def smoothed_idf(n_docs: int, df: int) -> float:
    """The IDF formula of the table: ``ln((N + 1) / (df + 1)) + 1`` (never zero)."""
    return math.log((n_docs + 1) / (df + 1)) + 1.0


@dataclass
class IdfTable:
    """Inverse document frequencies of words, with a value for unseen words.

    n_docs: the number of (pseudo-)documents the table was computed from.
    idf: word -> idf. Words seen in fewer than two documents are not stored; they get
        ``default``, the idf of a word seen once (rare in news, so a strong keyword).
    """

    n_docs: int
    idf: Dict[str, float] = field(default_factory=dict)

    @property
    def default(self) -> float:
        """The idf of a word that is not in the table."""
        return smoothed_idf(self.n_docs, 1)

    def __len__(self) -> int:
        return len(self.idf)

    def __contains__(self, word: str) -> bool:
        return word in self.idf

    def get(self, word: str) -> float:
        """The idf of ``word``, or :attr:`default` when the table lacks it."""
        return self.idf.get(word, self.default)

    @classmethod
    def from_counts(cls, n_docs: int, df: Mapping[str, int], *, min_df: int = 2) -> "IdfTable":
        """Build the table from document frequencies, keeping words with ``df >= min_df``."""
        idf = {w: round(smoothed_idf(n_docs, c), 4) for w, c in df.items() if c >= min_df}
        return cls(n_docs=n_docs, idf=idf)

    def to_lines(self) -> Iterable[str]:
        """The table as text lines: a ``#docs`` header, then ``word<TAB>idf``, rarest last."""
        yield "# tagger keyword IDF table: idf = ln((N + 1) / (df + 1)) + 1\n"
        yield f"#docs\t{self.n_docs}\n"
        for word, value in sorted(self.idf.items(), key=lambda kv: (kv[1], kv[0])):
            yield f"{word}\t{value}\n"

    def to_disk(self, path: PathLike) -> None:
        """Write the table, gzip-compressed when ``path`` ends in ``.gz``."""
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        data = "".join(self.to_lines()).encode("utf-8")
        if path.suffix == ".gz":
            # mtime=0 keeps the bytes identical for the same table (reproducible builds).
            data = gzip.compress(data, compresslevel=9, mtime=0)
        path.write_bytes(data)

    @classmethod
    def from_disk(cls, path: PathLike) -> "IdfTable":
        """Read a table written by :meth:`to_disk` (plain or ``.gz``)."""
        path = Path(path)
        if not path.exists():
            raise TaggerError(Errors.E035.format(path=path))
        opener = gzip.open if path.suffix == ".gz" else open
        n_docs = 0
        idf: Dict[str, float] = {}
        with opener(path, "rt", encoding="utf-8") as fh:
            for line_no, line in enumerate(fh, start=1):
                line = line.rstrip("\n")
                if not line:
                    continue
                if line.startswith("#"):
                    if line.startswith("#docs\t"):
                        n_docs = _parse_number(int, line.split("\t", 1)[1], path, line_no)
                    continue
                parts = line.split("\t")
                if len(parts) != 2:
                    raise TaggerError(Errors.E400.format(path=path, line=line_no,
                                                         reason=f"{len(parts)} fields"))
                idf[parts[0]] = _parse_number(float, parts[1], path, line_no)
        if n_docs <= 0:
            raise TaggerError(Errors.E400.format(path=path, line=1,
                                                 reason="missing '#docs<TAB>N' header"))
        return cls(n_docs=n_docs, idf=idf)


def _parse_number(kind: type, value: str, path: Path, line_no: int):
    try:
        return kind(value)
    except ValueError:
        raise TaggerError(Errors.E400.format(path=path, line=line_no,
                                             reason=f"'{value}' is not a number")) from None


def load_stopwords(path: Optional[PathLike] = None) -> FrozenSet[str]:
    """Read a stopword list: one word a line, ``#`` starts a comment line."""
    path = Path(path) if path is not None else DEFAULT_STOPWORDS_PATH
    if not path.exists():
        raise TaggerError(Errors.E035.format(path=path))
    words = set()
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            word = line.strip()
            if word and not word.startswith("#"):
                words.add(word)
    return frozenset(words)


def load_idf(path: Optional[PathLike] = None) -> IdfTable:
    """Read the IDF table at ``path``, or the packaged one."""
    return IdfTable.from_disk(path if path is not None else DEFAULT_IDF_PATH)
