"""Tests for the tagger_slogans component: lexicon and pattern slogans on characters."""

from __future__ import annotations

import json
from pathlib import Path
from typing import List, Tuple

import pytest
import spacy
from spacy.tokens import DocBin

from tagger.lexicons import DATA_DIR
from tagger.pipeline import slogans as _slogans  # noqa: F401  (registers the factory)

FIXTURE_SLOGANS = [
    {"canonical": "四个意识", "variants": [], "category": "numbered formula",
     "expansion": ["政治意识", "大局意识", "核心意识", "看齐意识"]},
    {"canonical": "四个自信", "category": "numbered formula"},
    {"canonical": "两个维护", "category": "numbered formula"},
    {"canonical": "伟大建党精神", "variants": ["建党精神"], "category": "named spirit"},
    {"canonical": "坚持真理、坚守理想，践行初心、担当使命，不怕牺牲、英勇斗争，对党忠诚、不负人民",
     "category": "slogan"},
    {"canonical": "三会一课", "category": "numbered formula"},
    {"canonical": "碳达峰", "category": "development concept"},
    {"canonical": "碳中和", "category": "development concept"},
    {"canonical": "乡村振兴战略", "category": "strategy"},
    {"canonical": "十四五", "variants": ["十四五规划"], "category": "plan period"},
    {"canonical": "稳中求进", "variants": ["稳中求进工作总基调"], "category": "slogan"},
    {"canonical": "一带一路", "variants": ["共建一带一路"], "category": "strategy"},
    {"canonical": "外防输入、内防反弹", "category": "epidemic policy"},
    {"canonical": "习近平新时代中国特色社会主义思想", "category": "ideology"},
]

# (sentence from the sample page, canonical forms that must be found)
SAMPLE_SENTENCES: List[Tuple[str, List[str]]] = [
    ("以伟大建党精神指引机关党建高质量发展。", ["伟大建党精神"]),
    ("增强“四个意识”，坚定“四个自信”，做到“两个维护”。", ["四个意识", "四个自信", "两个维护"]),
    ("要坚决防止“七个有之”，切实做到“五个必须”，把讲政治的要求落实到每项工作。", ["七个有之", "五个必须"]),
    ("相互促进“三会一课”、主题党日等组织生活制度严格和有效的落实。", ["三会一课"]),
    ("在“十四五”期间，园区将进一步围绕转型要求。", ["十四五"]),
    ("深入开展新一轮“双百结对”，统筹整合各类要素和资源。", ["双百结对"]),
    ("以“奋斗十四五，建功新征程”为主题，开展岗位建功。", ["奋斗十四五，建功新征程", "十四五"]),
    ("创建低碳社区是“碳中和、碳达峰”工作的一项重要内容。", ["碳中和", "碳达峰"]),
    ("充分发挥党建在实施乡村振兴战略中的引领、服务和保障功能。", ["乡村振兴战略"]),
]

# Ordinary quoted emphasis, metaphors and generic uses of 精神: no slogan.
NEGATIVE_SENTENCES = [
    "开展“安全生产月”活动，举办“中国日”“金秋购物节”和“新春欢庆周”。",  # events, days and weeks
    "一部手机、一个支架、一个麦克风，就能直播带货。",  # single things counted, no formula
    "机关党建和业务工作“两张皮”问题是制约党的建设质量提升的一大顽症。",
    "强化人人争当金牌“店小二”的责任担当。",
    "碳纤维复材的研发、“卡脖子”工艺、“关键”技术的突破。",
    "让更多“盆景”变成“风景”，使局部的探索成果变成整体的发展成效。",
    "铆足“比”的劲头、增强“学”的主动、激发“赶”的动力。",
    "认真贯彻落实总书记“七一”重要讲话精神。",
    "提振奋发有为、奋勇争先的精神状态，会议精神要传达到位，发扬工作精神。",
    "有两个明显的变化，不漏掉任何一个环节、不放过任何一个细节。",
    "鑫张科技等四个项目集中签约，预计达产产值约18亿元。",
    "通过园区直接回购、“大鱼吃小鱼”、企业间收购等方式。",
    "我们也处于“变与不变”之中，变的是“要什么样的化工”。",
    "成为上海首个“职业大学”，获得了“市最美河道”等荣誉。",
    "不要“三心二意”，也不要“一心一意”地蛮干。",
    "党员干部战斗在“一线”，“一马当先”冲在前面。",
    "推出“党建+”服务模式。",
    "第二十五届运动会，十五个项目，二十五日举行。",
]


