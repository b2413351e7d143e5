"""The ``tagger_merge`` component and the one policy that builds the flat entity layer.

The policy is a registered function, ``tagger.merge_policy.v1`` (:func:`make_merge_policy`,
which returns :func:`merge_spans` with its settings), named in the component's config as
span_ruler names its ``ents_filter``; the component calls it, and tests/test_merge.py tests
the same function. Labels, provenances and their ranks, and the suffix tables come from
:mod:`tagger.zh`.

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

``tagger.merge_policy.v2`` (:func:`merge_spans_v2`) is the same policy with the context
rules of :mod:`tagger.pipeline.boundaries` around it (games fragments, split places, counted
lists, company names, name followers, title marks and prepositions before the merge; places
joined to local bodies after it), each a setting of its own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache, partial, update_wrapper
from typing import Any, Callable, Dict, Iterable, List, Optional, Sequence, Set, Tuple

from spacy.language import Language
from spacy.util import registry
from spacy.tokens import Doc, Span

from ..errors import Errors
from ..zh.chars import HAN
from ..zh.context import CUT_BODY_ENDINGS, EVENT_ENDINGS, SIDE, cuts_body_word, unit_title_cut
from ..zh.labels import ENT_LABELS, RULE_PROVENANCES, label_rank, provenance_rank
from ..zh.suffixes import (ADMIN_ENDINGS, ORG_CHAR_SUFFIXES, ORG_NAME_SUFFIXES,
                           PERSON_PLACE_SUFFIXES, org_place_suffixes, org_suffixes, place_endings)
from ..zh.words import is_common_word
from . import boundaries
from .aliases import defined_aliases, glossed_names
from .extensions import register_extensions, set_span_attrs, span_attrs
from .textview import doc_text

PREFER_OPTIONS = ("rules", "model")
PROPAGATE_LABELS = ENT_LABELS

_SPACE_IN_HAN = re.compile(rf"(?<=[{HAN}])\s+(?=[{HAN}])")
_HAN_ONLY = re.compile(f"^[{HAN}]+$")

register_extensions()


@dataclass
class _Cand:
    span: Span
    provenance: str
    attrs: dict
    start: int = 0
    end: int = 0
    ident: Tuple[int, int, str] = (0, 0, "")

    def __post_init__(self) -> None:
        self.start, self.end = self.span.start_char, self.span.end_char
        self.ident = (self.start, self.end, self.span.label_)


def _tier(provenance: str, prefer: str) -> int:
    if provenance == "user":
        return 0
    if provenance == "model":
        return 2 if prefer == "rules" else 1
    return 1 if prefer == "rules" else 2


def _sort_key(c: _Cand, prefer: str) -> tuple:
    return (0 if c.provenance == "user" else 1, -(c.end - c.start), _tier(c.provenance, prefer),
            c.start, label_rank(c.span.label_), provenance_rank(c.provenance), c.span.label_,
            c.attrs.get("canonical") or "")


def _crossing(a: _Cand, b: _Cand) -> bool:
    overlap = a.start < b.end and b.start < a.end
    a_in_b = b.start <= a.start and a.end <= b.end
    b_in_a = a.start <= b.start and b.end <= a.end
    return overlap and not a_in_b and not b_in_a


def _person_in_model_person(inner: _Cand, outer: _Cand) -> bool:
    """Whether ``inner`` is a rule PERSON strictly inside a model PERSON (刘健 in 刘健在)."""
    return (inner.span.label_ == outer.span.label_ == "PERSON" and outer.provenance == "model"
            and inner.provenance in RULE_PROVENANCES and outer.start <= inner.start
            and inner.end <= outer.end and (inner.start, inner.end) != (outer.start, outer.end))


def _beats(cand: _Cand, accepted: _Cand, prefer: str) -> bool:
    """Whether ``cand`` (later in the ranking) replaces the already accepted span it overlaps."""
    if accepted.provenance == "user":
        return False
    if _person_in_model_person(cand, accepted):
        return True
    return _crossing(cand, accepted) and _tier(cand.provenance, prefer) < _tier(accepted.provenance, prefer)


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
    ending. Where a place ending and an organization ending both match, the longer one
    decides (四川大学体育馆: 体育馆 over 馆, a building; 区融媒体中心: 融媒体中心 over 中心).
    The ending must leave at least one character of name.
    """
    if label == "PERSON" and _ending(text, PERSON_PLACE_SUFFIXES):
        return "LOC"
    place, org_name = _ending(text, org_place_suffixes()), _ending(text, ORG_NAME_SUFFIXES)
    if label == "ORG" and place > max(org_name, _ending(text, ORG_CHAR_SUFFIXES)):
        return "LOC"
    if label in ("LOC", "PERSON") and org_name and org_name >= place:
        return "ORG"
    return label


@lru_cache(maxsize=None)
def _longest_first(suffixes: Tuple[str, ...]) -> Tuple[str, ...]:
    return tuple(sorted(suffixes, key=len, reverse=True))


def _ending(text: str, suffixes: Tuple[str, ...]) -> int:
    """The length of the longest of ``suffixes`` that ``text`` ends with, leaving at least one
    character of name; 0 if none. ``text[1:]`` ends with a suffix exactly when ``text`` ends
    with it and is longer: one ``str.endswith`` call turns most spans away."""
    if not text[1:].endswith(suffixes):
        return 0
    return next(len(s) for s in _longest_first(suffixes) if text[1:].endswith(s))


def is_side_reference(span: Span) -> bool:
    """A one-character country in 中方/日方/美方 ("the Chinese side"): a party to talks,
    not a place, so the model's LOC there is dropped (docs/annotation-guidelines.md marks places only)."""
    doc = span.doc
    return (span.label_ == "LOC" and len(span.text) == 1 and span.end < len(doc)
            and doc[span.end].text == SIDE)


_BRACKETS = {"（": "）", "(": ")", "《": "》", "“": "”", "【": "】", "［": "］"}


def is_event_or_fragment(span: Span) -> bool:
    """A model ORG that names a meeting or event (党代会, 全会, …会议, incl. a span cut
    before 议 as in 国务院常务会|议), is cut before its host (中国驻) or ends inside a word
    for a kind of body (浙江省民政部|门), or a span with unbalanced brackets (党（工）委 → 工）委)."""
    text = span.text
    if span.label_ == "ORG":
        if text.endswith(EVENT_ENDINGS) and not text.endswith("人民代表大会"):
            return True
        if text.endswith(CUT_BODY_ENDINGS) or cuts_body_word(doc_text(span.doc), span.end_char):
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


def cut_unit_title(span: Span) -> Optional[Span]:
    """A model ORG without the unit that begins a title after it (阿里巴巴集团董事会|主席 →
    阿里巴巴集团: :data:`~tagger.zh.context.UNIT_TITLES`); None if nothing of two characters
    is left."""
    end = unit_title_cut(doc_text(span.doc), span.start_char, span.end_char)
    if end == span.end_char:
        return span
    return span.doc.char_span(span.start_char, end, label=span.label_) if end - span.start_char >= 2 else None


