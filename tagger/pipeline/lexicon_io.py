"""Turn lexicon records into the entries the rule components match.

Files are read and validated by :mod:`tagger.lexicons`; this module only
reshapes its records into one entry per matchable surface and tags each entry
with its ``source`` (``lexicon`` or ``user``). It runs at ``initialize()``; a
saved model carries its entries (:class:`SavedEntries`, shared by the slogan and
gazetteer components) and never reads ``tagger/data`` at run time.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any, Dict, Iterable, List, Optional, Tuple, Union

import srsly
from spacy import util
from spacy.util import SimpleFrozenList, ensure_path

from .. import lexicons
from ..errors import Errors
from ..zh.labels import PROVENANCES
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
                   path: str = "<entries>", validated: bool = False) -> List[Entry]:
    """One entry per surface (canonical form and each variant) of slogan records.

    A record without ``category`` gets ``"slogan"``; records are validated with
    :func:`tagger.lexicons.validate_slogan` unless ``validated`` says the reader did it.
    """
    check_source(source)
    out: List[Entry] = []
    for i, rec in enumerate(records, 1):
        rec = {"category": DEFAULT_SLOGAN_CATEGORY, **rec}
        if "canonical" not in rec and isinstance(rec.get("text"), str):
            rec["canonical"] = rec["text"]
        checked = rec if validated else lexicons.validate_slogan(rec, path=path, line=i)
        base = {"canonical": checked["canonical"], "category": checked["category"],
                "expansion": list(checked.get("expansion") or []), "source": source}
        for surface in dict.fromkeys([checked["canonical"], *checked["variants"]]):
            out.append({"text": surface, **base})
    return out


def gazetteer_entries(records: Iterable[Dict[str, Any]], *, source: str = "lexicon",
                      path: str = "<entries>", validated: bool = False) -> List[Entry]:
    """Gazetteer entries (``text``, ``label``, ``canonical``, ``kind``, ``strict``, ``source``).

    ``strict`` marks ambiguous short forms (万里, 汪洋, 京东): the gazetteer only
    reports them where they do not sit between two Han characters, or where the
    model or a pattern found the same span.
    """
    check_source(source)
    out: List[Entry] = []
    for i, rec in enumerate(records, 1):
        checked = rec if validated else lexicons.validate_gazetteer_entry(rec, path=path, line=i)
        text = checked["text"]
        canonical = checked.get("canonical") or text
        kind = checked.get("kind")
        # tens of thousands of entries: share the strings they repeat
        out.append({"text": text, "label": sys.intern(checked["label"]),
                    "canonical": text if canonical == text else canonical,
                    "kind": sys.intern(kind) if isinstance(kind, str) else kind,
                    "strict": bool(checked.get("strict")), "source": source})
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


def user_entries(records: Iterable[Dict[str, Any]], *,
                 path: PathLike = "<user lexicon>") -> Tuple[List[Entry], List[Entry]]:
    """User lexicon records (:func:`tagger.lexicons.read_user_lexicon`, which reads and
    validates the file once) as ``(slogan_entries, gazetteer_entries)`` with source ``user``.

    Plain words (jieba lines without an entity tag) only guide word cutting and are not
    returned (:func:`tagger.zh.words.user_lexicon_words` takes them).
    """
    slogans: List[Entry] = []
    gaz: List[Entry] = []
    for rec in records:
        if rec.get("label") == SLOGAN_LABEL:
            slogans.extend(slogan_entries([{k: rec[k] for k in ("canonical", "variants", "category",
                                                                 "expansion") if k in rec}],
                                          source="user", path=str(path), validated=True))
        elif rec.get("label") in ENT_LABELS:
            gaz.extend(gazetteer_entries([rec], source="user", path=str(path), validated=True))
    return slogans, gaz


def read_user_entries(path: PathLike) -> Tuple[List[Entry], List[Entry]]:
    """:func:`user_entries` of the user lexicon file ``path``."""
    return user_entries(lexicons.read_user_lexicon(path), path=path)


def apply_user_lexicon(nlp: Any, path: PathLike, *, slogans: str = "tagger_slogans",
                       gazetteer: str = "tagger_gazetteer",
                       records: Optional[List[Dict[str, Any]]] = None) -> Tuple[int, int]:
    """Add a user dictionary to a loaded pipeline (``tagger tag --lexicon FILE``).

    Slogan entries go to the ``slogans`` component, PERSON/ORG/LOC entries to the
    ``gazetteer`` component, both with source ``user`` (they override lexicon
    entries with the same surface, and ``tagger_merge`` ranks them first). A
    component missing from ``nlp`` is skipped. ``records``: the file already read.
    RETURNS: the number of slogan and gazetteer entries added.
    """
    if records is None:
        records = lexicons.read_user_lexicon(path)
    slogan_entries_, gaz_entries = user_entries(records, path=path)
    added = [0, 0]
    for i, (name, entries) in enumerate(((slogans, slogan_entries_), (gazetteer, gaz_entries))):
        if entries and name in nlp.pipe_names:
            nlp.get_pipe(name).add_entries(entries, source="user")
            added[i] = len(entries)
    return added[0], added[1]


ENTRIES_FILE = "entries.jsonl"


class SavedEntries:
    """Saving and loading for the rule components that hold lexicon entries.

    ``self.entries`` maps keys to buckets of entry dicts; ``entry_key`` names the fields
    that identify an entry (one entry may sit in several buckets). On disk: ``entries.jsonl``
    and one ``<name>.json`` per name in ``extra_tables``; as bytes: one msgpack object.
    A component provides ``clear``, ``add_entries(entries, source=...)``, and, for extra
    tables, ``_extra_tables_state`` / ``_set_extra_tables``. Entries are restored source
    by source (lexicon, pattern, user), as they were added.
    """

    entry_key: Tuple[str, ...] = ("text", "source")
    extra_tables: Tuple[str, ...] = ()

    def _all_entries(self) -> List[Entry]:
        out: List[Entry] = []
        seen = set()
        for bucket in self.entries.values():
            for entry in bucket:
                ident = tuple(entry[k] for k in self.entry_key)
                if ident not in seen:
                    seen.add(ident)
                    out.append(entry)
        return out

    def _extra_tables_state(self) -> Dict[str, Any]:
        return {}

    def lexicon_words(self) -> List[str]:
        """Surfaces of the entries, for word cutting (:class:`tagger.zh.words.LexiconHolder`).

        Township names are left out: 30,000 more dictionary words slow word cutting by
        a tenth, and a township in an article reaches the keywords as an entity anyway.
        """
        return [e["text"] for e in self._all_entries()
                if isinstance(e.get("text"), str) and e.get("kind") != "town"]

    def _set_extra_tables(self, tables: Dict[str, Any]) -> None:
        pass

    def _restore(self, entries: List[Entry], tables: Dict[str, Any]) -> None:
        self.clear()
        for source in (p for p in PROVENANCES if p != "model"):  # weakest first, as added
            batch = [e for e in entries if e.get("source") == source]
            if batch:
                self.add_entries(batch, source=source)
        self._set_extra_tables(tables)

    def _load(self, data: Dict[str, Any]) -> None:
        """Take what was read; a part left out (``exclude``) keeps its current value."""
        tables = {**self._extra_tables_state(),
                  **{name: data[name] for name in self.extra_tables if name in data}}
        if "entries" in data:
            self._restore(data["entries"], tables)
        else:
            self._set_extra_tables(tables)

    def to_bytes(self, *, exclude: Iterable[str] = SimpleFrozenList()) -> bytes:
        """Serialize the entries (and extra tables); names in ``exclude`` are left out."""
        getters = {"entries": self._all_entries}
        for name in self.extra_tables:
            getters[name] = lambda name=name: self._extra_tables_state()[name]
        return util.to_bytes(getters, exclude)

    def from_bytes(self, bytes_data: bytes, *, exclude: Iterable[str] = SimpleFrozenList()):
        """Load what :meth:`to_bytes` wrote (parts in ``exclude`` stay as they are)."""
        data: Dict[str, Any] = {}
        setters = {name: (lambda value, name=name: data.__setitem__(name, value))
                   for name in ("entries", *self.extra_tables)}
        util.from_bytes(bytes_data, setters, exclude)
        self._load(data)
        return self

    def to_disk(self, path: Union[str, Path], *, exclude: Iterable[str] = SimpleFrozenList()) -> None:
        """Write ``entries.jsonl`` (and ``<table>.json`` files) into ``path``; the model
        never reads tagger/data. ``exclude``: ``entries`` or table names to leave out."""
        path = ensure_path(path)
        path.mkdir(parents=True, exist_ok=True)
        serializers = {ENTRIES_FILE: self._write_entries}
        for name, table in self._extra_tables_state().items():
            serializers[f"{name}.json"] = lambda p, table=table: srsly.write_json(p, table)
        util.to_disk(path, serializers, exclude)

    def _write_entries(self, path: Path) -> None:
        with path.open("w", encoding="utf-8", newline="\n") as f:
            for entry in self._all_entries():  # UTF-8, not \u escapes: half the size, readable
                f.write(json.dumps(entry, ensure_ascii=False, separators=(",", ":")) + "\n")

    def from_disk(self, path: Union[str, Path], *, exclude: Iterable[str] = SimpleFrozenList()):
        """Read what :meth:`to_disk` wrote (parts in ``exclude`` stay as they are)."""
        data: Dict[str, Any] = {}
        readers = {ENTRIES_FILE: lambda p: data.__setitem__("entries", list(srsly.read_jsonl(p)))}
        for name in self.extra_tables:
            readers[f"{name}.json"] = lambda p, name=name: data.__setitem__(name, srsly.read_json(p))
        util.from_disk(path, readers, exclude)
        self._load(data)
        return self
