"""Tests for the merge policy (merge_spans) and the tagger_merge component."""

from __future__ import annotations

import json
import random
from typing import List, Optional, Tuple

import pytest
import spacy
from spacy.language import Language

from tagger.lexicons import DATA_DIR
from tagger.pipeline import gazetteer as _gazetteer  # noqa: F401  (registers factories)
from tagger.pipeline import slogans as _slogans  # noqa: F401
from tagger.pipeline.extensions import set_span_attrs
from tagger.pipeline.merge import merge_spans, relabel_label

from tagged_fixtures import mark_first_occurrences

# A span spec: (surface, occurrence index, label, source); source "model" for NER spans.
Spec = Tuple[str, int, str, str]


def _span(doc, surface: str, occurrence: int, label: str, source: str):
    pos = -1
    for _ in range(occurrence + 1):
        pos = doc.text.find(surface, pos + 1)
    span = doc.char_span(pos, pos + len(surface), label=label)
    if source != "model":
        set_span_attrs(span, source=source, canonical=surface)
    return span


def _run(doc, model: List[Spec], rules: List[Spec], prefer: str):
    flat, nested = merge_spans([_span(doc, *s) for s in model], [_span(doc, *s) for s in rules],
                               prefer=prefer)
    return [(s.text, s.label_) for s in flat], [(s.text, s.label_) for s in nested]


MERGE_CASES = [
    # gazetteer short form never splits a longer model name
    ("金山区融媒体中心地址", [("金山区融媒体中心", 0, "ORG", "model")], [("金山区", 0, "LOC", "lexicon")],
     "rules", [("金山区融媒体中心", "ORG")], [("金山区", "LOC")]),
    # a SLOGAN keeps no inner names, whichever side is preferred
    ("学习习近平新时代中国特色社会主义思想", [("习近平", 0, "PERSON", "model")],
     [("习近平新时代中国特色社会主义思想", 0, "SLOGAN", "lexicon"), ("中国特色社会主义", 0, "SLOGAN", "lexicon")],
     "model", [("习近平新时代中国特色社会主义思想", "SLOGAN")],
     [("习近平", "PERSON"), ("中国特色社会主义", "SLOGAN")]),
    # same extent, different label: the preferred side wins
    # (金华 has no place ending, so relabelling leaves the model's ORG alone)
    ("在金华工作", [("金华", 0, "ORG", "model")], [("金华", 0, "LOC", "lexicon")],
     "rules", [("金华", "LOC")], [("金华", "ORG")]),
    ("在金华工作", [("金华", 0, "ORG", "model")], [("金华", 0, "LOC", "lexicon")],
     "model", [("金华", "ORG")], [("金华", "LOC")]),
    # crossing spans: the preferred side wins even when shorter
    ("金海岸居委会工作人员", [("居委会工作", 0, "ORG", "model")], [("金海岸居委会", 0, "ORG", "pattern")],
     "rules", [("金海岸居委会", "ORG")], [("居委会工作", "ORG")]),
    ("金海岸居委会工作人员", [("海岸居委会工作人员", 0, "ORG", "model")],
     [("金海岸居委会", 0, "ORG", "pattern")],
     "model", [("海岸居委会工作人员", "ORG")], [("金海岸居委会", "ORG")]),
    # user beats everything, even a longer model span around it
    ("上海碳纤维复合材料创新研究院", [("上海碳纤维复合材料创新研究院", 0, "ORG", "model")],
     [("上海", 0, "LOC", "user")], "rules", [("上海", "LOC")], [("上海碳纤维复合材料创新研究院", "ORG")]),
    # longest rule wins among rules; duplicates are not losers
    ("以“奋斗十四五，建功新征程”为主题", [],
     [("十四五", 0, "SLOGAN", "pattern"), ("奋斗十四五，建功新征程", 0, "SLOGAN", "lexicon"),
      ("奋斗十四五，建功新征程", 0, "SLOGAN", "pattern")],
     "rules", [("奋斗十四五，建功新征程", "SLOGAN")], [("十四五", "SLOGAN")]),
    # non-overlapping spans all survive
    ("区委书记刘健在会上强调", [("刘健", 0, "PERSON", "model")], [("区委", 0, "ORG", "lexicon")],
     "rules", [("区委", "ORG"), ("刘健", "PERSON")], []),
    # a rule PERSON inside a longer model PERSON wins (the model took the next word)
    ("镇党委书记王建国在会上讲话", [("王建国在", 0, "PERSON", "model")],
     [("王建国", 0, "PERSON", "pattern")], "rules", [("王建国", "PERSON")], [("王建国在", "PERSON")]),
    ("副市长陈立华为大会致辞", [("陈立华为", 0, "PERSON", "model")],
     [("陈立华", 0, "PERSON", "lexicon")], "model", [("陈立华", "PERSON")], [("陈立华为", "PERSON")]),
    # ... but containment still wins across labels and for model spans inside rule spans
    ("青浦区文化馆举办展览", [("青浦区文化馆", 0, "ORG", "model")], [("青浦区", 0, "LOC", "lexicon")],
     "rules", [("青浦区文化馆", "ORG")], [("青浦区", "LOC")]),
    ("王建国在会上讲话", [("王建", 0, "PERSON", "model")], [("王建国", 0, "PERSON", "pattern")],
     "rules", [("王建国", "PERSON")], [("王建", "PERSON")]),
    # equal length, same tier: earlier start wins, deterministically
    ("上海市长", [], [("上海市", 0, "LOC", "lexicon"), ("海市长", 0, "PERSON", "pattern")],
     "rules", [("上海市", "LOC")], [("海市长", "PERSON")]),
]


