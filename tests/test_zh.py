"""Tests for tagger.zh: the one home of labels, provenances, character classes, role words
and suffixes, and the drift its lists had before they had one home."""

from __future__ import annotations

import json

import pytest

from tagger.pipeline import gazetteer as _gazetteer  # noqa: F401  (registers the factory)
from tagger.pipeline.merge import relabel_label
from tagger.zh import chars, labels, roles, suffixes


def test_zh_suffix_tables_are_subsets_of_their_data_files():
    assert set(suffixes.PERSON_PLACE_SUFFIXES) <= set(suffixes.loc_suffixes())
    assert set(suffixes.ORG_NAME_SUFFIXES) <= set(suffixes.org_suffixes())
    assert set(suffixes.loc_suffixes()) <= set(suffixes.org_place_suffixes())


@pytest.mark.parametrize("text,label,expected", [
    # endings that only loc_suffixes.txt had (the merge's copy lacked 31 of them)
    ("总后嫩江基地", "ORG", "LOC"),
    ("金山林场", "ORG", "LOC"),
    ("前滩", "ORG", "LOC"),
    # 盟 is a place suffix (Inner Mongolia's leagues) and an alliance: the ORG stays
    ("欧洲货币联盟", "ORG", "ORG"),
    ("东盟", "ORG", "ORG"),
    # the longer ending wins: an organization ending over a place ending, a building over 站
    ("东海日报", "LOC", "ORG"),
    ("上海火车站", "ORG", "LOC"),
])
def test_zh_merge_relabels_with_the_packaged_place_suffixes(text, label, expected):
    assert relabel_label(text, label) == expected


@pytest.mark.parametrize("text,name", [("据浙江日报报道", "浙江日报"), ("浙江晚报记者", "浙江晚报"),
                                       ("浙江广播电台播出", "浙江广播电台")])
def test_zh_org_suffixes_file_has_newspapers(blank_zh, tmp_path, text, name):
    """日报/晚报 (and 广播电台) were in the merge's ORG endings but not in org_suffixes.txt,
    so the gazetteer never extended a place over them."""
    assert {"日报", "晚报", "广播电台"} <= set(suffixes.org_suffixes())
    gaz = tmp_path / "gaz.jsonl"
    gaz.write_text(json.dumps({"text": "浙江", "label": "LOC"}, ensure_ascii=False), encoding="utf-8")
    blank_zh.add_pipe("tagger_gazetteer").initialize(gazetteers=[], gazetteer_paths=[str(gaz)])
    doc = blank_zh(text)
    assert (name, "ORG") in {(s.text, s.label_) for s in doc.spans["gazetteer"]}


@pytest.mark.parametrize("char,expected", [("金", True), ("㐀", True), ("a", False), ("，", False),
                                           ("金山", False)])
def test_zh_chars_is_han(char, expected):
    assert chars.is_han(char) is expected


def test_zh_ranks_cover_every_label_and_provenance():
    assert sorted(labels.LABEL_RANK) == sorted(labels.LABELS)
    assert sorted(labels.PROVENANCE_RANK) == sorted(labels.PROVENANCES)
    assert [p for p in sorted(labels.PROVENANCES, key=labels.provenance_rank)] == [
        "user", "lexicon", "pattern", "model"]
    assert labels.provenance_rank("other") > labels.provenance_rank("model")


@pytest.mark.parametrize("role,key", [("见习记者", "reporters"), ("摄影记者", "reporters"),
                                      ("通讯员", "correspondents"), ("□", "authors"),
                                      ("图", "photographers")])
def test_zh_roles_one_table(role, key):
    assert roles.ALL_ROLES[role] == key


def test_zh_roles_used_by_every_stage():
    """Repair, page segmentation and the gazetteer's byline rule read the same role words."""
    from tagger.pipeline.patterns import DEFAULT_BYLINE_ROLES
    from tagger.repair.lines import ROLE_START
    from tagger.segment.bylines import ROLES

    assert set(roles.BYLINE_ROLES) <= set(DEFAULT_BYLINE_ROLES)
    assert ROLES is roles.ALL_ROLES
    assert all(ROLE_START.match(role) for role in roles.BYLINE_ROLES)


def test_zh_role_pattern_prefers_longer_roles():
    import re

    assert re.match(roles.role_pattern(roles.BYLINE_ROLES), "见习记者 李蓉").group() == "见习记者"


# Character-set detection in tagger/read counts CJK unified ideographs for its own measure.
_OWN_RANGES = {"tagger/read/encoding.py"}


def test_zh_no_stage_keeps_a_copy(repo_dir):
    """The Han range and the role table are written only in tagger/zh."""
    offenders = []
    for path in sorted((repo_dir / "tagger").rglob("*.py")):
        rel = path.relative_to(repo_dir).as_posix()
        if rel.startswith("tagger/zh/") or rel in _OWN_RANGES:
            continue
        code = "\n".join(line for line in path.read_text(encoding="utf-8").splitlines()
                         if not line.lstrip().startswith("#"))
        if "\\u4e00" in code or "\\u9fff" in code or '"见习记者"' in code:
            offenders.append(rel)
    assert offenders == []


@pytest.mark.parametrize("text,start,end,bounds", [
    ("《GameInformer》", 2, 13, (1, 13)),   # begins inside a Latin word
    ("WNBA和NBA2K", 1, 4, (0, 4)),          # NBA of WNBA
    ("WNBA和NBA2K", 5, 8, (5, 10)),         # NBA of NBA2K
    ("华为Mate60", 0, 2, (0, 2)),            # Han edges stay
])
def test_zh_latin_word_bounds(text, start, end, bounds):
    assert chars.latin_word_bounds(text, start, end) == bounds
