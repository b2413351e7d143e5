"""tagger_word_features: word position/POS, word, bigram and lattice features; jieba tables."""

from __future__ import annotations

import pytest

from tagger.errors import TaggerError
from tagger.pipeline.word_features import WordFeatures

TEXT = "上海市长宁区举行2025年会议，庄毅摄"


def features(nlp, text, **config):
    doc = nlp.make_doc(text)
    WordFeatures(nlp, **config)(doc)
    return doc


@pytest.mark.parametrize("pos,i,tag,lemma", [
    ("viterbi", 0, "B-ns", "上海市"),
    ("viterbi", 5, "E-ns", "长宁区"),
    ("viterbi", 8, "B-m", "2025"),
    ("lookup", 0, "B-ns", "上海市"),
    ("lookup", 15, "S-x", "，"),
    # jieba's word HMM finds the new word 庄毅; the dictionary has no POS for it.
    ("lookup", 16, "B-un", "庄毅"),
    ("lookup", 18, "S-vg", "摄"),
])
def test_word_position_pos_and_word(blank_zh, pos, i, tag, lemma):
    doc = features(blank_zh, TEXT, pos=pos)
    assert (doc[i].tag_, doc[i].lemma_) == (tag, lemma)


def test_norm_is_the_character_bigram(blank_zh):
    doc = features(blank_zh, TEXT, pos="lookup")
    assert [t.norm_ for t in doc[:3]] == ["上海", "海市", "市长"]
    assert doc[-1].norm_ == "摄</s>"


@pytest.mark.parametrize("i,morph", [
    (0, "Lex=B_ns"),
    # 上海 ends, 上海市 continues; 市长 (not chosen by the segmentation) begins here.
    (2, "Lex=B_w,E_ns"),
    (3, "Lex=B_ns,E_w"),
    (8, ""),
])
def test_lattice_marks_every_dictionary_word(blank_zh, i, morph):
    doc = features(blank_zh, TEXT, pos="lookup", lattice=True)
    assert str(doc[i].morph) == morph


def test_lattice_off_leaves_morph_empty(blank_zh):
    doc = features(blank_zh, TEXT, pos="lookup")
    assert all(str(t.morph) == "" for t in doc)


def test_unknown_pos_mode_is_refused(blank_zh):
    with pytest.raises(TaggerError, match=r"E022.*viterbi, lookup"):
        WordFeatures(blank_zh, pos="crf")


def test_added_words_stay_whole_and_private(blank_zh):
    from tagger.zh.words import base_dictionary

    word = "碳纤维复合材料创新研究院"
    text = f"上海{word}成立"
    with_word = WordFeatures(blank_zh, pos="lookup")
    with_word.add_words({word: "nt"})
    plain = WordFeatures(blank_zh, pos="lookup")
    assert (word, "nt") in with_word.cut_words(text)
    assert all(w != word for w, _ in plain.cut_words(text))
    freq, _, tags = base_dictionary()
    assert word not in freq and word not in tags


def test_word_tags_cache_matches_jieba(tmp_path, monkeypatch):
    import jieba

    from tagger.zh import words

    monkeypatch.setattr(words.tempfile, "tempdir", str(tmp_path))
    freq, _, _ = words.base_dictionary()
    tokenizer = jieba.Tokenizer()
    tokenizer.FREQ, tokenizer.initialized = freq, True
    parsed = words._word_tags(tokenizer)
    assert len(list(tmp_path.glob("tagger-jieba-tags-*.marshal"))) == 1
    cached = words._word_tags(tokenizer)
    assert cached == parsed
    assert (cached["上海"], cached["会议"], cached["举行"]) == ("ns", "n", "v")


@pytest.mark.parametrize("word,tag", [("习近平", "nr"), ("巴斯夫", "nt"), ("金山区", "ns")])
def test_lexicon_words_give_gazetteer_classes(word, tag):
    from tagger.pipeline.patterns import lexicon_words

    assert lexicon_words()[word] == tag


def test_lexicon_words_correct_jieba_in_the_lattice(blank_zh):
    from tagger.pipeline.patterns import lexicon_words

    # jieba's own dictionary has 巴斯夫 as a personal name (nr), 巴斯 as a place.
    plain = features(blank_zh, "巴斯夫公司", pos="lookup", lattice=True)
    assert (plain[0].tag_, str(plain[0].morph)) == ("B-nr", "Lex=B_nr,B_ns")
    component = WordFeatures(blank_zh, pos="lookup", lattice=True)
    component.initialize(words=lexicon_words())
    doc = component(blank_zh.make_doc("巴斯夫公司"))
    assert (doc[0].tag_, str(doc[0].morph)) == ("B-nt", "Lex=B_ns,B_nt")


