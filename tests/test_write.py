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
