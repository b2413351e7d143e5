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
# typeset tuning pages (and heldout2's brief rows, tuned on since): every key title with its body

def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


TUNING_PAGES = [("typeset", "title_right_1"), ("typeset", "title_right_2"), ("typeset", "center_title_1"),
                ("typeset", "center_title_2"), ("heldout2", "grid_briefs_1"), ("heldout2", "grid_briefs_2")]


@pytest.mark.parametrize("page_set,page_id", TUNING_PAGES)
def test_pdf_layout_typeset_page_matches_key(page_set, page_id):
    from tagger.read.pdf import read_pdf
    from tagger.segment.pdf import segment_pdf_page

    folder = PAGES.parent / page_set
    key = json.loads((folder / f"{page_id}.key.json").read_text(encoding="utf-8"))
    doc, = list(read_pdf(folder / f"{page_id}.pdf"))
    records = [r for r in segment_pdf_page(doc.layout)[1:] if r.meta["genre"] != "caption"]
    by_title = {r.meta["title"]: r for r in records if r.meta.get("title")}
    assert len(records) == len(key["articles"])
    for article in key["articles"]:
        record = by_title[article["title"]]
        text, lead = _squash(record.text), _squash(article["byline"] or "")
        if lead and text.startswith(lead):   # a lead's bracketed byline stays in the text
            text = text[len(lead):]
        assert text == _squash(article["body"])
        assert record.meta.get("kicker") == article["kicker"]
