"""The ``tagger_merge`` component and the one policy that builds the flat entity layer.

Policy (:func:`merge_spans`), applied to the model's ents and the rule spans
(``doc.spans["slogans"]``, ``doc.spans["gazetteer"]``):

0. Model spans are cleaned first (:func:`prepare_model_spans`): whitespace at a span's
   edges is trimmed (潘洁 + line end), a span is cut at whitespace between Han
   characters (a byline's 林一鸣 朱小雨, or 周楠 通), and, with ``relabel``, a span
   whose suffix contradicts its label gets the suffix's label (枫泾镇/PERSON → LOC,
   新丰港/ORG → LOC, 南方日报/LOC → ORG).
1. A ``user`` span beats every span it overlaps that is not ``user``.
2. A span that strictly contains another wins over it, whatever their sources:
   a SLOGAN keeps no inner names (习近平新时代中国特色社会主义思想), and a
   gazetteer short form never splits a longer model name (金山区 inside
   金山区融媒体中心). Exception: a lexicon, pattern or user PERSON inside a
   model PERSON wins (刘健 from 区委书记刘健 beats the model's 刘健在).
3. Crossing spans and spans with the same extent: the preferred side wins
   (``prefer="rules"``: lexicon/pattern over model; ``"model"``: the reverse).
4. Remaining ties: longer first, then earlier start, then label
   (SLOGAN, ORG, LOC, PERSON), then source (user, lexicon, pattern, model),
   then the canonical form, so the result never depends on input order.

Everything that loses goes to the nested layer. A span identical to a winner
(same offsets and label) is a duplicate, not a loser.

Then, with ``propagate``, a name tagged once is tagged at its other occurrences in the
text (:func:`propagate_spans`); a model span that cuts into an occurrence of a name the
rules found gives way to it first (:func:`drop_model_fragments`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Dict, Iterable, List, Optional, Sequence, Set, Tuple

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..errors import Errors
from .extensions import register_extensions, set_span_attrs, span_attrs
from .gazetteer import ADMIN_ENDINGS
from .textview import HAN, doc_text

PREFER_OPTIONS = ("rules", "model")
LABEL_RANK = {"SLOGAN": 0, "ORG": 1, "LOC": 2, "PERSON": 3}
SOURCE_RANK = {"user": 0, "lexicon": 1, "pattern": 2, "model": 3}
PROPAGATE_LABELS = ("PERSON", "ORG", "LOC")
RULE_SOURCES = ("user", "lexicon", "pattern")

PERSON_PLACE_SUFFIXES: Tuple[str, ...] = (
    "镇", "乡", "省", "县", "村", "区", "市", "泾", "浜", "街道", "社区", "居民区", "小区", "公园",
    "广场", "大道", "公路", "高速", "新城", "开发区", "工业区", "工业园区", "新区", "园区", "湾区",
    "保税区", "综合保税区", "合作区", "示范区", "试验区", "自贸区", "片区", "科学城", "科技城", "滨江",
    "景区", "风景区", "度假区", "古镇", "老街", "水库", "大桥", "机场", "码头", "火车站",
)
"""Endings that make a model PERSON a place (枫泾镇, 余村, 新城公园). Only unambiguous
ones: single characters common at the end of given names (江, 山, 林, 河, 华, 平, 明,
港, 湖 …) are left out, so 李春江 stays a PERSON."""

ORG_PLACE_SUFFIXES: Tuple[str, ...] = PERSON_PLACE_SUFFIXES + (
    "特别行政区", "自治区", "自治州", "自治县", "地区", "行政村", "自然村", "先行区", "化学工业区",
    "产业园", "科技园", "产业基地", "大街", "马路", "支路", "弄", "巷", "路", "街", "桥", "隧道",
    "高铁站", "地铁站", "港区", "港口", "港", "运河", "河道", "河", "湖", "江", "海", "湾", "塘", "岛",
    "山", "峰", "岭", "湿地公园", "森林公园", "郊野公园", "旧址", "遗址", "故居", "纪念碑", "大厦",
    "旗", "州",
)
"""Place endings (from loc_suffixes.txt) that make a model ORG a LOC (新丰港, 新城公园),
unless the span also ends with an organization suffix (:data:`ORG_NAME_SUFFIXES`,
:data:`ORG_CHAR_SUFFIXES`): 会议中心 and 火车站 stay as the model has them."""

ORG_NAME_SUFFIXES: Tuple[str, ...] = (
    "委员会", "常委会", "管委会", "居委会", "村委会", "人民政府", "政府", "人大", "政协", "党委", "党组",
    "党工委", "党支部", "党总支", "纪委", "监委", "公司", "集团", "银行", "支行", "分行", "信用社",
    "大学", "学院", "中学", "小学", "幼儿园", "医院", "卫生院", "日报", "晚报", "报社", "杂志社",
    "出版社", "通讯社", "电视台", "广播电台", "研究院", "研究所", "研究中心", "实验室", "科学院",
    "协会", "学会", "商会", "联合会", "办公室", "办公厅", "办事处", "法院", "检察院", "公安局",
    "派出所", "管理局", "宣传部", "组织部", "统战部", "部队", "合作社", "基金会", "事务所",
    "融媒体中心", "服务中心", "博物馆", "美术馆", "艺术馆", "纪念馆", "图书馆", "文化馆", "科技馆",
)
"""Organization endings of two or more characters that make a model LOC an ORG
(南方日报, 金山区人民政府); one-character ones (局, 部 …) are too ambiguous for that."""

ORG_CHAR_SUFFIXES: Tuple[str, ...] = (
    "局", "厅", "署", "部", "委", "办", "院", "所", "社", "会", "队", "站", "馆", "行", "司", "处",
    "科", "团", "中心",
)
"""Short organization endings: they only block ORG → LOC (a 火车站 the model calls ORG)."""

_SPACE_IN_HAN = re.compile(rf"(?<=[{HAN}])\s+(?=[{HAN}])")
_HAN_ONLY = re.compile(f"^[{HAN}]+$")

register_extensions()


@dataclass
class _Cand:
    span: Span
    source: str
    attrs: dict
    start: int = 0
    end: int = 0
    ident: Tuple[int, int, str] = (0, 0, "")

    def __post_init__(self) -> None:
        self.start, self.end = self.span.start_char, self.span.end_char
        self.ident = (self.start, self.end, self.span.label_)


def _tier(source: str, prefer: str) -> int:
    if source == "user":
        return 0
    if source == "model":
        return 2 if prefer == "rules" else 1
    return 1 if prefer == "rules" else 2


def _sort_key(c: _Cand, prefer: str) -> tuple:
    return (0 if c.source == "user" else 1, -(c.end - c.start), _tier(c.source, prefer), c.start,
            LABEL_RANK.get(c.span.label_, 9), SOURCE_RANK.get(c.source, 9), c.span.label_,
            c.attrs.get("canonical") or "")


def _crossing(a: _Cand, b: _Cand) -> bool:
    overlap = a.start < b.end and b.start < a.end
    a_in_b = b.start <= a.start and a.end <= b.end
    b_in_a = a.start <= b.start and b.end <= a.end
    return overlap and not a_in_b and not b_in_a


def _person_in_model_person(inner: _Cand, outer: _Cand) -> bool:
    """Whether ``inner`` is a rule PERSON strictly inside a model PERSON (刘健 in 刘健在)."""
    return (inner.span.label_ == outer.span.label_ == "PERSON" and outer.source == "model"
            and inner.source in RULE_SOURCES and outer.start <= inner.start
            and inner.end <= outer.end and (inner.start, inner.end) != (outer.start, outer.end))


def _beats(cand: _Cand, accepted: _Cand, prefer: str) -> bool:
    """Whether ``cand`` (later in the ranking) replaces the already accepted span it overlaps."""
    if accepted.source == "user":
        return False
    if _person_in_model_person(cand, accepted):
        return True
    return _crossing(cand, accepted) and _tier(cand.source, prefer) < _tier(accepted.source, prefer)


def trim_spaces(span: Span) -> Optional[Span]:
    """``span`` without whitespace at its edges (a name the model ran over a line end);
    None if nothing is left."""
    text = span.text
    stripped = text.strip()
    if stripped == text:
        return span
    if not stripped:
        return None
    start = span.start_char + len(text) - len(text.lstrip())
    return span.doc.char_span(start, start + len(stripped), label=span.label_)


def split_at_spaces(span: Span) -> List[Span]:
    """``span`` cut at whitespace between Han characters (林一鸣 朱小雨 → 林一鸣, 朱小雨).

    Parts shorter than two characters are dropped (周楠 通 → 周楠), and so are PERSON
    parts that are not two to four Han characters. A span without such whitespace
    comes back unchanged.
    """
    text = span.text
    if not _SPACE_IN_HAN.search(text):
        return [span]
    doc, base = span.doc, span.start_char
    out: List[Span] = []
    pos = 0
    for m in [*_SPACE_IN_HAN.finditer(text), None]:
        end = m.start() if m is not None else len(text)
        part = text[pos:end]
        ok = len(part) >= 2 if span.label_ != "PERSON" else bool(
            2 <= len(part) <= 4 and _HAN_ONLY.match(part))
        if ok:
            new = doc.char_span(base + pos, base + end, label=span.label_)
            if new is not None:
                out.append(new)
        if m is not None:
            pos = m.end()
    return out


def relabel_label(text: str, label: str) -> str:
    """The label a model span's ending calls for (see the suffix tables); ``label`` if none.

    PERSON → LOC on an unambiguous place ending, PERSON → ORG and LOC → ORG on an
    organization ending of two or more characters (丁聪美术馆), ORG → LOC on a place
    ending that is not also an organization ending. The ending must leave at least
    one character of name.
    """
    def ends(suffixes: Sequence[str]) -> bool:
        return any(text.endswith(s) and len(text) > len(s) for s in suffixes)

    if label == "PERSON" and ends(PERSON_PLACE_SUFFIXES):
        return "LOC"
    if label == "ORG" and ends(ORG_PLACE_SUFFIXES) and not ends(ORG_NAME_SUFFIXES) \
            and not ends(ORG_CHAR_SUFFIXES):
        return "LOC"
    if label in ("LOC", "PERSON") and ends(ORG_NAME_SUFFIXES):
        return "ORG"
    return label


def is_side_reference(span: Span) -> bool:
    """A one-character country in 中方/日方/美方 ("the Chinese side"): a party to talks,
    not a place, so the model's LOC there is dropped (docs/annotation-guidelines.md marks places only)."""
    doc = span.doc
    return (span.label_ == "LOC" and len(span.text) == 1 and span.end < len(doc)
            and doc[span.end].text == "方")


