"""Context rules of the merge policy ``tagger.merge_policy.v2``: labels and boundaries that
the words around a name decide.

Each function takes spans and returns spans (or, for :func:`join_place_bodies`, the
merge's flat and nested candidates); merge.py's :func:`~tagger.pipeline.merge.merge_spans_v2`
calls them in this order, and tests/test_boundaries.py tests each one.

1. :func:`drop_event_fragments`: a one-character model LOC inside a games name (亚 of
   亚残运会, 奥 of 冬残奥会) and a model ORG that names a sports event (斯图加特世锦赛) go.
2. :func:`join_split_places`: one-character model LOCs cut out of one transliterated name
   become that name (斯 + 图 → 斯图加特), and a run of one-character places before a place
   ending is one place (京 + 津 + 公路 → 京津公路).
3. :func:`counted_list_bodies`: the items of a list counted by 家 (江淮、比亚迪、蔚来、长安、
   安凯6家整车企业) are organizations: ORG spans replace the model's pieces there; and
   :func:`company_names`: a company's registered name from a model span to its ending;
   with v4, :func:`company_lists` (every item of an enumeration of companies is an ORG),
   :func:`drop_common_uses` (北京 of 北京时间, 女足 of 女足运动), :func:`missions_abroad`
   (中国驻意大利使馆) and :func:`drop_bracketed_terms` (AQI in 环境空气质量（AQI）).
4. :func:`join_foreign_names`, :func:`trim_name_followers`: a name with separators takes the
   model's one or two more characters (彼得·瓦伦斯滕), and a PERSON that took the next word's
   first character gives it back (陆昕说 → 陆昕, 特雷莎·梅希望 → 特雷莎·梅).
5. :func:`trim_latin_tails`, :func:`strip_title_marks`, :func:`trim_prepositions`,
   :func:`drop_generic_bodies`, :func:`drop_ideology_names`, :func:`drop_brand_names`: no
   title or product in Latin letters at a body's end (特斯拉CEO → 特斯拉, 华为Mate60 → 华为),
   no name in an -ism (马克思列宁主义) and no brand as a person (李宁等品牌),
   book-title marks never inside a span (《人民日报》社 → 人民日报), a model span gives
   a leading preposition back to the rule span after it (在湾桥镇 → 湾桥镇), and a body
   after a determiner of a class is no name (各村党支部).
6. :func:`join_place_bodies` (after the merge): a place directly followed by a local body
   whose name begins with an admin division or level is one body (湖北省 + 武汉市中级人民法院,
   合肥 + 市公安局); a body with a name of its own (美国 + 康奈尔大学) or a community's
   (石化街道 + 蒙山居民区党总支) stays apart.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from typing import Dict, FrozenSet, Iterable, List, Optional, Sequence, Set, Tuple

from spacy.tokens import Doc, Span

from ..zh.chars import HAN, HAN_RE, latin_word_bounds
from ..zh.context import (ABSTRACT_ENDINGS, ADDRESS_FORMS, ARMY_COUNTRIES, ARMY_ENDING, AUTHOR_WORKS,
                          BARE_BODY_WORDS, BARE_TEAMS,
                          BRAND_LIST, BUSINESS_ENDINGS, CAPITAL_LEADS, CHINA_SHORT, CHINA_VISITS, CHINESE_PLACE_KINDS,
                          CLOSE_BRACKETS, COLLECTIVE_BODIES, COMPANY_ENDINGS, COMPANY_GAP_POS,
                          COMPANY_NAME_WORDS, COMPETITION_SHORT_NAMES, COUNTRY_ABBREVIATIONS,
                          COUNTED_BODIES, COUNT_NUMERALS, DEVICE_MARK, DOCUMENT_ENDINGS, EVENT_HEAD_STOPS,
                          FAMILIAR_PREFIXES, FUNCTION_TITLES, FUNCTION_WORDS, GAMES_NAME, GAMES_STEM, GENERIC_COMPANY_ENDING,
                          GENERIC_COMPANY_KINDS, GENERIC_COMPANY_LEADS, GENERIC_DETERMINERS,
                          GENERIC_PLACE_CLASSES, GENERIC_PLACE_ENDINGS, GENERIC_SCOPES, GENERIC_TAILS,
                          HEADED_TITLES,
                          IDEOLOGY_ENDING, IDIOM_POS,
                          INSTITUTION_ENDINGS, KIND_LISTED_BODIES, LANGUAGE_EDITIONS, LEADING_PREPOSITIONS,
                          LIST_CLOSER, LIST_FOLLOWERS, LIST_ITEM, LIST_ITEM_MAX, LIST_JOINERS, LIST_LEADS,
                          LATIN_PRODUCTS, LIST_SEPARATORS, MISSION_NAME, MODAL_SUFFIX_CHARS,
                          NATIONWIDE, NOT_DEVICE_ENDINGS, NOT_PLACES,
                          OPEN_BRACKETS, ORDINAL_MEASURES, PEOPLE_ENDING, PLACE_LIST_CLOSER, PLACE_TRAILS, PLACES_IN_WORDS, PRODUCT_KINDS, SENDING_VERBS,
                          SIDE, SPLIT_PLACE_POS,
                          SPORTS_EVENT_ENDINGS, SPORT_FOLLOWERS, TEAM_LEAGUE_FOLLOWERS, TEAM_PLAYER_FOLLOWERS,
                          TIME_STANDARDS, TITLE_MARKS, TOUR_STOP, TOUR_WINDOW, TOUR_WORDS,
                          AWAY_LEADS, HOME_AWAY, LINE_END_FORMS, LINE_ENDINGS, LINE_NEW, MATCH_SIDE_MARKS, TEAM_ENDING,
                          NAME_PARTICLES, TRAILING_FOLLOWERS, TRANSLITERATION_FOLLOWERS, WEEK_WORDS, is_modal)
from ..zh.names import (JAPANESE_GIVEN_ENDINGS, JAPANESE_SURNAMES, NAME_DASH, NAME_SEPARATORS, SURNAMES_1,
                        SURNAMES_2, surname_len, transliteration_chars)
from ..zh.roles import BYLINE_ROLES
from ..zh.suffixes import (ADMIN_ENDINGS, ADMIN_LEVEL_CHARS, BODY_ENDINGS, BODY_SITE_SUFFIXES,
                           COMMUNITY_ENDINGS, LANDMARK_SUFFIXES, LONG_NAME_PLACE_SUFFIXES,
                           MEMORIAL_ENDINGS, ORG_CHAR_SUFFIXES, ORG_NAME_SUFFIXES, SUB_BODY_ENDINGS,
                           org_endings, place_endings)
from ..zh.words import is_common_word, word_frequency, word_pos
from .extensions import set_span_attrs, span_attrs
from .patterns import NAME_FOLLOWERS, name_after
from .textview import CLOSE_QUOTES, OPEN_QUOTES, doc_text

_GAMES_WINDOW = 4
_HAN_RUN = re.compile(f"[{HAN}]+")
#: Parts of a transliterated name after a separator, up to a word that follows a name.
_SEPARATED_TAIL = re.compile(
    f"(?:[{re.escape(NAME_SEPARATORS)}][{HAN}]{{1,6}}?)+"
    f"(?=(?:{'|'.join(sorted(map(re.escape, NAME_FOLLOWERS), key=len, reverse=True))})|[^{HAN}]|$)")
#: Latin letters and digits at the end of a span, after a Chinese character (华为|Mate60).
_LATIN_TAIL = re.compile(f"(?<=[{HAN}）)]) ?[A-Za-z][A-Za-z0-9 .+-]*$")
#: A product named in Latin script, with its model number or name (iPhone 15, GPT-4, Mate 60 Pro).
_LATIN_PRODUCT = re.compile("(?:%s)(?![a-z])(?:(?:[ -]|(?<=[A-Za-z])(?=[0-9]))[A-Za-z0-9+]+)*"
                            % "|".join(map(re.escape, LATIN_PRODUCTS)))
#: A name in Latin script and one Han character after it (SpaceX星).
_LATIN_HAN_TAIL = re.compile(f"[A-Za-z][A-Za-z0-9&.+-]*[A-Za-z0-9][{HAN}]")


def word_at(doc: Doc, i: int) -> Optional[Tuple[int, int, str]]:
    """``(start, end, pos)`` in tokens of the dictionary word that token ``i`` belongs to,
    read from the word features' tags (``B-ns``, ``I-ns``, ``E-ns``, ``S-v``); None when
    the pipeline set no word tags."""
    def parts(k: int) -> Tuple[str, str]:
        tag = doc[k].tag_
        return (tag[0], tag[2:]) if len(tag) > 2 and tag[1] == "-" else ("", "")

    where, pos = parts(i)
    if not where:
        return None
    start = i
    while where in ("I", "E") and start > 0 and parts(start - 1)[0] in ("B", "I"):
        start -= 1
        if parts(start)[0] == "B":
            break
    end = i + 1
    while parts(end - 1)[0] in ("B", "I") and end < len(doc) and parts(end)[0] in ("I", "E"):
        end += 1
    return start, end, pos


def drop_event_fragments(spans: Iterable[Span], *, places: bool = True) -> List[Span]:
    """Model spans without one-character LOCs inside a games name (亚 of 亚残运会, 奥 of
    冬残奥会, :data:`~tagger.zh.context.GAMES_NAME`) and LOCs that are a games name without
    会 (亚残运 of 亚残运金牌), a games village whole (残运村 → 亚残运村), and without ORGs that name a sports
    event (斯图加特世锦赛, :data:`~tagger.zh.context.SPORTS_EVENT_ENDINGS`); a LOC that
    names one keeps the place it is held in (斯图加特世锦赛 → 斯图加特, but nothing of
    全国锦标赛). The games village and the event's place need ``places`` (merge policy v3). A games
    village is a place: a one-character LOC before a LOC that ends the village's name is
    joined to it (亚 + 残运村 → 亚残运村)."""
    spans = list(spans)
    by_start = {s.start_char: s for s in spans if s.label_ == "LOC"}
    out: List[Span] = []
    joined: Set[int] = set()
    for span in spans:
        if id(span) in joined:
            continue
        surface = span.text if span.label_ in ("ORG", "LOC") else ""
        event = next((e for e in SPORTS_EVENT_ENDINGS if surface.endswith(e)), "")
        if event and (places or span.label_ == "ORG"):
            head = surface[:-len(event)]
            if places and span.label_ == "LOC" and len(head) >= 2 and _HAN_RUN.fullmatch(head) \
                    and head[0] not in EVENT_HEAD_STOPS:
                out.append(Span(span.doc, span.start, span.start + len(head), label="LOC"))
            continue
        if span.label_ == "LOC" and GAMES_STEM.fullmatch(surface):
            continue
        if places and span.label_ == "LOC" and len(surface) > 1 and surface.endswith("村"):
            games = _games_name(span)
            if games is not None and games[0] < span.start_char and games[1] == span.end_char:
                village = span.doc.char_span(games[0], games[1], label="LOC")
                out.append(village if village is not None else span)  # 残运村 → 亚残运村
                continue
        if span.label_ == "LOC" and len(surface) == 1:
            games = _games_name(span)
            if games is not None:
                rest = by_start.get(span.end_char)
                if games[1] - games[0] > 1 and doc_text(span.doc)[games[1] - 1] == "村" \
                        and rest is not None and rest.end_char == games[1]:
                    joined.add(id(rest))
                    out.append(Span(span.doc, span.start, rest.end, label="LOC"))
                continue
        out.append(span)
    return [s for s in out if id(s) not in joined]


def _games_name(span: Span) -> Optional[Tuple[int, int]]:
    """``(start, end)`` of the games name that holds ``span``, if any."""
    text = doc_text(span.doc)
    lo = max(0, span.start_char - _GAMES_WINDOW)
    for m in GAMES_NAME.finditer(text, lo, span.end_char + _GAMES_WINDOW):
        if m.start() <= span.start_char and span.end_char <= m.end():
            return m.start(), m.end()
    return None


def join_split_places(spans: Iterable[Span]) -> List[Span]:
    """Model spans with one-character LOCs joined into the place they were cut from.

    Two or more one-character LOCs inside one dictionary word of three or more characters
    tagged as a transliterated name (:data:`~tagger.zh.context.SPLIT_PLACE_POS`)
    become that word (斯 + 图 in 斯图加特), when no other model span overlaps it. A run of
    two or more adjacent one-character LOCs directly followed by a place ending of two or
    more characters is one place with it (京 + 津 + 公路 → 京津公路). Needs the word
    features' tags; without them only the second rule applies.
    """
    spans = sorted(spans, key=lambda s: (s.start, s.end))
    singles = [s for s in spans if s.label_ == "LOC" and len(s) == 1 and len(s.text) == 1]
    if len(singles) < 2:
        return spans
    doc = spans[0].doc
    replaced: Set[int] = set()
    new: List[Span] = []
    by_word: Dict[Tuple[int, int], List[Span]] = {}
    for s in singles:
        word = word_at(doc, s.start)
        if word is not None and word[1] - word[0] >= 3 and word[2] in SPLIT_PLACE_POS:
            by_word.setdefault((word[0], word[1]), []).append(s)
    for (ws, we), parts in by_word.items():
        others = [s for s in spans if s.start < we and ws < s.end and s not in parts]
        if len(parts) >= 2 and not others:
            replaced.update(id(p) for p in parts)
            new.append(Span(doc, ws, we, label="LOC"))
    text = doc_text(doc)
    endings = [e for e in place_endings() if len(e) >= 2 and e not in GENERIC_PLACE_ENDINGS]
    run: List[Span] = []
    for s in singles + [None]:  # type: ignore[list-item]
        if s is not None and id(s) not in replaced and (not run or s.start == run[-1].end):
            run.append(s)
            continue
        if len(run) >= 2:
            end = run[-1].end_char
            ending = next((e for e in endings if text.startswith(e, end)), "")
            joined = doc.char_span(run[0].start_char, end + len(ending), label="LOC") if ending else None
            if joined is not None and not any(o.start < joined.end and joined.start < o.end
                                              and o not in run for o in spans):
                replaced.update(id(p) for p in run)
                new.append(joined)
        run = [s] if s is not None and id(s) not in replaced else []
    if not new:
        return spans
    return sorted([s for s in spans if id(s) not in replaced] + new, key=lambda s: (s.start, s.end))


def list_items(doc: Doc, spans: Sequence[Span] = (), *, kinds: bool = False,
               listed_places: bool = False) -> List[Tuple[int, int]]:
    """Character offsets of the items of every list counted by 家 in ``doc``
    (:data:`~tagger.zh.context.COUNTED_BODIES`): ``A、B、C6家整车企业``, ``A、B等3家银行``.

    The items after the first are the text between separators; the first is the name that
    ends at the first separator: the longest of ``spans`` or of the dictionary words ending
    there, of two characters or more. A list needs two items at least; an item that is not
    two to eight letters (:data:`~tagger.zh.context.LIST_ITEM`) ends the list there.

    With ``kinds`` (merge policy v5), a list closed by 等 and a kind of company without a count
    counts too (吉利、赣锋等动力电池企业: :data:`~tagger.zh.context.KIND_LISTED_BODIES`), unless an
    item is a common word, a verb of the dictionary or a place among ``spans`` (钢铁、化工等重点企业,
    疫情防控、城市运行等必需的相关企业, 江苏、浙江等地企业). With ``listed_places``, an ORG among
    ``spans`` is never such an item, nor is a place where two items or more are ORGs there
    (长安、赛力斯、长城等整车企业, with 赛力斯 and 长城 found as companies), while two names joined by
    和 are (索尼、本田和丰田汽车等少数企业: :func:`_no_listed_name`).
    A counted list of kinds of business, every item a common phrase (:func:`is_common_phrase`:
    酒店、银行、保险、物流等35家企业) and none an ORG among ``spans``, is no list of names
    (工商银行、建设银行等4家银行 is, when 工商银行 is a name found), and neither is one closed by 等地
    (武汉、荆州等地十家医院: places).
    """
    text = doc_text(doc)
    starts_by_end = _span_starts_by_end(spans)
    places = {(s.start_char, s.end_char) for s in spans if s.label_ == "LOC"}
    orgs = {(s.start_char, s.end_char) for s in spans if s.label_ == "ORG"}
    out: List[Tuple[int, int]] = []
    for pos in range(len(text)):
        if pos == 0 or text[pos - 1] in LIST_SEPARATORS + LIST_CLOSER + COUNT_NUMERALS:
            continue
        if text.endswith(PLACE_LIST_CLOSER, 0, pos):
            continue  # 武汉、荆州等地十家医院 counts hospitals in places
        counted = COUNTED_BODIES.match(text, pos)  # a count is matched from its start
        if not counted and not (kinds and text[pos] == LIST_CLOSER
                                and KIND_LISTED_BODIES.match(text, pos)):
            continue
        items: List[Tuple[int, int]] = []
        end = pos
        while True:
            sep = text.rfind(LIST_SEPARATORS, max(0, end - LIST_ITEM_MAX - 1), end)
            if sep < 0 or not LIST_ITEM.fullmatch(text, sep + 1, end):
                break
            items.append((sep + 1, end))
            end = sep
        if not items:
            continue
        first = _name_ending_at(doc, starts_by_end, end)
        if first is None:
            continue
        items.append((first, end))
        if not counted and any(_no_listed_name(text, (a, b), items, places, orgs, listed_places=listed_places)
                               for a, b in items):
            continue
        if counted and all(is_common_phrase(text[a:b]) and (a, b) not in orgs for a, b in items):
            continue  # kinds of business counted (酒店、银行、保险、物流等35家企业)
        out.extend(reversed(items))
    return out


def _no_listed_name(text: str, item: Tuple[int, int], items: Sequence[Tuple[int, int]],
                    places: Set[Tuple[int, int]], orgs: Set[Tuple[int, int]], *,
                    listed_places: bool = False) -> bool:
    """Whether ``item`` of a list closed by 等 and a kind of company names no company: a place, a
    common word or a verb of the dictionary. With ``listed_places``, an ORG among ``orgs`` always
    names one, a place among two ORG items or more does too (长安、赛力斯、长城等整车企业), and, where
    ``orgs`` has any, two names joined by 和, 与 or 及 are no item (索尼、本田和丰田汽车等少数企业)."""
    a, b = item
    if listed_places and item in orgs:
        return False
    if item in places:
        return not listed_places or sum(i in orgs for i in items) < 2
    if listed_places and orgs and any(j in text[a:b] for j in LIST_JOINERS):
        return True  # two names joined (本田和丰田汽车)
    return is_common_word(text[a:b]) or word_pos(text[a:b]).startswith("v")


def is_common_phrase(item: str) -> bool:
    """Whether ``item`` is a common word or a run of common words of two characters or more
    (海外仓储, 粮油加工): a kind of thing, not a name (比亚迪, 蔚来)."""
    if is_common_word(item):
        return True
    ends = {0}
    for end in range(2, len(item) + 1):
        if any(start in ends and is_common_word(item[start:end]) for start in range(0, end - 1)):
            ends.add(end)
    return len(item) in ends


def _span_starts_by_end(spans: Sequence[Span]) -> Dict[int, List[int]]:
    """The start offsets of ``spans`` by end offset, for :func:`_name_ending_at`."""
    out: Dict[int, List[int]] = {}
    for span in spans:
        out.setdefault(span.end_char, []).append(span.start_char)
    return out


def _name_ending_at(doc: Doc, starts_by_end: Dict[int, List[int]], end: int) -> Optional[int]:
    starts = [s for s in starts_by_end.get(end, ()) if end - s >= 2]
    token = doc.char_span(end - 1, end, alignment_mode="expand")
    if token is not None:
        word = word_at(doc, token.start)
        if word is not None and doc[word[1] - 1].idx + len(doc[word[1] - 1].text) == end:
            starts.append(doc[word[0]].idx)
    starts = [s for s in starts if end - s >= 2 and LIST_ITEM.fullmatch(doc_text(doc), s, end)]
    return min(starts) if starts else None


def counted_list_bodies(model_spans: Sequence[Span], rule_spans: Sequence[Span], *,
                        kinds: bool = False, listed_places: bool = False) -> Tuple[List[Span], List[Span]]:
    """``(model_spans, rule_spans)`` with every item of a counted list (:func:`list_items`,
    with ``kinds`` also lists closed by 等 and a kind of company) an ORG: model spans inside an
    item or crossing it give way, and an ORG pattern span covers the item unless a rule ORG
    already does."""
    model_spans, rule_spans = list(model_spans), list(rule_spans)
    anchor = model_spans or rule_spans
    if not anchor:
        return model_spans, rule_spans
    doc = anchor[0].doc
    items = list_items(doc, model_spans + rule_spans, kinds=kinds, listed_places=listed_places)
    if not items:
        return model_spans, rule_spans
    taken = {(s.start_char, s.end_char) for s in rule_spans if s.label_ == "ORG"}
    for start, end in items:
        model_spans = _item_org(doc, start, end, model_spans, rule_spans, taken,
                                lambda s: s.start_char < start and end < s.end_char)
    return model_spans, rule_spans


def _item_org(doc: Doc, start: int, end: int, model_spans: List[Span], rule_spans: List[Span],
              taken: Set[Tuple[int, int]], stays) -> List[Span]:
    """A list item ``[start, end)`` as an ORG: a pattern span appended to ``rule_spans`` (and
    its offsets to ``taken``) unless ``taken`` has it; returns ``model_spans`` without those
    inside or across the item, except the ones ``stays`` keeps."""
    model_spans = [s for s in model_spans
                   if not (s.start_char < end and start < s.end_char) or stays(s)]
    if (start, end) not in taken:
        span = doc.char_span(start, end, label="ORG")
        if span is not None:
            set_span_attrs(span, source="pattern", canonical=span.text, category="list",
                           expansion=None)
            rule_spans.append(span)
            taken.add((start, end))
    return model_spans


def enumeration_items(doc: Doc, spans: Sequence[Span] = ()) -> List[List[Tuple[int, int, bool]]]:
    """The items of each enumeration of three names or more in ``doc`` (``A、B、C及D等``) as
    ``(start, end, bounded)``: items parted by 、, each two to eight Han or Latin letters
    (:data:`~tagger.zh.context.LIST_ITEM`). ``bounded`` items have both edges fixed by the text:
    an item between two 、, the first when it is the name ending at the first 、 (a span or a
    dictionary word, as in :func:`list_items`), the last when 等 closes it. Otherwise the
    first item runs from the last character that is no letter (after a leading 由, 在 … of
    :data:`~tagger.zh.context.LIST_LEADS`), and the last up to a character that is no letter,
    maybe as two items joined by 及/和/与; a last item longer than an item is left out."""
    text = doc_text(doc)
    starts_by_end = _span_starts_by_end(spans)
    out: List[List[Tuple[int, int, bool]]] = []
    pos = 0
    while True:
        sep = text.find(LIST_SEPARATORS, pos)
        if sep < 0:
            return out
        first = _first_item(doc, starts_by_end, text, sep)
        if first is None:
            pos = sep + 1
            continue
        items = [first]
        start = sep + 1
        while True:
            m = _LETTERS.match(text, start)
            end = m.end() if m else start
            closer = text.find(LIST_CLOSER, start, end)
            if closer < 0 and end < len(text) and text[end] == LIST_SEPARATORS[0]:
                if not 2 <= end - start <= LIST_ITEM_MAX:
                    break
                items.append((start, end, True))
                start = end + 1
                continue
            items.extend(_last_items(text, start, closer if closer >= 0 else end, closer >= 0))
            break
        if len(items) >= 3:
            out.append(items)
        pos = max(items[-1][1], sep + 1)


_LETTERS = re.compile(f"[{HAN}A-Za-z]+")
_LETTERS_BEFORE = re.compile(f"[{HAN}A-Za-z]+$")


def _first_item(doc: Doc, starts_by_end: Dict[int, List[int]], text: str, sep: int
                ) -> Optional[Tuple[int, int, bool]]:
    """The first item of an enumeration whose first 、 is at ``sep``: a company's short name
    starting the run of letters before it or after a word of :data:`~tagger.zh.context.LIST_LEADS`
    in that run (专家组由|商汤科技), else the name ending there, else the run itself."""
    run = _LETTERS_BEFORE.search(text, max(0, sep - LIST_ITEM_MAX - 2), sep)
    start = run.start() if run else sep
    for p in range(start, sep - 1):
        if ((p == start and text[p] not in LIST_LEADS) or (p > start and text[p - 1] in LIST_LEADS)) \
                and _company_short_name(text[p:sep]):
            return p, sep, False
    named = _name_ending_at(doc, starts_by_end, sep)
    if named is not None:
        return named, sep, True
    return (start, sep, False) if 2 <= sep - start <= LIST_ITEM_MAX else None


def _last_items(text: str, start: int, end: int, closed: bool) -> List[Tuple[int, int, bool]]:
    """The last item of an enumeration in ``text[start:end]``, or two items joined by 及/和/与
    there (the first of them bounded); none if it is longer than an item. ``closed``: 等 follows."""
    if 2 <= end - start <= LIST_ITEM_MAX:
        return [(start, end, closed)]
    for k in range(start + 2, end - 1):
        if text[k] in LIST_JOINERS and k - start <= LIST_ITEM_MAX and 2 <= end - k - 1 <= LIST_ITEM_MAX:
            return [(start, k, True), (k + 1, end, closed)]
    return []


def company_lists(model_spans: Sequence[Span], rule_spans: Sequence[Span]
                  ) -> Tuple[List[Span], List[Span]]:
    """``(model_spans, rule_spans)`` with the items of an enumeration of companies ORGs: an
    enumeration (:func:`enumeration_items`) at least half of whose items, and two or more, are
    ORG spans or a name of its own followed by a business word
    (:data:`~tagger.zh.context.COMPANY_NAME_WORDS`: 澜舟科技, 思灵机器人). Those items and every
    bounded item that is no common word (纽瑞芯 read as a PERSON, 重力聿画) become ORGs; model
    spans inside or across one give way."""
    model_spans, rule_spans = list(model_spans), list(rule_spans)
    anchor = model_spans or rule_spans
    if not anchor:
        return model_spans, rule_spans
    doc = anchor[0].doc
    text = doc_text(doc)
    orgs = {(s.start_char, s.end_char) for s in model_spans + rule_spans if s.label_ == "ORG"}
    taken = {(s.start_char, s.end_char) for s in rule_spans if s.label_ == "ORG"}
    for items in enumeration_items(doc, model_spans + rule_spans):
        company = [(a, b) in orgs or _company_short_name(text[a:b]) for a, b, _ in items]
        if sum(company) < max(2, (len(items) + 1) // 2):
            continue
        for (start, end, bounded), is_company in zip(items, company):
            if not (is_company or (bounded and not is_common_word(text[start:end]))):
                continue
            model_spans = _item_org(
                doc, start, end, model_spans, rule_spans, taken,
                lambda s: s.label_ == "ORG" and s.start_char <= start and end <= s.end_char)
    return model_spans, rule_spans


def people_lists(model_spans: Sequence[Span], rule_spans: Sequence[Span]
                 ) -> Tuple[List[Span], List[Span]]:
    """``(model_spans, rule_spans)`` where a place of two or three characters that begins with
    a listed surname, ends in no place ending (白鹤|滩) and has a person on either side of it
    in a list, parted by 、 or joined by 和, 及, 与, is that person (樊振东、马龙和王楚钦: 马龙
    is a county's short name, here a player's): the NER's LOC there becomes a PERSON, the
    rules' LOC goes."""
    people = [s for s in [*model_spans, *rule_spans] if s.label_ == "PERSON"]
    if not people:
        return list(model_spans), list(rule_spans)
    text = doc_text(people[0].doc)
    ends = {s.end_char for s in people}
    starts = {s.start_char for s in people}

    def listed(span: Span) -> bool:
        a, b = span.start_char, span.end_char
        return (span.label_ == "LOC" and 2 <= b - a <= 3 and surname_len(text, a) == 1
                and not span.text[1:].endswith(place_endings())
                and a > 1 and text[a - 1] in _PEOPLE_LIST_JOINERS and a - 1 in ends
                and text[b:b + 1] in _PEOPLE_LIST_JOINERS and b + 1 in starts)

    return ([Span(s.doc, s.start, s.end, label="PERSON") if listed(s) else s for s in model_spans],
            [s for s in rule_spans if not listed(s)])


