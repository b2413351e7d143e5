"""The Python API: tagger.load, tagger.tag_text, tagger.tag_records, nlp.pipe, displaCy."""

from __future__ import annotations

import pytest

import tagger
from tagger.errors import TaggerError


def _spans(records):
    return {(s["text"], s["label"]) for r in records if r["kind"] == "article" for s in r["spans"]}


def test_api_tag_text_matches_cli_records(shipped_nlp, sample_text, sample_records):
    records = tagger.tag_text(sample_text, nlp=shipped_nlp, source=sample_records[0]["meta"]["source"])
    assert records == sample_records


def test_api_tag_text_offsets_point_into_the_given_text(shipped_nlp, sample_text):
    records = tagger.tag_text(sample_text, nlp=shipped_nlp)
    articles = [r for r in records if r["kind"] == "article"]
    assert len(articles) >= 8 and {r["kind"] for r in records} == {"article", "page"}
    assert ("伟大建党精神", "SLOGAN") in _spans(records)
    for record in articles:
        start, end = record["meta"]["raw_start"], record["meta"]["raw_end"]
        assert 0 <= start < end <= len(sample_text)
        for span in record["spans"] + record["nested"]:
            assert record["text"][span["start"]:span["end"]] == span["text"]
            assert "\n" not in span["text"]  # repaired: no PDF line wraps inside names
            raw = sample_text[span["raw_start"]:span["raw_end"]]  # may hold wraps, doubled bold
            assert (raw[0], raw[-1]) == (span["text"][0], span["text"][-1])


def test_api_raw_page_through_the_pipeline_keeps_line_breaks(shipped_nlp, sample_text):
    """What the README warns about: nlp(raw page) tags the text as given."""
    doc = shipped_nlp(sample_text)
    assert any("\n" in ent.text for ent in doc.ents)
    repaired = tagger.tag_text(sample_text, nlp=shipped_nlp, segment=False)
    (article,) = repaired
    assert not any("\n" in s["text"] for s in article["spans"])


@pytest.mark.parametrize("records, expected", [
    ([{"text": "习近平在北京考察。", "id": "a"}], [("a", "article", {("习近平", "PERSON"), ("北京", "LOC")})]),
    (["上海市金山区召开会议。"], [("records:1", "article", {("上海市", "LOC"), ("金山区", "LOC")})]),
    ([{"id": "x"}, 5, {"text": " "}], [(None, "error", "E007"), (None, "error", "E006"),
                                        (None, "error", "E008")]),
])
def test_api_tag_records(shipped_nlp, records, expected):
    out = list(tagger.tag_records(records, nlp=shipped_nlp))
    assert len(out) == len(expected)
    for record, (rid, kind, what) in zip(out, expected):
        assert record["kind"] == kind
        if kind == "article":
            assert record["id"] == rid and _spans([record]) == what
        else:
            assert record["error"].startswith(f"[{what}] records line")


def test_api_tag_text_rejects_non_text(shipped_nlp):
    with pytest.raises(TaggerError, match="E100"):
        tagger.tag_text(b"bytes", nlp=shipped_nlp)


def test_api_load_returns_language_with_options(tmp_path):
    from spacy.language import Language

    nlp = tagger.load("zh_news_tagger", keywords="textrank", top_k=3)
    assert isinstance(nlp, Language)
    assert nlp.get_pipe("tagger_keywords").method == "textrank"
    docs = list(nlp.pipe(["习近平在上海考察。", "金山区召开会议。"]))
    assert [[(e.text, e.label_) for e in d.ents] for d in docs] == \
        [[("习近平", "PERSON"), ("上海", "LOC")], [("金山区", "LOC")]]
    with pytest.raises(TaggerError, match="E010"):
        tagger.load(tmp_path)


def test_api_displacy_renders_a_tagged_article(shipped_nlp):
    from spacy import displacy

    (record,) = tagger.tag_records([{"text": "习近平在上海考察。"}], nlp=shipped_nlp)
    html = displacy.render({"text": record["text"], "ents": record["spans"]}, style="ent",
                           manual=True)
    assert "习近平" in html and "PERSON" in html and "LOC" in html