def prepare_model_spans(spans: Iterable[Span], *, relabel: bool = True) -> List[Span]:
    """Model spans split at spaces between Han characters, without side references
    (:func:`is_side_reference`), names inside -isms (:func:`~tagger.pipeline.boundaries.is_ism`), events and
    bracket fragments (:func:`is_event_or_fragment`) and, with ``relabel``, with the label their ending
    calls for (:func:`relabel_label`)."""
    out: List[Span] = []
    for span in spans:
        span = trim_spaces(span)
        if span is not None and span.label_ == "ORG":
            span = cut_unit_title(span)
        if span is None or is_side_reference(span) or boundaries.is_ism(span) or is_event_or_fragment(span):
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
        if model:  # the NER sets no attributes; a rule span at the same place is not this one
            out.append(_Cand(span, "model", dict(_MODEL_ATTRS)))
        else:
            attrs = span_attrs(span)
            out.append(_Cand(span, attrs["source"] or "pattern", attrs))
    return out


_MODEL_ATTRS = {"source": "model", "canonical": None, "category": None, "expansion": None}


#: Gazetteer kinds of place that split no model span: a foreign city begins the names of the
#: sites named after it (福岛第一核电站), which are no Chinese addresses.
UNSPLIT_PLACE_KINDS = frozenset({"world city"})


def drop_tiled_addresses(model_spans: Sequence[Span], rule_spans: Sequence[Span]) -> List[Span]:
    """Model LOC spans with hierarchical addresses split into their parts.

    docs/annotation-guidelines.md splits addresses (湖州市安吉县 → 湖州市 + 安吉县): a model
    span exactly tiled by gazetteer places gives way to them instead of winning by
    containment, and a model span that begins with a gazetteer place and goes on to a
    named place of its own keeps only that rest (北京天安门广场 → 北京 + 天安门广场,
    see :func:`place_after_place`). Foreign cities (:data:`UNSPLIT_PLACE_KINDS`) split nothing.
    """
    places: Dict[int, List[int]] = {}
    listed: Set[Tuple[int, int]] = set()
    for span in rule_spans:
        if span.label_ == "LOC" and span._.category not in UNSPLIT_PLACE_KINDS:
            places.setdefault(span.start_char, []).append(span.end_char)
            if span._.source in ("lexicon", "user"):
                listed.add((span.start_char, span.end_char))
    out = []
    for span in model_spans:
        if span.label_ == "LOC" and boundaries.tiles(span.start_char, span.end_char, places,
                                                     min_parts=2):
            continue
        if span.label_ == "LOC" and (span.start_char, span.end_char) not in listed:
            span = place_after_place(span, places)
        out.append(span)
    return out


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
        ending = next((e for e in place_endings() if rest.endswith(e)), "")
        min_name = 1 if text[start:stop].endswith(ADMIN_ENDINGS) else 2
        if not ending or len(rest) - len(ending) < min_name or not _HAN_ONLY.match(rest):
            break
        start = stop
    if start == span.start_char:
        return span
    return span.doc.char_span(start, end, label=span.label_) or span


def merge_spans(model_spans: Iterable[Span], rule_spans: Iterable[Span], *,
                prefer: str = "rules", relabel: bool = True) -> Tuple[List[Span], List[Span]]:
    """Resolve model and rule spans into ``(flat, nested)`` by the module's policy.

    model_spans: the NER's entities (their provenance is ``model``); they are cleaned by
        :func:`prepare_model_spans` first.
    rule_spans: lexicon, pattern and user spans (provenance read from ``_.source``).
    prefer: ``"rules"`` or ``"model"``: which side wins crossing or same-extent conflicts.
    relabel: give model spans the label their ending calls for (枫泾镇/PERSON → LOC).
    RETURNS: the non-overlapping flat spans and the losing spans, both in text order;
        each span carries its own ``_.source``/``_.canonical``/… (model spans: ``model``).
    """
    rule_spans = list(rule_spans)
    model_spans = drop_tiled_addresses(prepare_model_spans(model_spans, relabel=relabel), rule_spans)
    flat, nested = _merge(_candidates(model_spans, model=True),
                          _candidates(rule_spans, model=False), prefer=prefer)
    for c in flat + nested:
        _set_attrs(c.span, c.provenance, c.attrs)
    return [c.span for c in flat], [c.span for c in nested]


def _set_attrs(span: Span, provenance: str, attrs: dict) -> None:
    set_span_attrs(span, source=provenance, canonical=attrs["canonical"],
                   category=attrs["category"], expansion=attrs["expansion"])


MergePolicy = Callable[[Iterable[Span], Iterable[Span]], Tuple[List[Span], List[Span]]]
"""A merge policy: ``(model_spans, rule_spans) -> (flat, nested)``, like :func:`merge_spans`."""


def check_prefer(prefer: str) -> str:
    """``prefer`` if it is a valid side, else ValueError E013 naming the options."""
    if prefer not in PREFER_OPTIONS:
        raise ValueError(Errors.E013.format(value=prefer, option="prefer",
                                            options=", ".join(PREFER_OPTIONS)))
    return prefer


@registry.misc("tagger.merge_policy.v1")
def make_merge_policy(prefer: str = "rules", relabel: bool = True) -> MergePolicy:
    """The project's merge policy (:func:`merge_spans`) with its two settings, for
    ``[components.tagger_merge.merge_policy]``; another registered function of the same
    signature can replace it, as span_ruler's ``ents_filter`` is replaced."""
    check_prefer(prefer)
    policy = partial(merge_spans, prefer=prefer, relabel=relabel)
    update_wrapper(policy, merge_spans)
    return policy


