"""Tests for the context rules of merge policy v2 (tagger/pipeline/boundaries.py) and the
policy itself (merge_spans_v2, tagger.merge_policy.v2)."""

from __future__ import annotations

from typing import List, Optional, Sequence, Tuple

import pytest
from spacy.util import registry

from tagger.pipeline import boundaries
from tagger.pipeline.extensions import set_span_attrs
from tagger.pipeline.merge import merge_spans, merge_spans_v2
from tagger.zh import context
from tagger.pipeline.patterns import NAME_FOLLOWERS

# A span spec: (surface, occurrence index, label, source); source "model" for NER spans.
Spec = Tuple[str, int, str, str]


def _span(doc, surface: str, occurrence: int, label: str, source: str):
    pos = -1
    for _ in range(occurrence + 1):
        pos = doc.text.find(surface, pos + 1)
    assert pos >= 0, surface
    span = doc.char_span(pos, pos + len(surface), label=label)
    if source != "model":
        set_span_attrs(span, source=source, canonical=surface)
    return span


def _doc(nlp, text: str, words: Optional[Sequence[Tuple[str, str]]] = None):
    """A blank doc; ``words`` (word, POS) sets the word features' tags (B-ns, I-ns, E-ns, S-v)."""
    doc = nlp(text)
    if words:
        i = 0
        for word, pos in words:
            n = len(word)
            for k in range(n):
                where = "S" if n == 1 else "B" if k == 0 else "E" if k == n - 1 else "I"
                doc[i + k].tag_ = f"{where}-{pos}"
            i += n
        assert i == len(doc)
    return doc


def _texts(spans) -> List[Tuple[str, str]]:
    return [(s.text, s.label_) for s in spans]


EVENT_CASES = [
    # the 亚 of a games name abbreviates the games, not Asia
    ("本届亚残运会在杭州举行", [("亚", 0, "LOC", "model")], []),
    ("北京冬残奥会后", [("奥", 0, "LOC", "model")], []),
    ("亚运村到赛场", [("亚", 0, "LOC", "model")], []),
    # and a games name without 会 is none (亚残运 of 亚残运金牌)
    ("一枚亚残运金牌", [("亚残运", 0, "LOC", "model")], []),
    ("中奥两国", [("中", 0, "LOC", "model"), ("奥", 0, "LOC", "model")], [("中", "LOC"), ("奥", "LOC")]),
    # a one-character place elsewhere stays (中美关系)
    ("中美关系", [("中", 0, "LOC", "model"), ("美", 0, "LOC", "model")], [("中", "LOC"), ("美", "LOC")]),
    # a sports event is not an organization; a team is
    ("斯图加特世锦赛之后", [("斯图加特世锦赛", 0, "ORG", "model")], []),
    ("中国田径队参加", [("中国田径队", 0, "ORG", "model")], [("中国田径队", "ORG")]),
]


@pytest.mark.parametrize("text,model,expected", EVENT_CASES)
def test_boundaries_drop_event_fragments(blank_zh, text, model, expected):
    doc = _doc(blank_zh, text)
    assert _texts(boundaries.drop_event_fragments([_span(doc, *s) for s in model])) == expected


SPLIT_CASES = [
    # one-character LOCs cut out of one transliterated place are that place
    ("1993年斯图加特田径", [("1993", "m"), ("年", "m"), ("斯图加特", "nrt"), ("田径", "n")],
     [("斯", 0, "LOC", "model"), ("图", 0, "LOC", "model")], [("斯图加特", "LOC")]),
    # a word of two characters is a coordination of places: it stays (中日)
    ("中日合作", [("中日", "t"), ("合作", "vn")],
     [("中", 0, "LOC", "model"), ("日", 0, "LOC", "model")], [("中", "LOC"), ("日", "LOC")]),
    # one single LOC inside a place word is not joined (韩 of a mis-cut 韩三国)
    ("中日韩三国", [("中日", "t"), ("韩三国", "ns")],
     [("中", 0, "LOC", "model"), ("日", 0, "LOC", "model"), ("韩", 0, "LOC", "model")],
     [("中", "LOC"), ("日", "LOC"), ("韩", "LOC")]),
    # a run of one-character places before a place ending is one place
    ("从京津公路转上大桥", None, [("京", 0, "LOC", "model"), ("津", 0, "LOC", "model")], [("京津公路", "LOC")]),
    ("青藏高原生态保护", None, [("青", 0, "LOC", "model"), ("藏", 0, "LOC", "model")], [("青藏高原", "LOC")]),
    # without a place ending the run stays apart
    ("京津合作", None, [("京", 0, "LOC", "model"), ("津", 0, "LOC", "model")], [("京", "LOC"), ("津", "LOC")]),
]


@pytest.mark.parametrize("text,words,model,expected", SPLIT_CASES)
def test_boundaries_join_split_places(blank_zh, text, words, model, expected):
    doc = _doc(blank_zh, text, words)
    assert _texts(boundaries.join_split_places([_span(doc, *s) for s in model])) == expected


LIST_CASES = [
    # the first item is the dictionary word before the first separator
    ("集聚江淮、比亚迪、蔚来、长安、安凯6家整车企业",
     [("集聚", "v"), ("江淮", "j"), ("、", "x"), ("比亚迪", "nt"), ("、", "x"), ("蔚来", "un"), ("、", "x"),
      ("长安", "ns"), ("、", "x"), ("安凯", "un"), ("6", "m"), ("家", "q"), ("整车", "n"), ("企业", "n")],
     [], ["江淮", "比亚迪", "蔚来", "长安", "安凯"]),
    # 等 before the count; the first item is a span ending at the separator
    ("有工商银行、建设银行等4家银行参加", None, [("工商银行", 0, "ORG", "lexicon")], ["工商银行", "建设银行"]),
    # no count by 家: no list
    ("江淮、比亚迪、蔚来都来了", None, [("比亚迪", 0, "ORG", "lexicon")], []),
    # a single item is no list
    ("安凯6家企业", None, [], []),
    # kinds of business counted are no names
    ("已有包括酒店、银行、保险、物流、海外仓储等35家企业入驻", None, [], []),
    # a count of several numerals is one count: each list is found once, from the count's start
    ("比亚迪、蔚来十二家企业", None, [("比亚迪", 0, "ORG", "lexicon")], ["比亚迪", "蔚来"]),
    ("有比亚迪、蔚来等二十家企业", None, [("比亚迪", 0, "ORG", "lexicon")], ["比亚迪", "蔚来"]),
    # places closed by 等地 before the count are no list of bodies
    ("入驻湖北武汉、荆州等地十家医院", None, [("武汉", 0, "LOC", "lexicon")], []),
]


@pytest.mark.parametrize("text,words,spans,expected", LIST_CASES)
def test_boundaries_list_items(blank_zh, text, words, spans, expected):
    doc = _doc(blank_zh, text, words)
    items = boundaries.list_items(doc, [_span(doc, *s) for s in spans])
    assert [doc.text[a:b] for a, b in items] == expected


@pytest.mark.parametrize("text,spans,expected", [
    # 等 and a kind of company, no count (merge policy v5's words)
    ("重庆拥有比亚迪、赣锋等动力电池企业", [("比亚迪", 0, "ORG", "lexicon")], ["比亚迪", "赣锋"]),
    ("有腾讯、国药等行业巨头", [("腾讯", 0, "ORG", "lexicon")], ["腾讯", "国药"]),
    # industries and places are no names: no list
    ("钢铁、化工等重点企业", [], []),
    ("保证疫情防控、城市运行等必需的相关企业正常运转", [], []),   # a run of common words
    ("江苏、浙江等地企业", [("江苏", 0, "LOC", "lexicon"), ("浙江", 0, "LOC", "lexicon")], []),
    # nor are aspects (等方面)
    ("从疫情防控、供应链建设等方面给予企业支持", [], []),
])
def test_boundaries_list_items_by_kind(blank_zh, text, spans, expected):
    doc = _doc(blank_zh, text)
    given = [_span(doc, *s) for s in spans]
    assert [doc.text[a:b] for a, b in boundaries.list_items(doc, given, kinds=True)] == expected
    assert boundaries.list_items(doc, given) == []


@pytest.mark.parametrize("text,spans,expected", [
    # with listed_places, a place's name among two companies found is a company too (长安 of 长安汽车)
    ("推动长安、赛力斯、长城等整车企业转型",
     [("长安", 0, "LOC", "model"), ("赛力斯", 0, "ORG", "lexicon"), ("长城", 0, "ORG", "model")],
     ["长安", "赛力斯", "长城"]),
    # not among one company, nor among places alone, nor over two names joined by 和
    ("北京、华为等企业", [("北京", 0, "LOC", "lexicon"), ("华为", 0, "ORG", "lexicon")], []),
    ("除索尼、本田和丰田汽车等少数企业外",
     [("索尼", 0, "ORG", "lexicon"), ("本田", 0, "ORG", "lexicon"), ("丰田汽车", 0, "ORG", "lexicon")], []),
    ("江苏、浙江等地企业", [("江苏", 0, "LOC", "lexicon"), ("浙江", 0, "LOC", "lexicon")], []),
])
def test_boundaries_list_items_with_listed_places(blank_zh, text, spans, expected):
    doc = _doc(blank_zh, text)
    given = [_span(doc, *s) for s in spans]
    items = boundaries.list_items(doc, given, kinds=True, listed_places=True)
    assert [doc.text[a:b] for a, b in items] == expected
    if expected:
        assert boundaries.list_items(doc, given, kinds=True) == []


@pytest.mark.parametrize("item,common", [
    ("酒店", True), ("海外仓储", True), ("粮油加工", True), ("比亚迪", False), ("宁德时代", False),
    ("安凯", False),
])
def test_boundaries_common_phrase(item, common):
    assert boundaries.is_common_phrase(item) is common


def test_boundaries_counted_list_bodies_replace_model_pieces(blank_zh):
    doc = _doc(blank_zh, "比亚迪、长安、安凯3家企业")
    model = [_span(doc, "长安", 0, "LOC", "model"), _span(doc, "安凯", 0, "PERSON", "model")]
    rules = [_span(doc, "比亚迪", 0, "ORG", "lexicon")]
    model, rules = boundaries.counted_list_bodies(model, rules)
    assert model == []
    assert _texts(rules) == [("比亚迪", "ORG"), ("长安", "ORG"), ("安凯", "ORG")]
    assert [s._.source for s in rules] == ["lexicon", "pattern", "pattern"]


COMPANY_LIST_CASES = [
    # most items are short company names (a name of its own + 科技, 机器人, 纳米, 智能): every
    # item is an ORG, the PERSON the model read in one gives way, the last closed by 等
    ("历届项目喜讯频传，思灵机器人、纽瑞芯、澜舟科技、纳研纳米、重力聿画、全应科技及瓦时智能等往届项目",
     [("纽瑞芯", 0, "PERSON", "model")],
     ["思灵机器人", "纽瑞芯", "澜舟科技", "纳研纳米", "重力聿画", "全应科技", "瓦时智能"]),
    # 等 closes the list even where another list goes on after it
    ("思灵机器人、纽瑞芯、全应科技及瓦时智能等往届项目、基金投资项目", [("纽瑞芯", 0, "PERSON", "model")],
     ["思灵机器人", "纽瑞芯", "全应科技", "瓦时智能"]),
    # industries, not companies: the words before 科技, 智能 are common words
    ("重点发展人工智能、生物科技、新材料、智能制造等产业", [], []),
    # a leading 由 is no part of the first item; a last item running into a verb is left out
    ("专家组由商汤科技、旷视科技、依图科技和云从科技组成", [("专家组", 0, "ORG", "model")],
     ["商汤科技", "旷视科技", "依图科技"]),
    # places are no companies
    ("北京、上海、广州和深圳等城市", [("北京", 0, "LOC", "model"), ("上海", 0, "LOC", "model")], []),
    # model ORGs count: the bounded items join them
    ("华为、小米、荣耀等企业", [("华为", 0, "ORG", "model"), ("荣耀", 0, "ORG", "model")],
     ["华为", "荣耀"]),
]


