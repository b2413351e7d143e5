"""Distillation data: teacher labels on modern raw text, reconciled with the project's rules.

A teacher (Baidu LAC, run in its own environment by ``tools/teacher_lac.py``) labels raw
news passages in its own conventions. This module maps them to the annotation guidelines
and reconciles them with what the shipped pipeline finds on the same passage (its rules and
gazetteers, and its statistical NER), span by span:

* a span both find with the same offsets and label is an entity;
* a span found by the pipeline's rules (lexicon, pattern, user) is an entity, and wins
  over a teacher span it overlaps;
* a teacher span nobody contradicts is an entity only when its own form vouches for it
  (:func:`teacher_span_is_trusted`: a transliterated name with a separator, an anonymized
  or Latin-script name, a Chinese name that starts with a listed surname, a place or body
  ending in one of the project's suffixes); otherwise it is left unannotated;
* any other disagreement, and a model-only span, is left unannotated (:data:`MISSING`),
  so the student is taught neither way there.

Everything outside the spans is taught as outside. The output is gold JSONL with
``MISSING`` spans, which ``tagger.bio_corpus.v1`` / ``tagger.gold_jsonl_corpus.v1`` read::

    python -m tagger.training.distill training/teacher/lac.jsonl -o training/teacher/distill.jsonl \
        --exclude data/gold/modern_sources.txt
"""

from __future__ import annotations

import argparse
import itertools
import json
import re
import sys
from pathlib import Path
from typing import Dict, Iterable, Iterator, List, Optional, Sequence, Set, Tuple

from ..zh.chars import HAN
from ..zh.names import NAME_SEPARATORS
from .corpus import MISSING

Span = Tuple[int, int, str]
#: A pipeline span with its provenance (``model``, ``lexicon``, ``pattern``, ``user``).
SourcedSpan = Tuple[int, int, str, str]

TEACHER_LABELS: Dict[str, str] = {"PER": "PERSON", "LOC": "LOC", "ORG": "ORG"}
#: Rule provenances: their spans are taken as entities.
RULE_SOURCES = frozenset({"lexicon", "pattern", "user"})
#: Teacher spans that the guidelines do not mark (LAC tags 新时代 and 中华 as ORG).
NOT_ENTITIES = frozenset({"新时代", "中华", "中华民族", "两岸", "海峡两岸", "本报", "我国", "我省",
                          "我市", "我区", "我县", "全国", "党"})
#: Characters that end a teacher PERSON which is really a side or a title (中方, 习主席).
NOT_NAME_ENDINGS = ("方", "主席", "总理", "总统", "书记", "首相", "部长", "省长", "市长", "先生", "女士")
_TRANSLITERATED = re.compile(rf"^[{HAN}]+(?:[{re.escape(NAME_SEPARATORS)}][{HAN}]+)+$")
_LATIN_NAME = re.compile(r"^[A-Z][a-zA-Z'\-]+(?: [A-Z][a-zA-Z'\-]+)*$")
_ANONYMIZED = re.compile(f"^[{HAN}]{{1,2}}某{{1,2}}$")
_HAN_NAME = re.compile(f"^[{HAN}]{{2,4}}$")
#: Characters that, at the end of a three-character name, are usually the next word's
#: (朱彤|在, 冯琳|认为): such a name is not taught.
TRAILING_WORD_CHARS = frozenset("在说认表是和等对将从为向与也都就称指介讲坦谈告强提了的被把给到以")


def teacher_spans(text: str, spans: Iterable[Sequence]) -> List[Span]:
    """The teacher's spans in project labels, without those the guidelines do not mark."""
    out = []
    for start, end, label in spans:
        label = TEACHER_LABELS.get(label)
        if label is None or not 0 <= start < end <= len(text):
            continue
        surface = text[start:end]
        if surface in NOT_ENTITIES:
            continue
        out.append((start, end, label))
    return out


