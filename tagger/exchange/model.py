"""The documents every exchange format converts from and to, and the gold records they become.

A tagged article (``kind == "article"``, see docs/output-format.md) or a gold record
(``text`` + ``spans``, see docs/annotation-guidelines.md) becomes an :class:`ExchangeDoc`: text, the flat
span layer, the ``nested`` layer and flat metadata. Every format writes ExchangeDocs and
reads them back, so round trips compare like with like.
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Dict, Iterable, Iterator, List, Optional, Sequence, Tuple

from ..errors import Errors, InputError, TaggerError, Warnings, warn
from ..read.jsonl import iter_jsonl_bytes, strict_jsonl
from ..read.streams import is_stdin
from ..zh.chars import HAN
from ..zh.labels import ANNOTATION_LABELS

#: Labels the project annotates (docs/annotation-guidelines.md); other labels are kept but not offered in configs.
LABELS: Tuple[str, ...] = ANNOTATION_LABELS
#: What a label may look like: a letter, then letters, digits, ``_`` or ``-`` (at most 64).
#: Labels end up in HTML, brat's annotation.conf, CoNLL columns and config files.
LABEL_PATTERN = re.compile(r"[A-Za-z][A-Za-z0-9_-]{0,63}")
#: Key under which formats without a span layer field store the nested spans' (start, end, label).
NESTED_KEY = "tagger_nested"
#: Key under which formats store the article id where their own ``id`` belongs to the tool.
ID_KEY = "article_id"


@dataclass(frozen=True)
class ExchangeSpan:
    """One labelled span: Python character offsets into the text, end-exclusive."""

    start: int
    end: int
    label: str
    canonical: Optional[str] = None
    category: Optional[str] = None
    expansion: Optional[Tuple[str, ...]] = None

    @property
    def key(self) -> Tuple[int, int, str]:
        """What a round trip must preserve: offsets and label."""
        return (self.start, self.end, self.label)


@dataclass
class ExchangeDoc:
    """One article as the exchange formats see it.

    ``spans`` is the flat layer (no overlaps, sorted); ``nested`` holds spans of other
    layers, which may overlap each other and the flat layer. ``meta`` holds JSON values.
    """

    id: str
    text: str
    spans: List[ExchangeSpan] = field(default_factory=list)
    nested: List[ExchangeSpan] = field(default_factory=list)
    meta: Dict[str, Any] = field(default_factory=dict)

    @property
    def all_spans(self) -> List[ExchangeSpan]:
        """Both layers, sorted by position; a nested span equal to a flat one is listed once."""
        seen = {s.key for s in self.spans}
        extra = [s for s in self.nested if s.key not in seen]
        return sort_spans(list(self.spans) + extra)

    def nested_keys(self) -> List[List[Any]]:
        """The nested layer as ``[start, end, label]`` triples (a JSON value)."""
        return [[s.start, s.end, s.label] for s in self.nested]


def sort_spans(spans: Iterable[ExchangeSpan]) -> List[ExchangeSpan]:
    """Spans by start, longest first, then label: the order every format writes."""
    return sorted(spans, key=lambda s: (s.start, -s.end, s.label))


# ---------------------------------------------------------------------------
# tagged / gold records -> ExchangeDoc


def _span_from_dict(span: Any, text: str, *, where: str, layer: str) -> ExchangeSpan:
    if not isinstance(span, dict):
        raise TaggerError(Errors.E500.format(where=where, layer=layer, value=repr(span)[:80]))
    start, end, label = span.get("start"), span.get("end"), span.get("label")
    check_offsets(text, start, end, where=where, layer=layer)
    check_label(label, where=where)
    surface = span.get("text")
    if surface is not None and surface != text[start:end]:
        raise TaggerError(Errors.E503.format(where=where, start=start, end=end,
                                             surface=surface, actual=text[start:end]))
    expansion = span.get("expansion")
    return ExchangeSpan(start, end, label, canonical=span.get("canonical"),
                        category=span.get("category"),
                        expansion=tuple(expansion) if expansion else None)


def read_export_text(path: Path, *, fmt: str) -> str:
    """The text of an export file: UTF-8 (a BOM is dropped); binary data raises E515."""
    data = Path(path).read_bytes()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise TaggerError(Errors.E515.format(path=path, fmt=fmt, reason=f"byte {err.start} is "
                                             "not UTF-8 (a binary file?)")) from None
    if "\x00" in text:
        raise TaggerError(Errors.E515.format(path=path, fmt=fmt, reason="it holds NUL bytes "
                                             "(a binary file?)"))
    return text


def span_items(value: Any, *, where: str, layer: str) -> List[Dict[str, Any]]:
    """The span objects of a layer field (missing or null: none); anything but a list of
    objects raises E500."""
    if value is None:
        return []
    if not isinstance(value, list):
        raise TaggerError(Errors.E500.format(where=where, layer=layer, value=repr(value)[:80]))
    for item in value:
        if not isinstance(item, dict):
            raise TaggerError(Errors.E500.format(where=where, layer=layer, value=repr(item)[:80]))
    return value


def check_offsets(text: str, start: Any, end: Any, *, where: str, layer: str) -> None:
    """Raise E501 unless ``start``/``end`` are integers (not booleans) with
    ``0 <= start < end <= len(text)``."""
    if not (type(start) is int and type(end) is int and 0 <= start < end <= len(text)):
        raise TaggerError(Errors.E501.format(where=where, layer=layer, start=start, end=end,
                                             length=len(text)))


def check_label(label: Any, *, where: str) -> None:
    """Raise E502 unless ``label`` matches :data:`LABEL_PATTERN`."""
    if not isinstance(label, str) or not LABEL_PATTERN.fullmatch(label):
        raise TaggerError(Errors.E502.format(where=where, label=repr(label)[:80]))


def check_crossing(spans: Sequence[ExchangeSpan], *, where: str) -> None:
    """Raise E514 if two spans cross: they overlap and neither holds the other."""
    ordered = sorted(spans, key=lambda s: (s.start, -s.end))
    open_ends: List[ExchangeSpan] = []
    for span in ordered:
        open_ends = [s for s in open_ends if s.end > span.start]
        for outer in open_ends:
            if span.end > outer.end:
                raise TaggerError(Errors.E514.format(where=where, a=list(outer.key),
                                                     b=list(span.key)))
        open_ends.append(span)


def check_flat(spans: Sequence[ExchangeSpan], *, where: str) -> None:
    """Raise E504 if two spans of a flat layer overlap."""
    ordered = sort_spans(spans)
    for prev, cur in zip(ordered, ordered[1:]):
        if cur.start < prev.end:
            raise TaggerError(Errors.E504.format(where=where, a=list(prev.key), b=list(cur.key)))


def _flat_meta(record: Dict[str, Any]) -> Dict[str, Any]:
    meta = dict(record.get("meta") or {})
    for key in ("source", "line"):
        if key in record and key not in meta:
            meta[key] = record[key]
    return meta


def doc_from_record(record: Dict[str, Any], *, index: int, where: str = "") -> ExchangeDoc:
    """An ExchangeDoc from a tagged article record or a gold record.

    Raises TaggerError (E500-E505) for spans outside the text, a surface text that does
    not match the offsets, or overlaps in the flat layer.
    """
    where = where or f"record {index}"
    text = record.get("text")
    if not isinstance(text, str):
        raise TaggerError(Errors.E505.format(where=where))
    spans = [_span_from_dict(s, text, where=where, layer="spans")
             for s in record.get("spans") or []]
    check_flat(spans, where=where)
    nested = [_span_from_dict(s, text, where=where, layer="nested")
              for s in record.get("nested") or []]
    doc_id = record.get("id")
    return ExchangeDoc(id=str(doc_id) if doc_id is not None else f"doc-{index}", text=text,
                       spans=sort_spans(spans), nested=_dedupe(nested, spans),
                       meta=_flat_meta(record))


def _dedupe(nested: Iterable[ExchangeSpan], flat: Iterable[ExchangeSpan]) -> List[ExchangeSpan]:
    seen = {s.key for s in flat}
    out = []
    for span in sort_spans(nested):
        if span.key not in seen:
            seen.add(span.key)
            out.append(span)
    return out


def docs_from_records(records: Iterable[Dict[str, Any]]) -> Tuple[List[ExchangeDoc], int]:
    """Articles of a tagged stream (``kind == "article"``, or gold records without ``kind``).

    Returns the docs and the number of records skipped (``page`` and ``error`` records).
    """
    docs: List[ExchangeDoc] = []
    skipped = 0
    for i, record in enumerate(records):
        if not isinstance(record, dict):
            raise TaggerError(Errors.E506.format(where=f"record {i}", kind=type(record).__name__))
        if record.get("kind", "article") != "article":
            skipped += 1
            continue
        docs.append(doc_from_record(record, index=i))
    return docs, skipped


def read_jsonl(path: Path) -> Iterator[Dict[str, Any]]:
    """The JSON objects of a JSONL file, or of stdin for ``-`` (blank lines skipped); the
    first bad line or a missing, empty or binary file raises its
    :class:`~tagger.errors.InputError`."""
    if is_stdin(path):
        for item in iter_jsonl_bytes(sys.stdin.buffer, str(path)):
            if isinstance(item, InputError):
                raise item
            yield item[1]
        return
    for _, value in strict_jsonl(path):
        yield value


# ---------------------------------------------------------------------------
# ExchangeDoc -> gold record


def span_to_gold(span: ExchangeSpan, text: str) -> Dict[str, Any]:
    """A gold span: start, end, label, text (and the slogan fields when known)."""
    out: Dict[str, Any] = {"start": span.start, "end": span.end, "label": span.label,
                           "text": text[span.start:span.end]}
    if span.canonical is not None:
        out["canonical"] = span.canonical
    return out


def doc_to_gold(doc: ExchangeDoc) -> Dict[str, Any]:
    """The project's gold record (docs/annotation-guidelines.md): id, text, flat spans, nested spans, meta."""
    return {"id": doc.id, "text": doc.text,
            "spans": [span_to_gold(s, doc.text) for s in sort_spans(doc.spans)],
            "nested": [span_to_gold(s, doc.text) for s in sort_spans(doc.nested)],
            "meta": doc.meta}