@pytest.mark.parametrize("text,model,rules,expected", [
    # a county's short name between two players in a list is a player: the NER's LOC turns
    # PERSON, the gazetteer's LOC goes
    ("樊振东、马龙和王楚钦夺冠", [("樊振东", 0, "PERSON", "model"), ("马龙", 0, "LOC", "model"),
                          ("王楚钦", 0, "PERSON", "model")], [("马龙", 0, "LOC", "lexicon")],
     [("樊振东", "PERSON"), ("马龙", "PERSON"), ("王楚钦", "PERSON")]),
    # places between places, or with a person on one side only, stay places
    ("北京、上海和马龙等地", [("北京", 0, "LOC", "model"), ("上海", 0, "LOC", "model")],
     [("马龙", 0, "LOC", "lexicon")], [("北京", "LOC"), ("上海", "LOC"), ("马龙", "LOC")]),
    ("樊振东、马龙等地", [("樊振东", 0, "PERSON", "model")], [("马龙", 0, "LOC", "lexicon")],
     [("樊振东", "PERSON"), ("马龙", "LOC")]),
    # a place by its ending stays a place (乌东德、白鹤滩、溪洛渡 read as people)
    ("乌东德、白鹤滩、溪洛渡", [("乌东德", 0, "PERSON", "model"), ("白鹤滩", 0, "LOC", "model"),
                       ("溪洛渡", 0, "PERSON", "model")], [],
     [("乌东德", "PERSON"), ("白鹤滩", "LOC"), ("溪洛渡", "PERSON")]),
])
def test_boundaries_people_lists(blank_zh, text, model, rules, expected):
    doc = _doc(blank_zh, text)
    model_spans, rule_spans = boundaries.people_lists([_span(doc, *s) for s in model],
                                                      [_span(doc, *s) for s in rules])
    assert sorted(_texts(model_spans + rule_spans), key=lambda t: text.index(t[0])) == expected


@pytest.mark.parametrize("text,model,expected", [
    # members listed by their bodies: the name after the body is a PERSON, the model's ORG
    # over both gives way
    ("南京大学付思涵、中山大学胡世鑫等11人获奖", [("中山大学胡世鑫", 0, "ORG", "model")],
     [("南京大学", "ORG"), ("付思涵", "PERSON"), ("中山大学", "ORG"), ("胡世鑫", "PERSON")]),
    ("获奖者有南京师范大学黄颖哲、武汉大学黄煜等", [],
     [("南京师范大学", "ORG"), ("黄颖哲", "PERSON"), ("武汉大学", "ORG"), ("黄煜", "PERSON")]),
    # words after a body, or a body outside a list, give no name
    ("北京市律师协会成立了“中心”、南京大学等", [], [("北京市律师协会", "ORG"), ("南京大学", "ORG")]),
    ("央视方楼和中央电视塔", [("央视方楼", 0, "ORG", "model")], [("央视方楼", "ORG"), ("央视", "ORG")]),
])
def test_boundaries_body_member_names(blank_zh, text, model, expected):
    doc = _doc(blank_zh, text)
    bodies = [b for b in ("南京大学", "中山大学", "南京师范大学", "武汉大学", "北京市律师协会", "央视") if b in text]
    model_spans, rule_spans = boundaries.body_member_names(
        [_span(doc, *s) for s in model], [_span(doc, b, 0, "ORG", "lexicon") for b in bodies])
    assert sorted(_texts(model_spans + rule_spans), key=lambda t: (text.index(t[0]), -len(t[0]))) == expected


@pytest.mark.parametrize("text,spec,kept", [
    # a company named by its kind only: after a country, with 某, or after a determiner
    ("越来越多的中国公司走出去", ("中国公司", 0, "ORG", "pattern"), False),
    ("南宁某公司员工", ("南宁某公司", 0, "ORG", "model"), False),
    ("当地通信公司负责人说", ("当地通信公司", 0, "ORG", "pattern"), False),
    ("商业保险公司提供保障", ("商业保险公司", 0, "ORG", "model"), False),
    # a place's company of a kind, or a company's own name, is a name
    ("湖州供电公司抢修", ("湖州供电公司", 0, "ORG", "pattern"), True),
    ("中国港湾公司承建", ("中国港湾公司", 0, "ORG", "pattern"), True),
    ("华为公司发布新品", ("华为公司", 0, "ORG", "lexicon"), True),
])
def test_boundaries_drop_generic_companies(blank_zh, text, spec, kept):
    doc = _doc(blank_zh, text)
    places = []
    for place, category in (("中国", "country"), ("南宁", "city"), ("湖州", "city")):
        if place in text:
            span = _span(doc, place, 0, "LOC", "lexicon")
            set_span_attrs(span, source="lexicon", canonical=place, category=category)
            places.append(span)
    out = boundaries.drop_generic_companies([_span(doc, *spec)], places)
    assert [s.text for s in out] == ([spec[0]] if kept else [])


@pytest.mark.parametrize("text,name,known,kept", [
    # a character of a work's title is no person the news names
    ("《哪吒之魔童降世》在中国上映", "哪吒", False, False),
    ("小提琴协奏曲《梁山伯与祝英台》", "祝英台", False, False),
    # ... a person the rules know, an author or a life's subject is
    ("学习《习近平谈治国理政》", "习近平", True, True),
    ("出版了《李中贤诗文集》", "李中贤", False, True),
    # outside the marks, or across them, the name stays
    ("哪吒的形象深入人心", "哪吒", False, True),
])
def test_boundaries_drop_title_characters(blank_zh, text, name, known, kept):
    doc = _doc(blank_zh, text)
    rules = [_span(doc, name, 0, "PERSON", "lexicon")] if known else []
    out = boundaries.drop_title_characters([_span(doc, name, 0, "PERSON", "model")], rules)
    assert [s.text for s in out] == ([name] if kept else [])


@pytest.mark.parametrize("text,model,bodies,kept", [
    # bodies written one after the other as joint senders: each is one of its own
    ("中共中央国务院印发意见", "中共中央国务院", ["中共中央", "国务院"], False),
    ("国家发展改革委商务部联合发布", "国家发展改革委商务部", ["国家发展改革委", "商务部"], False),
    # a body the lexicon lists whole, or one and a part that is none, stays
    ("国务院国资委发布", "国务院国资委", ["国务院国资委"], True),
    ("国务院办公厅印发", "国务院办公厅", ["国务院"], True),
])
def test_boundaries_drop_joined_bodies(blank_zh, text, model, bodies, kept):
    doc = _doc(blank_zh, text)
    rules = [_span(doc, body, 0, "ORG", "lexicon") for body in bodies]
    out = boundaries.drop_joined_bodies([_span(doc, model, 0, "ORG", "model")], rules)
    assert [s.text for s in out] == ([model] if kept else [])


@pytest.mark.parametrize("text,names,known,kept", [
    # a name set alone in quotes at half of its mentions or more is a thing's, everywhere
    ("吉祥物大熊猫“蓉宝”亮相。蓉宝憨态可掬", ["蓉宝", "蓉宝"], False, []),
    ("台风“杜苏芮”登陆", ["杜苏芮"], False, []),
    # ... a person quoted once among more mentions keeps them, and so does one the rules know
    ("“常书鸿”。常书鸿说，常书鸿认为", ["常书鸿", "常书鸿", "常书鸿"], False,
     ["常书鸿", "常书鸿", "常书鸿"]),
    ("“习近平”", ["习近平"], True, ["习近平"]),
    # quotes that hold more than the name
    ("“王明说得对”", ["王明"], False, ["王明"]),
])
def test_boundaries_drop_quoted_names(blank_zh, text, names, known, kept):
    doc = _doc(blank_zh, text)
    model = [_span(doc, name, k, "PERSON", "model") for k, name in enumerate(names)]
    rules = [_span(doc, names[0], 0, "PERSON", "lexicon")] if known else []
    assert [s.text for s in boundaries.drop_quoted_names(model, rules)] == kept


@pytest.mark.parametrize("text,model,country,kept", [
    # a country's side in talks, where the text names the country
    ("中方愿同布隆迪加强合作。布方表示支持", "布方", "布隆迪", False),
    ("孟方高度评价，孟加拉国总理表示", "孟", "孟加拉国", False),
    ("坦桑尼亚与中方会谈，坦方表示", "坦方", "坦桑尼亚", False),
    # a person's name, or a country the text does not name
    ("李方表示，布隆迪支持", "李方", "布隆迪", True),
    ("布方表示支持", "布方", None, True),
])
def test_boundaries_drop_side_references(blank_zh, text, model, country, kept):
    doc = _doc(blank_zh, text)
    rules = []
    if country:
        span = _span(doc, country, 0, "LOC", "lexicon")
        set_span_attrs(span, source="lexicon", canonical=country, category="country")
        rules.append(span)
    out = boundaries.drop_side_references([_span(doc, model, 0, "PERSON", "model")], rules)
    assert [s.text for s in out] == ([model] if kept else [])


@pytest.mark.parametrize("text,model,expected", COMPANY_LIST_CASES)
def test_boundaries_company_lists(blank_zh, text, model, expected):
    doc = _doc(blank_zh, text)
    model_spans, rules = boundaries.company_lists([_span(doc, *s) for s in model], [])
    assert [s.text for s in rules] == expected
    assert all(s.label_ == "ORG" and s._.category == "list" for s in rules)
    assert not any(s.label_ == "PERSON" and s.text in expected for s in model_spans)


MISSION_CASES = [
    # a country's mission abroad is one ORG; the places inside give way
    ("中国驻意大利使馆全体同志", [("中国", 0, "LOC", "model"), ("意大利", 0, "LOC", "model")],
     [("中国驻意大利使馆", "ORG")], []),
    ("美国驻华大使馆发言人", [("美国", 0, "LOC", "model")], [("美国驻华大使馆", "ORG")], []),
    # with the section of it the text names
    ("中国驻新加坡大使馆经济商务参赞处指出", [("中国", 0, "LOC", "model")],
     [("中国驻新加坡大使馆经济商务参赞处", "ORG")], []),
    ("中国常驻联合国代表团", [("中国", 0, "LOC", "model")], [], [("中国", "LOC")]),
    # a bare team word before its sport's words is the sport; the team itself stays
    ("女足运动发展提速，中国女足夺冠，女足姑娘", [("女足", 0, "ORG", "model"), ("中国女足", 0, "ORG", "model"),
                                          ("女足", 2, "ORG", "model")], [],
     [("中国女足", "ORG"), ("女足", "ORG")]),
    # a time standard is no place; 北京 elsewhere stays
    ("北京时间7月24日，北京晴", [("北京", 0, "LOC", "model"), ("北京", 1, "LOC", "model")], [],
     [("北京", "LOC")]),
]


@pytest.mark.parametrize("text,model,rules,kept", MISSION_CASES)
def test_boundaries_missions_and_common_uses(blank_zh, text, model, rules, kept):
    doc = _doc(blank_zh, text)
    model_spans, rule_spans = boundaries.missions_abroad(
        boundaries.drop_common_uses([_span(doc, *s) for s in model]), [])
    assert _texts(rule_spans) == rules
    assert _texts(model_spans) == kept


FOLLOWER_CASES = [
    ("局长陆昕说。", ("陆昕说", 0, "PERSON", "pattern"), ("陆昕", "PERSON")),
    ("李健在会上讲话", ("李健在", 0, "PERSON", "model"), ("李健", "PERSON")),
    ("总编辑王晨都表示", ("王晨都", 0, "PERSON", "model"), ("王晨", "PERSON")),
    ("记者唐师曾用心贴近", ("唐师曾", 0, "PERSON", "model"), ("唐师曾", "PERSON")),
    ("特雷莎·梅希望欧盟", ("特雷莎·梅希", 0, "PERSON", "pattern"), ("特雷莎·梅", "PERSON")),
    # a surname and one character that took a follower's first character, not a name of
    # three followed by a follower of its own
    ("院长刘俏认为，消费", ("刘俏认", 0, "PERSON", "pattern"), ("刘俏", "PERSON")),
    ("张国强调研时指出", ("张国强", 0, "PERSON", "model"), ("张国强", "PERSON")),
    # a verb of sending before the message
    ("向总统阿尔维致慰问电", ("阿尔维致", 0, "PERSON", "model"), ("阿尔维", "PERSON")),
    # a transliterated name before a follower it does not reach stays whole
    ("彼得·瓦伦斯滕表示", ("彼得·瓦伦斯滕", 0, "PERSON", "model"), ("彼得·瓦伦斯滕", "PERSON")),
    # a two-character name keeps its second character; other labels are left alone
    ("王在说", ("王在", 0, "PERSON", "model"), ("王在", "PERSON")),
    ("公司所在", ("公司所在", 0, "ORG", "model"), ("公司所在", "ORG")),
    # 的 ends no name; an adverb ends a Chinese name but no transliterated one
    ("郭菲的先生在深圳", ("郭菲的", 0, "PERSON", "model"), ("郭菲", "PERSON")),
    ("佩恩才是灵魂人物", ("佩恩才", 0, "PERSON", "model"), ("佩恩", "PERSON")),
    ("主教练贝雷塔颇见功力", ("贝雷塔颇", 0, "PERSON", "model"), ("贝雷塔", "PERSON")),
    ("万福才介绍", ("万福才", 0, "PERSON", "model"), ("万福才", "PERSON")),
    ("记者王英才报道", ("王英才", 0, "PERSON", "model"), ("王英才", "PERSON")),
]