_PEOPLE_LIST_JOINERS = LIST_SEPARATORS + LIST_JOINERS


#: The slash between the two players of a pair (王宗源/龙道一, 何泰权／姜京珍).
PAIR_SLASHES = "/／"
#: Function words that end a partner's two-character name before a score or an object
#: (林诗栋/向鹏|以3∶2战胜).
PAIR_NAME_STOPS = "以在和与及对为将把被向从于"


def slash_partners(model_spans: Sequence[Span], rule_spans: Sequence[Span]
                   ) -> Tuple[List[Span], List[Span]]:
    """``(model_spans, rule_spans)`` with the partner a person is paired with by a slash, as
    doubles are written (王宗源/龙道一也…, 杨昊/练俊杰配合…): where the NER's person of one or two
    characters after the slash begins one character late, it takes that character, the
    surname (俊杰 → 练俊杰, 练 being a surname the list lacks); where no span begins right
    after the slash, a Chinese name there (:func:`~tagger.pipeline.patterns.name_after`) is a
    PERSON (a rule span)."""
    spans = [*model_spans, *rule_spans]
    people_ends = {s.end_char for s in spans if s.label_ == "PERSON"}
    if not people_ends:
        return list(model_spans), list(rule_spans)
    doc = spans[0].doc
    text = doc_text(doc)
    model_out, rule_out = list(model_spans), list(rule_spans)
    for slash in sorted(people_ends):
        if text[slash:slash + 1] not in PAIR_SLASHES or slash + 1 >= len(text):
            continue
        first = slash + 1
        if any(s.start_char <= first < s.end_char for s in spans):
            continue
        late = [s for s in model_out if s.label_ == "PERSON" and s.start_char == first + 1
                and len(s.text) <= 2 and HAN_RE.match(text[first])]
        if late:
            model_out = [(_respan(s, first, s.end_char) or s) if s is late[0] else s for s in model_out]
            continue
        length = name_after(text, first)
        if length == 3 and text[first + 2] in PAIR_NAME_STOPS:
            length = 2  # 林诗栋/向鹏|以3∶2战胜
        if length and not any(s.start_char < first + length and first < s.end_char for s in spans):
            span = doc.char_span(first, first + length, label="PERSON")
            if span is not None:
                set_span_attrs(span, source="pattern", canonical=span.text, category="pair",
                               expansion=None)
                rule_out.append(span)
    return model_out, rule_out