def teacher_span_is_trusted(surface: str, label: str, *, surnames_1: str, surnames_2: Sequence[str],
                            loc_suffixes: Sequence[str], org_suffixes: Sequence[str]) -> bool:
    """Whether a teacher span that nothing else confirms can be taught as an entity."""
    if label == "PERSON":
        if surface.endswith(NOT_NAME_ENDINGS):
            return False
        if _TRANSLITERATED.match(surface) or _LATIN_NAME.match(surface) or _ANONYMIZED.match(surface):
            return True
        if _HAN_NAME.match(surface) and len(surface) <= 3:
            if len(surface) == 3 and surface[-1] in TRAILING_WORD_CHARS:
                return False
            return surface[:2] in surnames_2 or surface[0] in surnames_1
        return False
    if label == "LOC":
        return len(surface) >= 2 and surface.endswith(tuple(loc_suffixes))
    if label == "ORG":
        return len(surface) >= 3 and surface.endswith(tuple(org_suffixes))
    return False


def reconcile(text: str, teacher: Sequence[Span], pipeline: Sequence[SourcedSpan], *,
              trusted) -> List[Span]:
    """Entities and :data:`MISSING` regions of one passage (see the module docstring).

    ``trusted(surface, label)`` decides teacher-only spans; returns sorted spans.
    """
    pipe_exact = {(s, e, lab): src for s, e, lab, src in pipeline}
    out: List[Span] = []
    used_teacher: Set[Span] = set()
    for start, end, label, source in pipeline:
        key = (start, end, label)
        overlapping = [t for t in teacher if t[0] < end and start < t[1]]
        if key in teacher or source in RULE_SOURCES:
            out.append(key)
            used_teacher.update(overlapping)
        else:
            lo = min([start] + [t[0] for t in overlapping])
            hi = max([end] + [t[1] for t in overlapping])
            out.append((lo, hi, MISSING))
            used_teacher.update(overlapping)
    for span in teacher:
        if span in used_teacher or span in pipe_exact:
            continue
        start, end, label = span
        if any(p[0] < end and start < p[1] for p in pipeline):
            continue
        out.append(span if trusted(text[start:end], label) else (start, end, MISSING))
    return _resolve_overlaps(out)


def _resolve_overlaps(spans: List[Span]) -> List[Span]:
    """Entities first; a MISSING region that overlaps an entity is dropped (the entity wins),
    overlapping MISSING regions are joined."""
    entities = sorted({s for s in spans if s[2] != MISSING})
    flat: List[Span] = []
    for span in entities:
        if flat and span[0] < flat[-1][1]:
            prev = flat.pop()
            flat.append((min(prev[0], span[0]), max(prev[1], span[1]), MISSING))
            continue
        flat.append(span)
    missing = sorted(s for s in spans if s[2] == MISSING)
    for span in missing:
        if any(e[0] < span[1] and span[0] < e[1] and e[2] != MISSING for e in flat):
            continue
        flat.append(span)
    flat.sort()
    merged: List[Span] = []
    for span in flat:
        if merged and merged[-1][2] == MISSING and span[2] == MISSING and span[0] < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], span[1]), MISSING)
        else:
            merged.append(span)
    return merged


def consistent_names(passages: List[Tuple[str, List[Span]]]) -> List[List[Span]]:
    """Spans of one article's passages with inconsistent PERSON names left unannotated.

    Where one name is a strict prefix of another in the same article (邝必 / 邝必传), one
    of them is wrong: the longer when it ends in a character of the next word (朱彤在 /
    朱彤), the shorter otherwise. A three-character name ending in such a character is
    never taught.
    """
    names = {text[s:e] for text, spans in passages for s, e, lab in spans if lab == "PERSON"}
    wrong = set()
    for name in names:
        if len(name) == 3 and name[-1] in TRAILING_WORD_CHARS:
            wrong.add(name)
        for other in names:
            if other != name and other.startswith(name):
                wrong.add(other if other[-1] in TRAILING_WORD_CHARS else name)
    return [[(s, e, MISSING) if lab == "PERSON" and text[s:e] in wrong else (s, e, lab)
             for s, e, lab in spans] for text, spans in passages]


