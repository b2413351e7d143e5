"""Export to and import from annotation tools (tagger.exchange): formats, offsets, round trips."""

from __future__ import annotations

import contextlib
import io
import json
import warnings
from pathlib import Path

import pytest

from tagger.errors import TaggerError
from tagger.exchange import (FORMATS, docs_from_records, export_docs, export_records,
                             import_docs, import_file, read_jsonl, round_trip_diff)
from tagger.exchange import brat, conll, labelstudio, prodigy
from tagger.exchange.model import ExchangeDoc, ExchangeSpan, Utf16Offsets, safe_stem

DATA = Path(__file__).parent / "data" / "exchange"
SAMPLE = DATA / "tagged_sample.jsonl"
# Tagged JSONL every format must accept and round-trip: the hand-made sample, and the
# model's output on examples/ once it is saved as tests/data/exchange/sample_page_tagged.jsonl.
SOURCES = [p for p in (SAMPLE, DATA / "sample_page_tagged.jsonl") if p.exists()]
# (format, offset unit) pairs the round trip must survive
EXPORTS = [(name, unit) for name, spec in FORMATS.items() for unit in spec.offset_units]


def assert_round_trip(records, fmt: str, directory: Path, *, offsets: str = "char") -> None:
    """Export ``records`` as ``fmt``, import them back, fail on any lost or changed span."""
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        diffs = round_trip_diff(records, fmt, directory, offsets=offsets)
    assert diffs == [], "\n".join(diffs)


@pytest.fixture(scope="module")
def records() -> list:
    return list(read_jsonl(SAMPLE))


@pytest.fixture(scope="module")
def docs(records) -> list:
    return docs_from_records(records)[0]


def _doc(text: str, *spans, nested=()) -> ExchangeDoc:
    def make(item):
        surface, label, occurrence = (*item, 0)[:3]
        start = -1
        for _ in range(occurrence + 1):
            start = text.index(surface, start + 1)
        return ExchangeSpan(start, start + len(surface), label)

    return ExchangeDoc("edge", text, [make(s) for s in spans], [make(s) for s in nested])


def _record(doc: ExchangeDoc) -> dict:
    return {"id": doc.id, "kind": "article", "text": doc.text,
            "spans": [{"start": s.start, "end": s.end, "label": s.label} for s in doc.spans],
            "nested": [{"start": s.start, "end": s.end, "label": s.label} for s in doc.nested]}


EDGE_CASES = {
    "empty": _doc(""),
    "whole_text": _doc("金山区", ("金山区", "LOC")),
    "edges": _doc("上海在金山", ("上海", "LOC"), ("金山", "LOC")),
    "newlines": _doc("刘健\n\n区委\n", ("刘健", "PERSON"), ("区委", "ORG")),
    "crlf": _doc("金山报\r\n记者 林鹍鹏\r\n", ("金山报", "ORG"), ("林鹍鹏", "PERSON")),
    "lone_cr": _doc("山阳镇\r金山", ("山阳镇", "LOC"), ("金山", "LOC")),
    "span_over_line_break": _doc("金山\n区委开会", ("金山\n区委", "ORG")),
    "non_bmp": _doc("𠀀👍王𠀀明在𠀀", ("王𠀀明", "PERSON"), ("𠀀", "LOC", 2)),
    "overlapping_slogans": _doc(
        "学习习近平新时代中国特色社会主义思想",
        ("习近平新时代中国特色社会主义思想", "SLOGAN"),
        nested=[("习近平", "PERSON"), ("新时代中国特色社会主义", "SLOGAN"),
                ("中国特色社会主义", "SLOGAN"), ("社会主义思想", "SLOGAN")]),
    "spaces_and_controls": _doc("中国\u3000光学\t协会 \u200b上海", ("中国", "LOC"), ("上海", "LOC")),
}


# ---------------------------------------------------------------------------
# round trips


@pytest.mark.parametrize("source", SOURCES, ids=lambda p: p.stem)
@pytest.mark.parametrize(("fmt", "offsets"), EXPORTS)
def test_exchange_round_trip_sample(source, fmt, offsets, tmp_path):
    assert_round_trip(list(read_jsonl(source)), fmt, tmp_path, offsets=offsets)


