"""Self-training: pseudo-labels by provenance, and weight averaging of two NERs."""

from __future__ import annotations

import json

import pytest

from tagger.errors import TaggerError
from tagger.training.corpus import MISSING
from tagger.training.pseudo import line_records, pseudo_label, pseudo_labels, read_articles


@pytest.mark.parametrize("pipeline,ner_alone,expected", [
    # a rule span is taught whatever the NER alone found
    ([(0, 3, "ORG", "lexicon")], set(), [(0, 3, "ORG")]),
    ([(0, 3, "PERSON", "pattern")], {(0, 2, "PERSON")}, [(0, 3, "PERSON")]),
    # a model span the NER alone found there is taught
    ([(4, 6, "PERSON", "model")], {(4, 6, "PERSON")}, [(4, 6, "PERSON")]),
    # a model span the merge copied or reshaped is left unannotated
    ([(9, 11, "PERSON", "model")], {(4, 6, "PERSON")}, [(9, 11, MISSING)]),
    ([(4, 6, "ORG", "model")], {(4, 6, "LOC")}, [(4, 6, MISSING)]),
])
def test_pseudo_label_table(pipeline, ner_alone, expected):
    assert pseudo_label(pipeline, ner_alone) == expected


def test_pseudo_line_records_split_spans_and_skip_short_lines():
    text = "短行\n区委书记刘健在金山区调研工作\n金山区"
    spans = [(7, 9, "PERSON"), (10, 13, "LOC"), (24, 27, "LOC")]
    records = list(line_records("a1", text, spans))
    assert [r["id"] for r in records] == ["a1#1"]
    assert records[0]["text"] == "区委书记刘健在金山区调研工作"
    assert [(s["start"], s["end"], s["label"]) for s in records[0]["spans"]] == [(4, 6, "PERSON"), (7, 10, "LOC")]


def test_pseudo_labels_leave_out_excluded_articles_and_label_the_rest(tmp_path, shipped_nlp):
    raw = tmp_path / "raw.jsonl"
    rows = [{"id": "a@x", "text": "国家主席习近平在北京会见联合国秘书长古特雷斯。"},
            {"id": "b@x", "text": "不读这一篇。"},
            {"id": "c@x", "text": "李强在浙江省杭州市考察阿里巴巴集团。\n短"}]
    raw.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    articles = read_articles(raw, every=1, exclude={"b"})
    assert [a for a, _ in articles] == ["a@x", "c@x"]
    out = tmp_path / "pseudo.jsonl"
    counts = pseudo_labels(articles, out, nlp=shipped_nlp)
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert counts["articles"] == 2 and counts["lines"] == 2 == len(records)
    taught = {(r["text"][s["start"]:s["end"]], s["label"]) for r in records for s in r["spans"]}
    assert {("习近平", "PERSON"), ("北京", "LOC"), ("联合国", "ORG"), ("李强", "PERSON")} <= taught
    assert all(label in ("PERSON", "ORG", "LOC", MISSING) for _, label in taught)


def _tiny_ner(seed):
    import spacy
    from thinc.api import fix_random_seed

    fix_random_seed(seed)
    nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "char"}}})
    nlp.add_pipe("tok2vec")
    nlp.add_pipe("ner").add_label("LOC")
    nlp.initialize()
    return nlp


def test_average_sets_each_weight_between_the_two():
    from tagger.training.average import average_into

    old, new = _tiny_ner(0), _tiny_ner(1)
    pairs = [(a, b) for name in ("tok2vec", "ner")
             for a, b in zip(old.get_pipe(name).model.walk(), new.get_pipe(name).model.walk())]
    before = [(a.get_param(p).copy(), b.get_param(p).copy()) for a, b in pairs for p in b.param_names
              if a.has_param(p) and b.has_param(p)]
    n = average_into(old, new, weight=0.25)
    after = [b.get_param(p) for a, b in pairs for p in b.param_names if a.has_param(p) and b.has_param(p)]
    assert n == len(before) > 4
    for (x, y), z in zip(before, after):
        assert (abs(z - (0.75 * x + 0.25 * y)) < 1e-6).all()


@pytest.mark.parametrize("weight,match", [(1.5, "outside 0..1"), (0.5, "'tagger' is missing")])
def test_average_refuses_what_it_cannot_average(weight, match):
    from tagger.errors import TaggerError
    from tagger.training.average import average_into

    old, new = _tiny_ner(0), _tiny_ner(1)
    components = ("tok2vec", "tagger") if "tagger" in match else ("tok2vec",)
    with pytest.raises(TaggerError, match=match):
        average_into(old, new, weight=weight, components=components)


