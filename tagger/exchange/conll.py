"""Character BIO in CoNLL 2002/2003 style (``char TAG`` per line), the flat layer only.

Every character is one token, so offsets survive. Characters a column file cannot hold
(whitespace, line breaks, controls) are written as ``<U+000A>`` tokens: a token longer than
one character is always such an escape. Each article starts with the CoNLL 2003 line
``-DOCSTART- -X- O O`` and a blank line; a blank line follows each text line (after its
line-break token) when no entity continues over it. Reading concatenates the tokens of an
article, so the text (``\\r\\n`` included) comes back exactly. A file without
``-DOCSTART-`` and without escapes (e.g. a plain ``char TAG`` corpus) gives one article per
sentence.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path
from typing import List, Optional, Sequence, Tuple

from ..errors import Errors, TaggerError
from ..write import write_text
from .model import ExchangeDoc, ExchangeSpan, read_export_text, span_checked

DOCSTART = "-DOCSTART-"
#: The CoNLL 2003 document line, which spaCy's converter also splits documents on.
DOCSTART_LINE = "-DOCSTART- -X- O O"
_ESCAPE = re.compile(r"^<U\+([0-9A-F]{4,6})>$")


def needs_escape(ch: str) -> bool:
    """True for characters that cannot stand as a column token."""
    return ch.isspace() or unicodedata.category(ch)[0] in ("C", "Z")


def token_of(ch: str) -> str:
    """The column token of one character."""
    return f"<U+{ord(ch):04X}>" if needs_escape(ch) else ch


def char_of(token: str) -> str:
    """The text of one token: an escape's character, or the token itself."""
    m = _ESCAPE.match(token)
    if m:
        return chr(int(m.group(1), 16))
    return token


def bio_tags(doc: ExchangeDoc) -> List[str]:
    """One BIO tag per character of the text, from the flat layer."""
    tags = ["O"] * len(doc.text)
    for span in doc.spans:
        tags[span.start] = f"B-{span.label}"
        for i in range(span.start + 1, span.end):
            tags[i] = f"I-{span.label}"
    return tags


def doc_to_conll(doc: ExchangeDoc) -> str:
    """The CoNLL block of one article, from ``-DOCSTART-`` to its last blank line."""
    tags = bio_tags(doc)
    lines = [DOCSTART_LINE, ""]
    for i, ch in enumerate(doc.text):
        lines.append(f"{token_of(ch)} {tags[i]}")
        next_inside = i + 1 < len(tags) and tags[i + 1].startswith("I-")
        if ch in "\n\u2028\u2029" or (ch == "\r" and doc.text[i + 1:i + 2] != "\n"):
            if not next_inside:
                lines.append("")
    if lines[-1] != "":
        lines.append("")
    return "\n".join(lines) + "\n"


def write(docs: Sequence[ExchangeDoc], out: Path, *, flat_only: bool = True,
          offsets: str = "char") -> List[Path]:
    """Write all articles to one CoNLL file ``out``."""
    write_text(out, "".join(doc_to_conll(doc) for doc in docs))
    return [out]


def _spans(chars: List[str], tags: List[str], text: str, *, where: str) -> List[ExchangeSpan]:
    """Entities of a BIO sequence. An ``I-`` after ``O`` starts an entity (IOB1 files); an
    ``I-`` right after an entity of another label (``B-LOC I-ORG``) is ambiguous: E512."""
    spans: List[ExchangeSpan] = []
    offsets = [0]
    for ch in chars:
        offsets.append(offsets[-1] + len(ch))
    start: Optional[int] = None
    label = ""
    for i, tag in enumerate(tags + ["O"]):
        prefix, _, name = tag.partition("-")
        if tag != "O" and (prefix not in ("B", "I") or not name):
            raise TaggerError(Errors.E512.format(where=f"{where} token {i}", tag=tag))
        continues = prefix == "I" and start is not None and name == label
        if prefix == "I" and start is not None and not continues:
            previous = tags[i - 1]
            raise TaggerError(Errors.E512.format(where=f"{where} token {i}",
                                                 tag=f"{tag} after {previous}"))
        if start is not None and not continues:
            spans.append(span_checked(text, offsets[start], offsets[i], label, where=where))
            start = None
        if tag != "O" and not continues:
            start, label = i, name
    return spans


def _parse(lines: List[str], *, where: str) -> List[List[Tuple[str, str]]]:
    """Blocks of (token, tag): per ``-DOCSTART-`` article, or per sentence without them."""
    articles: List[List[List[Tuple[str, str]]]] = []
    preamble: List[List[Tuple[str, str]]] = []
    sentence: List[Tuple[str, str]] = []
    has_escape = False

    def close_sentence() -> None:
        if sentence:
            (articles[-1] if articles else preamble).append(list(sentence))
            sentence.clear()

    for n, line in enumerate(lines, 1):
        cols = line.split()
        if not cols:
            close_sentence()
        elif cols[0] == DOCSTART:
            close_sentence()
            articles.append([])
        elif len(cols) < 2:
            raise TaggerError(Errors.E512.format(where=f"{where} line {n}", tag=line[:40]))
        else:
            has_escape = has_escape or bool(_ESCAPE.match(cols[0]))
            sentence.append((cols[0], cols[-1]))
    close_sentence()
    if articles or has_escape:
        groups = ([preamble] if preamble else []) + articles
        return [[tok for sent in group for tok in sent] for group in groups]
    return preamble


def read(path: Path, *, unreviewed: bool = False, offsets: str = "auto") -> List[ExchangeDoc]:
    """Articles of a CoNLL BIO file (the flat layer; ``nested`` is empty)."""
    lines = [line.rstrip("\r") for line in read_export_text(path, fmt="conll").split("\n")]
    docs = []
    for n, block in enumerate(_parse(lines, where=str(path)), 1):
        where = f"{path} article {n}"
        chars = [char_of(tok) for tok, _ in block]
        text = "".join(chars)
        spans = _spans(chars, [tag for _, tag in block], text, where=where)
        docs.append(ExchangeDoc(f"{path.name}#{n}", text, spans, [], {"source": path.name}))
    return docs