def is_ism(span: Span) -> bool:
    """A name inside an -ism (马克思 in 马克思主义): docs/annotation-guidelines.md marks nothing there."""
    return span.doc[span.end:span.end + 2].text.startswith("主义")


#: Endings of meeting and event names, which docs/annotation-guidelines.md leaves unmarked
#: (the 1998 corpora label congresses as ORG; the bodies inside stay marked by rules).
EVENT_ENDINGS: Tuple[str, ...] = ("党代会", "全会", "会议", "峰会", "论坛", "博览会", "运动会", "座谈会",
                                  "研讨会", "发布会", "推进会", "动员会", "大会")
_BRACKETS = {"（": "）", "(": ")", "《": "》", "“": "”", "【": "】", "［": "］"}


def is_event_or_fragment(span: Span) -> bool:
    """A model ORG that names a meeting or event (党代会, 全会, …会议, incl. a span cut
    before 议 as in 国务院常务会|议), or a span with unbalanced brackets (党（工）委 → 工）委)."""
    text = span.text
    if span.label_ == "ORG":
        if text.endswith(EVENT_ENDINGS) and not text.endswith("人民代表大会"):
            return True
        if text.endswith("会") and span.doc[span.end:span.end + 1].text == "议":
            return True
    depth: Dict[str, int] = {}
    for char in text:
        if char in _BRACKETS:
            depth[char] = depth.get(char, 0) + 1
        for opening, closing in _BRACKETS.items():
            if char == closing:
                if depth.get(opening, 0) == 0:
                    return True
                depth[opening] -= 1
    return any(depth.values())