def merge_spans_v2(model_spans: Iterable[Span], rule_spans: Iterable[Span], *,
                   prefer: str = "rules", relabel: bool = True, events: bool = True,
                   split_places: bool = True, counted_lists: bool = True,
                   companies: bool = True, name_followers: bool = True, edges: bool = True,
                   place_bodies: bool = True, names: bool = False, kinds: bool = False,
                   lists: bool = False, forms: bool = False, words: bool = False,
                   familiar: bool = False, pairs: bool = False,
                   things: bool = False, teams: bool = False,
                   longer_names: bool = False, aliases: bool = False,
                   quiet_words: bool = False, place_stems: bool = False,
                   products: bool = False, joined_names: bool = False,
                   title_heads: bool = False, landmarks: bool = False,
                   function_heads: bool = False, languages: bool = False, capitals: bool = False,
                   titled_names: bool = False, sites: bool = False, partners: bool = False,
                   general_news: bool = False, ordinals: bool = False,
                   place_trails: bool = False, han_tails: bool = False,
                   latin_products: bool = False, own_institutions: bool = False,
                   listed_places: bool = False, latin_words: bool = False) -> Tuple[List[Span], List[Span]]:
    """:func:`merge_spans` with the context rules of :mod:`tagger.pipeline.boundaries`,
    each switched by its own setting, in the order that module lists them.

    events: drop one-character LOCs inside games names (亚 of 亚残运会) and sports-event ORGs.
    split_places: join one-character LOCs cut out of one place (斯 + 图 → 斯图加特, 京津公路).
    counted_lists: the items of a list counted by 家 are ORGs (江淮、蔚来、长安6家整车企业).
    companies: a company's registered name from a model span to its ending (贝泰妮生物科技有限公司).
    name_followers: a PERSON gives back the next word's first character (陆昕说 → 陆昕), and
        a name with separators takes the model's one or two more characters (彼得·瓦伦斯滕).
    edges: no book-title marks inside a span, no leading preposition before a rule span
        (在湾桥镇 → 湾桥镇), no body after a determiner of a class (各村党支部).
    place_bodies: a LOC directly before an ORG is one ORG with it (湖北省武汉市中级人民法院).
    names (v3): a PERSON cut short of the same name elsewhere in the text is completed (桂来 →
        桂来胜), one stopped at a separator takes the parts after it (艾莎 → 艾莎·拿撒).
    kinds (v3): with ``events``, games villages and event places (残运村 → 亚残运村, 斯图加特世锦赛
        → 斯图加特); with ``edges``, no Latin tail on a body (华为Mate60) nor a Han character run
        on after a Latin name (SpaceX星|舰), no body of a class of
        places, of a scope or of a place's leading bodies together (农村党组织, 武汉两级法院 →
        武汉, 村两委), no name in an -ism (马克思列宁主义), no brand as a person, no bare place
        ending, a foreign country split from an institution (肯尼亚 + 内罗毕大学) and any country
        from a nationwide body (中国 + 全国人大), no model person inside a work's title (哪吒 of
        《哪吒之魔童降世》: :func:`~tagger.pipeline.boundaries.drop_title_characters`) or set alone
        in quotation marks (a mascot “蓉宝”, a typhoon “杜苏芮”:
        :func:`~tagger.pipeline.boundaries.drop_quoted_names`), no model body or place that is a
        document's whole title (《禁止蒙面规例》: :func:`~tagger.pipeline.boundaries.drop_document_titles`),
        no modal verb after a model body (故宫博物院|会加强:
        :func:`~tagger.pipeline.boundaries.trim_modal_tails`), and propagation adds no generic
        body or -ism name.
    lists (v4): every item of an enumeration of companies is an ORG (思灵机器人、纽瑞芯、澜舟科技
        及瓦时智能等: :func:`~tagger.pipeline.boundaries.company_lists`), and a place the NER
        reads as a person in an enumeration of people is that person (樊振东、马龙和王楚钦:
        :func:`~tagger.pipeline.boundaries.people_lists`); with ``kinds``, no ORG
        either in a list of brands (李宁 in 王老吉、老干妈、李宁等品牌).
    forms (v4): a country's mission abroad is one ORG (中国驻意大利使馆:
        :func:`~tagger.pipeline.boundaries.missions_abroad`), a bracketed Latin abbreviation of
        no name none (环境空气质量（AQI）: :func:`~tagger.pipeline.boundaries.drop_bracketed_terms`),
        a time standard no place and a bare team word before its sport's words no ORG (北京时间,
        女足运动: :func:`~tagger.pipeline.boundaries.drop_common_uses`).
    words (v5): with ``forms``, no place inside a common word (bare 中华, 中国 of 发展中国家, 华 of
        华人: :func:`~tagger.pipeline.boundaries.drop_common_uses`); with ``counted_lists``, a
        list closed by 等 and a kind of company is one of companies (吉利、赣锋等动力电池企业).
    familiar (v5): a one-character surname after 老 or 小 is the familiar form of a name (老廖),
        a form of address after a name is no part of it (顾女士 → 顾:
        :func:`~tagger.pipeline.boundaries.familiar_names`).
    pairs (v6): a model span over countries' one-character forms in a pair, or over 中华 and an
        abstract noun, gives way (阿中 of 阿中合作, 中俄关系 → 中 + 俄, 中华文化:
        :func:`~tagger.pipeline.boundaries.drop_pair_bodies`), and so does a country's side in
        talks (布方 where the text names 布隆迪: :func:`~tagger.pipeline.boundaries.drop_side_references`)
        and a span over bodies written one after the other (中共中央国务院 → 中共中央 + 国务院:
        :func:`~tagger.pipeline.boundaries.drop_joined_bodies`).
    things (v6): no name of a spacecraft, ship, train or computer (东方红一号, 太行号:
        :func:`~tagger.pipeline.boundaries.drop_devices`), a long model PERSON ending in 港 or 站
        a place (比雷埃夫斯港: :func:`~tagger.pipeline.boundaries.long_place_names`); with
        ``forms`` and ``words``, no place
        of a celestial object, a bare kind of institution or a letter of an idiom (地球, 博物馆,
        美中不足: :func:`~tagger.pipeline.boundaries.drop_common_uses`), and propagation adds no
        periodical's name where it is a common word (科学 of 《科学》 in 科学家).
    teams (v7): an ORG of a place the rules found and a team word before its league or
        players, or a foreign place's stop of a tour, is the place alone (中国女排超级联赛 →
        中国, 巴库站 → 巴库: :func:`~tagger.pipeline.boundaries.place_teams`).
    longer_names (v8): with ``name_followers``, a model PERSON that holds a rule's name as part
        of a longer one is the name (陈云林 over the listed 陈云, 本雅明·内塔尼亚胡 over
        内塔尼亚胡, 布莱希特 over 莱希: :func:`~tagger.pipeline.boundaries.longer_model_names`),
        and a name with separators takes up to four more of the model's characters where the
        model's span ends before no Han character (塞·威 → 塞·威廉姆斯，).
    aliases (v8): read by :class:`MergeEntities`, not here: a short name a text defines for a
        name (中国长城资产管理股份有限公司（以下简称“长城资产”）) is that name's entity wherever it
        is used (:func:`~tagger.pipeline.aliases.defined_aliases`).
    quiet_words (v8): read by :class:`MergeEntities`: an ORG only the model found that is a
        common word with no organization ending (熊猫, 惠民, 中央, 首都) is not propagated to the
        text's other mentions; the NER's reading of one mention says little about the others.
        Bodies named by a common word (党支部, 政协, 委员会) and people's and places' names that
        are common words (海燕, 长安) still are.
    place_stems (v8): read by :class:`MergeEntities`: a PERSON whose text the document also
        writes as a LOC with a place ending is that place (赵家洼 with 赵家洼村, 比雷埃夫斯 with
        比雷埃夫斯港: :func:`~tagger.pipeline.boundaries.place_stems`).
    products (v8): a model ORG that is a kind of product or industry, alone or after a place,
        names no body (新能源汽车, 广东新能源: :func:`~tagger.pipeline.boundaries.drop_product_kinds`),
        nor does an ORG of a kind of company (中国公司, 当地通信公司, 南宁某公司:
        :func:`~tagger.pipeline.boundaries.drop_generic_companies`).
    joined_names (v9): a PERSON that is two names run together where names are listed is the
        two ((记者 贾鹏陈博) → 贾鹏 + 陈博: :func:`~tagger.pipeline.boundaries.split_joined_names`),
        and a two-character surname read apart from its given name is one name with it (欧阳 +
        中石: :func:`~tagger.pipeline.boundaries.join_compound_surnames`), as is a Japanese
        surname (田村 + 泰次郎: :func:`~tagger.pipeline.boundaries.join_japanese_names`).
    title_heads (v10): a model ORG that ends in the first characters of a title written after it
        gives them back (森亿智能联|合创始人 → 森亿智能: :func:`~tagger.pipeline.boundaries.trim_title_heads`),
        and a model span gives back a generic word after the name it holds (中东|地区,
        中山大学物理学院|实验室: :func:`~tagger.pipeline.boundaries.trim_generic_tails`), and a
        model ORG the words it runs on into past a body's ending (华彬集团|勇担社会责任:
        :func:`~tagger.pipeline.boundaries.trim_body_tails`); no model ORG or LOC runs a listed
        person into the words after them (雷军|站台), and one named after the person stands over
        the person (朱熹园: :func:`~tagger.pipeline.boundaries.listed_people_heads`).
    landmarks (v10): a model PERSON that ends in 宫, 寺, 庙, 祠 or 殿 is the landmark, a LOC (雍和宫:
        :func:`~tagger.pipeline.boundaries.landmark_names`).
    function_heads (v11): with ``kinds``, an ORG gives back the words of a department's function
        before a title after it (三禾公司人力资源|总监 → 三禾公司:
        :func:`~tagger.pipeline.boundaries.trim_function_heads`).
    languages (v11): no span names a book's edition in a language (阿拉伯文版, 阿拉伯 + 文版), and
        a model PERSON that is a people's name is none (尼安德特人:
        :func:`~tagger.pipeline.boundaries.drop_language_and_people_names`).
    capitals (v11): a model PERSON after 首都 or 首府 is a LOC (首都萨那:
        :func:`~tagger.pipeline.boundaries.capital_places`).
    titled_names (v11): a name after a title is the person where a place or body has the same
        letters (所长金平表示: 金平 is a county too: :func:`~tagger.pipeline.boundaries.titled_over_places`).
    sites (v11): with ``things``, a body's name with a site's word after it is the site, a LOC
        (杭州奥体中心体育场, OPPO工业园: :func:`~tagger.pipeline.boundaries.body_sites`).
    partners (v11): a person's partner after a slash is a person too (王宗源/龙道一, 杨昊/练俊杰:
        :func:`~tagger.pipeline.boundaries.slash_partners`).
    general_news (v12): no span of a competition's short name (德甲, 欧冠连平), a country's army
        its place (德军 → 德), and a PERSON without a trailing separator, the 周 of 周中 after it
        or an adverb after the last of several subjects (李超均|透露), two transliterated names
        joined by 及 the two (:func:`~tagger.pipeline.boundaries.general_news_forms`), and a
        railway named by its ends' one-character forms one LOC (京沪高铁:
        :func:`~tagger.pipeline.boundaries.line_names`).
    ordinals (v13): no ORG or LOC ends in an ordinal (上海市第二|批 → 上海市) or begins with a
        counted one (第二批示范村: :func:`~tagger.pipeline.boundaries.ordinal_edges`).
    place_trails (v14): with ``capitals``, a model PERSON before a word only places take is a LOC
        (罗威纳一日游, 苏米龙附近: :func:`~tagger.pipeline.boundaries.capital_places`).
    han_tails (v14): with ``edges`` and ``kinds``, a model span of a name in Latin script gives
        back the one Han character run on after it (SpaceX星|舰: :func:`~tagger.pipeline.boundaries.trim_han_tails`).
    latin_products (v14): with ``products``, no ORG or PERSON that is a product named in Latin
        script (iPhone 15, Mate 60 Pro: :func:`~tagger.pipeline.boundaries.drop_product_kinds`).
    own_institutions (v14): with ``kinds``, a foreign country is split from an institution only
        where a place or a name begins the institution's name (日本 + 关西大学), not from its own
        (柬埔寨皇家科学院: :func:`~tagger.pipeline.boundaries.split_foreign_institutions`).
    listed_places (v14): with ``counted_lists`` and ``words``, a place listed among two companies
        or more before 等 and a kind of company is one too (长安、赛力斯、长城等整车企业:
        :func:`~tagger.pipeline.boundaries.list_items`).
    latin_words (v14): a model span that begins or ends inside a word in Latin letters takes the
        whole word (《G|ameInformer》 → GameInformer: :func:`~tagger.pipeline.boundaries.whole_latin_words`).
    RETURNS: ``(flat, nested)`` as :func:`merge_spans` does.
    """
    model_spans = prepare_model_spans(model_spans, relabel=relabel)
    if latin_words:
        model_spans = boundaries.whole_latin_words(model_spans)
    rule_spans = list(rule_spans)
    if events:
        model_spans = boundaries.drop_event_fragments(model_spans, places=kinds)
    if split_places:
        model_spans = boundaries.join_split_places(model_spans)
    if counted_lists:
        model_spans, rule_spans = boundaries.counted_list_bodies(model_spans, rule_spans,
                                                                 kinds=words, listed_places=listed_places)
    if lists:
        model_spans, rule_spans = boundaries.company_lists(model_spans, rule_spans)
        model_spans, rule_spans = boundaries.people_lists(model_spans, rule_spans)
        model_spans, rule_spans = boundaries.body_member_names(model_spans, rule_spans)
    if forms:
        model_spans = boundaries.drop_common_uses(model_spans, words=words, things=things)
        rule_spans = boundaries.drop_common_uses(rule_spans, words=words, things=things)
        model_spans, rule_spans = boundaries.missions_abroad(model_spans, rule_spans)
        model_spans = boundaries.drop_bracketed_terms(model_spans, rule_spans)
    if companies:
        rule_spans = boundaries.company_names(model_spans, rule_spans)
    if name_followers:
        model_spans, rule_spans = boundaries.join_foreign_names(model_spans, rule_spans,
                                                                 reach=4 if longer_names else 2)
        model_spans = boundaries.trim_name_followers(model_spans)
        rule_spans = boundaries.trim_name_followers(rule_spans)
        if longer_names:
            rule_spans = boundaries.longer_model_names(model_spans, rule_spans)
    if titled_names:
        model_spans, rule_spans = boundaries.titled_over_places(model_spans, rule_spans)
    if partners:
        model_spans, rule_spans = boundaries.slash_partners(model_spans, rule_spans)
    if general_news:
        model_spans = boundaries.line_names(boundaries.general_news_forms(model_spans))
        rule_spans = boundaries.line_names(boundaries.general_news_forms(rule_spans))
    if familiar:
        model_spans = boundaries.familiar_names(model_spans)
        rule_spans = boundaries.familiar_names(rule_spans)
    if joined_names:
        model_spans = boundaries.join_japanese_names(boundaries.join_compound_surnames(model_spans))
        people = model_spans + rule_spans
        model_spans = boundaries.split_joined_names(model_spans, people)
        rule_spans = boundaries.split_joined_names(rule_spans, people)
    if name_followers and names:
        model_spans = boundaries.complete_cut_names(boundaries.extend_separated_names(model_spans))
        rule_spans = boundaries.extend_separated_names(rule_spans)
    if edges:
        model_spans = boundaries.strip_title_marks(
            _trim_tails(model_spans, han_tails) if kinds else model_spans)
        rule_spans = boundaries.strip_title_marks(rule_spans)
        drops = [partial(boundaries.drop_generic_bodies, classes=kinds)]
        if kinds:
            brands = ("PERSON", "ORG") if lists else ("PERSON",)
            drops += [boundaries.drop_ideology_names, partial(boundaries.drop_brand_names, labels=brands),
                      boundaries.drop_bare_endings]
        for drop in drops:
            model_spans, rule_spans = drop(model_spans), drop(rule_spans)
        model_spans = boundaries.trim_prepositions(model_spans, rule_spans)
        if kinds:
            model_spans = boundaries.trim_modal_tails(boundaries.drop_document_titles(
                boundaries.drop_title_characters(model_spans, rule_spans)))
            if title_heads:
                model_spans = boundaries.trim_generic_tails(boundaries.trim_title_heads(model_spans),
                                                            rule_spans)
                model_spans, rule_spans = boundaries.listed_people_heads(
                    boundaries.trim_body_tails(model_spans), rule_spans)
            if function_heads:
                model_spans = boundaries.trim_function_heads(model_spans)
                rule_spans = boundaries.trim_function_heads(rule_spans)
            split = partial(boundaries.split_foreign_institutions, own_institutions=own_institutions)
            model_spans, rule_spans = split(model_spans, rule_spans), split(rule_spans, rule_spans)
    if pairs:
        model_spans = boundaries.drop_side_references(
            boundaries.drop_pair_bodies(model_spans, rule_spans), rule_spans)
        model_spans = boundaries.drop_joined_bodies(model_spans, rule_spans)
    if teams:
        model_spans, rule_spans = (boundaries.place_teams(model_spans, rule_spans),
                                   boundaries.place_teams(rule_spans, rule_spans))
    if products:
        model_spans = boundaries.drop_product_kinds(model_spans, rule_spans, latin=latin_products)
        model_spans, rule_spans = (boundaries.drop_generic_companies(model_spans, rule_spans),
                                   boundaries.drop_generic_companies(rule_spans, rule_spans))
    if things:
        model_spans = boundaries.long_place_names(boundaries.drop_devices(model_spans))
        if landmarks:
            model_spans = boundaries.landmark_names(model_spans)
        if languages:
            model_spans = boundaries.drop_language_and_people_names(model_spans)
            rule_spans = boundaries.drop_language_and_people_names(rule_spans)
        if capitals:
            model_spans = boundaries.capital_places(model_spans, trails=place_trails)
        if sites:
            model_spans, rule_spans = boundaries.body_sites(model_spans), boundaries.body_sites(rule_spans)
        rule_spans = boundaries.drop_devices(rule_spans)
    if kinds:  # after ``things``, which reads some quoted names as places (“张江高科站”)
        model_spans = boundaries.drop_quoted_names(model_spans, rule_spans)
    model_spans = drop_tiled_addresses(model_spans, rule_spans)
    if ordinals:  # after the address split, which leaves 第二批示范村 of 上海市第二批示范村
        model_spans = boundaries.ordinal_edges(model_spans)
    flat, nested = _merge(_candidates(model_spans, model=True),
                          _candidates(rule_spans, model=False), prefer=prefer)
    if place_bodies:
        flat, nested = boundaries.join_place_bodies(flat, nested, _joined_candidate)
        winners = {c.ident for c in flat}
        unique: Dict[Tuple[int, int, str], _Cand] = {}
        for c in nested:
            if c.ident not in winners:
                unique.setdefault(c.ident, c)
        flat, nested = sorted(flat, key=_text_order), sorted(unique.values(), key=_text_order)
    for c in flat + nested:
        _set_attrs(c.span, c.provenance, c.attrs)
    return [c.span for c in flat], [c.span for c in nested]