@pytest.mark.parametrize("text,model,rules,prefer,flat,nested", MERGE_CASES)
def test_merge_policy_table(blank_zh, text, model, rules, prefer, flat, nested):
    doc = blank_zh(text)
    assert _run(doc, model, rules, prefer) == (flat, nested)


@pytest.mark.parametrize("case", MERGE_CASES, ids=lambda c: c[0][:6])
def test_merge_is_order_independent(blank_zh, case):
    text, model, rules, prefer, flat, nested = case
    doc = blank_zh(text)
    rng = random.Random(0)
    for _ in range(5):
        model2, rules2 = model[:], rules[:]
        rng.shuffle(model2)
        rng.shuffle(rules2)
        assert _run(doc, model2, rules2, prefer) == (flat, nested)


SPLIT_CASES = [
    # a byline's two names read as one model PERSON
    ("记者 林一鸣 朱小雨 报道", "林一鸣 朱小雨", "PERSON", [("林一鸣", "PERSON"), ("朱小雨", "PERSON")]),
    # a one-character remnant is dropped
    ("（记者 周小楠 通讯员 方圆）", "周小楠 通", "PERSON", [("周小楠", "PERSON")]),
    # PERSON parts longer than four characters are no names
    ("本报 张三丰五六七 李四", "张三丰五六七 李四", "PERSON", [("李四", "PERSON")]),
    # ORG parts of two or more characters are kept
    ("《省委 省政府关于加强治理的意见》", "省委 省政府", "ORG", [("省委", "ORG"), ("省政府", "ORG")]),
    # whitespace next to a non-Han character does not split
    ("来自 Apple Inc 的消息", "Apple Inc", "ORG", [("Apple Inc", "ORG")]),
    # a name run over a line end loses the line end
    ("通讯员 潘洁\n初春时节", "潘洁\n", "PERSON", [("潘洁", "PERSON")]),
    ("来到\n 金山区", "\n 金山区", "LOC", [("金山区", "LOC")]),
]


@pytest.mark.parametrize("text,surface,label,expected", SPLIT_CASES)
def test_merge_splits_model_spans_at_spaces(blank_zh, text, surface, label, expected):
    doc = blank_zh(text)
    flat, nested = merge_spans([_span(doc, surface, 0, label, "model")], [])
    assert [(s.text, s.label_) for s in flat] == expected
    assert nested == []


