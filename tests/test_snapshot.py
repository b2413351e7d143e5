"""The shipped pipeline's output is kept: the sample page, the gold sets and the 1998 test
sets give what tests/data/snapshots recorded for the shipped model (0.5.1, recorded with
``python benchmarks/output_snapshot.py --write tests/data/snapshots --corpora
../shared/corpora``). A change that alters output lists each accepted difference in
``ACCEPTED`` (or, with a new model, records the snapshots again) and says why."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SNAPSHOTS = REPO / "tests" / "data" / "snapshots"
sys.path.insert(0, str(REPO / "benchmarks"))

import output_snapshot  # noqa: E402

pytestmark = pytest.mark.slow

# Accepted differences, by set, row and field: (entry before, entry after), or
# (entries gone, entries new) for a row whose change is more than one pair.
# Span entries are [start, end, label, source, canonical, category, expansion].
# Sets of the 1998 corpora hold [start, end, label, source, canonical].
ACCEPTED: dict = {}


def _unexplained(name: str, old_lines, new_lines) -> list:
    assert len(old_lines) == len(new_lines)
    out = []
    for index, (was, now) in enumerate(zip(old_lines, new_lines)):
        if was == now:
            continue
        a, b = json.loads(was), json.loads(now)
        for field in a:
            if not isinstance(a[field], list):
                if a[field] != b.get(field):
                    out.append((name, index, field, a[field], b.get(field)))
                continue
            gone = [x for x in a[field] if x not in b[field]]
            came = [x for x in b[field] if x not in a[field]]
            if ACCEPTED.get((name, index, field)) == (gone, came):
                continue  # the row's whole change, listed as (entries gone, entries new)
            pairs = list(zip(gone, came))
            if len(gone) != len(came):
                out.append((name, index, field, gone, came))
                continue
            for before, after in pairs:
                if ACCEPTED.get((name, index, field)) == (before, after):
                    continue
                out.append((name, index, field, before, after))
    return out


def test_snapshot_sample_page_and_gold_sets_kept(shipped_nlp):
    found = {}
    for name, rows in output_snapshot.snapshot_sets(shipped_nlp, None):
        found[name] = _unexplained(name, output_snapshot.read_snapshot(SNAPSHOTS, name),
                                   output_snapshot.row_lines(rows))
    assert found == {"sample_page": [], "recent_news": [], "heldout_news": []}


def test_snapshot_fixed_provenance_and_suffix_rule(shipped_nlp):
    """A nested model span reports its own provenance (not the lexicon winner's with the same
    offsets), and 日报 names are found: 浙江日报 by the lexicon, an unlisted paper by the suffix
    rule."""
    rows = {name: output_snapshot.row_lines(rows)
            for name, rows in output_snapshot.snapshot_sets(shipped_nlp, None)}
    sample = [json.loads(line) for line in rows["sample_page"]]
    assert [1535, 1539, "LOC", "model", None, None, None] in sample[1]["nested"]
    gold = json.loads(rows["recent_news"][17])
    assert [1, 5, "ORG", "lexicon", "浙江日报", "media", None] in gold["spans"]
    doc = shipped_nlp("据宁波日报报道，宁波日报社记者采访了他。")
    assert [(s.text, s.label_, s._.category) for s in doc.ents][:1] == [("宁波日报", "ORG", "suffix")]


def test_snapshot_1998_test_sets_kept(shipped_nlp, corpora_dir):
    for name, rows in output_snapshot.snapshot_sets(shipped_nlp, corpora_dir):
        if "." not in name:
            continue
        assert _unexplained(name, output_snapshot.read_snapshot(SNAPSHOTS, name),
                            output_snapshot.row_lines(rows)) == [], name
