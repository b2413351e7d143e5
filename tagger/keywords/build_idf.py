"""Build the keyword IDF table from news text, so keyword weights reflect news language.

The packaged table was built with::

    OMP_NUM_THREADS=1 python -m tagger.keywords.build_idf --corpora ../shared/corpora \\
        --lexicon tagger/data/lexicons/slogans.jsonl --out tagger/data/keywords/idf.tsv.gz

(MSRA NER train/test, People's Daily dev/test and CLUENER train/dev text: 5,313
pseudo-documents, 44,003 words, 234 KB.)

Documents are pseudo-documents: consecutive sentences of one file joined until they reach
``--doc-chars`` characters (500; 0 makes each sentence a document). Words come from the
same jieba word cutter the keyword component uses (with ``--lexicon`` words kept whole);
words seen in at least ``--min-df`` documents (2) are stored as ``word<TAB>idf``, gzip.
Reads ``.bio`` (``char<TAB>tag``, blank line between sentences), ``.jsonl`` (objects with
``"text"``) and ``.txt`` (one sentence a line) files, recursively, in sorted order.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path
from typing import Iterable, Iterator, List, Optional, Sequence

from ..errors import Errors, TaggerError
from ..read.jsonl import strict_jsonl
from .extract import is_content_text
from .resources import IdfTable
from ..zh.words import WordCutter
from .wordlists import read_lexicon_words

CORPUS_SUFFIXES = (".bio", ".jsonl", ".txt")


def iter_sentences(path: Path) -> Iterator[str]:
    """The sentences of one corpus file (.bio, .jsonl or .txt)."""
    with open(path, encoding="utf-8") as fh:
        if path.suffix == ".bio":
            chars: List[str] = []
            for line in fh:
                line = line.rstrip("\n")
                if not line.strip():
                    if chars:
                        yield "".join(chars)
                        chars = []
                    continue
                chars.append(line.split("\t", 1)[0])
            if chars:
                yield "".join(chars)
        elif path.suffix == ".jsonl":
            for _, obj in strict_jsonl(path):
                text = obj.get("text")
                if isinstance(text, str) and text.strip():
                    yield text.strip()
        else:
            for line in fh:
                if line.strip():
                    yield line.strip()


def corpus_files(roots: Sequence[Path]) -> List[Path]:
    """All corpus files under ``roots`` (files or directories), sorted."""
    files: List[Path] = []
    for root in roots:
        if not root.exists():
            raise TaggerError(Errors.E035.format(path=root))
        if root.is_file():
            files.append(root)
        else:
            files.extend(sorted(p for p in root.rglob("*") if p.suffix in CORPUS_SUFFIXES
                                and p.is_file()))
    return files


def iter_documents(files: Iterable[Path], *, doc_chars: int = 500) -> Iterator[str]:
    """Pseudo-documents: consecutive sentences of one file joined up to ``doc_chars``."""
    for path in files:
        buffer: List[str] = []
        size = 0
        for sentence in iter_sentences(path):
            if doc_chars <= 0:
                yield sentence
                continue
            buffer.append(sentence)
            size += len(sentence)
            if size >= doc_chars:
                yield "".join(buffer)
                buffer, size = [], 0
        if buffer:
            yield "".join(buffer)


def build_idf(roots: Sequence[Path], *, doc_chars: int = 500, min_df: int = 2,
              lexicon_words: Iterable[str] = ()) -> IdfTable:
    """Count document frequencies of content words over the corpora and return the table.

    roots: corpus files or directories. doc_chars: pseudo-document size in characters
    (0: one document per sentence). min_df: smallest document frequency kept.
    lexicon_words: phrases the word cutter keeps whole.
    """
    files = corpus_files(roots)
    word_cutter = WordCutter(lexicon_words)
    df: Counter = Counter()
    n_docs = 0
    for doc in iter_documents(files, doc_chars=doc_chars):
        n_docs += 1
        df.update({w.text for w in word_cutter.cut(doc) if is_content_text(w.text)})
    if n_docs == 0:
        raise TaggerError(Errors.E401.format(path=", ".join(str(r) for r in roots)))
    return IdfTable.from_counts(n_docs, df, min_df=min_df)


def main(argv: Optional[Sequence[str]] = None) -> int:
    """Command line: build the table and write it (see the module docstring)."""
    parser = argparse.ArgumentParser(prog="python -m tagger.keywords.build_idf",
                                     description=__doc__.split("\n")[0])
    parser.add_argument("--corpora", type=Path, action="append", required=True,
                        help="corpus directory or file (repeatable)")
    parser.add_argument("--out", type=Path, required=True, help="output .tsv or .tsv.gz")
    parser.add_argument("--doc-chars", type=int, default=500,
                        help="pseudo-document size in characters; 0 = one per sentence")
    parser.add_argument("--min-df", type=int, default=2, help="smallest document frequency kept")
    parser.add_argument("--lexicon", type=Path, action="append", default=[],
                        help="lexicon file whose words stay whole (repeatable)")
    args = parser.parse_args(argv)
    words: List[str] = []
    for path in args.lexicon:
        words.extend(read_lexicon_words(path))
    try:
        table = build_idf(args.corpora, doc_chars=args.doc_chars, min_df=args.min_df,
                          lexicon_words=words)
    except TaggerError as err:
        sys.stderr.write(f"{err}\n")
        return 1
    table.to_disk(args.out)
    sys.stdout.write(f"{args.out}: {len(table)} words from {table.n_docs} documents, "
                     f"{args.out.stat().st_size} bytes\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
