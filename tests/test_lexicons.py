"""Content and loader tests for the curated lexicons in tagger/data/lexicons."""

from __future__ import annotations

import json
from collections import Counter

import pytest

from tagger.errors import InputError, TaggerError
from tagger.lexicons import (
    GAZETTEER_LABELS,
    SLOGAN_CATEGORIES,
    data_path,
    load_gazetteer,
    load_slogans,
    load_suffixes,
    read_user_lexicon,
)


@pytest.fixture(scope="module")
def slogans():
    return load_slogans()


@pytest.fixture(scope="module")
def slogan_index(slogans):
    return {e["canonical"]: e for e in slogans}


@pytest.fixture(scope="module")
def admin():
    return load_gazetteer("admin_divisions")


@pytest.fixture(scope="module")
def orgs():
    return load_gazetteer("organizations")


@pytest.fixture(scope="module")
def people():
    return load_gazetteer("people")


# --- slogans -------------------------------------------------------------------------

def test_lexicons_slogan_count(slogans):
    assert len(slogans) >= 600


def test_lexicons_slogan_canonicals_unique(slogans):
    dups = [k for k, n in Counter(e["canonical"] for e in slogans).items() if n > 1]
    assert dups == []


def test_lexicons_slogan_surfaces_unique(slogans):
    surfaces = Counter(s for e in slogans for s in {e["canonical"], *e["variants"]})
    assert [s for s, n in surfaces.items() if n > 1] == []


def test_lexicons_slogan_fields_valid(slogans):
    for e in slogans:
        assert e["category"] in SLOGAN_CATEGORIES
        assert e["canonical"].strip() == e["canonical"]
        assert not any(q in e["canonical"] for q in "“”‘’《》")
        assert all(isinstance(v, str) and v for v in e["variants"])
        assert e["canonical"] not in e["variants"]
        if "first_year" in e:
            assert 1949 <= e["first_year"] <= 2026


def test_lexicons_slogan_file_is_utf8_jsonl():
    text = data_path("slogans.jsonl").read_text(encoding="utf-8")
    assert "\\u" not in text  # written with ensure_ascii=False
    for line in text.splitlines():
        assert isinstance(json.loads(line), dict)


@pytest.mark.parametrize("canonical,expansion", [
    ("四个意识", ["政治意识", "大局意识", "核心意识", "看齐意识"]),
    ("四个自信", ["道路自信", "理论自信", "制度自信", "文化自信"]),
    ("两个维护", ["坚决维护习近平总书记党中央的核心、全党的核心地位",
                  "坚决维护党中央权威和集中统一领导"]),
    ("四风", ["形式主义", "官僚主义", "享乐主义", "奢靡之风"]),
    ("六稳", ["稳就业", "稳金融", "稳外贸", "稳外资", "稳投资", "稳预期"]),
    ("三去一降一补", ["去产能", "去库存", "去杠杆", "降成本", "补短板"]),
    ("四史", ["党史", "新中国史", "改革开放史", "社会主义发展史"]),
])
def test_lexicons_slogan_expansions(slogan_index, canonical, expansion):
    entry = slogan_index[canonical]
    assert entry["category"] == "numbered formula"
    assert entry["expansion"] == expansion


@pytest.mark.parametrize("canonical,category", [
    ("十四五", "plan period"),
    ("十三五", "plan period"),
    ("乡村振兴战略", "strategy"),
    ("伟大建党精神", "named spirit"),
    ("党史学习教育", "campaign"),
    ("我为群众办实事", "campaign"),
    ("河长制", "governance system"),
    ("民主集中制", "governance system"),
    ("新发展理念", "development concept"),
    ("碳达峰", "development concept"),
    ("习近平新时代中国特色社会主义思想", "ideology"),
    ("外防输入、内防反弹", "epidemic policy"),
    ("上海湾区", "local brand"),
    ("碳谷绿湾", "local brand"),
    ("双百结对", "local brand"),
    ("奋斗十四五，建功新征程", "slogan"),
    ("三会一课", "numbered formula"),
])
def test_lexicons_slogan_entries_present(slogan_index, canonical, category):
    assert slogan_index[canonical]["category"] == category


