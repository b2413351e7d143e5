"""The registry of exchange formats and the two entry points, export_records and import_file."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Dict, Iterable, List, Sequence, Tuple

from ..errors import Errors, TaggerError, Warnings, warn
from . import brat, conll, doccano, labelstudio, prodigy, spacy_docbin
from .model import ExchangeDoc, docs_from_records, doc_to_gold

OFFSET_UNITS = ("char", "utf16")
IMPORT_OFFSET_UNITS = ("auto", "char", "utf16")


@dataclass(frozen=True)
class ExchangeFormat:
    """One annotation tool's format: how to write ExchangeDocs and read them back.

    ``layers`` is ``"all"`` when the format holds overlapping spans (flat + nested) and
    ``"flat"`` when it holds the flat layer only. ``folder`` formats write a directory.
    ``offset_units`` are the units the writer can count offsets in.
    """

    name: str
    description: str
    write: Callable[..., List[Path]]
    read: Callable[..., List[ExchangeDoc]]
    layers: str = "all"
    folder: bool = False
    suffix: str = ".jsonl"
    offset_units: Tuple[str, ...] = ("char",)


FORMATS: Dict[str, ExchangeFormat] = {
    f.name: f for f in (
        ExchangeFormat("prodigy", "Prodigy tasks (ner.manual / spans.manual) and answers",
                       prodigy.write, prodigy.read),
        ExchangeFormat("doccano", "doccano sequence-labelling JSONL", doccano.write,
                       doccano.read),
        ExchangeFormat("labelstudio", "Label Studio tasks JSON + labeling config XML",
                       labelstudio.write, labelstudio.read, suffix=".json",
                       offset_units=OFFSET_UNITS),
        ExchangeFormat("brat", "brat / INCEpTION standoff: .txt + .ann per article",
                       brat.write, brat.read, folder=True, suffix="",
                       offset_units=OFFSET_UNITS),
        ExchangeFormat("conll", "character BIO, CoNLL 2002/2003 style (flat layer)",
                       conll.write, conll.read, layers="flat", suffix=".conll"),
        ExchangeFormat("spacy", "spaCy DocBin: doc.ents and doc.spans", spacy_docbin.write,
                       spacy_docbin.read, suffix=".spacy"),
    )
}


def get_format(name: str) -> ExchangeFormat:
    """The format called ``name``; E511 lists the valid names."""
    try:
        return FORMATS[name.lower()]
    except KeyError:
        raise TaggerError(Errors.E511.format(name=name, formats=", ".join(FORMATS))) from None


@dataclass
class ExportSummary:
    """What an export wrote: files, articles, spans per layer, records left out."""

    format: str
    paths: List[Path] = field(default_factory=list)
    articles: int = 0
    spans: int = 0
    nested: int = 0
    skipped_records: int = 0
    dropped_nested: int = 0


def export_docs(docs: Sequence[ExchangeDoc], fmt: str, out: Path, *, flat_only: bool = False,
                offsets: str = "char") -> ExportSummary:
    """Write ExchangeDocs in format ``fmt`` to ``out`` (a file, or a folder for brat).

    ``flat_only`` leaves out the nested layer (e.g. for Prodigy's ``ner.manual``, which
    does not allow overlaps); ``offsets="utf16"`` counts UTF-16 code units where the
    format allows it (brat for INCEpTION/UIMA, Label Studio).
    """
    spec = get_format(fmt)
    if offsets not in spec.offset_units:
        raise TaggerError(Errors.E013.format(value=offsets, option=f"--offsets for {spec.name}",
                                             options=", ".join(spec.offset_units)))
    out = Path(out)
    if spec.folder and out.exists() and not out.is_dir():
        raise TaggerError(Errors.E513.format(path=out, fmt=spec.name, kind="a folder"))
    if not spec.folder and out.is_dir():
        example = out / f"tasks{spec.suffix}"
        raise TaggerError(Errors.E513.format(path=out, fmt=spec.name,
                                             kind=f"a file such as {example}"))
    if not spec.folder:
        out.parent.mkdir(parents=True, exist_ok=True)
    flat = flat_only or spec.layers == "flat"
    dropped = sum(len(d.nested) for d in docs) if flat else 0
    if dropped and not flat_only:
        warn(Warnings.W502.format(fmt=spec.name, n=dropped))
    try:
        paths = spec.write(docs, out, flat_only=flat, offsets=offsets)
    except OSError as err:
        raise TaggerError(Errors.E027.format(path=err.filename or out,
                                             reason=err.strerror or err)) from None
    return ExportSummary(format=spec.name, paths=paths, articles=len(docs),
                         spans=sum(len(d.spans) for d in docs),
                         nested=0 if flat else sum(len(d.nested) for d in docs),
                         dropped_nested=dropped)


def export_records(records: Iterable[Dict[str, Any]], fmt: str, out: Path, *,
                   flat_only: bool = False, offsets: str = "char") -> ExportSummary:
    """Export the articles of tagged JSONL records (or gold records) to an annotation tool.

    records: parsed lines of ``tagger tag`` output; only ``kind == "article"`` is written.
    fmt: a name in FORMATS. out: output file (folder for brat).
    Returns an ExportSummary; raises TaggerError (E5xx) on invalid spans.
    """
    docs, skipped = docs_from_records(records)
    summary = export_docs(docs, fmt, out, flat_only=flat_only, offsets=offsets)
    summary.skipped_records = skipped
    return summary


def import_docs(path: Path, fmt: str, *, unreviewed: bool = False,
                offsets: str = "auto") -> List[ExchangeDoc]:
    """Read a tool's export as ExchangeDocs (see :func:`import_file`)."""
    spec = get_format(fmt)
    if offsets not in IMPORT_OFFSET_UNITS:
        raise TaggerError(Errors.E013.format(value=offsets, option="--offsets",
                                             options=", ".join(IMPORT_OFFSET_UNITS)))
    path = Path(path)
    if not path.exists():
        raise TaggerError(Errors.E035.format(path=path))
    try:
        return spec.read(path, unreviewed=unreviewed, offsets=offsets)
    except TaggerError:
        raise
    except OSError as err:
        raise TaggerError(Errors.E002.format(path=err.filename or path,
                                             reason=err.strerror or err)) from None
    except (ValueError, TypeError, KeyError, IndexError, AttributeError, RecursionError) as err:
        # A value of the wrong type deep inside a tool's export: one clear error, no traceback.
        raise TaggerError(Errors.E515.format(path=path, fmt=spec.name,
                                             reason=f"{type(err).__name__}: {err}")) from None