RELABEL_CASES = [
    # PERSON with an unambiguous place ending -> LOC
    ("青溪镇", "PERSON", "LOC"), ("杨家村", "PERSON", "LOC"), ("西湖公园", "PERSON", "LOC"),
    ("临江街道", "PERSON", "LOC"), ("梅园社区", "PERSON", "LOC"), ("滨海新区", "PERSON", "LOC"),
    ("朱家泾", "PERSON", "LOC"), ("前湾科学城", "PERSON", "LOC"),
    # given-name characters that are also place endings stay PERSON
    ("李春江", "PERSON", "PERSON"), ("王秀山", "PERSON", "PERSON"), ("张林", "PERSON", "PERSON"),
    ("陈海河", "PERSON", "PERSON"), ("刘建华", "PERSON", "PERSON"), ("赵小明", "PERSON", "PERSON"),
    # a bare ending is no name
    ("村", "PERSON", "PERSON"), ("公园", "ORG", "ORG"),
    # ORG with a place ending -> LOC, unless an organization ending as long or longer matches
    ("东沙港", "ORG", "LOC"), ("滨河公园", "ORG", "LOC"), ("南岭镇", "ORG", "LOC"),
    ("南岭镇政府", "ORG", "ORG"), ("西站", "ORG", "ORG"), ("长江集团", "ORG", "ORG"),
    # the longer ending decides: a building (体育馆 over 馆, 会议中心 over 中心, as 区会议中心)
    ("四川大学体育馆", "ORG", "LOC"), ("国际会议中心", "ORG", "LOC"), ("上海火车站", "ORG", "LOC"),
    ("城南文化馆", "ORG", "ORG"), ("金山区融媒体中心", "ORG", "ORG"),
    ("梅园社区服务中心", "LOC", "ORG"),
    # LOC with an organization ending of two or more characters -> ORG
    ("东海日报", "LOC", "ORG"), ("城南中学", "LOC", "ORG"), ("河西区人民政府", "LOC", "ORG"),
    ("滨江区", "LOC", "LOC"), ("临江局", "LOC", "LOC"),
]


@pytest.mark.parametrize("text,label,expected", RELABEL_CASES)
def test_merge_relabel_label_table(text, label, expected):
    assert relabel_label(text, label) == expected


@pytest.mark.parametrize("relabel,expected", [(True, [("青溪镇", "LOC"), ("东海日报", "ORG")]),
                                              (False, [("青溪镇", "PERSON"), ("东海日报", "LOC")])])
def test_merge_relabels_model_spans_only(blank_zh, relabel, expected):
    doc = blank_zh("青溪镇的东海日报记者在杨家村")
    flat, _ = merge_spans([_span(doc, "青溪镇", 0, "PERSON", "model"),
                           _span(doc, "东海日报", 0, "LOC", "model")],
                          [_span(doc, "杨家村", 0, "PERSON", "pattern")], relabel=relabel)
    assert [(s.text, s.label_) for s in flat] == expected + [("杨家村", "PERSON")]


def test_merge_component_relabel_setting(blank_zh, tmp_path):
    nlp = _pipeline(blank_zh, tmp_path, model_ents={"青溪镇": "PERSON"})
    assert nlp.get_pipe("tagger_merge").relabel is True
    assert [(e.text, e.label_) for e in nlp("青溪镇召开大会").ents] == [("青溪镇", "LOC")]
    nlp.remove_pipe("tagger_merge")
    nlp.add_pipe("tagger_merge", config={"relabel": False})
    assert [(e.text, e.label_) for e in nlp("青溪镇召开大会").ents] == [("青溪镇", "PERSON")]


def test_merge_rejects_unknown_prefer(blank_zh):
    doc = blank_zh("金山")
    with pytest.raises(ValueError, match="prefer"):
        merge_spans([], [], prefer="longest")
    with pytest.raises(ValueError, match="prefer"):
        blank_zh.add_pipe("tagger_merge", config={"prefer": "neither"})
    assert doc.text == "金山"


MODEL_ENTS = {}


@Language.component("test_merge_fake_ner")
def fake_ner(doc):
    """Stand-in for the NER: tags the (surface, label) pairs in MODEL_ENTS, first occurrence only."""
    return mark_first_occurrences(doc, list(MODEL_ENTS.items()))


def _pipeline(nlp, tmp_path, *, model_ents: dict, merge_config: Optional[dict] = None):
    MODEL_ENTS.clear()
    MODEL_ENTS.update(model_ents)
    slogans = tmp_path / "slogans.jsonl"
    slogans.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in [
        {"canonical": "习近平新时代中国特色社会主义思想", "category": "ideology"},
        {"canonical": "碳达峰", "category": "development concept"},
        {"canonical": "碳中和", "category": "development concept"}]), encoding="utf-8")
    gaz = tmp_path / "gaz.jsonl"
    gaz.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in [
        {"text": "金山区", "label": "LOC"}, {"text": "区委", "label": "ORG"},
        {"text": "习近平", "label": "PERSON"}]), encoding="utf-8")
    suffix = tmp_path / "suffixes.txt"
    suffix.write_text("中心\n", encoding="utf-8")
    nlp.add_pipe("test_merge_fake_ner")
    nlp.add_pipe("tagger_slogans").initialize(lexicon_path=str(slogans))
    nlp.add_pipe("tagger_gazetteer").initialize(gazetteers=[], gazetteer_paths=[str(gaz)],
                                                org_suffixes_path=str(suffix),
                                                loc_suffixes_path=str(suffix))
    nlp.add_pipe("tagger_merge", config=merge_config or {})
    return nlp


