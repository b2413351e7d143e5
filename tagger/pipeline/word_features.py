"""Word information for character tokens: jieba word position and part of speech.

Character tokens are the safe base for Chinese NER, but the model also needs to
know where words begin and end. This component cuts ``doc.text`` into words with its own
jieba tokenizer (never jieba's global dictionary) and writes two features on every
character token, which the tok2vec layer embeds with ``MultiHashEmbed``:

* ``token.tag_``   = position in the word + POS, e.g. ``B-ns``, ``E-nr``, ``S-v``;
* ``token.lemma_`` = the whole word the character belongs to (``金山区``);
* ``token.norm_``  = the character bigram starting here (``金山``), a strong cue for
  character-based Chinese NER;
* ``token.morph``  = (with ``lattice = true``) the dictionary words that begin, continue
  or end at this character, by POS class, whether or not the word cutting chose them
  (``Lex=B_ns,E_nr``): a light form of lattice / SoftLexicon features.

Two ways to tag parts of speech: ``pos = "viterbi"`` runs jieba's joint
word-cutting-and-POS HMM (``jieba.posseg``), ``pos = "lookup"`` cuts with jieba's
faster word HMM and looks each word's POS up in the dictionary (``un`` for new words),
about six times faster. A model must be tagged with the settings it was trained with; they
are saved in its config.

Extra words (gazetteer entries, user dictionaries) enter at ``initialize`` and are
saved with the model, so word cutting is the same at training and tagging time.
"""

from __future__ import annotations

from collections import OrderedDict
from pathlib import Path
from typing import Callable, Dict, Iterable, List, Optional, Tuple

import numpy
import srsly
from spacy.attrs import IDX, LEMMA, LENGTH, MORPH, NORM, ORTH, TAG
from spacy.language import Language
from spacy.tokens import Doc
from spacy import util
from spacy.util import SimpleFrozenList, ensure_path

from ..errors import Errors, TaggerError
from .textview import doc_text

CutWords = List[Tuple[str, str]]
#: The word cache holds at most this many characters of text in all, so tagging
#: an archive of distinct articles keeps memory flat (training sentences recur each epoch
#: and fit; a 1,000-character article costs about 70 KB of cached words).
CACHE_MAX_CHARS = 1_000_000
POS_MODES = ("viterbi", "lookup")
# POS classes kept apart in the lattice feature; other words count as "w".
LATTICE_CLASSES = {"nr": "nr", "nrfg": "nr", "nrt": "nr", "ns": "ns", "nt": "nt", "nz": "nz"}


# Lattice marks are collected per character as bits: each (place, class) mark is one bit.
_MARK_NAMES = [f"{place}_{cls}" for cls in sorted({*LATTICE_CLASSES.values(), "w"})
               for place in "BME"]
_MARK_BIT = {name: 1 << i for i, name in enumerate(_MARK_NAMES)}


def _mark_bits(cls: str) -> Tuple[int, int, int]:
    return _MARK_BIT["B_" + cls], _MARK_BIT["M_" + cls], _MARK_BIT["E_" + cls]


# The bits of a word's begin, middle and end marks by its POS tag ("w" for other tags).
_TAG_BITS = {tag: _mark_bits(cls) for tag, cls in LATTICE_CLASSES.items()}
_OTHER_BITS = _mark_bits("w")
_MARK_TEXTS: Dict[int, str] = {0: ""}  # bits -> "B_ns,E_nr" (the names sorted)


def _lattice_texts(marks: List[int]) -> List[str]:
    """The lattice features (``B_ns,E_nr``) of characters with the mark bits ``marks``."""
    texts = _MARK_TEXTS
    return [texts[bits] if bits in texts else _mark_text(bits) for bits in marks]


def _mark_text(bits: int) -> str:
    """The lattice feature of a character with the marks ``bits`` (and remember it)."""
    text = _MARK_TEXTS[bits] = ",".join(sorted(name for name, bit in _MARK_BIT.items() if bits & bit))
    return text


@Language.factory(
    "tagger_word_features",
    assigns=["token.tag", "token.lemma", "token.norm", "token.morph"],
    default_config={"hmm": True, "max_word_length": 8, "cache_size": 100000,
                    "pos": "viterbi", "lattice": False},
)
def make_word_features(
    nlp: Language, name: str, hmm: bool, max_word_length: int, cache_size: int,
    pos: str, lattice: bool,
) -> "WordFeatures":
    """Create the word-feature component (see :class:`WordFeatures`)."""
    return WordFeatures(nlp, name, hmm=hmm, max_word_length=max_word_length,
                        cache_size=cache_size, pos=pos, lattice=lattice)


