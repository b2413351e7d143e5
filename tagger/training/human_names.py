"""Human names over pseudo-labels: CLUENER's annotated names as PERSON, the pipeline for the rest.

General news (finance, sports, entertainment, society) names people the NER never saw in
its 1998 and 人民日报 training text; the pipeline labelling that text itself teaches the NER
its own misses again. CLUENER's train split has people's names marked by human annotators,
but its organizations and addresses follow other conventions (whole postal addresses, clubs
as organizations). So, passage by passage, the pipeline's pseudo-labels
(:mod:`tagger.training.pseudo`) are kept for places and bodies, and names come from the
annotators (:func:`overlay_names`):

* each CLUENER ``name`` is a PERSON, and any pipeline span over it gives way; a name in
  Latin letters is left unannotated, since CLUENER lower-cases Latin script;
* a pipeline PERSON that no annotator marked is left unannotated (:data:`MISSING`), and one
  over a ``position`` (a title) goes;
* a CLUENER organization, company or government the pipeline missed or cut differently, and
  an address, scenic spot or title of a work it missed, is left unannotated over its extent
  and the spans it crosses: the student is taught neither way there;
* with ``organizations`` (``--organizations``), a CLUENER organization, company or government
  the pipeline missed altogether (no span of its touches it) is an ORG where
  :func:`named_body` says it names one body as ANNOTATION.md has them: not a league or cup
  (英超, 联盟杯), an army (俄军), a kind of body (商业银行, 公安机关, 地方政府), a nickname in
  quotes or a name in Latin letters.

The gold sets' own lines are left out of the passages (``data/gold/build_general.py``)::

    python -m tagger.training.pseudo training/teacher/cluener_raw.jsonl -o training/pseudo/cluener_pipeline.jsonl
    python -m tagger.training.human_names training/pseudo/cluener_pipeline.jsonl \\
        ../shared/corpora/cluener/train.jsonl -o training/teacher/cluener_names.jsonl
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path
from typing import Dict, Iterable, List, Optional, Tuple

from ..errors import Errors, TaggerError
from .corpus import MISSING, cluener_spans

Span = Tuple[int, int, str]

#: CLUENER types whose spans may hold places the pipeline cuts into parts (an address holds
#: its district and road): pipeline spans inside them stand.
CONTAINERS = frozenset({"address", "scene"})
#: CLUENER's titles (区委书记): no entity, and no PERSON over one.
TITLES = "position"
_LATIN = re.compile("[A-Za-z]")
#: CLUENER's kinds of body, each an ORG under ``organizations`` where :func:`named_body` agrees.
BODIES = frozenset({"company", "government", "organization"})
#: What CLUENER marks as a body and ANNOTATION.md does not: competitions and leagues (英超,
#: 联盟杯, 足彩), armies (俄军, 德军: the country is the place), marks of a work or nickname,
#: and kinds of body named by their kind alone (商业银行, 公安机关, 监管部门, 博彩公司).
_NOT_A_BODY = re.compile(
    r"(?:[超甲乙丙]|联赛|杯|赛|冠|欧战|彩|奖|军|部队|军方|警方|部门|机关|政府|财政|行业|球队|游击队|合作社|供销社|派出所|房管局|居委会|街道办|[“”\"《》（）()「」])$"
    r"|^(?:某|各|该|本|当地|地方|商业|农村|外资|股份制|小额|博彩|体彩|彩票|国有|民营|私营|中小|信托|保险)"
    r"|[“”\"《》「」×]|一家"
    r"|^(?:法院|检察院|银行|公司|集团|政府|农商行|农信社|农村信用社|人居委|国家队|联赛|央行|工)$")


def named_body(text: str) -> bool:
    """Whether a CLUENER body's ``text`` names one body as ANNOTATION.md marks an ORG."""
    return len(text) >= 2 and not _LATIN.search(text) and not _NOT_A_BODY.search(text)


#: CLUENER's types, each kept as its own label (:func:`~tagger.training.corpus.cluener_spans`).
CLUENER_TYPES: Dict[str, str] = {kind: kind for kind in (
    "name", "company", "government", "organization", "address", "scene", "position", "book",
    "game", "movie")}


