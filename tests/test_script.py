"""Traditional-script input: detection and same-length simplified copies."""

from __future__ import annotations

import pytest

from tagger.pipeline.script import is_traditional, model_text, to_simplified


@pytest.mark.parametrize(
    "text,traditional,simplified",
    [
        ("香港特區政府行政長官今日表示", True, "香港特区政府行政长官今日表示"),
        ("臺北市長出席活動", True, "台北市长出席活动"),
        ("区委书记刘健在金山区调研", False, "区委书记刘健在金山区调研"),
        # characters shared by both scripts do not make a simplified text traditional
        ("乾隆年间著名的诗句于后世流传", False, "乾隆年间著名的诗句于后世流传"),
        ("", False, ""),
    ],
)
def test_script_detect_and_convert(text, traditional, simplified):
    assert is_traditional(text) is traditional
    assert model_text(text) == simplified
    assert len(to_simplified(text)) == len(text)


def test_script_tagging_reports_original_text(shipped_nlp):
    from tagger.tagging import tag_texts

    text = "臺北市長蔣萬安與香港特區政府行政長官李家超會面，討論「十四五」規劃。"
    (result,) = tag_texts(shipped_nlp, [text])
    spans = {(s["text"], s["label"]) for s in result["spans"]}
    assert {("蔣萬安", "PERSON"), ("香港特區政府", "ORG"), ("十四五", "SLOGAN")} <= spans
    assert all(text[s["start"]:s["end"]] == s["text"] for s in result["spans"])
    (plain,) = tag_texts(shipped_nlp, [text], simplify=False)
    assert all(text[s["start"]:s["end"]] == s["text"] for s in plain["spans"])