def split_layers(spans: Iterable[ExchangeSpan],
                 nested_keys: Iterable[Sequence[Any]] = (), *,
                 where: str = "import") -> Tuple[List[ExchangeSpan], List[ExchangeSpan]]:
    """Split imported spans into the flat and nested layers.

    A span listed in ``nested_keys`` (as ``[start, end, label]``, what the export wrote)
    is nested. The others form the flat layer; where an annotator made them overlap,
    the longest span wins (then the earliest) and the others move to ``nested``; spans
    that cross (overlap, neither holding the other) are an error (E514): no layer can
    hold both.
    """
    if not isinstance(nested_keys, (list, tuple)) or not all(
            isinstance(k, (list, tuple)) for k in nested_keys):
        raise TaggerError(Errors.E500.format(where=where, layer=NESTED_KEY,
                                             value=repr(nested_keys)[:80]))
    marked = {(k[0], k[1], k[2]) for k in nested_keys if len(k) == 3}
    unique: Dict[Tuple[int, int, str], ExchangeSpan] = {}
    for span in spans:
        unique.setdefault(span.key, span)
    nested = [s for s in unique.values() if s.key in marked]
    candidates = sorted((s for s in unique.values() if s.key not in marked),
                        key=lambda s: (-(s.end - s.start), s.start, s.label))
    check_crossing(candidates, where=where)
    flat: List[ExchangeSpan] = []
    taken: List[Tuple[int, int]] = []
    for span in candidates:
        if any(span.start < e and s < span.end for s, e in taken):
            nested.append(span)
        else:
            flat.append(span)
            taken.append((span.start, span.end))
    return sort_spans(flat), sort_spans(nested)