@pytest.mark.parametrize("case", sorted(EDGE_CASES))
@pytest.mark.parametrize(("fmt", "offsets"), EXPORTS)
def test_exchange_round_trip_edge_cases(case, fmt, offsets, tmp_path):
    assert_round_trip([_record(EDGE_CASES[case])], fmt, tmp_path, offsets=offsets)


def test_exchange_round_trip_property(tmp_path_factory):
    hypothesis = pytest.importorskip("hypothesis")
    st = hypothesis.strategies
    alphabet = st.sampled_from(list("金山区委刘健上海\n\r \u3000\t𠀀👍“”、。"))

    @st.composite
    def articles(draw):
        text = draw(st.text(alphabet, max_size=30))
        cuts = sorted(draw(st.sets(st.integers(0, len(text)), max_size=8)))
        spans = [{"start": a, "end": b, "label": draw(st.sampled_from(["PERSON", "ORG", "LOC",
                                                                       "SLOGAN"]))}
                 for a, b in zip(cuts[::2], cuts[1::2]) if a < b]
        return {"kind": "article", "id": "p", "text": text, "spans": spans}

    @hypothesis.settings(max_examples=40, deadline=None,
                         suppress_health_check=list(hypothesis.HealthCheck))
    @hypothesis.given(st.lists(articles(), min_size=1, max_size=3))
    def check(batch):
        for fmt in ("prodigy", "labelstudio", "conll", "spacy", "doccano"):
            out = tmp_path_factory.mktemp(fmt)
            assert round_trip_diff(batch, fmt, out, offsets="char") == []

    check()


def test_exchange_round_trip_helper_reports_loss(records, tmp_path):
    """conll keeps the flat layer only: its round trip compares that layer alone."""
    assert round_trip_diff(records, "conll", tmp_path) == []
    doc = EDGE_CASES["overlapping_slogans"]
    back = import_docs(export_docs([doc], "conll", tmp_path / "x.conll",
                                   flat_only=True).paths[0], "conll")
    assert back[0].nested == [] and [s.key for s in back[0].spans] == [s.key for s in doc.spans]


# ---------------------------------------------------------------------------
# records in, gold out


def test_exchange_export_skips_page_and_error_records(records, tmp_path):
    summary = export_records(records, "doccano", tmp_path / "out.jsonl")
    kinds = [r.get("kind") for r in records]
    assert summary.articles == kinds.count("article")
    assert summary.skipped_records == kinds.count("page") + kinds.count("error")
    assert summary.nested == sum(len(r["nested"]) for r in records if r["kind"] == "article")


def test_exchange_import_gives_gold_records(records, tmp_path):
    export_records(records, "labelstudio", tmp_path / "t.json")
    gold = import_file(tmp_path / "t.json", "labelstudio", unreviewed=True)
    articles = [r for r in records if r["kind"] == "article"]
    assert [g["id"] for g in gold] == [a["id"] for a in articles]
    for g, a in zip(gold, articles):
        assert set(g) >= {"id", "text", "spans", "nested"}
        assert [(s["start"], s["end"], s["label"], s["text"]) for s in g["spans"]] == \
            [(s["start"], s["end"], s["label"], s["text"]) for s in a["spans"]]
        for span in g["spans"]:
            assert g["text"][span["start"]:span["end"]] == span["text"]


def test_exchange_gold_is_read_by_training_corpus(records, tmp_path):
    corpus = pytest.importorskip("tagger.training.corpus")
    export_records(records, "brat", tmp_path / "brat")
    gold_path = tmp_path / "gold.jsonl"
    gold_path.write_text("".join(json.dumps(g, ensure_ascii=False) + "\n"
                                 for g in import_file(tmp_path / "brat", "brat")),
                         encoding="utf-8")
    read = list(corpus.read_gold_jsonl(gold_path))
    assert len(read) == sum(r["kind"] == "article" for r in records)


