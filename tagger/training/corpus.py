"""Corpus readers registered with spaCy: BIO character files and gold JSONL.

Both yield :class:`spacy.training.Example` objects built on ``nlp.make_doc(text)``,
so the text is exactly the corpus text (no spaces between Chinese characters, as
``spacy convert`` would insert) and entities are character offsets.
"""

from __future__ import annotations

import random
from pathlib import Path
from typing import Callable, Dict, Iterable, Iterator, List, Optional, Tuple

from spacy.language import Language
from spacy.training import Example, offsets_to_biluo_tags
from spacy.util import registry

from ..errors import Errors, TaggerError
from ..read.jsonl import strict_jsonl
from ..zh.labels import ANNOTATION_LABELS

LABELS = ANNOTATION_LABELS
#: Corpus label -> project label (MSRA / People's Daily use PER, LOC, ORG).
LABEL_MAP: Dict[str, str] = {"PER": "PERSON", "PERSON": "PERSON", "NR": "PERSON",
                             "ORG": "ORG", "NT": "ORG", "LOC": "LOC", "NS": "LOC",
                             "GPE": "LOC", "SLOGAN": "SLOGAN"}

Span = Tuple[int, int, str]

#: CLUENER2020 fine-grained types -> project labels (others are not scored). CLUENER's
#: conventions differ: ``address`` spans whole addresses, ``position`` marks titles.
CLUENER_MAP: Dict[str, str] = {"name": "PERSON", "company": "ORG", "government": "ORG",
                               "organization": "ORG", "address": "LOC", "scene": "LOC"}

#: Label of a region that is not annotated: neither an entity nor outside one. Training
#: examples leave its tokens missing (BILUO ``-``), so the model is not taught either way.
MISSING = "-"
#: CLUENER for training: names and organizations as entities; address/scene (whole postal
#: addresses, scenic spots: not the project's LOC) and titles of works left missing, since
#: they may contain places the project tags; ``position`` (区委书记) is outside.
CLUENER_TRAIN_MAP: Dict[str, str] = {
    "name": "PERSON", "company": "ORG", "government": "ORG", "organization": "ORG",
    "address": MISSING, "scene": MISSING, "book": MISSING, "game": MISSING, "movie": MISSING,
}


def _decoded(lines: Iterator[str], path: Path) -> Iterator[str]:
    """``lines`` of a text file opened as UTF-8; bytes that do not decode raise E003."""
    try:
        yield from lines
    except UnicodeDecodeError:
        raise TaggerError(Errors.E003.format(path=path)) from None


def read_bio(path: Path) -> Iterator[Tuple[str, List[Span], int]]:
    """Sentences of a ``char<TAB>tag`` file as ``(text, spans, line)``; spans are char offsets."""
    chars: List[str] = []
    tags: List[str] = []
    first_line = 1
    with Path(path).open(encoding="utf-8") as f:
        for lineno, line in enumerate(_decoded(f, path), start=1):
            line = line.rstrip("\r\n")
            if not line.strip():
                if chars:
                    yield "".join(chars), bio_to_spans(tags, path, first_line), first_line
                chars, tags = [], []
                first_line = lineno + 1
                continue
            char, _, tag = line.rpartition("\t") if "\t" in line else line.rpartition(" ")
            if not char:
                char = " "
            chars.append(char[0] if len(char) == 1 else char)
            tags.append(tag.strip())
    if chars:
        yield "".join(chars), bio_to_spans(tags, path, first_line), first_line


def bio_to_spans(tags: List[str], path: Path | str = "", line: int = 0) -> List[Span]:
    """``[B-PER, I-PER, O]`` -> ``[(0, 2, "PERSON")]`` (an orphan ``I-`` starts a span)."""
    spans: List[Span] = []
    start, label = -1, ""
    for i, tag in enumerate(list(tags) + ["O"]):
        if tag == "O" or tag.startswith("B-") or (tag.startswith("I-") and tag[2:] != label):
            if label:
                spans.append((start, i, LABEL_MAP.get(label, label)))
            start, label = -1, ""
            if tag.startswith(("B-", "I-")):
                start, label = i, tag[2:]
            elif tag != "O":
                raise TaggerError(Errors.E015.format(path=path, line=line + i, tag=tag))
    return spans


def project_conventions(text: str, spans: List[Span]) -> List[Span]:
    """Apply docs/annotation-guidelines.md where the 1998 corpora differ: 中华 (in 中华民族) and 两岸 are not LOC."""
    out = []
    for start, end, label in spans:
        surface = text[start:end]
        if label == "LOC" and (surface == "两岸" or (surface == "中华" and text.startswith("民族", end))):
            continue
        out.append((start, end, label))
    return out


