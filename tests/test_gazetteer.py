"""Tests for the tagger_gazetteer component: gazetteers, suffixes, titles and bylines."""

from __future__ import annotations

import json
from pathlib import Path
from typing import List, Tuple

import pytest
import spacy
from spacy.language import Language

from tagger.lexicons import DATA_DIR
from tagger.pipeline import gazetteer as _gazetteer  # noqa: F401  (registers the factory)
from tagger.pipeline.gazetteer import TASK_FORCE_ENDINGS

from tagged_fixtures import mark_first_occurrences

FIXTURE_GAZETTEER = [
    {"text": "上海", "label": "LOC", "canonical": "上海市", "kind": "province"},
    {"text": "上海市", "label": "LOC", "kind": "province"},
    {"text": "金山区", "label": "LOC", "kind": "county"},
    {"text": "中国", "label": "LOC", "kind": "country"},
    {"text": "中国共产党", "label": "ORG", "kind": "party organ"},
    {"text": "区委", "label": "ORG", "kind": "local body"},
    {"text": "区政府", "label": "ORG", "kind": "local body"},
    {"text": "习近平", "label": "PERSON", "kind": "leader"},
    {"text": "万里", "label": "PERSON", "kind": "historical leader", "strict": True},
    {"text": "廊下镇", "label": "LOC", "kind": "town"},
    {"text": "石化街道", "label": "LOC", "kind": "town"},
    {"text": "丰乐乡", "label": "LOC", "kind": "town"},
    {"text": "于城镇", "label": "LOC", "kind": "town"},
    {"text": "山下乡", "label": "LOC", "kind": "town"},
    {"text": "加纳", "label": "LOC", "kind": "country"},
    {"text": "清华大学", "label": "ORG", "kind": "university"},
    {"text": "乌普萨拉大学", "label": "ORG", "kind": "university"},
    {"text": "中山大学", "label": "ORG", "kind": "university"},
    {"text": "朝鲜", "label": "LOC", "kind": "country"},
]
ORG_SUFFIXES = ["# test list", "居委会", "研究院", "行业协会", "协会", "分会", "中心", "大学", "办公室",
                "党总支", "学院", "实验室", "发展改革委", "市场监管局", "医院", "处", "科"]
LOC_SUFFIXES = ["居民区", "公园", "区", "镇"]


@pytest.fixture
def lexicon_files(tmp_path) -> dict:
    gaz = tmp_path / "gaz.jsonl"
    gaz.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in FIXTURE_GAZETTEER),
                   encoding="utf-8")
    org = tmp_path / "org_suffixes.txt"
    org.write_text("\n".join(ORG_SUFFIXES), encoding="utf-8")
    loc = tmp_path / "loc_suffixes.txt"
    loc.write_text("\n".join(LOC_SUFFIXES), encoding="utf-8")
    return {"gazetteers": [], "gazetteer_paths": [str(gaz)], "org_suffixes_path": str(org),
            "loc_suffixes_path": str(loc)}


@Language.component("test_gazetteer_fake_ner")
def fake_ner(doc):
    """Stand-in for the NER: marks the LOC 金海岸 and the ORG 中国光学光电子行业协会."""
    return mark_first_occurrences(doc, (("金海岸", "LOC"), ("中国光学光电子行业协会", "ORG")))


@pytest.fixture
def gaz_nlp(blank_zh, lexicon_files):
    blank_zh.add_pipe("test_gazetteer_fake_ner")
    blank_zh.add_pipe("tagger_gazetteer").initialize(**lexicon_files)
    return blank_zh


def _hits(doc) -> List[Tuple[str, str, str]]:
    return [(s.text, s.label_, s._.source) for s in doc.spans["gazetteer"]]


# (text, spans that must be found, spans that must not be found)
GAZETTEER_CASES = [
    ("在2020年上海市开发区综合评价中", [("上海市", "LOC", "lexicon")], [("上海", "LOC", "lexicon")]),
    ("用好上海和金山本地红色资源", [("上海", "LOC", "lexicon")], []),
    ("金山区融媒体中心 地址：金山区蒙山北路",
     [("金山区融媒体中心", "ORG", "pattern"), ("金山区", "LOC", "lexicon")], []),
    ("上海碳纤维复合材料创新研究院将在", [("上海碳纤维复合材料创新研究院", "ORG", "pattern")], []),
    ("中国光学光电子行业协会液晶分会常务副理事长、秘书长梁新清表示",
     [("中国光学光电子行业协会液晶分会", "ORG", "pattern"), ("梁新清", "PERSON", "pattern")], []),
    ("创建后，金海岸居委会工作人员陈金磊觉得", [("金海岸居委会", "ORG", "pattern")], []),
    ("2017 年，金海岸居民区开始创建低碳社区", [("金海岸居民区", "LOC", "pattern")], []),
    ("上海的研究院很多", [], [("上海的研究院", "ORG", "pattern")]),
    ("区委书记刘健在会上强调", [("区委", "ORG", "lexicon"), ("刘健", "PERSON", "pattern")],
     [("刘健在", "PERSON", "pattern")]),
    ("区委副书记、代理区长李泽龙主持会议并提出工作要求",
     [("区委", "ORG", "lexicon"), ("李泽龙", "PERSON", "pattern")], []),
    ("贯彻落实习近平总书记重要讲话精神", [("习近平", "PERSON", "lexicon")], []),
    ("本报讯 （记者 樊国庆 公维同 通讯员 纪鹤）10 月 19 日",
     [("樊国庆", "PERSON", "pattern"), ("公维同", "PERSON", "pattern"), ("纪鹤", "PERSON", "pattern")],
     [("通讯员", "PERSON", "pattern")]),
    ("（记者 武云卿 封健炜\n见习记者 李蓉）10 月 20 日",
     [("武云卿", "PERSON", "pattern"), ("封健炜", "PERSON", "pattern"), ("李蓉", "PERSON", "pattern")],
     []),
    ("生态环境。\n\n记者 冯秋萍\n\n“软硬兼施”打造幸福金山", [("冯秋萍", "PERSON", "pattern")], []),
    ("理论\n\n□李金龙\n\n弘扬伟大建党精神", [("李金龙", "PERSON", "pattern")], []),
    ("县委书记要带头抓落实", [], [("县委", "ORG", "pattern")]),
    ("会上听取汇报。（区融媒体中心 任可 戚壮波）\n下一条",
     [("任可", "PERSON", "pattern"), ("戚壮波", "PERSON", "pattern")], [("区融媒体中心", "PERSON", "pattern")]),
    ("谱写新篇章。（张海伦）", [("张海伦", "PERSON", "pattern")], []),
    ("本报记者 公培佳 北京报道", [("公培佳", "PERSON", "pattern")], [("北京报道", "PERSON", "pattern")]),
    ("总投资3.9亿元（不含土地）。\n下一条", [], [("不含土地", "PERSON", "pattern")]),
    ("不到长城非好汉，万里长城万里长", [], [("万里", "PERSON", "lexicon")]),
    ("邓小平、万里等同志", [("万里", "PERSON", "lexicon")], []),
    ("龚正要求，市公安局、市交通委、市卫生健康委等部门要加强",
     [("市公安局", "ORG", "pattern"), ("市交通委", "ORG", "pattern"), ("市卫生健康委", "ORG", "pattern")], []),
    ("由区商务委、区工商联和区委宣传部主办", [("区商务委", "ORG", "pattern"), ("区工商联", "ORG", "pattern"),
                                  ("区委宣传部", "ORG", "pattern")], []),
    ("全市公安局长会议", [], [("市公安局", "ORG", "pattern")]),
    # titles of companies
    ("图为润泽地产常务副总封屹", [("封屹", "PERSON", "pattern")], []),
    ("麦肯锡香港分公司董事倪以理在接受采访时表示", [("倪以理", "PERSON", "pattern")], []),
    ("公司创始人兼首席执行官张一鸣说", [("张一鸣", "PERSON", "pattern")], []),
    ("市住房和城乡建设局、区文化和旅游局联合发文",
     [("市住房和城乡建设局", "ORG", "pattern"), ("区文化和旅游局", "ORG", "pattern")], []),
    # names listed after a titled one
    ("市领导诸葛宇杰、华源参加检查", [("诸葛宇杰", "PERSON", "pattern"), ("华源", "PERSON", "pattern")], []),
    ("区领导 胡卫国 刘健 出席会议", [("胡卫国", "PERSON", "pattern"), ("刘健", "PERSON", "pattern")], []),
    ("区委书记刘健、副区长胡卫国出席", [("刘健", "PERSON", "pattern")], [("副区长胡", "PERSON", "pattern")]),
    ("上级领导干部要带头", [], [("干部", "PERSON", "pattern")]),
    ("区领导靳国营、戎中卿、孙涛、李 杰、张园出席",
     [("孙涛", "PERSON", "pattern"), ("李 杰", "PERSON", "pattern"), ("张园", "PERSON", "pattern")],
     [("戎中卿", "PERSON", "pattern")]),  # 戎 is not on the surname list: passed over
    ("区领导亓磊、李水平参加", [("亓磊", "PERSON", "pattern"), ("李水平", "PERSON", "pattern")], []),
    # townships: a name of its own, not letters of the words around it
    ("走进廊下镇中华村，白墙黛瓦", [("廊下镇", "LOC", "lexicon")], []),
    ("酒泉市丰乐乡农民", [("丰乐乡", "LOC", "lexicon")], []),
    ("丰乐乡村振兴示范", [], [("丰乐乡", "LOC", "lexicon")]),
    ("消费水平仅相当于城镇居民", [], [("于城镇", "LOC", "lexicon")]),
    ("知识青年上山下乡运动", [], [("山下乡", "LOC", "lexicon")]),
    # a university's sub-units, named with 与 or ending in 系; a bare laboratory is none
    ("清华大学计算机科学与技术系教授", [("清华大学计算机科学与技术系", "ORG", "pattern")], []),
    ("乌普萨拉大学和平与冲突研究所教授", [("乌普萨拉大学和平与冲突研究所", "ORG", "pattern")], []),
    ("清华大学计算机系统", [], [("清华大学计算机系", "ORG", "pattern")]),
    ("在中山大学物理学院实验室", [("中山大学物理学院", "ORG", "pattern")],
     [("中山大学物理学院实验室", "ORG", "pattern")]),
    # a department after its body: a one-character unit after words of its own only before a
    # title; the departments' short forms news uses after a place
    ("金山区发展改革委地区经济处处长李勇介绍", [("金山区发展改革委地区经济处", "ORG", "pattern")], []),
    ("上海市第六人民医院产科主任赵扬玉说", [("上海市第六人民医院产科", "ORG", "pattern")], []),
    ("上海市市场监管局选派专家", [("上海市市场监管局", "ORG", "pattern")], []),
    ("上海市第六人民医院产科门诊", [], [("上海市第六人民医院产科", "ORG", "pattern")]),
    # a county's short form, once the text names the county in full
    ("金山区召开大会。金山的干部群众表示", [("金山区", "LOC", "lexicon"), ("金山", "LOC", "lexicon")], []),
    ("金山的干部群众表示", [], [("金山", "LOC", "lexicon")]),
    # countries likewise, and not as a people's name
    ("中国同加纳建交", [("中国", "LOC", "lexicon"), ("加纳", "LOC", "lexicon")], []),
    ("增加纳税人数量", [], [("加纳", "LOC", "lexicon")]),
    ("朝鲜族群众载歌载舞", [], [("朝鲜", "LOC", "lexicon")]),
    # a community after a place starts the next part of the address
    ("石化街道蒙山居民区党总支书记杨秀芳", [("石化街道", "LOC", "lexicon")],
     [("石化街道蒙山居民区党总支", "ORG", "pattern")]),
]