def span_checked(text: str, start: Any, end: Any, label: Any, *, where: str,
                 surface: Optional[str] = None, canonical: Optional[str] = None) -> ExchangeSpan:
    """An imported span, validated against the text (E501-E503)."""
    check_offsets(text, start, end, where=where, layer="import")
    check_label(label, where=where)
    if surface is not None and surface != text[start:end]:
        raise TaggerError(Errors.E503.format(where=where, start=start, end=end,
                                             surface=surface, actual=text[start:end]))
    return ExchangeSpan(start, end, label, canonical=canonical)


# ---------------------------------------------------------------------------
# offsets in UTF-16 code units (JavaScript, Java/UIMA)


class Utf16Offsets:
    """Convert Python character offsets of one text to UTF-16 code units and back."""

    def __init__(self, text: str) -> None:
        self.to_utf16: List[int] = [0]
        for ch in text:
            self.to_utf16.append(self.to_utf16[-1] + (2 if ord(ch) > 0xFFFF else 1))
        self.from_utf16: Dict[int, int] = {u: i for i, u in enumerate(self.to_utf16)}
        self.plain = self.to_utf16[-1] == len(text)

    def encode(self, offset: int) -> int:
        """Python offset -> UTF-16 offset."""
        return self.to_utf16[offset]

    def decode(self, offset: int) -> Optional[int]:
        """UTF-16 offset -> Python offset; None inside a surrogate pair or out of range."""
        return self.from_utf16.get(offset)


