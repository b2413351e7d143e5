"""Word lists for keyword word cutting: the words of lexicon files.

The word cutter itself (a private jieba tokenizer over the shared dictionary) is
:class:`tagger.zh.words.WordCutter`.
"""

from __future__ import annotations

from pathlib import Path
from typing import List, Union

from ..errors import Errors, InputError, TaggerError, Warnings, warn
from ..read.encoding import utf8_lines
from ..read.jsonl import parse_line
from ..zh.words import pattern_text


def read_lexicon_words(path: Union[str, Path]) -> List[str]:
    """The words of a lexicon file, to keep them whole when cutting words.

    Accepts JSONL (objects with a string ``pattern``, ``text``, ``word`` or ``canonical``
    and optional ``variants``, as in the slogan lexicon and entity_ruler/span_ruler
    pattern files) and jieba user dictionaries
    (``word [freq] [tag]`` per line). Lines that are neither are skipped with W401.
    """
    path = Path(path)
    if not path.exists():
        raise TaggerError(Errors.E035.format(path=path))
    words: List[str] = []
    for line_no, line in enumerate(utf8_lines(path), start=1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("{"):
            item = parse_line(line, str(path), line_no)
            if isinstance(item, InputError):
                warn(Warnings.W401.format(path=path, line=line_no, reason=str(item)))
                continue
            found = [w for w in _object_words(item[1]) if w]
            if not found:
                warn(Warnings.W401.format(path=path, line=line_no,
                                          reason="no string pattern/text/word/canonical"))
            words.extend(found)
        else:
            words.append(line.split()[0])
    return words


def _object_words(obj: object) -> List[str]:
    if not isinstance(obj, dict):
        return []
    found = []
    for key in ("pattern", "text", "word", "canonical"):
        value = obj.get(key)
        if isinstance(value, str):
            found.append(value)
        elif key == "pattern" and isinstance(value, list):
            joined = pattern_text(value)
            if joined:
                found.append(joined)
    variants = obj.get("variants")
    if isinstance(variants, list):
        found.extend(v for v in variants if isinstance(v, str))
    return found