@pytest.mark.parametrize("text,spec,expected", FOLLOWER_CASES)
def test_boundaries_trim_name_followers(blank_zh, text, spec, expected):
    doc = _doc(blank_zh, text)
    out = boundaries.trim_name_followers([_span(doc, *spec)])
    assert _texts(out) == [expected]
    if spec[3] != "model":
        assert out[0]._.source == spec[3]


EDGE_CASES = [
    (boundaries.strip_title_marks, "订阅《人民日报》社", [("《人民日报》社", 0, "ORG", "model")], [("人民日报", "ORG")]),
    (boundaries.strip_title_marks, "读《史》", [("《史》", 0, "ORG", "model")], []),
    (boundaries.drop_generic_bodies, "各村党支部牵头", [("村党支部", 0, "ORG", "model")], []),
    (boundaries.drop_generic_bodies, "流程，村党支部牵头", [("村党支部", 0, "ORG", "model")], [("村党支部", "ORG")]),
    (boundaries.trim_latin_tails, "特斯拉CEO马斯克", [("特斯拉CEO", 0, "ORG", "model")], [("特斯拉", "ORG")]),
    (boundaries.trim_latin_tails, "苹果公司 CEO 库克", [("苹果公司 CEO", 0, "ORG", "model")], [("苹果公司", "ORG")]),
    (boundaries.trim_latin_tails, "ACEO", [("ACEO", 0, "ORG", "model")], [("ACEO", "ORG")]),
    (boundaries.trim_latin_tails, "华为Mate60系列", [("华为Mate60", 0, "ORG", "model")], [("华为", "ORG")]),
    (boundaries.trim_latin_tails, "TCL集团", [("TCL集团", 0, "ORG", "model")], [("TCL集团", "ORG")]),
    # no Han character run on after a name in Latin script, unless a body's or place's ending
    (boundaries.trim_han_tails, "SpaceX星舰试飞", [("SpaceX星", 0, "ORG", "model")], [("SpaceX", "ORG")]),
    (boundaries.trim_han_tails, "TCL厂区", [("TCL厂", 0, "ORG", "model")], [("TCL厂", "ORG")]),
    (boundaries.drop_brand_names, "王老吉、老干妈、李宁等品牌", [("王老吉", 0, "PERSON", "model"),
     ("李宁", 0, "PERSON", "model")], []),
    (boundaries.drop_brand_names, "李宁说品牌", [("李宁", 0, "PERSON", "model")], [("李宁", "PERSON")]),
    # v3 leaves an ORG in a list of brands (v4 passes ORG too: test_boundaries_brand_orgs_in_v4)
    (boundaries.drop_brand_names, "老干妈、李宁等品牌", [("李宁", 0, "ORG", "model")], [("李宁", "ORG")]),
    (boundaries.drop_ideology_names, "坚持列宁主义", [("列宁", 0, "PERSON", "model")], []),
    (boundaries.drop_ideology_names, "学习列宁的著作", [("列宁", 0, "PERSON", "model")], [("列宁", "PERSON")]),
    (boundaries.drop_ideology_names, "张三说资本主义", [("张三", 0, "PERSON", "model")], [("张三", "PERSON")]),
    (boundaries.drop_generic_bodies, "武汉两级法院执结案件", [("武汉两级法院", 0, "ORG", "model")], [("武汉", "LOC")]),
    (boundaries.drop_generic_bodies, "武汉全市法院共拘传", [("武汉全市法院", 0, "ORG", "model")], [("武汉", "LOC")]),
    # a place's leading bodies taken together: none, or the place alone
    (boundaries.drop_generic_bodies, "最近，村两委班子成员", [("村两委", 0, "ORG", "model")], []),
    (boundaries.drop_generic_bodies, "鸿鹤村两委干部", [("鸿鹤村两委", 0, "ORG", "model")], [("鸿鹤村", "LOC")]),
    (boundaries.drop_generic_bodies, "县四套班子领导", [("县四套班子", 0, "ORG", "model")], []),
    (boundaries.drop_bare_endings, "下辖17个自然村", [("自然村", 0, "LOC", "model")], []),
    (boundaries.drop_bare_endings, "区委召开会议", [("区委", 0, "ORG", "lexicon")], [("区委", "ORG")]),
    (boundaries.extend_separated_names, "主席艾莎·拿撒表示", [("艾莎", 0, "PERSON", "model")], [("艾莎·拿撒", "PERSON")]),
    (boundaries.extend_separated_names, "艾莎·拿撒。", [("艾莎", 0, "PERSON", "pattern")], [("艾莎·拿撒", "PERSON")]),
    (boundaries.extend_separated_names, "党建·民生", [("党建", 0, "ORG", "model")], [("党建", "ORG")]),
    # a dash joins transliterations only after a transliterated name, never places or Chinese names
    (boundaries.extend_separated_names, "主席同迪亚斯—卡内尔主席", [("迪亚斯", 0, "PERSON", "model")],
     [("迪亚斯—卡内尔", "PERSON")]),
    (boundaries.extend_separated_names, "西安—塔什干班列", [("西安", 0, "LOC", "model")], [("西安", "LOC")]),
    (boundaries.extend_separated_names, "王小明—卡内尔", [("王小明", 0, "PERSON", "model")], [("王小明", "PERSON")]),
    (boundaries.complete_cut_names, "桂来胜说。桂来胜家只有5头牛", [("桂来胜", 0, "PERSON", "model"),
     ("桂来", 1, "PERSON", "model")], [("桂来胜", "PERSON"), ("桂来胜", "PERSON")]),
    (boundaries.drop_event_fragments, "从亚残运村出发", [("残运村", 0, "LOC", "model")], [("亚残运村", "LOC")]),
    (boundaries.drop_event_fragments, "1993年斯图加特世锦赛", [("斯图加特世锦赛", 0, "LOC", "model")],
     [("斯图加特", "LOC")]),
    (boundaries.drop_event_fragments, "全国锦标赛", [("全国锦标赛", 0, "LOC", "model")], []),
    (boundaries.drop_generic_bodies, "一些农村党组织", [("村党组织", 0, "ORG", "lexicon")], []),
    (boundaries.drop_generic_bodies, "乡镇党委书记", [("镇党委", 0, "ORG", "lexicon")], []),
    (boundaries.drop_generic_bodies, "山阳镇党委书记", [("山阳镇党委", 0, "ORG", "pattern")], [("山阳镇党委", "ORG")]),
]


@pytest.mark.parametrize("func,text,spans,expected", EDGE_CASES)
def test_boundaries_edges(blank_zh, func, text, spans, expected):
    doc = _doc(blank_zh, text)
    assert _texts(func([_span(doc, *s) for s in spans])) == expected


def test_boundaries_trim_prepositions(blank_zh):
    doc = _doc(blank_zh, "在湾桥镇考察，在湾桥考察")
    model = [_span(doc, "在湾桥镇", 0, "LOC", "model"), _span(doc, "在湾桥", 0, "LOC", "model")]
    rules = [_span(doc, "湾桥镇", 0, "LOC", "lexicon")]
    assert _texts(boundaries.trim_prepositions(model, rules)) == [("在湾桥", "LOC")]


# (text, model specs, rule specs, expected flat layer of merge_spans_v2)
V2_CASES = [
    # hierarchical local bodies: the place before them joins the body
    ("湖北省武汉市中级人民法院在全市", [],
     [("湖北省", 0, "LOC", "lexicon"), ("武汉市", 0, "LOC", "lexicon"), ("武汉市中级人民法院", 0, "ORG", "pattern")],
     [("湖北省武汉市中级人民法院", "ORG")]),
    ("合肥市公安局介绍", [("合肥", 0, "LOC", "model")], [("市公安局", 0, "ORG", "pattern")],
     [("合肥市公安局", "ORG")]),
    # a body with a name of its own stays apart from the country before it
    ("美国康奈尔大学组成", [("美国", 0, "LOC", "model"), ("康奈尔大学", 0, "ORG", "model")], [],
     [("美国", "LOC"), ("康奈尔大学", "ORG")]),
    # a community's body stays apart (the next part of an address)
    ("石化街道蒙山居民区党总支", [],
     [("石化街道", 0, "LOC", "lexicon"), ("蒙山居民区党总支", 0, "ORG", "pattern")],
     [("石化街道", "LOC"), ("蒙山居民区党总支", "ORG")]),
    # games fragments go, the rest merges as v1 does
    ("杭州亚残运会", [("亚", 0, "LOC", "model")], [("杭州", 0, "LOC", "lexicon")], [("杭州", "LOC")]),
    # a rule PERSON trimmed to the model's name is one span
    ("局长陆昕说。", [("陆昕", 0, "PERSON", "model")], [("陆昕说", 0, "PERSON", "pattern")],
     [("陆昕", "PERSON")]),
]


@pytest.mark.parametrize("text,model,rules,expected", V2_CASES)
def test_boundaries_merge_spans_v2(blank_zh, text, model, rules, expected):
    doc = _doc(blank_zh, text)
    flat, nested = merge_spans_v2([_span(doc, *s) for s in model], [_span(doc, *s) for s in rules])
    assert _texts(flat) == expected
    flat_idents = {(s.start_char, s.end_char, s.label_) for s in flat}
    assert not any((s.start_char, s.end_char, s.label_) in flat_idents for s in nested)


def test_boundaries_v2_switched_off_is_v1(blank_zh):
    """With every context rule off, v2 gives v1's layers."""
    doc = _doc(blank_zh, "湖北省武汉市中级人民法院和本届亚残运会")
    model = [_span(doc, "亚", 0, "LOC", "model")]
    rules = [_span(doc, "湖北省", 0, "LOC", "lexicon"), _span(doc, "武汉市中级人民法院", 0, "ORG", "pattern")]
    off = dict(events=False, split_places=False, counted_lists=False, name_followers=False,
               edges=False, place_bodies=False)
    v1 = merge_spans(model, rules)
    v2 = merge_spans_v2(model, rules, **off)
    assert [_texts(layer) for layer in v2] == [_texts(layer) for layer in v1]
    assert _texts(v1[0]) == [("湖北省", "LOC"), ("武汉市中级人民法院", "ORG"), ("亚", "LOC")]


def test_boundaries_policy_registered():
    make = registry.misc.get("tagger.merge_policy.v2")
    policy = make(place_bodies=False)
    assert policy.keywords["place_bodies"] is False and policy.keywords["prefer"] == "rules"
    with pytest.raises(ValueError, match="prefer"):
        make(prefer="both")


def test_boundaries_tables_agree():
    """The one-character followers are name followers of the name rules."""
    assert set(context.TRAILING_FOLLOWERS) <= set(NAME_FOLLOWERS)
    assert context.GAMES_NAME.fullmatch("亚残运会") and not context.GAMES_NAME.search("奥委会")


def test_boundaries_title_marks_keep_the_title(blank_zh):
    doc = _doc(blank_zh, "据美国《时代》周刊报道")
    out = boundaries.strip_title_marks([_span(doc, "美国《时代》周刊", 0, "ORG", "model")])
    assert _texts(out) == [("时代", "ORG")]


def test_boundaries_run_not_joined_to_generic_ending(blank_zh):
    doc = _doc(blank_zh, "激起了新马地区侨校")
    out = boundaries.join_split_places([_span(doc, "新", 0, "LOC", "model"), _span(doc, "马", 0, "LOC", "model")])
    assert _texts(out) == [("新", "LOC"), ("马", "LOC")]


