"""Turn lexicon records into the entries the rule components match.

Files are read and validated by :mod:`tagger.lexicons`; this module only
reshapes its records into one entry per matchable surface and tags each entry
with its ``source`` (``lexicon`` or ``user``). It runs at ``initialize()``; a
saved model carries its entries and never reads ``tagger/data`` at run time.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Dict, Iterable, List, Optional, Tuple, Union

from .. import lexicons
from ..errors import Errors
from .extensions import SOURCES

ENT_LABELS = lexicons.GAZETTEER_LABELS
SLOGAN_LABEL = lexicons.SLOGAN_LABEL
DEFAULT_SLOGAN_CATEGORY = "slogan"

PathLike = Union[str, Path]
Entry = Dict[str, Any]


def check_source(source: str) -> str:
    """Return ``source`` if it is a valid ``Span._.source`` value, else raise ValueError."""
    if source not in SOURCES:
        raise ValueError(Errors.E300.format(source=source, sources=", ".join(SOURCES)))
    return source


def slogan_entries(records: Iterable[Dict[str, Any]], *, source: str = "lexicon",
                   path: str = "<entries>") -> List[Entry]:
    """One entry per surface (canonical form and each variant) of slogan records.

    A record without ``category`` gets ``"slogan"``; records are validated with
    :func:`tagger.lexicons.validate_slogan`.
    """
    check_source(source)
    out: List[Entry] = []
    for i, rec in enumerate(records, 1):
        rec = {"category": DEFAULT_SLOGAN_CATEGORY, **rec}
        if "canonical" not in rec and isinstance(rec.get("text"), str):
            rec["canonical"] = rec["text"]
        checked = lexicons.validate_slogan(rec, path=path, line=i)
        base = {"canonical": checked["canonical"], "category": checked["category"],
                "expansion": list(checked.get("expansion") or []), "source": source}
        for surface in dict.fromkeys([checked["canonical"], *checked["variants"]]):
            out.append({"text": surface, **base})
    return out


def gazetteer_entries(records: Iterable[Dict[str, Any]], *, source: str = "lexicon",
                      path: str = "<entries>") -> List[Entry]:
    """Gazetteer entries (``text``, ``label``, ``canonical``, ``kind``, ``strict``, ``source``).

    ``strict`` marks ambiguous short forms (万里, 汪洋, 京东): the gazetteer only
    reports them where they do not sit between two Han characters, or where the
    model or a pattern found the same span.
    """
    check_source(source)
    out: List[Entry] = []
    for i, rec in enumerate(records, 1):
        checked = lexicons.validate_gazetteer_entry(rec, path=path, line=i)
        out.append({"text": checked["text"], "label": checked["label"],
                    "canonical": checked.get("canonical") or checked["text"],
                    "kind": checked.get("kind"), "strict": bool(checked.get("strict")),
                    "source": source})
    return out


def read_slogans(path: Optional[PathLike] = None) -> List[Entry]:
    """Slogan entries from ``path`` (None: the packaged ``slogans.jsonl``)."""
    return slogan_entries(lexicons.load_slogans(path), source="lexicon",
                          path=str(path or "slogans.jsonl"))


def read_gazetteer(name_or_path: PathLike) -> List[Entry]:
    """Gazetteer entries from a packaged name (``admin_divisions``…) or a JSONL path."""
    return gazetteer_entries(lexicons.load_gazetteer(name_or_path), source="lexicon",
                             path=str(name_or_path))


def read_suffixes(name_or_path: PathLike) -> List[str]:
    """A suffix list from a packaged name (``org_suffixes``, ``loc_suffixes``) or a path."""
    return lexicons.load_suffixes(name_or_path)


def read_user_lexicon(path: PathLike) -> Tuple[List[Entry], List[Entry]]:
    """A user dictionary as ``(slogan_entries, gazetteer_entries)`` with source ``user``.

    Plain words (jieba lines without an entity tag) only guide segmentation and
    are not returned.
    """
    slogans: List[Entry] = []
    gaz: List[Entry] = []
    for rec in lexicons.read_user_lexicon(path):
        if rec.get("label") == SLOGAN_LABEL:
            slogans.extend(slogan_entries([{k: rec[k] for k in ("canonical", "variants", "category",
                                                                 "expansion") if k in rec}],
                                          source="user", path=str(path)))
        elif rec.get("label") in ENT_LABELS:
            gaz.extend(gazetteer_entries([rec], source="user", path=str(path)))
    return slogans, gaz


def apply_user_lexicon(nlp: Any, path: PathLike, *, slogans: str = "tagger_slogans",
                       gazetteer: str = "tagger_gazetteer") -> Tuple[int, int]:
    """Add a user dictionary to a loaded pipeline (``tagger tag --lexicon FILE``).

    Slogan entries go to the ``slogans`` component, PERSON/ORG/LOC entries to the
    ``gazetteer`` component, both with source ``user`` (they override lexicon
    entries with the same surface, and ``tagger_merge`` ranks them first). A
    component missing from ``nlp`` is skipped.
    RETURNS: the number of slogan and gazetteer entries added.
    """
    slogan_entries_, gaz_entries = read_user_lexicon(path)
    added = [0, 0]
    for i, (name, entries) in enumerate(((slogans, slogan_entries_), (gazetteer, gaz_entries))):
        if entries and name in nlp.pipe_names:
            nlp.get_pipe(name).add_entries(entries, source="user")
            added[i] = len(entries)
    return added[0], added[1]
