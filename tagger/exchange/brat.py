"""brat standoff (also read by INCEpTION): one ``.txt`` + ``.ann`` pair per article.

``T1<TAB>LABEL start end<TAB>surface`` per span; a span of the nested layer gets the
attribute ``A1<TAB>Nested T1``; a slogan's canonical form is an ``#1<TAB>AnnotatorNotes T1
<TAB>canonical`` line. ``annotation.conf`` (entity types and the Nested attribute) is
written into the folder so brat shows no "unconfigured type" warnings. A span across a
line break is written as fragments (``start end;start end``) as brat requires.

Offsets are characters (brat is Python); ``offsets="utf16"`` writes UTF-16 code units for
UIMA-based tools. Reading checks each surface and accepts either unit.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Dict, List, Optional, Sequence, Tuple

from ..errors import Errors, TaggerError, Warnings, warn
from ..write import write_jsonl
from .model import (LABELS, ExchangeDoc, ExchangeSpan, Utf16Offsets,
                    read_export_text, read_jsonl, safe_stem, span_checked, split_layers)

NESTED_ATTRIBUTE = "Nested"
CONF_NAME = "annotation.conf"
#: Sidecar with each file's article id and meta (brat lists only .txt files, so ignores it).
INDEX_NAME = "tagger_index.jsonl"
_LINE_BREAKS = "\n\r\u2028\u2029\x85\x0b\x0c\x1c\x1d\x1e"

_T_LINE = re.compile(r"^(T\d+)\t(\S+) (\d+ \d+(?:;\d+ \d+)*)\t(.*)$", re.DOTALL)
_A_LINE = re.compile(r"^(A\d+)\t(\S+) (T\d+)(?: (\S+))?$")
_NOTE_LINE = re.compile(r"^(#\d+)\tAnnotatorNotes (T\d+)\t(.*)$", re.DOTALL)


def fragments(text: str, start: int, end: int) -> List[Tuple[int, int]]:
    """``[start, end)`` cut at line breaks: brat's discontinuous-span form for multi-line spans."""
    out: List[Tuple[int, int]] = []
    a = start
    for i in range(start, end):
        if text[i] in _LINE_BREAKS:
            if a < i:
                out.append((a, i))
            a = i + 1
    if a < end:
        out.append((a, end))
    return out


def annotation_conf(labels: Sequence[str]) -> str:
    """brat's annotation.conf for the labels, with the Nested attribute on every entity."""
    return "\n".join(["[entities]", *labels, "", "[relations]", "", "[events]", "",
                      "[attributes]", f"{NESTED_ATTRIBUTE}\tArg:<ENTITY>", ""])


def doc_to_ann(doc: ExchangeDoc, *, flat_only: bool = False, offsets: str = "char") -> str:
    """The ``.ann`` text of one article."""
    utf16 = Utf16Offsets(doc.text) if offsets == "utf16" else None
    enc = utf16.encode if utf16 else (lambda i: i)
    nested = set() if flat_only else {s.key for s in doc.nested} - {s.key for s in doc.spans}
    spans = doc.spans if flat_only else doc.all_spans
    lines: List[str] = []
    n_attr = n_note = 0
    for t, span in enumerate(spans, 1):
        frags = fragments(doc.text, span.start, span.end)
        if not frags or frags[0][0] != span.start or frags[-1][1] != span.end:
            warn(Warnings.W501.format(id=doc.id, start=span.start, end=span.end,
                                      label=span.label))
            if not frags:
                continue
        where = ";".join(f"{enc(a)} {enc(b)}" for a, b in frags)
        surface = " ".join(doc.text[a:b] for a, b in frags)
        lines.append(f"T{t}\t{span.label} {where}\t{surface}")
        if span.key in nested:
            n_attr += 1
            lines.append(f"A{n_attr}\t{NESTED_ATTRIBUTE} T{t}")
        if span.canonical:
            n_note += 1
            note = " ".join(span.canonical.split())
            lines.append(f"#{n_note}\tAnnotatorNotes T{t}\t{note}")
    return "".join(line + "\n" for line in lines)


def write(docs: Sequence[ExchangeDoc], out: Path, *, flat_only: bool = False,
          offsets: str = "char") -> List[Path]:
    """Write ``<stem>.txt``/``<stem>.ann`` per article and annotation.conf into folder ``out``.

    ``out`` must be new or empty (E516): files of an earlier export left there would be
    imported back as articles of this one.
    """
    if out.is_dir() and any(out.iterdir()):
        raise TaggerError(Errors.E516.format(path=out))
    out.mkdir(parents=True, exist_ok=True)
    used: set = {Path(CONF_NAME).stem.lower(), Path(INDEX_NAME).stem.lower()}
    paths: List[Path] = []
    index = []
    for doc in docs:
        stem = safe_stem(doc.id, used)
        index.append({"file": stem, "id": doc.id, "meta": doc.meta})
        txt, ann = out / f"{stem}.txt", out / f"{stem}.ann"
        # newline="" keeps "\r\n" and lone "\r" as they are: offsets count them.
        with txt.open("w", encoding="utf-8", newline="") as fh:
            fh.write(doc.text)
        with ann.open("w", encoding="utf-8", newline="") as fh:
            fh.write(doc_to_ann(doc, flat_only=flat_only, offsets=offsets))
        paths += [txt, ann]
    labels = list(LABELS) + sorted({s.label for d in docs for s in d.all_spans} - set(LABELS))
    conf = out / CONF_NAME
    conf.write_text(annotation_conf(labels), encoding="utf-8")
    write_jsonl(index, out / INDEX_NAME)
    return paths + [conf, out / INDEX_NAME]