COMPANY_CASES = [
    # a model PERSON that begins a company's registered name
    ("来到贝泰妮生物科技有限公司，向", [("来到", "v"), ("贝泰妮", "un"), ("生物科技", "n"), ("有限公司", "n"), ("，", "x"), ("向", "p")],
     ("贝泰妮", 0, "PERSON", "model"), ["贝泰妮生物科技有限公司"]),
    # a model span that ends inside a word takes the rest of the word
    ("来到海康威视数字技术股份有限公司", [("来到", "v"), ("海康", "nz"), ("威视", "un"), ("数字", "n"), ("技术", "n"),
                                  ("股份有限公司", "n")],
     ("海康威", 0, "ORG", "model"), ["海康威视数字技术股份有限公司"]),
    # a verb between the name and the ending: no company name
    ("张三来到北京科技有限公司", [("张三", "nr"), ("来到", "v"), ("北京", "ns"), ("科技", "n"), ("有限公司", "n")],
     ("张三", 0, "PERSON", "model"), []),
]


@pytest.mark.parametrize("text,words,spec,expected", COMPANY_CASES)
def test_boundaries_company_names(blank_zh, text, words, spec, expected):
    doc = _doc(blank_zh, text, words)
    out = boundaries.company_names([_span(doc, *spec)], [])
    assert [s.text for s in out] == expected
    assert all(s.label_ == "ORG" and s._.source == "pattern" for s in out)


def test_boundaries_no_join_for_place_phrases_or_businesses(blank_zh):
    # jieba tags 港人治港 ns: its places stay apart
    doc = _doc(blank_zh, "实行港人治港", [("实行", "v"), ("港人治港", "ns")])
    model = [_span(doc, "港", 0, "LOC", "model"), _span(doc, "港", 1, "LOC", "model")]
    assert _texts(boundaries.join_split_places(model)) == [("港", "LOC"), ("港", "LOC")]
    # a business after a province is not a local body
    doc = _doc(blank_zh, "江苏省苏州宝碟激光电子有限公司")
    flat, _ = merge_spans_v2([], [_span(doc, "江苏省", 0, "LOC", "lexicon"), _span(doc, "苏州", 0, "LOC", "lexicon"),
                                  _span(doc, "苏州宝碟激光电子有限公司", 0, "ORG", "pattern")])
    assert _texts(flat) == [("江苏省", "LOC"), ("苏州宝碟激光电子有限公司", "ORG")]


def test_boundaries_trimmed_canonical_follows(blank_zh):
    doc = _doc(blank_zh, "柳斌在会上")
    out = boundaries.trim_name_followers([_span(doc, "柳斌在", 0, "PERSON", "pattern")])
    assert (out[0].text, out[0]._.canonical, out[0]._.source) == ("柳斌", "柳斌", "pattern")


def test_boundaries_games_village_is_a_place(blank_zh):
    doc = _doc(blank_zh, "从亚残运村到赛场")
    out = boundaries.drop_event_fragments([_span(doc, "亚", 0, "LOC", "model"), _span(doc, "残运村", 0, "LOC", "model")])
    assert _texts(out) == [("亚残运村", "LOC")]


FOREIGN_CASES = [
    # the model reaches one character further than the listed letters: the union
    ("教授彼得·瓦伦斯滕表示", ("彼得·瓦伦斯滕", 0, "PERSON", "model"), ("彼得·瓦伦斯", 0, "PERSON", "pattern"),
     "彼得·瓦伦斯滕"),
    ("运动员礼萨·哈塔米舒利获得", ("礼萨·哈塔米", 0, "PERSON", "model"), ("萨·哈塔米舒利", 0, "PERSON", "pattern"),
     "礼萨·哈塔米舒利"),
    # a union that would end in the next word is not taken
    ("特雷莎·梅希望欧盟", ("特雷莎·梅希", 0, "PERSON", "model"), ("特雷莎·梅", 0, "PERSON", "pattern"), "特雷莎·梅"),
    # three more characters are too many
    ("彼得·瓦伦斯滕格尔表示", ("彼得·瓦伦斯滕格尔", 0, "PERSON", "model"), ("彼得·瓦伦斯", 0, "PERSON", "pattern"),
     "彼得·瓦伦斯"),
]


@pytest.mark.parametrize("text,model,rule,expected", FOREIGN_CASES)
def test_boundaries_join_foreign_names(blank_zh, text, model, rule, expected):
    doc = _doc(blank_zh, text)
    _, rules = boundaries.join_foreign_names([_span(doc, *model)], [_span(doc, *rule)])
    assert [s.text for s in rules] == [expected]
    assert rules[0]._.source == "pattern"


@pytest.mark.parametrize("text,model,rule,expected", [
    # with a reach of four, the model's end before punctuation completes the name
    ("美国的塞·威廉姆斯，都在比赛中", ("塞·威廉姆斯", 0, "PERSON", "model"), ("塞·威", 0, "PERSON", "pattern"),
     "塞·威廉姆斯"),
    ("秘书长瓦尔特·沙佛尔霍夫、奥记者", ("瓦尔特·沙佛尔霍夫", 0, "PERSON", "model"),
     ("瓦尔特·沙", 0, "PERSON", "pattern"), "瓦尔特·沙佛尔霍夫"),
    # not where the model's span ends inside running text
    ("彼得·瓦伦斯滕格尔表示", ("彼得·瓦伦斯滕格尔", 0, "PERSON", "model"), ("彼得·瓦伦斯", 0, "PERSON", "pattern"),
     "彼得·瓦伦斯"),
    # nor more than four
    ("塞·威廉姆斯特朗克。", ("塞·威廉姆斯特朗克", 0, "PERSON", "model"), ("塞·威", 0, "PERSON", "pattern"), "塞·威"),
])
def test_boundaries_join_foreign_names_reach(blank_zh, text, model, rule, expected):
    doc = _doc(blank_zh, text)
    _, rules = boundaries.join_foreign_names([_span(doc, *model)], [_span(doc, *rule)], reach=4)
    assert [s.text for s in rules] == [expected]


@pytest.mark.parametrize("text,model,rule,kept", [
    # a listed name and one more character: the model's longer name
    ("负责同志有廖晖、陈云林、何光", ("陈云林", 0, "PERSON", "model"), ("陈云", 0, "PERSON", "lexicon"), []),
    ("会上，莫迪凯要求", ("莫迪凯", 0, "PERSON", "model"), ("莫迪", 0, "PERSON", "lexicon"), []),
    # ... not a word after a name or a function character
    ("刘健在会上", ("刘健在", 0, "PERSON", "model"), ("刘健", 0, "PERSON", "lexicon"), [("刘健", "PERSON")]),
    ("总编辑王晨都表示", ("王晨都", 0, "PERSON", "model"), ("王晨", 0, "PERSON", "lexicon"), [("王晨", "PERSON")]),
    ("陈希同志说", ("陈希同", 0, "PERSON", "model"), ("陈希", 0, "PERSON", "lexicon"), [("陈希", "PERSON")]),
    # across a separator
    ("以色列总理本雅明·内塔尼亚胡表示", ("本雅明·内塔尼亚胡", 0, "PERSON", "model"),
     ("内塔尼亚胡", 0, "PERSON", "lexicon"), []),
    # a listed name inside a transliteration on both sides
    ("戏剧家布莱希特诞辰", ("布莱希特", 0, "PERSON", "model"), ("莱希", 0, "PERSON", "lexicon"), []),
    # an anonymized name takes an ordinal, not a verb
    ("判处李某甲有期徒刑", ("李某甲", 0, "PERSON", "model"), ("李某", 0, "PERSON", "anonymized"), []),
    ("雷某辩称公司", ("雷某辩", 0, "PERSON", "model"), ("雷某", 0, "PERSON", "anonymized"), [("雷某", "PERSON")]),
    # two names of a list run together: the rule's name stays
    ("王芳方毅谷牧", ("王芳方毅", 0, "PERSON", "model"), ("方毅", 0, "PERSON", "lexicon"), [("方毅", "PERSON")]),
    # a model span that ends on a separator is no longer name
    ("主席艾莎·拿撒表示", ("艾莎·", 0, "PERSON", "model"), ("艾莎", 0, "PERSON", "pattern"), [("艾莎", "PERSON")]),
])
def test_boundaries_longer_model_names(blank_zh, text, model, rule, kept):
    doc = _doc(blank_zh, text)
    rule_span = _span(doc, *rule[:3], "pattern" if rule[3] == "anonymized" else rule[3])
    if rule[3] == "anonymized":  # the anonymized-name rule's category
        set_span_attrs(rule_span, source="pattern", canonical=rule[0], category="anonymized")
    rules = boundaries.longer_model_names([_span(doc, *model)], [rule_span])
    assert _texts(rules) == kept


def test_boundaries_policy_v8_adds_longer_names(blank_zh):
    doc = _doc(blank_zh, "负责同志有廖晖、陈云林、何光")
    model = [_span(doc, "陈云林", 0, "PERSON", "model")]
    rules = [_span(doc, "陈云", 0, "PERSON", "lexicon")]
    v7 = registry.misc.get("tagger.merge_policy.v7")()
    v8 = registry.misc.get("tagger.merge_policy.v8")()
    assert _texts(v7(model, rules)[0]) == [("陈云", "PERSON")]
    assert _texts(v8(model, rules)[0]) == [("陈云林", "PERSON")]


def test_boundaries_split_foreign_institutions(blank_zh):
    doc = _doc(blank_zh, "肯尼亚内罗毕大学教授，北京协和医院")
    country = _span(doc, "肯尼亚", 0, "LOC", "lexicon")
    set_span_attrs(country, source="lexicon", canonical="肯尼亚", category="country")
    beijing = _span(doc, "北京", 0, "LOC", "lexicon")
    set_span_attrs(beijing, source="lexicon", canonical="北京市", category="province")
    model = [_span(doc, "肯尼亚内罗毕大学", 0, "ORG", "model"), _span(doc, "北京协和医院", 0, "ORG", "model")]
    out = boundaries.split_foreign_institutions(model, [country, beijing])
    assert _texts(out) == [("内罗毕大学", "ORG"), ("北京协和医院", "ORG")]


def test_boundaries_split_foreign_institutions_after_places(blank_zh):
    # a city the rules found (or the dictionary's 东京大学) begins the institution's name: the
    # country is split off
    doc = _doc(blank_zh, "日本东京大学教授")
    country = _span(doc, "日本", 0, "LOC", "lexicon")
    set_span_attrs(country, source="lexicon", canonical="日本", category="country")
    tokyo = _span(doc, "东京", 0, "LOC", "lexicon")
    model = [_span(doc, "日本东京大学", 0, "ORG", "model")]
    out = boundaries.split_foreign_institutions(model, [country, tokyo], own_institutions=True)
    assert _texts(out) == [("东京大学", "ORG")]
    # without own_institutions, any institution is split from its country
    assert _texts(boundaries.split_foreign_institutions(model, [country])) == [("东京大学", "ORG")]


@pytest.mark.parametrize("text,model,country,expected", [
    # a nationwide body does not carry the country's name, China's neither
    ("中国全国人大与阿拉伯议会建立机制", "中国全国人大", "中国", "全国人大"),
    ("日本全国渔业协会联合会会长表示", "日本全国渔业协会联合会", "日本", "全国渔业协会联合会"),
    # China before another institution stays, as before
    ("中国科学院院士表示", "中国科学院", "中国", "中国科学院"),
    # a country's own body keeps the country (美国国务院), and so does its own institution
    ("美国国务院发言人说", "美国国务院", "美国", "美国国务院"),
    ("柬埔寨皇家科学院国际关系研究所所长", "柬埔寨皇家科学院国际关系研究所", "柬埔寨", "柬埔寨皇家科学院国际关系研究所"),
    ("法国农业科学院专家", "法国农业科学院", "法国", "法国农业科学院"),
    # an institution named by a transliteration is split from its country
    ("美国康奈尔大学教授", "美国康奈尔大学", "美国", "康奈尔大学"),
])
def test_boundaries_split_nationwide_bodies(blank_zh, text, model, country, expected):
    doc = _doc(blank_zh, text)
    rule = _span(doc, country, 0, "LOC", "lexicon")
    set_span_attrs(rule, source="lexicon", canonical=country, category="country")
    out = boundaries.split_foreign_institutions([_span(doc, model, 0, "ORG", "model")], [rule],
                                                own_institutions=True)
    assert _texts(out) == [(expected, "ORG")]


