"""Short names a text defines for a name (tagger/pipeline/aliases.py) and their place in the
merge (tagger.merge_policy.v8's ``aliases``)."""

from __future__ import annotations

import pytest

from tagger.pipeline.aliases import ALIAS_DEFINITION, defined_aliases, glossed_names, is_bare_alias
from tagger.pipeline.extensions import set_span_attrs


def _flat(doc, specs):
    """Flat spans from (surface, label, source[, search from])."""
    spans = []
    for surface, label, source, *after in specs:
        start = doc.text.find(surface, *after)
        span = doc.char_span(start, start + len(surface), label=label)
        set_span_attrs(span, source=source, canonical=surface)
        spans.append(span)
    return spans


@pytest.mark.parametrize("text,alias", [
    ("中国长城资产管理股份有限公司（以下简称“长城资产”）", "长城资产"),
    ("国家开发银行（简称国开行）", "国开行"),
    ("成都高新技术产业开发区（以下简称成都高新区）", "成都高新区"),
    ("上海博物馆(下称上博)", "上博"),
    ("《粤港澳大湾区发展规划纲要》（简称《规划纲要》）", None),   # a title in marks
    ("中方（简称，见下）", None),
])
def test_aliases_definition_pattern(text, alias):
    m = ALIAS_DEFINITION.search(text)
    assert (m.group("alias") if m else None) == alias


@pytest.mark.parametrize("alias,full,bare", [
    ("长城资产", "中国长城资产管理股份有限公司", False),
    ("国开行", "国家开发银行", False),
    ("机构", "国际原子能机构", True),           # a dictionary word
    ("护理中心", "富山市城区综合护理中心", True),  # the full name's bare ending
    ("海事博物馆", "国家海事博物馆", False),       # an ending long enough to name
    ("本公司", "某某科技有限公司", True),          # pointing, not naming
    ("甲方", "某某科技有限公司", True),
    ("5省份和兵团", "新疆生产建设兵团", True),      # a count
])
def test_aliases_bare(alias, full, bare):
    assert is_bare_alias(alias, full) is bare


def test_aliases_tag_every_mention(blank_zh):
    text = "中国长城资产管理股份有限公司（以下简称“长城资产”）成立于1999年。长城资产表示，长城的资产不在此列。"
    doc = blank_zh(text)
    flat = _flat(doc, [("中国长城资产管理股份有限公司", "ORG", "model"),
                       ("长城", "LOC", "lexicon", text.index("。"))])  # inside the next mention
    out = defined_aliases(doc, flat)
    found = [(s.start_char, s.text, s.label_) for s in out]
    first = text.find("长城资产", 15)
    second = text.find("长城资产", first + 1)
    assert found == [(0, "中国长城资产管理股份有限公司", "ORG"), (first, "长城资产", "ORG"),
                     (second, "长城资产", "ORG")]
    assert {s._.canonical for s in out if s._.category == "alias"} == {"中国长城资产管理股份有限公司"}
    assert all(s._.source == "pattern" for s in out if s._.category == "alias")


def test_aliases_replace_spans_inside_not_across(blank_zh):
    text = "联合国儿童基金会（简称儿基会）。儿基会呼吁，新儿基会员。"
    doc = blank_zh(text)
    flat = _flat(doc, [("联合国儿童基金会", "ORG", "model"), ("儿基会呼", "PERSON", "model")])
    out = defined_aliases(doc, flat)
    # the second mention is crossed by a model span that runs past it: left as it is
    assert [(s.text, s.label_) for s in out] == [("联合国儿童基金会", "ORG"), ("儿基会", "ORG"),
                                                 ("儿基会呼", "PERSON"), ("儿基会", "ORG")]


def test_aliases_need_a_name_before_the_brackets(blank_zh):
    doc = blank_zh("这家公司（以下简称“长城资产”）成立")
    assert defined_aliases(doc, []) == []


def test_aliases_in_the_shipped_pipeline(shipped_nlp):
    text = ("芜湖职业技术学院（以下简称“芜职院”）与企业合作办学。芜职院今年招收新生3000人，"
            "芜职院的毕业生就业率达到98%。")
    doc = shipped_nlp(text)
    assert [(e.text, e.label_) for e in doc.ents] == [("芜湖职业技术学院", "ORG"), ("芜职院", "ORG"),
                                                      ("芜职院", "ORG"), ("芜职院", "ORG")]