def body_member_names(model_spans: Sequence[Span], rule_spans: Sequence[Span]
                      ) -> Tuple[List[Span], List[Span]]:
    """``(model_spans, rule_spans)`` where a person is named right after the body the rules
    found, as lists of members write them (南京大学付思涵、中山大学胡世鑫等): a surname and one
    or two characters that begin no common word and end in no organization ending, followed
    by 、 or 等, or in an item after 、 followed by 和, 及, 与, a stop or nothing, is a PERSON (a
    rule span), and a model ORG over the body and the name gives way (not 央视方楼和…)."""
    bodies = [s for s in rule_spans if s.label_ == "ORG" and len(s.text) >= 2]
    if not bodies:
        return list(model_spans), list(rule_spans)
    doc = bodies[0].doc
    text = doc_text(doc)
    names: Dict[int, Span] = {}
    for body in bodies:
        a = body.end_char
        for n in (3, 2):
            b = a + n
            if b > len(text) or surname_len(text, a) != 1 or not _HAN_RUN.fullmatch(text, a, b):
                continue
            after = text[b:b + 1]
            listed = after in _MEMBER_LIST_MARKS or (
                body.start_char > 0 and text[body.start_char - 1] in _MEMBER_LIST_MARKS
                and (not after or after in _MEMBER_FOLLOWERS))
            if not listed:
                continue
            name = text[a:b]
            if any(char in _MEMBER_FOLLOWERS for char in name) or is_common_word(name) \
                    or is_common_word(text[a:a + 2]) \
                    or name.endswith(ORG_CHAR_SUFFIXES + ORG_NAME_SUFFIXES) \
                    or (n == 3 and is_common_word(text[a + 1:b])):
                continue  # 成立|了, 向社会, 罗马电: words, not a name
            span = doc.char_span(a, b, label="PERSON")
            if span is not None:
                set_span_attrs(span, source="pattern", canonical=name, category="member", expansion=None)
                names[a] = span
            break
    if not names:
        return list(model_spans), list(rule_spans)
    kept = [s for s in model_spans
            if not any(s.start_char < n.end_char and n.start_char < s.end_char for n in names.values())]
    return kept, [*rule_spans, *names.values()]


_MEMBER_LIST_MARKS = "、等"
_MEMBER_FOLLOWERS = "、等和及与，。；;,"


def _company_short_name(item: str) -> bool:
    """Whether ``item`` is a name of two to four characters that is no common word, then a
    business word (澜舟 + 科技), not an industry (生物 + 科技, 新 + 材料)."""
    for ending in COMPANY_NAME_WORDS:
        if item.endswith(ending) and 2 <= len(item) - len(ending) <= 4:
            return not is_common_word(item[:-len(ending)])
    return False


def company_names(model_spans: Sequence[Span], rule_spans: Sequence[Span]) -> List[Span]:
    """``rule_spans`` plus an ORG for each company's registered name that a model ORG or
    PERSON begins: the span, the rest of the dictionary word it ends inside, then noun-like
    words (:data:`~tagger.zh.context.COMPANY_GAP_POS`) up to a company ending (贝泰妮 +
    生物科技有限公司, 海康威 + 视数字技术股份有限公司). A place before a company's name is a
    base of the gazetteer's suffix rule, with that rule's own checks. Needs the word
    features' tags.
    """
    out = list(rule_spans)
    taken = {(s.start_char, s.end_char) for s in rule_spans if s.label_ == "ORG"}
    for span in model_spans:
        end = _company_end(span)
        if end is not None and (span.start_char, end) not in taken:
            new = span.doc.char_span(span.start_char, end, label="ORG")
            if new is not None:
                set_span_attrs(new, source="pattern", canonical=new.text, category="company",
                               expansion=None)
                out.append(new)
                taken.add((span.start_char, end))
    return out


_MAX_COMPANY_GAP = 12


def _company_end(span: Span) -> Optional[int]:
    doc = span.doc
    if span.end >= len(doc) or span.label_ not in ("ORG", "PERSON"):
        return None
    word = word_at(doc, span.end - 1)
    if word is None:
        return None
    i = word[1] if word[1] > span.end else span.end
    limit = min(len(doc), span.end + _MAX_COMPANY_GAP)
    text = doc_text(doc)
    while i < limit:
        start_char = doc[i].idx
        ending = next((e for e in COMPANY_ENDINGS if text.startswith(e, start_char)), "")
        if ending:
            return start_char + len(ending)
        found = word_at(doc, i)
        if found is None or not found[2].startswith(COMPANY_GAP_POS):
            return None
        if found[2] == "x" and not doc[i].text.isalnum():
            return None
        i = max(found[1], i + 1)
    return None


def trim_name_followers(spans: Iterable[Span]) -> List[Span]:
    """PERSON spans without the first character of the word after the name.

    A name of three or more Han characters that ends with a one-character follower
    (:data:`~tagger.zh.context.TRAILING_FOLLOWERS`: 陆昕说 → 陆昕, 李健在 → 李健) or a particle
    (:data:`~tagger.zh.context.NAME_PARTICLES`: 郭菲的 → 郭菲), a
    transliterated name that ends with an adverb no transliteration has, unless it is a surname
    and two characters (佩恩才 → 佩恩, 万福才 stays:
    :data:`~tagger.zh.context.TRANSLITERATION_FOLLOWERS`), and a
    transliterated name or a surname and one character whose last character begins a
    two-character follower of ``NAME_FOLLOWERS`` with the next one (特雷莎·梅希|望 →
    特雷莎·梅, 刘俏认|为 → 刘俏, but not 张国强|调研, followed by one itself). What is left must
    be two characters or more and not end with a separator. Attributes are copied.
    """
    out = []
    for span in spans:
        cut = _follower_cut(span) if span.label_ == "PERSON" else 0
        if cut:
            span = _respan(span, span.start_char, span.end_char - cut) or span
        out.append(span)
    return out


def join_foreign_names(model_spans: Sequence[Span], rule_spans: Sequence[Span], *,
                       reach: int = 2) -> Tuple[List[Span], List[Span]]:
    """``(model_spans, rule_spans)`` where a model PERSON and a rule PERSON of a name with
    separators (彼得·瓦伦斯 by the name rule, whose letters stop at a character it does not
    list) overlap and the model's span reaches one or two Han characters further at
    either end: the union is the name (彼得·瓦伦斯 + 彼得·瓦伦斯滕 → 彼得·瓦伦斯滕, 萨·哈塔米舒利 +
    礼萨·哈塔米 → 礼萨·哈塔米舒利), as a rule span, unless it then ends where a word after the
    name would begin (:func:`trim_name_followers` takes that back).

    With ``reach`` above 2, the model may add up to ``reach`` characters at an end of the
    name where its span meets no Han character (塞·威 + 塞·威廉姆斯，→ 塞·威廉姆斯,
    瓦尔特·沙 + 瓦尔特·沙佛尔霍夫、)."""
    rules = list(rule_spans)
    models = list(model_spans)
    for i, rule in enumerate(rules):
        if rule.label_ != "PERSON" or not any(sep in rule.text for sep in NAME_SEPARATORS):
            continue
        text = doc_text(rule.doc)
        for model in models:
            if model.label_ != "PERSON" or not (model.start_char < rule.end_char
                                                and rule.start_char < model.end_char):
                continue
            start, end = min(model.start_char, rule.start_char), max(model.end_char, rule.end_char)
            before, after = text[start:rule.start_char], text[rule.end_char:end]
            extra = before + after
            if not extra or not _HAN_RUN.fullmatch(extra):
                continue
            if len(extra) > 2 and not (
                    len(before) <= reach and len(after) <= reach
                    and not (before and _HAN_RUN.match(text[start - 1:start]))
                    and not (after and _HAN_RUN.match(text[end:end + 1]))):
                continue
            union = rule.doc.char_span(start, end, label="PERSON")
            if union is None or _follower_cut(union):
                continue
            _copy_attrs(rule, union)
            rules[i] = union
            break
    return models, rules


#: Characters that end no name: function words a model may run a name into (王晨都表示).
NOT_NAME_ENDS = "的了是也都就又还将曾已被把从于及同跟给让"
#: The one character an anonymized name (李某) may take after it: which of several people it
#: is (李某甲, 张某乙), not the verb after it (雷某辩称).
ANONYMIZED_ORDINALS = "甲乙丙丁戊己庚辛壬癸"