def prepare_model_spans(spans: Iterable[Span], *, relabel: bool = True) -> List[Span]:
    """Model spans split at spaces between Han characters, without side references
    (:func:`is_side_reference`), names inside -isms (:func:`is_ism`), events and
    bracket fragments (:func:`is_event_or_fragment`) and, with ``relabel``, with the label their ending
    calls for (:func:`relabel_label`)."""
    out: List[Span] = []
    for span in spans:
        span = trim_spaces(span)
        if span is None or is_side_reference(span) or is_ism(span) or is_event_or_fragment(span):
            continue
        for part in split_at_spaces(span):
            if relabel:
                label = relabel_label(part.text, part.label_)
                if label != part.label_:
                    part = Span(part.doc, part.start, part.end, label=label)
            out.append(part)
    return out


def _candidates(spans: Iterable[Span], *, model: bool) -> List[_Cand]:
    out = []
    for span in spans:
        attrs = span_attrs(span)
        source = "model" if model else (attrs["source"] or "pattern")
        out.append(_Cand(span, source, attrs))
    return out


def drop_tiled_addresses(model_spans: Sequence[Span], rule_spans: Sequence[Span]) -> List[Span]:
    """Model LOC spans with hierarchical addresses split into their parts.

    docs/annotation-guidelines.md splits addresses (湖州市安吉县 → 湖州市 + 安吉县): a model
    span exactly tiled by gazetteer places gives way to them instead of winning by
    containment, and a model span that begins with a gazetteer place and goes on to a
    named place of its own keeps only that rest (北京天安门广场 → 北京 + 天安门广场,
    see :func:`place_after_place`).
    """
    places: Dict[int, List[int]] = {}
    listed: Set[Tuple[int, int]] = set()
    for span in rule_spans:
        if span.label_ == "LOC":
            places.setdefault(span.start_char, []).append(span.end_char)
            if span_attrs(span)["source"] in ("lexicon", "user"):
                listed.add((span.start_char, span.end_char))
    out = []
    for span in model_spans:
        if span.label_ == "LOC" and _tiles(span.start_char, span.end_char, places, 0):
            continue
        if span.label_ == "LOC" and (span.start_char, span.end_char) not in listed:
            span = place_after_place(span, places)
        out.append(span)
    return out