@pytest.mark.parametrize("text,words,model,expected", [
    # the modal verb 会 before a verb, an adverb or a preposition is no part of the body
    ("故宫博物院会加强学术研究", [("故宫博物院", "nt"), ("会", "v"), ("加强", "v"), ("学术研究", "n")],
     "故宫博物院会", "故宫博物院"),
    ("特区政府会按照规划", [("特区", "n"), ("政府", "n"), ("会", "v"), ("按照", "p"), ("规划", "n")],
     "特区政府会", "特区政府"),
    # ... nor where the words say otherwise: a word 会 ends, a longer ending, a noun after it
    ("亚马孙峰会呼吁各方", [("亚马孙", "ns"), ("峰会", "n"), ("呼吁", "v"), ("各方", "r")],
     "亚马孙峰会", "亚马孙峰会"),
    ("皇家天文学会指出", [("皇家", "n"), ("天文", "n"), ("学", "n"), ("会", "v"), ("指出", "v")],
     "皇家天文学会", "皇家天文学会"),
    ("东湖商会会员", [("东湖", "ns"), ("商", "n"), ("会", "v"), ("会员", "n")], "东湖商会", "东湖商会"),
])
def test_boundaries_trim_modal_tails(blank_zh, text, words, model, expected):
    doc = _doc(blank_zh, text, words)
    out = boundaries.trim_modal_tails([_span(doc, model, 0, "ORG", "model")])
    assert _texts(out) == [(expected, "ORG")]


@pytest.mark.parametrize("text,model,label,kept", [
    # the whole title of a law, a plan or a declaration is no body and no place
    ("政府制订《禁止蒙面规例》", "禁止蒙面规例", "ORG", False),
    ("实施《长江经济带发展规划纲要》", "长江经济带发展规划纲要", "LOC", False),
    ("发表《告台湾同胞书》", "告台湾同胞书", "ORG", False),
    # a periodical stays, and so does a name that is only part of the title
    ("据《求是》杂志", "求是", "ORG", True),
    ("发表《纽约时报》文章", "纽约时报", "ORG", True),
    ("《上海市条例》", "上海市", "LOC", True),
])
def test_boundaries_drop_document_titles(blank_zh, text, model, label, kept):
    doc = _doc(blank_zh, text)
    out = boundaries.drop_document_titles([_span(doc, model, 0, label, "model")])
    assert [s.text for s in out] == ([model] if kept else [])


def test_boundaries_brand_orgs_in_v4(blank_zh):
    doc = _doc(blank_zh, "王老吉、老干妈、李宁等品牌走红，李宁公司表示")
    spans = [_span(doc, "李宁", 0, "ORG", "model"), _span(doc, "李宁公司", 0, "ORG", "model")]
    assert _texts(boundaries.drop_brand_names(spans, labels=("PERSON", "ORG"))) == [("李宁公司", "ORG")]


@pytest.mark.parametrize("text,model,rules,kept", [
    ("环境空气质量（AQI）优良率", [("AQI", 0, "ORG", "model")], [], []),
    ("世界卫生组织（WHO）表示", [("世界卫生组织", 0, "ORG", "model"), ("WHO", 0, "ORG", "model")], [],
     [("世界卫生组织", "ORG"), ("WHO", "ORG")]),
    ("世界卫生组织（WHO）表示", [("WHO", 0, "ORG", "model")], [("世界卫生组织", 0, "ORG", "lexicon")],
     [("WHO", "ORG")]),
    ("华为Mate60", [("华为", 0, "ORG", "model")], [], [("华为", "ORG")]),
])
def test_boundaries_drop_bracketed_terms(blank_zh, text, model, rules, kept):
    doc = _doc(blank_zh, text)
    out = boundaries.drop_bracketed_terms([_span(doc, *s) for s in model], [_span(doc, *s) for s in rules])
    assert _texts(out) == kept


@pytest.mark.parametrize("text,model,kept", [
    # bare 中华, 中国 of 发展中国家 and 华 of 华人/华侨/华裔 name no place (merge policy v5)
    ("弘扬中华优秀传统文化", [("中华", 0, "LOC", "model")], []),
    ("中国是最大的发展中国家", [("中国", 0, "LOC", "model"), ("中国", 1, "LOC", "model")], [("中国", "LOC")]),
    ("美籍华人回国", [("华", 0, "LOC", "model")], []),
    ("600位华裔青年", [("华", 0, "LOC", "model")], []),
    # 京 of 京剧 and 中 of 中医, 中药, 中西医 name an art and a medicine, not a place
    ("张火丁京剧《金山寺》", [("京", 0, "LOC", "model")], []),
    ("用上中药汤剂，中西医结合", [("中", 0, "LOC", "model"), ("中", 1, "LOC", "model")], []),
    ("中美关系", [("中", 0, "LOC", "model")], [("中", "LOC")]),
    # 范县 of 示范县 and 模范县 is a model county; the county named alone stays
    ("全国乡村振兴示范县", [("范县", 0, "LOC", "lexicon")], []),
    ("河南省范县的干部", [("范县", 0, "LOC", "model")], [("范县", "LOC")]),
    # China in a visit, and 中华 inside a longer name, stay
    ("访华人员", [("华", 0, "LOC", "model")], [("华", "LOC")]),
    ("中华人民共和国", [("中华人民共和国", 0, "LOC", "model")], [("中华人民共和国", "LOC")]),
    ("中华村", [("中华村", 0, "LOC", "model")], [("中华村", "LOC")]),
])
def test_boundaries_places_in_common_words(blank_zh, text, model, kept):
    doc = _doc(blank_zh, text)
    spans = [_span(doc, *s) for s in model]
    assert _texts(boundaries.drop_common_uses(spans, words=True)) == kept
    assert len(boundaries.drop_common_uses(spans)) == len(spans)  # v4 keeps them


@pytest.mark.parametrize("text,model,kept", [
    # celestial objects, a bare kind of institution and 沿江 ("along the river") name no place
    ("第一颗人造地球卫星", [("地球", 0, "LOC", "model")], []),
    ("实现载人探月、火星探测", [("火星", 0, "LOC", "model")], []),
    ("实现博物馆高质量发展", [("博物馆", 0, "LOC", "model")], []),
    ("沿江省市党员干部", [("沿江", 0, "LOC", "model")], []),
    ("南京博物馆", [("南京博物馆", 0, "LOC", "model")], [("南京博物馆", "LOC")]),
    # kinds of place and words of phrases
    ("推进城中村改造", [("城中村", 0, "LOC", "model")], []),
    ("郴州地处湖南南大门", [("南大门", 0, "LOC", "model")], []),
    ("为自己的澳网征程增添信心", [("澳网", 0, "LOC", "model")], []),
    ("打造防沙治沙新高地", [("防沙", 0, "LOC", "model")], []),
    ("尼日利亚莱基深水港", [("尼日利亚", 0, "LOC", "model"), ("深水港", 0, "LOC", "model")], [("尼日利亚", "LOC")]),
    # a one-character place inside an idiom is a letter of it
    ("美中不足的是", [("美", 0, "LOC", "model"), ("中", 0, "LOC", "model")], []),
    ("中美关系", [("中", 0, "LOC", "model"), ("美", 0, "LOC", "model")], [("中", "LOC"), ("美", "LOC")]),
])
def test_boundaries_things_that_are_no_places(blank_zh, text, model, kept):
    doc = _doc(blank_zh, text)
    spans = [_span(doc, *s) for s in model]
    assert _texts(boundaries.drop_common_uses(spans, words=True, things=True)) == kept
    assert len(boundaries.drop_common_uses(spans, words=True)) == len(spans)  # v5 keeps them


@pytest.mark.parametrize("text,spec,expected", [
    ("村里为老廖办了健康证", ("廖", 0, "PERSON", "model"), ("老廖", "PERSON")),
    ("，老于给记者算了一笔账", ("于", 0, "PERSON", "model"), ("老于", "PERSON")),
    ("小王说", ("王", 0, "PERSON", "model"), ("小王", "PERSON")),
    # the prefix ends a word with the character before it: no familiar form
    ("养老于是成了难题", ("于", 0, "PERSON", "model"), ("于", "PERSON")),
    ("从小王就喜欢", ("王", 0, "PERSON", "model"), ("王", "PERSON")),
    # only one-character surnames as PERSON
    ("老张家", ("张家", 0, "LOC", "model"), ("张家", "LOC")),
])
def test_boundaries_familiar_names(blank_zh, text, spec, expected):
    doc = _doc(blank_zh, text)
    assert _texts(boundaries.familiar_names([_span(doc, *spec)])) == [expected]


def test_boundaries_policy_v5_adds_words_and_familiar_names(blank_zh):
    doc = _doc(blank_zh, "老廖说，中华文明源远流长")
    model = [_span(doc, "廖", 0, "PERSON", "model"), _span(doc, "中华", 0, "LOC", "model")]
    v4 = registry.misc.get("tagger.merge_policy.v4")()
    v5 = registry.misc.get("tagger.merge_policy.v5")()
    assert _texts(v4(model, [])[0]) == [("廖", "PERSON"), ("中华", "LOC")]
    assert _texts(v5(model, [])[0]) == [("老廖", "PERSON")]


@pytest.mark.parametrize("text,spec,expected", [
    # a form of address after a surname is no part of the name, whole or begun
    ("困难群众顾女士从葫芦岛", ("顾女士", 0, "PERSON", "model"), ("顾", "PERSON")),
    ("62岁的沈大妈收到", ("沈大", 0, "PERSON", "model"), ("沈", "PERSON")),
    ("何先生说", ("何先生", 0, "PERSON", "pattern"), ("何", "PERSON")),
    # a name that only looks like one stays (大 begins no form of address after it)
    ("王大明说", ("王大", 0, "PERSON", "model"), ("王大", "PERSON")),
    ("先生说", ("先生", 0, "PERSON", "model"), ("先生", "PERSON")),
])
def test_boundaries_address_forms(blank_zh, text, spec, expected):
    doc = _doc(blank_zh, text)
    out = boundaries.familiar_names([_span(doc, *spec)])
    assert _texts(out) == [expected]
    if spec[3] != "model":
        assert out[0]._.source == spec[3]


@pytest.mark.parametrize("text,model,kept", [
    ("乘坐公司专车", [("公司", 0, "ORG", "model")], []),
    ("集团党委", [("集团党委", 0, "ORG", "model")], [("集团党委", "ORG")]),
])
def test_boundaries_bare_company_words(blank_zh, text, model, kept):
    doc = _doc(blank_zh, text)
    assert _texts(boundaries.drop_common_uses([_span(doc, *s) for s in model], words=True)) == kept


def _abbreviation(doc, surface: str, occurrence: int):
    span = _span(doc, surface, occurrence, "LOC", "pattern")
    set_span_attrs(span, source="pattern", canonical=surface, category="abbreviation")
    return span


@pytest.mark.parametrize("text,model,pairs,kept", [
    # a model span over a pair of one-character forms, with an abstract noun or without, gives way
    ("中俄关系走过了不平凡历程", [("中俄关系", 0, "ORG")], [("中", 0), ("俄", 0)], []),
    ("阿中合作民意基础牢固", [("阿中", 0, "ORG")], [("阿", 0), ("中", 0)], []),
    # so does one over bare 中华 and an abstract noun (中华 is no place)
    ("弘扬中华文化", [("中华文化", 0, "ORG")], [], []),
    # a body's name that holds a pair goes on after it, and stays
    ("中俄友好协会", [("中俄友好协会", 0, "ORG")], [("中", 0), ("俄", 0)], [("中俄友好协会", "ORG")]),
    # without a pair of the rules, nothing changes
    ("中国文化", [("中国文化", 0, "ORG")], [], [("中国文化", "ORG")]),
])
def test_boundaries_pair_bodies(blank_zh, text, model, pairs, kept):
    doc = _doc(blank_zh, text)
    rules = [_abbreviation(doc, *p) for p in pairs]
    out = boundaries.drop_pair_bodies([_span(doc, *m, "model") for m in model], rules)
    assert _texts(out) == kept


