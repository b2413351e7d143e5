"""tagger report: a self-contained HTML file, checked in the source and in headless Chromium."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from tagger.errors import TaggerError
from tagger.research import build_report, render_article, write_report
from tagged_fixtures import make_article, tagged_records, write_jsonl

CHROMIUM = shutil.which("chromium") or ("/usr/bin/chromium" if Path("/usr/bin/chromium").exists()
                                        else None)
N_SPANS = sum(len(r.get("spans", [])) for r in tagged_records() if r["kind"] == "article")


@pytest.fixture
def report_path(tmp_path: Path) -> Path:
    tagged = write_jsonl(tmp_path / "tagged.jsonl", tagged_records())
    return write_report([tagged], tmp_path / "report.html", title="测试报告")


def test_report_is_self_contained(report_path):
    html = report_path.read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>")
    # No fetches at view time: no external scripts, styles, images or fonts.
    assert not re.search(r'<(script|link|img|iframe)[^>]+(src|href)=', html)
    assert not re.search(r"url\(\s*['\"]?https?:", html)
    assert "@import" not in html


@pytest.mark.parametrize("needle", [
    'id="chart-person"', 'id="chart-org"', 'id="chart-loc"', 'id="chart-slogan"',
    'id="chart-timeline"', 'id="chart-network"', 'class="bar"', 'class="series"',
    'class="edge"', 'id="label-filter"', 'id="search"',
])
def test_report_has_charts_and_controls(report_path, needle):
    assert needle in report_path.read_text(encoding="utf-8")


def test_report_renders_spans_with_displacy(report_path):
    html = report_path.read_text(encoding="utf-8")
    assert html.count('<mark class="entity"') == N_SPANS
    assert html.count('<article class="doc"') == 3


def test_report_without_dates_says_so(tmp_path):
    record = make_article("x.txt#0", [("习近平", "PERSON"), "强调", ("四个意识", "SLOGAN")])
    tagged = write_jsonl(tmp_path / "t.jsonl", [record])
    html = build_report([tagged])
    assert "No slogan mentions with a date" in html


def test_report_escapes_text_and_skips_bad_spans():
    record = make_article("x.txt#0", ["<b>", ("金山区", "LOC"), "</b>"])
    record["spans"].append({"start": 4, "end": 7, "label": "ORG", "text": "山区<"})  # overlaps
    record["spans"].append({"start": 50, "end": 60, "label": "ORG", "text": "outside"})
    html = render_article(record)
    assert "<b>" not in html and "&lt;b&gt;" in html
    assert html.count('<mark class="entity"') == 1


def test_report_max_articles(tmp_path):
    tagged = write_jsonl(tmp_path / "t.jsonl", tagged_records())
    html = build_report([tagged], max_articles=1)
    assert html.count('<article class="doc"') == 1
    assert "3 articles" in html  # charts still count all articles


def test_report_rejects_negative_options(tmp_path):
    tagged = write_jsonl(tmp_path / "t.jsonl", tagged_records())
    with pytest.raises(TaggerError, match="E402"):
        build_report([tagged], top=-1)


def test_report_cli_writes_file(tmp_path):
    from typer.testing import CliRunner

    from tagger.cli import report as _report  # noqa: F401  (registers the command)
    from tagger.cli._util import app

    tagged = write_jsonl(tmp_path / "t.jsonl", tagged_records())
    out = tmp_path / "r.html"
    result = CliRunner().invoke(app, ["report", str(tagged), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert out.read_text(encoding="utf-8").count('<mark class="entity"') == N_SPANS


# -- in a real browser ------------------------------------------------------------------


def dump_dom(path: Path, tmp_path: Path, fragment: str = "") -> str:
    """The DOM of ``path`` after its scripts ran, from headless Chromium."""
    profile = tmp_path / "chromium-profile"
    cmd = [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu",
           "--disable-background-networking", "--disable-component-update", "--disable-sync",
           "--no-first-run", "--disable-dev-shm-usage", f"--user-data-dir={profile}",
           "--dump-dom", path.resolve().as_uri() + fragment]
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


browser = pytest.mark.skipif(
    CHROMIUM is None,
    reason="chromium not installed (Debian: apt-get install -y chromium); the browser test "
           "checks the rendered DOM of the report")


@pytest.mark.slow
@browser
def test_report_dom_in_chromium(report_path, tmp_path):
    dom = dump_dom(report_path, tmp_path)
    # The page's script ran: it marks the body ready and builds one filter per label.
    assert 'data-ready="1"' in dom
    toggles = re.findall(r'<label class="label-toggle" data-label="([A-Z]+)"', dom)
    assert sorted(toggles) == ["LOC", "ORG", "PERSON", "SLOGAN"]
    # Every highlighted span was labelled by the script and is shown.
    assert len(re.findall(r'<mark class="entity"[^>]*data-label="[A-Z]+"', dom)) == N_SPANS
    assert f'data-highlighted="{N_SPANS}"' in dom
    # Charts are in the rendered DOM.
    assert len(re.findall(r'<rect class="bar"', dom)) >= 4
    assert re.search(r'<polyline class="series"', dom)
    assert re.search(r'<g class="node"', dom)


@pytest.mark.slow
@browser
def test_report_label_filter_in_chromium(report_path, tmp_path):
    dom = dump_dom(report_path, tmp_path, "#labels=SLOGAN&q=SLOGAN")
    n_slogans = sum(1 for r in tagged_records() for s in r.get("spans", [])
                    if s["label"] == "SLOGAN")
    assert f'data-highlighted="{n_slogans}"' in dom
    hidden = re.findall(r'<mark class="entity off"', dom)
    assert len(hidden) == N_SPANS - n_slogans
    assert 'data-shown="3"' in dom  # every fixture article has a SLOGAN