@pytest.mark.parametrize("text,present,absent", GAZETTEER_CASES)
def test_gazetteer_cases(gaz_nlp, text, present, absent):
    doc = gaz_nlp(text)
    hits = _hits(doc)
    for item in present:
        assert item in hits, (item, hits)
    for item in absent:
        assert item not in hits, (item, hits)


def test_gazetteer_span_attributes(gaz_nlp):
    doc = gaz_nlp("在上海工作")
    (span,) = doc.spans["gazetteer"]
    assert (span._.source, span._.canonical, span._.category) == ("lexicon", "上海市", "province")


def test_gazetteer_user_entries_override(gaz_nlp):
    gaz_nlp.get_pipe("tagger_gazetteer").add_entries(
        [{"text": "上海", "label": "ORG", "canonical": "上海队"}], source="user")
    doc = gaz_nlp("在上海工作")
    assert _hits(doc) == [("上海", "ORG", "user")]


def test_gazetteer_user_lexicon_file(blank_zh, lexicon_files, tmp_path):
    user = tmp_path / "user.txt"
    user.write_text('金山 100 ns\n{"text": "巴斯夫", "label": "ORG"}\n普通词 5\n', encoding="utf-8")
    blank_zh.add_pipe("tagger_gazetteer").initialize(**lexicon_files, user_lexicon_path=str(user))
    doc = blank_zh("巴斯夫入驻金山工业区")
    assert ("巴斯夫", "ORG", "user") in _hits(doc) and ("金山", "LOC", "user") in _hits(doc)


def test_gazetteer_save_load_round_trip(gaz_nlp, tmp_path):
    text = "区委书记刘健在会上强调，金山区融媒体中心 地址：金山区"
    doc = gaz_nlp(text)
    before = [(s.start_char, s.end_char, s.label_, s._.source) for s in doc.spans["gazetteer"]]
    gaz_nlp.to_disk(tmp_path / "model")
    loaded = spacy.load(tmp_path / "model")
    doc = loaded(text)
    after = [(s.start_char, s.end_char, s.label_, s._.source) for s in doc.spans["gazetteer"]]
    assert after == before and len(before) >= 4


def test_gazetteer_packaged(blank_zh, lexicon_files):
    if not (DATA_DIR / "admin_divisions.jsonl").exists():
        pytest.skip("packaged gazetteers not built yet")
    suffixes = {k: v for k, v in lexicon_files.items() if k.endswith("suffixes_path")
                and not (DATA_DIR / Path(v).name).exists()}
    blank_zh.add_pipe("tagger_gazetteer").initialize(**suffixes)
    doc = blank_zh("区委书记刘健在会上强调，金山区融媒体中心、上海中侨职业技术大学")
    hits = [(s.text, s.label_) for s in doc.spans["gazetteer"]]
    for item in [("区委", "ORG"), ("刘健", "PERSON"), ("金山区融媒体中心", "ORG"),
                 ("上海中侨职业技术大学", "ORG")]:
        assert item in hits, (item, hits)


MODEL_ENTS: dict = {}


@Language.component("test_gazetteer_table_ner")
def table_ner(doc):
    """Stand-in for the NER: tags the (surface, label) pairs in MODEL_ENTS, first occurrence only."""
    return mark_first_occurrences(doc, list(MODEL_ENTS.items()))


@pytest.fixture
def suffix_nlp(blank_zh, lexicon_files):
    """Fixture gazetteer, the packaged suffix lists and a table-driven fake NER."""
    if not all((DATA_DIR / f).exists() for f in ("org_suffixes.txt", "loc_suffixes.txt")):
        pytest.skip("packaged suffix lists missing")
    blank_zh.add_pipe("test_gazetteer_table_ner")
    blank_zh.add_pipe("tagger_gazetteer").initialize(
        gazetteers=[], gazetteer_paths=lexicon_files["gazetteer_paths"])
    return blank_zh


# (text, model ents, spans that must be found, spans that must not be found); invented sentences
SUFFIX_CASES = [
    # a one-character suffix does not start a word (部分, 部署, 部长, 局长, 委员, 办法)
    ("青溪镇部分企业已经复工", {"青溪镇": "LOC"}, [], [("青溪镇部", "ORG")]),
    ("认真落实区委区政府部署，各部门要行动", {}, [("区政府", "ORG", "lexicon")],
     [("区政府部", "ORG"), ("区政府部署", "ORG")]),
    ("区委宣传部部长王小明出席", {}, [("区委宣传部", "ORG", "pattern")], [("区委宣传部部", "ORG")]),
    ("南湖区卫生局局长李华表示", {"南湖区卫生": "ORG"}, [("南湖区卫生局", "ORG", "pattern")],
     [("南湖区卫生局局", "ORG")]),
    ("金山区委员会的办法", {}, [("金山区委员会", "ORG", "pattern")], [("金山区委", "ORG")]),
    ("南湖民族博物馆馆藏文物", {"南湖民族博物馆": "ORG"}, [], [("南湖民族博物馆馆", "ORG")]),
    ("观众对东湖科幻电影充满期待", {"东湖": "LOC"}, [], [("东湖科", "ORG")]),
    # ... nor a title (总会 of 总会计师)
    ("东湖药业股份有限公司总会计师王明说", {"东湖药业股份有限公司": "ORG"}, [],
     [("东湖药业股份有限公司总会", "ORG")]),
    # ... nor ends one with the name's last character (省会: 东湖省 + 会泽县)
    ("地处东湖省会泽县境内", {"东湖省": "LOC"}, [], [("东湖省会", "ORG")]),
    # ... but extends a name when it ends a word
    ("金山区委书记在会上讲话", {}, [("金山区委", "ORG", "pattern")], []),
    ("东风镇政府办将牵头", {"东风镇政府": "ORG"}, [("东风镇政府办", "ORG", "pattern")], []),
    # the gap before a suffix holds no verbs or function words
    ("居委会联合青溪街道社区卫生服务中心组建党员突击队", {"青溪街道": "LOC"},
     [("青溪街道社区卫生服务中心", "ORG", "pattern")],
     [("居委会联合青溪街道社区卫生服务中心", "ORG"),
      ("居委会联合青溪街道社区卫生服务中心组建党员突击队", "ORG"),
      ("青溪街道社区卫生服务中心组建党员突击队", "ORG")]),
    ("金山区与企业服务中心签约", {}, [], [("金山区与企业服务中心", "ORG")]),
    ("金山区成立服务中心", {}, [], [("金山区成立服务中心", "ORG")]),
    ("南湖区委托青溪研究中心评估", {"青溪": "LOC"}, [("青溪研究中心", "ORG", "pattern")],
     [("南湖区委托青溪研究中心", "ORG"), ("南湖区委", "ORG")]),
    # noun gaps still extend, and so does a verb right before the suffix
    ("东海新材料创新研究院揭牌", {"东海": "LOC"}, [("东海新材料创新研究院", "ORG", "pattern")], []),
    ("区委国防教育学习领导小组召开会议", {}, [("区委国防教育学习领导小组", "ORG", "pattern")], []),
    ("金山区推动养老服务中心建设", {}, [], [("金山区推动养老服务中心", "ORG")]),
    ("上海新能源汽车行业协会电池分会成立", {"上海新能源汽车行业协会": "ORG"},
     [("上海新能源汽车行业协会电池分会", "ORG", "pattern")], []),
    # a function word inside a word of the gap (和平, 对外) does not stop it; a conjunction
    # between two nouns does not either, before a suffix of two or more characters
    ("东湖和平发展基金会秘书长表示", {"东湖": "LOC"}, [("东湖和平发展基金会", "ORG", "pattern")], []),
    ("东湖对外承包工程商会会长说", {"东湖": "LOC"}, [("东湖对外承包工程商会", "ORG", "pattern")], []),
    ("东湖省林业和草原科学院研究员", {"东湖省": "LOC"}, [("东湖省林业和草原科学院", "ORG", "pattern")], []),
    # ... but a conjunction of two bodies, a word that crosses the suffix or a clause does
    ("应邀请，东湖党和政府派出代表团", {"东湖": "LOC"}, [], [("东湖党和政府", "ORG")]),
    ("东湖企业与当地政府深入合作", {"东湖": "LOC"}, [], [("东湖企业与当地政府", "ORG")]),
    ("东湖卫生部门及政府各部门人员", {"东湖": "LOC"}, [], [("东湖卫生部门及政府", "ORG")]),
    ("陈某在东湖老家与人合作开公司", {"东湖": "LOC"}, [], [("东湖老家与人合作开公司", "ORG")]),
    ("青溪号所在支队官兵", {"青溪号": "LOC"}, [], [("青溪号所在支队", "ORG")]),
    # a verb or a time word may open the name of a company before its ending
    ("东湖执御信息技术有限公司销售业绩", {"东湖": "LOC"}, [("东湖执御信息技术有限公司", "ORG", "pattern")], []),
    ("东湖东来制造有限公司负责人", {"东湖": "LOC"}, [("东湖东来制造有限公司", "ORG", "pattern")], []),
    # no place suffix after an admin name or a one-character base
    ("在上海市开发区综合评价中位列第一", {"上海市": "LOC"}, [], [("上海市开发区", "LOC")]),
    ("青浦区新城建设加快", {"青浦区": "LOC"}, [], [("青浦区新城", "LOC")]),
    ("建设宜居宜业和美乡村", {"美": "LOC"}, [], [("美乡", "LOC"), ("美乡村", "LOC")]),
    # 所 before a verb is the particle; 政府 follows a place, not a body
    ("为今天东湖所取得的成就自豪", {"东湖": "LOC"}, [], [("东湖所", "ORG")]),
    ("东湖区研究所取得成果", {"东湖区": "LOC"}, [("东湖区研究所", "ORG", "pattern")], []),
    ("享受国务院政府特殊津贴", {"国务院": "ORG"}, [], [("国务院政府", "ORG")]),
    ("东湖区政府召开会议", {"东湖区": "LOC"}, [("东湖区政府", "ORG", "pattern")], []),
    # ... but a kind of zone a city has one of, or a named park
    ("东湖市经开区当晚组织评审", {"东湖市": "LOC"}, [("东湖市经开区", "LOC", "pattern")], []),
    ("位于东湖市软件园的公司", {"东湖市": "LOC"}, [("东湖市软件园", "LOC", "pattern")], []),
    # ... a place name still takes one
    ("游客走进青溪公园散步", {"青溪": "LOC"}, [("青溪公园", "LOC", "pattern")], []),
    # ... but not one that begins a word (峰会, 村支书), however rare
    ("在去年青溪峰会上，各方表示", {"青溪": "LOC"}, [], [("青溪峰", "LOC"), ("青溪峰会", "ORG")]),
    ("枫林村村支书说", {"枫林村": "LOC"}, [], [("枫林村村", "LOC")]),
    # 会 after a body's name is the modal verb before a verb, an adverb or a preposition
    ("东湖区政府会充分把握机遇", {"东湖区政府": "ORG"}, [], [("东湖区政府会", "ORG")]),
    ("青溪县政府会按照规划推进", {"青溪县": "LOC"}, [("青溪县政府", "ORG", "pattern")],
     [("青溪县政府会", "ORG")]),
    ("东湖研究院会商研判汛情", {"东湖研究院": "ORG"}, [], [("东湖研究院会", "ORG")]),
    # ... not where 会 ends a word (峰会) or a longer ending (学会)
    ("东湖天文学会指出", {"东湖": "LOC"}, [("东湖天文学会", "ORG", "pattern")], []),
    # a school's campus or branch after its name
    ("东湖技师学院青溪校区建成投用", {"东湖技师学院": "ORG"}, [("东湖技师学院青溪校区", "ORG", "pattern")], []),
    ("东湖医院中法新城院区隔离病房", {"东湖医院": "ORG"}, [("东湖医院中法新城院区", "ORG", "pattern")], []),
    # ... also where the model reads the campus as a name of its own
    ("东湖医院西院区的队员", {"东湖医院": "ORG", "西院区": "LOC"}, [("东湖医院西院区", "ORG", "pattern")], []),
    # a body or a place named after a listed person
    ("参加青溪省习近平研究会大会", {}, [("习近平研究会", "ORG", "pattern")], []),
    ("游览习近平公园", {}, [("习近平公园", "LOC", "pattern")], []),
    # a commission's inspection office, numbered
    ("记者走进东湖区纪委监委第四纪检监察室", {"东湖区纪委监委": "ORG"},
     [("东湖区纪委监委第四纪检监察室", "ORG", "pattern")], []),
    ("枫林湾居民区开展活动", {"枫林湾": "LOC"}, [("枫林湾居民区", "LOC", "pattern")], []),
]


