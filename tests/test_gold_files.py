"""Validate the project's gold evaluation files under data/gold/ (format, offsets, content).

The modern set (modern_dev.jsonl, modern_test.jsonl) is not committed: its texts stay in the
shared raw_news corpus, so it is built into a temporary folder (fixture ``modern_gold_dir``)
and checked there; copies built into data/gold/ are ignored here.
"""

from __future__ import annotations

import hashlib
import json
import sys
from collections import Counter
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
GOLD_DIR = REPO / "data" / "gold"
MODERN_FILES = ("modern_dev.jsonl", "modern_test.jsonl", "modern_dev2.jsonl", "modern_test2.jsonl",
                "modern_train.jsonl", "modern_dev3.jsonl", "modern_test3.jsonl")
GENERAL_FILES = ("general_dev.jsonl", "general_test.jsonl")
GOLD_FILES = sorted(p for p in GOLD_DIR.glob("*.jsonl") if p.name not in MODERN_FILES + GENERAL_FILES)
ALL_FILES = [p.name for p in GOLD_FILES] + list(MODERN_FILES)
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


@pytest.fixture(params=ALL_FILES)
def path(request) -> Path:
    """Each gold file: the committed ones in data/gold/, the modern ones freshly built."""
    if request.param in MODERN_FILES:
        return request.getfixturevalue("modern_gold_dir") / request.param
    return GOLD_DIR / request.param


@pytest.fixture(scope="session")
def modern_records(modern_gold_dir) -> dict[str, dict]:
    """The built modern records of both splits, by id."""
    return {r["id"]: r for name in MODERN_FILES for r in _records(modern_gold_dir / name)}


def test_gold_files_exist():
    assert GOLD_FILES, f"no gold .jsonl files under {GOLD_DIR}"


def test_gold_records_have_text_id_and_spans(path: Path):
    ids = []
    for record in _records(path):
        assert isinstance(record.get("text"), str) and record["text"].strip(), record.get("id")
        assert isinstance(record.get("spans"), list), record.get("id")
        ids.append(record.get("id"))
    assert all(isinstance(i, str) and i for i in ids), "every record needs a string id"
    assert len(ids) == len(set(ids)), f"duplicate ids in {path.name}"


def test_gold_spans_match_text(path: Path):
    for record, span in _spans(path):
        text, start, end = record["text"], span["start"], span["end"]
        where = f"{record['id']} {span}"
        assert isinstance(start, int) and isinstance(end, int), where
        assert 0 <= start < end <= len(text), where
        assert text[start:end] == span["text"], f"{where}: text has {text[start:end]!r}"
        assert span["label"] in LABELS, where


def test_gold_spans_have_clean_edges(path: Path):
    for record, span in _spans(path):
        surface = span["text"]
        where = f"{record['id']} {span}"
        assert surface == surface.strip(), f"{where}: whitespace at an edge"
        assert surface[0] not in EDGE_MARKS and surface[-1] not in EDGE_MARKS, (
            f"{where}: quote or bracket at an edge")


def test_gold_spans_do_not_overlap(path: Path):
    for record in _records(path):
        spans = sorted(record["spans"], key=lambda s: (s["start"], s["end"]))
        for left, right in zip(spans, spans[1:]):
            assert left["end"] <= right["start"], f"{record['id']}: {left} overlaps {right}"


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
def test_gold_files_in_sync_with_builders(gold_builder, builder: str, jsonl: str):
    """Each committed jsonl is exactly what its data/gold/build_*.py script produces."""
    module = gold_builder(builder)
    built = [module.build_record(rec)[0] for rec in module.RECORDS]
    assert built == _records(GOLD_DIR / jsonl)


@pytest.mark.parametrize("split,n_records", [("dev", 18), ("test", 18), ("dev2", 19), ("test2", 19),
                                             ("train", 90), ("dev3", 20), ("test3", 11)])
