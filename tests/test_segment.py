"""Segment stage: pages, articles, titles, bylines, page metadata and offsets."""

from __future__ import annotations

import warnings

import pytest

from tagger.offsets import OffsetMap
from tagger.records import Article
from tagger.repair import Repaired, repair_text
from tagger.segment import segment_page
from tagger.segment.bylines import parse_byline, parse_caption, parse_dateline

SOURCE = "examples/jinshan_news_2021-10-22_A4.txt"
FURNITURE = ["沪报字第0182号", "数字报网址", "Jinshan News", "每周逢一、三、五出版", "农历辛丑年九月十七",
             "今日8版", "责任编辑", "邮编", "星期五 理论"]


@pytest.fixture(scope="module")
def records(sample_text):
    return segment_page(repair_text(sample_text), source=SOURCE)


@pytest.fixture(scope="module")
def articles(records):
    return [r for r in records if r.kind == "article"]


def by_title(articles, title) -> Article:
    found = [a for a in articles if a.meta["title"] == title]
    assert len(found) == 1, [a.meta["title"] for a in articles]
    return found[0]


def test_segment_sample_counts(records, articles):
    assert len(articles) >= 8
    assert [r.meta["page"] for r in records if r.kind == "page"] == ["A4", "A1"]


@pytest.mark.parametrize("title,page,start,end", [
    ("以伟大建党精神指引机关党建高质量发展", "A4", "在庆祝中国共产党成立100周年大会上", "创造乡村振兴新奇迹。"),
    ("弘扬伟大建党精神 做好转型发展文章", "A4", "7月1日当天，金山第二工业区", "奋力夺取高质量转型发展的新成就。"),
    ("“软硬兼施”打造幸福金山", "A1", "区第五次党代会以来，金山坚持", "乐水宜居的生态环境。"),
    ("第五届“金水湖”论坛暨2021全球AMOLED生态链峰会举行", "A1", "本报讯（记者 樊国庆 公维同 通讯员 纪鹤）",
     "共同探索半导体行业发展趋势和机遇。"),
    ("我区对接服务第四届进口博览会战前动员大会召开", "A1", "本报讯（记者 武云卿 封健炜 见习记者 李蓉）",
     "部署下阶段工作。"),
    ("金山入选“中国民间文化艺术之乡”拟命名名单", "A1", "文旅部确定了2021—2023年度", "其中，金山区入选。"),
])
def test_segment_sample_articles(articles, title, page, start, end):
    article = by_title(articles, title)
    assert article.meta["page"] == page
    assert article.text.startswith(start)
    assert article.text.endswith(end)


@pytest.mark.parametrize("title,key,value", [
    ("以伟大建党精神指引机关党建高质量发展", "authors", ["李金龙"]),
    ("以伟大建党精神指引机关党建高质量发展", "headings",
     ["一、建设政治过硬的模范机关", "二、锻造信念坚定的干部队伍", "三、践行为民服务的根本宗旨"]),
    ("以伟大建党精神指引机关党建高质量发展", "section", "理论"),
    ("以伟大建党精神指引机关党建高质量发展", "editor", "冯生丹"),
    ("以伟大建党精神指引机关党建高质量发展", "date", "2021-10-22"),
    ("弘扬伟大建党精神 做好转型发展文章", "authors", ["孙莉军"]),
    ("弘扬伟大建党精神 做好转型发展文章", "section", "理论"),
    ("“软硬兼施”打造幸福金山", "subtitle", "——区第五次党代会以来金山区不断增强城市软实力（上）"),
    ("“软硬兼施”打造幸福金山", "reporters", ["冯秋萍"]),
    ("“软硬兼施”打造幸福金山", "headings", ["民生福祉不断增进", "生态环境持续向好"]),
    ("“软硬兼施”打造幸福金山", "section", None),
    ("“软硬兼施”打造幸福金山", "newspaper", "金山报"),
    ("第五届“金水湖”论坛暨2021全球AMOLED生态链峰会举行", "reporters", ["樊国庆", "公维同"]),
    ("第五届“金水湖”论坛暨2021全球AMOLED生态链峰会举行", "correspondents", ["纪鹤"]),
    ("第五届“金水湖”论坛暨2021全球AMOLED生态链峰会举行", "dateline", "本报讯"),
    ("第五届“金水湖”论坛暨2021全球AMOLED生态链峰会举行", "subtitle", "加快建设新型显示创新引领区"),
    ("第五届“金水湖”论坛暨2021全球AMOLED生态链峰会举行", "date", "2021-10-22"),
    ("我区对接服务第四届进口博览会战前动员大会召开", "subtitle", "服务保障万无一失 招商引资提质增效"),
    ("我区对接服务第四届进口博览会战前动员大会召开", "reporters", ["武云卿", "封健炜", "李蓉"]),
    ("金山入选“中国民间文化艺术之乡”拟命名名单", "genre", "brief"),
])
def test_segment_sample_meta(articles, title, key, value):
    assert by_title(articles, title).meta[key] == value