def import_file(path: Path, fmt: str, *, unreviewed: bool = False,
                offsets: str = "auto") -> List[Dict[str, Any]]:
    """Gold records (docs/annotation-guidelines.md) from what an annotation tool exported after correction.

    path: the export (a folder or one ``.ann`` for brat). unreviewed: also read tasks no
    one answered (Prodigy without ``answer``, Label Studio without annotations) from their
    pre-annotations. offsets: ``auto`` checks each span's surface text and converts UTF-16
    code units where the tool counted them. Returns ``{"id", "text", "spans", "nested",
    "meta"}`` dicts, ready for ``tagger evaluate`` and ``tagger train``.
    """
    return [doc_to_gold(d) for d in import_docs(path, fmt, unreviewed=unreviewed,
                                               offsets=offsets)]


def round_trip_diff(records: Iterable[Dict[str, Any]], fmt: str, directory: Path, *,
                    offsets: str = "char") -> List[str]:
    """Export ``records`` as ``fmt`` into ``directory``, import them, list what changed.

    Compares, per article in order, the text and the (start, end, label) of the flat
    layer, and of the nested layer where the format holds it. An empty list means the
    round trip was lossless. Meant for tests: ``assert round_trip_diff(...) == []``.
    """
    spec = get_format(fmt)
    docs, _ = docs_from_records(records)
    out = Path(directory) / f"round_trip_{spec.name}{spec.suffix}"
    export_docs(docs, spec.name, out, flat_only=spec.layers == "flat", offsets=offsets)
    back = import_docs(out, spec.name, unreviewed=True)
    diffs: List[str] = []
    if len(back) != len(docs):
        return [f"{len(docs)} articles exported, {len(back)} imported"]
    for i, (a, b) in enumerate(zip(docs, back)):
        if a.text != b.text:
            diffs.append(f"article {i} ({a.id}): text differs")
            continue
        if spec.layers == "all" and a.id != b.id:
            diffs.append(f"article {i}: id {a.id!r} came back as {b.id!r}")
        layers = [("spans", a.spans, b.spans)]
        if spec.layers == "all":
            layers.append(("nested", a.nested, b.nested))
        for name, want, got in layers:
            want_keys, got_keys = sorted(s.key for s in want), sorted(s.key for s in got)
            if want_keys != got_keys:
                diffs.append(f"article {i} ({a.id}) {name}: missing "
                             f"{sorted(set(want_keys) - set(got_keys))}, extra "
                             f"{sorted(set(got_keys) - set(want_keys))}")
    return diffs