def test_segmentation_cache_is_bounded_by_characters(blank_zh, monkeypatch):
    from tagger.pipeline import word_features

    monkeypatch.setattr(word_features, "CACHE_MAX_CHARS", 2000)
    wf = WordFeatures(blank_zh, pos="lookup", cache_size=100)
    texts = [f"第{i:03d}篇：上海市金山区召开会议。" for i in range(200)]  # 17 characters each
    for text in texts:
        wf.cut_words(text)
    assert len(wf._cache) == 100  # the count bound
    wf.cache_size = 1000
    for text in texts:
        wf.cut_words(text)
    assert sum(map(len, wf._cache)) == wf._cached_chars == (2000 // 17) * 17  # the character bound
    assert texts[-1] in wf._cache and texts[0] not in wf._cache
    wf.cut_words("长" * 21)  # longer than a hundredth of the budget: not cached
    assert "长" * 21 not in wf._cache
    wf.clear_cache()
    assert not wf._cache and wf._cached_chars == 0


# -- the same words as jieba, faster (tagger.zh.words.DictionaryCut) -------------------------

CUT_TEXTS = [
    "", " ", "\r\n\t", "上海市长宁区举行2025年会议，庄毅摄",
    "区委书记刘健在金山区调研，强调要落实“四个意识”。",
    "A股和B股 x86 芯片 ３６５天 2019年 12.5% a-b c#d&e_f",
    "习近平新时代中国特色社会主义思想 (2021) 𠀀𠀁 〇 Ｔ恤",
    "本报讯（记者 林一鸣）金山区山阳镇金海岸居民区党总支书记表示：\n\n“我们将继续努力。”",
    "阿卜杜勒·拉赫曼同志和萨尔瓦多·达利先生，卢布尔雅那的克罗地亚人。",
]


def _random_texts(count: int) -> list:
    import random

    rnd = random.Random(7)
    alphabet = "abXZ09 .%-_#&+\n\r\t，。“”中国上海金山区委书记刘健习近平新时代１ａ·恤"
    return ["".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 40))) for _ in range(count)]


@pytest.fixture(scope="module")
def cutters():
    from tagger.zh.words import DictionaryCut, pos_tokenizer

    plain = pos_tokenizer()
    extended = pos_tokenizer([("碳纤维复合材料创新研究院", 2000, "nz"), ("金海岸居民区", None, "ns")])
    return [(posseg, DictionaryCut(posseg)) for posseg in (plain, extended)]


@pytest.mark.parametrize("hmm", [True, False])
def test_dictionary_cut_gives_jiebas_words(cutters, hmm):
    for posseg, fast in cutters:
        for text in CUT_TEXTS + _random_texts(300):
            assert fast.cut(text, hmm=hmm) == list(posseg.tokenizer.cut(text, HMM=hmm)), text


@pytest.mark.parametrize("hmm", [True, False])
def test_dictionary_cut_gives_jiebas_words_and_tags(cutters, hmm):
    for posseg, fast in cutters:
        for text in CUT_TEXTS + _random_texts(300):
            assert fast.cut_pos(text, hmm=hmm) == [(p.word, p.flag) for p in posseg.cut(text, HMM=hmm)], text


def _reference_lattice(wf: WordFeatures, text: str) -> list:
    """The lattice feature as first written: every dictionary word of 2 to max_word_length
    characters marks its characters; the marks of a character sorted and joined."""
    from tagger.pipeline.word_features import LATTICE_CLASSES

    freq = wf.word_cutter.tokenizer.FREQ
    tags = wf.word_cutter.word_tag_tab
    marks = [set() for _ in text]
    for k in range(len(text)):
        for end in range(k + 2, min(len(text), k + wf.max_word_length) + 1):
            word = text[k:end]
            if word not in freq:
                break
            if freq[word]:
                cls = LATTICE_CLASSES.get(tags.get(word, ""), "w")
                marks[k].add("B_" + cls)
                for m in range(k + 1, end - 1):
                    marks[m].add("M_" + cls)
                marks[end - 1].add("E_" + cls)
    return [",".join(sorted(m)) for m in marks]


@pytest.mark.parametrize("hmm", [True, False])
def test_word_features_cut_and_lattice_in_one_pass(blank_zh, hmm):
    from tagger.pipeline.word_features import _lattice_texts

    wf = WordFeatures(blank_zh, pos="lookup", lattice=True, hmm=hmm, max_word_length=4)
    wf.initialize(words={"金海岸居民区": "ns"})
    for text in CUT_TEXTS + _random_texts(200):
        wf.clear_cache()
        words, bits = wf.cut_words_and_lattice(text)
        assert _lattice_texts(bits) == wf.lattice_features(text) == _reference_lattice(wf, text), text
        wf.clear_cache()
        assert words == wf.cut_words(text), text
    # words already cut come from the cache; the lattice is the same
    assert wf.cut_words_and_lattice(CUT_TEXTS[3])[1] == wf._lattice_bits(CUT_TEXTS[3])


def test_posseg_import_reads_no_dictionary_twice():
    """Importing jieba.posseg (through the dictionary service) gives its global
    POSTokenizer the table that parsing jieba's dictionary gives."""
    import jieba
    import jieba.posseg

    from tagger.zh.words import base_dictionary

    tags = base_dictionary()[2]
    parsed = jieba.posseg.POSTokenizer(jieba.Tokenizer()).word_tag_tab
    assert jieba.posseg.dt.word_tag_tab == parsed == tags
    assert jieba.posseg.dt.word_tag_tab is not tags  # jieba's own copy: user words do not leak
    assert "get_dict_file" not in vars(jieba.dt)


def test_doc_text_of_make_doc_is_the_input(blank_zh):
    from tagger.pipeline.textview import doc_text, make_doc

    for text in CUT_TEXTS + ["  两个空格  ", "\u3000\u3000全角空格\u3000", "a\x00b\ufeff\u200b"]:
        doc = make_doc(blank_zh, text)
        assert doc_text(doc) == doc.text == text