def test_segment_sample_title_raw(sample_text, articles):
    for article in articles:
        if article.meta["title"]:
            start, end = article.meta["title_raw"]
            assert "".join(sample_text[start:end].split()) == "".join(article.meta["title"].split())


def test_segment_sample_untitled_meeting_article(articles):
    """The 区委区政府季度工作会议 article has no title in the text layer; its continuation is kept."""
    article = next(a for a in articles if "区委区政府季度工作会议在区会议中心举行" in a.text)
    assert article.meta["title"] is None
    assert article.meta["reporters"] == ["林鹍鹏", "朱悦昕", "李蓉"]
    assert article.meta["continuation"] == "下转A2版"
    assert "下转" not in article.text


def test_segment_sample_caption(articles):
    caption = next(a for a in articles if a.meta.get("genre") == "caption")
    assert caption.text == "论坛上项目集中签约"
    assert caption.meta["photographers"] == ["庄毅"]


def test_segment_sample_pages(records):
    pages = [r for r in records if r.kind == "page"]
    assert pages[0].meta["section"] == "理论" and pages[0].meta["editor"] == "冯生丹"
    assert pages[1].meta["newspaper"] == "金山报" and pages[1].meta["date"] == "2021-10-22"
    assert pages[1].meta["pages_today"] == 8
    furniture = "\n".join(p.text for p in pages)
    for item in FURNITURE:
        assert item in furniture


@pytest.mark.parametrize("item", FURNITURE)
def test_segment_sample_furniture_not_in_bodies(articles, item):
    assert all(item not in a.text for a in articles)


def test_segment_sample_order(records):
    kinds = [(r.kind, r.meta.get("page")) for r in records]
    assert kinds[0] == ("page", "A4") and kinds[3] == ("page", "A1")
    starts = [r.offsets.starts[0] for r in records[4:]]
    assert starts == sorted(starts)


def test_segment_sample_offsets(sample_text, records):
    for record in records:
        assert len(record.offsets) == len(record.text)
        for i, char in enumerate(record.text):
            start, end = record.offsets.starts[i], record.offsets.ends[i]
            if char.strip():
                assert char in sample_text[start:end]


def test_segment_deterministic(sample_text, records):
    again = segment_page(repair_text(sample_text), source=SOURCE)
    assert [(r.kind, r.text, r.meta) for r in again] == [(r.kind, r.text, r.meta) for r in records]


@pytest.mark.parametrize("order", ["twice", "front_first"])
def test_segment_several_pages(sample_text, order):
    """Pages are found whichever page comes first, and each article keeps its own page."""
    cut = sample_text.index("沪报字")
    text = sample_text + sample_text if order == "twice" else sample_text[cut:] + sample_text[:cut]
    records = segment_page(repair_text(text))
    pages = [r.meta["page"] for r in records if r.kind == "page"]
    assert pages == (["A4", "A1", "A4", "A1"] if order == "twice" else ["A1", "A4"])
    theory = [r for r in records if r.kind == "article" and r.meta["section"] == "理论"]
    assert {r.meta["title"] for r in theory} == {"以伟大建党精神指引机关党建高质量发展", "弘扬伟大建党精神 做好转型发展文章"}
    assert len([r for r in records if r.kind == "article"]) == (16 if order == "twice" else 8)