def _write_jsonl(path: Path, rows: list) -> Path:
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n",
                    encoding="utf-8")
    return path


@pytest.fixture
def slogan_lexicon(tmp_path) -> Path:
    return _write_jsonl(tmp_path / "slogans.jsonl", FIXTURE_SLOGANS)


@pytest.fixture
def fixture_nlp(blank_zh, slogan_lexicon):
    blank_zh.add_pipe("tagger_slogans").initialize(lexicon_path=str(slogan_lexicon))
    return blank_zh


@pytest.fixture
def pattern_nlp(blank_zh):
    """Slogan patterns only: no lexicon entries."""
    blank_zh.add_pipe("tagger_slogans")
    return blank_zh


@pytest.fixture
def packaged_nlp(blank_zh):
    if not (DATA_DIR / "slogans.jsonl").exists():
        pytest.skip("packaged slogans.jsonl not built yet")
    blank_zh.add_pipe("tagger_slogans").initialize()
    return blank_zh


def _canonicals(doc) -> List[str]:
    return [s._.canonical for s in doc.spans["slogans"]]


@pytest.mark.parametrize("pipeline", ["fixture_nlp", "packaged_nlp"])
@pytest.mark.parametrize("text,expected", SAMPLE_SENTENCES)
def test_slogans_sample_sentences(request, pipeline, text, expected):
    nlp = request.getfixturevalue(pipeline)
    doc = nlp(text)
    found = _canonicals(doc)
    for canonical in expected:
        assert canonical in found, (canonical, found)
    for span in doc.spans["slogans"]:
        assert span.label_ == "SLOGAN"
        assert span._.source in ("lexicon", "pattern")
        assert span.text[0] not in "“”「」" and span.text[-1] not in "“”「」"


@pytest.mark.parametrize("pipeline", ["pattern_nlp", "fixture_nlp", "packaged_nlp"])
@pytest.mark.parametrize("text", NEGATIVE_SENTENCES)
def test_slogans_negative_cases(request, pipeline, text):
    nlp = request.getfixturevalue(pipeline)
    assert [s.text for s in nlp(text).spans["slogans"]] == []


# (text, surface, canonical, category) found by the pattern rules alone
PATTERN_CASES = [
    ("要坚决防止“七个有之”。", "七个有之", "七个有之", "numbered formula"),
    ("做到“两个维护”。", "两个维护", "两个维护", "numbered formula"),
    ("深刻领悟两个确立、两个维护的决定性意义。", "两个确立", "两个确立", "numbered formula"),
    ("落实“两区一堡”战略定位。", "两区一堡", "两区一堡", "numbered formula"),
    ("至“十三五”末，金山环境空气质量提高。", "十三五", "十三五", "plan period"),
    ("编制十四五规划。", "十四五", "十四五", "plan period"),
    ("重点打造“1+4+4+4”的现代工业化产业体系。", "1+4+4+4", "1+4+4+4", "numbered formula"),
    ("形成“3+1”现代产业格局。", "3+1", "3+1", "numbered formula"),
    ("加快构建“3+2+X”现代产业体系。", "3+2+X", "3+2+X", "numbered formula"),
    ("放大进博会“6天+365天”溢出效应。", "6天+365天", "6天+365天", "numbered formula"),
    ("坚定不移走“科创+产业”道路。", "科创+产业", "科创+产业", "numbered formula"),
    ("将持续深化“两山”转化。", "两山", "两山", "numbered formula"),
    ("坚定扛起“三个地”的政治责任。", "三个地", "三个地", "numbered formula"),
    ("形成“三区联动”创新生态。", "三区联动", "三区联动", "numbered formula"),
    ("以“奋斗十四五，建功新征程”为主题。", "奋斗十四五，建功新征程", "奋斗十四五，建功新征程",
     "parallel formula"),
    ("深化“岗位建新功、党员见行动”活动。", "岗位建新功、党员见行动", "岗位建新功、党员见行动",
     "parallel formula"),
    ("开展“深化双百结对 助推乡村振兴”行动。", "深化双百结对 助推乡村振兴",
     "深化双百结对 助推乡村振兴", "parallel formula"),
    ("深入开展新一轮“双百结对”，统筹整合资源。", "双百结对", "双百结对", "campaign"),
    ("“碳谷绿湾”产业园已投产企业土地亩均产值提高。", "碳谷绿湾", "碳谷绿湾", "campaign"),
    ("打响“上海湾区”城市品牌。", "上海湾区", "上海湾区", "campaign"),
    ("打响“金山味道”“金山如画”品牌。", "金山如画", "金山如画", "campaign"),
    ("依靠群众求胜利的井冈山精神。", "井冈山精神", "井冈山精神", "named spirit"),
    ("患难与共的长征精神。", "长征精神", "长征精神", "named spirit"),
    ("长征精神永放光芒。", "长征精神", "长征精神", "named spirit"),  # stem at the start of the text
    ("传承红船精神和抗疫精神。", "红船精神", "红船精神", "named spirit"),
    ("传承红船精神和抗疫精神。", "抗疫精神", "抗疫精神", "named spirit"),
    ("要将伟大的建党精神转化为前进的动力。", "伟大的建党精神", "伟大建党精神", "named spirit"),
]


