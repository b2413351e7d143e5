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

:class:`DictionaryCut` cuts exactly as jieba does (the same words, POS tags and tie-breaks:
tests/test_word_features.py compares them on news text) in fewer Python steps: jieba builds
a dict of word ends per character, then recomputes every candidate's frequency and log
in a generator; here one backward pass finds each character's best word with the
logarithms cached per word.
"""

from __future__ import annotations

import logging
import marshal
import os
import tempfile
import threading
import zlib
from functools import lru_cache
from math import log
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
    import jieba

    dict_path = Path(jieba.__file__).parent / jieba.DEFAULT_DICT_NAME \
        if tokenizer.dictionary == jieba.DEFAULT_DICT else Path(tokenizer.dictionary)
    try:
        stat = dict_path.stat()
        key = f"{dict_path}:{stat.st_size}:{stat.st_mtime_ns}"
        cache = Path(tempfile.gettempdir()) / f"tagger-jieba-tags-{zlib.crc32(key.encode()):08x}.marshal"
        if cache.exists():
            tags = marshal.loads(cache.read_bytes())
            _import_posseg(tokenizer, tags)
            return tags
    except (OSError, ValueError, EOFError, TypeError):
        cache = None
    import jieba.posseg

    tags = jieba.posseg.POSTokenizer(tokenizer).word_tag_tab
    if cache is not None:
        try:
            with tempfile.NamedTemporaryFile(dir=cache.parent, delete=False) as tmp:
                tmp.write(marshal.dumps(tags))
            os.replace(tmp.name, cache)
        except OSError:
            pass
    return tags


def _import_posseg(tokenizer, tags: Dict[str, str]) -> None:
    """Import ``jieba.posseg`` without parsing the dictionary text that ``tags`` came from.

    The import builds the module's global POSTokenizer (``jieba.posseg.dt``), which
    parses jieba's dictionary for its word → POS table (about a second per process,
    the cost :func:`_word_tags` avoids). When jieba's global tokenizer reads the same
    dictionary as ``tokenizer``, that POSTokenizer reads an empty file instead and gets
    its own copy of ``tags``: the same table, built without parsing.
    """
    import io
    import sys

    import jieba

    if "jieba.posseg" in sys.modules or jieba.dt.dictionary != tokenizer.dictionary:
        import jieba.posseg  # noqa: F401  (already imported, or parsed as jieba does)

        return
    jieba.dt.get_dict_file = lambda: io.BytesIO()  # shadows the method during the import only
    try:
        import jieba.posseg
    finally:
        del jieba.dt.get_dict_file
    jieba.posseg.dt.word_tag_tab = dict(tags)


def pos_tokenizer(entries: Iterable[Entry] = ()):
    """A ``jieba.posseg.POSTokenizer`` with ``entries`` added, private to the caller.

    Entries with a space are skipped: jieba splits at spaces whatever its dictionary says.
    """
    freq, total, tags = base_dictionary()  # first: it imports jieba.posseg cheaply
    import jieba
    import jieba.posseg

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


class DictionaryCut:
    """jieba's dictionary-based word cutting over one tokenizer, without jieba's overheads.

    ``cut(text)`` returns ``list(posseg.tokenizer.cut(text, HMM=hmm))`` and ``cut_pos(text)``
    returns ``[(p.word, p.flag) for p in posseg.cut(text, HMM=hmm)]``: the same
    dictionary, the same best route (jieba's score, ties to the longer word), the same
    handling of characters outside words; unknown runs still go to jieba's HMMs.
    The tokenizer's dictionary must not change afterwards (a new word gets a new
    ``pos_tokenizer`` and a new DictionaryCut).
    """

    def __init__(self, posseg) -> None:
        import jieba
        import jieba.posseg  # imported by pos_tokenizer already

        tokenizer = posseg.tokenizer
        tokenizer.check_initialized()
        self.posseg = posseg
        self.freq: Dict[str, int] = tokenizer.FREQ
        self.tags: Dict[str, str] = posseg.word_tag_tab
        self.logtotal = log(tokenizer.total)
        self._weights: Dict[str, float] = {}  # word -> log(frequency) - log(total), as jieba
        self._finalseg_cut = jieba.finalseg.cut
        self._pos_detail = posseg._POSTokenizer__cut_detail
        self._re_han = jieba.re_han_default
        self._re_skip = jieba.re_skip_default
        self._re_han_pos = jieba.posseg.re_han_internal
        self._re_skip_pos = jieba.posseg.re_skip_internal
        self._re_num = jieba.posseg.re_num
        self._re_eng = jieba.posseg.re_eng

    def best_ends(self, block: str) -> List[int]:
        """For each character of ``block``, the last character of the word jieba's route
        takes there (``Tokenizer.calc`` over ``Tokenizer.get_DAG``)."""
        freq = self.freq
        weights = self._weights
        logtotal = self.logtotal
        n = len(block)
        scores = [0.0] * (n + 1)
        ends = [0] * n
        for k in range(n - 1, -1, -1):
            best = None
            end = k
            i = k
            frag = block[k]
            while True:
                f = freq.get(frag)
                if f is None:
                    break
                if f:
                    w = weights.get(frag)
                    if w is None:
                        w = weights[frag] = log(f) - logtotal
                    score = w + scores[i + 1]
                    if best is None or score >= best:  # max((score, i)): ties to the later end
                        best = score
                        end = i
                i += 1
                if i >= n:
                    break
                frag = block[k:i + 1]
            if best is None:  # no word starts here: the character alone, frequency 1
                best = -logtotal + scores[k + 1]
            scores[k] = best
            ends[k] = end
        return ends

    def cut(self, text: str, *, hmm: bool = True) -> List[str]:
        """``list(tokenizer.cut(text, HMM=hmm))``."""
        words: List[str] = []
        add = words.append
        re_han, re_skip = self._re_han, self._re_skip
        for block in re_han.split(text):
            if not block:
                continue
            if re_han.match(block):
                if hmm:
                    self._cut_block_hmm(block, words)
                else:
                    self._cut_block(block, words)
            else:
                for piece in re_skip.split(block):
                    if re_skip.match(piece):
                        add(piece)
                    else:
                        words.extend(piece)
        return words

    def cut_marked(self, text: str, *, hmm: bool, max_length: int,
                   tag_marks: Mapping[str, Tuple[int, int, int]],
                   other_marks: Tuple[int, int, int]) -> Tuple[List[str], List[int]]:
        """:meth:`cut` and, from the same dictionary look-ups, each character's marks: the
        bitwise or of the begin, middle and end marks (``tag_marks`` by the word's POS tag,
        else ``other_marks``) of every dictionary word of 2 to ``max_length`` characters
        over it, chosen by the cut or not (word features' lattice)."""
        words: List[str] = []
        marks = [0] * len(text)
        re_han, re_skip = self._re_han, self._re_skip
        start = 0
        for block in re_han.split(text):
            if not block:
                continue
            end = start + len(block)
            if re_han.match(block):
                ends = self._mark_and_route(text, start, end, max_length, tag_marks, other_marks,
                                            marks)
                if hmm:
                    self._cut_block_hmm(block, words, ends)
                else:
                    self._cut_block(block, words, ends)
            else:
                self._mark_and_route(text, start, end, max_length, tag_marks, other_marks, marks,
                                     route=False)
                for piece in re_skip.split(block):
                    if re_skip.match(piece):
                        words.append(piece)
                    else:
                        words.extend(piece)
            start = end
        return words, marks

    def _mark_and_route(self, text: str, start: int, end: int, max_length: int,
                        tag_marks: Mapping[str, Tuple[int, int, int]],
                        other_marks: Tuple[int, int, int], marks: List[int], *,
                        route: bool = True) -> List[int]:
        """:meth:`best_ends` of ``text[start:end]`` (with ``route``) and the marks of the
        dictionary words that begin there (see :meth:`cut_marked`), which may run past ``end``."""
        freq = self.freq
        tags = self.tags
        weights = self._weights
        logtotal = self.logtotal
        n = len(text)
        size = end - start
        scores = [0.0] * (size + 1)
        ends = [0] * size
        block_end = end if route else start
        for k in range(end - 1, start - 1, -1):
            best = None
            best_end = k
            mark_stop = k + max_length  # a marked word ends before this
            i = k
            frag = text[k]
            while True:
                f = freq.get(frag)
                if f is None:
                    break
                if f:
                    if i < block_end:
                        w = weights.get(frag)
                        if w is None:
                            w = weights[frag] = log(f) - logtotal
                        score = w + scores[i + 1 - start]
                        if best is None or score >= best:
                            best = score
                            best_end = i
                    if k < i < mark_stop:
                        begin, middle, last = tag_marks.get(tags.get(frag), other_marks)
                        marks[k] |= begin
                        marks[i] |= last
                        for m in range(k + 1, i):
                            marks[m] |= middle
                i += 1
                if i >= n or (i >= block_end and i >= mark_stop):
                    break
                frag = text[k:i + 1]
            if route:
                if best is None:
                    best = -logtotal + scores[k + 1 - start]
                scores[k - start] = best
                ends[k - start] = best_end - start
        return ends

    def _cut_block(self, block: str, words: List[str], ends: Optional[List[int]] = None) -> None:
        """``Tokenizer.__cut_DAG_NO_HMM``: single ASCII letters and digits are joined."""
        if ends is None:
            ends = self.best_ends(block)
        n = len(block)
        buf = ""
        x = 0
        while x < n:
            y = ends[x] + 1
            word = block[x:y]
            if y - x == 1 and word in _ASCII_ALNUM:
                buf += word
            else:
                if buf:
                    words.append(buf)
                    buf = ""
                words.append(word)
            x = y
        if buf:
            words.append(buf)

    def _cut_block_hmm(self, block: str, words: List[str], ends: Optional[List[int]] = None) -> None:
        """``Tokenizer.__cut_DAG``: runs of single characters not in the dictionary go to
        jieba's word HMM (``finalseg``)."""
        if ends is None:
            ends = self.best_ends(block)
        freq = self.freq
        n = len(block)
        buf = ""
        x = 0
        while x < n:
            y = ends[x] + 1
            if y - x == 1:
                buf += block[x]
            else:
                if buf:
                    self._flush_hmm(buf, words, freq)
                    buf = ""
                words.append(block[x:y])
            x = y
        if buf:
            self._flush_hmm(buf, words, freq)

    def _flush_hmm(self, buf: str, words: List[str], freq: Dict[str, int]) -> None:
        if len(buf) == 1:
            words.append(buf)
        elif not freq.get(buf):
            words.extend(self._finalseg_cut(buf))
        else:
            words.extend(buf)

    def cut_pos(self, text: str, *, hmm: bool = True) -> List[Tuple[str, str]]:
        """``[(p.word, p.flag) for p in posseg.cut(text, HMM=hmm)]``."""
        pairs: List[Tuple[str, str]] = []
        add = pairs.append
        re_han, re_skip = self._re_han_pos, self._re_skip_pos
        re_num, re_eng = self._re_num, self._re_eng
        for block in re_han.split(text):
            if re_han.match(block):
                if hmm:
                    self._cut_pos_block_hmm(block, pairs)
                else:
                    self._cut_pos_block(block, pairs)
            else:
                for piece in re_skip.split(block):
                    if re_skip.match(piece):
                        add((piece, "x"))
                    else:
                        # jieba tests the whole piece for letters (re_eng.match(x)), not the character
                        eng = re_eng.match(piece) is not None
                        for char in piece:
                            if re_num.match(char):
                                add((char, "m"))
                            elif eng:
                                add((char, "eng"))
                            else:
                                add((char, "x"))
        return pairs

    def _cut_pos_block(self, block: str, pairs: List[Tuple[str, str]]) -> None:
        """``POSTokenizer.__cut_DAG_NO_HMM``."""
        ends = self.best_ends(block)
        tags = self.tags
        n = len(block)
        buf = ""
        x = 0
        while x < n:
            y = ends[x] + 1
            word = block[x:y]
            if y - x == 1 and word in _ASCII_ALNUM:
                buf += word
            else:
                if buf:
                    pairs.append((buf, "eng"))
                    buf = ""
                pairs.append((word, tags.get(word, "x")))
            x = y
        if buf:
            pairs.append((buf, "eng"))

    def _cut_pos_block_hmm(self, block: str, pairs: List[Tuple[str, str]]) -> None:
        """``POSTokenizer.__cut_DAG``: unknown runs go to jieba's POS HMM."""
        ends = self.best_ends(block)
        tags = self.tags
        freq = self.freq
        n = len(block)
        buf = ""
        x = 0
        while x < n:
            y = ends[x] + 1
            if y - x == 1:
                buf += block[x]
            else:
                if buf:
                    self._flush_pos_hmm(buf, pairs, freq, tags)
                    buf = ""
                word = block[x:y]
                pairs.append((word, tags.get(word, "x")))
            x = y
        if buf:
            self._flush_pos_hmm(buf, pairs, freq, tags)

    def _flush_pos_hmm(self, buf: str, pairs: List[Tuple[str, str]], freq: Dict[str, int],
                       tags: Dict[str, str]) -> None:
        if len(buf) == 1:
            pairs.append((buf, tags.get(buf, "x")))
        elif not freq.get(buf):
            pairs.extend((p.word, p.flag) for p in self._pos_detail(buf))
        else:
            pairs.extend((char, tags.get(char, "x")) for char in buf)


_ASCII_ALNUM = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
"""jieba's ``[a-zA-Z0-9]``: the single characters its route joins into one word."""


COMMON_WORD_FREQ = 100
"""A word jieba counts this often or more is a common word, not a name of its own."""


def word_frequency(word: str) -> int:
    """How often jieba's own dictionary counts ``word`` (0 if it is not a word there)."""
    return base_dictionary()[0].get(word) or 0


def is_common_word(word: str) -> bool:
    """Whether jieba's dictionary counts ``word`` at least :data:`COMMON_WORD_FREQ` times."""
    return word_frequency(word) >= COMMON_WORD_FREQ


def word_pos(word: str) -> str:
    """jieba's own part of speech for ``word`` ("" if it is not a word there)."""
    return base_dictionary()[2].get(word) or ""


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
        self._dictionary_cut: Optional[DictionaryCut] = None

    @property
    def pos_tokenizer(self):
        """The jieba POSTokenizer of this cutter (built on first access)."""
        if self._pos_tokenizer is None:
            self._pos_tokenizer = pos_tokenizer((w, LEXICON_FREQ, LEXICON_TAG) for w in self.words)
        return self._pos_tokenizer

    def cut_pairs(self, text: str) -> List[Tuple[str, str]]:
        """``(word, jieba POS tag)`` of ``text`` in order, as the POSTokenizer cuts it."""
        if self._dictionary_cut is None:
            self._dictionary_cut = DictionaryCut(self.pos_tokenizer)
        return self._dictionary_cut.cut_pos(text, hmm=self.hmm)

    def cut(self, text: str, *, offset: int = 0) -> Iterator[Word]:
        """Cut ``text`` into :class:`Word` s; offsets are shifted by ``offset``."""
        pos = offset
        for word, flag in self.cut_pairs(text):
            end = pos + len(word)
            yield Word(word, flag, pos, end)
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