def test_boundaries_policy_v6_adds_pairs_and_things(blank_zh):
    doc = _doc(blank_zh, "中俄关系走过了不平凡历程，人造地球卫星")
    model = [_span(doc, "中俄关系", 0, "ORG", "model"), _span(doc, "地球", 0, "LOC", "model")]
    rules = [_abbreviation(doc, "中", 0), _abbreviation(doc, "俄", 0)]
    v5 = registry.misc.get("tagger.merge_policy.v5")()
    v6 = registry.misc.get("tagger.merge_policy.v6")()
    assert _texts(v5(model, rules)[0]) == [("中俄关系", "ORG"), ("地球", "LOC")]
    assert _texts(v6(model, rules)[0]) == [("中", "LOC"), ("俄", "LOC")]


@pytest.mark.parametrize("text,model,kept", [
    # spacecraft, ships, trains and computers are devices: no name (data/gold/MODERN.md)
    ("参与“东方红一号”任务", [("东方红一号", 0, "LOC", "model")], []),
    ("冲刺“太行号2.0版”", [("太行号", 0, "LOC", "model")], []),
    # a word ending in 号 is no device, nor is a house number
    ("美国《每日信号》网站", [("每日信号", 0, "ORG", "model")], [("每日信号", "ORG")]),
    ("上海市兴业路76号", [("上海市兴业路76号", 0, "LOC", "model")], [("上海市兴业路76号", "LOC")]),
])
def test_boundaries_devices(blank_zh, text, model, kept):
    doc = _doc(blank_zh, text)
    assert _texts(boundaries.drop_devices([_span(doc, *s) for s in model])) == kept


def test_boundaries_policy_v7_adds_teams(blank_zh):
    doc = _doc(blank_zh, "中国女排超级联赛落幕")
    model = [_span(doc, "中国女排", 0, "ORG", "model")]
    place = _span(doc, "中国", 0, "LOC", "lexicon")
    set_span_attrs(place, source="lexicon", canonical="中国", category="country")
    v6 = registry.misc.get("tagger.merge_policy.v6")()
    v7 = registry.misc.get("tagger.merge_policy.v7")()
    assert _texts(v6(model, [place])[0]) == [("中国女排", "ORG")]
    assert _texts(v7(model, [place])[0]) == [("中国", "LOC")]


@pytest.mark.parametrize("text,model,places,kept", [
    # a place and a team word before its league: the place alone (the rules' LOC stays)
    ("2019－2020赛季中国女排超级联赛落幕", ("中国女排", "ORG"), [("中国", "country")], []),
    ("在泰国女排联赛中", ("泰国女排", "ORG"), [("泰国", "country")], []),
    # ... before players, after a country only: a province's team is a club
    ("中国女排球员走出去", ("中国女排", "ORG"), [("中国", "country")], []),
    ("引入了山东女排球员", ("山东女排", "ORG"), [("山东", "province")], [("山东女排", "ORG")]),
    # the team itself stays
    ("中国女排在世界杯上", ("中国女排", "ORG"), [("中国", "country")], [("中国女排", "ORG")]),
    # a foreign place's stop of a tour; a Chinese city's 站 is a station, a LOC
    ("世界杯多哈站比赛", ("多哈站", "ORG"), [("多哈", "city")], []),
    ("北京站广场", ("北京站", "ORG"), [("北京", "province")], [("北京站", "LOC")]),
    ("青溪站", ("青溪站", "ORG"), [], [("青溪站", "ORG")]),
    # ... near words of a tour, a place jieba knows or a Chinese one is the place alone
    ("波利舍夫在墨尔本站摘金", ("墨尔本站", "ORG"), [], [("墨尔本", "LOC")]),
    ("火炬传递成都站启动", ("成都站", "ORG"), [("成都", "prefecture")], [("成都", "LOC")]),
    ("货车驶出阿拉山口站", ("阿拉山口站", "ORG"), [], [("阿拉山口站", "ORG")]),
])
def test_boundaries_place_teams(blank_zh, text, model, places, kept):
    doc = _doc(blank_zh, text)
    rules = []
    for surface, kind in places:
        span = _span(doc, surface, 0, "LOC", "lexicon")
        set_span_attrs(span, source="lexicon", canonical=surface, category=kind)
        rules.append(span)
    assert _texts(boundaries.place_teams([_span(doc, model[0], 0, model[1], "model")], rules)) == kept


@pytest.mark.parametrize("text,names,expected", [
    # two names run together after a byline role or a bracket, or next to another name
    ("优秀党员。（记者 贾鹏陈博）", ["贾鹏陈博"], ["贾鹏", "陈博"]),
    ("重要原因。（袁峰乔倩倩）", ["袁峰乔倩倩"], ["袁峰", "乔倩倩"]),
    ("委员马忠臣王占王克王涛", ["马忠臣", "王占王克", "王涛"], ["马忠臣", "王占", "王克", "王涛"]),
    # a name elsewhere, a two-character surname, transliteration letters only, two ways to part
    ("听说贾鹏陈博来了", ["贾鹏陈博"], ["贾鹏陈博"]),
    ("（记者 欧阳晓峰）", ["欧阳晓峰"], ["欧阳晓峰"]),
    ("司长吉亚库莫普罗斯说", ["吉亚库", "莫普罗斯"], ["吉亚库", "莫普罗斯"]),
    ("（记者 张华高李明）", ["张华高李明"], ["张华高李明"]),
])
def test_boundaries_split_joined_names(blank_zh, text, names, expected):
    doc = _doc(blank_zh, text)
    people = [_span(doc, name, 0, "PERSON", "model") for name in names]
    assert [t for t, _ in _texts(boundaries.split_joined_names(people, people))] == expected


def test_boundaries_policy_v9_adds_joined_names(blank_zh):
    doc = _doc(blank_zh, "（记者 贾鹏陈博）")
    model = [_span(doc, "贾鹏陈博", 0, "PERSON", "model")]
    v8 = registry.misc.get("tagger.merge_policy.v8")()
    v9 = registry.misc.get("tagger.merge_policy.v9")()
    assert _texts(v8(model, [])[0]) == [("贾鹏陈博", "PERSON")]
    assert _texts(v9(model, [])[0]) == [("贾鹏", "PERSON"), ("陈博", "PERSON")]


@pytest.mark.parametrize("text,spec,expected", [
    # a long model PERSON ending in a port or station is the place
    ("比雷埃夫斯港是希腊最大的港口", ("比雷埃夫斯港", 0, "PERSON", "model"), ("比雷埃夫斯港", "LOC")),
    ("未来，莫索湾站将继续探索", ("莫索湾站", 0, "PERSON", "model"), ("莫索湾站", "LOC")),
    # a Chinese name may end in those characters, and so may a name with a separator
    ("李海港说", ("李海港", 0, "PERSON", "model"), ("李海港", "PERSON")),
    ("欧阳建港说", ("欧阳建港", 0, "PERSON", "model"), ("欧阳建港", "PERSON")),
    ("让-皮埃尔·海湾说", ("让-皮埃尔·海湾", 0, "PERSON", "model"), ("让-皮埃尔·海湾", "PERSON")),
])
def test_boundaries_long_place_names(blank_zh, text, spec, expected):
    doc = _doc(blank_zh, text)
    assert _texts(boundaries.long_place_names([_span(doc, *spec)])) == [expected]


@pytest.mark.parametrize("text,spans,expected", [
    # a PERSON whose text is also written as a LOC with its ending is that place
    ("总书记在赵家洼考察。赵家洼村的三户", [("赵家洼", 0, "PERSON", "model"), ("赵家洼村", 0, "LOC", "model")],
     [("赵家洼", "LOC"), ("赵家洼村", "LOC")]),
    ("比雷埃夫斯港的吞吐量，比雷埃夫斯这样的城市", [("比雷埃夫斯港", 0, "LOC", "model"),
                                        ("比雷埃夫斯", 1, "PERSON", "model")],
     [("比雷埃夫斯港", "LOC"), ("比雷埃夫斯", "LOC")]),
    # no place with that stem: the PERSON stays; a one-character stem is none (李村 and 李)
    ("赵家洼考察", [("赵家洼", 0, "PERSON", "model")], [("赵家洼", "PERSON")]),
    ("李村的李说", [("李村", 0, "LOC", "model"), ("李", 1, "PERSON", "model")], [("李村", "LOC"), ("李", "PERSON")]),
    # a place named after a person leaves the person a person
    ("贺龙故居前，贺龙指挥", [("贺龙故居", 0, "LOC", "model"), ("贺龙", 1, "PERSON", "model")],
     [("贺龙故居", "LOC"), ("贺龙", "PERSON")]),
])
def test_boundaries_place_stems(blank_zh, text, spans, expected):
    doc = _doc(blank_zh, text)
    assert _texts(boundaries.place_stems([_span(doc, *s) for s in spans])) == expected


@pytest.mark.parametrize("text,model,places,kept", [
    # a kind of product or industry, alone or after a place the rules found, is no ORG
    ("智能网联新能源汽车产业", [("新能源汽车", 0, "ORG", "model")], [], []),
    ("2022年，合肥新能源汽车产量", [("合肥新能源", 0, "ORG", "model")], [("合肥", 0, "LOC", "lexicon")], []),
    ("也给了“中国科幻”一个背景", [("中国科幻", 0, "ORG", "model")], [("中国", 0, "LOC", "lexicon")], []),
    ("中国科幻研究中心发布", [("中国科幻研究中心", 0, "ORG", "model")], [("中国", 0, "LOC", "lexicon")],
     [("中国科幻研究中心", "ORG")]),
    # a body's own name with such words stays
    ("长安汽车发布新车", [("长安汽车", 0, "ORG", "model")], [], [("长安汽车", "ORG")]),
    ("三峡集团新能源公司", [("三峡集团新能源", 0, "ORG", "model")], [], [("三峡集团新能源", "ORG")]),
    # a product named in Latin script, with its model, is no body; a company in letters is
    ("苹果将扩大iPhone生产", [("iPhone", 0, "ORG", "model")], [], []),
    ("华为发布Mate 60 Pro，", [("Mate 60 Pro", 0, "ORG", "model")], [], []),
    ("OpenAI发布模型", [("OpenAI", 0, "ORG", "model")], [], [("OpenAI", "ORG")]),
])
def test_boundaries_drop_product_kinds(blank_zh, text, model, places, kept):
    doc = _doc(blank_zh, text)
    out = boundaries.drop_product_kinds([_span(doc, *s) for s in model], [_span(doc, *s) for s in places])
    assert _texts(out) == kept


@pytest.mark.parametrize("text,spec,expected", [
    # a model ORG that took the first characters of a title after it gives them back
    ("森亿智能联合创始人马汉东说", ("森亿智能联", 0, "ORG", "model"), ("森亿智能", "ORG")),
    ("华彬集团副董事长说", ("华彬集团副", 0, "ORG", "model"), ("华彬集团", "ORG")),
    # a name that ends where the title begins, or a two-character title, is left alone
    ("森亿智能联合创始人马汉东说", ("森亿智能", 0, "ORG", "model"), ("森亿智能", "ORG")),
    ("外交部长王毅说", ("外交部", 0, "ORG", "model"), ("外交部", "ORG")),
])
def test_boundaries_title_heads(blank_zh, text, spec, expected):
    doc = _doc(blank_zh, text)
    assert _texts(boundaries.trim_title_heads([_span(doc, *spec)])) == [expected]


def test_boundaries_policy_v10_adds_title_heads(blank_zh):
    doc = _doc(blank_zh, "森亿智能联合创始人马汉东说")
    model = [_span(doc, "森亿智能联", 0, "ORG", "model")]
    v9 = registry.misc.get("tagger.merge_policy.v9")()
    v10 = registry.misc.get("tagger.merge_policy.v10")()
    assert _texts(v9(model, [])[0]) == [("森亿智能联", "ORG")]
    assert _texts(v10(model, [])[0]) == [("森亿智能", "ORG")]