#: Place endings of a named place, longest first (天安门|广场, 蒙山北|路, 余|村).
_PLACE_ENDINGS = tuple(sorted(set(PERSON_PLACE_SUFFIXES + ORG_PLACE_SUFFIXES), key=len, reverse=True))


def place_after_place(span: Span, places: Dict[int, List[int]]) -> Span:
    """The part of a model LOC after the gazetteer places it begins with, when that part
    is a named place (a name before a place ending: 天安门|广场, 蒙山北|路); else ``span``.

    The name must have two characters, or one after an admin division (天荒坪镇 + 余村),
    so places named after places stay whole (北京东路, 金山卫镇, 浦东新区); so does a span
    that is a gazetteer name itself (四川北路街道: the caller checks).
    """
    start, end = span.start_char, span.end_char
    text = doc_text(span.doc)
    while True:
        stops = [stop for stop in places.get(start, ()) if stop < end]
        if not stops:
            break
        stop = max(stops)
        rest = text[stop:end]
        ending = next((e for e in _PLACE_ENDINGS if rest.endswith(e)), "")
        min_name = 1 if text[start:stop].endswith(ADMIN_ENDINGS) else 2
        if not ending or len(rest) - len(ending) < min_name or not _HAN_ONLY.match(rest):
            break
        start = stop
    if start == span.start_char:
        return span
    return span.doc.char_span(start, end, label=span.label_) or span


def _tiles(start: int, end: int, places: Dict[int, List[int]], n_parts: int) -> bool:
    if start == end:
        return n_parts >= 2
    return any(_tiles(stop, end, places, n_parts + 1) for stop in places.get(start, ()) if stop <= end)


def merge_spans(model_spans: Iterable[Span], rule_spans: Iterable[Span], *,
                prefer: str = "rules", relabel: bool = True) -> Tuple[List[Span], List[Span]]:
    """Resolve model and rule spans into ``(flat, nested)`` by the module's policy.

    model_spans: the NER's entities (their source is ``model``); they are cleaned by
        :func:`prepare_model_spans` first.
    rule_spans: lexicon, pattern and user spans (source read from ``_.source``).
    prefer: ``"rules"`` or ``"model"``: which side wins crossing or same-extent conflicts.
    relabel: give model spans the label their ending calls for (枫泾镇/PERSON → LOC).
    RETURNS: the non-overlapping flat spans and the losing spans, both in text order.
    """
    rule_spans = list(rule_spans)
    model_spans = drop_tiled_addresses(prepare_model_spans(model_spans, relabel=relabel), rule_spans)
    flat, nested = _merge(_candidates(model_spans, model=True),
                          _candidates(rule_spans, model=False), prefer=prefer)
    return [c.span for c in flat], [c.span for c in nested]


