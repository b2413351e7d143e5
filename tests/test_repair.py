"""Repair stage: line joining, fake-bold undoubling, justification spaces, offset maps."""

from __future__ import annotations

import re

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from tagger.offsets import OffsetMap
from tagger.repair import Repaired, repair_text

HAN = re.compile(r"[\u3400-\u9fff]")


@pytest.fixture(scope="module")
def repaired_sample(sample_text) -> Repaired:
    return repair_text(sample_text)


def _check_offsets(raw: str, repaired: Repaired) -> None:
    """Every output character maps to raw characters that contain it, in raw order."""
    offsets = repaired.offsets
    assert len(offsets) == len(repaired.text)
    previous = 0
    for i, char in enumerate(repaired.text):
        start, end = offsets.starts[i], offsets.ends[i]
        assert 0 <= start < end <= len(raw)
        assert start >= previous
        previous = start
        if char.strip():
            assert char in raw[start:end], (i, char, raw[start:end])
        else:
            assert not raw[start:end].strip()


@pytest.mark.parametrize("expected", [
    "2021年10月22日", "记者 庄毅 摄", "樊国庆", "公维同", "林鹍鹏", "见习记者 李蓉",
    "年均复合增长率", "255亿元", "成立100周年", "7月1日当天", "星期五 理论", "A4责任编辑 冯生丹",
    "论坛上项目集中签约 记者 庄毅 摄", "第五届“金水湖”论坛暨2021全球AMOLED生态链峰会在金山工业区举行",
    "本报讯（记者 樊国庆 公维同 通讯员 纪鹤）", "本报讯（记者 林鹍鹏 朱悦昕 见习记者 李蓉）",
    "本报讯（记者 武云卿 封健炜 见习记者 李蓉）", "带领千千万万的中国人民", "人人讲党课",
    "群众生活蒸蒸日上", "做大做强", "文旅部确定了2021—2023年度“中国民间文化艺术之乡”拟命名名单",
    "弘扬伟大建党精神 做好转型发展文章", "Jinshan News",
])
def test_repair_sample_contains(repaired_sample, expected):
    assert expected in repaired_sample.text


@pytest.mark.parametrize("unexpected", ["记者记者", "庄毅庄毅", "摄摄", "20212021", "AA44", "星期星期",
                                        "林鹍鹍鹏", "年 均", "公维\n", "见习记\n"])
def test_repair_sample_lacks(repaired_sample, unexpected):
    assert unexpected not in repaired_sample.text


@pytest.mark.parametrize("line", [
    "以伟大建党精神指引机关党建高质量发展", "一、建设政治过硬的模范机关", "民生福祉不断增进", "□李金龙",
    "记者 冯秋萍", "“软硬兼施”打造幸福金山", "——区第五次党代会以来金山区不断增强城市软实力（上）",
    "第五届“金水湖”论坛暨2021全球AMOLED生态链峰会举行", "加快建设新型显示创新引领区", "（下转A2版）",
    "2021年10月22日", "星期五 今日8版", "Jinshan News",
])
def test_repair_sample_keeps_lines(repaired_sample, line):
    """Titles, headings, bylines and furniture stay lines of their own."""
    lines = [ln.strip() for ln in repaired_sample.text.split("\n")]
    assert line in lines


def test_repair_sample_paragraphs(repaired_sample):
    lines = [ln for ln in repaired_sample.text.split("\n") if ln.strip()]
    assert 60 <= len(lines) <= 90
    assert any(ln.startswith("在庆祝中国共产党成立100周年大会上") and ln.endswith("高质量发展。") for ln in lines)
    assert len(repaired_sample.lines) == len(lines)


def test_repair_sample_offsets(sample_text, repaired_sample):
    _check_offsets(sample_text, repaired_sample)


def test_repair_sample_spans_project_to_raw(sample_text, repaired_sample):
    """raw[to_raw(a, b)] holds the Han characters of text[a:b] in the same order."""
    text = repaired_sample.text
    for a in range(0, len(text) - 40, 97):
        for b in (a + 1, a + 7, a + 40):
            start, end = repaired_sample.offsets.to_raw(a, b)
            want = HAN.findall(text[a:b])
            got = iter(HAN.findall(sample_text[start:end]))
            assert all(char in got for char in want), (a, b)


def test_repair_deterministic(sample_text):
    assert repair_text(sample_text).text == repair_text(sample_text).text