def longer_model_names(model_spans: Sequence[Span], rule_spans: Sequence[Span]) -> List[Span]:
    """``rule_spans`` without the rule PERSONs that a model PERSON holds as part of a longer
    name, so that the model's name is the one kept:

    - a listed name and one more character after it that no word after a name begins
      (陈云 of 陈云林, 李希 of 李希林, 莫迪 of 莫迪凯; not 刘健 of 刘健在, 王晨 of 王晨都), an
      anonymized name only an ordinal (李某甲, not 雷某辩);
    - a part of a name with separators, the model's span going on across a separator
      (内塔尼亚胡 of 本雅明·内塔尼亚胡, 尔·达瓦 of 铁木尔·达瓦买提);
    - a listed name inside a transliteration on both sides (莱希 of 布莱希特).

    A model span that runs two names of a list together keeps the rule's name (王芳方毅 →
    方毅, 江泽民斯洛博丹·米洛舍维奇 → 斯洛博丹·米洛舍维奇)."""
    models = [m for m in model_spans if m.label_ == "PERSON"]
    if not models:
        return list(rule_spans)
    chars = transliteration_chars()
    followers = tuple(NAME_FOLLOWERS)

    def held(rule: Span) -> bool:
        text = doc_text(rule.doc)
        for model in models:
            if not (model.start_char <= rule.start_char and rule.end_char <= model.end_char) \
                    or (model.start_char, model.end_char) == (rule.start_char, rule.end_char) \
                    or model.text[0] in NAME_SEPARATORS or model.text[-1] in NAME_SEPARATORS:
                continue
            before = text[model.start_char:rule.start_char]
            after = text[rule.end_char:model.end_char]
            if not before and len(after) == 1 and _HAN_RUN.fullmatch(after) \
                    and after not in NOT_NAME_ENDS and not text.startswith(followers, rule.end_char) \
                    and (rule._.category != "anonymized" or after in ANONYMIZED_ORDINALS):
                return True
            if any(c in NAME_SEPARATORS for c in before + after) \
                    and all(c in NAME_SEPARATORS or _HAN_RUN.match(c) for c in before + after):
                return True
            if before and after and all(c in chars for c in before + after):
                return True
        return False

    return [r for r in rule_spans if r.label_ != "PERSON" or not held(r)]


def extend_separated_names(spans: Iterable[Span]) -> List[Span]:
    """PERSONs that stop at a name separator take the parts after it (艾莎 + ·拿撒 →
    艾莎·拿撒) up to a word that follows a name, punctuation or the end of the text; a
    transliterated PERSON also takes a transliterated part after a dash (迪亚斯 + —卡内尔: the
    dash, a separator only between transliterations, as pairs of places use it too)."""
    out = []
    for span in spans:
        if span.label_ == "PERSON":
            text = doc_text(span.doc)
            m = _SEPARATED_TAIL.match(text, span.end_char) or (
                _transliterated(span.text) and _dashed_tail().match(text, span.end_char))
            if m:
                span = _respan(span, span.start_char, m.end()) or span
        out.append(span)
    return out


@lru_cache(maxsize=1)
def _dashed_tail() -> re.Pattern:
    """A dash and a transliterated part of two to six characters (—卡内尔 of 迪亚斯—卡内尔)."""
    chars = re.escape(transliteration_chars())
    return re.compile(f"{NAME_DASH}[{chars}]{{2,6}}(?![{chars}])")


@lru_cache(maxsize=1)
def _transliteration_set() -> frozenset:
    """:func:`~tagger.zh.names.transliteration_chars` as a set."""
    return frozenset(transliteration_chars())


def _transliterated(text: str) -> bool:
    """Whether ``text`` is two or more transliteration characters and nothing else."""
    chars = _transliteration_set()
    return len(text) >= 2 and all(ch in chars for ch in text)


def complete_cut_names(spans: Sequence[Span]) -> List[Span]:
    """Model PERSONs cut short of a name the same text gives in full elsewhere (桂来 where
    the text goes on 胜 and 桂来胜 is tagged in another place): the full name, as one doc
    names one person the same way. A model span is only lengthened, by one or two
    characters."""
    spans = list(spans)
    names = {s.text for s in spans if s.label_ == "PERSON"}
    if len(names) < 2:
        return spans
    text = doc_text(spans[0].doc)
    out = []
    for span in spans:
        surface = span.text if span.label_ == "PERSON" else ""
        if surface:
            longer = [n for n in names if len(surface) < len(n) <= len(surface) + 2
                      and n.startswith(surface) and text.startswith(n, span.start_char)]
            if longer:
                span = _respan(span, span.start_char, span.start_char + len(max(longer, key=len))) or span
        out.append(span)
    return out


_TWO_CHAR_FOLLOWERS = frozenset(f for f in NAME_FOLLOWERS if len(f) == 2)
#: One-character words and particles a name of three characters or more never ends in.
_ENDING_FOLLOWERS = TRAILING_FOLLOWERS + NAME_PARTICLES


def _follower_cut(span: Span) -> int:
    text = span.text
    if len(text) < 3:
        return 0
    after = doc_text(span.doc)[span.end_char:span.end_char + 2]
    if any(sep in text for sep in NAME_SEPARATORS):
        if after and text[-1] + after[0] in _TWO_CHAR_FOLLOWERS and text[-2] not in NAME_SEPARATORS:
            return 1
        return 0
    if text.endswith(_ENDING_FOLLOWERS) and len(text) - 1 >= 2:
        return 1
    if text[-1] in TRANSLITERATION_FOLLOWERS and _transliterated(text[:-1]) \
            and (len(text) > 3 or not surname_len(text, 0)):
        return 1  # 佩恩才|是, but not 万福才: a surname and two characters is a Chinese name
    if text[-1] in SENDING_VERBS and after.startswith(SENDING_VERBS[text[-1]]):
        return 1  # 阿尔维致|慰问电
    # a surname and one character, then the first of a two-character follower (刘俏认|为 →
    # 刘俏), unless the name's own end is followed by one (张国强|调研)
    if len(text) == 3 and surname_len(text, 0) == 1 and after \
            and text[-1] + after[0] in _TWO_CHAR_FOLLOWERS and after not in _TWO_CHAR_FOLLOWERS:
        return 1
    return 0


def strip_title_marks(spans: Iterable[Span]) -> List[Span]:
    """Spans without book-title marks (:data:`~tagger.zh.context.TITLE_MARKS`): a span that
    holds a title in marks keeps the title (美国《时代》周刊 → 时代, 《人民日报》社 → 人民日报),
    one with a stray mark keeps the text beside it; what is left must have two characters or
    more, else the span goes. Attributes are copied."""
    out = []
    for span in spans:
        inner = _title_inner(span.text)
        if inner is None:
            out.append(span)
            continue
        start, end = inner
        if end - start < 2:
            continue
        new = _respan(span, span.start_char + start, span.start_char + end)
        if new is not None:
            out.append(new)
    return out


_QUOTE_PAIRS = dict(zip(OPEN_QUOTES, CLOSE_QUOTES))
_TITLE = re.compile("《([^《》\n]{1,40})》")


def drop_title_characters(spans: Sequence[Span], rule_spans: Sequence[Span]) -> List[Span]:
    """``spans`` without model PERSONs inside a work's title in book-title marks: the people
    of a film's, an opera's or a book's title are characters, not people the news names
    (哪吒 of 《哪吒之魔童降世》, 梁山伯 of 《梁山伯与祝英台》). A person the rules know keeps his
    name there (习近平 of 《习近平谈治国理政》), and so does the author of his works or the
    subject of his life (李中贤 of 《李中贤诗文集》: :data:`~tagger.zh.context.AUTHOR_WORKS`)."""
    if not spans:
        return list(spans)
    text = doc_text(spans[0].doc)
    titles = [(m.start(1), m.end(1)) for m in _TITLE.finditer(text)]
    if not titles:
        return list(spans)
    known = {(s.start_char, s.end_char) for s in rule_spans if s.label_ == "PERSON"}
    return [s for s in spans if not (
        s.label_ == "PERSON" and (s.start_char, s.end_char) not in known
        and not text.startswith(AUTHOR_WORKS, s.end_char)
        and any(a <= s.start_char and s.end_char <= b for a, b in titles))]


def drop_document_titles(spans: Sequence[Span]) -> List[Span]:
    """``spans`` without ORGs and LOCs that are the whole title of a document in book-title
    marks (《禁止蒙面规例》, 《长江经济带发展规划纲要》: :data:`~tagger.zh.context.DOCUMENT_ENDINGS`):
    a law, a plan or a declaration is no body and no place. Periodicals (《求是》, 《柳叶刀》) stay."""
    if not spans:
        return list(spans)
    text = doc_text(spans[0].doc)
    documents = {(m.start(1), m.end(1)) for m in _TITLE.finditer(text) if m.group(1).endswith(DOCUMENT_ENDINGS)}
    return [s for s in spans if not (s.label_ in ("ORG", "LOC") and (s.start_char, s.end_char) in documents)]


def drop_quoted_names(spans: Sequence[Span], rule_spans: Sequence[Span]) -> List[Span]:
    """``spans`` without model PERSONs that the text sets alone in quotation marks at half of
    their mentions or more, and without those mentions' others: such a name is a thing's (a
    mascot “蓉宝”, a typhoon “杜苏芮”, a ship “大鹏昊”), not a person the news names, who is
    written without them (no gold set quotes a person's name; a person quoted once among
    many mentions keeps them all). A person the rules know keeps his name."""
    if not spans:
        return list(spans)
    text = doc_text(spans[0].doc)
    known = {(s.start_char, s.end_char) for s in rule_spans if s.label_ == "PERSON"}
    people = [s for s in spans if s.label_ == "PERSON" and (s.start_char, s.end_char) not in known]
    mentions = Counter(s.text for s in people)
    quoted = Counter(s.text for s in people
                     if s.start_char and text[s.start_char - 1] in _QUOTE_PAIRS
                     and text[s.end_char:s.end_char + 1] == _QUOTE_PAIRS[text[s.start_char - 1]])
    things = {name for name, n in quoted.items() if 2 * n >= mentions[name]}
    return [s for s in spans if not (s.label_ == "PERSON" and s.text in things
                                     and (s.start_char, s.end_char) not in known)]


def drop_ideology_names(spans: Iterable[Span]) -> List[Span]:
    """Spans without the PERSONs that name an -ism (列宁 in 列宁主义, 马克思 and 列宁 in
    马克思列宁主义), which docs/annotation-guidelines.md leaves unmarked: a name followed by
    主义, by a dictionary person's name and 主义, or inside a dictionary word that ends in
    主义 (read from the word features' tags)."""
    out = []
    for span in spans:
        if span.label_ == "PERSON" and _names_an_ism(span):
            continue
        out.append(span)
    return out


def is_ism(span: Span) -> bool:
    """A name right before 主义 (马克思 in 马克思主义): docs/annotation-guidelines.md marks
    nothing in an -ism. Every merge policy drops such model spans."""
    return doc_text(span.doc).startswith(IDEOLOGY_ENDING, span.end_char)


def _names_an_ism(span: Span) -> bool:
    doc, text = span.doc, doc_text(span.doc)
    if is_ism(span):
        return True
    for word in (word_at(doc, span.start), word_at(doc, span.end) if span.end < len(doc) else None):
        if word is None or word[1] <= span.end:
            continue
        word_text = doc[word[0]:word[1]].text
        if word[0] <= span.start and word_text.endswith(IDEOLOGY_ENDING):
            return True  # 马克思列宁主义 as one word
        if word[0] == span.end and word[2].startswith("nr") and \
                text.startswith(IDEOLOGY_ENDING, doc[word[1] - 1].idx + len(doc[word[1] - 1].text)):
            return True  # 马克思 + 列宁 + 主义
    return False


def trim_latin_tails(spans: Iterable[Span]) -> List[Span]:
    """ORG spans without Latin letters and digits run on after a Chinese name (特斯拉CEO →
    特斯拉, 华为Mate60 → 华为, 苹果公司 CEO → 苹果公司): titles and product names, not
    the body's. What is left must have two characters or more. Attributes are copied."""
    out = []
    for span in spans:
        m = _LATIN_TAIL.search(span.text) if span.label_ == "ORG" else None
        if m is None or m.start() < 2:
            out.append(span)
            continue
        new = _respan(span, span.start_char, span.start_char + m.start())
        if new is not None:
            out.append(new)
    return out


def whole_latin_words(spans: Iterable[Span]) -> List[Span]:
    """Spans that begin or end inside a word in Latin letters and digits widened to the whole
    word (the NER reads characters: 《G|ameInformer》 → GameInformer:
    :func:`~tagger.zh.chars.latin_word_bounds`). Attributes are copied."""
    out = []
    for span in spans:
        start, end = latin_word_bounds(doc_text(span.doc), span.start_char, span.end_char)
        if (start, end) != (span.start_char, span.end_char):
            span = _respan(span, start, end) or span
        out.append(span)
    return out


def trim_han_tails(spans: Iterable[Span]) -> List[Span]:
    """Model spans of a name in Latin script without the one Han character run on after it
    (SpaceX星|舰 → SpaceX), unless that character is a body's or a place's ending (TCL厂).
    Attributes are copied."""
    endings = _one_char_endings()
    out = []
    for span in spans:
        if _LATIN_HAN_TAIL.fullmatch(span.text) and span.text[-1] not in endings:
            span = _respan(span, span.start_char, span.end_char - 1) or span
        out.append(span)
    return out


@lru_cache(maxsize=1)
def _one_char_endings() -> FrozenSet[str]:
    """The one-character endings of bodies and places (厂, 局, 路, 村 …)."""
    return frozenset(e for e in (*org_endings(), *place_endings()) if len(e) == 1)


def drop_bare_endings(spans: Iterable[Span]) -> List[Span]:
    """Spans without LOCs that are a bare place ending, no name (17个自然村, 各社区, 港口: the
    packaged place suffixes). A bare organization ending can be a body (区委, 区政府)."""
    endings = _place_ending_set()
    return [s for s in spans if s.label_ != "LOC" or s.text not in endings]


@lru_cache(maxsize=1)
def _place_ending_set() -> frozenset:
    return frozenset(place_endings())