@pytest.mark.parametrize("text,model,present,absent", SUFFIX_CASES)
def test_gazetteer_suffix_extension_table(suffix_nlp, text, model, present, absent):
    MODEL_ENTS.clear()
    MODEL_ENTS.update(model)
    doc = suffix_nlp(text)
    hits = _hits(doc)
    labelled = [(t, label) for t, label, _ in hits]
    for item in present:
        assert item in hits, (item, hits)
    for item in absent:
        assert item not in labelled, (item, hits)


@pytest.fixture
def sub_unit_nlp(blank_zh, lexicon_files):
    """As ``suffix_nlp``, with ``sub_units`` on (the shipped setting)."""
    if not all((DATA_DIR / f).exists() for f in ("org_suffixes.txt", "loc_suffixes.txt")):
        pytest.skip("packaged suffix lists missing")
    blank_zh.add_pipe("test_gazetteer_table_ner")
    blank_zh.add_pipe("tagger_gazetteer", config={"sub_units": True}).initialize(
        gazetteers=[], gazetteer_paths=lexicon_files["gazetteer_paths"])
    return blank_zh


# (text, model ents, span found with sub_units, found without); invented sentences
SUB_UNIT_CASES = [
    # a one-character unit closes a department named after its body, with no title after it
    ("东湖区政府统计处2020年的数据显示", {"东湖区政府": "ORG"}, "东湖区政府统计处", False),
    ("南湖区民政局社会组织登记科的工作人员说", {"南湖区民政局": "ORG"}, "南湖区民政局社会组织登记科",
     False),
    ("青溪纪念馆宣讲团走进学校", {"青溪纪念馆": "ORG"}, "青溪纪念馆宣讲团", False),
    ("青溪市公安局执法一处2020年的数据", {"青溪市公安局": "ORG"}, "青溪市公安局执法一处", False),
    # and may hold 和/与/及 where a title follows the unit
    ("青溪市工信局信息化和软件服务处处长王明说", {"青溪市工信局": "ORG"},
     "青溪市工信局信息化和软件服务处", False),
    ("东湖区政府民政及青年事务局局长李华介绍", {"东湖区政府": "ORG"}, "东湖区政府民政及青年事务局",
     False),
    # a title alone was enough before
    ("青溪市发展改革委地区经济处处长王明说", {"青溪市发展改革委": "ORG"},
     "青溪市发展改革委地区经济处", True),
]

SUB_UNIT_MISSES = [
    # the unit's character ends a word of the gap or starts one after it
    ("南湖区政府好处多", {"南湖区政府": "ORG"}, "南湖区政府好处"),
    ("南湖医院执行院长王明说", {"南湖医院": "ORG"}, "南湖医院执行院"),
    ("南湖区政府统计处理数据", {"南湖区政府": "ORG"}, "南湖区政府统计处"),
    ("在南湖公司会议室召开", {"南湖公司": "ORG"}, "南湖公司会议室"),
    ("在俄罗斯室韦小村", {"俄罗斯": "LOC"}, "俄罗斯室"),
    # no conjunction without a title after the unit, nor right after the body
    ("东湖区政府民政及青年事务局开展活动", {"东湖区政府": "ORG"}, "东湖区政府民政及青年事务局"),
    ("东湖区政府和青溪市工信局负责人说", {"东湖区政府": "ORG"}, "东湖区政府和青溪市工信局"),
    # a person's name or a word of people in the gap, a team's score
    ("青溪研究所王国科在会上说", {"青溪研究所": "ORG", "王国科": "PERSON"}, "青溪研究所王国科"),
    ("青溪学院孔子学院教师秦司洋说", {"青溪学院孔子学院": "ORG"}, "青溪学院孔子学院教师秦司"),
    ("中国队组合连赢两局", {"中国队": "ORG"}, "中国队组合连赢两局"),
]


@pytest.mark.parametrize("text,model,surface,before", SUB_UNIT_CASES)
def test_gazetteer_sub_units(sub_unit_nlp, text, model, surface, before):
    MODEL_ENTS.clear()
    MODEL_ENTS.update(model)
    assert (surface, "ORG", "pattern") in _hits(sub_unit_nlp(text))
    sub_unit_nlp.get_pipe("tagger_gazetteer").sub_units = False
    assert ((surface, "ORG", "pattern") in _hits(sub_unit_nlp(text))) is before


@pytest.mark.parametrize("text,model,surface", SUB_UNIT_MISSES)
def test_gazetteer_sub_units_not_taken(sub_unit_nlp, text, model, surface):
    MODEL_ENTS.clear()
    MODEL_ENTS.update(model)
    assert surface not in [t for t, _, _ in _hits(sub_unit_nlp(text))]


@pytest.fixture
def task_force_nlp(blank_zh, lexicon_files):
    """As ``sub_unit_nlp``, with ``task_forces`` on too (the shipped settings)."""
    if not all((DATA_DIR / f).exists() for f in ("org_suffixes.txt", "loc_suffixes.txt")):
        pytest.skip("packaged suffix lists missing")
    blank_zh.add_pipe("test_gazetteer_table_ner")
    blank_zh.add_pipe("tagger_gazetteer", config={"sub_units": True, "task_forces": True}).initialize(
        gazetteers=[], gazetteer_paths=lexicon_files["gazetteer_paths"])
    return blank_zh