@pytest.mark.parametrize(
    ("record", "code"),
    [
        ({"text": "刘健", "spans": [{"start": 0, "end": 3, "label": "PERSON"}]}, "E501"),
        ({"text": "刘健", "spans": [{"start": 1, "end": 1, "label": "PERSON"}]}, "E501"),
        ({"text": "刘健", "spans": [{"start": 0, "end": 2, "label": "PER SON"}]}, "E502"),
        ({"text": "刘健", "spans": [{"start": 0, "end": 2, "label": "PERSON", "text": "刘"}]},
         "E503"),
        ({"text": "金山区政府", "spans": [{"start": 0, "end": 3, "label": "LOC"},
                                      {"start": 0, "end": 5, "label": "ORG"}]}, "E504"),
        ({"spans": []}, "E505"),
        ({"text": "刘健", "spans": [[0, 2, "PERSON"]]}, "E500"),
    ],
)
def test_exchange_export_rejects_bad_records(record, code, tmp_path):
    with pytest.raises(TaggerError, match=code):
        export_records([record], "prodigy", tmp_path / "x.jsonl")


def test_exchange_unknown_format_and_bad_paths(records, tmp_path):
    with pytest.raises(TaggerError, match="E511"):
        export_records(records, "tsv", tmp_path / "x")
    with pytest.raises(TaggerError, match="E513"):
        export_records(records, "prodigy", tmp_path)
    (tmp_path / "file").write_text("x")
    with pytest.raises(TaggerError, match="E513"):
        export_records(records, "brat", tmp_path / "file")
    with pytest.raises(TaggerError, match="E013"):
        export_records(records, "conll", tmp_path / "x.conll", offsets="utf16")
    with pytest.raises(TaggerError, match="E035"):
        import_file(tmp_path / "missing.json", "labelstudio")


def test_exchange_flat_only_format_warns_about_nested(records, tmp_path):
    with pytest.warns(UserWarning, match="W502"):
        summary = export_records(records, "conll", tmp_path / "x.conll")
    assert summary.dropped_nested > 0
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        export_records(records, "conll", tmp_path / "y.conll", flat_only=True)


# ---------------------------------------------------------------------------
# offsets in UTF-16 code units


def test_exchange_utf16_offsets_convert_both_ways():
    text = "𠀀👍王𠀀明"
    u = Utf16Offsets(text)
    assert [u.encode(i) for i in range(len(text) + 1)] == [0, 2, 4, 5, 7, 8]
    assert [u.decode(x) for x in (0, 1, 2, 4, 5, 7, 8)] == [0, None, 1, 2, 3, 4, 5]


@pytest.mark.parametrize("fmt", ["labelstudio", "brat"])
def test_exchange_utf16_export_shifts_offsets_after_non_bmp(fmt, tmp_path):
    doc = EDGE_CASES["non_bmp"]
    chars = export_docs([doc], fmt, tmp_path / "c", offsets="char").paths[0]
    utf16 = export_docs([doc], fmt, tmp_path / "u", offsets="utf16").paths[0]
    if fmt == "labelstudio":
        starts = [[r["value"]["start"] for r in json.loads(p.read_text())[0]["predictions"][0]
                   ["result"]] for p in (chars, utf16)]
    else:
        starts = [[int(line.split("\t")[1].split()[1]) for line in
                   p.with_suffix(".ann").read_text(encoding="utf-8").splitlines()]
                  for p in (chars, utf16)]
    assert starts == [[2, 6], [4, 9]]  # 王𠀀明 after 𠀀👍; the third 𠀀
    for path in (chars.parent if fmt == "brat" else chars, utf16.parent if fmt == "brat"
                 else utf16):
        back = import_docs(path, fmt, unreviewed=True)
        assert [s.key for s in back[0].spans] == [s.key for s in doc.spans]


# ---------------------------------------------------------------------------
# Prodigy: documented task schema (Prodigy itself is proprietary)


def accepted_prodigy(docs, tmp_path):
    """Prodigy is proprietary: check its documented task schema and token/span alignment."""
    out = export_docs(docs, "prodigy", tmp_path / "tasks.jsonl").paths[0]
    flat = export_docs(docs, "prodigy", tmp_path / "flat.jsonl", flat_only=True).paths[0]
    for n, task in enumerate(read_jsonl(out)):
        assert prodigy.validate_task(task, where=f"task {n}") == []
        assert all(t["ws"] is False for t in task["tokens"])
    for n, task in enumerate(read_jsonl(flat)):
        assert prodigy.validate_task(task, where=f"task {n}", manual_ner=True) == []


