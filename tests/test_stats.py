"""tagger stats: frequency tables, co-occurrence with PMI, KWIC, CSV/Parquet output, CLI."""

from __future__ import annotations

import csv
import json
import math
import sys
from pathlib import Path

import pytest

from tagger.errors import TaggerError
from tagger.research import compute_stats, iter_kwic, write_tables

from tagged_fixtures import tagged_records, write_jsonl

@pytest.fixture
def tagged_path(tmp_path: Path) -> Path:
    return write_jsonl(tmp_path / "tagged.jsonl", tagged_records())


def test_stats_reads_articles_only(tagged_path):
    stats = compute_stats([tagged_path])
    assert stats.n_articles == 3
    assert stats.read.other == 2
    assert stats.read.bad_lines == 0


@pytest.mark.parametrize("label,mentions,articles", [
    ("PERSON", 3, 3), ("ORG", 3, 3), ("LOC", 4, 3), ("SLOGAN", 3, 3),
])
def test_stats_counts_by_label(tagged_path, label, mentions, articles):
    stats = compute_stats([tagged_path])
    assert stats.labels[label] == mentions
    assert stats.label_articles[label] == articles


@pytest.mark.parametrize("key,mentions,articles", [
    (("LOC", "金山区"), 4, 3),
    (("PERSON", "习近平"), 2, 2),
    (("SLOGAN", "乡村振兴战略"), 1, 1),  # the canonical form, not the text 乡村振兴
    (("SLOGAN", "乡村振兴"), 0, 0),
])
def test_stats_counts_by_canonical_form(tagged_path, key, mentions, articles):
    stats = compute_stats([tagged_path])
    assert stats.forms[key] == mentions
    assert stats.form_articles[key] == articles


@pytest.mark.parametrize("field,key,count", [
    ("date", ("2021-10-22", "LOC", "金山区"), 3),
    ("date", ("2021-10-23", "SLOGAN", "乡村振兴战略"), 1),
    ("page", ("A1", "ORG", "区委"), 2),
    ("section", ("党建", "SLOGAN", "四个意识"), 1),
])
def test_stats_counts_by_meta(tagged_path, field, key, count):
    stats = compute_stats([tagged_path])
    assert stats.by_meta[field][key] == count


def test_stats_cooccurrence_counts_and_pmi(tagged_path):
    stats = compute_stats([tagged_path])
    pairs = {(p.a, p.b): p for p in stats.pairs(min_count=1)}
    person, loc = ("PERSON", "习近平"), ("LOC", "金山区")
    pair = pairs[tuple(sorted([person, loc]))]
    assert pair.count == 2
    # p(a,b) = 2/3, p(习近平) = 2/3, p(金山区) = 3/3
    assert pair.pmi == pytest.approx(math.log((2 / 3) / ((2 / 3) * 1.0)))
    rare = pairs[tuple(sorted([("PERSON", "刘健"), ("ORG", "区委")]))]
    assert rare.count == 1
    assert rare.pmi == pytest.approx(math.log((1 / 3) / ((1 / 3) * (2 / 3))))
    assert all(p.count >= 2 for p in stats.pairs(min_count=2))


def test_stats_keywords_counted_per_article(tagged_path):
    stats = compute_stats([tagged_path])
    assert stats.keywords["机关党建"] == 2
    assert stats.keywords["十四五"] == 1


@pytest.mark.parametrize("width,left,right", [(3, "党员要增强“", "”。金山区"), (1, "“", "”")])
def test_stats_kwic_lines(tagged_path, width, left, right):
    stats = compute_stats([tagged_path], kwic="四个意识", width=width)
    assert stats.kwic_total == 2
    first = stats.kwic[0]
    assert (first.id, first.term) == ("fixture.txt#0", "四个意识")
    assert first.left == left[-width:]
    assert first.right == right[:width]
    assert [line.id for line in iter_kwic([tagged_path], "四个意识", width=width)] == \
        ["fixture.txt#0", "fixture.txt#2"]


def test_stats_kwic_limit_keeps_count(tagged_path):
    stats = compute_stats([tagged_path], kwic="金山区", kwic_limit=1)
    assert len(stats.kwic) == 1
    assert stats.kwic_total == 4


def test_stats_bad_line_warns_and_continues(tmp_path):
    path = tmp_path / "mixed.jsonl"
    path.write_text("{not json\n" + json.dumps(tagged_records()[0], ensure_ascii=False) + "\n[1]\n",
                    encoding="utf-8")
    with pytest.warns(UserWarning, match="W400"):
        stats = compute_stats([path])
    assert stats.n_articles == 1
    assert stats.read.bad_lines == 2


@pytest.mark.parametrize("paths,code", [([], "E403"), (["missing.jsonl"], "E001")])
def test_stats_input_errors(paths, code):
    with pytest.raises(TaggerError, match=code):
        compute_stats(paths)


def test_stats_streams_input(tagged_path):
    from tagger.research import iter_articles

    records = iter_articles([tagged_path])
    assert not isinstance(records, list)
    assert next(records)["id"] == "fixture.txt#0"