def _joined_candidate(start: int, end: int, like: _Cand) -> Optional[_Cand]:
    """A candidate over ``start:end`` with the label, provenance and category of ``like``."""
    span = like.span.doc.char_span(start, end, label=like.span.label_)
    if span is None:
        return None
    attrs = dict(like.attrs, canonical=None, expansion=None)
    return _Cand(span, like.provenance, attrs)


@registry.misc("tagger.merge_policy.v2")
def make_merge_policy_v2(prefer: str = "rules", relabel: bool = True, events: bool = True,
                         split_places: bool = True, counted_lists: bool = True,
                         companies: bool = True, name_followers: bool = True, edges: bool = True,
                         place_bodies: bool = True) -> MergePolicy:
    """:func:`merge_spans_v2`: ``tagger.merge_policy.v1`` plus the context rules of
    :mod:`tagger.pipeline.boundaries`, each a setting of its own (all on by default), without
    v3's ``names`` and ``kinds``."""
    return make_merge_policy_v3(prefer, relabel, events, split_places, counted_lists, companies,
                                name_followers, edges, place_bodies, names=False, kinds=False)


@registry.misc("tagger.merge_policy.v3")
def make_merge_policy_v3(prefer: str = "rules", relabel: bool = True, events: bool = True,
                         split_places: bool = True, counted_lists: bool = True,
                         companies: bool = True, name_followers: bool = True, edges: bool = True,
                         place_bodies: bool = True, names: bool = True, kinds: bool = True) -> MergePolicy:
    """``tagger.merge_policy.v2`` plus the rules of model 0.4.0 (:func:`merge_spans_v2`'s
    ``names`` and ``kinds``, on by default)."""
    return make_merge_policy_v4(prefer, relabel, events, split_places, counted_lists, companies,
                                name_followers, edges, place_bodies, names, kinds, lists=False,
                                forms=False)