@pytest.mark.parametrize("text,pipeline,human,expected", [
    # an annotated name is a PERSON, over whatever the pipeline read there
    ("浙商银行叶老桂博士认为", [(0, 4, "ORG")], [(4, 7, "name"), (0, 4, "company")],
     [(0, 4, "ORG"), (4, 7, "PERSON")]),
    ("临摹石涛的张大千", [(5, 8, "PERSON")], [(2, 4, "name"), (5, 8, "name")],
     [(2, 4, "PERSON"), (5, 8, "PERSON")]),
    ("对蔚少辉立案", [(1, 3, "LOC")], [(1, 4, "name")], [(1, 4, "PERSON")]),
    # a name in Latin letters (lower-cased by CLUENER) is taught neither way
    ("面面和lily认识", [], [(0, 2, "name"), (3, 7, "name")], [(0, 2, "PERSON"), (3, 7, MISSING)]),
    # a pipeline PERSON no annotator marked is unannotated; one over a title goes
    ("乌迪、尤文", [(0, 2, "PERSON")], [(3, 5, "organization")], [(0, 2, MISSING), (3, 5, MISSING)]),
    ("董事长主持会议", [(0, 3, "PERSON")], [(0, 3, "position")], []),
    # a body the pipeline found as annotated stands; one it cut otherwise is unannotated
    ("那不勒斯vs锡耶纳", [(0, 4, "ORG"), (6, 9, "ORG")], [(0, 4, "organization"), (6, 9, "organization")],
     [(0, 4, "ORG"), (6, 9, "ORG")]),
    ("中博传媒与新加坡", [(0, 1, "LOC"), (5, 8, "LOC")], [(0, 4, "company")], [(0, 4, MISSING), (5, 8, "LOC")]),
    # places inside an annotated address stand
    ("位于北京市海淀区中关村", [(2, 5, "LOC"), (5, 8, "LOC")], [(2, 11, "address")],
     [(2, 5, "LOC"), (5, 8, "LOC")]),
])
def test_human_names_overlay_table(text, pipeline, human, expected):
    from tagger.training.human_names import overlay_names
    assert overlay_names(text, pipeline, human) == expected


@pytest.mark.parametrize("text,pipeline,human,expected", [
    # a body the pipeline missed altogether is an ORG where it names one body
    ("暴雪发布新作", [], [(0, 2, "company")], [(0, 2, "ORG")]),
    ("银监局和光大银行", [(4, 8, "ORG")], [(0, 3, "government"), (4, 8, "company")],
     [(0, 3, "ORG"), (4, 8, "ORG")]),
    # leagues, armies, kinds of body, quoted names and Latin letters stay unannotated
    ("英超和联盟杯", [], [(0, 2, "organization"), (3, 6, "organization")],
     [(0, 2, MISSING), (3, 6, MISSING)]),
    ("俄军与商业银行", [], [(0, 2, "government"), (3, 7, "company")], [(0, 2, MISSING), (3, 7, MISSING)]),
    ("“俏江南”餐饮集团和EA", [], [(0, 9, "company"), (10, 12, "company")],
     [(0, 9, MISSING), (10, 12, MISSING)]),
    # a body the pipeline touched, even as unannotated, is not taught
    ("英国必发公司", [(0, 2, "LOC")], [(0, 6, "company")], [(0, 6, MISSING)]),
])
def test_human_names_overlay_bodies_table(text, pipeline, human, expected):
    from tagger.training.human_names import overlay_names
    assert overlay_names(text, pipeline, human, organizations=True) == expected
    taught = overlay_names(text, pipeline, human)
    assert all(label != "ORG" or (s, e, "ORG") in pipeline for s, e, label in taught)


def test_human_names_file_reads_cluener_lines_and_checks_texts(tmp_path):
    from tagger.training.human_names import overlay_file
    cluener = tmp_path / "train.jsonl"
    cluener.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in [
        {"text": "不用这一行", "label": {}},
        {"text": "临摹石涛的张大千", "label": {"name": {"石涛": [[2, 3]], "张大千": [[5, 7]]}}},
    ]) + "\n", encoding="utf-8")
    pseudo = tmp_path / "pseudo.jsonl"
    pseudo.write_text(json.dumps({"id": "cluener-train-2#0", "text": "临摹石涛的张大千",
                                  "spans": [{"start": 5, "end": 8, "label": "PERSON"}]},
                                 ensure_ascii=False) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert overlay_file(pseudo, cluener, out) == {"passages": 1, "names": 2, "bodies": 0, "unannotated": 0}
    record = json.loads(out.read_text(encoding="utf-8"))
    assert [(s["start"], s["end"], s["label"]) for s in record["spans"]] == [(2, 4, "PERSON"), (5, 8, "PERSON")]
    pseudo.write_text(json.dumps({"id": "cluener-train-1#0", "text": "另一行文字", "spans": []},
                                 ensure_ascii=False) + "\n", encoding="utf-8")
    with pytest.raises(TaggerError, match="E040.*cluener-train-1#0"):
        overlay_file(pseudo, cluener, out)