@pytest.mark.parametrize("encoding", ["gb18030", "gbk"])
def test_repair_same_text_from_gb_encodings(sample_text, encoding):
    decoded = sample_text.encode(encoding).decode(encoding)
    assert repair_text(decoded).text == repair_text(sample_text).text


@pytest.mark.parametrize("raw,expected", [
    # names and role words broken across lines
    ("本报讯 （记者 樊国庆 公维\n\n同 通讯员 纪鹤）10 月 19 日，第五",
     "本报讯（记者 樊国庆 公维同 通讯员 纪鹤）10月19日，第五"),
    ("本报讯（记者 林\n\n鹍鹍鹏 朱悦昕 见习记\n\n者 李蓉）10 月 19 日，",
     "本报讯（记者 林鹍鹏 朱悦昕 见习记者 李蓉）10月19日，"),
    ("本报讯 （记者 武云卿 封健炜\n见习记者 李蓉）10 月 20 日，金山对",
     "本报讯（记者 武云卿 封健炜 见习记者 李蓉）10月20日，金山对"),
    # a title whose quote is still open continues on the next line
    ("■金山入选“中国民间文化艺术\n之乡”拟命名名单", "■金山入选“中国民间文化艺术之乡”拟命名名单"),
    # continuing punctuation and Latin words
    ("金山工业区借助产业领域，\n\n中的先发优势", "金山工业区借助产业领域，中的先发优势"),
    ("较 2017 年 198.8μg/\nm3峰值", "较2017年198.8μg/m3峰值"),
])
def test_repair_join_lines(raw, expected):
    assert repair_text(raw).text == expected


COLUMN = """坚持政治机关定位。政治性是机

关党建的第一属性，要通过多种形式，

积极开展深化政治机关意识教育，引导

各级党组织和党员干部强化政治机关

意识，在创建模范机关中坚持旗帜鲜明

讲政治。

坚持围绕中心服务大局。坚决贯

彻区委区政府工作部署，以“奋斗十四

五，建功新征程”为主题，开展岗位建

功、技能比武、党员承诺践诺系列活

动，激励党员守初心、担使命、作贡

献。

二、锻造信念坚定的干部队伍
不论时代如何变迁，坚如磐石的

理想信念始终是我们的精神之钙和安

身立命之本。

以伟大建党精神指引机关党建高质量发展

□李金龙
"""


def test_repair_join_column_paragraphs():
    lines = [ln for ln in repair_text(COLUMN).text.split("\n") if ln]
    assert lines == [
        "坚持政治机关定位。政治性是机关党建的第一属性，要通过多种形式，积极开展深化政治机关意识教育，"
        "引导各级党组织和党员干部强化政治机关意识，在创建模范机关中坚持旗帜鲜明讲政治。",
        "坚持围绕中心服务大局。坚决贯彻区委区政府工作部署，以“奋斗十四五，建功新征程”为主题，"
        "开展岗位建功、技能比武、党员承诺践诺系列活动，激励党员守初心、担使命、作贡献。",
        "二、锻造信念坚定的干部队伍",
        "不论时代如何变迁，坚如磐石的理想信念始终是我们的精神之钙和安身立命之本。",
        "以伟大建党精神指引机关党建高质量发展",
        "□李金龙",
    ]


@pytest.mark.parametrize("raw,expected", [
    ("记者记者 庄毅庄毅 摄摄", "记者 庄毅 摄"),
    ("20212021年年1010月月2222日日 星期星期五五 理论", "2021年10月22日 星期五 理论"),
    ("AA44责任编辑 冯生丹", "A4责任编辑 冯生丹"),
    ("论坛上项目集中签约论坛上项目集中签约", "论坛上项目集中签约"),
    ("论坛上项目集中签约论坛上项目集中签约 记者记者 庄毅庄毅 摄摄", "论坛上项目集中签约 记者 庄毅 摄"),
    # real reduplication is kept
    ("“党课我来讲、人人讲党课”深入开展。", "“党课我来讲、人人讲党课”深入开展。"),
    ("常常", "常常"), ("年年", "年年"), ("谢谢", "谢谢"), ("哈哈哈哈", "哈哈哈哈"),
    ("千千万万", "千千万万"), ("千千万万的中国人民", "千千万万的中国人民"),
    ("群众生活蒸蒸日上。", "群众生活蒸蒸日上。"), ("做大做强", "做大做强"),
    ("研究研究", "研究研究"), ("2020 年 11 月", "2020 年 11 月"), ("1100家企业", "1100家企业"),
    ("区区级机关工作党委", "区区级机关工作党委"),
])
def test_repair_undouble(raw, expected):
    assert repair_text(raw, join_lines=False, despace=False).text == expected


