"""Word information for character tokens: jieba word position and part of speech.

Character tokens are the safe base for Chinese NER, but the model also needs to
know where words begin and end. This component segments ``doc.text`` with its own
jieba tokenizer (never jieba's global dictionary) and writes two features on every
character token, which the tok2vec layer embeds with ``MultiHashEmbed``:

* ``token.tag_``   = position in the word + POS, e.g. ``B-ns``, ``E-nr``, ``S-v``;
* ``token.lemma_`` = the whole word the character belongs to (``金山区``);
* ``token.norm_``  = the character bigram starting here (``金山``), a strong cue for
  character-based Chinese NER.

Extra words (gazetteer entries, user dictionaries) enter at ``initialize`` and are
saved with the model, so segmentation is the same at training and tagging time.
"""

from __future__ import annotations

import logging
from collections import OrderedDict
from pathlib import Path
from typing import Callable, Dict, Iterable, List, Optional, Tuple

import numpy
import srsly
from spacy.attrs import IDX, LEMMA, LENGTH, NORM, TAG
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import ensure_path

from ..errors import Errors, TaggerError

Segmented = List[Tuple[str, str]]


@Language.factory(
    "tagger_word_features",
    assigns=["token.tag", "token.lemma", "token.norm"],
    default_config={"hmm": True, "max_word_length": 8, "cache_size": 100000},
)
def make_word_features(
    nlp: Language, name: str, hmm: bool, max_word_length: int, cache_size: int
) -> "WordFeatures":
    """Create the word-feature component (see :class:`WordFeatures`)."""
    return WordFeatures(nlp, name, hmm=hmm, max_word_length=max_word_length,
                        cache_size=cache_size)


class WordFeatures:
    """Set jieba word position + POS (``tag_``) and word (``lemma_``) on char tokens."""

    def __init__(self, nlp: Language, name: str = "tagger_word_features", *, hmm: bool = True,
                 max_word_length: int = 8, cache_size: int = 100000) -> None:
        self.name = name
        self.hmm = hmm
        self.max_word_length = max_word_length
        self.cache_size = cache_size
        self.words: Dict[str, str] = {}
        self._segmenter = None
        self._cache: "OrderedDict[str, Segmented]" = OrderedDict()

    # -- data -------------------------------------------------------------------------
    def initialize(self, get_examples: Optional[Callable[[], Iterable]] = None, *,
                   nlp: Optional[Language] = None,
                   words: Optional[Dict[str, str]] = None) -> None:
        """Set the extra dictionary words (``{word: pos}``) that jieba must keep whole."""
        self.words = dict(words or {})
        self._segmenter = None
        self._cache.clear()

    def add_words(self, words: Dict[str, str]) -> None:
        """Add words (``{word: pos}``) for this pipeline only, e.g. from ``--lexicon``."""
        self.words.update(words)
        self._segmenter = None
        self._cache.clear()

    @property
    def segmenter(self):
        """A private jieba POS tokenizer with this component's words added."""
        if self._segmenter is None:
            import jieba
            import jieba.posseg

            jieba.setLogLevel(logging.WARNING)
            tokenizer = jieba.Tokenizer()
            posseg = jieba.posseg.POSTokenizer(tokenizer)
            for word, pos in self.words.items():
                tokenizer.add_word(word, freq=None, tag=pos or None)
                if pos:
                    posseg.word_tag_tab[word] = pos
            self._segmenter = posseg
        return self._segmenter

    # -- processing -----------------------------------------------------------------
    def segment(self, text: str) -> Segmented:
        """Words of ``text`` with their jieba POS flags (cached by text)."""
        cached = self._cache.get(text)
        if cached is not None:
            return cached
        words = [(p.word, p.flag) for p in self.segmenter.cut(text, HMM=self.hmm)]
        if self.cache_size > 0:
            self._cache[text] = words
            if len(self._cache) > self.cache_size:
                self._cache.popitem(last=False)
        return words

    def __call__(self, doc: Doc) -> Doc:
        n_tokens = len(doc)
        if not n_tokens:
            return doc
        add = doc.vocab.strings.add
        text = doc.text
        starts, lengths = doc.to_array([IDX, LENGTH]).T.tolist()
        texts = [text[i:i + n] for i, n in zip(starts, lengths)]
        # NORM: the character bigram starting at this token.
        norms = [add(texts[i] + (texts[i + 1] if i + 1 < n_tokens else "</s>"))
                 for i in range(n_tokens)]
        tags = [add("S-x")] * n_tokens
        lemmas = [add(t) for t in texts]
        tok_at = [-1] * (len(text) + 1)
        for i, start in enumerate(starts):
            tok_at[start] = i
        pos = 0
        for word, flag in self.segment(text):
            n = len(word)
            lemma = add(word) if n <= self.max_word_length else None
            places = ("S",) if n == 1 else ("B",) + ("I",) * (n - 2) + ("E",)
            for k in range(n):
                i = tok_at[pos + k]
                if i < 0:
                    continue
                tags[i] = add(f"{places[k]}-{flag}")
                if lemma is not None:
                    lemmas[i] = lemma
            pos += n
        doc.from_array([TAG, LEMMA, NORM], numpy.array([tags, lemmas, norms], dtype="uint64").T)
        return doc

    def pipe(self, stream: Iterable[Doc], *, batch_size: int = 128) -> Iterable[Doc]:
        for doc in stream:
            yield self(doc)

    # -- serialization --------------------------------------------------------------
    def to_disk(self, path, *, exclude: Iterable[str] = tuple()) -> None:
        path = ensure_path(path)
        path.mkdir(parents=True, exist_ok=True)
        srsly.write_json(path / "words.json", self.words)

    def from_disk(self, path, *, exclude: Iterable[str] = tuple()) -> "WordFeatures":
        path = ensure_path(path)
        words_path = Path(path) / "words.json"
        if not words_path.exists():
            raise TaggerError(Errors.E016.format(name=self.name))
        self.words = srsly.read_json(words_path)
        self._segmenter = None
        self._cache.clear()
        return self

    def to_bytes(self, *, exclude: Iterable[str] = tuple()) -> bytes:
        return srsly.msgpack_dumps({"words": self.words})

    def from_bytes(self, data: bytes, *, exclude: Iterable[str] = tuple()) -> "WordFeatures":
        self.words = srsly.msgpack_loads(data)["words"]
        self._segmenter = None
        self._cache.clear()
        return self