def test_gold_modern_files_in_sync_with_builder(gold_builder, corpora_dir, modern_gold_dir,
                                                split: str, n_records: int):
    """The built modern files hold exactly each record's annotation on its checked passage."""
    module = gold_builder("build_modern")
    texts = module.load_texts(corpora_dir)
    for rec in module.RECORDS:
        assert hashlib.sha1(texts[rec["id"]].encode("utf-8")).hexdigest() == rec["text_ref"]["sha1"]
    built = [module.build_record(rec)[0] for rec in module.records_for(split, texts)]
    assert built == _records(modern_gold_dir / f"modern_{split}.jsonl")
    assert len(built) == n_records


def test_gold_modern_builder_stores_no_text(gold_builder, modern_records):
    """build_modern.py holds references into raw_news, never the passages themselves."""
    module = gold_builder("build_modern")
    source = (GOLD_DIR / "build_modern.py").read_text(encoding="utf-8")
    assert all("text" not in rec and rec["text_ref"]["segments"] for rec in module.RECORDS)
    for record in modern_records.values():
        text = record["text"].replace("\n", "")
        copied = [text[k:k + 20] for k in range(0, len(text) - 20, 10) if text[k:k + 20] in source]
        assert not copied, (record["id"], copied[:3])


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"sha1": "0" * 40}, "passage has SHA-1"),
        ({"segments": [[0, 10 ** 6]]}, "fall outside"),
        ({"line": 1}, "expected article"),
        ({"shard": "news_999.jsonl"}, "shard not found"),
    ],
)
def test_gold_modern_builder_rejects_a_changed_corpus(gold_builder, corpora_dir, monkeypatch,
                                                      change: dict, message: str):
    """A passage that is not the annotated one stops the build with a message naming the record."""
    module = gold_builder("build_modern")
    first = module.RECORDS[0]
    changed = {**first, "text_ref": {**first["text_ref"], **change}}
    monkeypatch.setattr(module, "RECORDS", [changed])
    with pytest.raises(SystemExit, match=message) as err:
        module.load_texts(corpora_dir)
    if "shard" not in change:
        assert str(err.value).startswith(first["id"])


def test_gold_modern_builder_needs_the_corpora(gold_builder, tmp_path):
    module = gold_builder("build_modern")
    with pytest.raises(SystemExit, match="raw_news corpus not found.*--corpora"):
        module.load_texts(tmp_path)


MODERN_CATEGORIES = ("politics", "local government", "economy", "society", "sports", "science",
                     "international")


def test_gold_modern_size_and_balance(modern_records):
    """The modern set: >= 32,000 characters, every category >= 3,000 and present in both splits."""
    chars = Counter()
    for record in modern_records.values():
        assert record["meta"]["category"] in MODERN_CATEGORIES, record["id"]
        chars[(record["meta"]["split"], record["meta"]["category"])] += len(record["text"])
    assert sum(chars.values()) >= 32000, chars
    for category in MODERN_CATEGORIES:
        assert chars[("dev", category)] > 0 and chars[("test", category)] > 0, category
        assert chars[("dev", category)] + chars[("test", category)] >= 3000, category


@pytest.mark.parametrize("split", ["dev", "test", "dev2", "test2", "train", "dev3", "test3"])
def test_gold_modern_records_in_their_split(modern_gold_dir, split: str):
    assert {r["meta"]["split"] for r in _records(modern_gold_dir / f"modern_{split}.jsonl")} == {split}


def test_gold_modern_sources_list_every_article(gold_builder, modern_records):
    """modern_sources.txt names each raw_news article used, so it can be left out of pretraining."""
    listed = (GOLD_DIR / "modern_sources.txt").read_text(encoding="utf-8").split()
    used = [r["meta"]["source"].split()[2].rstrip(",") for r in modern_records.values()]
    assert sorted(listed) == sorted(used)
    assert len(set(listed)) == len(listed) == 195
    assert listed == [rec["text_ref"]["id"] for rec in gold_builder("build_modern").RECORDS]


