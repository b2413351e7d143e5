"""Keywords: IDF table, phrase-aware candidates, TF-IDF/TextRank, the tagger_keywords component."""

from __future__ import annotations

import gzip
from typing import List

import pytest

from tagger.errors import TaggerError
from tagger.keywords import (DEFAULT_IDF_PATH, EntityMention, IdfTable, KeywordExtractor,
                             WordCutter, is_content_text, is_number, load_idf,
                             load_stopwords, norm_key, read_lexicon_words, textrank_scores)
from tagger.keywords.build_idf import build_idf, iter_documents
from tagger.pipeline.keywords import KeywordsComponent  # noqa: F401  (registers the factory)

ARTICLE_TITLE = "以伟大建党精神指引机关党建高质量发展"
# Slogans of the 机关党建 article, as the slogan lexicon tags them.
SLOGANS = ["伟大建党精神", "四个意识", "四个自信", "两个维护", "三会一课", "四史", "民主集中制",
           "乡村振兴战略", "双百结对", "党史学习教育", "我为群众办实事", "奋斗十四五，建功新征程",
           "习近平新时代中国特色社会主义思想", "中国特色社会主义"]
PEOPLE = ["习近平"]


@pytest.fixture(scope="module")
def article_text(sample_path) -> str:
    """The raw lines of the first article of the sample page, joined without newlines."""
    lines = sample_path.read_text(encoding="utf-8").split("\n")
    return "".join(lines[:lines.index(ARTICLE_TITLE)])


@pytest.fixture(scope="module")
def stopwords():
    return load_stopwords()


@pytest.fixture(scope="module")
def keywords_nlp():
    """Blank zh (character tokens) + entity_ruler for slogans and people + tagger_keywords."""
    import spacy

    nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "char"}}})
    nlp.add_pipe("entity_ruler")
    nlp.add_pipe("tagger_keywords")
    # Patterns enter at initialize, as from [initialize.components.entity_ruler].
    patterns = ([{"label": "SLOGAN", "pattern": s} for s in SLOGANS + ["两区一堡"]]
                + [{"label": "PERSON", "pattern": p} for p in PEOPLE])
    nlp.config["initialize"]["components"]["entity_ruler"] = {"patterns": patterns}
    nlp.initialize()
    return nlp


def texts(keywords) -> List[str]:
    return [kw["text"] for kw in keywords]


# -- the floor on the sample page --------------------------------------------------------


def test_keywords_sample_article_floor(keywords_nlp, article_text, stopwords):
    keywords = keywords_nlp(article_text)._.keywords
    found = texts(keywords)
    assert len(keywords) == 10
    assert "模范机关" in found or "机关党建" in found
    assert any(kw["kind"] == "slogan" for kw in keywords)
    for kw in keywords:
        assert len(kw["text"]) > 1
        assert kw["text"] not in stopwords
        assert not is_number(kw["text"]) or kw["kind"] != "word"
    weights = [kw["weight"] for kw in keywords]
    assert weights == sorted(weights, reverse=True)


@pytest.mark.parametrize("method", ["tfidf", "textrank"])
def test_keywords_methods_on_sample(keywords_nlp, article_text, method):
    component = keywords_nlp.get_pipe("tagger_keywords")
    component.method = method
    try:
        keywords = keywords_nlp(article_text)._.keywords
    finally:
        component.method = "tfidf"
    assert 0 < len(keywords) <= 10
    assert all(set(kw) == {"text", "weight", "kind"} for kw in keywords)
    assert all(kw["kind"] in ("word", "entity", "slogan") for kw in keywords)
    assert "机关党建" in texts(keywords)


@pytest.mark.parametrize("method,top_k,expected", [
    ("tfidf", 3, 3), ("textrank", 5, 5), ("none", 10, 0), ("tfidf", 0, 0),
])
def test_keywords_settings_per_run(keywords_nlp, article_text, method, top_k, expected):
    component = keywords_nlp.get_pipe("tagger_keywords")
    component.method, component.top_k = method, top_k
    try:
        assert len(keywords_nlp(article_text)._.keywords) == expected
    finally:
        component.method, component.top_k = "tfidf", 10


@pytest.mark.parametrize("attr,value,code", [
    ("method", "bm25", "E013"), ("top_k", -1, "E402"), ("top_k", "5", "E402"),
])
def test_keywords_invalid_settings(keywords_nlp, attr, value, code):
    with pytest.raises(TaggerError, match=code):
        setattr(keywords_nlp.get_pipe("tagger_keywords"), attr, value)


# -- phrase awareness and near-duplicates ------------------------------------------------


def test_keywords_slogan_is_one_keyword(keywords_nlp):
    text = "党员要增强“四个意识”、坚定“四个自信”。全体党员增强“四个意识”，做到“两个维护”。"
    keywords = keywords_nlp(text)._.keywords
    found = texts(keywords)
    assert found[0] == "四个意识"
    assert keywords[0]["kind"] == "slogan"
    assert "四个" not in found and "意识" not in found