@registry.misc("tagger.merge_policy.v4")
def make_merge_policy_v4(prefer: str = "rules", relabel: bool = True, events: bool = True,
                         split_places: bool = True, counted_lists: bool = True,
                         companies: bool = True, name_followers: bool = True, edges: bool = True,
                         place_bodies: bool = True, names: bool = True, kinds: bool = True,
                         lists: bool = True, forms: bool = True) -> MergePolicy:
    """``tagger.merge_policy.v3`` plus the rules of model 0.4.1: enumerations of companies and
    lists of brands, missions abroad, bracketed abbreviations and names used as common words
    (:func:`merge_spans_v2`'s ``lists`` and ``forms``, on by default)."""
    return make_merge_policy_v5(prefer, relabel, events, split_places, counted_lists, companies,
                                name_followers, edges, place_bodies, names, kinds, lists, forms,
                                words=False, familiar=False)


@registry.misc("tagger.merge_policy.v5")
def make_merge_policy_v5(prefer: str = "rules", relabel: bool = True, events: bool = True,
                         split_places: bool = True, counted_lists: bool = True,
                         companies: bool = True, name_followers: bool = True, edges: bool = True,
                         place_bodies: bool = True, names: bool = True, kinds: bool = True,
                         lists: bool = True, forms: bool = True, words: bool = True,
                         familiar: bool = True) -> MergePolicy:
    """``tagger.merge_policy.v4`` plus places inside common words (中华文明, 发展中国家, 华人) and
    familiar forms of names (老廖) (:func:`merge_spans_v2`'s ``words`` and ``familiar``, on by
    default)."""
    return make_merge_policy_v6(prefer, relabel, events, split_places, counted_lists, companies,
                                name_followers, edges, place_bodies, names, kinds, lists, forms,
                                words, familiar, pairs=False, things=False)


@registry.misc("tagger.merge_policy.v6")
def make_merge_policy_v6(prefer: str = "rules", relabel: bool = True, events: bool = True,
                         split_places: bool = True, counted_lists: bool = True,
                         companies: bool = True, name_followers: bool = True, edges: bool = True,
                         place_bodies: bool = False, names: bool = True, kinds: bool = True,
                         lists: bool = True, forms: bool = True, words: bool = True,
                         familiar: bool = True, pairs: bool = True,
                         things: bool = True) -> MergePolicy:
    """``tagger.merge_policy.v5`` plus model spans over pairs of countries' one-character forms
    giving way (中俄关系 → 中 + 俄) and no names of things (东方红一号, 地球, bare 博物馆)
    (:func:`merge_spans_v2`'s ``pairs`` and ``things``, on by default); hierarchical addresses
    are split by default (``place_bodies`` off)."""
    return make_merge_policy_v7(prefer, relabel, events, split_places, counted_lists, companies,
                                name_followers, edges, place_bodies, names, kinds, lists, forms,
                                words, familiar, pairs, things, teams=False)