@pytest.mark.parametrize("text,model,region,expected", [
    # 地区 after a world region the rules found, and a bare 实验室 after an institution
    ("中东地区局势紧张", ("中东地区", "LOC"), "中东", ("中东", "LOC")),
    ("在中山大学物理学院实验室工作", ("中山大学物理学院实验室", "ORG"), None, ("中山大学物理学院", "ORG")),
    # a region the rules did not find as a world region, or a lab with a name of its own
    ("华南地区最大", ("华南地区", "LOC"), None, ("华南地区", "LOC")),
    ("之江实验室发布", ("之江实验室", "ORG"), None, ("之江实验室", "ORG")),
])
def test_boundaries_generic_tails(blank_zh, text, model, region, expected):
    doc = _doc(blank_zh, text)
    rules = []
    if region:
        rules = [_span(doc, region, 0, "LOC", "lexicon")]
        set_span_attrs(rules[0], source="lexicon", canonical=region, category="world region")
    spans = boundaries.trim_generic_tails([_span(doc, model[0], 0, model[1], "model")], rules)
    assert _texts(spans) == [expected]


@pytest.mark.parametrize("text,model,expected", [
    # a model ORG that runs on past a body's ending into words that end no body gives them back
    ("华彬集团勇担社会责任，", "华彬集团勇担社会责任", "华彬集团"),
    ("庞嘴村党总支精心准备的横幅", "庞嘴村党总支精心", "庞嘴村党总支"),
    ("国防科技大学开启海洋科学学科建设", "国防科技大学开启海洋科学学科建设", "国防科技大学"),
    ("毕业于福建农林大学农村区域发展专业", "福建农林大学农村区域发展专业", "福建农林大学"),
    # a sub-unit or a second body is no such tail
    ("复旦大学化学系教授", "复旦大学化学系", "复旦大学化学系"),
    ("北京大学第三医院延庆医院", "北京大学第三医院延庆医院", "北京大学第三医院延庆医院"),
    ("南昌局集团公司漳州车务段负责人", "南昌局集团公司漳州车务段", "南昌局集团公司漳州车务段"),
    # nor is a body's ending that begins a word (大学|生), or one at the start
    ("中国大学生篮球联赛", "中国大学生篮球联", "中国大学生篮球联"),
    ("大学生艺术团", "大学生艺术团", "大学生艺术团"),
])
def test_boundaries_body_tails(blank_zh, text, model, expected):
    doc = _doc(blank_zh, text)
    spans = boundaries.trim_body_tails([_span(doc, model, 0, "ORG", "model")])
    assert _texts(spans) == [(expected, "ORG")]


@pytest.mark.parametrize("text,model,model_kept,person_kept", [
    # a model body or place that runs a listed person into words after them goes
    ("小米发布新品，雷军站台", ("雷军站台", "ORG"), False, True),
    # one named after the person stands over the person
    ("周杰伦工作室发布声明", ("周杰伦工作室", "ORG"), True, False),
    ("并在朱熹园作出了部署", ("朱熹园", "LOC"), True, False),
    # a model span that is the person, or another label, is left to the merge
    ("雷军表示", ("雷军", "PERSON"), True, True),
])
def test_boundaries_listed_people_heads(blank_zh, text, model, model_kept, person_kept):
    doc = _doc(blank_zh, text)
    person = model[0][:2] if model[0] != "周杰伦工作室" else "周杰伦"
    rules = [_span(doc, person, 0, "PERSON", "lexicon")]
    models, kept_rules = boundaries.listed_people_heads([_span(doc, model[0], 0, model[1], "model")], rules)
    assert (_texts(models) == [model]) is model_kept
    assert (_texts(kept_rules) == [(person, "PERSON")]) is person_kept


@pytest.mark.parametrize("text,model,expected", [
    # a two-character surname read apart from its given name is one name with it
    ("欧阳中石的书法", [("欧阳", 0, "PERSON", "model"), ("中石", 0, "LOC", "model")], [("欧阳中石", "PERSON")]),
    ("司马南说", [("司马", 0, "PERSON", "model"), ("南", 0, "LOC", "model")], [("司马南", "PERSON")]),
    # not a surname alone, one with a gap, or a longer span after it
    ("欧阳说", [("欧阳", 0, "PERSON", "model")], [("欧阳", "PERSON")]),
    ("欧阳和中石", [("欧阳", 0, "PERSON", "model"), ("中石", 0, "LOC", "model")],
     [("欧阳", "PERSON"), ("中石", "LOC")]),
    ("欧阳在中石化集团", [("欧阳", 0, "PERSON", "model"), ("中石化集团", 0, "ORG", "model")],
     [("欧阳", "PERSON"), ("中石化集团", "ORG")]),
])
def test_boundaries_compound_surnames(blank_zh, text, model, expected):
    doc = _doc(blank_zh, text)
    assert _texts(boundaries.join_compound_surnames([_span(doc, *m) for m in model])) == expected


@pytest.mark.parametrize("text,model,expected", [
    # a Japanese surname read alone, then a given name of Japanese endings: one name
    ("以田村泰次郎原作为蓝本", [("田村", 0, "LOC", "model")], [("田村泰次郎", "PERSON")]),
    ("首相岸田文雄表示", [("岸田", 0, "LOC", "model")], [("岸田文雄", "PERSON")]),
    # not a village's count, a word, another span's characters, or a surname the model did not read
    ("中村二组的村民", [("中村", 0, "LOC", "model")], [("中村", "LOC")]),
    ("前田村干部说", [("前田", 0, "LOC", "model")], [("前田", "LOC")]),
    ("田村泰次郎", [("田村", 0, "LOC", "model"), ("泰次郎", 0, "PERSON", "model")],
     [("田村", "LOC"), ("泰次郎", "PERSON")]),
])
def test_boundaries_japanese_names(blank_zh, text, model, expected):
    doc = _doc(blank_zh, text)
    assert _texts(boundaries.join_japanese_names([_span(doc, *m) for m in model])) == expected


@pytest.mark.parametrize("text,spec,expected", [
    # a model PERSON ending in a temple's or palace's ending is the landmark
    ("但雍和宫星光现场里", ("雍和宫", 0, "PERSON", "model"), ("雍和宫", "LOC")),
    ("推进柏威夏寺修复", ("柏威夏寺", 0, "PERSON", "model"), ("柏威夏寺", "LOC")),
    # other names are left alone
    ("李默庵说", ("李默庵", 0, "PERSON", "model"), ("李默庵", "PERSON")),
    ("雍和宫开放", ("雍和宫", 0, "ORG", "model"), ("雍和宫", "ORG")),
])
def test_boundaries_landmark_names(blank_zh, text, spec, expected):
    doc = _doc(blank_zh, text)
    assert _texts(boundaries.landmark_names([_span(doc, *spec)])) == [expected]


@pytest.mark.parametrize("text,spec,expected", [
    # an ORG that took a department's function before a title after it gives it back
    ("三禾公司人力资源总监徐林说", ("三禾公司人力资源", 0, "ORG", "model"), [("三禾公司", "ORG")]),
    ("佳能医疗战略合作总监陈楠说", ("佳能医疗战略合作", 0, "ORG", "model"), [("佳能医疗", "ORG")]),
    # no title after it, or nothing left but the function: left alone
    ("三禾公司人力资源部门负责", ("三禾公司人力资源", 0, "ORG", "model"), [("三禾公司人力资源", "ORG")]),
    ("市场总监说", ("市场", 0, "ORG", "model"), [("市场", "ORG")]),
])
def test_boundaries_function_heads(blank_zh, text, spec, expected):
    doc = _doc(blank_zh, text)
    assert _texts(boundaries.trim_function_heads([_span(doc, *spec)])) == expected


@pytest.mark.parametrize("text,spec,expected", [
    # a language edition, or a language before 文版, names nobody and no place
    ("《论述摘编》阿拉伯文版首发式", ("阿拉伯文版", 0, "PERSON", "model"), []),
    ("《论述摘编》阿拉伯文版首发式", ("阿拉伯文", 0, "PERSON", "model"), []),
    ("《论述摘编》阿拉伯文版首发式", ("阿拉伯", 0, "LOC", "lexicon"), []),
    # a transliteration with 人 is a people or a species
    ("南方古猿、能人、尼安德特人、丹尼索瓦人等", ("尼安德特", 0, "PERSON", "model"), []),
    ("南方古猿、能人、尼安德特人、丹尼索瓦人等", ("丹尼索瓦人", 0, "PERSON", "model"), []),
    # people and places are left alone: a Chinese name before 人民, a place before 文化
    ("马克龙人在巴黎", ("马克龙", 0, "PERSON", "model"), [("马克龙", "PERSON")]),
    ("阿拉伯文化节开幕", ("阿拉伯", 0, "LOC", "lexicon"), [("阿拉伯", "LOC")]),
    ("王小明人民代表", ("王小明", 0, "PERSON", "model"), [("王小明", "PERSON")]),
])
def test_boundaries_language_and_people_names(blank_zh, text, spec, expected):
    doc = _doc(blank_zh, text)
    assert _texts(boundaries.drop_language_and_people_names([_span(doc, *spec)])) == expected


@pytest.mark.parametrize("text,spec,expected", [
    ("胡塞武装夺取首都萨那，后又", ("萨那", 0, "PERSON", "model"), ("萨那", "LOC")),
    ("自治区首府拉萨", ("拉萨", 0, "PERSON", "model"), ("拉萨", "LOC")),
    ("首都市民萨那说", ("萨那", 0, "PERSON", "model"), ("萨那", "PERSON")),
    # before a word only places take
    ("提前预订好罗威纳一日游行程", ("罗威纳", 0, "PERSON", "model"), ("罗威纳", "LOC")),
    ("而苏米龙附近水域是自然保护区", ("苏米龙", 0, "PERSON", "model"), ("苏米龙", "LOC")),
    ("午餐可以在马久邑附近解决", ("马久邑", 0, "PERSON", "model"), ("马久邑", "LOC")),
    ("罗威纳之旅", ("罗威纳", 0, "PERSON", "model"), ("罗威纳", "PERSON")),
])
def test_boundaries_capital_places(blank_zh, text, spec, expected):
    doc = _doc(blank_zh, text)
    assert _texts(boundaries.capital_places([_span(doc, *spec)])) == [expected]


def test_boundaries_capital_places_without_trails(blank_zh):
    doc = _doc(blank_zh, "提前预订好罗威纳一日游行程")
    spans = [_span(doc, "罗威纳", 0, "PERSON", "model")]
    assert _texts(boundaries.capital_places(spans, trails=False)) == [("罗威纳", "PERSON")]


def test_boundaries_policy_v11_adds_functions_languages_capitals(blank_zh):
    doc = _doc(blank_zh, "三禾科技人力资源总监说，阿拉伯文版在首都萨那首发")
    model = [_span(doc, "三禾科技人力资源", 0, "ORG", "model"), _span(doc, "阿拉伯文版", 0, "PERSON", "model"),
             _span(doc, "萨那", 0, "PERSON", "model")]
    v10 = registry.misc.get("tagger.merge_policy.v10")()
    v11 = registry.misc.get("tagger.merge_policy.v11")()
    assert _texts(v10(model, [])[0]) == [("三禾科技人力资源", "ORG"), ("阿拉伯文版", "PERSON"), ("萨那", "PERSON")]
    assert _texts(v11(model, [])[0]) == [("三禾科技", "ORG"), ("萨那", "LOC")]


def test_boundaries_titled_over_places(blank_zh):
    doc = _doc(blank_zh, "研究所所长金平表示，他在金平县")
    titled = _span(doc, "金平", 0, "PERSON", "pattern")
    set_span_attrs(titled, source="pattern", canonical="金平", category="title")
    county = _span(doc, "金平", 0, "LOC", "lexicon")
    other = _span(doc, "金平县", 0, "LOC", "lexicon")
    model, rules = boundaries.titled_over_places([_span(doc, "金平", 0, "LOC", "model")],
                                                  [county, titled, other])
    assert _texts(model) == [] and _texts(rules) == [("金平", "PERSON"), ("金平县", "LOC")]
    # without a titled name nothing changes
    assert boundaries.titled_over_places([], [county]) == ([], [county])


@pytest.mark.parametrize("text,spec,expected", [
    # a body's name before a site's word is the site
    ("夜幕下的杭州奥体中心体育场宛如", ("杭州奥体中心", 0, "ORG", "pattern"), ("杭州奥体中心体育场", "LOC")),
    ("启动仪式在四川大学博物馆新馆举行", ("四川大学博物馆", 0, "ORG", "pattern"), ("四川大学博物馆新馆", "LOC")),
    ("OPPO工业园内的生产线", ("OPPO", 0, "ORG", "model"), ("OPPO工业园", "LOC")),
    # other words after a body, and places, are left alone
    ("四川大学博物馆举办展览", ("四川大学博物馆", 0, "ORG", "pattern"), ("四川大学博物馆", "ORG")),
    ("小米手机智能工厂", ("小米", 0, "ORG", "lexicon"), ("小米", "ORG")),
    ("金山体育场", ("金山", 0, "LOC", "lexicon"), ("金山", "LOC")),
])
def test_boundaries_body_sites(blank_zh, text, spec, expected):
    doc = _doc(blank_zh, text)
    assert _texts(boundaries.body_sites([_span(doc, *spec)])) == [expected]