# (text, model ents, the task force's name or None); invented sentences
TASK_FORCE_CASES = [
    # back to the verb that opens the clause
    ("会上决定成立青溪水库综合执法领导小组，统一调度", {}, "青溪水库综合执法领导小组"),
    ("他参与拟订防汛抗旱工作指挥部的每项决定", {}, "防汛抗旱工作指挥部"),
    ("成立领导小组（后改为网络安全和信息化委员会）", {}, "网络安全和信息化委员会"),
    # back to a name, and the names written right before it
    ("东湖省根治拖欠工资工作领导小组办公室主任说", {"东湖省": "LOC"}, "东湖省根治拖欠工资工作领导小组"),
    ("南湖州青溪保护治理及流域发展指挥部的人员", {"南湖州": "LOC", "青溪": "LOC"},
     "南湖州青溪保护治理及流域发展指挥部"),
    # not across a line break (a headline's last word)
    ("发来贺电\n载人航天工程空间站阶段飞行任务总指挥部并参加", {}, "载人航天工程空间站阶段飞行任务总指挥部"),
    # with a conjunction between two words of its name
    ("全国区块链和分布式记账技术标准化委员会已获筹建", {}, "全国区块链和分布式记账技术标准化委员会"),
    # not from a classifier after a count
    ("政府军释放了33名南方过渡委员会武装力量成员", {}, "南方过渡委员会"),
    # no name: a word alone, a conjunction after a name or a count, a person, a number
    ("村里的村民委员会开会", {}, None),
    ("四部门及领导小组的其他单位", {}, None),
    ("东湖区委和领导小组", {"东湖区委": "ORG"}, None),
    ("王明委员会后说", {"王明": "PERSON"}, None),
]


@pytest.mark.parametrize("text,view,joins", [
    ("发来贺电\n载人航天", "发来贺电载人航天", {4}),
    ("甲 \n\n 乙丙", "甲乙丙", {1}),
    # a space kept as one is no line break, however long the run
    ("甲   乙", "甲 乙", set()),
])
def test_textview_line_joins(text, view, joins):
    from tagger.pipeline.textview import TextView

    tv = TextView.of(text)
    assert (tv.text, tv.line_joins()) == (view, joins)


@pytest.mark.parametrize("text,model,surface", TASK_FORCE_CASES)
def test_gazetteer_task_forces(task_force_nlp, text, model, surface):
    MODEL_ENTS.clear()
    MODEL_ENTS.update(model)
    forces = [t for t, label, _ in _hits(task_force_nlp(text))
              if t.endswith(TASK_FORCE_ENDINGS) and label == "ORG"]
    assert forces == ([surface] if surface else []), forces
    task_force_nlp.get_pipe("tagger_gazetteer").task_forces = False
    assert surface not in [t for t, _, _ in _hits(task_force_nlp(text))]


# (text, model ents, the company named in full or None); invented sentences
COMPANY_CASES = [
    # back to a function word, a clause's verb, punctuation or a count; its words of any kind
    ("走进位于青溪区的联滔电子有限公司，该公司", {"青溪区": "LOC"}, "联滔电子有限公司"),
    ("园区里，只见港腾供应链管理有限公司的货车", {}, "港腾供应链管理有限公司"),
    ("接到任务后，万中建筑劳务有限公司董事长说", {}, "万中建筑劳务有限公司"),
    ("去年，历城中专与大宏智能设备股份有限公司达成协议", {}, "大宏智能设备股份有限公司"),
    ("早早地就和县里丰穗米业有限公司签了订单", {}, "丰穗米业有限公司"),
    # from a name before it
    ("此外，东湖保障房中心有限公司持有房源", {"东湖": "LOC"}, "东湖保障房中心有限公司"),
    # with a place in brackets
    ("医院与斯微（上海）生物科技有限公司合作", {}, "斯微（上海）生物科技有限公司"),
    ("”地上铁租车（深圳）有限公司副总裁说", {}, "地上铁租车（深圳）有限公司"),
    # no name: common words only, a count, a determiner
    ("他说，建筑劳务有限公司的工人", {}, None),
    ("北京有一家科技有限公司", {}, None),
    ("成立了新的有限公司", {}, None),
    ("在（上海）有限公司", {}, None),
]


# (text, model ents, the body named before its ending or None); invented sentences
NAMED_BODY_CASES = [
    # back to the clause's verb, a function word, an office held or a name
    ("由东湖国际应用系统分析研究所主办", {}, "东湖国际应用系统分析研究所"),
    ("奥地利政府和国际应用系统分析研究所共同主办", {"奥地利政府": "ORG"}, "国际应用系统分析研究所"),
    ("他进入丰穗艺术研究院工作", {}, "丰穗艺术研究院"),
    ("现任华南国家植物园农业与生物技术研究中心主任", {}, "华南国家植物园农业与生物技术研究中心"),
    ("“美中青少年学生交流协会”和各界友好人士", {}, "美中青少年学生交流协会"),
    ("会力量的努力方向。中华思源工程扶贫基金会副理事长说", {}, "中华思源工程扶贫基金会"),
    # no name: kinds of body, a verb of the clause before two words, a longer word
    ("谋划组织全国性行业协会商会开展活动", {}, None),
    ("赞助以及部分来自项目协会或国家", {}, None),
    ("全国政协召开远程协商会", {"全国政协": "ORG"}, None),
    ("作为国际两大顶级密码学会议之一", {}, None),
]


def test_gazetteer_named_bodies_keep_to_their_lines(task_force_nlp):
    """A body named on one line takes no suffix from the next line's name."""
    MODEL_ENTS.clear()
    task_force_nlp.get_pipe("tagger_gazetteer").named_bodies = True
    doc = task_force_nlp("课题组\n中小城市发展战略研究院\n国信中小城市指数研究院")
    orgs = [s.text for s in doc.spans["gazetteer"] if s.label_ == "ORG"]
    assert "中小城市发展战略研究院" in orgs and "国信中小城市指数研究院" in orgs
    assert not [t for t in orgs if "\n" in t], orgs


@pytest.mark.parametrize("setting,category,text,model,surface", [
    *(("named_bodies", "named body", *case) for case in NAMED_BODY_CASES),
    *(("companies", "company", *case) for case in COMPANY_CASES),
])
def test_gazetteer_phrase_named(task_force_nlp, setting, category, text, model, surface):
    """Bodies and companies named by the words before their ending, with the setting on; the
    name is not found with it off."""
    MODEL_ENTS.clear()
    MODEL_ENTS.update(model)
    gazetteer = task_force_nlp.get_pipe("tagger_gazetteer")
    setattr(gazetteer, setting, True)
    doc = task_force_nlp(text)
    found = [s.text for s in doc.spans["gazetteer"] if s._.category == category]
    assert found == ([surface] if surface else []), found
    setattr(gazetteer, setting, False)
    assert surface not in [t for t, _, _ in _hits(task_force_nlp(text))]


# (text, model ents, the body named before a title or None); invented sentences
TITLED_UNIT_CASES = [
    # the words before the ending, back to punctuation or the verb that opens the clause
    ("会上，青溪流域生态修复研究中心主任王明说", {"王明": "PERSON"}, "青溪流域生态修复研究中心"),
    ("他担任超导磁体工程研究室副主任", {}, "超导磁体工程研究室"),
    ("发布会上，应对气候变化司有关负责人介绍", {}, "应对气候变化司"),
    # back to a name that begins it, an ordinal before the ending
    ("东湖互联网法院综合审判三庭法官李华说", {"东湖互联网法院": "ORG", "李华": "PERSON"},
     "东湖互联网法院综合审判三庭"),
    # two bodies found otherwise, the second before the title: one name
    ("东湖重工天津研发中心工程师说", {"东湖重工": "ORG", "天津研发中心": "ORG"}, "东湖重工天津研发中心"),
    # no body: a dateline before a body found otherwise, a class of bodies, a title that makes
    # a word with the ending, a place that begins it, a name that goes on before a bracket
    ("新华社东湖5月7日电国务院副总理李明今天", {"国务院": "ORG", "李明": "PERSON"}, None),
    ("他伙同公司业务部副经理", {}, None),
    ("理事长、社科院学部委员王明", {"社科院": "ORG", "王明": "PERSON"}, None),
    ("乐平镇新旗村党委书记钟明说", {"乐平镇": "LOC", "钟明": "PERSON"}, None),
    ("青溪租车（深圳）有限公司资财中心副总裁王明", {"深圳": "LOC", "王明": "PERSON"}, None),
]


@pytest.mark.parametrize("text,model,surface", TITLED_UNIT_CASES)
def test_gazetteer_titled_units(task_force_nlp, text, model, surface):
    MODEL_ENTS.clear()
    MODEL_ENTS.update(model)
    gazetteer = task_force_nlp.get_pipe("tagger_gazetteer")
    gazetteer.titled_units = True
    doc = task_force_nlp(text)
    units = [s.text for s in doc.spans["gazetteer"] if s._.category == "titled unit"]
    assert units == ([surface] if surface else []), units
    gazetteer.titled_units = False
    assert surface not in [t for t, _, _ in _hits(task_force_nlp(text))]


@pytest.mark.parametrize("text,villages,plain", [
    # the village or community right after a town or street in an address
    ("贵州龙里县洗马镇落掌村，卢元红当上了护林员", [("落掌村", "LOC")], []),
    ("海州区河北街道三一八社区的于庆江", [("三一八社区", "LOC")], []),
    # ... and the body named after it, with the village as its base
    ("洗马镇落掌村党支部书记说", [("落掌村党支部", "ORG"), ("落掌村", "LOC")], []),
    # no village: a common word, a kind of village, words that run across its end
    ("洗马镇农村人口", [], []),
    ("洗马镇老旧小区改造", [], []),
    ("洗马镇新建村民服务中心", [("洗马镇新建村民服务中心", "ORG")], [("洗马镇新建村民服务中心", "ORG")]),
])
def test_gazetteer_villages(blank_zh, lexicon_files, text, villages, plain):
    if not (DATA_DIR / "admin_divisions.jsonl").exists():
        pytest.skip("packaged gazetteers not built yet")
    gazetteer = blank_zh.add_pipe("tagger_gazetteer", config={"villages": True})
    gazetteer.initialize(gazetteers=["admin_divisions", "towns"])

    def found(doc):
        return [(s.text, s.label_) for s in doc.spans["gazetteer"]
                if s._.category in ("village", "suffix") and s.text not in ("洗马镇", "河北街道")]

    assert found(blank_zh(text)) == villages
    gazetteer.villages = False
    assert found(blank_zh(text)) == plain