@registry.misc("tagger.merge_policy.v7")
def make_merge_policy_v7(prefer: str = "rules", relabel: bool = True, events: bool = True,
                         split_places: bool = True, counted_lists: bool = True,
                         companies: bool = True, name_followers: bool = True, edges: bool = True,
                         place_bodies: bool = False, names: bool = True, kinds: bool = True,
                         lists: bool = True, forms: bool = True, words: bool = True,
                         familiar: bool = True, pairs: bool = True, things: bool = True,
                         teams: bool = True) -> MergePolicy:
    """``tagger.merge_policy.v6`` plus places that stand alone before a team word and its
    league (中国女排超级联赛 → 中国) or as a tour's stop (巴库站 → 巴库) (:func:`merge_spans_v2`'s
    ``teams``, on by default)."""
    return make_merge_policy_v8(prefer, relabel, events, split_places, counted_lists, companies,
                                name_followers, edges, place_bodies, names, kinds, lists, forms,
                                words, familiar, pairs, things, teams, longer_names=False,
                                aliases=False, quiet_words=False, place_stems=False,
                                products=False)


@registry.misc("tagger.merge_policy.v8")
def make_merge_policy_v8(prefer: str = "rules", relabel: bool = True, events: bool = True,
                         split_places: bool = True, counted_lists: bool = True,
                         companies: bool = True, name_followers: bool = True, edges: bool = True,
                         place_bodies: bool = False, names: bool = True, kinds: bool = True,
                         lists: bool = True, forms: bool = True, words: bool = True,
                         familiar: bool = True, pairs: bool = True, things: bool = True,
                         teams: bool = True, longer_names: bool = True,
                         aliases: bool = True, quiet_words: bool = True,
                         place_stems: bool = True, products: bool = True) -> MergePolicy:
    """``tagger.merge_policy.v7`` plus the model's longer names over a rule's part of them
    (陈云林 over the listed 陈云, 本雅明·内塔尼亚胡 over 内塔尼亚胡, 塞·威廉姆斯 over the
    separator rule's 塞·威), short names defined in brackets (（以下简称“长城资产”）), no
    propagation of the model's names that are common words (熊猫), places named short once the
    text gives them in full (赵家洼 with 赵家洼村) and no body of a kind of product (新能源汽车)
    (:func:`merge_spans_v2`'s ``longer_names``, ``aliases``, ``quiet_words``, ``place_stems``
    and ``products``, on by default)."""
    return make_merge_policy_v9(prefer, relabel, events, split_places, counted_lists, companies,
                                name_followers, edges, place_bodies, names, kinds, lists, forms,
                                words, familiar, pairs, things, teams, longer_names, aliases,
                                quiet_words, place_stems, products, joined_names=False)


@registry.misc("tagger.merge_policy.v9")
def make_merge_policy_v9(prefer: str = "rules", relabel: bool = True, events: bool = True,
                         split_places: bool = True, counted_lists: bool = True,
                         companies: bool = True, name_followers: bool = True, edges: bool = True,
                         place_bodies: bool = False, names: bool = True, kinds: bool = True,
                         lists: bool = True, forms: bool = True, words: bool = True,
                         familiar: bool = True, pairs: bool = True, things: bool = True,
                         teams: bool = True, longer_names: bool = True,
                         aliases: bool = True, quiet_words: bool = True,
                         place_stems: bool = True, products: bool = True,
                         joined_names: bool = True) -> MergePolicy:
    """``tagger.merge_policy.v8`` plus two names run together split where names are listed
    ((记者 贾鹏陈博) → 贾鹏 + 陈博, 王占王克 in a list of members: :func:`merge_spans_v2`'s
    ``joined_names``, on by default)."""
    check_prefer(prefer)
    policy = partial(merge_spans_v2, prefer=prefer, relabel=relabel, events=events,
                     split_places=split_places, counted_lists=counted_lists, companies=companies,
                     name_followers=name_followers, edges=edges, place_bodies=place_bodies,
                     names=names, kinds=kinds, lists=lists, forms=forms, words=words,
                     familiar=familiar, pairs=pairs, things=things, teams=teams,
                     longer_names=longer_names, aliases=aliases, quiet_words=quiet_words,
                     place_stems=place_stems, products=products, joined_names=joined_names)
    update_wrapper(policy, merge_spans_v2)
    return policy


@registry.misc("tagger.merge_policy.v10")
def make_merge_policy_v10(prefer: str = "rules", relabel: bool = True, events: bool = True,
                          split_places: bool = True, counted_lists: bool = True,
                          companies: bool = True, name_followers: bool = True, edges: bool = True,
                          place_bodies: bool = False, names: bool = True, kinds: bool = True,
                          lists: bool = True, forms: bool = True, words: bool = True,
                          familiar: bool = True, pairs: bool = True, things: bool = True,
                          teams: bool = True, longer_names: bool = True,
                          aliases: bool = True, quiet_words: bool = True,
                          place_stems: bool = True, products: bool = True,
                          joined_names: bool = True, title_heads: bool = True,
                          landmarks: bool = True) -> MergePolicy:
    """``tagger.merge_policy.v9`` plus a model ORG giving back the first characters of a title
    written after it (森亿智能联|合创始人 → 森亿智能) and a model span a generic word after its name
    (中东|地区, 中山大学物理学院|实验室): :func:`merge_spans_v2`'s ``title_heads``; and a model
    PERSON ending in 宫, 寺 or 庙 a place (雍和宫: ``landmarks``); both on by default."""
    policy = make_merge_policy_v9(prefer, relabel, events, split_places, counted_lists, companies,
                                  name_followers, edges, place_bodies, names, kinds, lists, forms,
                                  words, familiar, pairs, things, teams, longer_names, aliases,
                                  quiet_words, place_stems, products, joined_names)
    policy = partial(policy.func, **{**policy.keywords, "title_heads": title_heads,
                                     "landmarks": landmarks})
    update_wrapper(policy, merge_spans_v2)
    return policy


@registry.misc("tagger.merge_policy.v11")
def make_merge_policy_v11(prefer: str = "rules", relabel: bool = True, events: bool = True,
                          split_places: bool = True, counted_lists: bool = True,
                          companies: bool = True, name_followers: bool = True, edges: bool = True,
                          place_bodies: bool = False, names: bool = True, kinds: bool = True,
                          lists: bool = True, forms: bool = True, words: bool = True,
                          familiar: bool = True, pairs: bool = True, things: bool = True,
                          teams: bool = True, longer_names: bool = True,
                          aliases: bool = True, quiet_words: bool = True,
                          place_stems: bool = True, products: bool = True,
                          joined_names: bool = True, title_heads: bool = True,
                          landmarks: bool = True, function_heads: bool = True,
                          languages: bool = True, capitals: bool = True,
                          titled_names: bool = True, sites: bool = True,
                          partners: bool = True) -> MergePolicy:
    """``tagger.merge_policy.v10`` plus an ORG giving back a department's function before a
    title (三禾公司人力资源|总监 → 三禾公司: ``function_heads``), no model PERSON that is a language
    edition or a people (阿拉伯文版, 尼安德特人: ``languages``, with ``things``), a model PERSON
    after 首都 a LOC (``capitals``, with ``things``), a titled name over a place of the same
    letters (所长金平表示: ``titled_names``), a body's name before a site's word the site
    (杭州奥体中心体育场: ``sites``, with ``things``) and a person's partner after a slash a
    person (王宗源/龙道一: ``partners``): :func:`merge_spans_v2`; all on by default."""
    policy = make_merge_policy_v10(prefer, relabel, events, split_places, counted_lists, companies,
                                   name_followers, edges, place_bodies, names, kinds, lists, forms,
                                   words, familiar, pairs, things, teams, longer_names, aliases,
                                   quiet_words, place_stems, products, joined_names, title_heads,
                                   landmarks)
    policy = partial(policy.func, **{**policy.keywords, "function_heads": function_heads,
                                     "languages": languages, "capitals": capitals,
                                     "titled_names": titled_names, "sites": sites,
                                     "partners": partners})
    update_wrapper(policy, merge_spans_v2)
    return policy