def pipeline_spans(docs) -> Iterator[List[SourcedSpan]]:
    """PERSON/ORG/LOC spans of each tagged doc with their provenance."""
    for doc in docs:
        yield [(e.start_char, e.end_char, e.label_, e._.source or "model")
               for e in doc.ents if e.label_ in ("PERSON", "ORG", "LOC")]


def count_spans(counts: Dict[str, int], spans: Sequence[Span]) -> None:
    """Add ``spans`` to ``counts``' ``entities`` and ``missing`` (:data:`MISSING` spans)."""
    missing = sum(1 for s in spans if s[2] == MISSING)
    counts["entities"] += len(spans) - missing
    counts["missing"] += missing


def read_excluded(paths: Iterable[Path]) -> Set[str]:
    """Article ids (the part before ``@``) listed one a line in ``paths``."""
    out: Set[str] = set()
    for path in paths:
        for line in Path(path).read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith("#"):
                out.add(line.split("@")[0].split("#")[0].strip())
    return out


def distill(teacher_path: Path, output: Path, *, nlp, exclude: Set[str] = frozenset(),
            max_chars: int = 0, batch_size: int = 64) -> Dict[str, int]:
    """Write reconciled gold JSONL for the teacher file's passages; return counts."""
    from ..zh.names import SURNAMES_1, SURNAMES_2
    from ..lexicons import load_suffixes

    loc, org = load_suffixes("loc"), load_suffixes("org")

    def trusted(surface: str, label: str) -> bool:
        return teacher_span_is_trusted(surface, label, surnames_1=SURNAMES_1, surnames_2=SURNAMES_2,
                                       loc_suffixes=loc, org_suffixes=org)

    records = []
    n_chars = 0
    with Path(teacher_path).open(encoding="utf-8") as f:
        for line in f:
            record = json.loads(line)
            if record["id"].split("#")[0] in exclude:
                continue
            records.append(record)
            n_chars += len(record["text"])
            if max_chars and n_chars >= max_chars:
                break
    counts = {"passages": 0, "chars": 0, "entities": 0, "missing": 0}
    output.parent.mkdir(parents=True, exist_ok=True)
    tmp = output.with_suffix(output.suffix + ".tmp")
    texts = (r["text"] for r in records)
    reconciled = [(record, reconcile(record["text"], teacher_spans(record["text"], record["spans"]),
                                     pipe, trusted=trusted))
                  for record, pipe in zip(records, pipeline_spans(nlp.pipe(texts, batch_size=batch_size)))]
    with tmp.open("w", encoding="utf-8") as out:
        for _, group in itertools.groupby(reconciled, key=lambda item: item[0]["id"].split("#")[0]):
            group = list(group)
            fixed = consistent_names([(record["text"], spans) for record, spans in group])
            for (record, _), spans in zip(group, fixed):
                counts["passages"] += 1
                counts["chars"] += len(record["text"])
                count_spans(counts, spans)
                out.write(json.dumps({"id": record["id"], "text": record["text"], "spans": [
                    {"start": s, "end": e, "label": lab} for s, e, lab in spans]}, ensure_ascii=False) + "\n")
    tmp.replace(output)
    return counts


def main(argv: Optional[List[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("teacher", type=Path, help="teacher JSONL from tools/teacher_lac.py")
    parser.add_argument("-o", "--output", type=Path, required=True)
    parser.add_argument("--exclude", type=Path, action="append", default=[],
                        help="article ids to leave out (the gold sets' sources)")
    parser.add_argument("--model", default=None, help="pipeline used as the rule/model side (default: shipped)")
    parser.add_argument("--max-chars", type=int, default=0)
    args = parser.parse_args(argv)

    from ..pipeline import PipelineOptions, load_pipeline

    nlp = load_pipeline(PipelineOptions(model=args.model, keywords="none"))
    nlp.select_pipes(disable=[n for n in ("tagger_keywords",) if n in nlp.pipe_names])
    counts = distill(args.teacher, args.output, nlp=nlp, exclude=read_excluded(args.exclude),
                     max_chars=args.max_chars)
    print(", ".join(f"{v} {k}" for k, v in counts.items()) + f" -> {args.output}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
