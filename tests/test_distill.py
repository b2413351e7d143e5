"""Distillation: teacher spans mapped to the guidelines and reconciled with the pipeline's."""

from __future__ import annotations

import pytest

from tagger.training.corpus import MISSING
from tagger.training.distill import reconcile, teacher_span_is_trusted, teacher_spans

SUFFIXES = dict(surnames_1="王李张刘", surnames_2=("欧阳",), loc_suffixes=("区", "市", "公园"),
                org_suffixes=("大学", "委员会", "公司"))


def trusted(surface, label):
    return teacher_span_is_trusted(surface, label, **SUFFIXES)


@pytest.mark.parametrize("surface,label,expected", [
    ("安东尼奥·古特雷斯", "PERSON", True),     # transliterated, with a separator
    ("埃隆・马斯克", "PERSON", True),
    ("王某某", "PERSON", True),                # anonymized
    ("Scholz", "PERSON", True),                # Latin script
    ("Olaf Scholz", "PERSON", True),
    ("刘健", "PERSON", True),                  # listed surname
    ("欧阳明", "PERSON", True),
    ("塔米姆", "PERSON", False),
    ("朱彤在", "PERSON", False),               # the next word's first character               # no listed surname: not vouched for
    ("中方", "PERSON", False),                 # a side, not a person
    ("习主席", "PERSON", False),               # a title
    ("西湖区", "LOC", True),
    ("中卡", "LOC", False),
    ("浙江大学", "ORG", True),
    ("中国女排", "ORG", False),
])
def test_distill_teacher_span_trust(surface, label, expected):
    assert trusted(surface, label) is expected


def test_distill_teacher_spans_drop_what_the_guidelines_do_not_mark():
    text = "新时代中华民族看齐"
    assert teacher_spans(text, [[0, 3, "ORG"], [3, 5, "LOC"], [5, 7, "TIME"]]) == []


@pytest.mark.parametrize("text,teacher,pipeline,expected", [
    # agreement -> entity
    ("区委书记刘健讲话", [(4, 6, "PERSON")], [(4, 6, "PERSON", "model")], [(4, 6, "PERSON")]),
    # a rule span wins over a teacher span it overlaps
    ("在金山区政府工作", [(1, 4, "LOC")], [(1, 6, "ORG", "lexicon")], [(1, 6, "ORG")]),
    # a model span the teacher contradicts -> missing over both
    ("在金山区政府工作", [(1, 4, "LOC")], [(1, 3, "LOC", "model")], [(1, 4, MISSING)]),
    # a model-only span -> missing
    ("张江科学城很大", [], [(0, 5, "LOC", "model")], [(0, 5, MISSING)]),
    # teacher-only: trusted -> entity, untrusted -> missing
    ("古特雷斯和中方", [(0, 4, "PERSON"), (5, 7, "PERSON")], [], [(0, 4, MISSING), (5, 7, MISSING)]),
    ("安东尼奥·古特雷斯说", [(0, 9, "PERSON")], [], [(0, 9, "PERSON")]),
])
def test_distill_reconcile_table(text, teacher, pipeline, expected):
    assert reconcile(text, teacher, pipeline, trusted=trusted) == expected


def test_distill_consistent_names_in_an_article():
    from tagger.training.distill import consistent_names

    passages = [("邝必传说，邝必传在", [(0, 3, "PERSON"), (5, 8, "PERSON")]),
                ("邝必介绍，朱彤在会上", [(0, 2, "PERSON"), (5, 8, "PERSON")])]
    assert consistent_names(passages) == [
        [(0, 3, "PERSON"), (5, 8, "PERSON")], [(0, 2, MISSING), (5, 8, MISSING)]]