class WordFeatures:
    """Set jieba word position + POS (``tag_``) and word (``lemma_``) on char tokens."""

    def __init__(self, nlp: Language, name: str = "tagger_word_features", *, hmm: bool = True,
                 max_word_length: int = 8, cache_size: int = 100000, pos: str = "viterbi",
                 lattice: bool = False) -> None:
        if pos not in POS_MODES:
            raise TaggerError(Errors.E022.format(name=name, value=pos, options=", ".join(POS_MODES)))
        self.name = name
        self.hmm = hmm
        self.pos = pos
        self.lattice = lattice
        self.max_word_length = max_word_length
        self.cache_size = cache_size
        self.words: Dict[str, str] = {}
        self._word_cutter = None
        self._dictionary_cut = None
        self._cache: "OrderedDict[str, CutWords]" = OrderedDict()
        self._cached_chars = 0

    # -- data -------------------------------------------------------------------------
    def initialize(self, get_examples: Optional[Callable[[], Iterable]] = None, *,
                   nlp: Optional[Language] = None,
                   words: Optional[Dict[str, str]] = None) -> None:
        """Set the extra dictionary words (``{word: pos}``) that jieba must keep whole."""
        self.words = dict(words or {})
        self._words_changed()

    def add_words(self, words: Dict[str, str]) -> None:
        """Add words (``{word: pos}``) for this pipeline only, e.g. from ``--lexicon``."""
        self.words.update(words)
        self._words_changed()

    @property
    def word_cutter(self):
        """A private jieba POS tokenizer with this component's words added
        (:func:`tagger.zh.words.pos_tokenizer`)."""
        if self._word_cutter is None:
            from ..zh.words import pos_tokenizer

            self._word_cutter = pos_tokenizer((w, None, p) for w, p in self.words.items())
        return self._word_cutter

    @property
    def dictionary_cut(self):
        """jieba's cutting over :attr:`word_cutter`, faster
        (:class:`tagger.zh.words.DictionaryCut`)."""
        if self._dictionary_cut is None:
            from ..zh.words import DictionaryCut

            self._dictionary_cut = DictionaryCut(self.word_cutter)
        return self._dictionary_cut

    # -- processing -----------------------------------------------------------------
    def cut_words(self, text: str) -> CutWords:
        """Words of ``text`` with their jieba POS flags (cached by text)."""
        cached = self._cache.get(text)
        if cached is not None:
            return cached
        if self.pos == "lookup":
            words = self._lookup_tags(self.dictionary_cut.cut(text, hmm=self.hmm))
        else:
            words = self.dictionary_cut.cut_pos(text, hmm=self.hmm)
        self._remember(text, words)
        return words

    def _lookup_tags(self, words: List[str]) -> CutWords:
        """``(word, POS)`` by dictionary look-up (``pos = "lookup"``)."""
        tags = self.word_cutter.word_tag_tab
        return [(w, tags.get(w) or _unknown_flag(w)) for w in words]

    def cut_words_and_lattice(self, text: str) -> Tuple[CutWords, List[int]]:
        """:meth:`cut_words` and the lattice marks of each character as bits
        (:meth:`lattice_features` gives their text), from one pass over the dictionary
        where the settings allow (``pos = "lookup"``, words not cached)."""
        cached = self._cache.get(text)
        if cached is not None or self.pos != "lookup":
            return self.cut_words(text) if cached is None else cached, self._lattice_bits(text)
        self.word_cutter.tokenizer.check_initialized()
        cut, bits = self.dictionary_cut.cut_marked(
            text, hmm=self.hmm, max_length=self.max_word_length, tag_marks=_TAG_BITS,
            other_marks=_OTHER_BITS)
        words = self._lookup_tags(cut)
        self._remember(text, words)
        return words, bits

    def _remember(self, text: str, words: CutWords) -> None:
        """Cache the words of ``text`` within the cache's limits."""
        if self.cache_size > 0 and len(text) <= CACHE_MAX_CHARS // 100:
            self._cache[text] = words
            self._cached_chars += len(text)
            while len(self._cache) > self.cache_size or self._cached_chars > CACHE_MAX_CHARS:
                self._cached_chars -= len(self._cache.popitem(last=False)[0])

    def clear_cache(self) -> None:
        """Forget cached word cuttings."""
        self._cache.clear()
        self._cached_chars = 0

    def _words_changed(self) -> None:
        """Rebuild the word cutter on next use, and forget what the old one cut."""
        self._word_cutter = None
        self._dictionary_cut = None
        self.clear_cache()

    def lattice_features(self, text: str) -> List[str]:
        """Per character: the dictionary words over it, as ``B_ns,M_w,E_nr`` (sorted).

        Words are those of two to ``max_word_length`` characters that the dictionary
        counts (frequency > 0), whether or not the word cutting chose them.
        """
        return _lattice_texts(self._lattice_bits(text))

    def _lattice_bits(self, text: str) -> List[int]:
        """Per character: the lattice marks of :meth:`lattice_features` as bits."""
        tokenizer = self.word_cutter.tokenizer
        tokenizer.check_initialized()
        freq = tokenizer.FREQ
        tags = self.word_cutter.word_tag_tab
        n = len(text)
        marks = [0] * n
        limit = self.max_word_length
        for k in range(n - 1):
            stop = min(n, k + limit)
            end = k + 2
            if end > stop:
                break
            frag = text[k:end]
            while True:
                f = freq.get(frag)
                if f is None:  # no longer word starts with these characters
                    break
                if f:
                    begin, middle, last = _TAG_BITS.get(tags.get(frag), _OTHER_BITS)
                    marks[k] |= begin
                    marks[end - 1] |= last
                    for i in range(k + 1, end - 1):
                        marks[i] |= middle
                if end >= stop:
                    break
                end += 1
                frag = text[k:end]
        return marks

    def __call__(self, doc: Doc) -> Doc:
        n_tokens = len(doc)
        if not n_tokens:
            return doc
        add = doc.vocab.strings.add
        text = doc_text(doc)
        starts, lengths, orths = doc.to_array([IDX, LENGTH, ORTH]).T.tolist()
        texts = [text[i:i + n] for i, n in zip(starts, lengths)]
        # NORM: the character bigram starting at this token.
        norms = [add(a + b) for a, b in zip(texts, texts[1:] + ["</s>"])]
        tags = [add("S-x")] * n_tokens
        lemmas = orths  # a token's own text until a word covers it (ORTH is its string id)
        tok_at = [-1] * (len(text) + 1)
        for i, start in enumerate(starts):
            tok_at[start] = i
        max_length = self.max_word_length
        tag_ids: Dict[Tuple[int, str], List[int]] = {}  # (length, flag) -> ids of B-/I-/E-/S- tags
        if self.lattice:
            words, marks = self.cut_words_and_lattice(text)
        else:
            words, marks = self.cut_words(text), []
        pos = 0
        for word, flag in words:
            n = len(word)
            ids = tag_ids.get((n, flag))
            if ids is None:
                places = ("S",) if n == 1 else ("B",) + ("I",) * (n - 2) + ("E",)
                ids = tag_ids[(n, flag)] = [add(f"{place}-{flag}") for place in places]
            lemma = add(word) if n <= max_length else None
            i = tok_at[pos]
            if i >= 0 and tok_at[pos + n - 1] == i + n - 1:  # one token per character
                tags[i:i + n] = ids
                if lemma is not None:
                    lemmas[i:i + n] = [lemma] * n
            else:
                for k in range(n):
                    i = tok_at[pos + k]
                    if i < 0:
                        continue
                    tags[i] = ids[k]
                    if lemma is not None:
                        lemmas[i] = lemma
            pos += n
        columns = [tags, lemmas, norms]
        if self.lattice:
            morph_add = doc.vocab.morphology.add
            ids = {bits: morph_add("Lex=" + _lattice_texts([bits])[0]) for bits in set(marks) if bits}
            columns.append([ids.get(marks[s], 0) for s in starts])
        attrs = [TAG, LEMMA, NORM, MORPH][:len(columns)]
        doc.from_array(attrs, numpy.array(columns, dtype="uint64").T)
        return doc

    def pipe(self, stream: Iterable[Doc], *, batch_size: int = 128) -> Iterable[Doc]:
        for doc in stream:
            yield self(doc)

    # -- serialization --------------------------------------------------------------
    def to_disk(self, path, *, exclude: Iterable[str] = SimpleFrozenList()) -> None:
        """Save the extra dictionary words (``words.json``) unless ``exclude`` names ``words``."""
        path = ensure_path(path)
        path.mkdir(parents=True, exist_ok=True)
        util.to_disk(path, {"words.json": lambda p: srsly.write_json(p, self.words)}, exclude)

    def from_disk(self, path, *, exclude: Iterable[str] = SimpleFrozenList()) -> "WordFeatures":
        """Load what :meth:`to_disk` saved (E016 if ``words.json`` is missing)."""
        def read_words(words_path: Path) -> None:
            if not words_path.exists():
                raise TaggerError(Errors.E016.format(name=self.name))
            self.words = srsly.read_json(words_path)
            self._words_changed()

        util.from_disk(path, {"words.json": read_words}, exclude)
        return self

    def to_bytes(self, *, exclude: Iterable[str] = SimpleFrozenList()) -> bytes:
        return util.to_bytes({"words": lambda: self.words}, exclude)

    def from_bytes(self, data: bytes, *, exclude: Iterable[str] = SimpleFrozenList()) -> "WordFeatures":
        def set_words(words: Dict[str, str]) -> None:
            self.words = words
            self._words_changed()

        util.from_bytes(data, {"words": set_words}, exclude)
        return self


def _unknown_flag(word: str) -> str:
    """jieba-style POS for a word the dictionary lacks (``lookup`` mode)."""
    if word.isdigit():
        return "m"
    if word.isascii() and word.isalnum():
        return "eng"
    if len(word) == 1:
        return "x"
    return "un"