@registry.misc("tagger.merge_policy.v12")
def make_merge_policy_v12(prefer: str = "rules", relabel: bool = True, events: bool = True,
                          split_places: bool = True, counted_lists: bool = True,
                          companies: bool = True, name_followers: bool = True, edges: bool = True,
                          place_bodies: bool = False, names: bool = True, kinds: bool = True,
                          lists: bool = True, forms: bool = True, words: bool = True,
                          familiar: bool = True, pairs: bool = True, things: bool = True,
                          teams: bool = True, longer_names: bool = True,
                          aliases: bool = True, quiet_words: bool = True,
                          place_stems: bool = True, products: bool = True,
                          joined_names: bool = True, title_heads: bool = True,
                          landmarks: bool = True, function_heads: bool = True,
                          languages: bool = True, capitals: bool = True,
                          titled_names: bool = True, sites: bool = True,
                          partners: bool = True, general_news: bool = True) -> MergePolicy:
    """``tagger.merge_policy.v11`` plus the forms of general news (``general_news``: no span of
    a competition's short name, 德军 → 德, no trailing separator, 周 of 周中 or 均 after several
    subjects in no name, 贝克汉姆及斯塔姆 → two names, 京 + 沪 + 高铁 → 京沪高铁): :func:`merge_spans_v2`;
    all on by default."""
    policy = make_merge_policy_v11(prefer, relabel, events, split_places, counted_lists, companies,
                                   name_followers, edges, place_bodies, names, kinds, lists, forms,
                                   words, familiar, pairs, things, teams, longer_names, aliases,
                                   quiet_words, place_stems, products, joined_names, title_heads,
                                   landmarks, function_heads, languages, capitals, titled_names,
                                   sites, partners)
    policy = partial(policy.func, **{**policy.keywords, "general_news": general_news})
    update_wrapper(policy, merge_spans_v2)
    return policy


@registry.misc("tagger.merge_policy.v13")
def make_merge_policy_v13(prefer: str = "rules", relabel: bool = True, events: bool = True,
                          split_places: bool = True, counted_lists: bool = True,
                          companies: bool = True, name_followers: bool = True, edges: bool = True,
                          place_bodies: bool = False, names: bool = True, kinds: bool = True,
                          lists: bool = True, forms: bool = True, words: bool = True,
                          familiar: bool = True, pairs: bool = True, things: bool = True,
                          teams: bool = True, longer_names: bool = True,
                          aliases: bool = True, quiet_words: bool = True,
                          place_stems: bool = True, products: bool = True,
                          joined_names: bool = True, title_heads: bool = True,
                          landmarks: bool = True, function_heads: bool = True,
                          languages: bool = True, capitals: bool = True,
                          titled_names: bool = True, sites: bool = True,
                          partners: bool = True, general_news: bool = True,
                          ordinals: bool = True) -> MergePolicy:
    """``tagger.merge_policy.v12`` plus no ORG or LOC of the model ending in an ordinal or
    beginning with a counted one (``ordinals``: 上海市第二|批 → 上海市, no 第二批示范村):
    :func:`merge_spans_v2`; all on by default."""
    policy = make_merge_policy_v12(prefer, relabel, events, split_places, counted_lists, companies,
                                   name_followers, edges, place_bodies, names, kinds, lists, forms,
                                   words, familiar, pairs, things, teams, longer_names, aliases,
                                   quiet_words, place_stems, products, joined_names, title_heads,
                                   landmarks, function_heads, languages, capitals, titled_names,
                                   sites, partners, general_news)
    policy = partial(policy.func, **{**policy.keywords, "ordinals": ordinals})
    update_wrapper(policy, merge_spans_v2)
    return policy


@registry.misc("tagger.merge_policy.v14")
def make_merge_policy_v14(prefer: str = "rules", relabel: bool = True, events: bool = True,
                          split_places: bool = True, counted_lists: bool = True,
                          companies: bool = True, name_followers: bool = True, edges: bool = True,
                          place_bodies: bool = False, names: bool = True, kinds: bool = True,
                          lists: bool = True, forms: bool = True, words: bool = True,
                          familiar: bool = True, pairs: bool = True, things: bool = True,
                          teams: bool = True, longer_names: bool = True,
                          aliases: bool = True, quiet_words: bool = True,
                          place_stems: bool = True, products: bool = True,
                          joined_names: bool = True, title_heads: bool = True,
                          landmarks: bool = True, function_heads: bool = True,
                          languages: bool = True, capitals: bool = True,
                          titled_names: bool = True, sites: bool = True,
                          partners: bool = True, general_news: bool = True,
                          ordinals: bool = True, place_trails: bool = True,
                          han_tails: bool = True, latin_products: bool = True,
                          own_institutions: bool = True, listed_places: bool = True,
                          latin_words: bool = True) -> MergePolicy:
    """``tagger.merge_policy.v13`` plus a model PERSON before a word only places take a LOC
    (罗威纳一日游: ``place_trails``), no Han character run on after a name in Latin script
    (SpaceX星|舰: ``han_tails``), no product named in Latin script as a body or person
    (iPhone 15: ``latin_products``), a country's own institution whole (柬埔寨皇家科学院:
    ``own_institutions``), a place among companies listed by kind a company (长安、赛力斯、长城等
    整车企业: ``listed_places``) and no model span beginning or ending inside a word in Latin
    letters (G|ameInformer: ``latin_words``): :func:`merge_spans_v2`; all on by default."""
    policy = make_merge_policy_v13(prefer, relabel, events, split_places, counted_lists, companies,
                                   name_followers, edges, place_bodies, names, kinds, lists, forms,
                                   words, familiar, pairs, things, teams, longer_names, aliases,
                                   quiet_words, place_stems, products, joined_names, title_heads,
                                   landmarks, function_heads, languages, capitals, titled_names,
                                   sites, partners, general_news, ordinals)
    policy = partial(policy.func, **{**policy.keywords, "place_trails": place_trails,
                                     "han_tails": han_tails, "latin_products": latin_products,
                                     "own_institutions": own_institutions,
                                     "listed_places": listed_places, "latin_words": latin_words})
    update_wrapper(policy, merge_spans_v2)
    return policy


def _trim_tails(spans: List[Span], han_tails: bool) -> List[Span]:
    """Model spans without a Latin tail on a body (华为Mate60) and, with ``han_tails``, without
    a Han character run on after a Latin name (SpaceX星)."""
    spans = boundaries.trim_latin_tails(spans)
    return boundaries.trim_han_tails(spans) if han_tails else spans


def _merge(model: List[_Cand], rules: List[_Cand], *,
           prefer: str) -> Tuple[List[_Cand], List[_Cand]]:
    check_prefer(prefer)
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
    return (c.start, -c.end, label_rank(c.span.label_))


def _occurrences(text: str, surface: str) -> Iterable[Tuple[int, int]]:
    """``(start, end)`` of every occurrence of ``surface`` in ``text``, overlapping ones too."""
    pos = text.find(surface)
    while pos >= 0:
        yield pos, pos + len(surface)
        pos = text.find(surface, pos + 1)


