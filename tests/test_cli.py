"""Unix conventions shared by the commands: stdin/stdout as '-', one flag spelling, exit
codes, warnings as messages, file modes."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tagger.cli import app

DATA = Path(__file__).parent / "data" / "exchange"
TAGGED = DATA / "tagged_sample.jsonl"  # 7 articles, 2 page/error records
runner = CliRunner()


def test_cli_version_names_package_and_model():
    from tagger.about import __version__

    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0
    assert result.stdout.startswith(f"tagger {__version__}, model zh_news_tagger ")
    assert "tagger/models/zh_news_tagger" in result.stdout


@pytest.mark.parametrize("args, n_lines", [
    (["export", str(TAGGED), "--to", "prodigy", "-o", "-"], 7),
    (["export", "-", "--to", "doccano", "-o", "-"], 7),
    (["export", "-", "--to", "conll", "--output", "-"], None),
])
def test_cli_export_reads_stdin_and_writes_stdout(args, n_lines):
    result = runner.invoke(app, args, input=TAGGED.read_text(encoding="utf-8"))
    assert result.exit_code == 0, result.output
    lines = [line for line in result.stdout.splitlines() if line.strip()]
    if n_lines is not None:
        records = [json.loads(line) for line in lines]
        assert len(records) == n_lines and all("text" in r for r in records)
    else:  # CoNLL: one character and tag per line
        assert any(line.split()[-1].startswith("B-") for line in lines)
    assert "7 articles" in result.stderr and "7 articles" not in result.stdout


def test_cli_export_labelstudio_to_stdout_warns_about_config():
    result = runner.invoke(app, ["export", str(TAGGED), "--to", "labelstudio", "-o", "-"])
    assert result.exit_code == 0
    assert len(json.loads(result.stdout)) == 7
    assert "warning: [W503]" in result.stderr


def test_cli_export_folder_format_refuses_stdout():
    result = runner.invoke(app, ["export", str(TAGGED), "--to", "brat", "-o", "-"])
    assert result.exit_code == 2 and "[E517]" in result.stderr


def test_cli_stats_and_report_read_stdin():
    text = TAGGED.read_text(encoding="utf-8")
    stats = runner.invoke(app, ["stats", "-", "--top", "3"], input=text)
    assert stats.exit_code == 0, stats.output
    assert "7 articles" in stats.stdout and "SLOGAN" in stats.stdout
    report = runner.invoke(app, ["report", "-", "-o", "-", "--top", "3"], input=text)
    assert report.exit_code == 0, report.output
    assert report.stdout.startswith("<!DOCTYPE html>") and "乡村振兴战略" in report.stdout


def test_cli_stats_output_spelling(tmp_path):
    for flag in ("-o", "--output", "--out"):
        out = tmp_path / flag.strip("-")
        result = runner.invoke(app, ["stats", str(TAGGED), "-q", flag, str(out)])
        assert result.exit_code == 0, result.output
        assert (out / "labels.csv").exists() or any(out.glob("*.csv"))


def test_cli_tag_every_input_missing_exits_nonzero(tmp_path):
    result = runner.invoke(app, ["tag", str(tmp_path / "a.txt"), str(tmp_path / "b.jsonl"),
                                 "-o", str(tmp_path / "out.jsonl")])
    assert result.exit_code == 1
    assert "[E036] None of the 2 input(s) exists" in result.stderr


def test_cli_import_without_articles_fails_unless_asked(tmp_path):
    tasks = tmp_path / "tasks.json"
    tasks.write_text(json.dumps([{"data": {"text": "金山区"}, "annotations": []}]), encoding="utf-8")
    out = tmp_path / "gold.jsonl"
    result = runner.invoke(app, ["import", str(tasks), "--from", "labelstudio", "-o", str(out)])
    assert result.exit_code == 2 and "[E518]" in result.stderr and "--unreviewed" in result.stderr
    assert not out.exists()
    result = runner.invoke(app, ["import", str(tasks), "--from", "labelstudio", "-o", str(out),
                                 "--allow-empty"])
    assert result.exit_code == 0 and out.read_text(encoding="utf-8") == ""


def test_cli_warnings_are_messages_not_python_warnings(tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text(TAGGED.read_text(encoding="utf-8") + "{not json\n", encoding="utf-8")
    result = runner.invoke(app, ["stats", str(bad), "--top", "1"])
    assert result.exit_code == 0
    assert f"warning: [W400] {bad} line 10" in result.stderr
    assert "UserWarning" not in result.stderr and "warnings.warn" not in result.stderr


def test_cli_missing_config_hint_fits_context(tmp_path):
    result = runner.invoke(app, ["train", str(tmp_path / "nope.cfg"), "-o", str(tmp_path / "t")])
    assert result.exit_code == 2
    assert "[E035]" in result.stderr and "stdin" not in result.stderr


@pytest.mark.parametrize("umask", [0o022, 0o027, 0o077])
def test_cli_output_files_follow_umask(tmp_path, umask):
    from tagger.write import write_jsonl

    old = os.umask(umask)
    try:
        path = tmp_path / "out.jsonl"
        write_jsonl([{"text": "x"}], path)
    finally:
        os.umask(old)
    assert stat.S_IMODE(path.stat().st_mode) == 0o666 & ~umask