@pytest.mark.parametrize("canonical,variant", [
    ("伟大建党精神", "伟大的建党精神"),
    ("不忘初心、牢记使命", "不忘初心，牢记使命"),
    ("不忘初心、牢记使命", "不忘初心牢记使命"),
    ("两学一做", "两学一做学习教育"),
])
def test_lexicons_slogan_variants(slogan_index, canonical, variant):
    assert variant in slogan_index[canonical]["variants"]


@pytest.mark.parametrize("excluded", ["高质量发展", "营商环境", "改革开放", "马克思主义",
                                      "中国国际进口博览会", "卡脖子", "两张皮", "店小二"])
def test_lexicons_slogan_exclusions(slogans, excluded):
    surfaces = {s for e in slogans for s in (e["canonical"], *e["variants"])}
    assert excluded not in surfaces


# --- gazetteers ----------------------------------------------------------------------

@pytest.mark.parametrize("name", ["admin_divisions", "towns", "regions", "countries", "organizations", "people"])
def test_lexicons_gazetteer_labels_valid(name):
    for e in load_gazetteer(name):
        assert e["label"] in GAZETTEER_LABELS
        assert e["text"].strip() == e["text"] and e["text"]


@pytest.mark.parametrize("text", ["金山区", "上海市", "浦东新区", "杭州市", "西湖区"])
def test_lexicons_admin_divisions_present(admin, text):
    assert any(e["text"] == text and e["label"] == "LOC" for e in admin)


def test_lexicons_admin_county_count(admin):
    counties = [e for e in admin if e["kind"] == "county" and "canonical" not in e]
    assert len(counties) > 2800


@pytest.mark.parametrize("short,full", [
    ("上海", "上海市"), ("浙江", "浙江省"), ("内蒙古", "内蒙古自治区"),
    ("广西", "广西壮族自治区"), ("杭州", "杭州市"), ("吉林", "吉林省"),
])
def test_lexicons_admin_short_forms(admin, short, full):
    assert {e.get("canonical") for e in admin if e["text"] == short} == {full}


def test_lexicons_admin_no_bad_short_forms(admin):
    shorts = {e["text"] for e in admin if "canonical" in e}
    assert all(len(s) >= 2 for s in shorts)
    assert not shorts & {"金山", "西湖", "朝阳", "大同", "市辖区"}


def test_lexicons_towns():
    towns = {e["text"]: e for e in load_gazetteer("towns")}
    assert len(towns) > 30000
    for name, adcode in [("廊下镇", "310116"), ("天荒坪镇", "330523"), ("千灯镇", "320583")]:
        assert towns[name]["kind"] == "town" and towns[name]["adcode"].startswith(adcode)
    # names that several townships share carry no code
    assert towns["石化街道"]["kind"] == "town" and "adcode" not in towns["石化街道"]
    assert "adcode" not in towns["城关镇"]
    assert towns["小城镇"]["strict"] is True
    assert not {"新镇", "乌镇", "街道"} & set(towns)


def test_lexicons_regions(admin, slogans):
    regions = {e["text"]: e for e in load_gazetteer("regions")}
    assert {regions[n]["kind"] for n in ("粤港澳大湾区", "长三角", "雄安新区", "横琴粤澳深度合作区")} \
        == {"region", "new area", "zone"}
    assert not set(regions) & {e["text"] for e in admin}  # 浦东新区 is a county there
    # a bare region is a place, not a variant of the strategy named after it
    surfaces = {v for e in slogans for v in (e["canonical"], *e["variants"])}
    assert not set(regions) & surfaces


def test_lexicons_organizations(orgs):
    assert len(orgs) >= 300
    by_text = {e["text"]: e for e in orgs}
    assert by_text["国务院"]["label"] == "ORG"
    for text in ["党中央", "中央军委", "全国人大常委会", "发改委", "文旅部", "新华社", "巴斯夫",
                 "联合国", "区委", "区府办", "九三学社"]:
        assert by_text[text]["label"] == "ORG"
    assert by_text["国家发改委"]["canonical"] == "国家发展和改革委员会"
    assert by_text["区委办"]["kind"] == "local body"


def test_lexicons_people(people):
    assert len(people) >= 150
    names = {e["text"] for e in people}
    assert {"习近平", "毛泽东", "邓小平", "李强", "拜登", "普京", "古特雷斯"} <= names
    assert all(e["label"] == "PERSON" for e in people)


