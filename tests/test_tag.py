"""End to end: ``tagger tag`` on the sample page and on bad input."""

from __future__ import annotations

import json
import re

import pytest
from typer.testing import CliRunner

from tagger.cli import app
from tagger.tagging import TagSettings, TagSummary, split_text, tag_inputs

runner = CliRunner()


def _articles(records):
    return [r for r in records if r["kind"] == "article"]


def _spans(records, label=None):
    return {(s["text"], s["label"]) for r in _articles(records) for s in r["spans"]
            if label is None or s["label"] == label}


def test_tag_sample_page_articles_and_meta(sample_records):
    articles = _articles(sample_records)
    titles = {a["meta"].get("title") for a in articles}
    assert len(articles) >= 8
    assert {"以伟大建党精神指引机关党建高质量发展", "弘扬伟大建党精神 做好转型发展文章",
            "第五届“金水湖”论坛暨2021全球AMOLED生态链峰会举行"} <= titles
    jsh = next(a for a in articles if a["meta"].get("title", "").startswith("第五届"))
    assert jsh["meta"]["date"] == "2021-10-22"
    assert {"樊国庆", "公维同"} <= set(jsh["meta"]["reporters"])
    ids = [r["id"] for r in sample_records]
    assert len(set(ids)) == len(ids) and all(i.startswith(str(jsh["meta"]["source"])) for i in ids)


@pytest.mark.parametrize(
    "surface,label",
    [("习近平", "PERSON"), ("刘健", "PERSON"), ("李泽龙", "PERSON"), ("樊国庆", "PERSON"),
     ("陈金磊", "PERSON"), ("区委", "ORG"), ("金山区", "LOC"), ("上海", "LOC"),
     ("四个意识", "SLOGAN"), ("两个维护", "SLOGAN"), ("乡村振兴战略", "SLOGAN"), ("十四五", "SLOGAN")],
)
def test_tag_sample_page_finds_entities(sample_records, surface, label):
    assert (surface, label) in _spans(sample_records)


def test_tag_sample_page_spans_are_consistent(sample_records):
    raw = open(sample_records[0]["meta"]["source"], encoding="utf-8").read()
    n = 0
    for record in _articles(sample_records):
        text = record["text"]
        for span in record["spans"] + record["nested"]:
            assert text[span["start"]:span["end"]] == span["text"]
            assert span["label"] in {"PERSON", "ORG", "LOC", "SLOGAN"}
            # every character of the span is found, in order, in the raw slice it maps to
            raw_slice = raw[span["raw_start"]:span["raw_end"]]
            pattern = ".*?".join(re.escape(c) for c in span["text"] if not c.isspace())
            assert re.search(pattern, raw_slice, flags=re.S), (span, raw_slice)
            if span["label"] == "SLOGAN":
                assert span["canonical"] and span["category"]
            n += 1
        flat = sorted((s["start"], s["end"]) for s in record["spans"])
        assert all(a[1] <= b[0] for a, b in zip(flat, flat[1:])), "flat layer overlaps"
    assert n > 50


def test_tag_output_matches_schema(sample_records, repo_dir):
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads((repo_dir / "tagger" / "schema" / "tagged.schema.json").read_text(encoding="utf-8"))
    for record in sample_records:
        jsonschema.validate(record, schema)


def test_tag_encodings_give_same_output(shipped_nlp, sample_text, tmp_path):
    outputs = []
    for encoding in ("utf-8", "gbk", "gb18030"):
        path = tmp_path / "page.txt"
        path.write_bytes(sample_text.encode(encoding))
        records = list(tag_inputs([str(path)], nlp=shipped_nlp))
        outputs.append([(r["text"], r["spans"]) for r in records])
    assert outputs[0] == outputs[1] == outputs[2]


def test_tag_bad_inputs_are_reported_and_counted(shipped_nlp, tmp_path):
    good = tmp_path / "a.jsonl"
    good.write_text('{"id": "x1", "text": "区委书记刘健在金山区调研。"}\n{bad json\n{"no": "text"}\n',
                    encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "bin.txt").write_bytes(b"\x00\x01\x02\x03" * 50)
    summary = TagSummary()
    records = list(tag_inputs([str(good), str(tmp_path / "empty.txt"), str(tmp_path / "bin.txt"),
                               str(tmp_path / "missing.jsonl")], nlp=shipped_nlp, summary=summary))
    kinds = [r["kind"] for r in records]
    assert kinds == ["article", "error", "error", "error", "error", "error"]
    assert records[0]["id"] == "x1"
    assert ("刘健", "PERSON") in {(s["text"], s["label"]) for s in records[0]["spans"]}
    assert records[1]["line"] == 2 and "line 2" in records[1]["error"]
    assert records[2]["line"] == 3 and "E007" in records[2]["error"]
    assert (summary.documents, summary.articles, summary.errors) == (1, 1, 5)
    assert summary.line() == f"1 documents, 1 articles, {summary.spans} spans, 5 errors"


def test_tag_long_document_is_split_not_rejected(shipped_nlp):
    from tagger.tagging import tag_text

    text = "区委书记刘健在金山区调研。" * 3000  # 39,000 characters
    pieces = split_text(text, 20000)
    assert "".join(p for _, p in pieces) == text and all(len(p) <= 20000 for _, p in pieces)
    assert len(pieces) == 2 and pieces[0][1].endswith("。")
    result = tag_text(shipped_nlp, text)
    persons = [s for s in result["spans"] if s["text"] == "刘健"]
    assert len(persons) == 3000
    assert all(text[s["start"]:s["end"]] == "刘健" for s in persons)