@pytest.mark.parametrize("raw,expected", [
    ("255 亿 元 ，年 均 复 合 增 长 率 超", "255亿元，年均复合增长率超"),
    ("7月 1日当天，金山第二工业区", "7月1日当天，金山第二工业区"),
    ("在庆祝中国共产党成立 100 周年", "在庆祝中国共产党成立100周年"),
    ("2021 年 10 月 22 日", "2021年10月22日"),
    ("文 旅 部", "文旅部"),
    ("届“ 金 水 湖 ”论 坛 暨 2021 全 球", "届“金水湖”论坛暨2021全球"),
    ("本报讯 （记者 樊国庆 公维同", "本报讯（记者 樊国庆 公维同"),
    ("柔性折叠 OCA", "柔性折叠OCA"),
    # kept: separators between names and between title clauses, Latin words
    ("记者 樊国庆 公维同 通讯员 纪鹤", "记者 樊国庆 公维同 通讯员 纪鹤"),
    ("记者 庄毅 摄", "记者 庄毅 摄"),
    ("弘扬伟大建党精神 做好转型发展文章", "弘扬伟大建党精神 做好转型发展文章"),
    ("双百结对 助推乡村振兴", "双百结对 助推乡村振兴"),
    ("Jinshan News", "Jinshan News"),
])
def test_repair_despace(raw, expected):
    assert repair_text(raw, join_lines=False, undouble=False).text == expected


@pytest.mark.parametrize("clean", [
    "新华社北京10月22日电（记者 张三）10月22日，上海市召开会议，部署做好冬季安全生产工作。"
    "会议强调，要做大做强实体经济，人人讲党课，常常下基层，让群众生活蒸蒸日上。",
    "第一段：金山区人民政府发布通知。\n\n第二段，说明具体要求；时间为2021年10月22日。\n第三段。",
    "标题：金山区召开会议\n正文第一段内容较长，这里是一个完整的新闻段落，不会被拼接到标题上去。",
    "　　首行缩进的段落。\r\n　　第二段。\r\n",
    "加强组织领导\n落实工作责任\n强化督查考核\n完善工作机制\n",
    "张三\n李四\n王五\n赵六",
    "他说：“第一段引文内容比较长，这是一个完整的段落。\n“第二段引文继续，到这里结束。”",
    "",
])
def test_repair_clean_text_unchanged(clean):
    repaired = repair_text(clean)
    assert repaired.text == clean
    assert repaired.offsets.starts == OffsetMap.identity(len(clean)).starts


@pytest.mark.parametrize("flag", ["join_lines", "undouble", "despace"])
def test_repair_flags_off(flag):
    raw = "记者记者 庄毅庄毅 摄摄\n\n本报讯 （记者 樊国庆 公维\n\n同）10 月 19 日"
    repaired = repair_text(raw, **{flag: False})
    _check_offsets(raw, repaired)
    marker = {"join_lines": "公维\n", "undouble": "记者记者", "despace": "10 月"}[flag]
    assert marker in repaired.text


def test_repair_rejects_bytes():
    with pytest.raises(TypeError, match="E100"):
        repair_text(b"abc")  # type: ignore[arg-type]


_PIECES = st.one_of(
    st.text(alphabet="金山报记者区委书记年月日人民党建发展", min_size=1, max_size=6),
    st.sampled_from([" ", "  ", "\n", "\n\n", "。", "，", "“", "”", "（", "）", "10", "AMOLED", "□",
                     "本报讯", "记者 "]),
    st.text(alphabet="金山报记者庄毅摄", min_size=1, max_size=4).map(lambda s: s + s),
    st.text(alphabet="金山年月日12", min_size=1, max_size=3).map(lambda s: "".join(c + c for c in s)),
)


@settings(max_examples=150, deadline=None)
@given(st.lists(_PIECES, max_size=40).map("".join))
@example("庄庄\n山山")  # a doubled name printed vertically: its line break is not copied after it
def test_repair_offsets_property(raw):
    """Each output character comes from raw characters that contain it; starts never decrease."""
    _check_offsets(raw, repair_text(raw))