def test_merge_component_layers(blank_zh, tmp_path):
    nlp = _pipeline(blank_zh, tmp_path, model_ents={"金山区融媒体中心": "ORG", "习近平": "PERSON"})
    doc = nlp("金山区融媒体中心报道：学习习近平新时代中国特色社会主义思想，推进“碳中和、碳达峰”。")
    ents = [(e.text, e.label_, e._.source) for e in doc.ents]
    assert ents == [("金山区融媒体中心", "ORG", "pattern"),  # model and suffix rule agree
                    ("习近平新时代中国特色社会主义思想", "SLOGAN", "lexicon"),
                    ("碳中和", "SLOGAN", "lexicon"), ("碳达峰", "SLOGAN", "lexicon")]
    nested = {(s.text, s.label_) for s in doc.spans["nested"]}
    assert {("金山区", "LOC"), ("习近平", "PERSON")} <= nested


def test_merge_component_propagates_names(blank_zh, tmp_path):
    nlp = _pipeline(blank_zh, tmp_path, model_ents={"李泽龙": "PERSON"})
    doc = nlp("区委副书记李泽龙出席。李泽龙指出，要迅速进入实战状态。李泽龙强调")
    persons = [(e.start_char, e._.source) for e in doc.ents if e.label_ == "PERSON"]
    assert [p[0] for p in persons] == [5, 11, 27]


@pytest.mark.parametrize("text,model_ents,persons", [
    # the model's 沈国 cuts into 沈国强, which the title rule found later: the name wins
    ("沈国强要求大家。区委书记沈国强指出", {"沈国": "PERSON"}, [("沈国强", 0), ("沈国强", 12)]),
    # a longer model span around the name stays
    ("刘健同志要求大家。区委书记刘健指出", {"刘健同志": "PERSON"}, [("刘健同志", 0), ("刘健", 13)]),
])
def test_merge_component_model_fragments_give_way(blank_zh, tmp_path, text, model_ents, persons):
    nlp = _pipeline(blank_zh, tmp_path, model_ents=model_ents)
    doc = nlp(text)
    assert [(e.text, e.start_char) for e in doc.ents if e.label_ == "PERSON"] == persons


def test_merge_component_propagation_off(blank_zh, tmp_path):
    nlp = _pipeline(blank_zh, tmp_path, model_ents={"金山": "LOC"},
                    merge_config={"propagate": False})
    doc = nlp("金山坚持发展。金山人民")
    assert [(e.text, e.start_char) for e in doc.ents] == [("金山", 0)]


def test_merge_component_propagation_keeps_model_source(blank_zh, tmp_path):
    nlp = _pipeline(blank_zh, tmp_path, model_ents={"金山": "LOC"})
    doc = nlp("金山坚持发展。金山人民")
    assert [(e.text, e.start_char, e._.source) for e in doc.ents] == [("金山", 0, "model"),
                                                                       ("金山", 7, "model")]


@pytest.mark.parametrize("policy,orgs", [
    # an ORG only the model found that is a common word is not spread (merge policy v8)
    ("tagger.merge_policy.v8", [("熊猫", 3)]),
    ("tagger.merge_policy.v7", [("熊猫", 3), ("熊猫", 9)]),
])
def test_merge_component_quiet_words(blank_zh, tmp_path, policy, orgs):
    nlp = _pipeline(blank_zh, tmp_path, model_ents={"熊猫": "ORG"},
                    merge_config={"merge_policy": {"@misc": policy}})
    doc = nlp("守护大熊猫家园，大熊猫数量多")
    assert [(e.text, e.start_char) for e in doc.ents if e.label_ == "ORG"] == orgs


@pytest.mark.parametrize("model_ents,text,spans", [
    ({"海燕": "PERSON"}, "海燕说，海燕的家在山里", [("海燕", 0), ("海燕", 4)]),   # people and places
    ({"党支部": "ORG"}, "党支部召开会议，党支部书记", [("党支部", 0), ("党支部", 8)]),  # a body's ending
])
def test_merge_component_quiet_words_spread_bodies_people_places(blank_zh, tmp_path, model_ents,
                                                                 text, spans):
    nlp = _pipeline(blank_zh, tmp_path, model_ents=model_ents,
                    merge_config={"merge_policy": {"@misc": "tagger.merge_policy.v8"}})
    assert [(e.text, e.start_char) for e in nlp(text).ents] == spans


