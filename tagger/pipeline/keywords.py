"""The ``tagger_keywords`` component: top keywords of each doc in ``doc._.keywords``.

It runs last, after the merge that sets ``doc.ents``: every entity and slogan in
``doc.ents`` is one keyword candidate (its ``span._.canonical`` when set), and the rest of
the text is cut into words by a private jieba tokenizer that keeps the project's lexicon words
whole (the doc's own tokens are single characters). The IDF table, stopwords and lexicon
words are read at ``initialize`` and saved with the model.
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable, Iterable, List, Optional, Union

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.training import Example
from spacy import util
from spacy.util import SimpleFrozenList, ensure_path

from ..errors import Errors, TaggerError
from ..keywords.extract import DEFAULT_ALLOW_POS, EntityMention, KeywordExtractor, KeywordSettings
from ..keywords.resources import IdfTable, load_idf, load_stopwords
from ..keywords.wordlists import read_lexicon_words
from ..zh.words import WordCutter, pipeline_lexicon_words
from .textview import doc_text

IDF_FILE = "idf.tsv.gz"
STOPWORDS_FILE = "stopwords.txt"
LEXICON_FILE = "lexicon.txt"


def register_extensions() -> None:
    """Register ``Doc._.keywords`` (a list of keyword dicts, or None before the component)."""
    if not Doc.has_extension("keywords"):
        Doc.set_extension("keywords", default=None)


@Language.factory(
    "tagger_keywords",
    assigns=["doc._.keywords"],
    requires=["doc.ents", "span._.canonical"],
    default_config={
        "method": "tfidf",
        "top_k": 10,
        "window": 5,
        "min_phrase_count": 2,
        "allow_pos": list(DEFAULT_ALLOW_POS),
    },
)
def make_keywords(nlp: Language, name: str, method: str, top_k: int, window: int,
                  min_phrase_count: int, allow_pos: List[str]) -> "KeywordsComponent":
    """Create the keywords component (see :class:`KeywordsComponent`)."""
    return KeywordsComponent(nlp, name, method=method, top_k=top_k, window=window,
                             min_phrase_count=min_phrase_count, allow_pos=allow_pos)


class KeywordsComponent(KeywordSettings):
    """Set ``doc._.keywords``: the ``top_k`` keywords by TF-IDF or TextRank.

    method: "tfidf", "textrank" or "none"; top_k: keywords per doc. Set them for a run
    as config overrides when loading (``spacy.load(path, config={
    "components.tagger_keywords.top_k": 5})``, as :func:`tagger.pipeline.load_pipeline` does).
    window: TextRank window; min_phrase_count: recurrences that make adjacent words a
    phrase; allow_pos: jieba POS tag prefixes of content words.
    """

    def __init__(self, nlp: Language, name: str = "tagger_keywords", *, method: str = "tfidf",
                 top_k: int = 10, window: int = 5, min_phrase_count: int = 2,
                 allow_pos: Iterable[str] = DEFAULT_ALLOW_POS) -> None:
        register_extensions()
        self.name = name
        self.window = window
        self.min_phrase_count = min_phrase_count
        self.allow_pos = tuple(allow_pos)
        self.method = method
        self.top_k = top_k
        self.idf: Optional[IdfTable] = None
        self.stopwords: frozenset = frozenset()
        self.lexicon: List[str] = []
        self._extractor: Optional[KeywordExtractor] = None

    def initialize(self, get_examples: Optional[Callable[[], Iterable[Example]]] = None, *,
                   nlp: Optional[Language] = None, idf_path: Optional[str] = None,
                   stopwords_path: Optional[str] = None,
                   lexicon_paths: Optional[List[str]] = None) -> None:
        """Read the IDF table, stopwords and lexicon words (defaults: packaged files).

        idf_path / stopwords_path: files as written by ``tagger.keywords.build_idf`` and
        one word a line. lexicon_paths: extra lexicon files (JSONL patterns or jieba user
        dictionaries); the string patterns of the pipeline's entity_ruler/span_ruler
        components are always added.
        """
        self.idf = load_idf(idf_path)
        self.stopwords = load_stopwords(stopwords_path)
        words = pipeline_lexicon_words(nlp) if nlp is not None else []
        for path in lexicon_paths or []:
            words.extend(read_lexicon_words(path))
        self.lexicon = sorted(set(words))
        self._extractor = None

    def add_words(self, words: Iterable[str]) -> None:
        """Keep more phrases whole when cutting words (e.g. a user lexicon given per run);
        ``words`` may be ``{word: jieba tag}`` (:class:`tagger.zh.words.WordCutting`)."""
        self.lexicon = sorted(set(self.lexicon) | {w for w in words if w})
        self._extractor = None

    @property
    def is_initialized(self) -> bool:
        return self.idf is not None

    def extractor(self) -> KeywordExtractor:
        """The extractor over this component's data and current settings."""
        if self.idf is None:
            raise TaggerError(Errors.E016.format(name=self.name))
        if self._extractor is None:
            self._extractor = KeywordExtractor(
                idf=self.idf, stopwords=self.stopwords, word_cutter=WordCutter(self.lexicon, hmm=False),
                window=self.window, min_phrase_count=self.min_phrase_count,
                allow_pos=self.allow_pos)
        self._extractor.method = self.method
        self._extractor.top_k = self.top_k
        return self._extractor

    def __call__(self, doc: Doc) -> Doc:
        """Set ``doc._.keywords`` to a list of ``{"text", "weight", "kind"}``."""
        if self.method == "none" or self.top_k == 0:
            doc._.keywords = []
            return doc
        mentions = [EntityMention(ent.start_char, ent.end_char, ent.label_, _display(ent))
                    for ent in doc.ents]
        doc._.keywords = [kw.to_dict() for kw in self.extractor()(doc_text(doc), mentions)]
        return doc

    def pipe(self, stream: Iterable[Doc], *, batch_size: int = 128) -> Iterable[Doc]:
        for doc in stream:
            yield self(doc)

    # -- serialization -------------------------------------------------------------------

    def to_disk(self, path: Union[str, Path], *,
                exclude: Iterable[str] = SimpleFrozenList()) -> None:
        """Save the IDF table, stopwords and lexicon words into directory ``path``;
        ``exclude`` may name ``idf``, ``stopwords`` or ``lexicon``."""
        if self.idf is None:
            raise TaggerError(Errors.E016.format(name=self.name))
        idf = self.idf
        path = ensure_path(path)
        path.mkdir(parents=True, exist_ok=True)
        util.to_disk(path, {
            IDF_FILE: idf.to_disk,
            STOPWORDS_FILE: lambda p: p.write_text(
                "".join(f"{w}\n" for w in sorted(self.stopwords)), encoding="utf-8"),
            LEXICON_FILE: lambda p: p.write_text("".join(f"{w}\n" for w in self.lexicon),
                                                 encoding="utf-8"),
        }, exclude)

    def from_disk(self, path: Union[str, Path], *,
                  exclude: Iterable[str] = SimpleFrozenList()) -> "KeywordsComponent":
        """Load what :meth:`to_disk` saved (parts in ``exclude`` stay as they are)."""
        def read_idf(p: Path) -> None:
            self.idf = IdfTable.from_disk(p)

        def read_stopwords(p: Path) -> None:
            self.stopwords = load_stopwords(p)

        def read_lexicon(p: Path) -> None:
            self.lexicon = read_lexicon_words(p)

        util.from_disk(path, {IDF_FILE: read_idf, STOPWORDS_FILE: read_stopwords,
                              LEXICON_FILE: read_lexicon}, exclude)
        self._extractor = None
        return self

    def to_bytes(self, *, exclude: Iterable[str] = SimpleFrozenList()) -> bytes:
        if self.idf is None:
            raise TaggerError(Errors.E016.format(name=self.name))
        idf = self.idf
        return util.to_bytes({"idf": lambda: {"n_docs": idf.n_docs, "idf": idf.idf},
                              "stopwords": lambda: sorted(self.stopwords),
                              "lexicon": lambda: self.lexicon}, exclude)

    def from_bytes(self, data: bytes, *,
                   exclude: Iterable[str] = SimpleFrozenList()) -> "KeywordsComponent":
        def set_idf(msg: dict) -> None:
            self.idf = IdfTable(n_docs=msg["n_docs"], idf=dict(msg["idf"]))

        def set_stopwords(words: list) -> None:
            self.stopwords = frozenset(words)

        def set_lexicon(words: list) -> None:
            self.lexicon = list(words)

        util.from_bytes(data, {"idf": set_idf, "stopwords": set_stopwords,
                               "lexicon": set_lexicon}, exclude)
        self._extractor = None
        return self


def _display(span: Span) -> str:
    """The keyword text of an entity: its canonical form when set, else its text."""
    if Span.has_extension("canonical"):
        canonical = span._.canonical
        if isinstance(canonical, str) and canonical:
            return canonical
    return span.text