@pytest.mark.parametrize("text,model,expected", [
    # a partner after a slash with no span of its own is a person
    ("新组合王宗源/龙道一也经受住考验", [("王宗源", 0, "PERSON", "model")],
     [("王宗源", "PERSON"), ("龙道一", "PERSON")]),
    ("林诗栋/向鹏以3∶2战胜队友", [("林诗栋", 0, "PERSON", "model")],
     [("林诗栋", "PERSON"), ("向鹏", "PERSON")]),
    # the NER's partner one character late takes that character
    ("杨昊/练俊杰配合默契", [("杨昊", 0, "PERSON", "model"), ("俊杰", 0, "PERSON", "model")],
     [("杨昊", "PERSON"), ("练俊杰", "PERSON")]),
    # no person before the slash, or a unit after it: nothing
    ("一般最低要18元/瓶", [], []),
    ("北京生命科学研究所/清华大学", [("北京生命科学研究所", 0, "ORG", "model")], [("北京生命科学研究所", "ORG")]),
])
def test_boundaries_slash_partners(blank_zh, text, model, expected):
    doc = _doc(blank_zh, text)
    model_out, rules = boundaries.slash_partners([_span(doc, *s) for s in model], [])
    assert sorted(_texts(model_out + rules), key=lambda e: text.index(e[0])) == expected


@pytest.mark.parametrize("text,spec,expected", [
    # competitions' short names and words of the week name nothing
    ("切尔西联赛、欧冠连平两场", ("欧冠连平", 0, "PERSON", "model"), []),
    ("德甲联赛首轮战罢", ("德甲", 0, "LOC", "model"), []),
    ("两支球队周中都有比赛", ("周中", 0, "PERSON", "model"), []),
    # a country's army is the country; a team is a body
    ("面对德军的闪电战术", ("德军", 0, "PERSON", "model"), [("德", "LOC")]),
    ("韩军与美军举行演习", ("韩军", 0, "PERSON", "model"), [("韩军", "PERSON")]),
    ("交战过4场，维冈队2胜2负", ("维冈队", 0, "PERSON", "model"), [("维冈队", "ORG")]),
    ("拿3分的可能也很大。费内巴vs波尔图", ("费内巴", 0, "PERSON", "model"), [("费内巴", "ORG")]),
    ("汉诺威 VS 卡尔斯", ("卡尔斯", 0, "PERSON", "model"), [("卡尔斯", "ORG")]),
    ("莫斯巴主场与荷兰球队5胜2平", ("莫斯巴", 0, "PERSON", "model"), [("莫斯巴", "ORG")]),
    ("梅西在主场上表现出色", ("梅西", 0, "PERSON", "model"), [("梅西", "PERSON")]),
    ("除利物浦客战布莱克可能遭遇麻烦", ("布莱克", 0, "PERSON", "model"), [("布莱克", "ORG")]),
    ("切尔西主场迎战纽卡斯尔", ("纽卡斯尔", 0, "PERSON", "model"), [("纽卡斯尔", "ORG")]),
    ("纳达尔战胜德约科维奇", ("德约科维奇", 0, "PERSON", "model"), [("德约科维奇", "PERSON")]),
    ("梅西的主场首秀", ("梅西", 0, "PERSON", "model"), [("梅西", "PERSON")]),
    # a name gives back a trailing separator, 周 of 周中 and 均 after several subjects
    ("女配角朱利叶特·", ("朱利叶特·", 0, "PERSON", "model"), [("朱利叶特", "PERSON")]),
    ("赛尔江·买米拉，1964年出生", ("赛尔江·", 0, "PERSON", "model"), [("赛尔江·", "PERSON")]),
    ("除切尔西周中客战外", ("切尔西周", 0, "PERSON", "model"), [("切尔西", "PERSON")]),
    ("主席姚刚和副局长李超均透露", ("李超均", 0, "PERSON", "model"), [("李超", "PERSON")]),
    ("副局长王志均透露", ("王志均", 0, "PERSON", "model"), [("王志均", "PERSON")]),
    # a transliterated name gives back a word it took after it; a name ending in no word keeps it
    ("主帅贝尼蒂斯光荣当选", ("贝尼蒂斯光荣", 0, "PERSON", "model"), [("贝尼蒂斯", "PERSON")]),
    ("主力维诺格拉多夫海军上将", ("维诺格拉多夫海军", 0, "PERSON", "model"), [("维诺格拉多夫", "PERSON")]),
    ("村民格桑旺久说", ("格桑旺久", 0, "PERSON", "model"), [("格桑旺久", "PERSON")]),
    # two transliterated names joined by 及 are the two; a Chinese name is left alone
    ("要比贝克汉姆及斯塔姆激烈", ("贝克汉姆及斯塔姆", 0, "PERSON", "model"),
     [("贝克汉姆", "PERSON"), ("斯塔姆", "PERSON")]),
    ("演员何及说", ("何及", 0, "PERSON", "model"), [("何及", "PERSON")]),
])
def test_boundaries_general_news_forms(blank_zh, text, spec, expected):
    doc = _doc(blank_zh, text)
    assert _texts(boundaries.general_news_forms([_span(doc, *spec)])) == expected


def test_boundaries_general_news_team_at_every_mention(blank_zh):
    text = "如果莫斯巴主场赢球，莫斯巴将打进32强，梅西将出场"
    doc = _doc(blank_zh, text)
    spans = [_span(doc, "莫斯巴", 0, "PERSON", "model"), _span(doc, "莫斯巴", 1, "PERSON", "model"),
             _span(doc, "梅西", 0, "PERSON", "model")]
    assert _texts(boundaries.general_news_forms(spans)) == [("莫斯巴", "ORG"), ("莫斯巴", "ORG"),
                                                             ("梅西", "PERSON")]


def test_boundaries_policy_v12_adds_general_news(blank_zh):
    doc = _doc(blank_zh, "德军在欧冠赛场")
    model = [_span(doc, "德军", 0, "PERSON", "model"), _span(doc, "欧冠赛", 0, "PERSON", "model")]
    v11 = registry.misc.get("tagger.merge_policy.v11")()
    v12 = registry.misc.get("tagger.merge_policy.v12")()
    assert _texts(v11(model, [])[0]) == [("德军", "PERSON"), ("欧冠赛", "PERSON")]
    assert _texts(v12(model, [])[0]) == [("德", "LOC")]


@pytest.mark.parametrize("text,specs,expected", [
    # a railway or motorway named by its ends' one-character forms is one place
    ("京沪高铁北京南至德州东段", [("京", 0, "LOC", "model"), ("沪", 0, "LOC", "model")], [("京沪高铁", "LOC")]),
    ("车间正在为京张高铁生产", [("京张", 0, "LOC", "model")], [("京张高铁", "LOC")]),
    ("京津城际铁路及延长线", [("京", 0, "LOC", "model"), ("津", 0, "LOC", "model")], [("京津城际铁路", "LOC")]),
    ("兰新高铁开通", [("兰新", 0, "PERSON", "model")], [("兰新高铁", "LOC")]),
    # not the new line of 新 …, not across a body, not without a line's ending
    ("新成昆铁路通车", [("新", 0, "LOC", "model")], [("新", "LOC")]),
    ("京沪两地", [("京", 0, "LOC", "model"), ("沪", 0, "LOC", "model")], [("京", "LOC"), ("沪", "LOC")]),
    ("京铁路局", [("京铁路局", 0, "ORG", "model")], [("京铁路局", "ORG")]),
])
def test_boundaries_line_names(blank_zh, text, specs, expected):
    doc = _doc(blank_zh, text)
    out = boundaries.line_names([_span(doc, *spec) for spec in specs])
    assert sorted(_texts(out)) == sorted(expected)


@pytest.mark.parametrize("text,spec,expected", [
    # an ORG or LOC gives back the ordinal it ends in; a place before it is a LOC
    ("作为上海市第二批乡村振兴示范村", ("上海市第二批", 0, "ORG", "model"), [("上海市", "LOC")]),
    ("金山区第三届运动会", ("金山区第三届", 0, "LOC", "model"), [("金山区", "LOC")]),
    ("宝钢第一批员工", ("宝钢第一", 0, "ORG", "model"), [("宝钢", "ORG")]),
    # a name that ends in its kind keeps its ordinal; a person is left alone; too little left
    ("上海市第二中学的学生", ("上海市第二中学", 0, "ORG", "model"), [("上海市第二中学", "ORG")]),
    ("张第一说", ("张第一", 0, "PERSON", "model"), [("张第一", "PERSON")]),
    ("市第一批", ("市第一批", 0, "ORG", "model"), []),
    # a counted ordinal begins no name; a name's own number does (第二人民医院)
    ("上海市第二批示范村", ("第二批示范村", 0, "LOC", "model"), []),
    ("第三届进博会", ("第三届进博会", 0, "ORG", "model"), []),
    ("在第二人民医院就诊", ("第二人民医院", 0, "ORG", "model"), [("第二人民医院", "ORG")]),
])
def test_boundaries_ordinal_edges(blank_zh, text, spec, expected):
    doc = _doc(blank_zh, text)
    assert _texts(boundaries.ordinal_edges([_span(doc, *spec)])) == expected


def test_boundaries_policy_v13_adds_ordinals(blank_zh):
    doc = _doc(blank_zh, "作为上海市第二批示范村")
    model = [_span(doc, "上海市第二批", 0, "ORG", "model")]
    v12 = registry.misc.get("tagger.merge_policy.v12")()
    v13 = registry.misc.get("tagger.merge_policy.v13")()
    assert _texts(v12(model, [])[0]) == [("上海市第二批", "ORG")]
    assert _texts(v13(model, [])[0]) == [("上海市", "LOC")]


def test_boundaries_policy_v14_adds_trails_han_tails_latin_products(blank_zh):
    doc = _doc(blank_zh, "罗威纳一日游，SpaceX星舰和iPhone")
    model = [_span(doc, "罗威纳", 0, "PERSON", "model"), _span(doc, "SpaceX星", 0, "ORG", "model"),
             _span(doc, "iPhone", 0, "ORG", "model")]
    v13 = registry.misc.get("tagger.merge_policy.v13")()
    v14 = registry.misc.get("tagger.merge_policy.v14")()
    assert _texts(v13(model, [])[0]) == [("罗威纳", "PERSON"), ("SpaceX星", "ORG"), ("iPhone", "ORG")]
    assert _texts(v14(model, [])[0]) == [("罗威纳", "LOC"), ("SpaceX", "ORG")]


@pytest.mark.parametrize("text,spec,expected", [
    # a model span that begins or ends inside a word in Latin letters takes the whole word
    ("接受了《GameInformer》的采访", ("ameInformer", 0, "ORG", "model"), ("GameInformer", "ORG")),
    ("据Bloomb报道", ("Bloomb", 0, "ORG", "model"), ("Bloomb", "ORG")),
    ("据Bloomberg报道", ("Bloom", 0, "ORG", "model"), ("Bloomberg", "ORG")),
    # Han text around a Latin word stays as it is
    ("华为Mate60发布", ("华为", 0, "ORG", "model"), ("华为", "ORG")),
])
def test_boundaries_whole_latin_words(blank_zh, text, spec, expected):
    doc = _doc(blank_zh, text)
    assert _texts(boundaries.whole_latin_words([_span(doc, *spec)])) == [expected]


def test_boundaries_policy_v14_adds_latin_words(blank_zh):
    doc = _doc(blank_zh, "接受了《GameInformer》的采访")
    model = [_span(doc, "ameInformer", 0, "ORG", "model")]
    v13 = registry.misc.get("tagger.merge_policy.v13")()
    v14 = registry.misc.get("tagger.merge_policy.v14")()
    assert _texts(v13(model, [])[0]) == [("ameInformer", "ORG")]
    assert _texts(v14(model, [])[0]) == [("GameInformer", "ORG")]
