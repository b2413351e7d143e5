"""The jieba dictionary service: word cutting over one shared copy of jieba's dictionary.

Word cutting (jieba's word segmentation; "segment" in this project means cutting a page
into articles) is used by three components: word features, the gazetteer's suffix check
and keywords. Each has its own extra words, so none may use jieba's global dictionary.
Extra words enter in one place: :func:`user_lexicon_words` turns a user lexicon into
``{word: jieba tag}``, :func:`add_pipeline_words` gives words to every word-cutting
component of a pipeline (those with an ``add_words`` method, :class:`WordCutting`), and
:func:`pipeline_lexicon_words` collects the lexicon words the rule components hold.

Building a ``jieba.Tokenizer`` and a ``jieba.posseg.POSTokenizer`` from scratch reads the
dictionary twice (about two seconds and 100 MB each time). Here the dictionary is read
once per process; a tokenizer without extra words uses it as is, and one with extra words
gets its own copies of the two tables (a dictionary copy, tens of milliseconds).
"""

from __future__ import annotations

import logging
import marshal
import os
import tempfile
import threading
import zlib
from functools import lru_cache
from pathlib import Path
from typing import (Any, Dict, Iterable, Iterator, List, Mapping, NamedTuple, Optional, Protocol,
                    Tuple, runtime_checkable)

_LOCK = threading.Lock()

# (word, frequency or None for jieba's suggestion, POS tag or None)
Entry = Tuple[str, Optional[int], Optional[str]]


@lru_cache(maxsize=1)
def base_dictionary() -> Tuple[Dict[str, int], int, Dict[str, str]]:
    """jieba's prefix-frequency table, its total, and the word → POS table (read once)."""
    import jieba

    logging.getLogger("jieba").setLevel(logging.WARNING)
    with _LOCK:
        tokenizer = jieba.Tokenizer()
        tokenizer.initialize()  # jieba caches this table in the temp folder itself
        tags = _word_tags(tokenizer)
    return tokenizer.FREQ, tokenizer.total, tags


def _word_tags(tokenizer) -> Dict[str, str]:
    """jieba's word → POS table, cached in the temp folder as jieba caches its own table.

    Parsing the dictionary's text takes about a second per process; the marshalled
    table loads in a fraction of that. The cache is keyed by the dictionary file's
    path, size and time, and written atomically; any failure falls back to parsing.
    """
    import jieba.posseg

    dict_path = Path(jieba.__file__).parent / jieba.DEFAULT_DICT_NAME \
        if tokenizer.dictionary == jieba.DEFAULT_DICT else Path(tokenizer.dictionary)
    try:
        stat = dict_path.stat()
        key = f"{dict_path}:{stat.st_size}:{stat.st_mtime_ns}"
        cache = Path(tempfile.gettempdir()) / f"tagger-jieba-tags-{zlib.crc32(key.encode()):08x}.marshal"
        if cache.exists():
            return marshal.loads(cache.read_bytes())
    except (OSError, ValueError, EOFError, TypeError):
        cache = None
    tags = jieba.posseg.POSTokenizer(tokenizer).word_tag_tab
    if cache is not None:
        try:
            with tempfile.NamedTemporaryFile(dir=cache.parent, delete=False) as tmp:
                tmp.write(marshal.dumps(tags))
            os.replace(tmp.name, cache)
        except OSError:
            pass
    return tags


def pos_tokenizer(entries: Iterable[Entry] = ()):
    """A ``jieba.posseg.POSTokenizer`` with ``entries`` added, private to the caller.

    Entries with a space are skipped: jieba splits at spaces whatever its dictionary says.
    """
    import jieba
    import jieba.posseg

    freq, total, tags = base_dictionary()
    entries = [e for e in entries if e[0] and " " not in e[0]]
    tokenizer = jieba.Tokenizer()
    tokenizer.FREQ = dict(freq) if entries else freq
    tokenizer.total = total
    tokenizer.initialized = True
    posseg = jieba.posseg.POSTokenizer.__new__(jieba.posseg.POSTokenizer)
    posseg.tokenizer = tokenizer
    posseg.word_tag_tab = dict(tags) if entries else tags
    for word, word_freq, tag in entries:
        tokenizer.add_word(word, freq=word_freq, tag=tag or None)
        if tag:
            posseg.word_tag_tab[word] = tag
    tokenizer.user_word_tag_tab = {}
    return posseg