def test_segment_empty():
    records = segment_page(repair_text(""))
    assert [r.kind for r in records] == ["page"] and records[0].text == ""


def test_segment_continued_from():
    records = segment_page(repair_text("（上接A1版）\n会议要求，各部门要抓好落实。\n\n会议要求各部门抓好落实"))
    article = records[1]
    assert article.meta["continued_from"] == "上接A1版"
    assert article.meta["title"] == "会议要求各部门抓好落实"
    assert article.text == "会议要求，各部门要抓好落实。"


LEADING_PAGE = """B2责任编辑 王五
2021年11月3日 星期三 要闻
市政府召开常务会议部署冬季安全生产工作
本报讯（记者 张三 通讯员 李四）11月2日，市政府召开常务会议，研究部署冬季安全生产工作。
会议强调，要压紧压实各方责任，确保全市安全形势稳定。
■新版公交线路图发布
市交通委近日发布新版公交线路图，共收录线路三百余条。
"""


def test_segment_leading_titles():
    records = segment_page(repair_text(LEADING_PAGE))
    page, first, brief = records
    assert page.kind == "page" and page.meta["page"] == "B2" and page.meta["section"] == "要闻"
    assert first.meta["title"] == "市政府召开常务会议部署冬季安全生产工作"
    assert first.meta["reporters"] == ["张三"] and first.meta["correspondents"] == ["李四"]
    assert first.meta["date"] == "2021-11-03" and first.meta["editor"] == "王五"
    assert first.text.endswith("确保全市安全形势稳定。")
    assert brief.meta["title"] == "新版公交线路图发布" and brief.meta["genre"] == "brief"


def test_segment_plain_repaired_without_line_measures():
    text = "标题在这里\n本报讯 这是正文。\n第二段。"
    repaired = Repaired(text, OffsetMap.identity(len(text)))
    records = segment_page(repaired)
    assert [r.kind for r in records] == ["page", "article"]
    assert records[1].meta["title"] == "标题在这里"
    assert records[1].text == "本报讯 这是正文。\n第二段。"


def test_segment_trailing_title_goes_to_body_before():
    records = segment_page(repair_text("这是正文的一段。\n\n这是正文的第二段。\n\n标题在正文之后"))
    assert records[1].meta["title"] == "标题在正文之后"
    assert records[1].text == "这是正文的一段。\n这是正文的第二段。"


def _column(text: str, width: int = 12) -> str:
    """``text`` hard-wrapped like a PDF column: indented first line, a blank line after each line."""
    text = "  " + text
    return "\n\n".join(text[i:i + width].strip() for i in range(0, len(text), width))


def test_segment_trailing_titles_split_one_run():
    """Two bodies with nothing between them, then their two titles: split before the news lead."""
    first = "全市冬季安全生产工作会议昨天召开。会议强调，要压紧压实各方责任，确保全市安全形势持续稳定。"
    second = "近日，朱泾镇举办农民丰收节活动，吸引了众多市民前来参观，现场展示了当地特色农产品。"
    page = "\n\n".join([_column(first), _column(second), "全市冬季安全生产工作会议召开", "□王小明",
                       "朱泾镇举办农民丰收节活动", "□李华"])
    articles = [r for r in segment_page(repair_text(page)) if r.kind == "article"]
    assert [(a.meta["title"], a.meta["authors"], a.text) for a in articles] == [
        ("全市冬季安全生产工作会议召开", ["王小明"], first),
        ("朱泾镇举办农民丰收节活动", ["李华"], second),
    ]


def test_segment_unassigned_headline_warns():
    with pytest.warns(UserWarning, match="W100"):
        records = segment_page(repair_text("开头的标题\n\n这是正文的一段。\n\n孤立的标题行"))
    assert records[0].meta["unassigned_headlines"] == ["孤立的标题行"]
    assert records[1].meta["title"] == "开头的标题"


