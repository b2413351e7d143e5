"""Text pages of other papers: doubled lines from offset fake bold, other datelines."""

from __future__ import annotations

import pytest

from tagger.repair import repair_text
from tagger.segment.bylines import parse_dateline

RELINE_CASES = [
    ("overlapping wrapped pieces", "2018\n2018年\n年5月1\n1日\n", "2018年5月1日"),
    ("title drawn twice, wrapped", "新使命：\n新使命\n：中国共产党的历史担当\n", "新使命：中国共产党的历史担当"),
    ("whole line doubled", "用吹气球解释宇宙膨胀、\n用吹气球解释宇宙膨胀、\n", "用吹气球解释宇宙膨胀、"),
    ("vertical headline, each character doubled", "守守\n护护\n安安\n全全\n", "守\n护\n安\n全"),
    ("real reduplication left alone", "常常\n来这里看看\n", "常常\n来这里看看"),
    ("a repeated word at a line break left alone", "他说的\n的确如此\n", "他说的\n的确如此"),
    ("two different short lines left alone", "一线调研\n党建引领释放产业新活力\n", "一线调研\n党建引领释放产业新活力"),
]


@pytest.mark.parametrize("name,raw,expected", RELINE_CASES, ids=[c[0] for c in RELINE_CASES])
def test_repair_relines(name, raw, expected):
    repaired = repair_text(raw)
    lines = [ln for ln in repaired.text.split("\n") if ln.strip()]
    assert "\n".join(lines) == expected
    # every character still maps to the same character of the raw text
    for k, ch in enumerate(repaired.text):
        if ch.strip():
            start, end = repaired.offsets.to_raw(k, k + 1)
            assert ch in raw[start:end]


DATELINE_CASES = [
    ("南都讯 见习记者 欧阳晓峰 通讯员 司马琳 日方早已预设", "南都讯", [("见习记者", "欧阳晓峰"), ("通讯员", "司马琳")]),
    ("7月5日消息（记者 彭丽）对于孩子们来说", "7月5日消息", [("记者", "彭丽")]),
    ("本报5月3日讯（记者 王五）今天", "本报5月3日讯", [("记者", "王五")]),
    ("本报讯（记者 韩梅梅 通讯员 杜子腾）中国式", "本报讯", [("记者", "韩梅梅"), ("通讯员", "杜子腾")]),
    ("喜讯传来，大家都很高兴", None, []),
    ("5月3日，天气晴朗", None, []),
]


@pytest.mark.parametrize("text,dateline,pairs", DATELINE_CASES, ids=[c[0][:8] for c in DATELINE_CASES])
def test_segment_other_datelines(text, dateline, pairs):
    assert parse_dateline(text) == (dateline, pairs)