@pytest.mark.parametrize("text,surface,canonical,category", PATTERN_CASES)
def test_slogans_patterns(pattern_nlp, text, surface, canonical, category):
    doc = pattern_nlp(text)
    hits = {(s.text, s._.canonical, s._.category, s._.source) for s in doc.spans["slogans"]}
    assert (surface, canonical, category, "pattern") in hits, hits


def test_slogans_campaign_name_confirmed_once_counts_everywhere(pattern_nlp):
    doc = pattern_nlp("做好“碳谷绿湾”转型发展这篇文章。“碳谷绿湾”产业园已投产。")
    assert [(s.start_char, s.text) for s in doc.spans["slogans"]] == [(3, "碳谷绿湾"), (18, "碳谷绿湾")]


def test_slogans_truncated_formula_is_not_a_slogan(fixture_nlp):
    doc = fixture_nlp("培养党员干部“不怕牺牲、英勇斗争”的高尚品质。")
    assert _canonicals(doc) == []


def test_slogans_truncated_repeat_in_same_text(pattern_nlp):
    doc = pattern_nlp("以“坚持真理、坚守理想，践行初心、担当使命”为内涵。体会“坚持真理、坚守理想”的事迹。")
    assert _canonicals(doc) == ["坚持真理、坚守理想，践行初心、担当使命"]


def test_slogans_quoted_list_is_one_formula(fixture_nlp):
    text = "以“坚持真理、坚守理想，践行初心、担当使命，不怕牺牲、英勇斗争，对党忠诚、不负人民”为内涵"
    doc = fixture_nlp(text)
    spans = doc.spans["slogans"]
    assert len(spans) == 1 and spans[0]._.source == "lexicon"
    assert spans[0].text == text[2:-4]


@pytest.mark.parametrize("text", ["坚决落实“外防输入，内防反弹”的策略", "坚决落实外防输入 内防反弹的策略",
                                  "坚决落实“外防\n输入、内防反弹”"])
def test_slogans_separator_and_line_wrap_variants(fixture_nlp, text):
    assert _canonicals(fixture_nlp(text)) == ["外防输入、内防反弹"]


def test_slogans_line_wrapped_span_maps_to_raw_text(pattern_nlp):
    text = "要坚决防止“七个\n\n有之”，切实做到"
    doc = pattern_nlp(text)
    (span,) = doc.spans["slogans"]
    assert (span.start_char, span.end_char, span._.canonical) == (6, 12, "七个有之")


@pytest.mark.parametrize("text,surface,canonical", [
    ("编制十四五规划。", "十四五", "十四五"),  # a generic word after the formula
    ("高质量共建一带一路。", "一带一路", "一带一路"),
    ("坚持稳中求进工作总基调。", "稳中求进工作总基调", "稳中求进"),  # the words of its name
])
def test_slogans_variant_in_context(fixture_nlp, text, surface, canonical):
    doc = fixture_nlp(text)
    longest = max(doc.spans["slogans"], key=len)  # the candidate the merge keeps
    assert (longest.text, longest._.canonical) == (surface, canonical)


def test_slogans_lexicon_attributes(fixture_nlp):
    doc = fixture_nlp("增强“四个意识”。")
    (span,) = doc.spans["slogans"]
    assert span._.source == "lexicon"
    assert span._.category == "numbered formula"
    assert span._.expansion == ["政治意识", "大局意识", "核心意识", "看齐意识"]