def missions_abroad(model_spans: Sequence[Span], rule_spans: Sequence[Span]
                    ) -> Tuple[List[Span], List[Span]]:
    """``(model_spans, rule_spans)`` with a country's mission abroad one ORG (中国驻意大利使馆,
    中国驻联合国代表团: :data:`~tagger.zh.context.MISSION_NAME` after a LOC); the model spans
    inside give way to it."""
    model_spans, rule_spans = list(model_spans), list(rule_spans)
    for span in [s for s in model_spans + rule_spans if s.label_ == "LOC"]:
        m = MISSION_NAME.match(doc_text(span.doc), span.end_char)
        if m is None:
            continue
        mission = span.doc.char_span(span.start_char, m.end(), label="ORG")
        if mission is None:
            continue
        set_span_attrs(mission, source="pattern", canonical=mission.text, category="mission",
                       expansion=None)
        model_spans = [s for s in model_spans
                       if not (s.start_char < mission.end_char and mission.start_char < s.end_char)]
        rule_spans.append(mission)
    return model_spans, rule_spans


def drop_common_uses(spans: Iterable[Span], *, words: bool = False,
                     things: bool = False) -> List[Span]:
    """Spans without names used as common words: a LOC that names a time standard (北京 of
    北京时间: :data:`~tagger.zh.context.TIME_STANDARDS`) and an ORG that is a bare team word
    naming its sport (女足 in 女足运动, 女足世界杯, 男、女足: :data:`~tagger.zh.context.SPORT_FOLLOWERS`);
    with ``words`` (merge policy v5) also a LOC inside a common word (bare 中华, 中国 of
    发展中国家, 华 of 华人: :data:`~tagger.zh.context.PLACES_IN_WORDS`) and an ORG that is a bare
    公司 or 集团 (:data:`~tagger.zh.context.BARE_BODY_WORDS`); with ``things`` too (merge policy
    v6) a LOC that names no place (地球, bare 博物馆: :data:`~tagger.zh.context.NOT_PLACES`) and
    a one-character LOC inside an idiom (美 and 中 of 美中不足)."""
    return [s for s in spans
            if not (_time_standard(s) or _sport_word(s)
                    or (words and _common_word_name(s)) or (things and _no_place(s)))]


_BARE_WORD_PLACES = frozenset(p for p, lead, follow in PLACES_IN_WORDS if not lead and not follow)
_PLACE_WORD_CONTEXTS: Dict[str, List[Tuple[str, str]]] = {}
for _place, _lead, _follow in PLACES_IN_WORDS:
    _PLACE_WORD_CONTEXTS.setdefault(_place, []).append((_lead, _follow))


def _common_word_name(span: Span) -> bool:
    if span.label_ == "ORG":
        return span.text in BARE_BODY_WORDS
    contexts = _PLACE_WORD_CONTEXTS.get(span.text) if span.label_ == "LOC" else None
    if not contexts:
        return False
    text = doc_text(span.doc)
    start, end = span.start_char, span.end_char
    for lead, follow in contexts:
        if text.endswith(lead, 0, start) and text.startswith(follow, end):
            return not (span.text == CHINA_SHORT and start and text[start - 1] in CHINA_VISITS)
    return False


def _no_place(span: Span) -> bool:
    return span.label_ == "LOC" and (span.text in NOT_PLACES or _in_idiom(span))


def drop_pair_bodies(model_spans: Sequence[Span], rule_spans: Sequence[Span]) -> List[Span]:
    """Model spans without those over countries' one-character forms in a pair (阿中 in 阿中合作,
    中俄关系: two or more ``abbreviation`` LOCs of the rules tile the span, or its part before
    an :data:`~tagger.zh.context.ABSTRACT_ENDINGS` noun) and those over bare 中华 and such a
    noun (中华文化): the pair's places are the rules' LOCs, and 中华 is no place."""
    pairs: Dict[int, List[int]] = {}
    for span in rule_spans:
        if span.label_ == "LOC" and span._.category == "abbreviation":
            pairs.setdefault(span.start_char, []).append(span.end_char)
    out = []
    for span in model_spans:
        text = span.text
        ending = next((e for e in ABSTRACT_ENDINGS if text.endswith(e)), "")
        head_end = span.end_char - len(ending)
        head = text[:len(text) - len(ending)]
        if head_end - span.start_char >= 2 and (
                tiles(span.start_char, head_end, pairs) or (ending and head in _BARE_WORD_PLACES)):
            continue
        out.append(span)
    return out


def drop_joined_bodies(model_spans: Sequence[Span], rule_spans: Sequence[Span]) -> List[Span]:
    """Model ORGs exactly tiled by two or more bodies of the lexicon, written one after the
    other as their joint senders are (中共中央国务院 → 中共中央 + 国务院, 国家发展改革委商务部): each
    is a body of its own, as an address's parts are places of their own. A body the lexicon
    lists whole (国务院国资委) is one match, so stays."""
    bodies: Dict[int, List[int]] = {}
    for span in rule_spans:
        if span.label_ == "ORG" and span_attrs(span)["source"] in ("lexicon", "user"):
            bodies.setdefault(span.start_char, []).append(span.end_char)
    return [s for s in model_spans
            if not (s.label_ == "ORG" and tiles(s.start_char, s.end_char, bodies, min_parts=2))]


def drop_side_references(model_spans: Sequence[Span], rule_spans: Sequence[Span]) -> List[Span]:
    """Model spans without a country's side in talks read as a name (布方, 坦方 with 布隆迪,
    坦桑尼亚 in the text; 孟 of 孟方 with 孟加拉国: :data:`~tagger.zh.context.SIDE`): a
    one-character form of a country the text names (a rules' country that begins with it, or
    its listed one-character form) and 方 is a party, no place or person, as 中方 is."""
    countries = {s.text for s in rule_spans if s.label_ == "LOC" and s._.category == "country"}
    if not countries:
        return list(model_spans)
    firsts = {c[0] for c in countries} | {k for k, v in COUNTRY_ABBREVIATIONS.items() if v in countries}
    text = doc_text(model_spans[0].doc) if model_spans else ""
    return [s for s in model_spans if not (s.text[0] in firsts and (
        (len(s.text) == 2 and s.text[1] == SIDE)
        or (len(s.text) == 1 and text[s.end_char:s.end_char + 1] == SIDE)))]


_JOINED_NAME = re.compile(f"[{HAN}]{{4,6}}")
_NAME_LEAD = re.compile("(?:%s|[（(])[ \u3000]*$" % "|".join(sorted(BYLINE_ROLES, key=len, reverse=True)))


def join_compound_surnames(spans: Sequence[Span]) -> List[Span]:
    """Spans with a two-character surname the model read as a name of its own joined to the one
    or two characters after it that it read as another span (欧阳 + 中石 as a place → 欧阳中石):
    a PERSON that is only such a surname (:data:`~tagger.zh.names.SURNAMES_2`) names nobody."""
    spans = sorted(spans, key=lambda s: s.start_char)
    out: List[Span] = []
    skip = set()
    for i, span in enumerate(spans):
        if id(span) in skip:
            continue
        nxt = spans[i + 1] if i + 1 < len(spans) else None
        if span.label_ == "PERSON" and span.text in SURNAMES_2 and nxt is not None \
                and nxt.start_char == span.end_char and 1 <= len(nxt.text) <= 2 \
                and _HAN_RUN.fullmatch(nxt.text):
            joined = _respan(span, span.start_char, nxt.end_char, label="PERSON")
            if joined is not None:
                out.append(joined)
                skip.add(id(nxt))
                continue
        out.append(span)
    return out


def join_japanese_names(spans: Sequence[Span]) -> List[Span]:
    """Spans with a Japanese surname the model read alone (a place or a name: 田村 of 田村泰次郎)
    joined to the given name after it: two or three Han characters that no other span touches and
    whose last ends Japanese given names (:data:`~tagger.zh.names.JAPANESE_GIVEN_ENDINGS`), not a
    word of the dictionary (以田村泰次郎原作 → PERSON 田村泰次郎, 岸田 + 文雄)."""
    spans = sorted(spans, key=lambda s: s.start_char)
    if not any(s.text in JAPANESE_SURNAMES for s in spans):
        return list(spans)
    text = doc_text(spans[0].doc)
    out: List[Span] = []
    for i, span in enumerate(spans):
        nxt = spans[i + 1].start_char if i + 1 < len(spans) else len(text)
        if span.text in JAPANESE_SURNAMES and span.label_ in ("LOC", "PERSON"):
            for n in (3, 2):
                end = span.end_char + n
                given = text[span.end_char:end]
                if end <= nxt and len(given) == n and _HAN_RUN.fullmatch(given) \
                        and given[-1] in JAPANESE_GIVEN_ENDINGS and not is_common_word(given):
                    span = _respan(span, span.start_char, end, label="PERSON") or span
                    break
        out.append(span)
    return out


def split_joined_names(spans: Iterable[Span], people: Sequence[Span]) -> List[Span]:
    """Spans with a PERSON that is two names run together split into them: four to six Han
    characters that part one way only into two names of two or three characters, each beginning
    with a common surname, where names are listed: after a byline role or an opening bracket
    ((记者 贾鹏陈博) → 贾鹏 + 陈博, （袁峰乔倩倩） → 袁峰 + 乔倩倩) or next to another PERSON
    (王占王克王涛 → … 王占 + 王克 …, as lists of members are printed). A name with a two-character
    surname (欧阳晓峰) and one of transliteration letters only (莫普罗斯 after 吉亚库) are kept."""
    out: List[Span] = []
    for span in spans:
        cut = _joined_cut(span.text) if span.label_ == "PERSON" else None
        if cut is not None:
            text = doc_text(span.doc)
            listed = any(s.label_ == "PERSON" and s is not span and
                         (s.end_char == span.start_char or s.start_char == span.end_char) for s in people)
            if listed or _NAME_LEAD.search(text, max(0, span.start_char - 8), span.start_char):
                first = _respan(span, span.start_char, span.start_char + cut)
                second = _respan(span, span.start_char + cut, span.end_char)
                if first is not None and second is not None:
                    out.extend((first, second))
                    continue
        out.append(span)
    return out


def _joined_cut(text: str) -> Optional[int]:
    """Where ``text`` parts into two names (see :func:`split_joined_names`), or None."""
    if not _JOINED_NAME.fullmatch(text) or text.startswith(SURNAMES_2) or \
            _transliterated(text):
        return None  # 欧阳晓峰; 吉亚库 + 莫普罗斯 is one transliterated name
    cuts = [a for a in (2, 3) if len(text) - a in (2, 3) and text[0] in SURNAMES_1
            and (text[a] in SURNAMES_1 or text.startswith(SURNAMES_2, a))]
    return cuts[0] if len(cuts) == 1 else None


def landmark_names(spans: Iterable[Span]) -> List[Span]:
    """Spans with a model PERSON that ends in a temple's or palace's ending made a LOC (雍和宫,
    圣丹庙: :data:`~tagger.zh.suffixes.LANDMARK_SUFFIXES`); attributes are copied."""
    out = []
    for span in spans:
        if span.label_ == "PERSON" and len(span) >= 2 and span.text.endswith(LANDMARK_SUFFIXES):
            span = _respan(span, span.start_char, span.end_char, label="LOC") or span
        out.append(span)
    return out


def long_place_names(spans: Iterable[Span]) -> List[Span]:
    """Spans with a PERSON of four or more characters, with no separator and no two-character
    surname (欧阳建港), that ends in 港, 站, 湾 or 岛 made a LOC (比雷埃夫斯港, 莫索湾站: :data:`~tagger.zh.suffixes.LONG_NAME_PLACE_SUFFIXES`);
    attributes are copied."""
    out = []
    for span in spans:
        text = span.text
        if span.label_ == "PERSON" and len(text) >= 4 and text.endswith(LONG_NAME_PLACE_SUFFIXES) \
                and not any(sep in text for sep in NAME_SEPARATORS) \
                and not text.startswith(SURNAMES_2):
            span = _respan(span, span.start_char, span.end_char, label="LOC") or span
        out.append(span)
    return out


def drop_devices(spans: Iterable[Span]) -> List[Span]:
    """Spans without the names of spacecraft, ships, trains and computers: a name ending in a
    Han character and 号 (东方红一号, 太行号, 天河一号), not a word such as 信号 or 老字号
    (:data:`~tagger.zh.context.NOT_DEVICE_ENDINGS`)."""
    return [s for s in spans if not _device_name(s.text)]


def drop_product_kinds(model_spans: Sequence[Span], rule_spans: Sequence[Span], *,
                       latin: bool = True) -> List[Span]:
    """``model_spans`` without ORGs that are a kind of product or industry, alone or after a
    place the rules found (新能源汽车, 国产汽车, 重庆新能源汽车, 广东新能源:
    :data:`~tagger.zh.context.PRODUCT_KINDS`); the place stays the rules' LOC. A body's own
    name with such words stays (长安汽车, 三峡集团新能源). With ``latin``, nor ORGs or PERSONs that
    are a product named in Latin script (iPhone 15, Mate 60 Pro: :data:`~tagger.zh.context.LATIN_PRODUCTS`)."""
    places = {(s.start_char, s.end_char) for s in rule_spans if s.label_ == "LOC"}
    out = []
    for span in model_spans:
        if latin and span.label_ in ("ORG", "PERSON") and _LATIN_PRODUCT.fullmatch(span.text):
            continue  # iPhone, Mate 60 Pro: a product
        if span.label_ == "ORG":
            kind = next((k for k in PRODUCT_KINDS if span.text.endswith(k)), "")
            cut = span.end_char - len(kind)
            if kind and (cut == span.start_char or (span.start_char, cut) in places):
                continue
        out.append(span)
    return out


