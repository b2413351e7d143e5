"""Offset maps: identity, slicing, composition, concatenation, projection."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from tagger.offsets import OffsetMap, project_spans


def test_offsets_identity_and_slice():
    m = OffsetMap.identity(5, offset=10)
    assert m.to_raw(1, 3) == (11, 13)
    assert m.slice(2, 5).to_raw(0, 3) == (12, 15)
    assert m.to_raw(2, 2) == (12, 12)


def test_offsets_many_to_one_and_project():
    # derived "AB" where A came from raw[0:2] (a doubled char) and B from raw[3:4]
    m = OffsetMap([0, 3], [2, 4])
    spans = [{"start": 0, "end": 2}]
    project_spans(spans, m)
    assert spans[0]["raw_start"] == 0 and spans[0]["raw_end"] == 4


@given(st.lists(st.integers(min_value=1, max_value=3), min_size=1, max_size=40), st.data())
def test_offsets_compose_slice_concat(widths, data):
    # a derived text whose i-th char came from ``widths[i]`` raw chars, in order
    starts, ends, pos = [], [], 0
    for w in widths:
        starts.append(pos)
        ends.append(pos + w)
        pos += w
    outer = OffsetMap(starts, ends)
    n = len(outer)
    a = data.draw(st.integers(0, n - 1))
    b = data.draw(st.integers(a + 1, n))
    inner = OffsetMap.identity(b - a, offset=a)
    composed = outer.compose(inner)
    assert composed.to_raw(0, b - a) == outer.to_raw(a, b) == (starts[a], ends[b - 1])
    joined = OffsetMap.concat([outer.slice(0, a), outer.slice(a, n)])
    assert joined.starts == outer.starts and joined.ends == outer.ends
    assert outer.shifted(7).to_raw(a, b) == (starts[a] + 7, ends[b - 1] + 7)
