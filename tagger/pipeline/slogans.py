"""The ``tagger_slogans`` component: policy slogans from a lexicon and pattern rules.

Matching is on characters (a :class:`~tagger.pipeline.textview.CharTrie` over a
normalized view of ``doc.text``), so it does not depend on how the tokenizer
cuts words; quotes around a slogan are never part of the span. All hits,
overlaps included, go to ``doc.spans[spans_key]``; ``tagger_merge`` picks the
flat layer.
"""

from __future__ import annotations

from typing import Any, Callable, Dict, Iterable, List, Optional, Tuple

from spacy.language import Language
from spacy.pipeline import Pipe
from spacy.tokens import Doc, Span
from spacy.training import Example

from ..errors import Warnings, warn
from ..zh.context import EVENT_NAME_ENDINGS
from ..zh.labels import provenance_rank
from ..zh.words import word_frequency
from . import lexicon_io
from .extensions import (SPAN_ATTRS, SPAN_GROUP_SCORER, SpanGroupScoring, register_extensions,
                         set_span_attrs)
from .patterns import Hit, SloganPatterns
from .textview import KEY_SEP, CharTrie, TextView, normalize_key
from .textview import doc_text
from .textview import key_text as to_key_text

SLOGAN_LABEL = "SLOGAN"
RECORD_FIELDS = ("canonical", "variants", "category", "expansion", "first_year")

register_extensions()


@Language.factory(
    "tagger_slogans",
    assigns=["doc.spans", *SPAN_ATTRS],
    default_config={
        "spans_key": "slogans",
        "patterns": {"@misc": "tagger.slogan_patterns.v1"},
        "add_de_variants": True,
        "scorer": SPAN_GROUP_SCORER,
    },
    default_score_weights={"spans_slogans_f": 0.0, "spans_slogans_p": 0.0,
                           "spans_slogans_r": 0.0},
)
def make_slogans(nlp: Language, name: str, spans_key: str, patterns: SloganPatterns,
                 add_de_variants: bool, scorer: Optional[Callable]) -> "SloganTagger":
    """Create the slogan tagger (lexicon entries are added at initialize)."""
    return SloganTagger(nlp, name, spans_key=spans_key, patterns=patterns,
                        add_de_variants=add_de_variants, scorer=scorer)