def resolve_offsets(text: str, start: Any, end: Any, surface: Optional[str], *, unit: str,
                    utf16: Optional["Utf16Offsets"] = None) -> Tuple[Any, Any]:
    """Python offsets of an imported span counted in ``unit`` (``char``, ``utf16`` or ``auto``).

    ``auto`` keeps character offsets when they match ``surface`` (or there is none) and
    otherwise tries UTF-16 code units, for tools that count like JavaScript or Java.
    Offsets that do not convert are returned unchanged, for span_checked to report.
    """
    if unit == "char" or not isinstance(start, int) or not isinstance(end, int):
        return start, end
    if unit == "auto" and (surface is None or text[start:end] == surface):
        return start, end
    utf16 = utf16 or Utf16Offsets(text)
    if utf16.plain:
        return start, end
    a, b = utf16.decode(start), utf16.decode(end)
    if a is None or b is None:
        return start, end
    return a, b


# ---------------------------------------------------------------------------
# metadata and file names

_SCALAR = (str, int, float, bool, type(None))


def scalar_meta(meta: Dict[str, Any]) -> Dict[str, Any]:
    """Meta values a tool can show: scalars kept, lists of scalars joined, the rest as JSON."""
    out: Dict[str, Any] = {}
    for key, value in meta.items():
        if isinstance(value, _SCALAR):
            out[key] = value
        elif isinstance(value, list) and all(isinstance(v, str) for v in value):
            out[key] = "、".join(value)
        else:
            out[key] = json.dumps(value, ensure_ascii=False)
    return out


_UNSAFE = re.compile(f"[^0-9A-Za-z{HAN}._-]+")
_RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10)),
             *(f"LPT{i}" for i in range(1, 10))}


def safe_stem(doc_id: str, used: set, *, max_len: int = 80) -> str:
    """A file name stem from an article id: no separators, no '..', unique within ``used``.

    Characters outside letters, digits, CJK, '.', '_' and '-' become '_'; leading dots are
    dropped, Windows device names get a '_' suffix, and a collision (also case-insensitive)
    gets ``-2``, ``-3``... The result is added to ``used``.
    """
    stem = _UNSAFE.sub("_", unicodedata.normalize("NFC", doc_id)).strip("._-")[:max_len]
    stem = stem or "doc"
    if stem.split(".")[0].upper() in _RESERVED:
        stem += "_"
    candidate, n = stem, 1
    while candidate.lower() in used:
        n += 1
        candidate = f"{stem}-{n}"
    used.add(candidate.lower())
    return candidate


def warn_skipped(n: int, *, path: Path, reason: str) -> None:
    """W500: records of an import that were left out, and why."""
    if n:
        warn(Warnings.W500.format(n=n, path=path, reason=reason))