@pytest.mark.parametrize("policy,label", [("tagger.merge_policy.v8", "LOC"), ("tagger.merge_policy.v7", "PERSON")])
def test_merge_component_place_stems(blank_zh, tmp_path, policy, label):
    nlp = _pipeline(blank_zh, tmp_path, model_ents={"赵家洼": "PERSON", "赵家洼村": "LOC"},
                    merge_config={"merge_policy": {"@misc": policy}})
    doc = nlp("赵家洼考察。赵家洼村的三户")
    assert [(e.text, e.label_) for e in doc.ents] == [("赵家洼", label), ("赵家洼村", "LOC")]


def test_merge_component_save_load(blank_zh, tmp_path):
    nlp = _pipeline(blank_zh, tmp_path, model_ents={})
    text = "区委书记刘健在会上强调，要推进碳达峰。刘健指出"
    doc = nlp(text)
    before = [(e.text, e.label_, e._.source) for e in doc.ents]
    nlp.remove_pipe("test_merge_fake_ner")
    nlp.to_disk(tmp_path / "model")
    doc = spacy.load(tmp_path / "model")(text)
    after = [(e.text, e.label_, e._.source) for e in doc.ents]
    assert after == before == [("区委", "ORG", "lexicon"), ("刘健", "PERSON", "pattern"),
                               ("碳达峰", "SLOGAN", "lexicon"), ("刘健", "PERSON", "pattern")]


def test_merge_sample_page_packaged(blank_zh, sample_text):
    if not all((DATA_DIR / f).exists() for f in ("slogans.jsonl", "admin_divisions.jsonl",
                                                 "org_suffixes.txt", "loc_suffixes.txt")):
        pytest.skip("packaged lexicons not complete yet")
    blank_zh.add_pipe("tagger_slogans").initialize()
    blank_zh.add_pipe("tagger_gazetteer").initialize()
    blank_zh.add_pipe("tagger_merge")
    doc = blank_zh(sample_text)
    ents = {(e.text.replace("\n", ""), e.label_) for e in doc.ents}
    for item in [("奋斗十四五，建功新征程", "SLOGAN"), ("碳中和", "SLOGAN"), ("碳达峰", "SLOGAN"),
                 ("四个意识", "SLOGAN"), ("刘健", "PERSON"), ("李泽龙", "PERSON"), ("区委", "ORG"),
                 ("冯秋萍", "PERSON"), ("金山区融媒体中心", "ORG"),
                 ("习近平新时代中国特色社会主义思想", "SLOGAN")]:
        assert item in ents, item
    assert ("习近平", "PERSON") not in {(e.text, e.label_) for e in doc.ents
                                       if e.start_char > sample_text.find("做实习近平")
                                       and e.end_char < sample_text.find("思想中深化") + 2}


def test_merge_user_lexicon_beats_rules_and_model(blank_zh, tmp_path):
    from tagger.pipeline.lexicon_io import apply_user_lexicon

    nlp = _pipeline(blank_zh, tmp_path, model_ents={"金山区融媒体中心": "ORG"})
    user = tmp_path / "user.txt"
    user.write_text("金山区融媒体 ORG\n碳达峰 SLOGAN\n", encoding="utf-8")
    assert apply_user_lexicon(nlp, user) == (1, 1)
    doc = nlp("金山区融媒体中心报道碳达峰")
    assert [(e.text, e.label_, e._.source) for e in doc.ents] == [
        ("金山区融媒体", "ORG", "user"), ("碳达峰", "SLOGAN", "user")]


def test_merge_from_config_with_initialize_blocks(tmp_path):
    from spacy.util import load_config_from_str, load_model_from_config

    config = load_config_from_str(CONFIG.replace("TMP", str(tmp_path)))
    _pipeline_files(tmp_path)
    nlp = load_model_from_config(config, auto_fill=True, validate=True)
    nlp.initialize()
    doc = nlp("区委书记刘健在会上强调，要推进碳达峰。")
    assert [(e.text, e.label_) for e in doc.ents] == [("区委", "ORG"), ("刘健", "PERSON"),
                                                      ("碳达峰", "SLOGAN")]


def _pipeline_files(tmp_path):
    (tmp_path / "slogans.jsonl").write_text(
        json.dumps({"canonical": "碳达峰", "category": "development concept"}, ensure_ascii=False),
        encoding="utf-8")
    (tmp_path / "gaz.jsonl").write_text(
        json.dumps({"text": "区委", "label": "ORG"}, ensure_ascii=False), encoding="utf-8")
    (tmp_path / "suffixes.txt").write_text("中心\n", encoding="utf-8")