@pytest.mark.parametrize("name,expected", [
    ("org_suffixes", ["委员会", "有限公司", "居委会", "中心", "住房和城乡建设厅", "发展和改革委员会"]),
    ("loc_suffixes", ["居民区", "公园", "工业区", "街道"]),
])
def test_lexicons_suffixes(name, expected):
    suffixes = load_suffixes(name)
    assert set(expected) <= set(suffixes)
    assert not any(s.startswith("#") for s in suffixes)
    assert len(suffixes) == len(set(suffixes))


def test_lexicons_unknown_name():
    with pytest.raises(TaggerError, match="E204"):
        data_path("no_such_lexicon")


# --- validation and user lexicons ----------------------------------------------------

@pytest.mark.parametrize("line,code", [
    ('{"canonical": "", "variants": [], "category": "slogan"}', "E200"),
    ('{"canonical": "四个意识", "variants": "x", "category": "slogan"}', "E201"),
    ('{"canonical": "四个意识", "variants": [], "category": "motto"}', "E202"),
    ('{"canonical": "四个意识", "variants": [], "category": "slogan", "first_year": "2016"}',
     "E201"),
    ("not json", "E005"),
])
def test_lexicons_load_slogans_bad_line(tmp_path, line, code):
    path = tmp_path / "bad.jsonl"
    good = '{"canonical": "十四五", "variants": [], "category": "plan period"}'
    path.write_text(good + "\n" + line + "\n", encoding="utf-8")
    with pytest.raises(InputError) as info:
        load_slogans(path)
    assert code in str(info.value)
    assert str(path) in str(info.value) and "line 2" in str(info.value)
    assert info.value.line == 2


def test_lexicons_load_gazetteer_bad_label(tmp_path):
    path = tmp_path / "gaz.jsonl"
    path.write_text('{"text": "金山区", "label": "PLACE"}\n', encoding="utf-8")
    with pytest.raises(InputError, match="E203") as info:
        load_gazetteer(path)
    assert "line 1" in str(info.value)


def test_lexicons_user_lexicon_jsonl(tmp_path):
    path = tmp_path / "user.jsonl"
    path.write_text(
        '{"canonical": "一核两片", "variants": ["“一核两片”布局"], "category": "local brand"}\n'
        '\n'
        '{"text": "金山区融媒体中心", "label": "ORG", "kind": "media"}\n',
        encoding="utf-8")
    entries = read_user_lexicon(path)
    assert [e["label"] for e in entries] == ["SLOGAN", "ORG"]
    assert entries[0]["text"] == entries[0]["canonical"] == "一核两片"
    assert entries[0]["category"] == "local brand"
    assert entries[1]["text"] == "金山区融媒体中心"


def test_lexicons_user_lexicon_jieba(tmp_path):
    path = tmp_path / "userdict.txt"
    path.write_text("# comment\n刘健 10 nr\n山阳镇 ns\n金山区委 5 nt\n两区一堡 slogan\n"
                    "化工新材料 3\n碳谷 n\n李泽龙 PERSON\n", encoding="utf-8")
    entries = read_user_lexicon(path)
    got = [(e["text"], e["label"]) for e in entries]
    assert got == [("刘健", "PERSON"), ("山阳镇", "LOC"), ("金山区委", "ORG"),
                   ("两区一堡", "SLOGAN"), ("化工新材料", None), ("碳谷", None),
                   ("李泽龙", "PERSON")]
    assert entries[0]["freq"] == 10 and entries[0]["pos"] == "nr"
    assert entries[4]["freq"] == 3 and entries[4]["pos"] == ""


@pytest.mark.parametrize("bad", ["金山区 10 ns extra", '{"canonical": 1}', "[1, 2]",
                                 '{"foo": "bar"}', "金山区 1.5 ns"])
def test_lexicons_user_lexicon_bad_line(tmp_path, bad):
    path = tmp_path / "userdict.txt"
    path.write_text("金山区 ns\n\n" + bad + "\n", encoding="utf-8")
    with pytest.raises(InputError) as info:
        read_user_lexicon(path)
    assert str(path) in str(info.value)
    assert "line 3" in str(info.value)
    assert info.value.line == 3


