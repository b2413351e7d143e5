"""``tagger_ner``: the same entities as spaCy's compiled greedy loop, parsed in token-bounded groups."""

from __future__ import annotations

import pytest
from spacy.pipeline import EntityRecognizer


def _entities(docs):
    return [[(e.start_char, e.end_char, e.label_) for e in doc.ents] for doc in docs]


def _encoded(nlp, texts):
    """Docs of ``texts`` through the pipes before the NER (word features, tok2vec)."""
    docs = [nlp.make_doc(t) for t in texts]
    for name, proc in nlp.pipeline[: nlp.pipe_names.index("ner")]:
        docs = list(proc.pipe(docs))
    return docs


def test_ner_decoder_few_docs_take_spacys_loop(shipped_nlp):
    """Below MIN_DOCS docs spaCy's loop is faster; the entities are the same either way."""
    from tagger.pipeline.ner import MIN_DOCS

    texts = ["国家主席习近平在人民大会堂会见美国总统拜登。"] * MIN_DOCS
    ner = shipped_nlp.get_pipe("ner")
    few, many = _encoded(shipped_nlp, texts[:1]), _encoded(shipped_nlp, texts)
    ner.set_annotations(few, ner.greedy_parse(few))
    ner.set_annotations(many, ner.greedy_parse(many))
    expected = [(4, 7, "PERSON"), (8, 13, "LOC"), (15, 17, "LOC"), (19, 21, "PERSON")]
    assert _entities(few) == [expected] and _entities(many) == [expected] * MIN_DOCS


def test_ner_decoder_is_the_shipped_component(shipped_nlp, repo_dir):
    from tagger.pipeline.ner import NewsEntityRecognizer

    assert isinstance(shipped_nlp.get_pipe("ner"), NewsEntityRecognizer)
    assert 'factory = "tagger_ner"' in (repo_dir / "tagger" / "models" / "zh_news_tagger"
                                        / "config.cfg").read_text(encoding="utf-8")


def test_ner_decoder_matches_spacy_greedy_parse(shipped_nlp, sample_text, corpora_dir):
    """Every doc gets spaCy's own entities: the sample page's paragraphs, 400 MSRA test
    sentences, an empty doc and a one-character doc, parsed together in one group."""
    from tagger.training.corpus import read_spans

    texts = [line for line in sample_text.splitlines() if line.strip()]
    for i, (text, _, _) in enumerate(read_spans(corpora_dir / "msra" / "test.bio")):
        if i == 400:
            break
        texts.append(text)
    texts += ["", "的"]
    ner = shipped_nlp.get_pipe("ner")
    ours, theirs = _encoded(shipped_nlp, texts), _encoded(shipped_nlp, texts)
    ner.set_annotations(ours, ner.greedy_parse(ours))
    ner.set_annotations(theirs, EntityRecognizer.greedy_parse(ner, theirs))
    got, expected = _entities(ours), _entities(theirs)
    assert got == expected
    assert sum(map(len, got)) > 500
    assert got[-2:] == [[], []]


def test_ner_decoder_pipe_keeps_order_and_entities(shipped_nlp):
    texts = ["国家主席习近平在人民大会堂会见美国总统拜登。",
             "金山区委书记刘健到枫泾镇调研。" * 40,
             "新华社北京10月22日电",
             "李强主持召开国务院常务会议。"] * 3
    docs = _encoded(shipped_nlp, texts)
    # batches of 7 and 5 docs: one group each, parsed by this decoder (MIN_DOCS or more)
    piped = list(shipped_nlp.get_pipe("ner").pipe(docs, batch_size=7))
    assert [d.text for d in piped] == texts
    one_by_one = _encoded(shipped_nlp, texts)
    ner = shipped_nlp.get_pipe("ner")
    for doc in one_by_one:
        ner.set_annotations([doc], EntityRecognizer.greedy_parse(ner, [doc]))
    assert _entities(piped) == _entities(one_by_one)
    assert ("习近平", "PERSON") in [(e.text, e.label_) for e in piped[0].ents]


@pytest.mark.parametrize("lengths,max_tokens,groups", [
    ([5, 1, 3], 10, [[1, 3, 5]]),
    ([5, 1, 3], 8, [[1, 3], [5]]),
    ([4, 4, 4, 4], 8, [[4, 4], [4, 4]]),
    ([20, 2], 8, [[2], [20]]),           # a doc over the budget is a group of its own
    ([0, 0, 7], 7, [[0, 0, 7]]),
    ([], 8, []),
])
def test_ner_decoder_length_groups(blank_zh, lengths, max_tokens, groups):
    from tagger.pipeline.ner import length_groups

    docs = [blank_zh.make_doc("字" * n) for n in lengths]
    assert [[len(d) for d in g] for g in length_groups(docs, max_tokens)] == groups


@pytest.mark.parametrize("text,breaks,marked", [
    ("区商务委、区工商联", "、", [4, 5]),
    ("甲。乙！", "。！", [1, 2, 3]),       # the last token's successor is past the end
    ("没有标点", "。", []),
    ("甲\n\n乙", "\n", [1, 2]),        # a run of line breaks is one token
])
def test_ner_decoder_marks_clause_breaks(blank_zh, text, breaks, marked):
    from spacy.attrs import SENT_START
    from tagger.pipeline.ner import mark_clause_breaks

    doc = blank_zh(text)
    before = mark_clause_breaks(doc, breaks)
    assert [t.i for t in doc if t.is_sent_start and t.i] == marked
    if before is not None:
        doc.from_array([SENT_START], before)
    assert not doc.has_annotation("SENT_START")


def test_ner_decoder_opens_no_entity_across_a_clause_break(shipped_nlp):
    """Without its clause breaks the shipped NER reads 尼泊尔农业技术、推动农业发展 as one ORG
    across the 、; with them no entity holds a break, and the sentence marks it set while
    decoding are gone afterwards."""
    from tagger.pipeline import NER_PIPES

    ner = shipped_nlp.get_pipe("ner")
    assert "、" in ner.clause_breaks and "。" in ner.clause_breaks
    text = "对提高尼泊尔农业技术、推动农业发展发挥了关键作用"
    with shipped_nlp.select_pipes(enable=[p for p in shipped_nlp.pipe_names if p in NER_PIPES]):
        doc = shipped_nlp(text)
        assert doc.ents and not any("、" in e.text for e in doc.ents)
        assert not doc.has_annotation("SENT_START")
        saved, ner.clause_breaks = ner.clause_breaks, ""
        try:
            assert ("尼泊尔农业技术、推动农业发展", "ORG") in [(e.text, e.label_) for e in shipped_nlp(text).ents]
        finally:
            ner.clause_breaks = saved