def drop_generic_companies(spans: Sequence[Span], rule_spans: Sequence[Span]) -> List[Span]:
    """``spans`` without ORGs that name a company by its kind only: 公司 right after a
    country the rules found (中国公司, 西班牙公司), with 某 (南宁某公司), or after nothing but words
    of :data:`~tagger.zh.context.GENERIC_COMPANY_LEADS` (当地, 一家) and a kind of business
    (:data:`~tagger.zh.context.GENERIC_COMPANY_KINDS`: 当地通信公司, 商业保险公司). The country
    stays the rules' LOC; a place's company is a name (贵州公司, 湖州供电公司, 美国航空公司),
    and so is a company's own (中国港湾公司, 华为公司)."""
    places = {(s.start_char, s.end_char) for s in rule_spans if s.label_ == "LOC"}
    countries = {(s.start_char, s.end_char) for s in rule_spans
                 if s.label_ == "LOC" and s._.category == "country"}
    out = []
    for span in spans:
        if span.label_ == "ORG" and span.text.endswith(GENERIC_COMPANY_ENDING):
            head = span.text[:-len(GENERIC_COMPANY_ENDING)]
            after_place = any(a == span.start_char and b - a <= len(head) for a, b in places)
            lead = next((w for w in GENERIC_COMPANY_LEADS if head.startswith(w)), "")
            kind = head[len(lead):]
            if "某" in head or (span.start_char, span.end_char - len(GENERIC_COMPANY_ENDING)) in countries \
                    or (not after_place and (not kind or kind in GENERIC_COMPANY_KINDS)):
                continue
        out.append(span)
    return out


def _device_name(text: str) -> bool:
    return (len(text) >= 3 and text.endswith(DEVICE_MARK) and bool(HAN_RE.match(text[-2]))
            and not text.endswith(NOT_DEVICE_ENDINGS))


def tiles(start: int, end: int, parts: Dict[int, List[int]], *, min_parts: int = 1) -> bool:
    """Whether ``min_parts`` or more spans of ``parts`` (start -> ends) tile ``start:end``
    exactly, one after the other."""
    if start == end:
        return min_parts <= 0
    return any(tiles(stop, end, parts, min_parts=min_parts - 1)
               for stop in parts.get(start, ()) if stop <= end)


def _in_idiom(span: Span) -> bool:
    """Whether a one-character span is a letter of an idiom of four characters around it."""
    if len(span.text) != 1:
        return False
    text = doc_text(span.doc)
    i = span.start_char
    return any(word_pos(text[k:k + 4]) == IDIOM_POS for k in range(max(0, i - 3), i + 1)
               if k + 4 <= len(text))


def bare_periodical_words(extra: Iterable[Span], first: Dict[str, Span]) -> List[Span]:
    """Propagated spans without those of a periodical's name that is a common word (科学 of
    《科学》杂志 is no ORG in 科学家, 严谨的科学方法); ``first`` maps each surface to the span it
    was propagated from."""
    return [s for s in extra
            if not (first[s.text]._.category == "periodical" and is_common_word(s.text))]


def periodical_mentions(spans: Sequence[Span]) -> List[Span]:
    """Spans where the model reads a periodical's name as something else at another mention
    (《柳叶刀》刊登了研究。柳叶刀|主编说: a PERSON) relabelled as the periodical's; a common word
    stays the model's reading (科学 of 《科学》)."""
    names = {s.text: s.label_ for s in spans if s._.category == "periodical" and not is_common_word(s.text)}
    if not names:
        return list(spans)
    return [(_respan(s, s.start_char, s.end_char, label=names[s.text]) or s)
            if s.text in names and s.label_ != names[s.text] and (s._.source or "model") == "model" else s
            for s in spans]


def familiar_names(spans: Iterable[Span]) -> List[Span]:
    """PERSON spans in the forms of address the press uses: a one-character surname after 老
    or 小 takes it (廖 → 老廖, 于 → 老于: :data:`~tagger.zh.context.FAMILIAR_PREFIXES`), unless
    the prefix ends a word with the character before it (养老|于, 从小|王), and a form of
    address after a name is left out, whole or begun (顾女士 → 顾, 沈大|妈 → 沈:
    :data:`~tagger.zh.context.ADDRESS_FORMS`). Attributes are copied."""
    out = []
    for span in spans:
        if span.label_ == "PERSON":
            text = doc_text(span.doc)
            start, end = span.start_char, span.end_char
            if len(span.text) == 1 and span.text in SURNAMES_1 and start and \
                    text[start - 1] in FAMILIAR_PREFIXES and \
                    (start < 2 or not is_common_word(text[start - 2:start])):
                span = _respan(span, start - 1, end) or span
            else:
                cut = _address_form_cut(text, start, end)
                if cut:
                    span = _respan(span, start, end - cut) or span
        out.append(span)
    return out


_ADDRESS_CHARS = frozenset("".join(ADDRESS_FORMS))


def _address_form_cut(text: str, start: int, end: int) -> int:
    """How many characters at the end of ``text[start:end]`` begin a form of address that the
    text goes on with (0 if none); at least one character of the name stays."""
    if text[end:end + 1] not in _ADDRESS_CHARS and text[end - 1:end] not in _ADDRESS_CHARS:
        return 0
    for form in ADDRESS_FORMS:
        for k in range(len(form), 0, -1):
            if end - k > start and text.endswith(form[:k], start, end) and \
                    text.startswith(form[k:], end):
                return k
    return 0


def drop_bracketed_terms(model_spans: Sequence[Span], rule_spans: Sequence[Span]) -> List[Span]:
    """``model_spans`` without a Latin abbreviation in brackets (（AQI）, (GDP)) that follows no
    name of its label: an abbreviation of the words before it (环境空气质量（AQI）). After a name
    it abbreviates that name and stays (世界卫生组织（WHO）)."""
    spans = list(model_spans) + list(rule_spans)
    out = []
    for span in model_spans:
        text = doc_text(span.doc)
        start, end = span.start_char, span.end_char
        bracketed = (start > 0 and end < len(text) and text[start - 1] in OPEN_BRACKETS
                     and text[end] in CLOSE_BRACKETS and _LATIN_TERM.fullmatch(span.text))
        if bracketed and not any(s.end_char == start - 1 and s.label_ == span.label_ for s in spans):
            continue
        out.append(span)
    return out


_LATIN_TERM = re.compile("[A-Za-z]{2,10}")


def _sport_word(span: Span) -> bool:
    """A bare team word naming its sport: 女足 in 女足运动, 女足世界杯, 男、女足."""
    if span.label_ != "ORG" or span.text not in BARE_TEAMS:
        return False
    text = doc_text(span.doc)
    return (text.startswith(SPORT_FOLLOWERS, span.end_char)
            or text[max(0, span.start_char - 1):span.start_char] == "、")


def place_teams(spans: Sequence[Span], rule_spans: Sequence[Span]) -> List[Span]:
    """ORGs that are a place the rules found and a word that makes no body of it, so the
    place stands alone: a team word before its league (中国女排超级联赛, 泰国女排联赛:
    :data:`~tagger.zh.context.TEAM_LEAGUE_FOLLOWERS`) or, after a country, its players (中国女排球员:
    :data:`~tagger.zh.context.TEAM_PLAYER_FOLLOWERS`) and a foreign place's stop of a
    tour (巴库站, 多哈站: :data:`~tagger.zh.context.TOUR_STOP`; 北京站 is a station)."""
    places = {(s.start_char, s.end_char): s._.category for s in rule_spans if s.label_ == "LOC"}
    text = doc_text(spans[0].doc) if spans else ""
    out = []
    for span in spans:
        team = next((t for t in BARE_TEAMS if span.text.endswith(t)), "")
        head = (span.start_char, span.end_char - len(team or TOUR_STOP))
        if span.label_ == "ORG" and head in places:
            if team:
                follows = TEAM_LEAGUE_FOLLOWERS + (TEAM_PLAYER_FOLLOWERS if places[head] == "country" else ())
                if text.startswith(follows, span.end_char):
                    continue
            elif span.text.endswith(TOUR_STOP) and places[head] not in ("", *CHINESE_PLACE_KINDS):
                continue
        if span.label_ == "ORG" and not team and span.text.endswith(TOUR_STOP):
            span = _place_stop(span, text, places.get(head)) or span
        out.append(span)
    return out


def _place_stop(span: Span, text: str, kind: Optional[str]) -> Optional[Span]:
    """The LOC that a model ORG of a place and 站 is, or None if it is no place's 站: near
    :data:`~tagger.zh.context.TOUR_WORDS`, a tour's stop, the place alone (在墨尔本站摘金 →
    墨尔本, a place jieba knows or a Chinese one of the lexicon); elsewhere a Chinese place's
    railway station, the whole (长沙站)."""
    head = span.text[:-len(TOUR_STOP)]
    chinese = kind in CHINESE_PLACE_KINDS
    if len(head) < 2 or not (chinese or (kind is None and word_pos(head) in ("ns", "nrt"))):
        return None
    before, after = TOUR_WINDOW
    window = text[max(0, span.start_char - before):span.end_char + after]
    if any(w in window for w in TOUR_WORDS):
        return _respan(span, span.start_char, span.end_char - len(TOUR_STOP), label="LOC")
    return _respan(span, span.start_char, span.end_char, label="LOC") if chinese else None


def _time_standard(span: Span) -> bool:
    return span.label_ == "LOC" and doc_text(span.doc).startswith(TIME_STANDARDS, span.end_char)


def drop_brand_names(spans: Iterable[Span], labels: Tuple[str, ...] = ("PERSON",)) -> List[Span]:
    """Spans without those of ``labels`` that are brands: a name followed by 品牌, 牌子, 老字号 …,
    alone or closing a list (王老吉、老干妈、李宁等品牌: :data:`~tagger.zh.context.BRAND_LIST`).
    Merge policy v4 passes ORG too (a company's name used as a brand there is no body)."""
    out = []
    for span in spans:
        if span.label_ in labels and BRAND_LIST.match(doc_text(span.doc), span.end_char):
            continue
        out.append(span)
    return out


def _respan(span: Span, start: int, end: int, *, label: Optional[str] = None) -> Optional[Span]:
    """``span`` with new character bounds, the same label (or ``label``) and the same
    attributes (:func:`_copy_attrs`); None where the bounds fall inside a token."""
    new = span.doc.char_span(start, end, label=label or span.label_)
    if new is not None:
        _copy_attrs(span, new)
    return new


def _copy_attrs(old: Span, new: Span) -> None:
    """Give the cut span ``new`` the attributes of ``old``; a canonical form that was the
    old surface becomes the new one (柳斌在 → 柳斌)."""
    attrs = span_attrs(old)
    if attrs.get("source"):
        if attrs.get("canonical") == old.text:
            attrs = dict(attrs, canonical=new.text)
        set_span_attrs(new, **attrs)


def _title_inner(text: str) -> Optional[Tuple[int, int]]:
    """``(start, end)`` of the name in ``text`` without its title marks; None if it has none."""
    opening, closing = TITLE_MARKS[0::2], TITLE_MARKS[1::2]
    marks = [i for i, char in enumerate(text) if char in TITLE_MARKS]
    if not marks:
        return None
    for i in marks:
        if text[i] in opening:
            end = next((j for j in marks if j > i and text[j] in closing), None)
            if end is not None:
                return i + 1, end
    runs = [(a + 1, b) for a, b in zip([-1] + marks, marks + [len(text)])]
    return max(runs, key=lambda ab: ab[1] - ab[0])


def trim_prepositions(model_spans: Sequence[Span], rule_spans: Sequence[Span]) -> List[Span]:
    """Model spans without a leading preposition (:data:`~tagger.zh.context.LEADING_PREPOSITIONS`)
    where the rest is a rule span of the same label (在湾桥镇 → 湾桥镇): the rule span is the
    name, and the model's longer span would otherwise win by containment."""
    rules = {(s.start_char, s.end_char, s.label_) for s in rule_spans}
    out = []
    for span in model_spans:
        surface = span.text
        word = next((p for p in LEADING_PREPOSITIONS if surface.startswith(p)), "")
        if word and (span.start_char + len(word), span.end_char, span.label_) in rules:
            continue
        out.append(span)
    return out


def drop_generic_bodies(spans: Iterable[Span], *, classes: bool = True) -> List[Span]:
    """Spans without ORGs that follow a determiner of a class (各村党支部, 一些村党组织:
    :data:`~tagger.zh.context.GENERIC_DETERMINERS`) or begin inside a word for a class of
    places (农|村党组织, 乡|镇党委: :data:`~tagger.zh.context.GENERIC_PLACE_CLASSES`), which
    name no particular body; one that holds a word for all bodies of a kind in a place
    (武汉两级法院, 武汉全市法院: :data:`~tagger.zh.context.GENERIC_SCOPES`) or ends in one for
    its leading bodies together (鸿鹤村两委: :data:`~tagger.zh.context.COLLECTIVE_BODIES`) is
    that place, and such a word alone (村两委) is none. The classes of places, the scope
    words and the collective words need ``classes`` (merge policy v3)."""
    out = []
    for span in spans:
        if span.label_ == "ORG":
            text = doc_text(span.doc)
            before = text[max(0, span.start_char - 2):span.start_char]
            if before.endswith(GENERIC_DETERMINERS) or classes and \
                    text[max(0, span.start_char - 1):span.start_char + 1] in GENERIC_PLACE_CLASSES:
                continue
            scope = next((k for k in range(2, len(span.text) - 2)
                          if span.text.startswith(GENERIC_SCOPES, k)), 0) if classes else 0
            collective = next((c for c in COLLECTIVE_BODIES if span.text.endswith(c)), "") \
                if classes else ""
            if collective:  # 村两委: none; 鸿鹤村两委: the place alone
                scope = len(span.text) - len(collective)
                if scope < 2:
                    continue
            if scope:  # 武汉两级法院: the place alone
                place = span.doc.char_span(span.start_char, span.start_char + scope, label="LOC")
                if place is not None:
                    out.append(place)
                continue
        out.append(span)
    return out