def test_lexicons_user_lexicon_missing_file(tmp_path):
    with pytest.raises(InputError, match="E035"):
        read_user_lexicon(tmp_path / "missing.txt")


# --- build script --------------------------------------------------------------------

def test_lexicons_build_from_table(tmp_path):
    from tagger.lexicons.build import main

    table = tmp_path / "adcodes.csv"
    table.write_text("adcode,name,longitude,latitude\n"
                     "310000000000,上海市,0,0\n310100000000,市辖区,0,0\n"
                     "310116000000,金山区,0,0\n330000000000,浙江省,0,0\n"
                     "330100000000,杭州市,0,0\n330106000000,西湖区,0,0\n"
                     "150000000000,内蒙古自治区,0,0\n"
                     "310116100000,山阳镇,0,0\n", encoding="utf-8")
    out = tmp_path / "admin.jsonl"
    assert main(["--table", str(table), "--output", str(out)]) == 0
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    taiwan = [r for r in rows if r.get("province") == "台湾省"]
    rows = [r for r in rows if r not in taiwan]
    full = {r["text"]: r["kind"] for r in rows if "canonical" not in r}
    assert full == {"上海市": "province", "金山区": "county", "浙江省": "province",
                    "杭州市": "prefecture", "西湖区": "county", "内蒙古自治区": "province"}
    short = {r["text"]: r["canonical"] for r in rows if "canonical" in r}
    assert short == {"上海": "上海市", "浙江": "浙江省", "杭州": "杭州市", "内蒙古": "内蒙古自治区"}
    # 台湾省's cities and counties, which the code table lacks, come after them
    taiwan_short = {r["text"]: r["canonical"] for r in taiwan if "canonical" in r}
    assert taiwan_short["高雄"] == "高雄市" and taiwan_short["花莲"] == "花莲县"
    assert "桃园" not in taiwan_short and all(r["kind"] == "prefecture" for r in taiwan)


def test_lexicons_shipped_taiwan_divisions():
    from tagger.lexicons.build import OUTPUT, taiwan_divisions

    rows = [json.loads(line) for line in OUTPUT.read_text(encoding="utf-8").splitlines()]
    assert all(row in rows for row in taiwan_divisions())


def test_lexicons_build_towns(tmp_path):
    from tagger.lexicons.build import main

    table = tmp_path / "adcodes.csv"
    table.write_text("adcode,name,longitude,latitude\n310000000000,上海市,0,0\n", encoding="utf-8")
    streets = tmp_path / "streets.csv"
    streets.write_text("code,name,areaCode,provinceCode,cityCode\n"
                       "310116101,廊下镇,310116,31,3101\n310116001,石化街道,310116,31,3101\n"
                       "410101100,城关镇,410101,41,4101\n420101100,城关镇,420101,42,4201\n"
                       "330101100,乌镇,330101,33,3301\n310116500,金山农场,310116,31,3101\n"
                       "410101101,小城镇,410101,41,4101\n"
                       "411104002,召陵区翟庄街道,411104,41,4111\n", encoding="utf-8")
    (tmp_path / "areas.csv").write_text("code,name,cityCode,provinceCode\n411104,召陵区,4111,41\n",
                                        encoding="utf-8")
    towns = tmp_path / "towns.jsonl"
    assert main(["--table", str(table), "--output", str(tmp_path / "admin.jsonl"),
                 "--streets", str(streets), "--towns-output", str(towns)]) == 0
    rows = [json.loads(line) for line in towns.read_text(encoding="utf-8").splitlines()]
    assert rows == [
        {"text": "石化街道", "label": "LOC", "kind": "town", "adcode": "310116001"},
        {"text": "廊下镇", "label": "LOC", "kind": "town", "adcode": "310116101"},
        {"text": "城关镇", "label": "LOC", "kind": "town"},
        {"text": "小城镇", "label": "LOC", "kind": "town", "adcode": "410101101", "strict": True},
        {"text": "翟庄街道", "label": "LOC", "kind": "town", "adcode": "411104002"},
    ]


def test_lexicons_build_without_cpca(monkeypatch):
    import sys

    from tagger.lexicons import build

    monkeypatch.setitem(sys.modules, "cpca", None)
    with pytest.raises(TaggerError, match="pip install cpca"):
        build._cpca_table()