@dataclass
class _TextBound:
    label: str
    frags: List[Tuple[int, int]]
    surface: str


def parse_ann(ann: str, *, where: str) -> Tuple[Dict[str, _TextBound], set, Dict[str, str]]:
    """The text-bound annotations, the ids marked Nested and the notes of one ``.ann`` text.

    Relations, events, equivalences and normalizations are ignored; a malformed line
    raises E509.
    """
    bounds: Dict[str, _TextBound] = {}
    nested: set = set()
    notes: Dict[str, str] = {}
    for n, line in enumerate(ann.split("\n"), 1):
        line = line.rstrip("\r")
        if not line.strip():
            continue
        kind = line[0]
        if kind == "T":
            m = _T_LINE.match(line)
            if not m:
                raise TaggerError(Errors.E509.format(where=f"{where} line {n}", line=line[:80]))
            frags = [tuple(int(x) for x in part.split()) for part in m.group(3).split(";")]
            bounds[m.group(1)] = _TextBound(m.group(2), frags, m.group(4))  # type: ignore[arg-type]
        elif kind in "AM":
            m = _A_LINE.match(line)
            if not m:
                raise TaggerError(Errors.E509.format(where=f"{where} line {n}", line=line[:80]))
            if m.group(2) == NESTED_ATTRIBUTE and m.group(4) in (None, "true", "True"):
                nested.add(m.group(3))
        elif kind == "#":
            m = _NOTE_LINE.match(line)
            if m:
                notes[m.group(2)] = m.group(3)
        elif kind not in "RE*N":
            raise TaggerError(Errors.E509.format(where=f"{where} line {n}", line=line[:80]))
    return bounds, nested, notes


def _to_span(text: str, tb: _TextBound, *, where: str, offsets: str,
             utf16: Utf16Offsets, note: Optional[str]) -> ExchangeSpan:
    """The span of a text-bound annotation; its offsets must give its surface (E503)."""
    candidates = []
    if offsets in ("char", "auto"):
        candidates.append(tb.frags)
    if offsets in ("utf16", "auto") and not utf16.plain:
        candidates.append([(utf16.decode(a), utf16.decode(b)) for a, b in tb.frags])
    for frags in candidates:
        if any(a is None or b is None or not 0 <= a <= b <= len(text) for a, b in frags):
            continue
        if " ".join(text[a:b] for a, b in frags) == tb.surface:
            return span_checked(text, frags[0][0], frags[-1][1], tb.label, where=where,
                                canonical=note)
    a, b = tb.frags[0][0], tb.frags[-1][1]
    raise TaggerError(Errors.E503.format(where=where, start=a, end=b, surface=tb.surface,
                                         actual=text[a:b]))


def read_pair(txt: Path, ann: Path, *, offsets: str = "auto",
              index: Optional[Dict[str, Dict]] = None) -> ExchangeDoc:
    """One article from its ``.txt`` and ``.ann`` files (id and meta from the index if listed)."""
    text = read_export_text(txt, fmt="brat")
    ann_text = read_export_text(ann, fmt="brat") if ann.exists() else ""
    bounds, nested_ids, notes = parse_ann(ann_text, where=str(ann))
    utf16 = Utf16Offsets(text)
    spans, marked = [], []
    for tid, tb in bounds.items():
        span = _to_span(text, tb, where=f"{ann} {tid}", offsets=offsets, utf16=utf16,
                        note=notes.get(tid))
        spans.append(span)
        if tid in nested_ids:
            marked.append(list(span.key))
    flat, nested = split_layers(spans, marked, where=str(ann))
    entry = (index or {}).get(txt.stem) or {}
    return ExchangeDoc(str(entry["id"]) if "id" in entry else txt.stem, text, flat, nested,
                       dict(entry.get("meta") or {"source": txt.name}))


def read(path: Path, *, unreviewed: bool = False, offsets: str = "auto") -> List[ExchangeDoc]:
    """Every ``.txt`` of a folder with its ``.ann`` (none: no spans), or one ``.ann``/``.txt``."""
    path = Path(path)
    if path.is_dir():
        txts = sorted(path.glob("*.txt"))
    else:
        txts = [path.with_suffix(".txt")]
    if not txts or not all(t.exists() for t in txts):
        raise TaggerError(Errors.E510.format(path=path, fmt="brat", expected=".txt + .ann pairs"))
    index_path = txts[0].parent / INDEX_NAME
    index = {e.get("file"): e for e in read_jsonl(index_path)} if index_path.exists() else {}
    order = {stem: i for i, stem in enumerate(index)}
    txts.sort(key=lambda t: (order.get(t.stem, len(order)), t.name))
    return [read_pair(t, t.with_suffix(".ann"), offsets=offsets, index=index) for t in txts]