def _overlaps(a: Tuple[int, int], b: Tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def overlay_names(text: str, pipeline: Iterable[Span], human: Iterable[Span], *,
                  organizations: bool = False) -> List[Span]:
    """The spans taught for one passage: ``pipeline`` spans (pseudo-labels, maybe
    :data:`MISSING`) with ``human`` CLUENER spans over them as the module says."""
    human, pipeline = list(human), list(pipeline)
    names = [(s, e) for s, e, kind in human if kind == "name"]
    others = [(s, e, kind) for s, e, kind in human if kind not in ("name", TITLES)]
    titles = [(s, e) for s, e, kind in human if kind == TITLES]
    out: List[Span] = []
    for start, end, label in pipeline:
        if any(_overlaps((start, end), n) for n in names):
            continue
        if label == "PERSON":
            if any(_overlaps((start, end), t) for t in titles):
                continue
            label = MISSING
        out.append((start, end, label))
    out += [(s, e, MISSING if _LATIN.search(text[s:e]) else "PERSON") for s, e in names]
    for start, end, kind in others:
        crossed = [x for x in out if _overlaps((start, end), x[:2]) and x[:2] != (start, end)
                   and not (kind in CONTAINERS and start <= x[0] and x[1] <= end)]
        if not crossed and any(_overlaps((start, end), x[:2]) for x in out):
            continue  # the pipeline found it, or found places inside an address
        if (organizations and kind in BODIES and not crossed and not any(
                _overlaps((start, end), x[:2]) for x in pipeline) and named_body(text[start:end])):
            out.append((start, end, "ORG"))
            continue
        out = [x for x in out if x not in crossed]
        lo = min([start] + [x[0] for x in crossed])
        hi = max([end] + [x[1] for x in crossed])
        if not any(_overlaps((lo, hi), x[:2]) for x in out):
            out.append((lo, hi, MISSING))
    return sorted(out)


def overlay_file(pseudo: Path, cluener: Path, output: Path, *,
                 organizations: bool = False) -> Dict[str, int]:
    """Write :func:`overlay_names` for each pseudo-labelled line of ``pseudo`` (ids
    ``…-N#0`` name line N of ``cluener``) to ``output``; return counts. E040 where a line's
    text is not its CLUENER line's."""
    with Path(cluener).open(encoding="utf-8") as f:
        records = {i: json.loads(line) for i, line in enumerate(f, 1)}
    counts = {"passages": 0, "names": 0, "bodies": 0, "unannotated": 0}
    output.parent.mkdir(parents=True, exist_ok=True)
    tmp = output.with_suffix(output.suffix + ".tmp")
    with Path(pseudo).open(encoding="utf-8") as f, tmp.open("w", encoding="utf-8") as out:
        for line in f:
            rec = json.loads(line)
            number = int(rec["id"].split("#")[0].rsplit("-", 1)[1])
            source = records.get(number, {})
            if source.get("text") != rec["text"]:
                raise TaggerError(Errors.E040.format(path=pseudo, id=rec["id"], line=number))
            spans = overlay_names(rec["text"], [(s["start"], s["end"], s["label"]) for s in rec["spans"]],
                                  cluener_spans(source.get("label", {}), CLUENER_TYPES),
                                  organizations=organizations)
            counts["passages"] += 1
            counts["names"] += sum(1 for s in spans if s[2] == "PERSON")
            counts["bodies"] += sum(1 for s in spans if s[2] == "ORG")
            counts["unannotated"] += sum(1 for s in spans if s[2] == MISSING)
            out.write(json.dumps({"id": rec["id"], "text": rec["text"],
                                  "spans": [{"start": s, "end": e, "label": lab} for s, e, lab in spans]},
                                 ensure_ascii=False) + "\n")
    tmp.replace(output)
    return counts


def main(argv: Optional[List[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("pseudo", type=Path, help="pseudo-labels of CLUENER's train text (tagger.training.pseudo)")
    parser.add_argument("cluener", type=Path, help="CLUENER's train.jsonl")
    parser.add_argument("-o", "--output", type=Path, required=True)
    parser.add_argument("--organizations", action="store_true",
                        help="bodies the annotators marked and the pipeline missed as ORG (named_body)")
    args = parser.parse_args(argv)
    counts = overlay_file(args.pseudo, args.cluener, args.output, organizations=args.organizations)
    print(", ".join(f"{v} {k}" for k, v in counts.items()) + f" -> {args.output}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