CONFIG = """
[paths]
slogans = "TMP/slogans.jsonl"
user_lexicon = null

[nlp]
lang = "zh"
pipeline = ["tagger_slogans", "tagger_gazetteer", "tagger_merge"]

[nlp.tokenizer]
@tokenizers = "spacy.zh.ChineseTokenizer"
segmenter = "char"

[components]

[components.tagger_slogans]
factory = "tagger_slogans"

[components.tagger_gazetteer]
factory = "tagger_gazetteer"

[components.tagger_merge]
factory = "tagger_merge"
prefer = "rules"

[initialize]

[initialize.components]

[initialize.components.tagger_slogans]
lexicon_path = ${paths.slogans}
user_lexicon_path = ${paths.user_lexicon}

[initialize.components.tagger_gazetteer]
gazetteers = []
gazetteer_paths = ["TMP/gaz.jsonl"]
org_suffixes_path = "TMP/suffixes.txt"
loc_suffixes_path = "TMP/suffixes.txt"
user_lexicon_path = ${paths.user_lexicon}
"""


@pytest.mark.parametrize(
    "text,start,end,dropped",
    [("中方愿同法方一道合作", 0, 1, True), ("中方愿同法方一道合作", 4, 5, True),
     ("中美关系稳定发展", 0, 1, False), ("日方提出交涉", 0, 1, True), ("在京召开会议", 1, 2, False)],
)
def test_merge_drops_side_references(blank_zh, text, start, end, dropped):
    from spacy.tokens import Span

    from tagger.pipeline.merge import is_side_reference, prepare_model_spans

    doc = blank_zh(text)
    span = Span(doc, start, end, label="LOC")
    assert is_side_reference(span) is dropped
    assert (prepare_model_spans([span]) == []) is dropped


@pytest.mark.parametrize(
    "text,start,end,label,expected",
    [("丁聪美术馆对外开放", 0, 5, "PERSON", ["ORG"]),
     ("坚持马克思主义基本原理", 2, 5, "PERSON", []),
     ("马克思的著作", 0, 3, "PERSON", ["PERSON"]),
     ("列宁主义", 0, 2, "PERSON", [])],
)
def test_merge_prepares_museums_and_isms(blank_zh, text, start, end, label, expected):
    from spacy.tokens import Span

    from tagger.pipeline.merge import prepare_model_spans

    doc = blank_zh(text)
    assert [s.label_ for s in prepare_model_spans([Span(doc, start, end, label=label)])] == expected


@pytest.mark.parametrize(
    "text,model,rules,kept",
    [("湖州市安吉县天荒坪镇", (0, 6), [(0, 3), (3, 6)], False),
     ("上海市金山区蒙山北路", (0, 6), [(0, 3), (3, 6)], False),
     ("上海市金山区蒙山北路", (0, 10), [(6, 8)], True),
     ("金山区政府", (0, 3), [(0, 3)], True)],
)
def test_merge_drops_tiled_addresses(blank_zh, text, model, rules, kept):
    from spacy.tokens import Span

    from tagger.pipeline.merge import drop_tiled_addresses

    doc = blank_zh(text)
    model_span = Span(doc, *model, label="LOC")
    rule_spans = [Span(doc, a, b, label="LOC") for a, b in rules]
    assert (drop_tiled_addresses([model_span], rule_spans) == [model_span]) is kept


@pytest.mark.parametrize(
    "text,model,rules,kept_text",
    [("在北京天安门广场举行", (1, 8), [(1, 3)], "天安门广场"),
     ("天荒坪镇余村漫山翠竹", (0, 6), [(0, 4)], "余村"),
     ("上海市金山区蒙山北路", (0, 10), [(0, 3), (3, 6)], "蒙山北路"),
     ("北京东路", (0, 4), [(0, 2)], "北京东路"),
     ("金山卫镇", (0, 4), [(0, 2)], "金山卫镇"),
     ("浦东新区", (0, 4), [(0, 2)], "浦东新区"),
     ("上海市中心", (0, 5), [(0, 3)], "上海市中心")],
)
def test_merge_keeps_the_place_after_a_place(blank_zh, text, model, rules, kept_text):
    from spacy.tokens import Span

    from tagger.pipeline.merge import drop_tiled_addresses

    doc = blank_zh(text)
    rule_spans = [Span(doc, a, b, label="LOC") for a, b in rules]
    assert [s.text for s in drop_tiled_addresses([Span(doc, *model, label="LOC")], rule_spans)] == [kept_text]