def _merge(model: List[_Cand], rules: List[_Cand], *,
           prefer: str) -> Tuple[List[_Cand], List[_Cand]]:
    if prefer not in PREFER_OPTIONS:
        raise ValueError(Errors.E013.format(value=prefer, option="prefer",
                                            options=", ".join(PREFER_OPTIONS)))
    ordered = sorted(model + rules, key=lambda c: _sort_key(c, prefer))
    accepted: Dict[int, _Cand] = {}  # id(cand) -> cand
    owner: Dict[int, _Cand] = {}     # character offset -> accepted cand covering it
    accepted_idents = set()
    losers: List[_Cand] = []
    for cand in ordered:
        if cand.ident in accepted_idents:
            continue  # duplicate of a winner
        overlaps = {id(o): o for o in (owner.get(i) for i in range(cand.start, cand.end))
                    if o is not None}.values()
        if overlaps and not all(_beats(cand, a, prefer) for a in overlaps):
            losers.append(cand)
            continue
        for a in list(overlaps):
            del accepted[id(a)]
            accepted_idents.discard(a.ident)
            for i in range(a.start, a.end):
                owner.pop(i, None)
            losers.append(a)
        accepted[id(cand)] = cand
        accepted_idents.add(cand.ident)
        for i in range(cand.start, cand.end):
            owner[i] = cand
    winners = accepted_idents
    nested: Dict[Tuple[int, int, str], _Cand] = {}
    for c in losers:
        if c.ident not in winners and c.ident not in nested:
            nested[c.ident] = c
    return sorted(accepted.values(), key=_text_order), sorted(nested.values(), key=_text_order)


def _text_order(c: _Cand) -> tuple:
    """The order of both layers: by start, longer first, then by label."""
    return (c.start, -c.end, LABEL_RANK.get(c.span.label_, 9))


def _occurrences(text: str, surface: str) -> Iterable[Tuple[int, int]]:
    """``(start, end)`` of every occurrence of ``surface`` in ``text``, overlapping ones too."""
    pos = text.find(surface)
    while pos >= 0:
        yield pos, pos + len(surface)
        pos = text.find(surface, pos + 1)


def drop_model_fragments(doc: Doc, flat: Sequence[_Cand], *, min_chars: int = 2
                         ) -> Tuple[List[_Cand], List[_Cand]]:
    """``(kept, dropped)``: model spans that cut into another occurrence of a name the
    rules found give way (沈国 in 沈国强要求, after 区委书记沈国强 was found by the title
    rule), so that propagation tags the whole name there.

    Only model spans of the name's label that lie inside the occurrence or cross it are
    dropped; a longer model span around it stays (金山区 around the name 金山).
    """
    names = {c.span.text: c.span.label_ for c in flat
             if c.source in RULE_SOURCES and c.span.label_ in PROPAGATE_LABELS
             and len(c.span.text) >= min_chars}
    if not names:
        return list(flat), []
    text = doc_text(doc)
    owner: Dict[int, _Cand] = {}
    for c in flat:
        for i in range(c.start, c.end):
            owner[i] = c
    dropped: Dict[int, _Cand] = {}
    for surface, label in names.items():
        for pos, end in _occurrences(text, surface):
            over = {id(o): o for o in (owner.get(i) for i in range(pos, end)) if o is not None}
            if over and all(o.source == "model" and o.span.label_ == label
                            and not (o.start <= pos and end <= o.end) for o in over.values()):
                dropped.update(over)
    return [c for c in flat if id(c) not in dropped], list(dropped.values())


