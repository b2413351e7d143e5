"""Tests for the gazetteer's title, byline and name patterns (tagger/pipeline/patterns.py)."""

from __future__ import annotations

import pytest
from spacy.util import registry

from tagger.pipeline.patterns import honorific_names, role_transliterations, speaking_people


def test_patterns_word_names_flag():
    text = "中国国家主席时隔19年再度访问"
    v5 = registry.misc.get("tagger.gazetteer_patterns.v5")
    assert "时隔" in [h.canonical for h in v5()(text) if h.label == "PERSON"]
    assert "时隔" not in [h.canonical for h in v5(word_names=False)(text) if h.label == "PERSON"]


@pytest.mark.parametrize("text,names", [
    # every reporter of a bracketed credit, names that are also words too
    ("（本报记者胡婧怡、王昊男、史自强、付明丽、方圆、张云河报道）",
     ["胡婧怡", "王昊男", "史自强", "付明丽", "方圆", "张云河"]),
    ("新华社北京10月19日电 （记者温馨、张骁）10月19日", ["温馨", "张骁"]),
    ("（记者王明，通讯员李华）", ["王明", "李华"]),
    ("（人民日报记者 程焕）", ["程焕"]),
    ("（新华社记者周良摄）", ["周良"]),
    ("（本报记者王瑨采访整理）", ["王瑨"]),
    # two-character names set with a space between their characters
    ("（本报记者 常 钦）", ["常 钦"]),
    ("（本报记者 王 浩 李 杰）", ["王 浩", "李 杰"]),
    # no role, or the bracket goes on after the names: no credit
    ("（方便起见）", []),
    ("（记者从市教委获悉）", []),
])
def test_patterns_credit_lists(text, names):
    v6 = registry.misc.get("tagger.gazetteer_patterns.v6")
    found = [text[h.start:h.end] for h in v6()(text) if h.category == "byline"]
    assert sorted(set(found)) == sorted(names)
    v5 = registry.misc.get("tagger.gazetteer_patterns.v5")
    assert not [h for h in v5()(text) if text[h.start:h.end] in ("方圆", "温馨", "史自强")]


@pytest.mark.parametrize("text,names", [
    # a reporter's name written straight after the role, where the report was made before 报道
    ("本报记者公培佳北京报道", ["公培佳"]),
    ("记者王明哈尔滨报道", ["王明"]),
    ("记者王明摄", ["王明"]),
    ("记者王明华摄", ["王明华"]),
    ("本报记者王明通讯员李华", ["王明", "李华"]),
    # words after the role that are no name, or begin with a word or are one after the surname
    ("接受本报记者采访，", []),
    ("据本报记者了解", []),
    ("本报记者连日来，", []),
    ("鲁宾在会见记者时表示，", []),
    # two names run together: where the report was made is no dictionary word, so none
    ("记者张三李四北京报道", []),
])
def test_patterns_joined_bylines(text, names):
    v9 = registry.misc.get("tagger.gazetteer_patterns.v9")
    found = [text[h.start:h.end] for h in v9()(text) if h.category == "byline"]
    assert sorted(set(found)) == sorted(names)
    v8 = registry.misc.get("tagger.gazetteer_patterns.v8")
    assert not [h for h in v8()(text) if h.category == "byline"]


@pytest.mark.parametrize("text,names", [
    # names before a form of address: Latin script, or three Han characters with a surname
    ("大众软件：你好，Berg先生。", ["Berg"]),
    ("刚才田申申小姐说金角银边", ["田申申"]),
    ("John Smith先生表示", ["John Smith"]),
    # a word across the start, or a place word first: no name; a surname alone is the model's
    ("江苏王先生说", []),
    ("他向王先生询问", []),
    ("对于王先生的意见", []),
    # a conjunction before the form, and 夫人 ("Li Peng and his wife"): no name
    ("李鹏和夫人今天会见", []),
    ("王明和先生们", []),
])
def test_patterns_honorific_names(text, names):
    assert [text[h.start:h.end] for h in honorific_names(text)] == names


@pytest.mark.parametrize("text,person", [
    # a titled name followed by a word of time (v9's time_followers)
    ("局长王明昨天说", "王明"),
    ("主任李华近日表示", "李华"),
])
def test_patterns_titles_before_time_words(text, person):
    def persons(version):
        patterns = registry.misc.get(f"tagger.gazetteer_patterns.{version}")()
        return [text[h.start:h.end] for h in patterns(text) if h.label == "PERSON"]

    assert persons("v9") == [person]
    assert persons("v8") == []


