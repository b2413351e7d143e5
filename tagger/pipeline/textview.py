"""Character-level matching helpers, independent of how the pipeline cuts words.

A :class:`TextView` is a normalized copy of ``doc.text`` (line wraps removed,
runs of spaces collapsed, full-width ASCII folded) that remembers where each of
its characters came from, so a match on the view maps back to exact
``doc.text`` offsets. A :class:`CharTrie` finds lexicon keys in a view.
"""

from __future__ import annotations

import re
import weakref
from dataclasses import dataclass
from typing import Dict, Iterable, Iterator, List, Optional, Set, Tuple

from spacy.tokens import Doc, Span

SEPARATORS = "，,、；;"
"""List separators treated as one: a key with 、 matches text with ，or a space."""
KEY_SEP = "、"
OPEN_QUOTES = "“「『\"‘"
CLOSE_QUOTES = "”」』\"’"

_WS = re.compile(r"\s+")
_FOLD = {c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F) if chr(c) not in "，；：（）！？"}
_FOLD[0x3000] = 0x20
_KEY_TABLE = str.maketrans({c: KEY_SEP for c in SEPARATORS})


_FOLD_RX = re.compile("[" + "".join(re.escape(chr(c)) for c in _FOLD) + "]+")
_SEP_RX = re.compile(f"[{re.escape(SEPARATORS.replace(KEY_SEP, ''))}]")


def fold(text: str) -> str:
    """Fold full-width digits, letters and ``+`` to ASCII (Chinese punctuation is kept)."""
    return _FOLD_RX.sub(lambda m: m.group().translate(_FOLD), text)


_DOC_TEXT: "weakref.WeakKeyDictionary[Doc, Tuple[int, str]]" = weakref.WeakKeyDictionary()


def doc_text(doc: Doc) -> str:
    """``doc.text``, computed once per doc for all rule components.

    ``Doc.text`` joins every token on each access (about 1 ms per 1,000
    characters); the rule components each need it, so it is cached weakly per
    doc and recomputed if the doc was retokenized.
    """
    cached = _DOC_TEXT.get(doc)
    if cached is not None and cached[0] == len(doc):
        return cached[1]
    text = doc.text
    _DOC_TEXT[doc] = (len(doc), text)
    return text


def make_doc(nlp, text: str) -> Doc:
    """``nlp.make_doc(text)`` with ``text`` remembered as its :func:`doc_text`.

    The tokenizer keeps every character (a doc's text is its input), so the components
    need not join the tokens again; for callers that hand ``nlp.pipe`` docs, not strings.
    """
    doc = nlp.make_doc(text)
    _DOC_TEXT[doc] = (len(doc), text)
    return doc


def key_text(text: str) -> str:
    """``text`` with every list separator replaced by 、 (same length, same offsets)."""
    return _SEP_RX.sub(KEY_SEP, text)


def normalize_key(text: str) -> str:
    """The lookup key of a lexicon surface: folded, unquoted, one separator kind.

    Whitespace inside a surface counts as a separator (``深化双百结对 助推乡村振兴``).
    """
    text = fold(text).strip().strip(OPEN_QUOTES + CLOSE_QUOTES + "《》").strip()
    text = _WS.sub(KEY_SEP, text)
    return text.translate(_KEY_TABLE)