def read_gold_jsonl(path: Path, *, training: bool = False) -> Iterator[Tuple[str, List[Span], int]]:
    """Records of a gold JSONL file (``text``, ``spans``) as ``(text, spans, line)``.

    CLUENER records (a ``label`` object) are mapped with :data:`CLUENER_MAP`, or with
    :data:`CLUENER_TRAIN_MAP` when ``training``.
    """
    for lineno, record in strict_jsonl(path):
        text = record.get("text")
        if not isinstance(text, str):
            raise TaggerError(Errors.E007.format(path=path, line=lineno))
        if isinstance(record.get("label"), dict):  # CLUENER: {type: {surface: [[s, e]]}}
            mapping = CLUENER_TRAIN_MAP if training else CLUENER_MAP
            yield text, cluener_spans(record["label"], mapping), lineno
            continue
        spans = []
        for span in record.get("spans") or []:
            start, end, label = span["start"], span["end"], span["label"]
            if not 0 <= start < end <= len(text):
                raise TaggerError(Errors.E014.format(path=path, line=lineno, start=start,
                                                     end=end, length=len(text)))
            spans.append((start, end, LABEL_MAP.get(label, label)))
        yield text, spans, lineno


def cluener_spans(labels: Dict[str, Dict[str, List[List[int]]]],
                  mapping: Dict[str, str] = CLUENER_MAP) -> List[Span]:
    """CLUENER ``label`` field (inclusive ends) as project spans, unmapped types dropped."""
    spans = []
    for kind, surfaces in labels.items():
        label = mapping.get(kind)
        if label is None:
            continue
        for positions in surfaces.values():
            for start, end in positions:
                spans.append((start, end + 1, label))
    return sorted(spans)


def read_spans(path: Path | str, *, conventions: bool = True,
               training: bool = False) -> Iterator[Tuple[str, List[Span], int]]:
    """Read a .bio or gold .jsonl file, by suffix.

    ``conventions`` applies :func:`project_conventions` to BIO corpora; ``training``
    reads CLUENER with its training mapping (:data:`CLUENER_TRAIN_MAP`).
    """
    path = Path(path)
    if not path.exists():
        raise TaggerError(Errors.E035.format(path=path))
    if path.suffix == ".jsonl":
        yield from read_gold_jsonl(path, training=training)
    else:
        for text, spans, line in read_bio(path):
            yield text, project_conventions(text, spans) if conventions else spans, line


def make_example(nlp: Language, text: str, spans: Iterable[Span]) -> Example:
    """An Example whose reference has ``spans`` as entities (char tokens align exactly).

    Spans labelled :data:`MISSING` leave their tokens unannotated (unless an entity
    overlaps them, which wins).
    """
    doc = nlp.make_doc(text)
    ents, missing = [], []
    for start, end, label in spans:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            continue
        if label == MISSING:
            missing.append(span)
        else:
            ents.append((span.start_char, span.end_char, label))
    if not missing:
        return Example.from_dict(doc, {"entities": ents})
    tags = offsets_to_biluo_tags(doc, ents)
    for span in missing:
        if all(tags[i] == "O" for i in range(span.start, span.end)):
            tags[span.start:span.end] = ["-"] * len(span)
    return Example.from_dict(doc, {"entities": tags})


class SpanCorpus:
    """A spaCy corpus over BIO or gold JSONL files (``limit`` sentences, optionally shuffled)."""

    def __init__(self, paths: List[str], *, limit: int = 0, shuffle: bool = False,
                 seed: int = 0, labels: Optional[List[str]] = None) -> None:
        self.paths = [Path(p) for p in paths]
        self.limit = limit
        self.shuffle = shuffle
        self.seed = seed
        self.labels = set(labels) if labels else None

    def records(self) -> List[Tuple[str, List[Span]]]:
        out = []
        for path in self.paths:
            for text, spans, _ in read_spans(path, training=True):
                if self.labels is not None:
                    spans = [s for s in spans if s[2] in self.labels or s[2] == MISSING]
                out.append((text, spans))
        if self.shuffle:
            random.Random(self.seed).shuffle(out)
        return out[: self.limit] if self.limit else out

    def __call__(self, nlp: Language) -> Iterator[Example]:
        for text, spans in self.records():
            if text.strip():
                yield make_example(nlp, text, spans)


def _paths(path: str) -> List[str]:
    return [p for p in path.split(",") if p]


@registry.readers("tagger.bio_corpus.v1")
def create_bio_corpus(path: str, limit: int = 0, shuffle: bool = False,
                      seed: int = 0) -> Callable[[Language], Iterable[Example]]:
    """Character BIO files (comma-separated ``path``), MSRA labels mapped to the project's.

    CLUENER ``.jsonl`` files may be listed too: names and organizations are trained on,
    addresses and titles of works left unannotated (:data:`CLUENER_TRAIN_MAP`).
    """
    return SpanCorpus(_paths(path), limit=limit, shuffle=shuffle, seed=seed)


@registry.readers("tagger.gold_jsonl_corpus.v1")
def create_gold_jsonl_corpus(path: str, limit: int = 0, shuffle: bool = False, seed: int = 0,
                             labels: Optional[List[str]] = None
                             ) -> Callable[[Language], Iterable[Example]]:
    """Gold JSONL files (comma-separated ``path``) per docs/annotation-guidelines.md."""
    return SpanCorpus(_paths(path), limit=limit, shuffle=shuffle, seed=seed, labels=labels)