def test_exchange_prodigy_overlaps_need_flat_only_for_ner_manual():
    doc = EDGE_CASES["overlapping_slogans"]
    overlapping = prodigy.doc_to_task(doc)
    assert prodigy.validate_task(overlapping, where="t", manual_ner=True) != []
    assert prodigy.validate_task(overlapping, where="t") == []  # spans.manual
    flat = prodigy.doc_to_task(doc, flat_only=True)
    assert prodigy.validate_task(flat, where="t", manual_ner=True) == []


def test_exchange_prodigy_answers(docs):
    with pytest.warns(UserWarning, match="W500") as record:
        back = prodigy.read(DATA / "prodigy_answers.jsonl")
    assert "reject or ignore" in str(record[0].message)
    # accepted: tasks 0 (answered twice: the later answer counts) and 3
    assert [d.id for d in back] == [docs[3].id, docs[0].id]
    assert ("金山区", "LOC") not in {(d.text[s.start:s.end], s.label)
                                    for d in back[1:] for s in d.spans}
    assert [s.key for s in back[0].spans] == [s.key for s in docs[3].spans]


def test_exchange_prodigy_unanswered_tasks_need_flag(docs, tmp_path):
    out = export_docs(docs, "prodigy", tmp_path / "tasks.jsonl").paths[0]
    with pytest.warns(UserWarning, match="W500"):
        assert prodigy.read(out) == []
    assert len(prodigy.read(out, unreviewed=True)) == len(docs)


# ---------------------------------------------------------------------------
# doccano


def accepted_doccano(docs, tmp_path):
    """doccano's JSONL import: text, [start, end, label] triples, JSON metadata values."""
    out = export_docs(docs, "doccano", tmp_path / "d.jsonl").paths[0]
    for line, doc in zip(read_jsonl(out), docs):
        assert set(line) >= {"text", "label", "article_id"}
        assert all(isinstance(s, int) and isinstance(e, int) and isinstance(label, str)
                   for s, e, label in line["label"])
        assert all(isinstance(v, (str, int, float, bool, list, type(None)))
                   for v in line.values())
        assert len(line["label"]) == len(doc.all_spans)


def test_exchange_doccano_export_with_tool_fields(docs):
    back = import_docs(DATA / "doccano_export.jsonl", "doccano")
    assert [d.id for d in back[:3]] == [d.id for d in docs[:3]]
    removed = {s.key for s in docs[0].spans} - {s.key for s in back[0].spans}
    assert [docs[0].text[a:b] for a, b, _ in removed] == ["两个维护"]
    assert [s.key for s in back[1].nested] == [s.key for s in docs[1].nested]
    assert "Comments" not in back[0].meta and "id" not in back[0].meta
    assert [s.key for s in back[3].spans] == [(0, 4, "ORG")]  # "entities" export format


# ---------------------------------------------------------------------------
# Label Studio


def accepted_labelstudio(docs, tmp_path):
    """Task and config structure (the slow tool test has Label Studio's SDK validate them)."""
    tasks_path, config_path = export_docs(docs, "labelstudio", tmp_path / "ls.json").paths
    assert config_path == tmp_path / "ls.config.xml"
    import xml.etree.ElementTree as ET

    root = ET.fromstring(config_path.read_text(encoding="utf-8"))
    labels = root.find("Labels")
    assert labels.get("name") == "label" and labels.get("toName") == "text"
    assert [x.get("value") for x in labels] == ["PERSON", "ORG", "LOC", "SLOGAN"]
    assert root.find("Text").get("value") == "$text"
    tasks = json.loads(tasks_path.read_text(encoding="utf-8"))
    assert isinstance(tasks, list) and len(tasks) == len(docs)
    for task, doc in zip(tasks, docs):
        assert task["data"]["text"] == doc.text
        (pred,) = task["predictions"]
        assert pred["model_version"].startswith("tagger-")
        ids = [r["id"] for r in pred["result"]]
        assert len(ids) == len(set(ids))
        for region in pred["result"]:
            assert {k: region[k] for k in ("from_name", "to_name", "type")} == \
                {"from_name": "label", "to_name": "text", "type": "labels"}
            v = region["value"]
            assert doc.text[v["start"]:v["end"]] == v["text"] and len(v["labels"]) == 1


