"""Word segmentation for keywords: a private jieba tokenizer with the project's lexicon words.

jieba's module-level functions share one global dictionary; words added there leak into
every other user in the process. Here each :class:`WordSegmenter` owns a private
tokenizer (:func:`tagger.lexicons.jieba_dict.pos_tokenizer`), so lexicon words change
this segmenter only.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Iterable, Iterator, List, NamedTuple, Optional, Sequence, Tuple, Union

from ..errors import Errors, TaggerError, Warnings, warn

# POS tag given to lexicon words: jieba's "other proper noun".
LEXICON_TAG = "nz"
# Frequency given to lexicon words so that jieba keeps them whole in most contexts.
LEXICON_FREQ = 2000


class Word(NamedTuple):
    """One segmented word: text, jieba POS tag, character offsets into the input."""

    text: str
    pos: str
    start: int
    end: int


def read_lexicon_words(path: Union[str, Path]) -> List[str]:
    """The words of a lexicon file, to keep them whole when segmenting.

    Accepts JSONL (objects with a string ``pattern``, ``text``, ``word`` or ``canonical``
    and optional ``variants``, as in the slogan lexicon and entity_ruler/span_ruler
    pattern files) and jieba user dictionaries
    (``word [freq] [tag]`` per line). Lines that are neither are skipped with W401.
    """
    path = Path(path)
    if not path.exists():
        raise TaggerError(Errors.E023.format(path=path))
    words: List[str] = []
    with open(path, encoding="utf-8") as fh:
        for line_no, line in enumerate(fh, start=1):
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            if line.startswith("{"):
                try:
                    obj = json.loads(line)
                except json.JSONDecodeError as err:
                    warn(Warnings.W401.format(path=path, line=line_no, reason=f"bad JSON: {err}"))
                    continue
                found = [w for w in _object_words(obj) if w]
                if not found:
                    warn(Warnings.W401.format(path=path, line=line_no,
                                              reason="no string pattern/text/word/canonical"))
                words.extend(found)
            else:
                words.append(line.split()[0])
    return words


def _object_words(obj: object) -> List[str]:
    if not isinstance(obj, dict):
        return []
    found = []
    for key in ("pattern", "text", "word", "canonical"):
        value = obj.get(key)
        if isinstance(value, str):
            found.append(value)
        elif key == "pattern" and isinstance(value, list):
            joined = pattern_text(value)
            if joined:
                found.append(joined)
    variants = obj.get("variants")
    if isinstance(variants, list):
        found.extend(v for v in variants if isinstance(v, str))
    return found


def pattern_text(pattern: Sequence[object]) -> Optional[str]:
    """The literal text of a token pattern made only of ORTH/TEXT/LOWER strings, else None.

    With the character segmenter a lexicon phrase becomes one token per character; joining
    the token texts gives the phrase back.
    """
    parts = []
    for token in pattern:
        if not isinstance(token, dict) or len(token) != 1:
            return None
        (key, value), = token.items()
        if key not in ("ORTH", "TEXT", "LOWER") or not isinstance(value, str):
            return None
        parts.append(value)
    return "".join(parts) or None


def ruler_words(nlp) -> List[str]:
    """Lexicon words of the rule components of ``nlp``.

    These are the project's lexicons as loaded into the pipeline, so keywords keep the
    phrases whole that the rules tag: the ``text`` of lexicon entries of components with
    an ``entries`` mapping (tagger_slogans, tagger_gazetteer), and the string patterns
    of entity_ruler/span_ruler components. Township names are left out: 30,000 more
    dictionary words slow segmentation by a tenth, and a township that occurs in an
    article reaches the keywords as an entity anyway.
    """
    words: List[str] = []
    for _, pipe in getattr(nlp, "pipeline", []):
        entries = getattr(pipe, "entries", None)
        if isinstance(entries, dict):
            for bucket in entries.values():
                for entry in bucket if isinstance(bucket, list) else [bucket]:
                    if isinstance(entry, dict) and isinstance(entry.get("text"), str) \
                            and entry.get("kind") != "town":
                        words.append(entry["text"])
        patterns = getattr(pipe, "patterns", None)
        if not isinstance(patterns, list) or not hasattr(pipe, "add_patterns"):
            continue
        for entry in patterns:
            if isinstance(entry, dict):
                pattern = entry.get("pattern")
                if isinstance(pattern, str):
                    words.append(pattern)
                elif isinstance(pattern, list):
                    text = pattern_text(pattern)
                    if text:
                        words.append(text)
    return words


class WordSegmenter:
    """jieba POS segmentation with a private dictionary extended by lexicon words.

    words: phrases to keep whole (slogans, names); they get POS :data:`LEXICON_TAG`.
    hmm: let jieba's HMM join unknown characters into words (slower; names come from
    the entity layer anyway, so keywords switch it off).
    The jieba dictionary loads on first use (about a second), not at construction.
    """

    def __init__(self, words: Iterable[str] = (), *, hmm: bool = True) -> None:
        self.words: Tuple[str, ...] = tuple(sorted({w.strip() for w in words if w and w.strip()}))
        self.hmm = hmm
        self._pos_tokenizer = None

    def _load(self):
        from ..lexicons.jieba_dict import pos_tokenizer

        return pos_tokenizer((w, LEXICON_FREQ, LEXICON_TAG) for w in self.words)

    @property
    def pos_tokenizer(self):
        """The jieba POSTokenizer of this segmenter (built on first access)."""
        if self._pos_tokenizer is None:
            self._pos_tokenizer = self._load()
        return self._pos_tokenizer

    def cut(self, text: str, *, offset: int = 0) -> Iterator[Word]:
        """Segment ``text`` into :class:`Word` s; offsets are shifted by ``offset``."""
        pos = offset
        for pair in self.pos_tokenizer.cut(text, HMM=self.hmm):
            end = pos + len(pair.word)
            yield Word(pair.word, pair.flag, pos, end)
            pos = end