@dataclass
class TextView:
    """A normalized view of a text with a map back to the original offsets.

    ``text[i]`` came from ``original[offsets[i]]``. Whitespace runs that contain a
    line break are dropped when ``join_lines`` (raw pages wrap lines inside
    words), otherwise kept as one ``\\n``; other whitespace runs become one space.
    """

    text: str
    offsets: List[int]
    length: int

    @classmethod
    def of(cls, original: str, *, join_lines: bool = True) -> "TextView":
        """Build the view of ``original``."""
        parts: List[str] = []
        offsets: List[int] = []
        pos = 0
        for m in _WS.finditer(original):
            if m.start() > pos:
                parts.append(original[pos:m.start()])
                offsets.extend(range(pos, m.start()))
            run = m.group()
            if "\n" in run or "\r" in run:
                if not join_lines:
                    parts.append("\n")
                    offsets.append(m.start())
            else:
                parts.append(" ")
                offsets.append(m.start())
            pos = m.end()
        if pos < len(original):
            parts.append(original[pos:])
            offsets.extend(range(pos, len(original)))
        return cls(fold("".join(parts)), offsets, len(original))

    def line_joins(self) -> Set[int]:
        """View offsets ``i`` where a whitespace run holding a line break was dropped before
        ``text[i]`` (``join_lines``): the original broke a line there."""
        return {i for i in range(1, len(self.offsets))
                if self.offsets[i] - self.offsets[i - 1] > 1 and self.text[i - 1] != " "}

    def to_original(self, start: int, end: int) -> Tuple[int, int]:
        """Map the view span ``[start, end)`` to original character offsets."""
        return self.offsets[start], self.offsets[end - 1] + 1

    def key_text(self) -> str:
        """The view with all separators unified, for :class:`CharTrie` lookups."""
        return key_text(self.text)

    def span(self, doc: Doc, start: int, end: int, label: str) -> Optional[Span]:
        """The doc span covering view ``[start, end)`` (expanded to token bounds)."""
        a, b = self.to_original(start, end)
        return doc.char_span(a, b, label=label, alignment_mode="expand")


_END = ""


class CharTrie:
    """A character trie from normalized keys to lists of values.

    A space in the searched text may either be skipped (layout spacing) or match
    a separator of a key (``深化双百结对 助推乡村振兴`` vs ``…、…``).
    """

    def __init__(self) -> None:
        self.root: Dict[str, dict] = {}
        self.size = 0

    def add(self, key: str, value: object) -> None:
        """Add ``value`` under ``key`` (already normalized with :func:`normalize_key`)."""
        if not key:
            return
        node = self.root
        for ch in key:
            node = node.setdefault(ch, {})
        node.setdefault(_END, []).append(value)
        self.size += 1

    def __len__(self) -> int:
        return self.size

    def iter_matches(self, text: str, *, min_len: int = 1) -> Iterator[Tuple[int, int, list]]:
        """Yield ``(start, end, values)`` for every key occurrence in ``text``, overlaps included."""
        root = self.root
        n = len(text)
        if " " not in text:  # one path through the trie per start: no stack needed
            for i in range(n):
                node = root.get(text[i])
                j = i + 1
                while node is not None:
                    values = node.get(_END)
                    if values is not None and j - i >= min_len:
                        yield i, j, values
                    if j >= n:
                        break
                    node = node.get(text[j])
                    j += 1
            return
        for i in range(n):
            node = root.get(text[i])
            if node is None:
                continue
            stack = [(i + 1, node)]
            while stack:
                j, node = stack.pop()
                values = node.get(_END)
                if values is not None and j - i >= min_len and text[j - 1] != " ":
                    yield i, j, values
                if j >= n:
                    continue
                ch = text[j]
                if ch == " ":
                    stack.append((j + 1, node))
                    nxt = node.get(KEY_SEP)
                    if nxt is not None:
                        stack.append((j + 1, nxt))
                    continue
                nxt = node.get(ch)
                if nxt is not None:
                    stack.append((j + 1, nxt))


def leftmost_longest(matches: Iterable[Tuple[int, int, list]]) -> List[Tuple[int, int, list]]:
    """Of ``(start, end, values)`` matches, the leftmost-longest non-overlapping ones: a
    longer key hides the keys inside it."""
    best: Dict[int, Tuple[int, int, list]] = {}
    for start, end, values in matches:
        cur = best.get(start)
        if cur is None or end > cur[1]:
            best[start] = (start, end, values)
    out: List[Tuple[int, int, list]] = []
    last_end = 0
    for start in sorted(best):
        if start < last_end:
            continue
        out.append(best[start])
        last_end = best[start][1]
    return out