def test_exchange_labelstudio_export_annotations():
    """A Label Studio 1.23 export: latest live annotation counts, UTF-16 regions convert."""
    with pytest.warns(UserWarning, match="W500"):
        back = labelstudio.read(DATA / "labelstudio_export.json")
    assert len(back) == 2
    fishing = back[0]
    assert [(fishing.text[s.start:s.end], s.label) for s in fishing.spans] == [
        ("金山嘴渔村", "LOC"), ("王𠀀明", "PERSON"), ("上海湾区", "SLOGAN"), ("山阳镇", "LOC")]
    assert fishing.nested == []  # the annotator removed 上海
    assert fishing.spans[2].canonical == "上海湾区"
    assert "\r\n" in back[1].text
    with pytest.warns(UserWarning, match="W500"):  # the export lists predictions as ids
        assert len(labelstudio.read(DATA / "labelstudio_export.json", unreviewed=True)) == 2


def test_exchange_labelstudio_json_min(tmp_path):
    path = tmp_path / "min.json"
    path.write_text(json.dumps([{"id": 1, "text": "区委书记刘健", "label": [
        {"start": 0, "end": 2, "text": "区委", "labels": ["ORG"]},
        {"start": 4, "end": 6, "text": "刘健", "labels": ["PERSON"]}]}], ensure_ascii=False),
        encoding="utf-8")
    (doc,) = labelstudio.read(path)
    assert [s.key for s in doc.spans] == [(0, 2, "ORG"), (4, 6, "PERSON")]


# ---------------------------------------------------------------------------
# brat


def accepted_brat(docs, tmp_path):
    """Strict standoff parse; every surface equals its offsets' text; annotation.conf."""
    paths = export_docs(docs, "brat", tmp_path / "brat").paths
    anns = [p for p in paths if p.suffix == ".ann"]
    assert len(anns) == len(docs)
    for ann, doc in zip(anns, docs):
        text = ann.with_suffix(".txt").read_bytes().decode("utf-8")
        assert text == doc.text
        content = ann.read_text(encoding="utf-8")
        bounds, nested, notes = brat.parse_ann(content, where=str(ann))
        ids = [line.split("\t")[0] for line in content.splitlines()]
        assert len(ids) == len(set(ids))
        for tid, tb in bounds.items():
            assert " ".join(text[a:b] for a, b in tb.frags) == tb.surface
            assert tb.label in {"PERSON", "ORG", "LOC", "SLOGAN"}
        assert set(nested) <= set(bounds) and set(notes) <= set(bounds)
    conf = (tmp_path / "brat" / "annotation.conf").read_text(encoding="utf-8")
    assert "[entities]" in conf and "Nested\tArg:<ENTITY>" in conf


def test_exchange_brat_parses_with_bratly(docs, tmp_path):
    """A third-party brat standoff parser reads every file (optional: pip install bratly-io-fs)."""
    bratly_io = pytest.importorskip("bratly.io")
    paths = export_docs(docs, "brat", tmp_path / "brat").paths
    for ann in (p for p in paths if p.suffix == ".ann"):
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            parsed = bratly_io.read_and_load_ann_file(str(ann))
        lines = [line for line in ann.read_text(encoding="utf-8").splitlines() if line]
        assert len(parsed.annotations) == len(lines)


def test_exchange_brat_file_names_are_safe(tmp_path):
    ids = ["../../etc/passwd", "../../ETC/PASSWD", "a/b#1", "a_b_1", "CON", ".hidden", "",
           "x" * 300, "金山报#3"]
    out = tmp_path / "brat"
    docs = [ExchangeDoc(i, f"正文{n}") for n, i in enumerate(ids)]
    paths = export_docs(docs, "brat", out).paths
    for path in paths:
        assert path.resolve().parent == out.resolve()
        assert not path.name.startswith(".") and len(path.name) < 100
    stems = [p.stem.lower() for p in paths if p.suffix == ".txt"]
    assert len(stems) == len(set(stems)) == len(ids)
    assert [d.id for d in import_docs(out, "brat")] == ids


