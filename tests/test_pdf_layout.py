"""PDF layout: headlines find their bodies by geometry wherever they sit (above, below,
left, right, inside), on small drawn layouts and on typeset tuning pages with keys."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Dict, List

import pytest

from tagger.read.pdf.articles import layout_page
from tagger.read.pdf.chars import Char
from tagger.read.pdf.lines import build_blocks, build_lines

from test_pdf import column, row

PAGES = Path(__file__).resolve().parent.parent / "data" / "pages" / "typeset"

# Short column texts, each distinct, so the body order can be checked.
T1 = "党的十九大报告明确指出，我国经济已由高速增长阶段转向高质量发展阶段，正处在转变发展方式的攻关期。"
T2 = "实现伟大梦想，必须进行伟大斗争。没有现成经验可供借鉴，必须发扬斗争精神，勇于攻坚克难。"
T3 = "推动经济发展质量变革、效率变革、动力变革，提高全要素生产率，着力加快建设实体经济体系。"
T4 = "各地区各部门要坚持稳中求进工作总基调，完整准确全面贯彻新发展理念，加快构建新发展格局。"
T5 = "科技创新是发展新质生产力的核心要素，要加强基础研究，强化企业科技创新主体地位和作用。"
T6 = "生态文明建设是关系中华民族永续发展的根本大计，要站在人与自然和谐共生的高度谋划发展。"


def _height(text: str, width: int = 10, size: float = 10.0) -> float:
    """The height of :func:`column` of ``text``."""
    return -(-(len(text) + 2) // width) * size * 1.4


def _titles_and_bodies(chars: List[Char], height: float = 800.0, rules=()) -> Dict[str, str]:
    """Title -> body text (blocks in reading order) of each titled article of a drawn page."""
    layout = layout_page(build_blocks(build_lines(chars)), height=height, rules=rules)
    return {"".join(b.text for b in a.titles): "".join(b.text for b in a.body)
            for a in layout.articles if a.title is not None}


def _right_of_body():
    # two body columns, the headline in a third column to their right, top-aligned
    return (column(T1, 0, 100) + column(T2, 115, 100)
            + row("确保数据", 235, 100, size=24) + row("真实准确", 235, 130, size=24)), \
        {"确保数据真实准确": T1 + T2}


def _grid_of_right_titles():
    # body | its headline | body | its headline: the middle headline is the left body's
    return (column(T1, 0, 100) + row("稳中求进", 115, 100, size=24)
            + column(T2, 230, 100) + row("创新驱动", 345, 100, size=24)), \
        {"稳中求进": T1, "创新驱动": T2}


def _between_bands():
    # upper band of two columns, the headline across them, lower band: read band by band
    low = 100 + _height(T1) + 70
    return (column(T1, 0, 100) + column(T2, 115, 100)
            + row("中间标题横跨两栏", 12, 100 + _height(T1) + 20, size=24)
            + column(T3, 0, low) + column(T4, 115, low)), \
        {"中间标题横跨两栏": T1 + T2 + T3 + T4}


def _between_ruled_bands():
    # the same with thin rules drawn over and under the headline
    chars, expected = _between_bands()
    top = 100 + _height(T1)
    rules = [(0, top + 8, 215, top + 8.5), (0, top + 58, 215, top + 58.5)]
    return (chars, rules), expected


def _inset_in_column():
    # the headline sits inside the middle column, text above and below it; columns beside
    # run the full height: read column by column
    upper = _height(T2)
    lower = 100 + upper + 80
    return (column(T1 + T5, 0, 100) + column(T2, 115, 100)
            + row("栏中", 130, 100 + upper + 20, size=28)
            + column(T3, 115, lower) + column(T4 + T6, 230, 100)), \
        {"栏中": T1 + T5 + T2 + T3 + T4 + T6}


def _inset_across_middle_columns():
    # four columns; the headline spans the middle two, which run above and below it; the
    # outer columns run beside it: text flows column by column around the headline
    upper = _height(T2)
    lower = 100 + upper + 80
    return (column(T1 + T5, 0, 100) + column(T2, 115, 100) + column(T3, 230, 100)
            + row("四栏中间的标题", 150, 100 + upper + 20, size=24)
            + column(T4, 115, lower) + column(T6, 230, lower) + column(T5 + T1, 345, 100)), \
        {"四栏中间的标题": T1 + T5 + T2 + T4 + T3 + T6 + T5 + T1}


def _over_last_column():
    # the headline tops the right column, the body's first columns run up beside it
    return (column(T1, 0, 100) + column(T2, 115, 100)
            + row("右栏顶上", 230, 100, size=24) + column(T3, 230, 140)), \
        {"右栏顶上": T1 + T2 + T3}


def _left_of_body():
    return (row("左侧标题", 0, 100, size=24) + row("两行排", 0, 130, size=24)
            + column(T1, 115, 100) + column(T2, 230, 100)), \
        {"左侧标题两行排": T1 + T2}


def _below_body():
    return (column(T1, 0, 100) + column(T2, 115, 100)
            + row("标题在下", 40, 100 + _height(T1) + 12, size=24)), \
        {"标题在下": T1 + T2}


def _above_and_right_side_by_side():
    # an article titled above beside one whose headline is right of its body
    return (row("上方标题", 0, 60, size=24) + column(T1, 0, 100)
            + column(T2, 130, 100) + row("右侧标题", 245, 100, size=24)), \
        {"上方标题": T1, "右侧标题": T2}


PLACEMENTS = [
    ("headline right of its body", _right_of_body),
    ("grid of headlines right of their bodies", _grid_of_right_titles),
    ("headline between the upper and lower bands", _between_bands),
    ("headline between ruled bands", _between_ruled_bands),
    ("headline inside one column", _inset_in_column),
    ("headline across the middle two of four columns", _inset_across_middle_columns),
    ("headline over the last column", _over_last_column),
    ("headline left of its body", _left_of_body),
    ("headline under its body", _below_body),
    ("title above beside a title on the right", _above_and_right_side_by_side),
]


@pytest.mark.parametrize("name,make", PLACEMENTS, ids=[p[0] for p in PLACEMENTS])
def test_pdf_layout_headline_placements(name, make):
    chars, expected = make()
    chars, rules = chars if isinstance(chars, tuple) else (chars, ())
    assert _titles_and_bodies(chars, rules=rules) == expected


# ---------------------------------------------------------------------------------
# a brief's title or a subhead (小标题): small headlines between body text of a column

LEAD = "本报讯（记者李明）"
SUB = "坚持稳中求进"   # a six-character headline in 12 pt: subhead-sized, under a column's width


def _subhead_in_running_column():
    # the column beside runs on past the small headline: a subhead, the article stays whole
    low = 100 + _height(T1) + 8
    return (row("文章标题", 0, 60, size=24) + column(T1, 0, 100) + row(SUB, 0, low, size=12)
            + column(T3, 0, low + 20) + column(T2 + T4 + T5, 115, 100)), \
        {"文章标题": T1 + SUB + T3 + T2 + T4 + T5}


def _title_at_row_break():
    # the text pauses across the columns beside it: a new row of briefs starts there
    low = 100 + _height(T1) + 12
    return (row("上一条简讯", 0, 60, size=12) + column(T1, 0, 100) + column(T2, 115, 100)
            + row(SUB, 0, low, size=12) + column(T3, 0, low + 22) + column(T4, 115, low + 22)), \
        {"上一条简讯": T1 + T2, SUB: T3 + T4}


def _title_under_rule():
    # a rule between the text above and the small headline: the title of the next article
    low = 100 + _height(T1) + 14
    return (row("第一篇", 0, 60, size=24) + column(T1, 0, 100) + row(SUB, 0, low, size=12)
            + column(T2, 0, low + 22), [(0, low - 6, 100, low - 5.5)]), \
        {"第一篇": T1, SUB: T2}


def _titles_side_by_side_in_row():
    # two small headlines level in one row under an article; the left one opens a news lead,
    # so it is a title, and so is the one of the same size beside it
    low = 100 + _height(T1) + 10
    return (row("上方文章标题", 0, 60, size=24) + column(T1, 0, 100) + column(T2, 115, 100)
            + row("左边简讯", 0, low, size=12) + column(LEAD + T3, 0, low + 22)
            + row("右边简讯", 115, low, size=12) + column(T4, 115, low + 22)), \
        {"上方文章标题": T1 + T2, "左边简讯": LEAD + T3, "右边简讯": T4}


def _untitled_lead_under_rule_stays_apart():
    # an untitled body opening a news lead under a rule, in the article's own columns, is an
    # article of its own (its title lost), not the rest of the one above
    low = 100 + _height(T1) + 20
    return (row("规则上方", 0, 60, size=24) + column(T1, 0, 100) + column(T2, 115, 100)
            + column(LEAD + T3, 0, low) + column(T4, 115, low), [(0, low - 10, 215, low - 9.5)]), \
        {"规则上方": T1 + T2}


SUBHEAD_OR_TITLE = [
    ("subhead inside a running column", _subhead_in_running_column),
    ("brief title where the row breaks", _title_at_row_break),
    ("small title under a rule", _title_under_rule),
    ("same-size titles side by side in a row", _titles_side_by_side_in_row),
    ("untitled news lead under a rule stays apart", _untitled_lead_under_rule_stays_apart),
]


@pytest.mark.parametrize("name,make", SUBHEAD_OR_TITLE, ids=[p[0] for p in SUBHEAD_OR_TITLE])
def test_pdf_layout_subhead_or_brief_title(name, make):
    chars, expected = make()
    chars, rules = chars if isinstance(chars, tuple) else (chars, ())
    assert _titles_and_bodies(chars, rules=rules) == expected


# ---------------------------------------------------------------------------------
# typeset tuning pages (and pages of heldout/ to heldout4/, tuned on since their failures
# were read): every key title with its body and kicker, every caption

def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


TUNING_PAGES = [("typeset", "title_right_1"), ("typeset", "title_right_2"), ("typeset", "center_title_1"),
                ("typeset", "center_title_2"), ("heldout2", "grid_briefs_1"), ("heldout2", "grid_briefs_2"),
                ("heldout", "feature_center_title_1"), ("heldout", "feature_center_title_2"),
                ("heldout", "right_titles_1"), ("heldout", "right_titles_2"),
                ("heldout3", "tabloid_front_1"), ("heldout3", "tabloid_front_2"),
                ("heldout3", "sidebar_6col_1"), ("heldout3", "sidebar_6col_2"),
                ("heldout4", "vertical_left_1"), ("heldout4", "vertical_left_2"),
                ("heldout4", "boxed_commentary_1"), ("heldout4", "boxed_commentary_2"),
                ("heldout4", "twin_columns_bottom_titles_1")]


#: The pages' STSong-Light text is not embedded: PDFium places it with a substitute system
#: font, and without the CJK fonts they were drawn with it drops a full stop that overlaps a
#: closing quote (center_title_2, sidebar_6col_2). .ci/run installs them.
CJK_FONTS = Path("/usr/share/fonts/truetype/wqy")


@pytest.mark.parametrize("page_set,page_id", TUNING_PAGES)
@pytest.mark.skipif(not CJK_FONTS.is_dir(), reason="needs fonts-wqy-zenhei (substitute for STSong-Light)")
def test_pdf_layout_typeset_page_matches_key(page_set, page_id):
    from tagger.read.pdf import read_pdf
    from tagger.segment.pdf import segment_pdf_page

    folder = PAGES.parent / page_set
    key = json.loads((folder / f"{page_id}.key.json").read_text(encoding="utf-8"))
    doc, = list(read_pdf(folder / f"{page_id}.pdf"))
    read = segment_pdf_page(doc.layout)[1:]
    records = [r for r in read if r.meta["genre"] != "caption"]
    captions = [r for r in read if r.meta["genre"] == "caption"]
    by_title = {r.meta["title"]: r for r in records if r.meta.get("title")}
    assert len(records) == len(key["articles"])
    assert [_squash(r.text) for r in captions] == [_squash(c) for c in key["captions"]]
    for record in captions:  # a credit （龚晓燕 摄） / 本报记者周立新摄 names the photographer
        text, names = _squash(record.text).rstrip("）)"), record.meta["photographers"]
        assert (names and text.endswith(names[-1] + "摄")) if text.endswith("摄") else names == [], text
    for article in key["articles"]:
        record = by_title[article["title"]]
        text, lead = _squash(record.text), _squash(article["byline"] or "")
        if lead and text.startswith(lead):   # a lead's bracketed byline stays in the text
            text = text[len(lead):]
        assert text == _squash(article["body"])
        assert record.meta.get("kicker") == article["kicker"]


# ---------------------------------------------------------------------------------
# page furniture, captions, panels and headline columns on drawn pages: what each rule
# reads (titles -> bodies) and what it keeps out of the articles (furniture, captions)

def _read(chars: List[Char], rules=(), fills=(), height: float = 800.0):
    layout = layout_page(build_blocks(build_lines(chars)), height=height, rules=rules, fills=fills)
    titled = {"".join(b.text for b in a.titles): "".join(b.text for b in a.body)
              for a in layout.articles if a.title is not None}
    untitled = ["".join(b.text for b in a.body) for a in layout.articles if a.title is None]
    return titled, untitled, [b.text for b in layout.furniture], [b.text for b in layout.captions]


def _headline_columns_without_rules():
    # two bands, each with its headline and byline in a narrow column left of its body
    # columns, the gap to the body wider than SIDE_REACH ems, bands parted by white space only
    low = 100 + _height(T1) + 30
    chars = []
    for y, title, name, (a, b) in ((100, "第一条新闻", "本报记者李明", (T1, T2)),
                                   (low, "第二条新闻", "本报记者王芳", (T3, T4))):
        chars += row(title[:3], 0, y, size=20) + row(title[3:], 0, y + 24, size=20)
        chars += row(name, 0, y + 52, size=9)
        chars += column(a, 150, y) + column(b, 265, y)
    return chars, (), (), {"第一条新闻": T1 + T2, "第二条新闻": T3 + T4}, [], [], []


def _masthead_date_stack():
    # a masthead's date / issue / publisher lines stacked in the top band: furniture
    chars = (row("东岸都市报", 0, 40, size=30)
             + row("2024年5月21日星期二", 250, 40, size=8) + row("第4411期今日24版", 250, 52, size=8)
             + row("东岸都市报社出版", 250, 64, size=8)
             + row("文章标题", 0, 130, size=24) + column(T1, 0, 170) + column(T2, 115, 170))
    return chars, (), (), {"文章标题": T1 + T2}, [], ["2024年5月21日星期二第4411期今日24版东岸都市报社出版"], []


def _folio_in_margin():
    # a page number in the left margin, beside a column, is no headline
    chars = (row("文章标题", 50, 60, size=24) + column(T1, 50, 100) + column(T2, 165, 100)
             + row("B2", 10, 120, size=12))
    return chars, (), (), {"文章标题": T1 + T2}, [], ["B2"], []


def _footer_under_closing_rule():
    # a footer line under the rule that closes the page, just above the bottom band
    chars = (row("文章标题", 0, 60, size=24) + column(T1, 0, 100) + column(T2, 115, 100)
             + row("主编段君责编侯佳琪", 0, 748, size=8) + row("远山周刊第17版", 150, 748, size=8))
    return chars, [(0, 742, 215, 743)], (), {"文章标题": T1 + T2}, [], ["主编段君责编侯佳琪", "远山周刊第17版"], []


def _caption_beside_photo():
    # a caption set small in a narrow column beside its photo, over more than three lines
    caption = "国庆假期，游客在古镇老街上参观游览。老街修缮后保留了明清时期的街巷格局。记者刘晓敏摄"
    chars = (row("文章标题", 0, 60, size=24) + column(T1, 0, 100) + column(T2, 115, 100)
             + column(caption, 350, 100, width=8, size=8))
    return chars, (), (), {"文章标题": T1 + T2}, [], [], [caption]


def _long_title_at_top_of_panel():
    # a long headline at the top of a shaded panel under the text of the article above: the
    # panel's own title (a filled box holding text parts it from the page), not a subhead
    low = 100 + _height(T1 + T3) + 20
    title = "将足球融入生活让美丽绽放球场（体坛观澜）"
    chars = (row("上方文章", 0, 60, size=24) + column(T1 + T3, 0, 100) + column(T2 + T4, 115, 100)
             + row(title, 5, low + 8, size=10.5 * 1.2) + column(T5, 5, low + 30) + column(T6, 120, low + 30))
    return chars, (), [(0, low, 260, low + 30 + _height(T5) + 10)], \
        {"上方文章": T1 + T3 + T2 + T4, title: T5 + T6}, [], [], []


def _stack_of_briefs_in_one_column():
    # briefs stacked in one column, each under a title of the same size, only the first
    # opening a news lead: every one is a title (a subhead is smaller than its title)
    y2 = 100 + _height(LEAD + T1) + 14
    y3 = y2 + 22 + _height(T2) + 14
    chars = (row("第一条简讯", 0, 78, size=12) + column(LEAD + T1, 0, 100)
             + row("第二条简讯", 0, y2, size=12) + column(T2, 0, y2 + 22)
             + row("第三条简讯", 0, y3, size=12) + column(T3, 0, y3 + 22))
    return chars, (), (), {"第一条简讯": LEAD + T1, "第二条简讯": T2, "第三条简讯": T3}, [], [], []


def _body_above_ruled_headline_with_short_line():
    # body above a headline across the columns and below it, rules over and under the
    # headline, the upper right column opening with a short line set as a block of its own
    top = 122 + _height(T2)
    low = top + 70
    chars = (column(T1, 0, 100) + row("短行。", 115, 100) + column(T2, 115, 122)
             + row("中间标题横跨两栏", 12, top + 20, size=24)
             + column(T3, 0, low) + column(T4, 115, low))
    rules = [(0, top + 8, 215, top + 8.5), (0, top + 58, 215, top + 58.5)]
    return chars, rules, (), {"中间标题横跨两栏": T1 + "短行。" + T2 + T3 + T4}, [], [], []


def _mark_hung_into_the_gutter():
    # a paragraph's closing mark hung past the column edge, next to the first character of
    # the next column's line on the same baseline (0.45 em after it): two lines, not one
    left = ["一二三四五六七八九十", "甲乙丙丁戊己庚辛壬癸。"]
    right = ["子丑寅卯辰巳午未申酉", "天地玄黄宇宙洪荒日月", "金木水火土东南西北中"]
    chars = row("文章标题", 0, 60, size=24)
    for k, text in enumerate(left):
        chars += row(text, 0, 100 + 14 * k)
    for k, text in enumerate(right):
        chars += row(text, 114.5, 100 + 14 * k)
    return chars, (), (), {"文章标题": "".join(left) + "".join(right)}, [], [], []


def _spaced_label_over_brief_title():
    # a letter-spaced column label (简 讯, a third of an em apart) over a brief's title:
    # furniture, neither the title nor its kicker
    chars = (row("简讯", 30, 60, size=13, pitch=16.8) + row("搬出大山天地宽", 0, 80, size=14)
             + column(LEAD + T1, 0, 102))
    return chars, (), (), {"搬出大山天地宽": LEAD + T1}, [], ["简讯"], []


PAGE_PARTS = [
    ("headline columns left of bands parted by white space", _headline_columns_without_rules),
    ("masthead date stack is furniture", _masthead_date_stack),
    ("folio in the margin is furniture", _folio_in_margin),
    ("footer under the closing rule is furniture", _footer_under_closing_rule),
    ("caption beside its photo", _caption_beside_photo),
    ("long title at the top of a shaded panel", _long_title_at_top_of_panel),
    ("stack of same-size brief titles in one column", _stack_of_briefs_in_one_column),
    ("body above a ruled headline, short first line", _body_above_ruled_headline_with_short_line),
    ("closing mark hung into the gutter", _mark_hung_into_the_gutter),
    ("letter-spaced label over a brief title", _spaced_label_over_brief_title),
]


@pytest.mark.parametrize("name,make", PAGE_PARTS, ids=[p[0] for p in PAGE_PARTS])
def test_pdf_layout_page_parts(name, make):
    chars, rules, fills, titled, untitled, furniture, captions = make()
    got_titled, got_untitled, got_furniture, got_captions = _read(chars, rules, fills)
    assert got_titled == titled
    assert got_untitled == untitled
    assert all(f in got_furniture for f in furniture), got_furniture
    assert [c.replace("\u3000", "") for c in got_captions] == captions


def test_pdf_layout_spaced_label_is_no_kicker():
    chars = _spaced_label_over_brief_title()[0]
    layout = layout_page(build_blocks(build_lines(chars)), height=800.0)
    article, = layout.articles
    assert [b.text for b in article.titles] == ["搬出大山天地宽"]
    assert article.parts()["kicker"] == []


# ---------------------------------------------------------------------------------
# vertical titles beside their bodies, on either side, in one or more character columns
# (the right one read first), with a horizontal kicker and byline line set over them that
# may run on over the body: the kicker is the kicker, not the title

KICKER, BYLINE = "蹲点调研一线见闻", "本报记者李明王芳"


def _vertical_left(columns: int = 1, kicker: bool = True):
    title = ["推动教育强国建设行稳致远"] if columns == 1 else ["推动教育强国", "建设行稳致远"]
    chars: List[Char] = []
    if kicker:   # flush with the title's left edge, running on over the body
        chars += row(KICKER, 0, 40, size=13) + row(BYLINE, 0, 58, size=9)
    for k, text in enumerate(title):   # the first column of characters on the right
        chars += row(text, 30 * (columns - 1 - k), 80, size=28, vertical=True)
    left = 30 * columns + 15
    return chars + column(T1, left, 80) + column(T2, left + 115, 80), "".join(title)


def _vertical_right(columns: int = 1, kicker: bool = True):
    title = ["推动教育强国建设行稳致远"] if columns == 1 else ["推动教育强国", "建设行稳致远"]
    right = 245 + 30 * columns - 2   # the title's right edge
    chars = column(T1, 0, 80) + column(T2, 115, 80)
    if kicker:   # flush with the title's right edge, running on over the body
        chars += row(KICKER, right - 13 * len(KICKER), 40, size=13) + row(BYLINE, right - 9 * len(BYLINE), 58, size=9)
    for k, text in enumerate(title):
        chars += row(text, 245 + 30 * (columns - 1 - k), 80, size=28, vertical=True)
    return chars, "".join(title)


VERTICAL_TITLES = [
    # (case, characters and title, kicker and byline expected)
    ("left, one column, kicker over it", _vertical_left(1), True),
    ("left, two columns, kicker over it", _vertical_left(2), True),
    ("left, no kicker", _vertical_left(1, kicker=False), False),
    ("right, one column, kicker over it", _vertical_right(1), True),
    ("right, two columns, kicker over it", _vertical_right(2), True),
    ("right, no kicker", _vertical_right(2, kicker=False), False),
]


@pytest.mark.parametrize("name,drawn,kicked", VERTICAL_TITLES, ids=[v[0] for v in VERTICAL_TITLES])
def test_pdf_layout_vertical_title_beside_body(name, drawn, kicked):
    chars, title = drawn
    layout = layout_page(build_blocks(build_lines(chars)), height=800.0)
    article, = layout.articles
    parts = article.parts()
    assert "".join(b.text for b in article.titles) == title
    assert "".join(b.text for b in article.body) == T1 + T2
    assert [b.text for b in parts["kicker"]] == ([KICKER] if kicked else [])
    assert [b.text for b in parts["byline"]] == ([BYLINE] if kicked else [])
    assert layout.banners == []


# ---------------------------------------------------------------------------------
# byline words: a space glyph (about a quarter em) parts role and names in a horizontal byline

def _words(*parts: str, gap: float, size: float = 9.0) -> List[Char]:
    chars: List[Char] = []
    x = 0.0
    for part in parts:
        chars += row(part, x, 0, size=size)
        x += len(part) * size + gap * size
    return chars


BYLINE_WORDS = [
    ("names a quarter em apart", _words("本报记者", "司马琳", "陈思远", gap=0.26), "本报记者 司马琳 陈思远"),
    ("names touching stay one run", _words("本报记者司马琳", gap=0.0), "本报记者司马琳"),
    ("a tracked line is not cut at every character", _words(*"胡鞍钢", gap=0.3), "胡鞍钢"),
    ("vertical byline, glyph margins between characters",
     row("肖凌之", 0, 0, size=9, pitch=11, vertical=True), "肖凌之"),
]


@pytest.mark.parametrize("name,chars,expected", BYLINE_WORDS, ids=[b[0] for b in BYLINE_WORDS])
def test_pdf_byline_words(name, chars, expected):
    from tagger.segment.pdf import _byline_spaced

    block, = build_blocks(build_lines(chars))
    assert _byline_spaced(block) == expected


def test_pdf_layout_byline_at_the_end_of_the_title_row():
    # 作者：… set flush right on the title's line, level with it, nothing between: its byline
    chars = (row("体坛观澜文章", 0, 60, size=16) + row("作者：卢毅", 170, 64, size=9)
             + column(T1, 0, 90) + column(T2, 115, 90))
    layout = layout_page(build_blocks(build_lines(chars)), height=800.0)
    article, = layout.articles
    assert [b.text for b in article.titles] == ["体坛观澜文章"]
    assert [b.text for b in article.parts()["byline"]] == ["作者：卢毅"]
    assert "".join(b.text for b in article.body) == T1 + T2