@pytest.mark.parametrize("text,model,counted,plain", [
    # a count of things between a name and an ORG suffix: no body, with counted_gaps
    ("这是东湖一家科技公司经理打来的", {"东湖": "LOC"}, [], ["东湖一家科技公司"]),
    ("南湖多所医院承担救治", {"南湖": "LOC"}, [], ["南湖多所医院"]),
    # an ordinal is part of a unit's name either way
    ("东湖总队执勤第六支队官兵", {"东湖总队": "ORG"}, ["东湖总队执勤第六支队"], ["东湖总队执勤第六支队"]),
    ("东湖科技公司经理", {"东湖": "LOC"}, ["东湖科技公司"], ["东湖科技公司"]),
])
def test_gazetteer_counted_gaps(task_force_nlp, text, model, counted, plain):
    MODEL_ENTS.clear()
    MODEL_ENTS.update(model)
    gazetteer = task_force_nlp.get_pipe("tagger_gazetteer")
    gazetteer.counted_gaps = True
    assert [t for t, label, _ in _hits(task_force_nlp(text)) if label == "ORG"] == counted
    gazetteer.counted_gaps = False
    assert [t for t, label, _ in _hits(task_force_nlp(text)) if label == "ORG"] == plain


@pytest.mark.parametrize("text,model,present,absent", [
    # a model PERSON that is a county's short form is the place (金山 of 金山区)
    ("不断提升金山知名度", {"金山": "PERSON"}, [("金山", "LOC", "lexicon")], []),
    ("李强同志指出", {"李强": "PERSON"}, [], [("李强", "LOC")]),
    ("金山同志指出", {"金山同志": "PERSON"}, [], [("金山", "LOC")]),
])
def test_gazetteer_county_short_forms(suffix_nlp, text, model, present, absent):
    MODEL_ENTS.clear()
    MODEL_ENTS.update(model)
    hits = _hits(suffix_nlp(text))
    for item in present:
        assert item in hits, (item, hits)
    for item in absent:
        assert item not in [(t, label) for t, label, _ in hits], (item, hits)


GENERIC_ADMIN_CASES = [
    ("打造现代化城区的目标", "城区", False),
    ("城市郊区的农田", "郊区", False),
    ("城区、郊区两个区", "城区", True),
    ("当地老城区改造", "老城区", False),
    ("维护和平区域稳定", "和平区", False),
    ("浦东新区", "浦东新区", True),
    ("王志东和县委一班人", "和县", False),
    # a county's name is no name where a word runs across its start ...
    ("第十一任县委书记讲话", "任县", False),
    ("梅花山区域被辟为纪念性植物园", "花山区", False),
    ("责成县（区）对责任人问责", "成县", False),
    # ... unless a name ends there (昭通市 + 镇雄县, though 市镇 is a word)
    ("云南昭通市镇雄县银厂村", "镇雄县", True),
    ("河北省任县的农田", "任县", True),
    # a strict short form is taken between words where no dictionary word runs across it,
    # a strict full name (城区) only standing alone
    ("如果在高雄中转去垦丁", "高雄", True),
    ("出台北京市的办法", "台北", False),
    ("老城区改造", "城区", False),
]


@pytest.mark.parametrize("text,surface,found", GENERIC_ADMIN_CASES)
def test_gazetteer_generic_admin_names_are_strict(blank_zh, text, surface, found):
    if not (DATA_DIR / "admin_divisions.jsonl").exists():
        pytest.skip("packaged gazetteers not built yet")
    blank_zh.add_pipe("tagger_gazetteer").initialize(gazetteers=["admin_divisions"])
    doc = blank_zh(text)
    assert ((surface, "LOC") in [(s.text, s.label_) for s in doc.spans["gazetteer"]]) is found


def test_gazetteer_generic_admin_names_marked_strict():
    if not (DATA_DIR / "admin_divisions.jsonl").exists():
        pytest.skip("packaged gazetteers not built yet")
    rows = [json.loads(line) for line in
            (DATA_DIR / "admin_divisions.jsonl").read_text(encoding="utf-8").splitlines() if line]
    strict = {r["text"] for r in rows if r.get("strict")}
    assert {"城区", "郊区", "矿区", "东区", "西区", "新城区", "老城区", "市中区"} <= strict
    assert not strict & {"金山区", "浦东新区", "上海市"}


# (text, model ents, spans that must be found, spans that must not be found); invented sentences
ADMIN_SUFFIX_CASES = [
    # a generic place suffix after an admin name is no name; a specific one is
    ("东莞市新区建设提速", {"东莞市": "LOC"}, [], [("东莞市新区", "LOC")]),
    ("杭州化学工业区发展迅速", {"杭州": "LOC"}, [("杭州化学工业区", "LOC", "pattern")], []),
    ("苏州经济技术开发区管委会", {"苏州": "LOC"},
     [("苏州经济技术开发区管委会", "ORG", "pattern")], []),
    # a body named with its admin level after a division name
    ("闵行区区委召开会议", {"闵行区": "LOC"}, [("闵行区区委", "ORG", "pattern")], []),
    ("杭州市政府发布通知", {"杭州": "LOC"}, [("杭州市政府", "ORG", "pattern")], []),
    # ... but not after an organization: two bodies
    ("坚决贯彻市委市政府决策", {"市委": "ORG"}, [], [("市委市政府", "ORG")]),
    ("落实区委区政府部署", {}, [("区委", "ORG", "lexicon"), ("区政府", "ORG", "lexicon")],
     [("区委区政府", "ORG")]),
]


@pytest.mark.parametrize("text,model,present,absent", ADMIN_SUFFIX_CASES)
def test_gazetteer_admin_base_suffixes(suffix_nlp, text, model, present, absent):
    test_gazetteer_suffix_extension_table(suffix_nlp, text, model, present, absent)


@pytest.mark.parametrize("text,names", [
    ("李某与房地产公司签订合同，之后冯某以更换门锁的方式进入。", ["李某", "冯某"]),
    ("“老赖”陈某某因民间借贷欠款不还被方某某告上法庭。", ["陈某某", "方某某"]),
    ("欧阳某某承认收受财物。", ["欧阳某某"]),
    ("他担任某公司顾问，于某日离开，提高某项指标。", []),   # 某 as a determiner
    ("王某项目组", []),                                     # 某项
    ("他投资于某两家基金公司", []),                         # 某两家
    ("王某一审被判三年", ["王某"]),                          # the name, then 一审
    ("任某某说明情况。担", ["任某某"]),                       # a text ending in 担 is no 担任
])
def test_gazetteer_anonymized_names(text, names):
    from tagger.pipeline.patterns import anonymized_names

    assert [h.canonical for h in anonymized_names(text)] == names


@pytest.mark.parametrize("text,names", [
    # the one character of given name left after 某, where the text writes it again or lists it
    ("副主任商某检承认收受财物。商某检供述", ["商某检", "商某检"]),
    ("民警抓获刘某强、史某进、陈某燕", ["刘某强", "史某进", "陈某"]),  # the last one is not listed
    # ... once, before a verb, the character is the verb as often: left out
    ("犯罪嫌疑人丁某窜至车厢，汪某到银行取款", ["丁某", "汪某"]),
    # ... not a word after the name, nor the start of one
    ("张某进入地铁站，刘某将资料带走", ["张某", "刘某"]),
    ("雷某辩称不知情，陈某团伙被查", ["雷某", "陈某"]),
    ("吴某的失信行为；王某说", ["吴某", "王某"]),
    ("李某某在现场", ["李某某"]),
])
def test_gazetteer_anonymized_given_names(text, names):
    from tagger.pipeline.patterns import anonymized_names

    assert [h.canonical for h in anonymized_names(text, given_names=True)] == names
    assert all(len(h.canonical) <= 3 for h in anonymized_names(text))


def test_gazetteer_patterns_v8_keeps_given_names_v7_does_not():
    from spacy.util import registry

    text = "副主任商某检承认收受财物，商某检供述"
    v7 = registry.misc.get("tagger.gazetteer_patterns.v7")()
    v8 = registry.misc.get("tagger.gazetteer_patterns.v8")()
    assert [h.canonical for h in v7(text) if h.category == "anonymized"] == ["商某", "商某"]
    assert [h.canonical for h in v8(text) if h.category == "anonymized"] == ["商某检", "商某检"]


def test_gazetteer_patterns_v3_adds_anonymized_names_v2_does_not():
    from spacy.util import registry

    v2 = registry.misc.get("tagger.gazetteer_patterns.v2")()
    v3 = registry.misc.get("tagger.gazetteer_patterns.v3")()
    text = "法院判决冯某迁出。"
    assert [h.canonical for h in v3(text) if h.category == "anonymized"] == ["冯某"]
    assert not [h for h in v2(text) if h.category == "anonymized"]


@pytest.mark.parametrize("text,names", [
    ("联合国秘书长安东尼奥·古特雷斯当天表示", ["安东尼奥·古特雷斯"]),
    ("特斯拉首席执行官埃隆・马斯克说", ["埃隆・马斯克"]),
    ("英国首相特雷莎·梅带着新提议", ["特雷莎·梅"]),
    ("运动员穆罕默德·哈里斯·穆罕默德·卡斯米非常欣赏", ["穆罕默德·哈里斯·穆罕默德·卡斯米"]),
    ("党建·民生", []),                     # a heading, not a name
    ("2019-2020年", []),
])
def test_gazetteer_transliterated_names(text, names):
    from tagger.pipeline.patterns import separated_names

    assert [h.canonical for h in separated_names(text)] == names


@pytest.mark.parametrize("text,names", [
    # the last character of a title before the name is the title's (总理, 总经理, 警察)
    ("印度前总理拉·甘地访华", ["拉·甘地"]),
    ("巴基斯坦总理纳瓦兹·谢里夫今天", ["纳瓦兹·谢里夫"]),
    ("人民警察艾热提·马木提，在搜捕", ["艾热提·马木提"]),
    ("军事参赞费尔南多·奥尔多涅兹少将表示", ["费尔南多·奥尔多涅兹"]),
    # a title that is not written before the name takes nothing from it
    ("秘书长安东尼奥·古特雷斯说", ["安东尼奥·古特雷斯"]),
    ("理查·塞内特认为", ["理查·塞内特"]),
    # 让 (Jean) as a whole first part, 保 at the start of a part, neither after a name
    ("法国哲学家让-保罗·萨特的作品", ["让-保罗·萨特"]),
    ("埃隆·马斯克保持沉默", ["埃隆·马斯克"]),
    ("不让-步", []),
    # letters that are words too, inside a part only (雅各布, 费尔南多), never at its end
    ("首席设计师马克·雅各布说", ["马克·雅各布"]),
    ("《不朽的园丁》的费尔南多·梅里尔斯，", ["费尔南多·梅里尔斯"]),
    ("鲁道夫·朱利安尼说", ["鲁道夫·朱利安尼"]),
    ("约翰·史密斯南下广州", ["约翰·史密斯"]),
])
def test_gazetteer_transliterated_names_after_titles(text, names):
    from spacy.util import registry

    patterns = registry.misc.get("tagger.gazetteer_patterns.v7")()
    assert [h.canonical for h in patterns(text) if h.category == "transliterated"] == names