def split_foreign_institutions(spans: Sequence[Span], rule_spans: Sequence[Span], *,
                               own_institutions: bool = False) -> List[Span]:
    """ORGs that begin with a foreign country the rules found and go on to an
    institution with a name of its own (肯尼亚内罗毕大学 → 内罗毕大学, the country being the
    rules' LOC: :data:`~tagger.zh.context.INSTITUTION_ENDINGS`), as addresses are split. With
    ``own_institutions``, only where a place or a name begins the institution's name (美国 +
    康奈尔大学, 日本 + 关西大学: :func:`_named_after_place`): a country's own institution stays
    whole (柬埔寨皇家科学院, 法国农业科学院, 新加坡国立大学). And ORGs of any country, China too,
    and a nationwide body (中国全国人大 → 全国人大, 日本全国渔业协会联合会 → 全国渔业协会联合会:
    :data:`~tagger.zh.context.NATIONWIDE`)."""
    countries = {(s.start_char, s.end_char, s.text) for s in rule_spans
                 if s.label_ == "LOC" and s._.category == "country"}
    if not countries:
        return list(spans)
    places = {s.start_char for s in rule_spans if s.label_ == "LOC" and s._.category != "world region"}
    text = doc_text(spans[0].doc) if spans else ""
    out = []
    for span in spans:
        if span.label_ == "ORG":
            cut = next((e for b, e, country in countries if b == span.start_char and (
                (span.end_char - e >= 4 and country != "中国" and span.text.endswith(INSTITUTION_ENDINGS)
                 and (not own_institutions or _named_after_place(span.doc, e, places)))
                or (span.end_char - e >= 3 and text.startswith(NATIONWIDE, e)))), None)
            if cut:
                span = _respan(span, cut, span.end_char) or span
        out.append(span)
    return out


def _named_after_place(doc: Doc, start: int, places: Set[int]) -> bool:
    """Whether the institution's name at character ``start`` begins with a place or a name: one
    the rules found there (东京 of 东京大学; no world region: 亚洲愿景研究院), a dictionary word of a
    place, person or body that jieba counts less than :data:`INSTITUTION_NAME_MAX_FREQ` times
    (关西 84 of 关西大学, 尼斯 165, 剑桥大学 207; not the nouns 海关 813, 远东 525 or 金字塔 425), a
    word the word features read there that the dictionary lacks (茱莉亚, 杜庆芝), or two
    characters of transliterations that make no common word (康奈|尔大学)."""
    if start in places:
        return True
    text = doc_text(doc)
    if any(word_pos(text[start:start + k]) in _NAME_WORD_TAGS
           and word_frequency(text[start:start + k]) < INSTITUTION_NAME_MAX_FREQ for k in range(2, 7)):
        return True
    token = doc.char_span(start, start + 1, alignment_mode="expand")
    word = word_at(doc, token.start) if token is not None else None
    if word is not None and doc[word[0]].idx == start and word[1] - word[0] >= 2 \
            and not word_frequency(doc[word[0]:word[1]].text):
        return True
    head = text[start:start + 2]
    chars = transliteration_chars()
    return len(head) == 2 and all(c in chars for c in head) and not is_common_word(head)


#: Word tags of places, people, bodies and other proper nouns (jieba's ns, nr, nrt, nrfg, nt, nz:
#: 基尔 of 基尔大学 is nz).
_NAME_WORD_TAGS = frozenset({"ns", "nr", "nrt", "nrfg", "nt", "nz"})
#: How often jieba may count the name word that begins an institution's name for the country
#: before it to be split off (:func:`_named_after_place`).
INSTITUTION_NAME_MAX_FREQ = 300


def trim_modal_tails(spans: Iterable[Span]) -> List[Span]:
    """ORGs without a modal verb run on after the body's name (故宫博物院会加强 → 故宫博物院):
    a last 会 (:data:`~tagger.zh.context.MODAL_SUFFIX_CHARS`) that the word features read as a
    verb of its own, before a verb, an adverb or a preposition
    (:func:`~tagger.zh.context.is_modal`: 会|加强, 会|始终, 会|按照), and not the
    last character of a longer ending (皇家天文学会|指出)."""
    out = []
    for span in spans:
        if span.label_ == "ORG" and len(span.text) >= 3 and span.text[-1] in MODAL_SUFFIX_CHARS \
                and not _longer_ending(span.text) and _modal_verb(span.doc, span.end - 1):
            span = _respan(span, span.start_char, span.end_char - 1) or span
        out.append(span)
    return out


def trim_generic_tails(spans: Iterable[Span], rule_spans: Sequence[Span]) -> List[Span]:
    """Model spans without a generic word after the name they hold: 地区 after a world region
    the rules found (中东地区 → 中东, as 非洲地区 → 非洲: the world region is the place), and a
    bare 实验室 after an institution's ending (中山大学物理学院实验室 → 中山大学物理学院: an unnamed
    lab is no sub-unit of its own; :data:`~tagger.zh.context.GENERIC_TAILS`)."""
    regions = {(s.start_char, s.end_char) for s in rule_spans
               if s.label_ == "LOC" and s._.category == "world region"}
    out = []
    for span in spans:
        text = span.text
        for label, tail, heads in GENERIC_TAILS:
            if span.label_ != label or not text.endswith(tail) or len(text) <= len(tail):
                continue
            end = span.end_char - len(tail)
            if (heads is None and (span.start_char, end) in regions) or \
                    (heads is not None and text[:-len(tail)].endswith(heads)):
                span = _respan(span, span.start_char, end) or span
            break
        out.append(span)
    return out


def trim_body_tails(spans: Iterable[Span]) -> List[Span]:
    """Model ORGs without the words they run on into past a body's ending (华彬集团|勇担社会责任
    → 华彬集团, 庞嘴村党总支|精心 → 庞嘴村党总支): where the span holds a body's ending
    (:data:`~tagger.zh.suffixes.BODY_ENDINGS`, not the start of a word: 大学|生) after one
    character or more and does not itself end in an ORG suffix or a sub-unit's ending
    (复旦大学化学系, 北京大学第三医院延庆医院: :data:`~tagger.zh.suffixes.SUB_BODY_ENDINGS`), it
    ends at the last such ending."""
    endings = org_endings() + SUB_BODY_ENDINGS
    out = []
    for span in spans:
        text = span.text
        if span.label_ == "ORG" and not text.endswith(endings):
            cut = max((k + len(e) for e in BODY_ENDINGS for k in [text.rfind(e)]
                       if k >= 1 and not is_common_word(text[k:k + len(e) + 1])), default=0)
            if 0 < cut < len(text):
                span = _respan(span, span.start_char, span.start_char + cut) or span
        out.append(span)
    return out


def listed_people_heads(model_spans: Sequence[Span], rule_spans: Sequence[Span]
                        ) -> Tuple[List[Span], List[Span]]:
    """``(model_spans, rule_spans)`` where a model ORG or LOC begins with a person the lexicon
    lists: one that goes on into words that end no body or place (雷军 + 站台 read as a body)
    goes and the listed person stands; one that ends in an ORG suffix or a place's ending, or
    a LOC in a memorial's (:data:`~tagger.zh.suffixes.MEMORIAL_ENDINGS`), is a body or place
    named after the person (周杰伦工作室, 朱熹园) and stands instead of it."""
    heads = {(s.start_char, s.end_char): s for s in rule_spans
             if s.label_ == "PERSON" and s._.source == "lexicon"}
    if not heads:
        return list(model_spans), list(rule_spans)
    endings = org_endings() + place_endings()
    kept, named = [], set()
    for span in model_spans:
        head = next((h for (start, end), h in heads.items()
                     if start == span.start_char and end < span.end_char), None)
        if head is None or span.label_ not in ("ORG", "LOC"):
            kept.append(span)
        elif span.text.endswith(endings) or (span.label_ == "LOC" and span.text.endswith(
                LANDMARK_SUFFIXES + MEMORIAL_ENDINGS)):
            kept.append(span)
            named.add(id(head))
    return kept, [s for s in rule_spans if id(s) not in named]


_HEADED_TITLE_MAX = max(map(len, HEADED_TITLES))


def trim_title_heads(spans: Iterable[Span]) -> List[Span]:
    """ORGs without the first characters of a title written after them (森亿智能联|合创始人 →
    森亿智能): a title of three characters or more (:data:`~tagger.zh.context.HEADED_TITLES`)
    that begins inside the span and goes on after it, where two characters or more are left."""
    out = []
    for span in spans:
        if span.label_ == "ORG":
            text, start, end = doc_text(span.doc), span.start_char, span.end_char
            after = text[end:end + _HEADED_TITLE_MAX]
            cut = next((k for title in HEADED_TITLES for k in range(len(title) - 1, 0, -1)
                        if after.startswith(title[k:]) and text.endswith(title[:k], start, end)), 0)
            if cut and end - start - cut >= 2:
                span = _respan(span, start, end - cut) or span
        out.append(span)
    return out


def trim_function_heads(spans: Iterable[Span]) -> List[Span]:
    """ORGs without the words of a department's function before a title written after them
    (三禾公司人力资源|总监 → 三禾公司, 佳能医疗战略合作|总监 → 佳能医疗:
    :data:`~tagger.zh.context.FUNCTION_WORDS` before :data:`~tagger.zh.context.FUNCTION_TITLES`),
    where two characters or more are left."""
    out = []
    for span in spans:
        if span.label_ == "ORG":
            text, start, end = doc_text(span.doc), span.start_char, span.end_char
            word = next((w for w in FUNCTION_WORDS if text.endswith(w, start, end)), "")
            if word and end - start - len(word) >= 2 and text.startswith(FUNCTION_TITLES, end):
                span = _respan(span, start, end - len(word)) or span
        out.append(span)
    return out


def drop_language_and_people_names(spans: Iterable[Span]) -> List[Span]:
    """Spans without one that names a book's edition in a language or the language of one
    (阿拉伯文版, 阿拉伯文 + 版, 阿拉伯 + 文版: :data:`~tagger.zh.context.LANGUAGE_EDITIONS`), and
    without a PERSON that is a people's or species' name, a transliteration of three characters
    or more with 人 (尼安德特人, 丹尼索瓦 + 人 + 、)."""
    out = []
    for span in spans:
        text, start, end = doc_text(span.doc), span.start_char, span.end_char
        if span.text.endswith(LANGUAGE_EDITIONS) or text.startswith(LANGUAGE_EDITIONS, end - 1) \
                or text.startswith(LANGUAGE_EDITIONS, end):
            continue
        if span.label_ == "PERSON":
            name = span.text
            stem = name[:-1] if name.endswith(PEOPLE_ENDING) else name
            people = name.endswith(PEOPLE_ENDING) or (
                text.startswith(PEOPLE_ENDING, end)
                and (end + 1 == len(text) or not HAN_RE.match(text[end + 1])))
            if people and len(stem) >= 3 and _transliterated(stem):
                continue
        out.append(span)
    return out


def titled_over_places(model_spans: Sequence[Span], rule_spans: Sequence[Span]
                       ) -> Tuple[List[Span], List[Span]]:
    """``(model_spans, rule_spans)`` without the places and bodies that have the letters of a
    name the title rule found right after a title (所长金平表示: 金平 is a county's short form
    too); the titled PERSON stays."""
    titled = {(s.start_char, s.end_char) for s in rule_spans
              if s.label_ == "PERSON" and s._.category == "title"}
    if not titled:
        return list(model_spans), list(rule_spans)

    def keep(span: Span) -> bool:
        return span.label_ == "PERSON" or (span.start_char, span.end_char) not in titled
    return [s for s in model_spans if keep(s)], [s for s in rule_spans if keep(s)]


def body_sites(spans: Iterable[Span]) -> List[Span]:
    """Spans with an ORG directly followed by a site's word made a LOC over both (杭州奥体中心 +
    体育场, OPPO + 工业园, 四川大学博物馆 + 新馆: :data:`~tagger.zh.suffixes.BODY_SITE_SUFFIXES`);
    attributes are copied."""
    out = []
    for span in spans:
        if span.label_ == "ORG":
            text, end = doc_text(span.doc), span.end_char
            site = next((w for w in BODY_SITE_SUFFIXES if text.startswith(w, end)), "")
            if site:
                span = _respan(span, span.start_char, end + len(site), label="LOC") or span
        out.append(span)
    return out