def test_merge_keeps_a_listed_place_whole(blank_zh):
    """四川北路街道 begins with 四川 but is a gazetteer name of its own."""
    from spacy.tokens import Span

    from tagger.pipeline.extensions import set_span_attrs
    from tagger.pipeline.merge import drop_tiled_addresses

    doc = blank_zh("前往四川北路街道调研")
    rule_spans = [Span(doc, 2, 4, label="LOC"), Span(doc, 2, 8, label="LOC")]
    for span in rule_spans:
        set_span_attrs(span, source="lexicon")
    kept = drop_tiled_addresses([Span(doc, 2, 8, label="LOC")], rule_spans)
    assert [s.text for s in kept] == ["四川北路街道"]
    kept = drop_tiled_addresses([Span(doc, 2, 8, label="LOC")], rule_spans[:1])
    assert [s.text for s in kept] == ["北路街道"]


@pytest.mark.parametrize(
    "text,start,end,label,dropped",
    [("主持召开国务院常务会议", 4, 10, "ORG", True),
     ("贯彻落实省第十三次党代会部署", 4, 12, "ORG", True),
     ("十九届五中全会精神", 3, 7, "ORG", True),
     ("全国人民代表大会常务委员会", 0, 8, "ORG", False),
     ("金山工业区党（工）委书记", 7, 10, "ORG", True),
     ("区委（扩大）会议", 0, 2, "ORG", False),
     ("中国（上海）自由贸易试验区", 0, 13, "LOC", False),
     ("国务院常务会议", 0, 3, "ORG", False),
     # a body cut before its host
     ("作者为中国驻东湖国大使", 3, 6, "ORG", True),
     ("中国驻东湖国大使馆", 0, 9, "ORG", False),
     # a body whose last character begins a word with the next (部门, 处分, 科幻)
     ("浙江省民政部门实施救助", 0, 6, "ORG", True),
     ("政务撤职处分", 0, 5, "ORG", True),
     ("中国科幻小说", 0, 3, "ORG", True),
     ("据毛伊县消防部门表示", 1, 8, "ORG", False),
     ("民政部部长", 0, 3, "ORG", False)],
)
def test_merge_drops_events_and_bracket_fragments(blank_zh, text, start, end, label, dropped):
    from spacy.tokens import Span

    from tagger.pipeline.merge import is_event_or_fragment

    assert is_event_or_fragment(Span(blank_zh(text), start, end, label=label)) is dropped


def test_merge_component_nested_span_keeps_its_own_attributes(blank_zh, tmp_path):
    """Two spans with the same offsets and different labels each report their own
    provenance: the model's nested 金华/ORG is not the lexicon's 金华/LOC."""
    MODEL_ENTS.clear()
    MODEL_ENTS.update({"金华": "ORG"})
    gaz = tmp_path / "gaz.jsonl"
    gaz.write_text(json.dumps({"text": "金华", "label": "LOC", "canonical": "金华市"},
                              ensure_ascii=False), encoding="utf-8")
    blank_zh.add_pipe("test_merge_fake_ner")
    blank_zh.add_pipe("tagger_gazetteer").initialize(gazetteers=[], gazetteer_paths=[str(gaz)])
    blank_zh.add_pipe("tagger_merge")
    doc = blank_zh("他在金华工作")
    assert [(e.text, e.label_, e._.source, e._.canonical) for e in doc.ents] == [
        ("金华", "LOC", "lexicon", "金华市")]
    assert [(s.text, s.label_, s._.source, s._.canonical) for s in doc.spans["nested"]] == [
        ("金华", "ORG", "model", None)]


def test_merge_span_attributes_survive_docbin(blank_zh):
    """Per-span attributes live in doc.user_data, so DocBin keeps them, label by label."""
    from spacy.tokens import DocBin

    doc = blank_zh("他在金华工作")
    loc, org = doc.char_span(2, 4, label="LOC"), doc.char_span(2, 4, label="ORG")
    set_span_attrs(loc, source="lexicon", canonical="金华市")
    set_span_attrs(org, source="model")
    doc.spans["both"] = [loc, org]
    restored = list(DocBin(docs=[doc], store_user_data=True).get_docs(blank_zh.vocab))[0]
    assert [(s.label_, s._.source, s._.canonical) for s in restored.spans["both"]] == [
        ("LOC", "lexicon", "金华市"), ("ORG", "model", None)]