def test_gazetteer_patterns_v6_keeps_the_title_character():
    from spacy.util import registry

    v6 = registry.misc.get("tagger.gazetteer_patterns.v6")()
    assert [h.canonical for h in v6("印度前总理拉·甘地访华") if h.category == "transliterated"] == ["理拉·甘地"]


@pytest.mark.parametrize("text,names", [
    ("德国总理Olaf Scholz周三表示，将访问北京。", ["Olaf Scholz"]),       # a title before
    ("OpenAI首席执行官 Sam Altman 说，", ["Sam Altman"]),
    ("美国前总统John F. Kennedy的故居", ["John F. Kennedy"]),
    ("哲学家Jean-Paul Sartre写道", ["Jean-Paul Sartre"]),
    ("Conan O'Brien表示，节目将停播。", ["Conan O'Brien"]),                # a verb of saying after
    ("乔·拜登（Joe Biden）当天表态", ["Joe Biden"]),                     # glossing a name
    ("华为（Huawei Technologies）发布", []),                             # glossing a company
    ("Apple Watch说明书", []),                                          # 说明 is no 说
    ("新款Model Y和Mate 60上市", []),
    ("在New York说的话", []),
])
def test_gazetteer_latin_names(text, names):
    from tagger.pipeline.patterns import latin_names

    assert [h.canonical for h in latin_names(text)] == names


@pytest.mark.parametrize("text,names", [
    # a given name first: a person without a title or verb around it
    ("据Bloomberg报道，Jeff Bezos和Bill Gates出席了活动", ["Jeff Bezos", "Bill Gates"]),
    ("OpenAI的Sam Altman与Satya Nadella会面", ["Sam Altman", "Satya Nadella"]),
    ("Elon Musk在社交平台上发文", ["Elon Musk"]),
    # not an institution, place or brand named after a person, not a word that is no given name
    ("他毕业于George Washington University", []),
    ("在Victoria Harbour边", []),
    ("新款Apple Watch和Model Y", []),
    ("在New York", []),
])
def test_gazetteer_latin_given_names(text, names):
    from spacy.util import registry

    from tagger.pipeline.patterns import latin_names
    from tagger.zh.names import latin_given_names

    assert [h.canonical for h in latin_names(text, given=latin_given_names())] == names
    v9 = registry.misc.get("tagger.gazetteer_patterns.v9")()
    v10 = registry.misc.get("tagger.gazetteer_patterns.v10")()
    assert [h.canonical for h in v10(text) if h.category == "latin"] == names
    assert not [h for h in v9(text) if h.category == "latin"]


def test_gazetteer_patterns_v4_adds_latin_names_v3_does_not():
    from spacy.util import registry

    text = "德国总理Olaf Scholz表示"
    v3 = registry.misc.get("tagger.gazetteer_patterns.v3")()
    v4 = registry.misc.get("tagger.gazetteer_patterns.v4")()
    assert [h.canonical for h in v4(text) if h.category == "latin"] == ["Olaf Scholz"]
    assert not [h for h in v3(text) if h.category == "latin"]


@pytest.mark.parametrize("text,min_len,expected", [
    # without a space: one path through the trie per start, overlaps and nested keys included
    ("在上海市金山区", 1, [(1, 3, "上海"), (1, 4, "上海市"), (4, 7, "金山区"), (5, 6, "山")]),
    ("在上海市金山区", 3, [(1, 4, "上海市"), (4, 7, "金山区")]),
    # with a space: skipped, or taken as the key's list separator
    ("上 海市 金山区", 1, [(0, 3, "上海"), (0, 4, "上海市"), (5, 8, "金山区"), (6, 7, "山")]),
    ("深化双百结对 助推乡村振兴", 1, [(0, 13, "深化双百结对、助推乡村振兴")]),
])
def test_char_trie_finds_every_key(text, min_len, expected):
    from tagger.pipeline.textview import CharTrie

    trie = CharTrie()
    for key in ("上海", "上海市", "金山区", "山", "深化双百结对、助推乡村振兴"):
        trie.add(key, key)
    found = [(start, end, values[0]) for start, end, values in trie.iter_matches(text, min_len=min_len)]
    assert sorted(found) == expected


@pytest.mark.parametrize("text,found", [
    # each one-character form of a pair is a LOC before a word of relations
    ("中塞全面战略伙伴关系", ["中", "塞"]),
    ("李强表示，中古同为共产党领导的国家", ["中", "古"]),
    ("中日韩合作", ["中", "日", "韩"]),
    ("落实首届中阿峰会成果", ["中", "阿"]),
    # a railway or corridor after the pair: one place
    ("中老铁路和中蒙俄经济走廊", ["中老铁路", "中蒙俄经济走廊"]),
    # after 对 in trade and policy phrases, China's 华 included
    ("对美加征关税", ["美"]),
    ("对华投资", ["华"]),
    # a character that makes a word with the one before it is no form
    ("其中美方表示", []),
    ("节日中美关系", ["中", "美"]),
    # no relation word after, a body's or slogan's name, or a word: nothing
    ("中老年人", []),
    ("中非合作论坛", []),
    ("中阿友好精神", []),
    ("中阿命运共同体", []),
    ("美德是", []),
    ("中华人民共和国", []),
])
def test_gazetteer_country_pairs(text, found):
    from tagger.pipeline.patterns import country_pairs

    assert [text[h.start:h.end] for h in country_pairs(text)] == found


def test_gazetteer_patterns_v5_adds_country_pairs_and_keeps_country_names(shipped_nlp):
    from spacy.util import registry

    text = "中塞关系"
    v4 = registry.misc.get("tagger.gazetteer_patterns.v4")()
    v5 = registry.misc.get("tagger.gazetteer_patterns.v5")()
    assert [h.canonical for h in v5(text) if h.category == "abbreviation"] == ["中国", "塞尔维亚"]
    assert not [h for h in v4(text) if h.category == "abbreviation"]
    # the letters of a country's own name are the gazetteer's: 古巴 is no 古 + 巴
    gazetteer = shipped_nlp.get_pipe("tagger_gazetteer")
    hits = gazetteer.find("古巴是中国的好朋友")
    assert ("古巴", "LOC") in [("古巴是中国的好朋友"[h.start:h.end], h.label) for h in hits]
    assert not [h for h in hits if h.category == "abbreviation"]


@pytest.mark.parametrize("text,found", [
    # a region or a city with China's form in its name is a pair before a word of relations
    ("中欧班列开行增长", [("中", "LOC"), ("欧", "LOC")]),
    ("巴中两国务实合作", [("巴", "LOC"), ("中", "LOC")]),
    # ... and the name elsewhere
    ("位于中欧的匈牙利", [("中欧", "LOC"), ("匈牙利", "LOC")]),
    ("四川巴中市", [("四川", "LOC"), ("巴中市", "LOC")]),
])
def test_gazetteer_country_pairs_over_region_names(shipped_nlp, text, found):
    hits = shipped_nlp.get_pipe("tagger_gazetteer").find(text)
    assert [(text[h.start:h.end], h.label) for h in hits] == found


@pytest.mark.parametrize("text,found", [
    ("国际期刊《自然》刊登中山大学教授的论文", ["自然"]),
    ("《柳叶刀》刊登了研究结果", ["柳叶刀"]),
    ("《自然—遗传学》期刊在线发表", ["自然—遗传学"]),
    ("论文也得到了《自然》审稿人的高度评价", ["自然"]),
    # a document, a film or a book has neither a periodical's lead nor its follower
    ("《通知》指出", []),
    ("电影《流浪地球》上映", []),
])
def test_gazetteer_periodicals(text, found):
    from tagger.pipeline.patterns import periodicals

    assert [text[h.start:h.end] for h in periodicals(text)] == found


@pytest.mark.parametrize("text,orgs,persons", [
    # sports clubs are organizations, also where the model reads a foreign name as a person
    ("切尔西在主场2比1战胜阿森纳", ["切尔西", "阿森纳"], []),
    ("拉齐奥与尤文图斯战成平局", ["拉齐奥", "尤文图斯"], []),
    ("湖人主场迎战篮网", ["湖人", "篮网"], []),
    ("皇马主帅安切洛蒂说", ["皇马"], ["安切洛蒂"]),
    # a short form that is also a word is taken only as a word of its own (strict)
    ("工地上热火朝天", [], []),
])
def test_sports_clubs_are_organizations(shipped_nlp, text, orgs, persons):
    ents = [(e.text, e.label_) for e in shipped_nlp(text).ents]
    for org in orgs:
        assert (org, "ORG") in ents, ents
    assert [t for t, label in ents if label == "PERSON"] == persons