def test_keywords_lexicon_words_stay_whole_without_ents(keywords_nlp):
    # The entity_ruler's patterns are lexicon words for segmentation; with doc.ents
    # cleared, the slogan still comes out whole from jieba.
    doc = keywords_nlp.make_doc("落实两区一堡战略定位，推进两区一堡建设，两区一堡见成效。")
    doc = keywords_nlp.get_pipe("tagger_keywords")(doc)
    assert "两区一堡" in texts(doc._.keywords)


def test_keywords_recurring_words_form_a_phrase(keywords_nlp):
    text = ("机关党建要围绕中心。抓好机关党建，压实机关党建责任，推动机关党建高质量发展，"
            "党建引领。")
    found = texts(keywords_nlp(text)._.keywords)
    assert "机关党建" in found
    assert "党建" not in found  # merged into 机关党建
    assert "机关" not in found


def test_keywords_quoted_and_bare_forms_merge(keywords_nlp):
    nlp = keywords_nlp
    doc = nlp.make_doc("奋斗“十四五”，开局“十四五”。十四五规划纲要，十四五时期。")
    start = doc.text.index("十四五")
    doc.ents = [doc.char_span(start, start + 3, label="SLOGAN")]
    doc = nlp.get_pipe("tagger_keywords")(doc)
    keys = [norm_key(t) for t in texts(doc._.keywords)]
    assert keys.count("十四五") == 1


def test_keywords_use_canonical_form(keywords_nlp):
    from spacy.tokens import Span

    from tagger.pipeline.extensions import register_extensions

    register_extensions()
    assert Span.has_extension("canonical")
    doc = keywords_nlp.make_doc("深化双百结对，助推乡村振兴。乡村振兴见实效。")
    start = doc.text.index("乡村振兴")
    span = doc.char_span(start, start + 4, label="SLOGAN")
    doc.ents = [span]
    span._.canonical = "乡村振兴战略"
    doc = keywords_nlp.get_pipe("tagger_keywords")(doc)
    assert "乡村振兴战略" in texts(doc._.keywords)


@pytest.mark.parametrize("text,expected", [
    ("100", True), ("三十", True), ("7月", True), ("百年", True), ("第一", True),
    ("30%", True), ("十四五", True), ("机关", False), ("CSOL", False),
])
def test_keywords_is_number(text, expected):
    assert is_number(text) is expected


@pytest.mark.parametrize("text,expected", [
    ("机关党建", True), ("党", False), ("“”", False), ("2021", False), ("AI", True),
])
def test_keywords_is_content_text(text, expected):
    assert is_content_text(text) is expected


@pytest.mark.parametrize("text,key", [("“十四五”", "十四五"), ("十四五", "十四五"),
                                      ("《 决定 》", "决定"), ("ＡＢ", "ab")])
def test_keywords_norm_key(text, key):
    assert norm_key(text) == key


# -- segmentation does not leak ------------------------------------------------------------


def test_keywords_lexicon_does_not_touch_global_jieba(keywords_nlp):
    import jieba

    keywords_nlp("落实两区一堡战略定位。")  # builds the component's own tokenizer
    assert "两区一堡" in keywords_nlp.get_pipe("tagger_keywords").lexicon
    assert "两区一堡" not in jieba.lcut("落实两区一堡战略定位")
    assert "两区一堡" not in jieba.dt.FREQ


@pytest.mark.parametrize("line,words", [
    ('{"label": "SLOGAN", "pattern": "四个意识"}', ["四个意识"]),
    ('{"canonical": "十四五规划", "variants": ["十四五"]}', ["十四五规划", "十四五"]),
    ('{"label": "ORG", "pattern": [{"ORTH": "区"}, {"ORTH": "委"}]}', ["区委"]),
    ("两区一堡 10 nz", ["两区一堡"]),
])
def test_keywords_read_lexicon_words(tmp_path, line, words):
    path = tmp_path / "lexicon.jsonl"
    path.write_text(line + "\n", encoding="utf-8")
    assert read_lexicon_words(path) == words


# -- IDF table --------------------------------------------------------------------------


def test_keywords_packaged_idf_table():
    assert DEFAULT_IDF_PATH.stat().st_size <= 3 * 2 ** 20
    table = load_idf()
    assert table.n_docs > 1000 and len(table) > 10000
    assert table.get("机关") > table.get("中国")  # news-specific weights
    assert table.get("没见过的词语") == table.default >= max(table.idf.values())


@pytest.mark.parametrize("suffix", [".tsv", ".tsv.gz"])
def test_keywords_idf_roundtrip(tmp_path, suffix):
    table = IdfTable.from_counts(10, {"机关": 3, "党建": 2, "孤词": 1})
    assert "孤词" not in table
    path = tmp_path / f"idf{suffix}"
    table.to_disk(path)
    loaded = IdfTable.from_disk(path)
    assert loaded.n_docs == 10 and loaded.idf == table.idf


@pytest.mark.parametrize("content,code", [
    ("#docs\t10\n机关\n", "E400"), ("#docs\t10\n机关\tx\n", "E400"), ("机关\t1.0\n", "E400"),
])
def test_keywords_idf_bad_lines(tmp_path, content, code):
    path = tmp_path / "idf.tsv"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(TaggerError, match=code):
        IdfTable.from_disk(path)


