"""The page benchmark's scoring functions (benchmarks/bench_pages.py) on tiny pages."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[1] / "benchmarks" / "bench_pages.py"


@pytest.fixture(scope="module")
def bench():
    spec = importlib.util.spec_from_file_location("bench_pages", BENCH)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module


BODY = "市政府办公厅主任王建国在会上介绍了今年的重点工作安排。"


@pytest.mark.parametrize("got,coverage,ratio", [
    (BODY, 1.0, 1.0),                                   # all of it, nothing else
    ("市政府办公厅主任王建\n国在会上介绍了今年的重点工作安排。", 1.0, 1.0),  # line breaks do not count
    (BODY[:14], 14 / 27, 1.0),                          # half the body, nothing else
    (BODY + "另一篇文章的开头一句话在这里。", 1.0, 27 / 42),   # another article mixed in
    ("完全无关的文字内容", 0.0, 0.0),                     # nothing of it
])
def test_bench_pages_best_match_coverage_and_ratio(bench, got, coverage, ratio):
    index, cover, purity = bench.best_match(BODY, ["无关记录", got])
    assert cover == pytest.approx(coverage)
    assert purity == pytest.approx(ratio)
    if coverage:
        assert index == 1


def test_bench_pages_short_chance_matches_do_not_count(bench):
    # single shared characters (的, 。) are chance agreement, not kept text
    assert bench.matched_chars("我们的工作。", "他们的事情。") == 0
    assert bench.matched_chars("王建国在会上", "李明王建国在会上发言") == 6


@pytest.mark.parametrize("title,got,found", [
    ("加快建设新型显示创新引领区", ["加快建设新型显示创新引领区"], True),
    ("服务保障万无一失 招商引资提质增效", ["服务保障万无一失招商引资提质增效"], True),
    ("加快建设新型显示创新引领区", ["加快建设新型显示"], False),
    ("加快建设新型显示创新引领区", [None, ""], False),
])
def test_bench_pages_title_found(bench, title, got, found):
    assert bench.title_found(title, got) is found


@pytest.mark.parametrize("text,allowed,runs", [
    ("2018年5月1日", "", []),
    ("会议于20182018年5月1日召开", "", ["2018"]),             # tail of a wrapped line repeated
    ("会议于2018年5月1\n年5月1日召开", "", ["年5月1"]),        # doubled across a line break
    ("他说：“谢谢谢谢你们”", "", []),                          # run of 2 doubled: too short
    ("大家齐声高喊加油中国加油中国", "大家齐声高喊加油中国加油中国", []),  # doubling is in the key
    ("甲乙丙丁戊甲乙丙丁戊，子丑寅卯子丑寅卯", "", ["甲乙丙丁戊", "子丑寅卯"]),
])
def test_bench_pages_doubled_runs(bench, text, allowed, runs):
    assert bench.doubled_runs(text, allowed) == runs


def test_bench_pages_score_page_counts_names_titles_and_doubles(bench):
    key = {
        "page_id": "p1",
        "articles": [
            {"title": "一号标题", "body": "欧阳振华在大会上发言，回顾了过去一年的工作。"},
            {"title": "二号标题", "body": "记者来到黄浦江边，看到游客络绎不绝的景象。"},
        ],
        "captions": [], "furniture": [],
        "names": ["欧阳振华", "黄浦江"],
    }
    raw = "欧阳振\n华在大会上发言\n黄浦江边"          # the extraction broke 欧阳振华 only
    records = [
        {"kind": "page", "text": "第3版"},
        {"kind": "article", "text": "欧阳振华在大会上发言，回顾了过去一年的工作。",
         "meta": {"title": "一号标题"}},
        {"kind": "article", "text": "记者来到黄浦江边，看到游客游客络绎络绎不绝的景象。",
         "meta": {"title": None}},
    ]
    score = bench.score_page(key, records, [raw], set_name="t", route="pdftotext")
    assert (score.articles, score.titles_found, score.records) == (2, 1, 2)
    assert score.names_broken == 1 and score.broken_kept == 1 and score.names_intact == 2
    assert score.doubled == 0                           # 游客游客 is a 2-character run
    assert score.per_article[0]["coverage"] == 1.0
    assert score.per_article[1]["coverage"] == 1.0 and score.per_article[1]["ratio"] < 1.0
    total = bench.totals([score])
    assert total["titles"] == 0.5 and total["broken_kept"] == 1.0 and total["doubled"] == 0


def test_bench_pages_error_scores_zero(bench):
    key = {"page_id": "p2", "articles": [{"title": "标题", "body": "正文内容一段。"}],
           "names": ["张三"]}
    score = bench.score_page(key, [{"kind": "error", "error": "[E009] unsupported"}], ["张三"],
                             error="[E009] unsupported")
    assert (score.titles_found, score.coverage_sum, score.names_intact) == (0, 0.0, 0)
    assert bench.totals([score])["errors"] == 1


KEY_FIELDS = {"page_id", "pdf", "newspaper", "layout", "articles", "captions", "furniture", "names"}
ARTICLE_FIELDS = {"title", "kicker", "subtitle", "byline", "people", "body"}


@pytest.mark.parametrize("set_name", ["typeset", "heldout", "heldout4", "heldout5"])
def test_bench_pages_typeset_keys_are_complete(bench, set_name):
    pages = bench.load_set(bench.PAGES / set_name)
    assert len(pages) >= (10 if set_name == "typeset" else 3)
    for page in pages:
        key = page.key
        assert KEY_FIELDS <= set(key), key["page_id"]
        assert all(page.inputs[route].is_file() for route in bench.ROUTES), key["page_id"]
        text = bench.squeeze(bench.key_text(key))
        for article in key["articles"]:
            assert ARTICLE_FIELDS <= set(article)
            assert article["title"] and article["body"] and " " not in article["title"]
            assert all(name in (article["byline"] or "") for name in article["people"])
        assert all(name in text for name in key["names"]), key["page_id"]
        # the extraction holds every character of the bodies (nothing lost by the fonts)
        raw = bench.squeeze(page.inputs["pdftotext"].read_text(encoding="utf-8"))
        for article in key["articles"]:
            assert set(bench.squeeze(article["body"])) <= set(raw), article["title"]


def test_bench_pages_heldout_layouts_are_not_tuning_layouts(bench):
    def layouts(set_name):
        return {page.key["layout"].split(":")[0] for page in bench.load_set(bench.PAGES / set_name)}

    assert len(layouts("heldout")) >= 2 and len(layouts("typeset")) >= 5
    assert not layouts("heldout") & layouts("typeset")
    # the held-out sets' layouts occur in no other set
    others = set().union(*(layouts(name) for name in ("typeset", "heldout", "heldout2", "heldout3")))
    assert len(layouts("heldout4")) == 3 and not layouts("heldout4") & others
    others |= layouts("heldout4")
    assert len(layouts("heldout5")) == 3 and not layouts("heldout5") & others