@pytest.mark.parametrize("text,orgs,absent", [
    # companies of modern news by their short names (organizations.jsonl, kind enterprise)
    ("重庆大力推动长安、赛力斯、长城等整车企业", ["赛力斯"], []),
    ("梁昌霖创办的“叮咚买菜”一举成名", ["叮咚买菜"], []),
    ("华大基因成功研发出检测试剂盒", ["华大基因"], []),
    # a short form that also spells letters of other words is taken only as a word (strict)
    ("为我国航空事业发展贡献力量", [], ["国航"]),
    ("缩短入海航程560公里", [], ["海航"]),
    ("开幕式以“潮起亚细亚”为主题", [], ["起亚"]),
    # a listed short name between words, unless a dictionary word runs across its edge or
    # it is a club's name that is a common word
    ("客户可到工行网点申请", ["工行"], []),
    ("加工行业和小米粥", [], ["工行", "小米"]),
    # ... unless the word cutter keeps its edges all the same (易发, 易于, 行同 are words too)
    ("网易发布了第二季度财报", ["网易"], []),
    ("据悉，网易于昨日发内部邮件", ["网易"], []),
    ("而且央行同时暂停了正回购", ["央行"], []),
    # but not every place's body after a level of places, nor a doubled character
    ("各省、自治区、直辖市妇联主席出席", [], ["妇联"]),
    ("汗珠从他的脸庞一滴滴滑下", [], ["滴滴"]),
    # nor a body's short name the cutter reads as a verb
    ("说起童谣，自然又使我联想到儿童画", [], ["联想"]),
    # armed groups and foreign parties
    ("也门政府与胡塞武装代表就交换战俘达成协议", ["胡塞武装"], ["胡塞"]),
    ("塔利班宣布组建临时政府", ["塔利班"], []),
    ("波兰执政的法律与公正党回应称", ["法律与公正党"], []),
    ("乘快船出海", [], ["快船"]),
    # a company before the chairman of its board
    ("阿里巴巴集团董事会主席蔡崇信表示", ["阿里巴巴集团"], ["阿里巴巴集团董事会"]),
    # a company's site described in words is the company alone
    ("在位于亦庄的小米手机智能工厂", ["小米"], ["小米手机智能工厂"]),
    # a ministry's name that is letters of 部门 ("departments") is none
    ("民政部部署救助工作，民政部部长出席", ["民政部"], []),
    ("各级民政部门和教育部门要加强救助", [], ["民政部", "教育部"]),
    ("也门政府表示将继续谈判", ["也门政府"], []),
    ("亚丁释放了20名也门政府军人员", [], ["也门政府"]),
    ("国务院市场监督管理部门负责", ["国务院"], ["国务院市场监督管理部"]),
])
def test_companies_are_organizations(shipped_nlp, text, orgs, absent):
    _assert_names(shipped_nlp, text, "ORG", orgs, absent)


def _assert_names(nlp, text, label, present, absent):
    """Each of ``present`` is an entity of ``label`` in ``text``, none of ``absent`` one of any."""
    ents = [(e.text, e.label_) for e in nlp(text).ents]
    for name in present:
        assert (name, label) in ents, ents
    for name in absent:
        assert name not in [t for t, _ in ents], ents


@pytest.mark.parametrize("text,absent,present", [
    # a dictionary word that is no name is no name after a title
    ("落实习近平总书记关于做好科普工作的重要指示", "关于", ["习近平"]),
    ("中国国家主席时隔19年再度访问", "时隔", []),
    ("乡镇党委书记周六开门约访", "周六", []),
    # a leader's name is no name where a word runs across its start, unless the model has it
    ("压路机徐徐向前，摊铺工作有序推进", "徐向前", []),
    ("少林武术的精气神", "林武", []),
    ("国家主席习近平会见外宾", None, ["习近平"]),
])
def test_no_names_from_words(shipped_nlp, text, absent, present):
    persons = [e.text for e in shipped_nlp(text).ents if e.label_ == "PERSON"]
    assert absent not in persons
    for name in present:
        assert name in persons


@pytest.mark.parametrize("text,places,absent", [
    # a village the text names is a place where its name stands alone, not in a word or a title
    ("2015年他在后川村担任扶贫工作队队员。后川，这个藏在深山的村子", ["后川村", "后川"], []),
    ("走在道明镇竹艺村的小径上，看各式竹艺品", ["竹艺村"], ["竹艺"]),
])
def test_village_short_names(shipped_nlp, text, places, absent):
    _assert_names(shipped_nlp, text, "LOC", places, absent)


def test_leader_names_across_words_confirmed_by_the_model(shipped_nlp):
    # 实习 runs across the start of 习近平: the lexicon's name stands only where the model has it
    gazetteer = shipped_nlp.get_pipe("tagger_gazetteer")
    text = "学懂弄通做实习近平新时代中国特色社会主义思想"
    start = text.index("习近平")
    assert "习近平" not in [text[h.start:h.end] for h in gazetteer.find(text)]
    confirmed = gazetteer.find(text, model_spans=[(start, start + 3, "PERSON")])
    assert ("习近平", "PERSON") in [(text[h.start:h.end], h.label) for h in confirmed]


@pytest.mark.parametrize("spans,persons", [
    # a place or body the model read right before 先生 or 女士 is a person
    ([(0, 2, "LOC")], ["布伦"]),
    # unless a gazetteer lists the span, or the form is 小姐 (a pageant's title)
    ([(0, 2, "LOC")], []),
])
def test_gazetteer_addressed_model_names(spans, persons):
    from tagger.pipeline.patterns import addressed_model_names

    text = "布伦先生在卢浮宫" if persons else "香港小姐决赛"
    listed = set() if persons else {(0, 2)}
    assert [text[h.start:h.end] for h in addressed_model_names(text, spans, listed)] == persons
    assert not list(addressed_model_names("香港小姐决赛", spans))


@pytest.mark.parametrize("text,span,persons", [
    # a transliterated place or body the lexicons do not list that speaks is a person
    ("德斯坦说，这份成就", (0, 3, "LOC"), ["德斯坦"]),
    ("韦斯特伍表示同意", (0, 4, "ORG"), ["韦斯特伍"]),
    # not a listed one, one of two characters, one of other characters, or one that does not speak
    ("莫斯科表示反对", (0, 3, "LOC"), []),
    ("巴黎表示欢迎", (0, 2, "LOC"), []),
    ("青溪县表示欢迎", (0, 3, "LOC"), []),
    ("德斯坦发展很快", (0, 3, "LOC"), []),
    # one of two or more that a player's or a coach's deed follows is a person, a team's is not
    ("温德尔射入致胜的任意球", (0, 3, "ORG"), ["温德尔"]),
    ("德科的远射也会派上用场", (0, 2, "LOC"), ["德科"]),
    ("雷德科纳普入主之后", (0, 5, "ORG"), ["雷德科纳普"]),
    ("维冈攻入3球", (0, 2, "ORG"), []),
    ("巴黎受伤", (0, 2, "LOC"), []),
])
def test_gazetteer_speaking_model_names(text, span, persons):
    from tagger.pipeline.patterns import addressed_model_names

    listed = {(0, 3)} if text.startswith("莫斯科") else {(0, 2)} if text.startswith("巴黎受伤") else set()
    assert [text[h.start:h.end] for h in addressed_model_names(text, [span], listed)] == persons


@pytest.mark.parametrize("text,orgs,locs", [
    # a club named after its city is the club where its clause speaks of a match
    ("6.利物浦vs富勒姆从目前的数据", ["利物浦", "富勒姆"], []),
    ("汉堡主场不敌多特蒙德", ["汉堡", "多特蒙德"], []),
    ("随后战胜利物浦。", ["利物浦"], []),
    # and the city elsewhere, or after a word of place in a match's clause
    ("他在利物浦读书。", [], ["利物浦"]),
    ("中国女排在罗马战胜意大利队", ["中国女排", "意大利队"], ["罗马"]),
    # a match's other words (做客, 主队) and a name the NER reads as a person's are the club's too
    ("切尔西做客锡耶纳。", ["切尔西", "锡耶纳"], []),
    ("半一盘主队热。锡耶纳的战斗力尚可，", ["锡耶纳"], []),
    # banks, auction houses, bookmakers and news sites by their short names
    ("前5名为招行、浦发、深发展和北京银行。", ["招行", "浦发", "深发展", "北京银行"], []),
    ("相继开拍的嘉德、匡时紫砂专场", ["嘉德", "匡时"], []),
    ("威廉希尔、立博都早早抬高了赔付率", ["威廉希尔", "立博"], []),
    ("国际在线消息，长城网10月6日讯", ["国际在线", "长城网"], []),
    ("选择莱州联社作为试点", ["莱州联社"], []),
    # ... not where they are words (更广发力, 发扬光大, 兴业富民)
    ("向更深更广发力，发扬光大，兴业富民", [], []),
    # regulators and international bodies of general news
    ("去年银监会下发通知", ["银监会"], []),
    ("NASA拟开发火星版", ["NASA"], []),
    # a Latin name that runs on into more letters or digits is none
    ("NBA2K和WNBA上市", [], []),
])
def test_gazetteer_city_clubs_and_bodies(shipped_nlp, text, orgs, locs):
    ents = [(e.text, e.label_) for e in shipped_nlp(text).ents]
    assert [t for t, label in ents if label == "ORG"] == orgs, ents
    assert [t for t, label in ents if label == "LOC"] == locs, ents


@pytest.mark.parametrize("text,orgs", [
    # a short name and a word of business before a title only a company gives
    ("润泽地产总经理封屹做客节目", ["润泽地产"]),
    ("图为润泽地产常务副总封屹", ["润泽地产"]),
    ("微创医疗董事长常兆华表示", ["微创医疗"]),
    ("6月7日，中博传媒董事长陈伟明说", ["中博传媒"]),
    ("善市场流动性。同辉信息董事长戴福昊说", ["同辉信息"]),
    # determiners, counts, common words of news, verbs and words before the name: no company
    ("各大银行董事长都来了", []),
    ("据悉，该银行总经理表示", []),
    ("商业银行董事长表示", []),
    ("担任企业科技副总的人", []),
    # a system's chief designer is no company's
    ("载人飞船系统副总设计师马晓兵说", []),
])
def test_gazetteer_titled_companies(shipped_nlp, text, orgs):
    gazetteer = shipped_nlp.get_pipe("tagger_gazetteer")
    found = [text[h.start:h.end] for h in gazetteer.find(text) if h.category == "titled company"]
    assert found == orgs
    assert [e.text for e in shipped_nlp(text).ents if e.label_ == "ORG"] == orgs