class SloganTagger(SpanGroupScoring, lexicon_io.SavedEntries, Pipe):
    """Marks policy slogans (label ``SLOGAN``) in ``doc.spans[spans_key]``.

    Each span carries ``_.source`` (``lexicon``, ``user`` or ``pattern``),
    ``_.canonical``, ``_.category`` and ``_.expansion``.
    """

    entry_key = ("text", "canonical", "source")  # saved entries (lexicon_io.SavedEntries)

    def __init__(self, nlp: Language, name: str = "tagger_slogans", *,
                 spans_key: str = "slogans", patterns: Optional[SloganPatterns] = None,
                 add_de_variants: bool = True, scorer: Optional[Callable] = None) -> None:
        self.nlp = nlp
        self.name = name
        self.spans_key = spans_key
        self.scorer = scorer
        self.patterns = patterns if patterns is not None else SloganPatterns()
        self.add_de_variants = add_de_variants
        self.entries: Dict[str, List[Dict[str, Any]]] = {}
        self._trie = CharTrie()
        self._formula_keys: List[str] = []

    # ------------------------------------------------------------------ data
    def initialize(self, get_examples: Optional[Callable[[], Iterable[Example]]] = None, *,
                   nlp: Optional[Language] = None, lexicon_path: Optional[str] = None,
                   user_lexicon_path: Optional[str] = None,
                   use_packaged: bool = True) -> None:
        """Load the slogan lexicon (and an optional user dictionary).

        lexicon_path: a slogans.jsonl file; None reads the packaged lexicon when
            ``use_packaged`` is True.
        user_lexicon_path: a user dictionary (JSONL or jieba lines); its slogan
            entries get source ``user`` and override lexicon entries.
        """
        self.clear()
        if lexicon_path or use_packaged:
            self.add_entries(lexicon_io.read_slogans(lexicon_path or None), source="lexicon")
        if user_lexicon_path:
            slogans, _ = lexicon_io.read_user_entries(user_lexicon_path)
            self.add_entries(slogans, source="user")
        if not self.entries:
            warn(Warnings.W300.format(name=self.name, option="lexicon_path"))

    def clear(self) -> None:
        """Remove all lexicon entries (pattern rules stay)."""
        self.entries = {}
        self._rebuild()

    def add_entries(self, entries: Iterable[Dict[str, Any]], *, source: str = "user") -> None:
        """Add slogan records (``canonical``, ``variants``, ``category``, ``expansion``)
        or single surfaces (``text`` plus ``canonical``). Entries with source ``user``
        replace every existing entry with the same normalized surface."""
        expanded: List[Dict[str, Any]] = []
        for e in entries:
            rec = {k: v for k, v in e.items() if k in RECORD_FIELDS}
            rec.setdefault("canonical", e.get("text"))
            surface = e.get("text")
            if surface and "variants" not in e and surface != rec["canonical"]:
                rec["variants"] = [surface]
            produced = lexicon_io.slogan_entries([rec], source=source)
            if surface and "variants" not in e:
                produced = [p for p in produced if p["text"] == surface]
            expanded.extend(produced)
        replaced = set()
        for entry in expanded:
            for key in self._keys_of(entry["text"]):
                if source == "user" and key not in replaced:
                    self.entries[key] = [x for x in self.entries.get(key, []) if x["source"] == "user"]
                    replaced.add(key)
                bucket = self.entries.setdefault(key, [])
                if entry not in bucket:
                    bucket.append(entry)
        self._rebuild()

    def _keys_of(self, surface: str) -> List[str]:
        key = normalize_key(surface)
        keys = [key] if key else []
        if self.add_de_variants and key.startswith("伟大") and not key.startswith("伟大的"):
            keys.append("伟大的" + key[2:])
        return keys

    def _rebuild(self) -> None:
        self._trie = CharTrie()
        for key, bucket in self.entries.items():
            bucket.sort(key=lambda e: provenance_rank(e["source"]))
            self._trie.add(key, key)
        self._formula_keys = [k for k in self.entries if KEY_SEP in k]

    def is_key(self, key: str) -> bool:
        """Whether ``key`` (normalized) is a lexicon surface."""
        return key in self.entries

    def is_fragment(self, key: str) -> bool:
        """Whether ``key`` is a proper part of a longer lexicon formula (a truncated form)."""
        return any(key != k and key in k for k in self._formula_keys)

    # ------------------------------------------------------------------ run
    def __call__(self, doc: Doc) -> Doc:
        """Find slogans in ``doc`` and store them in ``doc.spans[spans_key]``."""
        view = TextView.of(doc_text(doc))
        hits = self.find(view.text)
        spans: List[Span] = []
        seen = set()
        for hit in hits:
            span = view.span(doc, hit.start, hit.end, SLOGAN_LABEL)
            if span is None or (span.start_char, span.end_char) in seen:
                continue
            seen.add((span.start_char, span.end_char))
            set_span_attrs(span, source=hit.provenance, canonical=hit.canonical,
                           category=hit.category, expansion=hit.expansion)
            spans.append(span)
        spans.sort(key=lambda s: (s.start, -s.end))
        doc.spans[self.spans_key] = spans
        return doc

    def find(self, text: str) -> List[Hit]:
        """Lexicon and pattern hits in a view text, lexicon first, in text order."""
        hits: List[Hit] = []
        key_text = to_key_text(text)
        for start, end, keys in self._trie.iter_matches(key_text, min_len=2):
            entry = self.entries[keys[0]][0]
            start, end = _narrowed(key_text, start, end, normalize_key(entry["canonical"]))
            hits.append(Hit(start, end, SLOGAN_LABEL, entry["canonical"], entry.get("category"),
                            tuple(entry.get("expansion") or ()), entry["source"]))
        lexicon_offsets = {(h.start, h.end) for h in hits}
        pattern_hits = self.patterns(text, is_key=self.is_key, is_fragment=self.is_fragment,
                                     is_word=_is_dictionary_word)
        keys_in_doc = [normalize_key(h.canonical) for h in pattern_hits if h.category == "parallel formula"]
        for hit in pattern_hits:
            if (hit.start, hit.end) in lexicon_offsets or hit.canonical.endswith(EVENT_NAME_ENDINGS):
                continue  # “安全生产月”, “金秋购物节”: events, no formulas
            if hit.category == "parallel formula":
                key = normalize_key(hit.canonical)
                if any(key != k and key in k for k in keys_in_doc):
                    continue  # a truncated repeat of a longer formula quoted in the same text
            hits.append(hit)
        hits.sort(key=lambda h: (h.start, -h.end, provenance_rank(h.provenance)))
        return hits


#: Words after (or before) a formula in a lexicon variant that are not part of its name:
#: 十四五规划, 放管服改革, 三农工作, 共建一带一路 mark the formula only, while the words of a
#: name stay in it (稳中求进工作总基调, 分级诊疗制度, 中央八项规定精神, 西部大开发战略).
GENERIC_TAILS = ("规划", "时期", "建设", "工作", "问题", "改革", "活动", "发展")
GENERIC_HEADS = ("共建",)


def _narrowed(key_text: str, start: int, end: int, canonical_key: str) -> Tuple[int, int]:
    """The span of a variant match, narrowed to the formula inside it when the rest of
    the variant is a generic word (:data:`GENERIC_TAILS`, :data:`GENERIC_HEADS`)."""
    inner = key_text.find(canonical_key, start, end)
    if inner < 0 or (inner, inner + len(canonical_key)) == (start, end):
        return start, end
    head, tail = key_text[start:inner], key_text[inner + len(canonical_key):end]
    if (not head or head in GENERIC_HEADS) and (not tail or tail in GENERIC_TAILS):
        return inner, inner + len(canonical_key)
    return start, end


def _is_dictionary_word(text: str) -> bool:
    """Whether ``text`` is a word of jieba's dictionary (loaded once per process)."""
    return word_frequency(text) > 0