@pytest.mark.parametrize("text,persons", [
    # a word for the people news quotes, a name, a verb of saying
    ("“方便又安全！”居民何国荣说。", ["何国荣"]),
    ("村民丛日升回忆", ["丛日升"]),
    ("村民李明表示同意", ["李明"]),
    ("居民何时说了算", []),        # a word that is no name
    ("居民王国庆活动", []),        # no verb of saying after it
])
def test_patterns_speaking_people(text, persons):
    assert [text[h.start:h.end] for h in speaking_people(text)] == persons


@pytest.mark.parametrize("text,persons", [
    # roles written before a name are titles (连平 is a county's name too)
    ("交通银行首席经济学家连平表示", ["连平"]),
    ("外交部发言人汪文斌说", ["汪文斌"]),
    ("国足主教练高洪波说", ["高洪波"]),
    ("该行分析师指出", []),
])
def test_patterns_role_titles(text, persons):
    patterns = registry.misc.get("tagger.gazetteer_patterns.v10")()
    assert [text[h.start:h.end] for h in patterns(text) if h.label == "PERSON"] == persons


@pytest.mark.parametrize("text,person", [
    # rarer surnames read by the title rule too
    ("特约记者慕豪报道", "慕豪"),
    ("副主任冀岩表示", "冀岩"),
    ("主任蔚少辉说", "蔚少辉"),
])
def test_patterns_titles_before_rarer_surnames(text, person):
    patterns = registry.misc.get("tagger.gazetteer_patterns.v9")()
    assert [text[h.start:h.end] for h in patterns(text) if h.label == "PERSON"] == [person]


@pytest.mark.parametrize("text,persons", [
    # a transliterated name straight after a role in a team, the longest reading a word ends
    ("不过主帅马扎里并未对此感到担心", ["马扎里"]),
    ("主帅里皮安排了新阵容", ["里皮"]),
    ("主帅贝尼特斯坦言压力很大", ["贝尼特斯"]),
    ("中场阿奎拉尼等伤员将归队", ["阿奎拉尼"]),
    ("俄罗斯队主教练戈麦尔斯基将每一个对手都视为劲敌", ["戈麦尔斯基"]),
    # not a dictionary word that is no name, not one character, not a run no word ends
    ("队中有三名外援巴西人", []),
    ("三名核心球员恩蒂巴宗基扎（", []),
    ("中场休息时比分为1比0", []),
    ("球员安全得到保障", []),
])
def test_patterns_role_transliterations(text, persons):
    assert [text[h.start:h.end] for h in role_transliterations(text)] == persons


@pytest.mark.parametrize("text,persons", [
    # occupations and roles in a team as titles; a form of address after the name
    ("陪同的利川市林业局高级工程师范深厚介绍", ["范深厚"]),
    ("诗人高适在电影的最后说", ["高适"]),
    ("中房指数研究院总经理上官建华先生在起航仪式上致辞", ["上官建华"]),
    # the three-character reading gives way where its last character begins a common word
    ("村党委书记陈浩正在组织力量清淤", ["陈浩"]),
    ("绿城集团执行总经理曹舟南向有关各方通报", ["曹舟南"]),
    ("来自20多个国家和地区的画家齐聚成都", []),
])
def test_patterns_occupation_titles(text, persons):
    patterns = registry.misc.get("tagger.gazetteer_patterns.v11")()
    assert [text[h.start:h.end] for h in patterns(text) if h.label == "PERSON"] == persons


@pytest.mark.parametrize("text,v10,v11", [
    # v11's occupations and team roles; v10 reads neither
    ("诗人高适在电影的最后说", [], ["高适"]),
    ("门将王大雷表示很遗憾", [], ["王大雷"]),
    ("不过主帅马扎里并未对此感到担心", [], ["马扎里"]),
    # office titles in both
    ("外交部发言人汪文斌说", ["汪文斌"], ["汪文斌"]),
])
def test_patterns_v11_adds_occupations_and_team_roles(text, v10, v11):
    def people(version, **settings):
        patterns = registry.misc.get(f"tagger.gazetteer_patterns.{version}")(**settings)
        return [text[h.start:h.end] for h in patterns(text) if h.label == "PERSON"]

    assert people("v10") == v10
    assert people("v11") == v11
    assert people("v11", occupations=False, team_roles=False) == v10