@pytest.mark.parametrize("text,spans,orgs", [
    # a capitalized place the model read in Latin script is a body
    ("此外，Keep还整合课程资源", [(3, 7, "LOC")], ["Keep"]),
    # not a lower-case word, not before a form of address, not a Han place
    ("来源地是德国北部城镇syke。", [(10, 14, "LOC")], []),
    ("你好，Berg先生。", [(3, 7, "LOC")], []),
    ("他在上海工作", [(2, 4, "LOC")], []),
])
def test_gazetteer_latin_model_bodies(text, spans, orgs):
    from tagger.pipeline.patterns import latin_model_bodies

    assert [text[h.start:h.end] for h in latin_model_bodies(text, spans)] == orgs


@pytest.mark.parametrize("text,persons", [
    # public figures of general news the model reads as places or bodies, or not at all
    ("大电影《悟空传》关注华晨宇", ["华晨宇"]),
    ("在电影节的大剧场里，林熙蕾第一次看到全片", ["林熙蕾"]),
    ("中国选手全红婵夺冠", ["全红婵"]),
    # not where a word runs across the name, nor inside a longer name or place
    ("分别赴黄渤海和渤海海域", []),
    ("习近平同比利时国王菲利普互致贺电", ["习近平"]),
    ("五保老人马云翁坐在门口", ["马云翁"]),
])
def test_public_figures_are_people(shipped_nlp, text, persons):
    assert [e.text for e in shipped_nlp(text).ents if e.label_ == "PERSON"] == persons


@pytest.mark.parametrize("text,org", [
    # the short forms of local departments news writes after their place (org_suffixes.txt)
    ("北京市住建委则表示", "北京市住建委"),
    ("合肥市经信局相关负责人介绍", "合肥市经信局"),
    ("而泗水县文化市场综合执法局表示", "泗水县文化市场综合执法局"),
])
def test_local_departments_after_their_place(shipped_nlp, text, org):
    assert [(e.text, e.label_) for e in shipped_nlp(text).ents] == [(org, "ORG")]


@pytest.mark.parametrize("text,places,absent", [
    # foreign cities of international news by their Xinhua names (countries.jsonl, world city)
    ("政府军从也门南部的亚丁、阿比扬撤出，荷台达停火", ["亚丁", "荷台达"], []),
    ("会议在内罗毕举行，基加利的代表出席", ["内罗毕", "基加利"], []),
    # not inside a word (胜利|马上, 运河|内, 豪华|沙发), nor a club's city in a match (a city club)
    ("胜利马上就要到来", [], ["利马"]),
    ("运河内的水位上涨", [], ["河内"]),
    ("买了一套豪华沙发", [], ["华沙"]),
])
def test_world_cities_are_places(shipped_nlp, text, places, absent):
    _assert_names(shipped_nlp, text, "LOC", places, absent)


@pytest.mark.parametrize("text,orgs", [
    # clubs of the Chinese leagues by their sponsors' names of the 2020s
    ("中超联赛第20轮，山东泰山主场2∶1战胜成都蓉城", ["山东泰山", "成都蓉城"]),
    ("浙江稠州金租以98∶90击败北京首钢，广东东莞大益客场负于辽宁本钢",
     ["浙江稠州金租", "北京首钢", "广东东莞大益", "辽宁本钢"]),
    # 山东泰山 is the club only where a match is spoken of (a city club)
    ("登上山东泰山的游客", []),
])
def test_gazetteer_chinese_clubs(shipped_nlp, text, orgs):
    assert [e.text for e in shipped_nlp(text).ents if e.label_ == "ORG"] == orgs


@pytest.mark.parametrize("text,orgs", [
    # universities by their short names
    ("南开、川大的教授与上交大、国科大合作", ["南开", "川大", "上交大", "国科大"]),
    ("他在厦大读书，后去吉大任教", ["厦大", "吉大"]),
    # not inside other words: 荷兰|大使馆, 汶川|大地震, 吉大港 (Chittagong)
    ("荷兰大使馆发表声明", ["荷兰大使馆"]),
    ("汶川大地震十周年", []),
])
def test_gazetteer_university_short_names(shipped_nlp, text, orgs):
    assert [e.text for e in shipped_nlp(text).ents if e.label_ == "ORG"] == orgs


@pytest.mark.parametrize("text,place,shorts", [
    # a county's or city's short form is the place once the text names a longer place that
    # begins with it, as once it names the county in full
    ("金山工业区新签约项目多。金山的河道整治成效明显", "金山工业区", ["金山"]),
    ("昆山开发区发展很快，昆山人民很幸福", "昆山开发区", ["昆山"]),
    # not without such a place, and not where a word runs across it (朝阳|产业)
    ("金山的河道整治成效明显，金山人民满意", "", []),
    ("朝阳公园里，朝阳产业发展快", "朝阳公园", []),
])
def test_gazetteer_place_named_short_forms(shipped_nlp, text, place, shorts):
    from spacy.tokens import Span

    from tagger.pipeline.textview import make_doc

    gaz = shipped_nlp.get_pipe("tagger_gazetteer")
    assert gaz.place_named_short_forms is True

    def short_forms():
        doc = make_doc(shipped_nlp, text)
        if place:  # the NER's place
            doc.ents = [Span(doc, 0, len(place), label="LOC")]
        return [s for s in gaz(doc).spans["gazetteer"] if s._.category == "short form"]

    found = short_forms()
    assert [s.text for s in found] == shorts
    assert all(s.label_ == "LOC" and s._.canonical in (s.text + "区", s.text + "市") for s in found)
    gaz.place_named_short_forms = False
    try:
        assert short_forms() == []
    finally:
        gaz.place_named_short_forms = True


@pytest.mark.parametrize("text,start,end,model,named", [
    # a generic local body that is the end of a named village's or community's body
    ("新安江畔的青苗村党支部书记说", 7, 11, [(5, 11, "ORG")], True),    # 青苗|村党支部
    ("水电居民区党总支书记说", 5, 8, [], True),                        # 水电居民区|党总支
    ("各村党支部要落实", 1, 5, [], True),                              # 各|村党支部: a plural
    # the village's own body standing alone, or a body after a word that names no community
    ("面对压力，村党总支全体党员奋战", 5, 9, [], False),
    ("我国将全面推进村委会民主选举", 7, 10, [], False),
    ("我们党总支带动村民", 2, 5, [], False),
    ("金山区委书记说", 2, 4, [(0, 4, "ORG")], False),
])
def test_gazetteer_named_community_bodies(text, start, end, model, named):
    from tagger.pipeline.gazetteer import _named_community_body
    assert text[start:end].endswith(("党支部", "党总支", "村委会", "区委"))
    assert _named_community_body(text, start, model) is named


@pytest.mark.parametrize("text,orgs", [
    ("面对巨大的防洪压力，村党总支全体党员日夜奋战在防汛一线", ["村党总支"]),
    ("“我们党总支带动村民积极开展生产自救", ["党总支"]),
    ("水电居民区党总支书记说", ["水电居民区党总支"]),
    # a community named after a street in an address, before its body
    ("沙坪坝区石井坡街道团结坝社区党委书记杨春敏说", ["团结坝社区党委"]),
])
def test_gazetteer_local_bodies_of_villages(shipped_nlp, text, orgs):
    assert [e.text for e in shipped_nlp(text).ents if e.label_ == "ORG"] == orgs


@pytest.mark.parametrize("text,spans,places", [
    # a place the NER read as a person's name before its place word is one place with it
    ("包含艾尔利海滩或汉密尔顿岛3晚住宿", [(2, 5, "PERSON")], ["艾尔利海滩"]),
    ("还可以去卡莱梅格丹城堡逛一逛", [(4, 9, "PERSON")], ["卡莱梅格丹城堡"]),
    ("主要景点李白故里、太白碑林", [(4, 6, "PERSON")], ["李白故里"]),
    # not before a one-character place word (common at the end of given names)
    ("李明岛上的房子", [(0, 2, "PERSON")], []),
])
def test_gazetteer_places_named_like_people(shipped_nlp, text, spans, places):
    gazetteer = shipped_nlp.get_pipe("tagger_gazetteer")
    found = [text[h.start:h.end] for h in gazetteer.find(text, model_spans=spans)
             if h.category == "suffix" and h.label == "LOC"]
    assert found == places


@pytest.mark.parametrize("text,orgs", [
    # clubs of the 2000s' match reports, by their city in a match's clause
    ("绩中斩掉的都是门兴和科特布斯这样的菜鸟", ["门兴", "科特布斯"]),
    ("但维拉利尔的客场防守比主场更加出色", ["维拉利尔"]),
    ("芝加哥公牛主场击败克利夫兰骑士", ["芝加哥公牛", "克利夫兰骑士"]),
    # a city's name outside a match is the city; a common word stays a word
    ("他去了考文垂旅游", []),
    ("他是一名骑士", []),
])
def test_gazetteer_more_clubs(shipped_nlp, text, orgs):
    assert [e.text for e in shipped_nlp(text).ents if e.label_ == "ORG"] == orgs


@pytest.mark.parametrize("text,places", [
    # Hong Kong's and Macao's districts and areas, Taiwan's sights, resorts abroad
    ("示威者在旺角、铜锣湾等地堵路，九龙和新界多区交通受阻", ["旺角", "铜锣湾", "九龙", "新界"]),
    ("他在中环上班，住在将军澳", ["中环", "将军澳"]),
    ("游客在日月潭和阿里山游览", ["日月潭", "阿里山"]),
    ("同样是海岛风光的亚庇与仙本那两地", ["亚庇", "仙本那"]),
    # not where a dictionary word runs across a two-character name's end
    ("加强中环保合作", []),
])
def test_gazetteer_hong_kong_and_travel_places(shipped_nlp, text, places):
    gazetteer = shipped_nlp.get_pipe("tagger_gazetteer")
    assert [text[h.start:h.end] for h in gazetteer.find(text) if h.label == "LOC"] == places


@pytest.mark.parametrize("text,orgs", [
    # companies named in Latin script; products so named are none
    ("OPPO和vivo的销量双双下滑", ["OPPO", "vivo"]),
    ("SpaceX星舰第二次试飞失败", ["SpaceX"]),
    ("据彭博社报道，苹果将在印度扩大iPhone生产", ["彭博社"]),
])
def test_gazetteer_latin_companies_and_products(shipped_nlp, text, orgs):
    assert [e.text for e in shipped_nlp(text).ents if e.label_ == "ORG"] == orgs