def test_slogans_user_entries_override_lexicon(fixture_nlp):
    fixture_nlp.get_pipe("tagger_slogans").add_entries(
        [{"canonical": "碳达峰", "category": "policy goal", "expansion": ["2030年前"]}], source="user")
    doc = fixture_nlp("实现碳达峰、碳中和")
    spans = {s.text: s for s in doc.spans["slogans"]}
    assert spans["碳达峰"]._.source == "user" and spans["碳达峰"]._.category == "policy goal"
    assert spans["碳中和"]._.source == "lexicon"


def test_slogans_user_lexicon_file(blank_zh, slogan_lexicon, tmp_path):
    user = tmp_path / "user.txt"
    user.write_text("联鑫共建 10 SLOGAN\n金山 ns\n", encoding="utf-8")
    blank_zh.add_pipe("tagger_slogans").initialize(lexicon_path=str(slogan_lexicon),
                                                   user_lexicon_path=str(user))
    doc = blank_zh("健全机关基层党组织联鑫共建机制")
    assert [(s.text, s._.source) for s in doc.spans["slogans"]] == [("联鑫共建", "user")]


def test_slogans_save_load_round_trip(fixture_nlp, tmp_path):
    text = "增强“四个意识”，以“奋斗十四五，建功新征程”为主题，伟大的建党精神。"
    doc = fixture_nlp(text)
    before = [(s.start_char, s.end_char, s._.source, s._.canonical, s._.category)
              for s in doc.spans["slogans"]]
    fixture_nlp.to_disk(tmp_path / "model")
    assert (tmp_path / "model" / "tagger_slogans" / "entries.jsonl").exists()
    loaded = spacy.load(tmp_path / "model")
    doc = loaded(text)
    after = [(s.start_char, s.end_char, s._.source, s._.canonical, s._.category)
             for s in doc.spans["slogans"]]
    assert after == before and len(before) >= 4


def test_slogans_bytes_round_trip_and_docbin(fixture_nlp):
    pipe = fixture_nlp.get_pipe("tagger_slogans")
    doc = fixture_nlp("做到“两个维护”")
    clone = type(pipe)(fixture_nlp).from_bytes(pipe.to_bytes())
    assert clone.entries == pipe.entries
    restored = list(DocBin(docs=[doc], store_user_data=True).get_docs(fixture_nlp.vocab))[0]
    assert [(s.text, s._.canonical) for s in restored.spans["slogans"]] == [("两个维护", "两个维护")]


def test_slogans_sample_page_packaged(packaged_nlp, sample_text):
    found = set(_canonicals(packaged_nlp(sample_text)))
    expected = {"伟大建党精神", "四个意识", "四个自信", "两个维护", "七个有之", "五个必须", "三会一课",
                "十四五", "双百结对", "奋斗十四五，建功新征程", "碳达峰", "碳中和", "乡村振兴战略"}
    assert expected <= found, expected - found


def test_slogans_sample_page_patterns_only(pattern_nlp, sample_text):
    found = set(_canonicals(pattern_nlp(sample_text)))
    expected = {"伟大建党精神", "四个意识", "四个自信", "两个维护", "七个有之", "五个必须", "三会一课",
                "十四五", "双百结对", "奋斗十四五，建功新征程", "碳谷绿湾", "上海湾区", "1+4+4+4", "3+1"}
    assert expected <= found, expected - found
    assert not found & {"两张皮", "店小二", "卡脖子", "盆景", "风景", "比", "学", "不负人民"}


@pytest.mark.parametrize("text,found", [
    ("面向新时代的中阿命运共同体", ["中阿命运共同体"]),
    ("一致同意共建中古命运共同体", ["中古命运共同体"]),
    ("更为紧密的中国—东盟命运共同体以来", ["中国—东盟命运共同体"]),
    ("力构建新时代中非命运共同体", ["新时代中非命运共同体"]),
    ("推动构建亚洲命运共同体和人类命运共同体", ["亚洲命运共同体", "人类命运共同体"]),
    # a count or nothing before 命运共同体 names no community
    ("人类是一个命运共同体", []),
    ("命运共同体意识", []),
])
def test_slogans_communities_v2(text, found):
    from spacy.util import registry

    v1 = registry.misc.get("tagger.slogan_patterns.v1")()
    v2 = registry.misc.get("tagger.slogan_patterns.v2")()
    args = dict(is_key=lambda s: False, is_fragment=lambda s: False)
    assert [h.canonical for h in v2(text, **args) if h.category == "community"] == found
    assert not [h for h in v1(text, **args) if h.category == "community"]