def test_keywords_build_idf_small_corpus(tmp_path):
    bio = "".join(f"{c}\tO\n" for c in "机关党建工作会议召开") + "\n"
    (tmp_path / "a.bio").write_text(bio * 3, encoding="utf-8")
    (tmp_path / "b.jsonl").write_text('{"text": "机关党建引领发展"}\n', encoding="utf-8")
    assert len(list(iter_documents(sorted(tmp_path.iterdir()), doc_chars=0))) == 4
    table = build_idf([tmp_path], doc_chars=0, min_df=2)
    assert table.n_docs == 4
    assert "机关" in table and "召开" in table
    out = tmp_path / "idf.tsv.gz"
    table.to_disk(out)
    with gzip.open(out, "rt", encoding="utf-8") as fh:
        assert fh.readline().startswith("#")


def test_keywords_build_idf_empty_corpus(tmp_path):
    with pytest.raises(TaggerError, match="E401"):
        build_idf([tmp_path])


# -- TextRank -----------------------------------------------------------------------------


def test_keywords_textrank_scores():
    scores = textrank_scores(["a", "b", "a", "c", "a", "d"], window=2)
    assert max(scores.values()) == pytest.approx(1.0)
    assert scores["a"] == 1.0 and scores["b"] < 1.0
    assert textrank_scores([]) == {}
    assert textrank_scores(["x", "x"]) == {"x": 1.0}


# -- component lifecycle ------------------------------------------------------------------


def test_keywords_component_requires_initialize():
    import spacy

    nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "char"}}})
    nlp.add_pipe("tagger_keywords")
    with pytest.raises(TaggerError, match="E016"):
        nlp("机关党建")


def test_keywords_save_load_same_output(keywords_nlp, article_text, tmp_path):
    import spacy

    keywords_nlp.to_disk(tmp_path / "model")
    saved = tmp_path / "model" / "tagger_keywords"
    assert {p.name for p in saved.iterdir()} == {"idf.tsv.gz", "stopwords.txt", "lexicon.txt"}
    loaded = spacy.load(tmp_path / "model")
    assert loaded.pipe_names[-1] == "tagger_keywords"
    assert loaded(article_text)._.keywords == keywords_nlp(article_text)._.keywords
    restored = spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "char"}}})
    restored.add_pipe("tagger_keywords").from_bytes(
        keywords_nlp.get_pipe("tagger_keywords").to_bytes())
    component = restored.get_pipe("tagger_keywords")
    assert component.lexicon == keywords_nlp.get_pipe("tagger_keywords").lexicon


def test_keywords_initialize_with_paths(tmp_path):
    import spacy

    (tmp_path / "stop.txt").write_text("# test\n机关\n", encoding="utf-8")
    IdfTable.from_counts(100, {"机关": 50, "党建": 2}).to_disk(tmp_path / "idf.tsv")
    (tmp_path / "lex.txt").write_text("模范机关 10 nz\n", encoding="utf-8")
    nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "char"}}})
    nlp.add_pipe("tagger_keywords")
    nlp.initialize()
    nlp.get_pipe("tagger_keywords").initialize(
        nlp=nlp, idf_path=str(tmp_path / "idf.tsv"), stopwords_path=str(tmp_path / "stop.txt"),
        lexicon_paths=[str(tmp_path / "lex.txt")])
    found = texts(nlp("机关党建。机关工作。模范机关。模范机关。")._.keywords)
    assert "模范机关" in found and "机关" not in found


def test_keywords_extractor_plain_function(stopwords):
    extractor = KeywordExtractor(idf=load_idf(), stopwords=stopwords,
                                 word_cutter=WordCutter(), top_k=3)
    text = "金山区推进乡村振兴。乡村振兴需要产业。"
    keywords = extractor(text, [EntityMention(0, 3, "LOC", "金山区")])
    assert len(keywords) <= 3
    assert "金山区" in [kw.text for kw in keywords]
    assert next(kw for kw in keywords if kw.text == "金山区").kind == "entity"


def test_keywords_extractor_forgets_verdicts_when_its_word_lists_change(stopwords):
    extractor = KeywordExtractor(idf=load_idf(), stopwords=stopwords,
                                 word_cutter=WordCutter(), top_k=5)
    text = "乡村振兴需要产业。产业兴旺，乡村振兴。"
    assert "产业" in [kw.text for kw in extractor(text)]
    assert extractor._content[("产业", "n")] is True
    extractor.stopwords = frozenset(stopwords | {"产业"})
    assert "产业" not in [kw.text for kw in extractor(text)]
    extractor.allow_pos = ("v",)
    fresh = KeywordExtractor(idf=load_idf(), stopwords=extractor.stopwords,
                             word_cutter=WordCutter(), top_k=5, allow_pos=("v",))
    assert extractor(text) == fresh(text)
    assert [kw.text for kw in fresh(text)] == ["振兴"]  # a verb now, 产业 still a stopword