def word_frequency(word: str) -> int:
    """How often jieba's own dictionary counts ``word`` (0 if it is not a word there)."""
    return base_dictionary()[0].get(word) or 0


LEXICON_TAG = "nz"
"""jieba tag given to lexicon words without one: "other proper noun"."""
LEXICON_FREQ = 2000
"""Frequency given to lexicon words so that jieba keeps them whole in most contexts."""


class Word(NamedTuple):
    """One word of a cut text: text, jieba POS tag, character offsets into the input."""

    text: str
    pos: str
    start: int
    end: int


class WordCutter:
    """jieba word cutting with POS tags over a private dictionary extended by ``words``.

    words: phrases to keep whole (slogans, names); they get POS :data:`LEXICON_TAG`.
    hmm: let jieba's HMM join unknown characters into words (slower; names come from
    the entity layer anyway, so keywords switch it off).
    The jieba dictionary loads on first use (about a second), not at construction.
    """

    def __init__(self, words: Iterable[str] = (), *, hmm: bool = True) -> None:
        self.words: Tuple[str, ...] = tuple(sorted({w.strip() for w in words if w and w.strip()}))
        self.hmm = hmm
        self._pos_tokenizer = None

    @property
    def pos_tokenizer(self):
        """The jieba POSTokenizer of this cutter (built on first access)."""
        if self._pos_tokenizer is None:
            self._pos_tokenizer = pos_tokenizer((w, LEXICON_FREQ, LEXICON_TAG) for w in self.words)
        return self._pos_tokenizer

    def cut(self, text: str, *, offset: int = 0) -> Iterator[Word]:
        """Cut ``text`` into :class:`Word` s; offsets are shifted by ``offset``."""
        pos = offset
        for pair in self.pos_tokenizer.cut(text, HMM=self.hmm):
            end = pos + len(pair.word)
            yield Word(pair.word, pair.flag, pos, end)
            pos = end


def user_lexicon_words(records: Iterable[Mapping[str, Any]]) -> Dict[str, str]:
    """``{word: jieba tag}`` of user lexicon records (:func:`tagger.lexicons.read_user_lexicon`):
    every entry's text (or canonical form) with its tag (``""`` if none)."""
    words: Dict[str, str] = {}
    for record in records:
        word = record.get("text") or record.get("canonical")
        if word:
            words[word] = record.get("pos") or ""
    return words


@runtime_checkable
class WordCutting(Protocol):
    """A pipeline component that cuts words with jieba and takes extra words."""

    def add_words(self, words: Mapping[str, str]) -> None:
        """Keep ``words`` (``{word: jieba tag}``) whole from now on."""


@runtime_checkable
class LexiconHolder(Protocol):
    """A rule component whose lexicon words word cutting should keep whole."""

    def lexicon_words(self) -> List[str]:
        """The surfaces of the component's lexicon entries."""


def add_pipeline_words(nlp: Any, words: Mapping[str, str]) -> List[str]:
    """Give ``words`` to every word-cutting component of ``nlp``; returns their names."""
    names = []
    for name, pipe in nlp.pipeline:
        if isinstance(pipe, WordCutting):
            pipe.add_words(dict(words))
            names.append(name)
    return names


def pipeline_lexicon_words(nlp: Any) -> List[str]:
    """The lexicon words of ``nlp``: entries of the rule components (:class:`LexiconHolder`)
    and the string patterns of spaCy's entity_ruler/span_ruler components."""
    from spacy.pipeline import EntityRuler, SpanRuler

    words: List[str] = []
    for _, pipe in nlp.pipeline:
        if isinstance(pipe, LexiconHolder):
            words.extend(pipe.lexicon_words())
        elif isinstance(pipe, (EntityRuler, SpanRuler)):
            for entry in pipe.patterns:
                text = pattern_text(entry.get("pattern"))
                if text:
                    words.append(text)
    return words


def pattern_text(pattern: Any) -> Optional[str]:
    """The literal text of a phrase pattern or of a token pattern made only of
    ORTH/TEXT/LOWER strings (one token per character joins back to the phrase), else None."""
    if isinstance(pattern, str):
        return pattern or None
    if not isinstance(pattern, list):
        return None
    parts = []
    for token in pattern:
        if not isinstance(token, dict) or len(token) != 1:
            return None
        (key, value), = token.items()
        if key not in ("ORTH", "TEXT", "LOWER") or not isinstance(value, str):
            return None
        parts.append(value)
    return "".join(parts) or None
