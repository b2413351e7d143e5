"""Keyword extraction: phrase-aware candidates, TF-IDF or TextRank scores, near-duplicates merged.

Candidates are, in text order: the entities and slogans given by the caller (one unit
each, never split), lexicon words, content words (nouns, verbal nouns, abbreviations,
foreign words; no stopwords, numbers or single characters), and phrases: runs of two or
three adjacent content words that recur in the text (机关 + 党建 -> 机关党建). Candidates with
the same normalized form (十四五, “十四五”) are one keyword; a word that is part of a longer
candidate and not more frequent on its own is merged into it (党建 -> 机关党建).
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import lru_cache
from typing import Dict, FrozenSet, Iterable, List, NamedTuple, Sequence, Tuple

from ..errors import Errors, TaggerError
from ..zh.chars import HAN
from .resources import IdfTable
from ..zh.words import LEXICON_TAG, Word, WordCutter
from .textrank import textrank_scores

METHODS = ("tfidf", "textrank", "none")
# Words whose content-word verdict an extractor remembers (then it starts over).
_MAX_CONTENT_CACHE = 200_000
KINDS = ("word", "entity", "slogan")
# Which kind wins when one normalized form is seen as several kinds.
_KIND_RANK = {"word": 0, "entity": 1, "slogan": 2}
DEFAULT_ALLOW_POS = ("n", "vn", "j", "eng")

_NUMBER_RE = re.compile(
    r"^[\d０-９.．,，:：%％‰+\-−~～/×零〇一二三四五六七八九十百千万亿两几多余第年月日号时分秒点半个]+$")
_CONTENT_RE = re.compile(f"[{HAN}A-Za-z]")
_NON_WORD_RE = re.compile(r"[\W_]+")
_EDGE_PUNCT = "“”‘’\"'「」『』《》〈〉()（）[]【】 \t\u3000"


@lru_cache(maxsize=1 << 16)
def norm_key(text: str) -> str:
    """The form near-duplicates share: NFKC, lowercase, punctuation and spaces removed
    (cached: the same words recur in every article)."""
    return _NON_WORD_RE.sub("", unicodedata.normalize("NFKC", text)).lower()


def is_number(text: str) -> bool:
    """True for numbers, dates and counts (100, 三十, 7月, 百年, 第一)."""
    return bool(_NUMBER_RE.match(unicodedata.normalize("NFKC", text)))


def is_content_text(text: str) -> bool:
    """True for a text that can be a keyword: two or more characters, a letter or CJK
    character, and not a number."""
    return len(norm_key(text)) >= 2 and bool(_CONTENT_RE.search(text)) and not is_number(text)


class EntityMention(NamedTuple):
    """An entity or slogan mention the caller found: character offsets, label, display text."""

    start: int
    end: int
    label: str
    text: str


@dataclass
class Keyword:
    """One keyword of a text."""

    text: str
    weight: float
    kind: str

    def to_dict(self) -> Dict[str, object]:
        """The keyword as in the output record: ``{"text", "weight", "kind"}``."""
        return {"text": self.text, "weight": round(self.weight, 4), "kind": self.kind}


class _Unit(NamedTuple):
    key: str
    text: str
    kind: str
    parts: Tuple[str, ...]


@dataclass
class _Candidate:
    key: str
    text: str
    kind: str
    count: int
    parts: Tuple[str, ...]
    weight: float = 0.0


def check_method(value: str, *, option: str = "--keywords") -> str:
    """``value`` if it is a keyword method (:data:`METHODS`), else a catalogue error."""
    if value not in METHODS:
        raise TaggerError(Errors.E013.format(value=value, option=option, options=", ".join(METHODS)))
    return value


def check_top_k(value: int, *, option: str = "--top-k") -> int:
    """``value`` if it is a whole number >= 0, else a catalogue error."""
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise TaggerError(Errors.E402.format(option=option, constraint="an integer >= 0",
                                             value=repr(value)))
    return value


class KeywordSettings:
    """Validated ``method`` and ``top_k``, shared by the extractor and the spaCy component."""

    _method: str = "tfidf"
    _top_k: int = 10

    @property
    def method(self) -> str:
        return self._method

    @method.setter
    def method(self, value: str) -> None:
        self._method = check_method(value)

    @property
    def top_k(self) -> int:
        return self._top_k

    @top_k.setter
    def top_k(self, value: int) -> None:
        self._top_k = check_top_k(value)


class KeywordExtractor(KeywordSettings):
    """Keywords of a text from an IDF table, a stopword list and a word cutter.

    method: "tfidf", "textrank" or "none". top_k: keywords returned (0: none).
    window: TextRank co-occurrence window in candidate units. min_phrase_count: how often
    adjacent content words must recur to form a phrase. allow_pos: jieba POS tag prefixes
    of content words (lexicon words are always content words).
    """

    def __init__(self, *, idf: IdfTable, stopwords: FrozenSet[str], word_cutter: WordCutter,
                 method: str = "tfidf", top_k: int = 10, window: int = 5,
                 min_phrase_count: int = 2, max_phrase_words: int = 3,
                 max_phrase_chars: int = 8,
                 allow_pos: Sequence[str] = DEFAULT_ALLOW_POS) -> None:
        self.idf = idf
        self.stopwords = stopwords
        self.word_cutter = word_cutter
        self.method = method
        self.top_k = top_k
        self.window = window
        self.min_phrase_count = min_phrase_count
        self.max_phrase_words = max_phrase_words
        self.max_phrase_chars = max_phrase_chars
        self.allow_pos = tuple(allow_pos)
        self._lexicon = frozenset(word_cutter.words)
        self._content: Dict[Tuple[str, str], bool] = {}  # (word, POS) -> _is_content_word
        self._content_basis: Tuple[object, ...] = ()

    def __call__(self, text: str, ents: Iterable[EntityMention] = ()) -> List[Keyword]:
        """The top ``top_k`` keywords of ``text``, highest weight first.

        ents: entity and slogan mentions (non-overlapping); each is one candidate whose
        characters are not cut into words.
        """
        if self.method == "none" or self.top_k == 0 or not text:
            return []
        units = self._units(text, sorted(ents))
        candidates = self._candidates(units)
        if not candidates:
            return []
        if self.method == "textrank":
            scores = textrank_scores([u.key for u in units if u.key in candidates],
                                     window=self.window)
            for key, cand in candidates.items():
                cand.weight = scores.get(key, 0.0)
        else:
            total = sum(c.count for c in candidates.values())
            for cand in candidates.values():
                cand.weight = cand.count / total * self._idf(cand)
        return self._select(list(candidates.values()))

    # -- candidates ------------------------------------------------------------------

    def is_stopword(self, text: str) -> bool:
        """True when ``text`` or its normalized form is in the stopword list."""
        return text in self.stopwords or norm_key(text) in self.stopwords

    def _is_content_word(self, word: Word) -> bool:
        if word.text in self._lexicon and word.pos == LEXICON_TAG:
            return len(norm_key(word.text)) >= 2 and not self.is_stopword(word.text)
        return (word.pos.startswith(self.allow_pos) and is_content_text(word.text)
                and not self.is_stopword(word.text))

    def _content_verdicts(self) -> Dict[Tuple[str, str], bool]:
        """The remembered :meth:`_is_content_word` verdicts, forgotten when the stopwords,
        the POS tags or the lexicon they were made with change (or there are too many)."""
        basis = (self.stopwords, self.allow_pos, self._lexicon)
        if len(self._content) > _MAX_CONTENT_CACHE or len(basis) != len(self._content_basis) \
                or any(a is not b for a, b in zip(basis, self._content_basis)):
            self._content = {}
            self._content_basis = basis
        return self._content

    def _units(self, text: str, ents: Sequence[EntityMention]) -> List[_Unit]:
        """Candidate units in text order: entities, then phrases and words between them."""
        units: List[_Unit] = []
        runs: List[Tuple[int, List[Word]]] = []  # (position in units, run of content words)
        pos = 0
        for ent in ents:
            if ent.start < pos:  # overlapping mention: the earlier one wins
                continue
            self._cut_chunk(text[pos:ent.start], pos, units, runs)
            display = ent.text.strip(_EDGE_PUNCT)
            # Entities may be numbered formulas (十四五, 3+1): no number filter, but no
            # single characters or stopwords either.
            if len(norm_key(display)) >= 2 and not self.is_stopword(display):
                kind = "slogan" if ent.label == "SLOGAN" else "entity"
                units.append(_Unit(norm_key(display), display, kind, (display,)))
            pos = ent.end
        self._cut_chunk(text[pos:], pos, units, runs)
        return self._join_phrases(units, runs)

    def _cut_chunk(self, chunk: str, offset: int, units: List[_Unit],
                       runs: List[Tuple[int, List[Word]]]) -> None:
        run: List[Word] = []
        content = self._content_verdicts()
        start = offset
        for text, pos in self.word_cutter.cut_pairs(chunk):
            end = start + len(text)
            is_content = content.get((text, pos))
            if is_content is None:
                is_content = content[(text, pos)] = self._is_content_word(Word(text, pos, start, end))
            if is_content:
                if run and run[-1].end != start:
                    runs.append((len(units), run))
                    units.append(_Unit("", "", "run", ()))
                    run = []
                run.append(Word(text, pos, start, end))
            elif run:
                runs.append((len(units), run))
                units.append(_Unit("", "", "run", ()))
                run = []
            start = end
        if run:
            runs.append((len(units), run))
            units.append(_Unit("", "", "run", ()))

    def _join_phrases(self, units: List[_Unit], runs: List[Tuple[int, List[Word]]]) -> List[_Unit]:
        """Replace each run placeholder by its words, joining recurring n-grams to phrases."""
        ngrams: Counter = Counter()
        for _, run in runs:
            texts = [w.text for w in run]
            for n in range(2, self.max_phrase_words + 1):
                for i in range(len(texts) - n + 1):
                    gram = tuple(texts[i:i + n])
                    if self._phrase_ok(gram, run[i:i + n]):
                        ngrams[gram] += 1
        phrases = {g for g, c in ngrams.items() if c >= self.min_phrase_count}
        expanded: Dict[int, List[_Unit]] = {}
        for index, run in runs:
            out: List[_Unit] = []
            i = 0
            while i < len(run):
                for n in range(min(self.max_phrase_words, len(run) - i), 1, -1):
                    gram = tuple(w.text for w in run[i:i + n])
                    if gram in phrases:
                        text = "".join(gram)
                        out.append(_Unit(norm_key(text), text, "word", gram))
                        i += n
                        break
                else:
                    word = run[i]
                    out.append(_Unit(norm_key(word.text), word.text, "word", (word.text,)))
                    i += 1
            expanded[index] = out
        result: List[_Unit] = []
        for i, unit in enumerate(units):
            result.extend(expanded[i] if unit.kind == "run" else [unit])
        return result

    def _phrase_ok(self, gram: Tuple[str, ...], words: Sequence[Word]) -> bool:
        # A phrase ends in a noun-like word and is short enough to be a term.
        if sum(len(t) for t in gram) > self.max_phrase_chars:
            return False
        return words[-1].pos.startswith(("n", "vn", "j")) or words[-1].text in self._lexicon

    def _candidates(self, units: Sequence[_Unit]) -> Dict[str, _Candidate]:
        candidates: Dict[str, _Candidate] = {}
        surfaces: Dict[str, Counter] = defaultdict(Counter)
        for unit in units:
            if not unit.key:
                continue
            surfaces[unit.key][unit.text] += 1
            cand = candidates.get(unit.key)
            if cand is None:
                candidates[unit.key] = _Candidate(unit.key, unit.text, unit.kind, 1, unit.parts)
            else:
                cand.count += 1
                if _KIND_RANK[unit.kind] > _KIND_RANK[cand.kind]:
                    cand.kind, cand.parts = unit.kind, unit.parts
        for key, cand in candidates.items():
            if cand.kind == "word":
                cand.text = surfaces[key].most_common(1)[0][0]
        return candidates

    def _idf(self, cand: _Candidate) -> float:
        if cand.text in self.idf or len(cand.parts) <= 1:
            return self.idf.get(cand.text)
        # A phrase is at least as specific as its most specific word.
        return max(self.idf.get(part) for part in cand.parts)

    # -- selection -------------------------------------------------------------------

    def _select(self, candidates: List[_Candidate]) -> List[Keyword]:
        """Merge near-duplicates among the best candidates and return the top ``top_k``."""
        candidates.sort(key=lambda c: (-c.weight, -len(c.key), c.key))
        pool = candidates[:max(5 * self.top_k, 50)]
        merged: Dict[str, str] = {}
        for short in pool:
            if short.kind != "word":
                continue
            key = short.key
            containers = [c for c in pool if key in c.key and len(c.key) > len(key)
                          and c.count >= short.count and c is not short
                          and c.key not in merged]
            if containers:
                best = max(containers, key=lambda c: (c.count, c.weight))
                best.weight = max(best.weight, short.weight)
                merged[short.key] = best.key
        kept = [c for c in pool if c.key not in merged]
        kept.sort(key=lambda c: (-c.weight, -len(c.key), c.key))
        return [Keyword(c.text, c.weight, c.kind) for c in kept[:self.top_k]]