def drop_model_fragments(doc: Doc, flat: Sequence[Span], *, min_chars: int = 2
                         ) -> Tuple[List[Span], List[Span]]:
    """``(kept, dropped)``: model spans that cut into another occurrence of a name the
    rules found give way (沈国 in 沈国强要求, after 区委书记沈国强 was found by the title
    rule), so that propagation tags the whole name there.

    Only model spans of the name's label that lie inside the occurrence or cross it are
    dropped; a longer model span around it stays (金山区 around the name 金山).
    Provenance is read from each span's ``_.source``.
    """
    provenance = {id(s): s._.source or "model" for s in flat}
    names = {s.text: s.label_ for s in flat
             if provenance[id(s)] in RULE_PROVENANCES and s.label_ in PROPAGATE_LABELS
             and len(s.text) >= min_chars}
    if not names:
        return list(flat), []
    text = doc_text(doc)
    owner: Dict[int, Span] = {}
    for s in flat:
        for i in range(s.start_char, s.end_char):
            owner[i] = s
    dropped: Dict[int, Span] = {}
    for surface, label in names.items():
        for pos, end in _occurrences(text, surface):
            over = {id(o): o for o in (owner.get(i) for i in range(pos, end)) if o is not None}
            if over and all(provenance[id(o)] == "model" and o.label_ == label
                            and not (o.start_char <= pos and end <= o.end_char)
                            for o in over.values()):
                dropped.update(over)
    return [s for s in flat if id(s) not in dropped], list(dropped.values())


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
    assigns=["doc.ents", "doc.spans", "span._.source", "span._.canonical", "span._.category",
             "span._.expansion"],
    requires=["doc.ents", "doc.spans", "span._.source"],
    default_config={
        "merge_policy": {"@misc": "tagger.merge_policy.v1", "prefer": "rules", "relabel": True},
        "propagate": True,
        "rule_keys": ["slogans", "gazetteer"],
        "nested_key": "nested",
        "min_propagate_chars": 2,
        "prefer": None,
        "relabel": None,
        "scorer": {"@scorers": "spacy.ner_scorer.v1"},
    },
    default_score_weights={"ents_f": 1.0, "ents_p": 0.0, "ents_r": 0.0, "ents_per_type": None},
)
def make_merge(nlp: Language, name: str, merge_policy: MergePolicy, propagate: bool,
               rule_keys: List[str], nested_key: str, min_propagate_chars: int,
               prefer: Optional[str], relabel: Optional[bool],
               scorer: Optional[Callable]) -> "MergeEntities":
    """Create the merge step that builds ``doc.ents`` and ``doc.spans[nested_key]``.

    ``prefer`` and ``relabel`` are the settings of configs saved before ``merge_policy``
    existed (models up to 0.2.1): when either is set, the policy is
    ``tagger.merge_policy.v1`` with them, and ``merge_policy`` is not used.
    """
    if prefer is not None or relabel is not None:
        merge_policy = make_merge_policy(prefer=prefer if prefer is not None else "rules",
                                         relabel=relabel if relabel is not None else True)
    return MergeEntities(nlp, name, merge_policy=merge_policy, propagate=propagate,
                         rule_keys=rule_keys, nested_key=nested_key,
                         min_propagate_chars=min_propagate_chars, scorer=scorer)


class MergeEntities:
    """Builds the flat layer from the model's ents and the rule span groups.

    Runs after the rule components. ``merge_policy`` (default :func:`merge_spans`)
    decides winners and losers; losers go to ``doc.spans[nested_key]``; every span keeps
    its own ``_.source`` (``model`` for the NER's ents). With ``propagate``, names are
    then tagged at their other occurrences (:func:`drop_model_fragments`,
    :func:`propagate_spans`).
    """

    def __init__(self, nlp: Language, name: str = "tagger_merge", *,
                 merge_policy: Optional[MergePolicy] = None, propagate: bool = True,
                 rule_keys: Optional[Sequence[str]] = None, nested_key: str = "nested",
                 min_propagate_chars: int = 2, scorer: Optional[Callable] = None) -> None:
        self.name = name
        self.merge_policy = merge_policy if merge_policy is not None else make_merge_policy()
        self.propagate = propagate
        self.rule_keys = list(rule_keys) if rule_keys is not None else ["slogans", "gazetteer"]
        self.nested_key = nested_key
        self.min_propagate_chars = min_propagate_chars
        self.scorer = scorer

    def setting(self, name: str) -> Any:
        """A setting of the merge policy (None for a policy without it)."""
        return getattr(self.merge_policy, "keywords", {}).get(name)

    @property
    def prefer(self) -> Optional[str]:
        """The policy's ``prefer`` setting (None for a policy without one)."""
        return self.setting("prefer")

    @property
    def relabel(self) -> Optional[bool]:
        """The policy's ``relabel`` setting (None for a policy without one)."""
        return self.setting("relabel")

    def __call__(self, doc: Doc) -> Doc:
        """Set ``doc.ents`` and ``doc.spans[nested_key]`` from all candidate spans."""
        rule_spans = [span for key in self.rule_keys if key in doc.spans for span in doc.spans[key]]
        flat, nested = self.merge_policy(list(doc.ents), rule_spans)
        if self.setting("aliases"):
            flat = glossed_names(doc, defined_aliases(doc, flat))
        if self.setting("things"):  # 《柳叶刀》 named once is the journal where the model reads a person
            flat = boundaries.periodical_mentions(flat)
        extra: List[Span] = []
        if self.propagate:
            flat, fragments = drop_model_fragments(doc, flat, min_chars=self.min_propagate_chars)
            if fragments:
                nested = sorted(list(nested) + fragments,
                                key=lambda s: (s.start_char, -s.end_char, label_rank(s.label_)))
            extra = propagate_spans(doc, flat, min_chars=self.min_propagate_chars)
            if self.setting("kinds"):
                # a name tagged once is still no name in 列宁主义 or 各村党支部
                extra = boundaries.drop_generic_bodies(boundaries.drop_ideology_names(extra))
        first: Dict[str, Span] = {}
        for span in flat:
            first.setdefault(span.text, span)
        if extra and self.setting("quiet_words"):  # 熊猫 read as an ORG once is not one everywhere
            extra = [s for s in extra
                     if not (s.label_ == "ORG" and (first[s.text]._.source or "model") == "model"
                             and is_common_word(s.text) and not s.text.endswith(org_suffixes()))]
        if extra and self.setting("words"):  # 中国 named once is still no place in 发展中国家
            extra = boundaries.drop_common_uses(extra, words=True, things=bool(self.setting("things")))
            if self.setting("things"):  # 《科学》 named once is no ORG in 科学家
                extra = boundaries.bare_periodical_words(extra, first)
        if extra and self.setting("languages"):  # 阿拉伯 named once is no place in 阿拉伯文版
            extra = boundaries.drop_language_and_people_names(extra)
        attrs = {text: span_attrs(span) for text, span in first.items()}
        if self.setting("place_stems"):  # 赵家洼 is the place where the text has 赵家洼村
            both = boundaries.place_stems(list(flat) + extra)
            flat, extra = both[:len(flat)], both[len(flat):]
        doc.ents = sorted(list(flat) + extra, key=lambda s: s.start)
        doc.spans[self.nested_key] = list(nested)
        for span in extra:
            src = attrs[span.text]
            _set_attrs(span, src["source"] or "model", src)
        return doc

    def score(self, examples: Iterable[Any], **kwargs: Any) -> Dict[str, Any]:
        """Entity scores of the flat layer (``ents_p/r/f``, per type), by ``scorer``."""
        if self.scorer is None:
            return {}
        return self.scorer(examples, **kwargs)