def propagate_spans(doc: Doc, flat: Sequence[Span], *, labels: Sequence[str] = PROPAGATE_LABELS,
                    min_chars: int = 2) -> List[Span]:
    """New spans for other occurrences of flat names in ``doc``.

    A PERSON/ORG/LOC surface of at least ``min_chars`` characters tagged once is
    tagged at every other occurrence that overlaps no flat span; longer surfaces
    go first. The new spans copy the attributes (source included) of the first
    span with that surface.
    """
    text = doc_text(doc)
    taken = bytearray(len(text))
    for span in flat:
        taken[span.start_char:span.end_char] = b"\x01" * (span.end_char - span.start_char)
    first: Dict[str, Span] = {}
    for span in flat:
        if span.label_ in labels and len(span.text.strip()) >= min_chars:
            first.setdefault(span.text, span)
    new: List[Span] = []
    for surface in sorted(first, key=lambda s: (-len(s), s)):
        src = first[surface]
        for pos, end in _occurrences(text, surface):
            if not any(taken[pos:end]):
                span = doc.char_span(pos, end, label=src.label_, alignment_mode="strict")
                if span is not None:
                    new.append(span)
                    taken[pos:end] = b"\x01" * (end - pos)
    return new


@Language.factory(
    "tagger_merge",
    assigns=["doc.ents", "doc.spans"],
    requires=["doc.ents"],
    default_config={
        "prefer": "rules",
        "propagate": True,
        "rule_keys": ["slogans", "gazetteer"],
        "nested_key": "nested",
        "min_propagate_chars": 2,
        "relabel": True,
    },
)
def make_merge(nlp: Language, name: str, prefer: str, propagate: bool, rule_keys: List[str],
               nested_key: str, min_propagate_chars: int, relabel: bool) -> "MergeEntities":
    """Create the merge step that builds ``doc.ents`` and ``doc.spans[nested_key]``."""
    return MergeEntities(nlp, name, prefer=prefer, propagate=propagate, rule_keys=rule_keys,
                         nested_key=nested_key, min_propagate_chars=min_propagate_chars,
                         relabel=relabel)


class MergeEntities:
    """Builds the flat layer from the model's ents and the rule span groups.

    Runs last. Losing spans go to ``doc.spans[nested_key]``; winners get
    ``_.source`` (``model`` for the NER's ents). With ``relabel``, model spans whose
    ending contradicts their label are relabelled first (:func:`relabel_label`).
    """

    def __init__(self, nlp: Language, name: str = "tagger_merge", *, prefer: str = "rules",
                 propagate: bool = True, rule_keys: Optional[Sequence[str]] = None,
                 nested_key: str = "nested", min_propagate_chars: int = 2,
                 relabel: bool = True) -> None:
        if prefer not in PREFER_OPTIONS:
            raise ValueError(Errors.E013.format(value=prefer, option="prefer",
                                                options=", ".join(PREFER_OPTIONS)))
        self.name = name
        self.prefer = prefer
        self.propagate = propagate
        self.rule_keys = list(rule_keys) if rule_keys is not None else ["slogans", "gazetteer"]
        self.nested_key = nested_key
        self.min_propagate_chars = min_propagate_chars
        self.relabel = relabel

    def __call__(self, doc: Doc) -> Doc:
        """Set ``doc.ents`` and ``doc.spans[nested_key]`` from all candidate spans."""
        rule_spans = [span for key in self.rule_keys if key in doc.spans for span in doc.spans[key]]
        model_spans = prepare_model_spans(doc.ents, relabel=self.relabel)
        model = _candidates(drop_tiled_addresses(model_spans, rule_spans), model=True)
        rules: List[_Cand] = _candidates(rule_spans, model=False)
        flat, nested = _merge(model, rules, prefer=self.prefer)
        extra: List[Span] = []
        if self.propagate:
            flat, fragments = drop_model_fragments(doc, flat, min_chars=self.min_propagate_chars)
            if fragments:
                nested = sorted(nested + fragments, key=_text_order)
            extra = propagate_spans(doc, [c.span for c in flat], min_chars=self.min_propagate_chars)
        spans = [c.span for c in flat]
        by_surface: Dict[str, _Cand] = {}
        for c in flat:
            by_surface.setdefault(c.span.text, c)
        doc.ents = sorted(spans + extra, key=lambda s: s.start)
        doc.spans[self.nested_key] = [c.span for c in nested]
        for c in flat:
            set_span_attrs(c.span, source=c.source, canonical=c.attrs["canonical"],
                           category=c.attrs["category"], expansion=c.attrs["expansion"])
        for span in extra:
            src = by_surface[span.text]
            set_span_attrs(span, source=src.source, canonical=src.attrs["canonical"],
                           category=src.attrs["category"], expansion=src.attrs["expansion"])
        return doc