def test_stats_write_csv_tables(tagged_path, tmp_path):
    stats = compute_stats([tagged_path], kwic="四个意识")
    written = write_tables(stats.tables(min_pair_count=1), tmp_path / "out")
    names = {p.name for p in written}
    assert {"labels.csv", "forms.csv", "by_date.csv", "by_page.csv", "by_section.csv",
            "cooccurrence.csv", "keywords.csv", "kwic.csv"} <= names
    with open(tmp_path / "out" / "forms.csv", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert rows[0] == {"label": "LOC", "form": "金山区", "mentions": "4", "articles": "3"}
    with open(tmp_path / "out" / "cooccurrence.csv", encoding="utf-8") as fh:
        header = next(csv.reader(fh))
    assert header == ["label_a", "form_a", "label_b", "form_b", "articles", "pmi"]


def test_stats_parquet_without_pyarrow_gives_hint(tagged_path, tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "pyarrow", None)
    stats = compute_stats([tagged_path])
    with pytest.raises(TaggerError, match=r"E017.*pip install pyarrow"):
        write_tables(stats.tables(), tmp_path / "out", fmt="parquet")


def test_stats_parquet_tables(tagged_path, tmp_path):
    pq = pytest.importorskip("pyarrow.parquet")
    stats = compute_stats([tagged_path])
    write_tables(stats.tables(), tmp_path / "out", fmt="parquet")
    table = pq.read_table(tmp_path / "out" / "labels.parquet")
    assert table.column_names == ["label", "mentions", "articles"]


def test_stats_unknown_format(tagged_path, tmp_path):
    stats = compute_stats([tagged_path])
    with pytest.raises(TaggerError, match="E013"):
        write_tables(stats.tables(), tmp_path / "out", fmt="xlsx")


@pytest.fixture
def cli_app():
    from typer.testing import CliRunner

    from tagger.cli import stats as _stats  # noqa: F401  (registers the command)
    from tagger.cli._util import app

    return CliRunner(), app


def test_stats_cli_tables_and_out(cli_app, tagged_path, tmp_path):
    runner, app = cli_app
    result = runner.invoke(app, ["stats", str(tagged_path), "--kwic", "四个意识", "--width", "4",
                                 "--min-pair-count", "1", "--out", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    assert "3 articles" in result.output
    assert "金山区" in result.output
    assert "KWIC: 四个意识 (2 hits)" in result.output
    assert (tmp_path / "out" / "kwic.csv").exists()


def test_stats_cli_missing_file(cli_app, tmp_path):
    runner, app = cli_app
    result = runner.invoke(app, ["stats", str(tmp_path / "nope.jsonl")])
    assert result.exit_code == 2
    assert "E001" in result.output



def test_stats_code_counter_folds_buffer_exactly():
    from tagger.research.counting import CodeCounter

    counter = CodeCounter(flush_size=3)
    for chunk in ([5, 1, 5], [1, 1, 9], [5]):
        counter.extend(chunk)
    assert (counter.get(5), counter.get(1), counter.get(9), counter.get(2)) == (3, 3, 1, 0)
    assert len(counter) == 3


def test_stats_lazy_rows_sequence():
    from tagger.research.counting import LazyRows

    rows = LazyRows(3, lambda i: (i, i * i))
    assert len(rows) == 3 and rows[-1] == (2, 4) and rows[:2] == [(0, 0), (1, 1)]
    assert list(rows) == [(0, 0), (1, 1), (2, 4)]
    with pytest.raises(IndexError):
        rows[3]


def test_stats_pairs_among_keys(tagged_path):
    stats = compute_stats([tagged_path])
    among = [("LOC", "金山区"), ("PERSON", "习近平"), ("ORG", "区委")]
    pairs = stats.pairs(min_count=1, among=among)
    assert {(p.a, p.b) for p in pairs} == {
        (("LOC", "金山区"), ("PERSON", "习近平")), (("LOC", "金山区"), ("ORG", "区委")),
        (("ORG", "区委"), ("PERSON", "习近平"))}


def test_stats_max_pairs_bounds_memory_keeps_frequent_pairs():
    from tagger.research import CooccurrenceCounter

    counter = CooccurrenceCounter(max_pairs=8)
    counter._pairs.flush_size = 4  # fold often, as a long corpus would
    for _ in range(5):
        counter.add([("ORG", "区委"), ("PERSON", "刘健")])
    for i in range(20):
        counter.add([("LOC", f"地{i}"), ("LOC", f"方{i}")])
    assert len(counter) <= 8 and counter.dropped > 0
    top = counter.pairs(min_count=1)[0]
    assert (top.a, top.b, top.count) == (("ORG", "区委"), ("PERSON", "刘健"), 5)


@pytest.mark.parametrize("width", [60, 80, 160])
def test_stats_kwic_terminal_keeps_term_visible(tagged_path, width):
    from rich.console import Console

    from tagger.research.terminal import print_stats

    stats = compute_stats([tagged_path], kwic="四个意识", width=30)
    console = Console(width=width, record=True, force_terminal=False)
    print_stats(stats, console=console)
    from rich.cells import cell_len

    lines = [line for line in console.export_text().splitlines() if "fixture.txt#" in line]
    assert len(lines) == 2
    assert all("│ 四个意识 │" in line and cell_len(line) <= width for line in lines)