def test_segment_closing_credit_stays_with_its_article():
    """A byline in brackets on its own line after a body closes that article: its names are the
    article's reporters and the line stays in its text, not an unassigned headline."""
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        records = segment_page(repair_text("乡村特色产业发展\n\n各地开发农业多种功能，推进乡村特色产业高质量发展。\n"
                                           "（本报记者 王浩）\n"))
    article = records[1]
    assert article.meta["title"] == "乡村特色产业发展"
    assert article.meta["reporters"] == ["王浩"]
    assert article.text.endswith("（本报记者 王浩）")
    assert "unassigned_headlines" not in records[0].meta


def test_segment_unassigned_headline_warning_counts_lines():
    """A page of 30 lone headline lines says 30, lists ten and counts the rest."""
    with pytest.warns(UserWarning, match=r"30 headline line\(s\).* and 20 more"):
        segment_page(repair_text("".join(f"标题第{i}号\n\n" for i in range(30))))


@pytest.mark.parametrize("text,expected", [
    ("记者 樊国庆 公维同 通讯员 纪鹤", [("记者", "樊国庆"), ("记者", "公维同"), ("通讯员", "纪鹤")]),
    ("记者 林鹍鹏 朱悦昕 见习记者 李蓉", [("记者", "林鹍鹏"), ("记者", "朱悦昕"), ("见习记者", "李蓉")]),
    ("特约通讯员 王小明", [("特约通讯员", "王小明")]),
    ("本报记者 公培佳 北京报道", [("本报记者", "公培佳")]),  # where the report was made: no name
    ("本报记者 常 钦", [("本报记者", "常钦")]),  # a two-character name set with a space
])
def test_segment_parse_byline(text, expected):
    assert parse_byline(text) == expected


@pytest.mark.parametrize("text,dateline,names", [
    ("本报讯（记者 武云卿 封健炜 见习记者 李蓉）10月20日，", "本报讯", ["武云卿", "封健炜", "李蓉"]),
    ("新华社北京10月22日电（记者 张三）", "新华社北京10月22日电", ["张三"]),
    ("会议强调，要压紧压实各方责任。", None, []),
])
def test_segment_parse_dateline(text, dateline, names):
    found, pairs = parse_dateline(text)
    assert found == dateline and [n for _, n in pairs] == names


@pytest.mark.parametrize("text,expected", [
    ("论坛上项目集中签约 记者 庄毅 摄", ("论坛上项目集中签约", [("记者", "庄毅")])),
    ("金山城市沙滩夜景 王大明 摄", ("金山城市沙滩夜景", [("", "王大明")])),
    ("会议现场。", None),
    # credits joined to the caption, as a PDF's characters come: after a sentence's end
    ("学生们在做实验。（龚晓燕摄）", ("学生们在做实验。", [("", "龚晓燕")])),
    ("展期一个月。本报记者周立新摄", ("展期一个月。", [("本报记者", "周立新")])),
    ("村民在田间劳作。（本报记者 王大明 摄）", ("村民在田间劳作。", [("本报记者", "王大明")])),
    ("展期一个月。周立新摄", None),          # no bracket, no role: could be the sentence's end
    ("他说这是我们的（张三摄）", None),      # no sentence end before the credit
    ("投资逾百亿元。南都记者马骁摄", ("投资逾百亿元。", [("记者", "马骁")])),
])
def test_segment_parse_caption(text, expected):
    assert parse_caption(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("展期一个月。卢毅摄", ("展期一个月。", [("", "卢毅")])),   # a caption block: a bare name too
    ("展期一个月。本报记者周立新摄", ("展期一个月。", [("本报记者", "周立新")])),
    ("观众在展馆内观看。", None),
])
def test_segment_parse_caption_block(text, expected):
    assert parse_caption(text, block=True) == expected


def test_segment_rejects_non_text():
    with pytest.raises(TypeError, match="E100"):
        segment_page(Repaired(b"x", OffsetMap.identity(1)))  # type: ignore[arg-type]