def capital_places(spans: Iterable[Span], *, trails: bool = True) -> List[Span]:
    """Spans with a model PERSON right after 首都 or 首府 (首都萨那:
    :data:`~tagger.zh.context.CAPITAL_LEADS`) made a LOC, and with ``trails`` one right before a
    word only places take (罗威纳一日游, 苏米龙附近: :data:`~tagger.zh.context.PLACE_TRAILS`).
    Attributes are copied."""
    out = []
    for span in spans:
        if span.label_ == "PERSON":
            text, start = doc_text(span.doc), span.start_char
            if any(text.endswith(lead, 0, start) for lead in CAPITAL_LEADS) or (
                    trails and text.startswith(PLACE_TRAILS, span.end_char)):
                span = _respan(span, start, span.end_char, label="LOC") or span
        out.append(span)
    return out


def _longer_ending(text: str) -> bool:
    """Whether ``text`` ends in an organization ending longer than its last character
    (学会 of 皇家天文学会, 商会, 委员会)."""
    return any(len(e) > 1 and text.endswith(e) and len(text) > len(e) for e in ORG_NAME_SUFFIXES)


def _modal_verb(doc: Doc, i: int) -> bool:
    """Whether token ``i`` is a one-character modal verb by the word features' tags
    (:func:`~tagger.zh.context.is_modal`)."""
    word = word_at(doc, i)
    after = word_at(doc, i + 1) if i + 1 < len(doc) else None
    return (word is not None and after is not None and word[1] - word[0] == 1
            and is_modal(word[2], after[2]))


def join_place_bodies(flat: list, nested: list, make) -> Tuple[list, list]:
    """The merge's ``(flat, nested)`` candidates with each LOC that directly precedes a
    local body joined to it as one ORG: a body whose name begins with an admin division
    (湖北省 + 武汉市中级人民法院, 广州 + 花都区纪委监委: a nested LOC that ends in 省, 市, 区 …
    starts it) or with an admin level (合肥 + 市公安局). A body with a name of its own stays
    apart (美国 + 康奈尔大学, as addresses are split), so does a business (江苏省 +
    苏州宝碟激光电子有限公司: :data:`~tagger.zh.context.BUSINESS_ENDINGS`), and so does a body that holds a
    community ending (居民区, 社区, 村 …): it is that community's, the next part of an address
    (石化街道 + 蒙山居民区党总支).

    ``make(start, end, like)`` builds the joined candidate from the ORG candidate ``like``
    (None when the offsets are not a span); both parts go to ``nested``.
    """
    admin_starts = {c.start for c in list(flat) + list(nested)
                    if c.span.label_ == "LOC" and c.span.text.endswith(ADMIN_ENDINGS)
                    and len(c.span.text) >= 2}

    def local_body(c) -> bool:
        text = c.span.text
        return (c.span.label_ == "ORG" and (c.start in admin_starts or text[0] in ADMIN_LEVEL_CHARS)
                and not any(e in text for e in COMMUNITY_ENDINGS) and not text.endswith(BUSINESS_ENDINGS))

    out: list = []
    for cand in sorted(flat, key=lambda c: c.start):
        while (out and local_body(cand) and out[-1].span.label_ == "LOC" and out[-1].end == cand.start
               and not out[-1].span.text.endswith(COMMUNITY_ENDINGS)):
            joined = make(out[-1].start, cand.end, cand)
            if joined is None:
                break
            nested.extend([out.pop(), cand])
            cand = joined
        out.append(cand)
    return out, nested


#: Endings after which the name before them is the place's own (赵家洼|村, 比雷埃夫斯|港,
#: 庄里沟|河道, 霍尔果斯|市): divisions, communities, ports and waters. Not endings of places
#: often named after a person (贺龙|故居, 居里夫人|纪念馆, 中山|路, 毛泽东|广场), nor mountains.
STEM_ENDINGS = tuple(sorted(set(ADMIN_ENDINGS) | set(COMMUNITY_ENDINGS) | {
    "行政村", "自然村", "口岸", "港", "港湾", "岛", "湖", "河", "河道", "运河", "江", "海", "海湾",
    "湾", "塘", "浜", "泾", "滩", "水库", "峡", "盆地", "高原", "平原"},
    key=len, reverse=True))


def place_stems(spans: Sequence[Span]) -> List[Span]:
    """``spans`` with each PERSON whose text the same document also writes as a place with its
    ending a LOC (赵家洼 where 赵家洼村 is a LOC, 比雷埃夫斯 where 比雷埃夫斯港 is one): the
    text names that place short, as news does once the full name is given. Stems of two
    characters or more, before the endings of :data:`STEM_ENDINGS`; attributes are copied."""
    endings = STEM_ENDINGS
    stems = set()
    for span in spans:
        if span.label_ == "LOC":
            ending = next((e for e in endings if span.text.endswith(e)), "")
            if ending and len(span.text) - len(ending) >= 2:
                stems.add(span.text[:-len(ending)])
    if not stems:
        return list(spans)
    out = []
    for span in spans:
        if span.label_ == "PERSON" and span.text in stems:
            span = _respan(span, span.start_char, span.end_char, label="LOC") or span
        out.append(span)
    return out


_CLAUSE_START = re.compile("[，。；：！？,;:!?\n][^，。；：！？,;:!?\n]*$")
_WEEK_HEAD = WEEK_WORDS[0][0]  # 周
_WEEK_TAILS = tuple(word[1:] for word in WEEK_WORDS)


def general_news_forms(spans: Iterable[Span]) -> List[Span]:
    """Spans with the forms of general news read right (merge policy v12's ``general_news``):

    - no span that is a competition's or its odds' short name or begins with one (德甲, 欧冠连平:
      :data:`~tagger.zh.context.COMPETITION_SHORT_NAMES`);
    - no span that is a word of the week (周中);
    - a two-character PERSON of a country's one-character form and 军 is that country, a LOC
      (德军 → 德: :data:`~tagger.zh.context.ARMY_COUNTRIES`), and a PERSON ending in 队, beside
      a match's vs, before 主场/客场 or after 客战 a team, an ORG (维冈队, 费内巴vs波尔图, 莫斯巴主场,
      客战布莱克: :data:`~tagger.zh.context.MATCH_SIDE_MARKS`, :data:`~tagger.zh.context.HOME_AWAY`,
      :data:`~tagger.zh.context.AWAY_LEADS`), and so is a PERSON of the same text elsewhere in
      the text (莫斯巴主场赢球…莫斯巴将打进);
    - a PERSON gives back a separator it ends with where no Han character follows (朱利叶特· at
      the end of a text), the 周 of a
      word of the week after it (切尔西周|中 → 切尔西: :data:`~tagger.zh.context.WEEK_WORDS`) and an
      adverb after the last of several subjects (姚刚和李超均|透露 → 李超:
      :data:`~tagger.zh.context.LIST_FOLLOWERS`);
    - a PERSON of two transliterated names joined by 及, 和 or 与 is the two (贝克汉姆及斯塔姆).

    What is left of a name must be two characters or more. Attributes are copied."""
    spans = list(spans)
    teams = {s.text for s in spans if s.label_ == "PERSON"
             and _match_side(doc_text(s.doc), s.start_char, s.end_char)}
    out: List[Span] = []
    for span in spans:
        if span.text.startswith(COMPETITION_SHORT_NAMES) or span.text in WEEK_WORDS:
            continue
        if span.label_ == "PERSON" and span.text in teams:  # 莫斯巴主场…莫斯巴将打进: the team
            out.append(_respan(span, span.start_char, span.end_char, label="ORG") or span)
            continue
        out.extend(_general_person(span) if span.label_ == "PERSON" else [span])
    return out


#: An ordinal at a span's end, with the measure word it counts (上海市第二批, 市第一): a name ends
#: in its kind (上海市第二中学), never in an ordinal.
_ORDINAL_TAIL = re.compile(f"第[{COUNT_NUMERALS}]+[{ORDINAL_MEASURES}]?$")
#: An ordinal with its measure word at a span's start (第二批示范村, 第三届…): it counts a batch or a
#: session of things, which no name begins with (第二人民医院 has no measure word).
_ORDINAL_HEAD = re.compile(f"^第[{COUNT_NUMERALS}]+[{ORDINAL_MEASURES}]")


def ordinal_edges(spans: Iterable[Span]) -> List[Span]:
    """Spans without the ordinals a name has no room for (merge policy v13's ``ordinals``): an
    ORG or LOC ending in 第, a number and maybe a measure word (上海市第二批 → 上海市) is what
    comes before it, a LOC where that ends in a place's ending; one beginning with 第, a number
    and a measure word (第二批示范村, split off 上海市第二批示范村) goes, and so does a span with
    fewer than two characters left."""
    out: List[Span] = []
    for span in spans:
        if span.label_ not in ("ORG", "LOC"):
            out.append(span)
            continue
        if _ORDINAL_HEAD.match(span.text):
            continue
        m = _ORDINAL_TAIL.search(span.text)
        if m is None:
            out.append(span)
            continue
        if m.start() < 2:
            continue
        label = "LOC" if span.text[:m.start()].endswith(place_endings()) else span.label_
        cut = _respan(span, span.start_char, span.start_char + m.start(), label=label)
        if cut is not None:
            out.append(cut)
    return out


def line_names(spans: Sequence[Span]) -> List[Span]:
    """Spans with a railway or a motorway named by its ends' one-character forms one LOC (京 + 沪
    + 高铁 → 京沪高铁, 京张 + 高铁 → 京张高铁, 京 + 津 + 城际 → 京津城际): where a LOC (or a PERSON
    of such forms only: 兰新) begins a run of two to four such forms
    (:data:`~tagger.zh.context.LINE_END_FORMS`, not :data:`~tagger.zh.context.LINE_NEW`) that a
    line's ending follows (:data:`~tagger.zh.context.LINE_ENDINGS`), and only LOCs overlap the run
    and its ending, they give way to one LOC over both. Attributes of the first are copied."""
    spans = list(spans)
    places = [s for s in spans if s.label_ == "LOC" or s.label_ == "PERSON"
              and all(char in LINE_END_FORMS for char in s.text)]  # 兰新|高铁 read as a name
    if not places:
        return spans
    text = doc_text(places[0].doc)
    out, gone = [], set()
    for first in places:
        start = first.start_char
        if id(first) in gone or text[start] in LINE_NEW or start and text[start - 1] in LINE_END_FORMS:
            continue  # not the run's first form, or 新 (新成昆铁路 is the new 成昆铁路)
        end = start
        while end < len(text) and end - start < 4 and text[end] in LINE_END_FORMS:
            end += 1
        ending = next((e for e in LINE_ENDINGS if text.startswith(e, end)), "")
        if not ending or end - start < 2 or first.end_char > end:
            continue
        inside = [s for s in spans if s.start_char < end + len(ending) and start < s.end_char]
        if any(s.label_ != "LOC" and s is not first or s.start_char < start for s in inside):
            continue
        line = _respan(first, start, end + len(ending), label="LOC")
        if line is not None:
            gone.update(id(s) for s in inside)
            out.append(line)
    return [s for s in spans if id(s) not in gone] + out


def _match_side(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` stands beside a match's ``vs``, before 主场/客场 or after a
    word of playing it away or at home (客战, 主场迎战: :data:`~tagger.zh.context.AWAY_LEADS`)."""
    after = text[end:end + 5].lstrip(" ")
    before = text[max(0, start - 5):start].rstrip(" ")
    return after.startswith(MATCH_SIDE_MARKS + HOME_AWAY) or before.endswith(MATCH_SIDE_MARKS + AWAY_LEADS)


def _general_person(span: Span) -> List[Span]:
    text, start, end = span.text, span.start_char, span.end_char
    doc = doc_text(span.doc)
    if len(text) == 2 and text[1] == ARMY_ENDING and text[0] in ARMY_COUNTRIES:
        place = _respan(span, start, start + 1, label="LOC")
        return [place] if place is not None else [span]
    if len(text) >= 3 and text.endswith(TEAM_ENDING):
        return [_respan(span, start, end, label="ORG") or span]  # 维冈队 (a match side: general_news_forms)
    cut = len(text) - len(text.rstrip(NAME_SEPARATORS))
    if cut and HAN_RE.match(doc[end:end + 1]):
        cut = 0  # the name goes on after its separator (赛尔江·|买米拉): the names rule's to extend
    if not cut and len(text) >= 3 and text.endswith(_WEEK_HEAD) and doc.startswith(_WEEK_TAILS, end):
        cut = 1
    if not cut and len(text) >= 3 and text.endswith(LIST_FOLLOWERS):
        clause = _CLAUSE_START.search(doc, 0, start)
        lead = doc[clause.start() + 1 if clause else 0:start]
        if any(joiner in lead[-12:] for joiner in LIST_JOINERS + LIST_SEPARATORS):
            cut = 1
    if not cut and len(text) >= 5 and is_common_word(text[-2:]) and _transliterated(text[:-2]) \
            and not _transliterated(text[-2:]) and not text.endswith(place_endings()) \
            and not any(c in NAME_SEPARATORS for c in text):
        cut = 2  # a transliterated name that took the word after it: 贝尼蒂斯|光荣 (当选)
    if cut:
        if len(text) - cut < 2:
            return []
        return [_respan(span, start, end - cut) or span]
    for k, char in enumerate(text):
        if char in LIST_JOINERS and _transliterated(text[:k]) and _transliterated(text[k + 1:]):
            first, second = _respan(span, start, start + k), _respan(span, start + k + 1, end)
            if first is not None and second is not None:
                return [first, second]
    return [span]