@pytest.mark.parametrize(
    ("doc_id", "stem"),
    [("examples/a.txt#3", "examples_a.txt_3"), ("../../etc/passwd", "etc_passwd"),
     ("CON", "CON_"), ("", "doc"), ("金山报#3", "金山报_3")],
)
def test_exchange_safe_stem(doc_id, stem):
    assert safe_stem(doc_id, set()) == stem


def test_exchange_brat_reads_discontinuous_and_utf16_and_rejects_bad_lines(tmp_path):
    (tmp_path / "a.txt").write_text("金山\n区委𠀀刘健", encoding="utf-8")
    (tmp_path / "a.ann").write_text("T1\tORG 0 2;3 5\t金山 区委\nT2\tPERSON 7 9\t刘健\n"
                                    "R1\tRel Arg1:T1 Arg2:T2\n", encoding="utf-8")
    (doc,) = brat.read(tmp_path)
    assert [s.key for s in doc.spans] == [(0, 5, "ORG"), (6, 8, "PERSON")]
    (tmp_path / "a.ann").write_text("T1\tPERSON 6 8\t区委\n", encoding="utf-8")
    with pytest.raises(TaggerError, match="E503"):
        brat.read(tmp_path)
    (tmp_path / "a.ann").write_text("T1 PERSON 6 8 刘健\n", encoding="utf-8")
    with pytest.raises(TaggerError, match="E509"):
        brat.read(tmp_path)


def test_exchange_brat_warns_on_span_starting_with_line_break(tmp_path):
    doc = ExchangeDoc("x", "金山\n区委", [ExchangeSpan(2, 5, "ORG")])
    with pytest.warns(UserWarning, match="W501"):
        export_docs([doc], "brat", tmp_path / "b")
    assert [s.key for s in import_docs(tmp_path / "b", "brat")[0].spans] == [(3, 5, "ORG")]


# ---------------------------------------------------------------------------
# CoNLL


def accepted_conll(docs, tmp_path):
    """spaCy's CoNLL NER converter reads it: one token per character, same entities."""
    from spacy.training.converters import conll_ner_to_docs

    out = export_docs(docs, "conll", tmp_path / "x.conll", flat_only=True).paths[0]
    printed = io.StringIO()  # the converter prints its warnings ("⚠ ...") with wasabi
    with warnings.catch_warnings(), contextlib.redirect_stdout(printed):
        warnings.simplefilter("error")
        parsed = list(conll_ner_to_docs(out.read_text(encoding="utf-8"), n_sents=0))
    assert printed.getvalue() == ""
    with_text = [d for d in docs if d.text]
    assert len(parsed) == len(with_text)
    for sdoc, doc in zip(parsed, with_text):
        assert len(sdoc) == len(doc.text)  # one token per character
        assert [(e.start, e.end, e.label_) for e in sdoc.ents] == [s.key for s in doc.spans]


def test_exchange_conll_lines(tmp_path):
    out = export_docs([EDGE_CASES["crlf"]], "conll", tmp_path / "x.conll").paths[0]
    lines = out.read_text(encoding="utf-8").split("\n")
    assert lines[:4] == ["-DOCSTART- -X- O O", "", "金 B-ORG", "山 I-ORG"]
    assert "<U+000D> O" in lines and "<U+0020> O" in lines
    assert all(len(line.split()) in (0, 2) for line in lines[1:])


def test_exchange_conll_plain_corpus_and_bad_tags(tmp_path):
    back = conll.read(DATA / "plain.bio")
    assert [d.text for d in back] == ["上海市长宁", "刘健说区委"]
    assert [[s.key for s in d.spans] for d in back] == [
        [(0, 3, "LOC"), (4, 5, "LOC")], [(0, 2, "PER"), (3, 5, "ORG")]]
    bad = tmp_path / "bad.bio"
    bad.write_text("上 X-LOC\n", encoding="utf-8")
    with pytest.raises(TaggerError, match="E512"):
        conll.read(bad)


# ---------------------------------------------------------------------------
# spaCy DocBin