@pytest.mark.parametrize("text,model,rules,v2,v3", [
    # a body of a class of places (kinds)
    ("一些农村党组织", [], [("村党组织", "ORG")], [("村党组织", "ORG")], []),
    # a games village (kinds)
    ("从亚残运村出发", [("残运村", "LOC")], [], [("残运村", "LOC")], [("亚残运村", "LOC")]),
    # a name stopped at a separator (names)
    ("主席艾莎·拿撒表示", [("艾莎", "PERSON")], [], [("艾莎", "PERSON")], [("艾莎·拿撒", "PERSON")]),
])
def test_merge_policy_v2_stays_as_it_was_and_v3_adds_the_new_rules(text, model, rules, v2, v3):
    from spacy.util import registry

    nlp = spacy.blank("zh")
    doc = nlp.make_doc(text)

    def spans(specs, source):
        out = []
        for surface, label in specs:
            start = text.index(surface)
            span = doc.char_span(start, start + len(surface), label=label)
            if source != "model":
                set_span_attrs(span, source=source, canonical=surface)
            out.append(span)
        return out

    for name, expected in (("tagger.merge_policy.v2", v2), ("tagger.merge_policy.v3", v3)):
        flat, _ = registry.misc.get(name)()(spans(model, "model"), spans(rules, "lexicon"))
        assert [(s.text, s.label_) for s in flat] == expected, name


@pytest.mark.parametrize("text,orgs", [
    # a periodical's name in title marks is an ORG; as a common word elsewhere it is none
    ("《科学》杂志研究报告显示，科学家以严谨的科学方法研究", ["科学"]),
    # a name that is no common word is tagged again
    ("《柳叶刀》刊登了研究。柳叶刀主编说", ["柳叶刀", "柳叶刀"]),
])
def test_merge_periodicals_propagate_only_as_names(shipped_nlp, text, orgs):
    assert [e.text for e in shipped_nlp(text).ents if e.label_ == "ORG"] == orgs


@pytest.mark.parametrize("text,expected", [
    # a bare kind of zone or park is no place; a named one is one place
    ("形成推进自贸试验区建设强大合力", []),
    ("将落实上海自贸试验区全面对接国际高标准经贸规则", [("上海自贸试验区", "LOC")]),
    ("武夷山国家公园的绿色基底", [("武夷山国家公园", "LOC")]),
    # 美丽乡村 is a SLOGAN (data/gold/MODERN.md), the hills of 两山 no place
    ("到美丽乡村的田园风光中", [("美丽乡村", "SLOGAN")]),
    ("把绿水青山变成金山银山", []),
])
def test_merge_zones_parks_and_slogan_words(shipped_nlp, text, expected):
    assert [(e.text, e.label_) for e in shipped_nlp(text).ents] == expected


@pytest.mark.parametrize("text,start,end,expected", [
    ("阿里巴巴集团董事会主席蔡崇信", 0, 9, "阿里巴巴集团"),
    ("阿里巴巴集团董事会决定", 0, 9, "阿里巴巴集团董事会"),
    ("腾讯公司董事会秘书", 0, 6, "腾讯公司"),
    ("董事会主席", 0, 3, None),
])
def test_merge_cuts_a_unit_that_begins_a_title(blank_zh, text, start, end, expected):
    from spacy.tokens import Span

    from tagger.pipeline.merge import cut_unit_title

    span = cut_unit_title(Span(blank_zh(text), start, end, label="ORG"))
    assert (span.text if span is not None else None) == expected


@pytest.mark.parametrize("text,expected", [
    # a country before an institution named after a place or a name is where it is
    ("日本关西大学名誉教授认为", [("日本", "LOC"), ("关西大学", "ORG")]),
    ("肯尼亚内罗毕大学教授", [("肯尼亚", "LOC"), ("内罗毕大学", "ORG")]),
    ("德国基尔大学科学家的最新研究表明", [("德国", "LOC"), ("基尔大学", "ORG")]),
    # a country's own institution keeps the country's name
    ("俄罗斯科学院远东研究所所长卢贾宁说", [("俄罗斯科学院远东研究所", "ORG"), ("卢贾宁", "PERSON")]),
    ("荷兰国立博物馆启动修复工程", [("荷兰国立博物馆", "ORG")]),
    ("柬埔寨亚洲愿景研究院湄公河战略研究中心主任林明和表示",
     [("柬埔寨亚洲愿景研究院湄公河战略研究中心", "ORG"), ("林明和", "PERSON")]),
])
def test_merge_foreign_institutions(shipped_nlp, text, expected):
    assert [(e.text, e.label_) for e in shipped_nlp(text).ents] == expected
