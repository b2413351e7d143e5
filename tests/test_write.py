"""JSONL writing: UTF-8 without escapes, atomic replacement."""

from __future__ import annotations

import pytest

from tagger.write import JsonlWriter, iter_jsonl, write_jsonl


def test_write_utf8_unescaped(tmp_path):
    path = tmp_path / "out.jsonl"
    n = write_jsonl([{"text": "四个意识"}, {"text": "𠀀"}], path)
    raw = path.read_text(encoding="utf-8")
    assert n == 2
    assert "四个意识" in raw and "\\u" not in raw
    assert [r["text"] for r in iter_jsonl(path)] == ["四个意识", "𠀀"]


def test_write_atomic_keeps_old_file_on_error(tmp_path):
    path = tmp_path / "out.jsonl"
    path.write_text("old\n", encoding="utf-8")
    with pytest.raises(ValueError):
        with JsonlWriter(path) as writer:
            writer.write({"a": 1})
            raise ValueError("boom")
    assert path.read_text(encoding="utf-8") == "old\n"
    assert [p.name for p in tmp_path.iterdir()] == ["out.jsonl"]


def test_write_checked_records_turn_bad_spans_into_error_records():
    from tagger.tagging import TagSummary
    from tagger.write import checked_records

    good = {"id": "a", "kind": "article", "text": "刘健在金山区。", "meta": {"source": "x.jsonl", "line": 1},
            "spans": [{"start": 0, "end": 2, "text": "刘健", "raw_start": 0, "raw_end": 2}], "nested": []}
    bad = dict(good, id="b", meta={"source": "x.jsonl", "line": 2},
               spans=[{"start": 0, "end": 3, "text": "刘健", "raw_start": 0, "raw_end": 3}])
    summary = TagSummary(articles=2, spans=2)
    out = list(checked_records([good, bad], summary))
    assert out[0] is good and out[1]["kind"] == "error" and "E033" in out[1]["error"]
    assert out[1]["line"] == 2 and "x.jsonl line 2" in out[1]["error"]
    assert (summary.articles, summary.spans, summary.errors) == (1, 1, 1)