def test_tag_cli_summary_strict_and_errors_file(tmp_path, sample_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"text": "上海市金山区。"}\nnot json\n', encoding="utf-8")
    out = tmp_path / "out.jsonl"
    errs = tmp_path / "errors.jsonl"
    result = runner.invoke(app, ["tag", str(bad), "-o", str(out), "--errors", str(errs), "--keywords", "none"])
    assert result.exit_code == 0, result.output
    assert "1 documents, 1 articles" in result.output and "1 errors" in result.output
    assert f"{bad} line 2" in result.output
    assert [json.loads(l)["kind"] for l in out.read_text(encoding="utf-8").splitlines()] == ["article"]
    assert json.loads(errs.read_text(encoding="utf-8"))["line"] == 2
    strict = runner.invoke(app, ["tag", str(bad), "-o", str(out), "--strict"])
    assert strict.exit_code == 1


def test_tag_cli_two_processes_same_output(tmp_path, sample_path):
    one, two = tmp_path / "1.jsonl", tmp_path / "2.jsonl"
    assert runner.invoke(app, ["tag", str(sample_path), "-o", str(one)]).exit_code == 0
    assert runner.invoke(app, ["tag", str(sample_path), "-o", str(two), "-n", "2"]).exit_code == 0
    assert one.read_text(encoding="utf-8") == two.read_text(encoding="utf-8")


def test_tag_two_processes_keep_order_across_batches_and_errors(shipped_nlp, tmp_path):
    lines = []
    for i in range(9):
        lines.append(json.dumps({"id": f"a{i}", "text": f"区委书记刘健在金山区第{i}次调研。"}, ensure_ascii=False))
        if i % 4 == 1:
            lines.append("{bad json")
    path = tmp_path / "many.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    runs = []
    for n in (1, 2):
        summary = TagSummary()
        settings = TagSettings(n_process=n, batch_size=2)
        records = list(tag_inputs([str(path)], nlp=shipped_nlp if n == 1 else None,
                                  settings=settings, summary=summary))
        runs.append(records)
        assert (summary.documents, summary.articles, summary.errors) == (9, 9, 2)
    one, two = runs
    assert [r["id"] if r["kind"] == "article" else r["line"] for r in two] == \
        ["a0", "a1", 3, "a2", "a3", "a4", "a5", 8, "a6", "a7", "a8"]
    assert one == two


def test_tag_user_lexicon_wins_over_model(tmp_path):
    from tagger.pipeline import PipelineOptions, load_pipeline
    from tagger.tagging import tag_text

    jsonl = tmp_path / "user.jsonl"
    jsonl.write_text('{"text": "鑫张科技", "label": "ORG"}\n'
                     '{"canonical": "金山三新", "variants": [], "category": "local brand"}\n',
                     encoding="utf-8")
    userdict = tmp_path / "user.txt"
    userdict.write_text("庄毅毅 5 nr\n", encoding="utf-8")
    nlp = load_pipeline(PipelineOptions(lexicons=[str(jsonl), str(userdict)], keywords="none"))
    text = "鑫张科技项目落户金山，推进“金山三新”建设，庄毅毅参加活动。"
    spans = {(s["text"], s["label"], s["source"]) for s in tag_text(nlp, text)["spans"]}
    assert ("鑫张科技", "ORG", "user") in spans
    assert ("庄毅毅", "PERSON", "user") in spans
    assert any(s[0] == "金山三新" and s[1] == "SLOGAN" for s in spans)


@pytest.mark.parametrize(
    "canonical,count",
    [("伟大建党精神", 5), ("四个意识", 1), ("四个自信", 1), ("两个维护", 1), ("七个有之", 1),
     ("五个必须", 1), ("三会一课", 1), ("十四五", 2), ("双百结对", 1), ("奋斗十四五，建功新征程", 1),
     ("碳达峰", 1), ("碳中和", 1), ("乡村振兴战略", 2)],
)
def test_tag_sample_page_slogans_with_canonical_forms(sample_records, canonical, count):
    found = [s for r in _articles(sample_records) for s in r["spans"]
             if s["label"] == "SLOGAN" and s["canonical"] == canonical]
    assert len(found) >= count
    assert all(s["category"] for s in found)


def test_tag_sample_page_slogan_expansion(sample_records):
    span = next(s for r in _articles(sample_records) for s in r["spans"] if s.get("canonical") == "四个意识")
    assert span["expansion"] == ["政治意识", "大局意识", "核心意识", "看齐意识"]
    assert span["category"] == "numbered formula"


def test_tag_document_that_fails_to_segment_is_reported(shipped_nlp, tmp_path, monkeypatch):
    import tagger.tagging as tagging

    def broken(*args, **kwargs):
        raise ValueError("no columns")

    monkeypatch.setattr(tagging, "segment_page", broken)
    page = tmp_path / "page.txt"
    page.write_text("本报讯 区委书记刘健在金山区调研。", encoding="utf-8")
    good = tmp_path / "b.jsonl"
    good.write_text('{"text": "刘健在金山区调研。"}\n', encoding="utf-8")
    summary = TagSummary()
    records = list(tag_inputs([str(page), str(good)], nlp=shipped_nlp, summary=summary))
    assert [r["kind"] for r in records] == ["error", "article"]
    assert "E020" in records[0]["error"] and "no columns" in records[0]["error"]
    assert (summary.documents, summary.articles, summary.errors) == (2, 1, 1)