def accepted_spacy(docs, tmp_path):
    """spaCy's DocBin loads it: ents = flat layer, spans['nested'], spans['sc'], user data."""
    from spacy.tokens import DocBin
    from spacy.vocab import Vocab

    out = export_docs(docs, "spacy", tmp_path / "x.spacy").paths[0]
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        loaded = list(DocBin().from_disk(out).get_docs(Vocab()))
    for sdoc, doc in zip(loaded, docs):
        assert sdoc.text == doc.text
        assert [(e.start_char, e.end_char, e.label_) for e in sdoc.ents] == \
            [s.key for s in doc.spans]
        assert [(s.start_char, s.end_char, s.label_) for s in sdoc.spans["nested"]] == \
            [s.key for s in doc.nested]
        assert len(sdoc.spans["sc"]) == len(doc.all_spans)
        assert sdoc.user_data["tagger"]["id"] == doc.id


# ---------------------------------------------------------------------------
# CLI


@pytest.fixture(scope="module")
def cli():
    from typer.testing import CliRunner

    from tagger.cli import export, import_  # noqa: F401  (register the commands)
    from tagger.cli._util import app

    return app, CliRunner()


@pytest.mark.parametrize("fmt", list(FORMATS))
def test_exchange_cli_export_import(cli, fmt, tmp_path):
    app, runner = cli
    out = tmp_path / ("out" + FORMATS[fmt].suffix)
    result = runner.invoke(app, ["export", str(SAMPLE), "--to", fmt, "-o", str(out),
                                 "--flat-only"])
    assert result.exit_code == 0, result.output
    gold = tmp_path / "gold.jsonl"
    result = runner.invoke(app, ["import", str(out), "--from", fmt, "-o", str(gold),
                                 "--unreviewed"])
    assert result.exit_code == 0, result.output
    records = list(read_jsonl(gold))
    expected = [r for r in read_jsonl(SAMPLE) if r.get("kind") == "article"]
    assert [[(s["start"], s["end"], s["label"]) for s in r["spans"]] for r in records] == \
        [[(s["start"], s["end"], s["label"]) for s in r["spans"]] for r in expected]


def test_exchange_cli_reports_errors(cli, tmp_path):
    app, runner = cli
    result = runner.invoke(app, ["export", str(SAMPLE), "--to", "xml", "-o",
                                 str(tmp_path / "x")])
    assert result.exit_code == 2 and "E511" in result.output
    result = runner.invoke(app, ["import", str(tmp_path / "none.json"), "--from",
                                 "labelstudio", "-o", str(tmp_path / "g.jsonl")])
    assert result.exit_code == 2 and "E035" in result.output and "stdin" not in result.output


# ---------------------------------------------------------------------------
# floor: every export is accepted by the format's own parser, without a warning

ACCEPTED = {"prodigy": accepted_prodigy, "doccano": accepted_doccano,
            "labelstudio": accepted_labelstudio, "brat": accepted_brat,
            "conll": accepted_conll, "spacy": accepted_spacy}


def test_exchange_every_format_has_a_parser_check():
    assert set(ACCEPTED) == set(FORMATS)


@pytest.mark.parametrize("source", SOURCES, ids=lambda p: p.stem)
@pytest.mark.parametrize("fmt", list(FORMATS))
def test_exchange_export_is_accepted_by_format_parser(source, fmt, tmp_path):
    docs = docs_from_records(read_jsonl(source))[0]
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        ACCEPTED[fmt](docs, tmp_path)


# ---------------------------------------------------------------------------
# the shipped model's output on the sample page


@pytest.mark.parametrize(("fmt", "offsets"), EXPORTS)
def test_exchange_round_trip_sample_page_output(sample_records, fmt, offsets, tmp_path):
    articles = [r for r in sample_records if r["kind"] == "article"]
    assert sum(len(r["spans"]) for r in articles) > 100
    assert_round_trip(sample_records, fmt, tmp_path, offsets=offsets)


@pytest.mark.parametrize("fmt", list(FORMATS))
def test_exchange_sample_page_output_accepted_by_format_parser(sample_records, fmt, tmp_path):
    docs = docs_from_records(sample_records)[0]
    assert len(docs) >= 8
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        ACCEPTED[fmt](docs, tmp_path)
