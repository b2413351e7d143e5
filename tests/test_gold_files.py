"""Validate the project's gold evaluation files under data/gold/ (format, offsets, content)."""

from __future__ import annotations

import importlib.util
import json
from collections import Counter
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
GOLD_DIR = REPO / "data" / "gold"
GOLD_FILES = sorted(GOLD_DIR.glob("*.jsonl"))
LABELS = {"PERSON", "ORG", "LOC", "SLOGAN"}
# Quotation marks, book-title marks and brackets must never be inside a span's edge.
EDGE_MARKS = set("“”‘’\"'「」『』《》〈〉（）()【】[]")

MIN_CHARS = 4000
MIN_SLOGANS = 60
MIN_PER_LABEL = 40


def _records(path: Path) -> list[dict]:
    lines = path.read_text(encoding="utf-8").splitlines()
    records = []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as err:
            pytest.fail(f"{path.name} line {number}: invalid JSON: {err}")
        if not isinstance(record, dict):
            pytest.fail(f"{path.name} line {number}: not a JSON object")
        records.append(record)
    return records


def _spans(path: Path):
    for record in _records(path):
        for span in record.get("spans", []):
            yield record, span


def test_gold_files_exist():
    assert GOLD_FILES, f"no gold .jsonl files under {GOLD_DIR}"


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.name)
def test_gold_records_have_text_id_and_spans(path: Path):
    ids = []
    for record in _records(path):
        assert isinstance(record.get("text"), str) and record["text"].strip(), record.get("id")
        assert isinstance(record.get("spans"), list), record.get("id")
        ids.append(record.get("id"))
    assert all(isinstance(i, str) and i for i in ids), "every record needs a string id"
    assert len(ids) == len(set(ids)), f"duplicate ids in {path.name}"


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.name)
def test_gold_spans_match_text(path: Path):
    for record, span in _spans(path):
        text, start, end = record["text"], span["start"], span["end"]
        where = f"{record['id']} {span}"
        assert isinstance(start, int) and isinstance(end, int), where
        assert 0 <= start < end <= len(text), where
        assert text[start:end] == span["text"], f"{where}: text has {text[start:end]!r}"
        assert span["label"] in LABELS, where


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.name)
def test_gold_spans_have_clean_edges(path: Path):
    for record, span in _spans(path):
        surface = span["text"]
        where = f"{record['id']} {span}"
        assert surface == surface.strip(), f"{where}: whitespace at an edge"
        assert surface[0] not in EDGE_MARKS and surface[-1] not in EDGE_MARKS, (
            f"{where}: quote or bracket at an edge")


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.name)
def test_gold_spans_do_not_overlap(path: Path):
    for record in _records(path):
        spans = sorted(record["spans"], key=lambda s: (s["start"], s["end"]))
        for left, right in zip(spans, spans[1:]):
            assert left["end"] <= right["start"], f"{record['id']}: {left} overlaps {right}"


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.name)
def test_gold_slogans_have_no_person_inside(path: Path):
    """习近平新时代中国特色社会主义思想 is one SLOGAN; no PERSON is nested in the flat layer."""
    for record in _records(path):
        slogans = [s for s in record["spans"] if s["label"] == "SLOGAN"]
        for person in (s for s in record["spans"] if s["label"] == "PERSON"):
            assert not any(s["start"] <= person["start"] < s["end"] for s in slogans)


def test_gold_recent_news_content():
    path = GOLD_DIR / "recent_news.jsonl"
    records = _records(path)
    chars = sum(len(r["text"]) for r in records)
    counts = Counter(span["label"] for r in records for span in r["spans"])
    assert 12 <= len(records) <= 25, len(records)
    assert chars >= MIN_CHARS, chars
    assert counts["SLOGAN"] >= MIN_SLOGANS, counts
    for label in sorted(LABELS):
        assert counts[label] >= MIN_PER_LABEL, (label, counts)


@pytest.mark.parametrize(
    ("record_id", "surface", "label"),
    [
        ("rn-001", "习近平新时代中国特色社会主义思想", "SLOGAN"),
        ("rn-002", "中国", "LOC"),  # 中国人民 -> LOC 中国
        ("rn-002", "中国共产党", "ORG"),  # also inside 中国共产党员
        ("rn-010", "区委", "ORG"),  # 区委书记沈国强 -> ORG 区委 + PERSON 沈国强
        ("rn-010", "沈国强", "PERSON"),
        ("rn-010", "区委办", "ORG"),
        ("rn-015", "金山区政府", "ORG"),
        ("rn-013", "外防输入、内防反弹", "SLOGAN"),
        ("rn-019", "文旅部", "ORG"),
    ],
)
def test_gold_recent_news_hard_cases_marked(record_id: str, surface: str, label: str):
    record = {r["id"]: r for r in _records(GOLD_DIR / "recent_news.jsonl")}[record_id]
    assert any(s["text"] == surface and s["label"] == label for s in record["spans"])


@pytest.mark.parametrize(
    ("record_id", "surface"),
    [
        ("rn-010", "两张皮"),  # emphasis quote
        ("rn-011", "店小二"),
        ("rn-003", "卡脖子"),
        ("rn-003", "营商环境"),  # general political noun
        ("rn-001", "高质量发展"),
        ("rn-002", "中华民族"),
        ("rn-015", "金山区"),  # only inside 金山区政府
        ("rn-020", "党代会"),
        ("rn-010", "全区"),
    ],
)
def test_gold_recent_news_negative_cases_unmarked(record_id: str, surface: str):
    record = {r["id"]: r for r in _records(GOLD_DIR / "recent_news.jsonl")}[record_id]
    assert surface in record["text"]
    assert all(s["text"] != surface for s in record["spans"])


@pytest.mark.parametrize("builder,jsonl", [("build_gold", "recent_news.jsonl"),
                                            ("build_heldout", "heldout_news.jsonl")])
def test_gold_files_in_sync_with_builders(builder: str, jsonl: str):
    """Each committed jsonl is exactly what its data/gold/build_*.py script produces."""
    spec = importlib.util.spec_from_file_location(builder, GOLD_DIR / f"{builder}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    built = [module.build_record(rec)[0] for rec in module.RECORDS]
    assert built == _records(GOLD_DIR / jsonl)
