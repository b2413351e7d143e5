"""spaCy DocBin (``.spacy``): ``doc.ents`` = flat layer, ``doc.spans`` = the span layers.

Docs have one token per character (like ``segmenter = "char"``), so every span aligns;
training aligns them to the pipeline's own tokenization. ``doc.spans["nested"]`` holds
the nested layer and ``doc.spans["sc"]`` both layers (spancat's default key). The article
id, meta and slogans' canonical forms travel in ``doc.user_data["tagger"]``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Dict, List, Sequence

from .model import ExchangeDoc, ExchangeSpan, sort_spans, span_checked

NESTED_KEY = "nested"
ALL_KEY = "sc"
USER_KEY = "tagger"


def _vocab():
    from spacy.vocab import Vocab

    return Vocab()


def doc_to_spacy(doc: ExchangeDoc, vocab: Any, *, flat_only: bool = False):
    """A spaCy Doc with character tokens, the flat layer as ents and the span groups."""
    from spacy.tokens import Doc

    words = list(doc.text)
    sdoc = Doc(vocab, words=words, spaces=[False] * len(words))
    sdoc.ents = [sdoc.char_span(s.start, s.end, label=s.label) for s in doc.spans]
    if not flat_only:
        sdoc.spans[NESTED_KEY] = [sdoc.char_span(s.start, s.end, label=s.label)
                                  for s in doc.nested]
        sdoc.spans[ALL_KEY] = [sdoc.char_span(s.start, s.end, label=s.label)
                               for s in doc.all_spans]
    canonical = {f"{s.start}:{s.end}:{s.label}": s.canonical
                 for s in doc.spans + doc.nested if s.canonical}
    sdoc.user_data[USER_KEY] = {"id": doc.id, "meta": doc.meta, "canonical": canonical}
    return sdoc


def write(docs: Sequence[ExchangeDoc], out: Path, *, flat_only: bool = False,
          offsets: str = "char") -> List[Path]:
    """Write a DocBin with user data to ``out``."""
    from spacy.tokens import DocBin

    vocab = _vocab()
    attrs = ["ORTH", "ENT_IOB", "ENT_TYPE", "ENT_KB_ID"]
    db = DocBin(attrs=attrs, store_user_data=True)
    for doc in docs:
        db.add(doc_to_spacy(doc, vocab, flat_only=flat_only))
    db.to_disk(out)
    return [out]


def spacy_to_doc(sdoc: Any, *, index: int, where: str) -> ExchangeDoc:
    """An ExchangeDoc from a spaCy Doc (ents -> flat, span groups except ``sc`` -> nested)."""
    info: Dict[str, Any] = dict(sdoc.user_data.get(USER_KEY) or {})
    canonical = info.get("canonical") or {}
    text = sdoc.text

    def convert(span: Any) -> ExchangeSpan:
        key = f"{span.start_char}:{span.end_char}:{span.label_}"
        return span_checked(text, span.start_char, span.end_char, span.label_, where=where,
                            canonical=canonical.get(key))

    flat = [convert(s) for s in sdoc.ents]
    flat_keys = {s.key for s in flat}
    nested = {}
    for name, group in sdoc.spans.items():
        for span in group:
            converted = convert(span)
            if converted.key not in flat_keys and (name != ALL_KEY or NESTED_KEY not in
                                                   sdoc.spans):
                nested.setdefault(converted.key, converted)
    return ExchangeDoc(str(info.get("id") or f"doc-{index}"), text, sort_spans(flat),
                       sort_spans(nested.values()), dict(info.get("meta") or {}))


def read(path: Path, *, unreviewed: bool = False, offsets: str = "auto") -> List[ExchangeDoc]:
    """The docs of a ``.spacy`` file."""
    from spacy.tokens import DocBin

    db = DocBin().from_disk(path)
    return [spacy_to_doc(d, index=i, where=f"{path} doc {i}")
            for i, d in enumerate(db.get_docs(_vocab()))]
