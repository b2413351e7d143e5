"""The Python API: load the pipeline, and tag a text or records into the CLI's records.

``load`` returns the spaCy ``Language``; ``nlp(text)`` tags a text exactly as given.
A raw newspaper page still has the PDF's line wraps inside words and names (伟大\\n\\n
建党精神), so spans found on it keep those line breaks; :func:`tag_text` repairs and
segments the page first, as ``tagger tag`` does, and returns the same records (see
docs/output-format.md): span offsets point into each record's ``text``, and
``raw_start``/``raw_end`` into the text that was passed in.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any, Dict, Iterable, Iterator, List, Optional, Sequence, Union

from .about import DEFAULT_MODEL
from .errors import Errors, TaggerError
from .pipeline import PipelineOptions, load_pipeline
from .read import read_text, record_document
from .tagging import TagSettings, TagSummary, tag_documents

__all__ = ["load", "tag_text", "tag_records"]

Record = Dict[str, Any]


def load(model: Optional[Union[str, Path]] = None, *, keywords: str = "tfidf",
         top_k: int = 10, lexicons: Sequence[Union[str, Path]] = ()):
    """Load the tagging pipeline as a spaCy ``Language``.

    model: a pipeline directory, or the installed model's name ``zh_news_tagger``
    (the default).
    keywords: ``tfidf``, ``textrank`` or ``none``; top_k: keywords per article.
    lexicons: user dictionaries added to this pipeline only (as ``--lexicon``).
    """
    if model is not None and str(model) == DEFAULT_MODEL and not Path(model).exists():
        model = None
    options = PipelineOptions(model=str(model) if model is not None else None,
                              keywords=keywords, top_k=top_k,
                              lexicons=[str(p) for p in lexicons])
    return load_pipeline(options)


@lru_cache(maxsize=1)
def _default_pipeline():
    """The default pipeline, loaded on first use and shared by calls without ``nlp``."""
    return load()


def tag_text(text: str, *, nlp=None, repair: bool = True, segment: bool = True,
             simplify: bool = True, source: str = "text",
             summary: Optional[TagSummary] = None) -> List[Record]:
    """Tag one text as ``tagger tag`` tags a .txt file: a page is repaired and split
    into articles (``kind="article"``) and a page record (``kind="page"``).

    nlp: a pipeline from :func:`load` (default: the installed model, loaded once).
    repair/segment/simplify: as ``--repair``, ``--segment``, ``--simplify``.
    source: the name records carry in ``meta.source`` and their ids (``text#0``...).
    RETURNS: the output records; an empty text gives one error record.
    """
    if not isinstance(text, str):
        raise TaggerError(Errors.E100.format(func="tag_text", kind=type(text).__name__))
    settings = TagSettings(repair=repair, segment=segment, simplify=simplify)
    return list(tag_documents(read_text(text, source), settings=settings, summary=summary,
                              nlp=nlp if nlp is not None else _default_pipeline()))


def tag_records(records: Iterable[Union[Record, str]], *, nlp=None, repair: bool = True,
                simplify: bool = True, source: str = "records",
                summary: Optional[TagSummary] = None) -> Iterator[Record]:
    """Tag articles as ``tagger tag`` tags the lines of a .jsonl file, lazily.

    records: objects with ``text`` and optional ``id`` and ``meta`` (a plain string is
    an article text). A bad record yields an error record naming its position
    (``records line 3``), and the rest are tagged.
    """
    settings = TagSettings(repair=repair, segment=False, simplify=simplify)
    items = (record_document({"text": r} if isinstance(r, str) else r, source, n)
             for n, r in enumerate(records, start=1))
    yield from tag_documents(items, settings=settings, summary=summary,
                             nlp=nlp if nlp is not None else _default_pipeline())