@pytest.mark.parametrize(
    ("record_id", "surface", "label"),
    [
        ("md-soc-03", "王某某", "PERSON"),  # anonymized names
        ("md-soc-01", "北京市京师（大连）律师事务所", "ORG"),  # brackets inside a name
        ("md-spo-02", "穆罕默德·哈里斯·穆罕默德·卡斯米", "PERSON"),  # separator names, one span
        ("md-spo-02", "中", "LOC"),  # 中马两国
        ("md-int-01", "北爱尔兰地区", "LOC"),
        ("md-eco-02", "TCL", "ORG"),  # Latin-script company in a list
        ("md-eco-01", "比亚迪", "ORG"),
        ("md-loc-05", "京津公路", "LOC"),  # roads
        ("md-sci-03", "中山大学物理学院", "ORG"),  # a college written in full
        ("md-pol-01", "习近平生态文明思想", "SLOGAN"),
    ],
)
def test_gold_modern_hard_cases_marked(modern_records, record_id: str, surface: str, label: str):
    assert any(s["text"] == surface and s["label"] == label
               for s in modern_records[record_id]["spans"])


@pytest.mark.parametrize(
    ("record_id", "surface"),
    [
        ("md-pol-04", "发展中国家"),  # 中国 inside a common noun
        ("md-pol-04", "中方"),
        ("md-int-02", "美方"),
        ("md-spo-03", "北京时间"),
        ("md-eco-02", "Trifo Lucy"),  # a product, not the company
    ],
)
def test_gold_modern_negative_cases_unmarked(modern_records, record_id: str, surface: str):
    record = modern_records[record_id]
    start = record["text"].index(surface)
    end = start + len(surface)
    assert not any(start <= s["start"] and s["end"] <= end for s in record["spans"])


def test_gold_modern_second_annotation_agrees(modern_gold_dir):
    """The independent second annotation of nine dev2/test2 passages agrees with the gold set
    (strict F1 0.976 on PERSON/ORG/LOC when it was made; benchmarks/gold_agreement.py)."""
    sys.path.insert(0, str(GOLD_DIR.parents[1] / "benchmarks"))
    from gold_agreement import agreement

    gold = {r["id"]: r for name in MODERN_FILES for r in _records(modern_gold_dir / name)}
    second = _records(GOLD_DIR / "second" / "modern_second_annotation.jsonl")
    assert [r["id"][:2] for r in second].count("t2") == 5 and len(second) == 9
    scores = agreement(gold, second)
    assert scores["PER_ORG_LOC"] == pytest.approx(0.9763, abs=1e-4)
    assert scores["spans"]["PERSON"] == {"both": 78, "second": 78, "gold": 79}


@pytest.mark.parametrize("split,n_records,min_chars", [("dev", 201, 8500), ("test", 200, 8500)])
def test_gold_general_splits(general_gold, split: str, n_records: int, min_chars: int):
    """The general news splits: every record on its checked line, spans on their surfaces, no
    warning, PERSON/ORG/LOC only, no quotation or title mark at a span's edge."""
    golds = general_gold["splits"][split]
    assert len(golds) == n_records and not general_gold["warnings"]
    assert sum(len(g["text"]) for g in golds) >= min_chars
    counts = Counter(sp["label"] for g in golds for sp in g["spans"])
    assert set(counts) == {"PERSON", "ORG", "LOC"} and min(counts.values()) >= 140, counts
    for g in golds:
        assert g["meta"]["split"] == split
        for sp in g["spans"]:
            assert g["text"][sp["start"]:sp["end"]] == sp["text"]
            assert sp["text"][0] not in EDGE_MARKS and sp["text"][-1] not in EDGE_MARKS


def test_gold_general_splits_share_no_line(general_gold):
    lines = [rec["text_ref"]["line"] for rec in general_gold["records"]]
    assert len(lines) == len(set(lines)) == 401


@pytest.mark.parametrize(("record_id", "surface", "label"), [
    ("gd-001", "建行", "ORG"),  # banks by their short names
    ("gd-010", "渝中半岛", "LOC"),
    ("gd-050", "斯托克城队", "ORG"),  # a club with its team word
])
def test_gold_general_hard_cases_marked(general_gold, record_id: str, surface: str, label: str):
    record = next(g for part in general_gold["splits"].values() for g in part if g["id"] == record_id)
    assert any(sp["text"] == surface and sp["label"] == label for sp in record["spans"])