@pytest.mark.parametrize("text,periodical,expected", [
    # a periodical's short title in marks is the periodical wherever it stands in the marks
    ("《光：科学与应用》（以下简称《光》）创刊于2012年。《光》的影响因子为19.4，光学界",
     True, [("光：科学与应用", 1), ("光", 15), ("光", 28)]),
    # a document's short title is no name
    ("《光：科学与应用》（以下简称《光》）创刊于2012年。《光》的影响因子为19.4，光学界",
     False, [("光：科学与应用", 1)]),
])
def test_aliases_periodical_short_titles(blank_zh, text, periodical, expected):
    doc = blank_zh(text)
    flat = _flat(doc, [("光：科学与应用", "ORG", "pattern")])
    if periodical:
        set_span_attrs(flat[0], source="pattern", canonical=flat[0].text, category="periodical")
    out = defined_aliases(doc, flat)
    assert [(s.text, s.start_char) for s in out] == expected


@pytest.mark.parametrize("text,expected", [
    ("《光：科学与应用》影响因子连续9年居前三", [("光：科学与应用", "ORG")]),
    ("国际期刊《中国科学：生命科学》发表论文", [("中国科学：生命科学", "ORG")]),
    ("《关于加强管理的通知》（以下简称《通知》）指出，《通知》要求", []),
])
def test_periodicals_with_colons_and_impact_factors(shipped_nlp, text, expected):
    assert [(e.text, e.label_) for e in shipped_nlp(text).ents] == expected


@pytest.mark.parametrize("text,name,label,expected", [
    ("专业培训师苏帕蒂（subodhi）的静心呼吸法", "苏帕蒂", "PERSON", [("subodhi", "PERSON")]),
    ("总统约翰·肯尼迪（John F. Kennedy）遇刺", "约翰·肯尼迪", "PERSON", [("John F. Kennedy", "PERSON")]),
    ("伦敦金属交易所（lme）的镍价", "伦敦金属交易所", "ORG", [("lme", "ORG")]),
    ("首尔国际贸易会展中心（setec）举行", "首尔国际贸易会展中心", "LOC", [("setec", "LOC")]),
    ("张三（CEO）表示", "张三", "PERSON", []),                # a role, not a name
    ("摄影：池磊（ovs）", "池磊", "PERSON", []),               # too short for a person's name
    ("队伍，沙俊春(WE.PJ)和", "沙俊春", "PERSON", []),         # a team's tag, not words
    ("苏帕蒂 （subodhi）", "苏帕蒂", "PERSON", []),           # not straight after the name
    ("居民消费价格指数（CPI）上涨", "居民消费价格指数", None, []),  # no name before it
    # a name in Latin script before brackets that hold nothing but a name
    ("有些是受nfa（美国国家期货协会）监管", "美国国家期货协会", "ORG", [("nfa", "ORG")]),
    ("据Reuters（路透社）报道", "路透社", "ORG", [("Reuters", "ORG")]),
    ("总统Joe Biden（拜登）说", "拜登", "PERSON", [("Joe Biden", "PERSON")]),
    ("Ma（马）说", "马", "PERSON", []),                          # too short for a person's name
    ("nfa（美国国家期货协会的）", "美国国家期货协会", "ORG", []),   # brackets hold more
])
def test_glossed_names_take_the_label_before_them(blank_zh, text, name, label, expected):
    doc = blank_zh(text)
    flat = _flat(doc, [(name, label, "model")]) if label else []
    out = glossed_names(doc, flat)
    added = [s for s in out if s._.category == "gloss"]
    assert [(s.text, s.label_) for s in added] == expected
    assert all(s._.canonical == name for s in added)


def test_glossed_names_in_the_shipped_pipeline(shipped_nlp):
    doc = shipped_nlp("馆长一职先后由斯蒂芬·加勒特（stephengarrett）担任，主力后卫戈丁（diegogodin）受伤。")
    assert [(e.text, e.label_) for e in doc.ents] == [
        ("斯蒂芬·加勒特", "PERSON"), ("stephengarrett", "PERSON"), ("戈丁", "PERSON"), ("diegogodin", "PERSON")]
