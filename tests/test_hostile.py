"""The hostile-input battery (docs/reliability.md): inputs, paths, faults, imports, report,
stats. Every case checks the run's invariants: no traceback, every output line valid JSON
that the schema accepts, spans that fit their text, records in = records out + errors.
"""

from __future__ import annotations

import codecs
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tagger.cli import app
from tagger.errors import TaggerError
from tagger.tagging import TagSummary, tag_inputs
from tagger.write import dumps, span_problem

REPO = Path(__file__).resolve().parents[1]
runner = CliRunner()
ARTICLE = "区委书记刘健在金山区调研。"


@pytest.fixture(scope="module")
def schema():
    jsonschema = pytest.importorskip("jsonschema")
    spec = json.loads((REPO / "tagger" / "schema" / "tagged.schema.json").read_text(encoding="utf-8"))
    return jsonschema.Draft202012Validator(spec)


def run_records(nlp, schema, paths, **kwargs):
    """Records of a run, each checked: UTF-8 JSON line, schema-valid, spans fit the text."""
    summary = TagSummary()
    records = list(tag_inputs([str(p) for p in paths], nlp=nlp, summary=summary, **kwargs))
    for record in records:
        line = dumps(record)
        assert json.loads(line.encode("utf-8").decode("utf-8")) == json.loads(line)
        errors = list(schema.iter_errors(json.loads(line)))
        assert not errors, (record, errors[0].message)
        assert record["kind"] == "error" or span_problem(record) is None
    n_errors = sum(r["kind"] == "error" for r in records)
    assert n_errors == summary.errors
    assert len(records) - n_errors == summary.articles + summary.pages
    return records


def jl(*records) -> bytes:
    """JSONL bytes; ``ensure_ascii`` keeps lone surrogates as escapes."""
    return b"".join(json.dumps(r, ensure_ascii=True).encode() + b"\n" for r in records)


def raw_jsonl(*texts: str) -> bytes:
    """JSONL lines with the text written raw (line separators, controls kept as characters)."""
    return "".join(json.dumps({"text": t}, ensure_ascii=False) + "\n" for t in texts).encode("utf-8")


# (name, file name, bytes, expected articles, expected error codes)
INPUT_CASES = [
    ("surrogate in text", "a.jsonl", jl({"text": "刘健\ud800在金山区。"}), 1, []),
    ("surrogate in id", "a.jsonl", jl({"text": ARTICLE, "id": "x\udc00"}), 1, []),
    ("surrogate in meta key and value", "a.jsonl", jl({"text": ARTICLE, "meta": {"k\ud800": "\udfff"}}), 1, []),
    ("valid surrogate pair escape", "a.jsonl", jl({"text": "𠀀" + ARTICLE}), 1, []),
    ("U+2028 inside text", "a.jsonl", raw_jsonl("刘健\u2028在金山区。", ARTICLE), 2, []),
    ("U+2029, U+0085, VT, FF, FS-RS inside text", "a.jsonl",
     raw_jsonl("刘健\u2029在\u0085金山\x0b区\x0c。\x1c\x1d\x1e"), 1, []),
    ("NUL and controls escaped in text", "a.jsonl", jl({"text": "刘健\x00在\x01金山区。\x7f"}), 1, []),
    ("only control characters", "a.jsonl", jl({"text": "\x01\x02\x03"}), 1, []),
    ("UTF-16 LE with BOM", "a.jsonl", codecs.BOM_UTF16_LE + raw_jsonl(ARTICLE, "第二。").decode().encode("utf-16-le"), 2, []),
    ("UTF-16 BE with BOM", "a.jsonl", codecs.BOM_UTF16_BE + raw_jsonl(ARTICLE, "第二。").decode().encode("utf-16-be"), 2, []),
    ("UTF-16 LE without BOM", "a.jsonl", raw_jsonl(ARTICLE, "第二。").decode().encode("utf-16-le"), 2, []),
    ("UTF-8 BOM", "a.jsonl", codecs.BOM_UTF8 + raw_jsonl(ARTICLE), 1, []),
    ("CRLF line ends", "a.jsonl", raw_jsonl(ARTICLE, "第二。").replace(b"\n", b"\r\n"), 2, []),
    ("CR-only line ends", "a.jsonl", raw_jsonl(ARTICLE, "第二。").replace(b"\n", b"\r"), 2, []),
    ("no final newline", "a.jsonl", raw_jsonl(ARTICLE).rstrip(b"\n"), 1, []),
    ("invalid UTF-8 in one line", "a.jsonl",
     raw_jsonl(ARTICLE) + b'{"text": "\xff\xfe"}\n' + raw_jsonl("第三。"), 2, ["E023"]),
    ("empty .jsonl", "a.jsonl", b"", 0, ["E004"]),
    ("blank lines only", "a.jsonl", b"\n \n\t\n", 0, ["E004"]),
    ("empty .txt", "a.txt", b"", 0, ["E004"]),
    ("NUL bytes in .txt", "a.txt", b"abc\x00\x00def" * 10, 0, ["E003"]),
    ("random binary .txt", "a.txt", bytes(range(256)) * 8, 0, ["E003"]),
    ("random binary .jsonl", "a.jsonl", bytes(range(256)) * 8, 0, ["E003"]),
    ("deeply nested JSON", "a.jsonl", b"[" * 100000 + b"]" * 100000 + b"\n", 0, ["E005"]),
    ("deeply nested meta that still parses", "a.jsonl",
     b'{"text": "' + ARTICLE.encode() + b'", "meta": {"a": ' + b"[" * 500 + b"]" * 500 + b"}}\n", 1, []),
    ("non-object lines", "a.jsonl", b'[1]\n"text"\n1\nnull\ntrue\n', 0, ["E006"] * 5),
    ("number as text", "a.jsonl", b'{"text": 123}\n{"text": null}\n{"text": ["a"]}\n', 0, ["E007"] * 3),
    ("empty text", "a.jsonl", b'{"text": ""}\n{"text": "  \\n "}\n', 0, ["E008"] * 2),
    ("meta not an object", "a.jsonl", jl({"text": ARTICLE, "meta": "x"}, {"text": ARTICLE, "meta": [1]}), 0, ["E029"] * 2),
    ("meta null", "a.jsonl", jl({"text": ARTICLE, "meta": None}), 1, []),
    ("meta with schema fields of the wrong type", "a.jsonl",
     jl({"text": ARTICLE, "meta": {"date": 5, "authors": [1], "source": [], "line": "x", "index": True}}), 1, []),
    ("id as number, object, empty", "a.jsonl",
     jl({"text": ARTICLE, "id": 7}, {"text": ARTICLE, "id": {"a": 1}}, {"text": ARTICLE, "id": ""}), 3, []),
    ("NaN and infinite numbers", "a.jsonl",
     b'{"text": "a", "meta": {"x": NaN}}\n{"text": "a", "meta": {"x": 1e999}}\n{"text": "a", "meta": {"x": -Infinity}}\n', 0, ["E005"] * 3),
    ("integer with 5000 digits", "a.jsonl", b'{"text": "a", "meta": {"x": ' + b"9" * 5000 + b"}}\n", 0, ["E005"]),
    ("truncated last line", "a.jsonl", raw_jsonl(ARTICLE) + b'{"text": "abc', 1, ["E005"]),
    ("JSON with trailing garbage", "a.jsonl", b'{"text": "a"} x\n', 0, ["E005"]),
    ("duplicate keys", "a.jsonl", b'{"text": "a", "text": "' + ARTICLE.encode() + b'"}\n', 1, []),
    ("text of surrogate escapes only", "a.jsonl", b'{"text": "\\ud800\\udbff\\udc00x"}\n', 1, []),
    ("CR-only .txt page", "a.txt", ("金山区新闻\r" + ARTICLE + "\r").encode(), 1, []),
    ("U+2028 separated .txt page", "a.txt", ("金山区新闻\u2028" + ARTICLE + "\u2029").encode(), 1, []),
    ("BOM only .txt", "a.txt", codecs.BOM_UTF8, 0, ["E004"]),
    ("page of a headline with a blank body", "a.txt", "\x0b\n区".encode(), 1, []),
    ("page of one character", "a.txt", "区".encode(), 0, []),
    ("page of 100,000 one-character lines", "a.txt", ("区\n" * 100000).encode(), 0, []),
    ("GB18030 .txt", "a.txt", ARTICLE.encode("gb18030") * 3, 1, []),
    ("unsupported suffix", "a.csv", b"a,b\n", 0, ["E009"]),
    ("a 3 MB line over the document limit", "a.jsonl", raw_jsonl("长" * 1_000_001) + raw_jsonl(ARTICLE), 1, ["E028"]),
    ("a 3 MB page over the document limit", "a.txt", ("长" * 1_000_001).encode(), 0, ["E028"]),
]


@pytest.mark.parametrize("name,filename,data,n_articles,codes", INPUT_CASES,
                         ids=[c[0] for c in INPUT_CASES])
def test_hostile_input(shipped_nlp, schema, tmp_path, name, filename, data, n_articles, codes):
    path = tmp_path / filename
    path.write_bytes(data)
    records = run_records(shipped_nlp, schema, [path], settings=None)
    errors = [r["error"] for r in records if r["kind"] == "error"]
    assert [e[1:5] for e in errors] == codes, errors
    articles = [r for r in records if r["kind"] == "article"]
    assert len(articles) >= n_articles if filename.endswith(".txt") else len(articles) == n_articles
    for record in articles:
        assert not any("\ud800" <= c <= "\udfff" for c in json.dumps(record, ensure_ascii=False))


def test_hostile_surrogate_and_separator_text_is_kept(shipped_nlp, schema, tmp_path):
    path = tmp_path / "a.jsonl"
    path.write_bytes(jl({"text": "刘健\ud800在金山区。", "id": "x\udc00"}) + raw_jsonl("刘健\u2028在金山区。"))
    with pytest.warns(UserWarning, match="W005"):
        first, second = run_records(shipped_nlp, schema, [path])
    assert first["text"] == "刘健\ufffd在金山区。" and first["id"] == "x\ufffd"
    assert [s["text"] for s in first["spans"]] == ["刘健", "金山区"]
    assert second["text"] == "刘健\u2028在金山区。" and second["meta"]["line"] == 2


def test_hostile_cr_only_page_keeps_its_segmentation(shipped_nlp, schema, tmp_path, sample_text):
    lf, cr = tmp_path / "lf.txt", tmp_path / "cr.txt"
    lf.write_bytes(sample_text.encode("utf-8"))
    cr.write_bytes(sample_text.replace("\n", "\r").encode("utf-8"))
    by_lf = run_records(shipped_nlp, schema, [lf])
    by_cr = run_records(shipped_nlp, schema, [cr])
    assert len(by_lf) > 3 and len(by_cr) == len(by_lf)
    assert [r["meta"].get("title") for r in by_cr] == [r["meta"].get("title") for r in by_lf]
    assert [r["meta"]["raw_start"] for r in by_cr] == [r["meta"]["raw_start"] for r in by_lf]


def test_hostile_stdin_jsonl_with_line_separators_and_utf16(shipped_nlp, schema):
    import io

    from tagger.read import read_inputs

    data = raw_jsonl("刘健\u2028在金山区。", "第二\u0085条。")
    docs = list(read_inputs(["-"], stdin=io.BytesIO(data)))
    assert [d.text for d in docs] == ["刘健\u2028在金山区。", "第二\u0085条。"]
    assert [d.line for d in docs] == [1, 2]
    utf16 = codecs.BOM_UTF16_LE + data.decode().encode("utf-16-le")
    docs = list(read_inputs(["-"], stdin=io.BytesIO(utf16)))
    assert [d.text for d in docs] == ["刘健\u2028在金山区。", "第二\u0085条。"] and [d.line for d in docs] == [1, 2]
    bad = raw_jsonl(ARTICLE) + b'{"text": "\xff"}\n' + b"not json\n"
    items = list(read_inputs(["-"], stdin=io.BytesIO(bad)))
    assert items[0].text == ARTICLE and "E023" in str(items[1]) and "E005" in str(items[2])


def test_hostile_document_over_the_limit_is_an_error_record(shipped_nlp, schema, tmp_path, monkeypatch):
    import tagger.read as read

    monkeypatch.setattr(read, "MAX_DOCUMENT_CHARS", 1000)
    (tmp_path / "a.jsonl").write_bytes(raw_jsonl("长" * 1001, ARTICLE))
    (tmp_path / "b.txt").write_text("长" * 1001, encoding="utf-8")
    records = run_records(shipped_nlp, schema, [tmp_path / "a.jsonl", tmp_path / "b.txt"])
    assert [r["kind"] for r in records] == ["error", "article", "error"]
    assert "E028" in records[0]["error"] and "1001" in records[0]["error"] and records[0]["line"] == 1


def test_hostile_long_article_is_tagged_in_pieces_with_offsets(shipped_nlp, schema, tmp_path):
    text = ("区委书记刘健在金山区调研" * 500 + "。") * 3  # 18,003 characters, few sentence ends
    (tmp_path / "a.jsonl").write_bytes(raw_jsonl(text))
    (record,) = run_records(shipped_nlp, schema, [tmp_path / "a.jsonl"])
    persons = [s for s in record["spans"] if s["label"] == "PERSON"]
    assert len(persons) >= 1490 and all(text[s["start"]:s["end"]] == "刘健" for s in persons)


# ---------------------------------------------------------------------------
# paths


def test_hostile_directory_walk(shipped_nlp, schema, tmp_path):
    root = tmp_path / "in"
    (root / "x.jsonl").mkdir(parents=True)  # a directory named like a file
    (root / "x.jsonl" / "inside.txt").write_text(ARTICLE, encoding="utf-8")
    (root / "new\nline 名.txt").write_text(ARTICLE, encoding="utf-8")
    (root / "loop.txt").symlink_to(root / "loop.txt")
    (root / "dangling.jsonl").symlink_to(root / "missing.jsonl")
    (root / "sub").mkdir()
    (root / "sub" / "back").symlink_to(root, target_is_directory=True)
    os.mkfifo(root / "fifo.txt")
    records = run_records(shipped_nlp, schema, [root])
    errors = {Path(r["source"]).name: r["error"][1:5] for r in records if r["kind"] == "error"}
    assert errors == {"loop.txt": "E030", "dangling.jsonl": "E001", "back": "E030", "fifo.txt": "E002"}
    sources = {Path(r["meta"]["source"]).name for r in records if r["kind"] == "article"}
    assert sources == {"inside.txt", "new\nline 名.txt"}


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root reads any directory")
def test_hostile_unreadable_subdirectory(shipped_nlp, schema, tmp_path):
    root = tmp_path / "in"
    (root / "locked").mkdir(parents=True)
    (root / "locked" / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (root / "b.txt").write_text(ARTICLE, encoding="utf-8")
    os.chmod(root / "locked", 0)
    try:
        records = run_records(shipped_nlp, schema, [root])
    finally:
        os.chmod(root / "locked", 0o755)
    assert [r["kind"] for r in records] == ["article", "error"] and "E030" in records[1]["error"]


def tag_cli(*args):
    return runner.invoke(app, ["tag", *map(str, args)])


def test_hostile_output_over_an_input_is_refused(tmp_path):
    jsonl, txt = tmp_path / "in.jsonl", tmp_path / "in.txt"
    jsonl.write_bytes(raw_jsonl(ARTICLE))
    txt.write_text(ARTICLE, encoding="utf-8")
    os.link(jsonl, tmp_path / "hard.jsonl")
    (tmp_path / "soft.jsonl").symlink_to(jsonl)
    cases = [(jsonl, jsonl), (txt, txt), (jsonl, tmp_path / "." / "in.jsonl"),
             (jsonl, tmp_path / "hard.jsonl"), (jsonl, tmp_path / "soft.jsonl"),
             (tmp_path, tmp_path / "in.jsonl")]
    for source, output in cases:
        result = tag_cli(source, "-o", output)
        assert result.exit_code == 2 and "E024" in result.output, (source, output, result.output)
    assert jsonl.read_bytes() == raw_jsonl(ARTICLE) and txt.read_text(encoding="utf-8") == ARTICLE


def test_hostile_output_on_non_regular_files_is_refused(tmp_path):
    source = tmp_path / "in.jsonl"
    source.write_bytes(raw_jsonl(ARTICLE))
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    for output in (fifo, Path("/dev/null"), tmp_path):
        result = tag_cli(source, "-o", output)
        assert result.exit_code == 2 and "E025" in result.output, result.output
    assert fifo.is_fifo() and Path("/dev/null").is_char_device()


def test_hostile_errors_file_same_as_output(tmp_path):
    source = tmp_path / "in.jsonl"
    source.write_bytes(raw_jsonl(ARTICLE) + b"bad\n")
    out = tmp_path / "out.jsonl"
    for errors in (out, tmp_path / "." / "out.jsonl"):
        result = tag_cli(source, "-o", out, "--errors", errors)
        assert result.exit_code == 2 and "E026" in result.output
    result = tag_cli(source, "-o", out, "--errors", tmp_path / "err.jsonl")
    assert result.exit_code == 0
    assert "E005" in (tmp_path / "err.jsonl").read_text(encoding="utf-8")


@pytest.mark.parametrize("output,code", [
    ("/proc/tagger-out.jsonl", "E027"),                 # a read-only file system
    ("{tmp}/file.txt/out.jsonl", "E027"),               # the "folder" is a file
])
def test_hostile_unwritable_output_keeps_nothing_behind(tmp_path, output, code):
    source = tmp_path / "in.jsonl"
    source.write_bytes(raw_jsonl(ARTICLE))
    (tmp_path / "file.txt").write_text("keep", encoding="utf-8")
    result = tag_cli(source, "-o", output.format(tmp=tmp_path))
    assert result.exit_code == 2 and code in result.output and "Traceback" not in result.output
    assert (tmp_path / "file.txt").read_text(encoding="utf-8") == "keep"


def test_hostile_missing_output_folder_is_created(tmp_path):
    source = tmp_path / "in.jsonl"
    source.write_bytes(raw_jsonl(ARTICLE))
    result = tag_cli(source, "-o", tmp_path / "new" / "deeper" / "out.jsonl")
    assert result.exit_code == 0 and (tmp_path / "new" / "deeper" / "out.jsonl").exists()


def run_cli(args, *, limit_bytes=None, stdout=subprocess.PIPE, timeout=120):
    def limit():
        if limit_bytes is not None:
            import resource
            resource.setrlimit(resource.RLIMIT_FSIZE, (limit_bytes, limit_bytes))

    env = dict(os.environ, PYTHONPATH=str(REPO))
    return subprocess.run([sys.executable, "-m", "tagger", *map(str, args)], stdout=stdout,
                          stderr=subprocess.PIPE, env=env, preexec_fn=limit, timeout=timeout)


def test_hostile_file_size_limit_keeps_previous_output(tmp_path, shipped_nlp):
    # shipped_nlp: jieba's caches in the temp folder exist before the limit applies
    source = tmp_path / "in.jsonl"
    source.write_bytes(raw_jsonl(*[ARTICLE * 20] * 40))
    out = tmp_path / "out.jsonl"
    out.write_text("previous good output\n", encoding="utf-8")
    proc = run_cli(["tag", source, "-o", out], limit_bytes=4096)
    stderr = proc.stderr.decode()
    assert proc.returncode == 2 and "E027" in stderr and "Traceback" not in stderr, stderr
    assert out.read_text(encoding="utf-8") == "previous good output\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.jsonl", "out.jsonl"]


def test_hostile_stdout_to_dev_full(tmp_path):
    source = tmp_path / "in.jsonl"
    source.write_bytes(raw_jsonl(ARTICLE))
    with open("/dev/full", "wb") as full:
        proc = run_cli(["tag", source], stdout=full)
    stderr = proc.stderr.decode()
    assert proc.returncode == 2 and "E032" in stderr and "Traceback" not in stderr, stderr


@pytest.mark.parametrize("n_process,signum,code", [(1, signal.SIGINT, 130), (2, signal.SIGINT, 130),
                                                   (2, signal.SIGTERM, 143)])
def test_hostile_ctrl_c_and_sigterm(tmp_path, n_process, signum, code):
    source = tmp_path / "in.jsonl"
    source.write_bytes(raw_jsonl(*[ARTICLE * 30 + str(i) for i in range(3000)]))
    out = tmp_path / "out.jsonl"
    out.write_text("previous\n", encoding="utf-8")
    env = dict(os.environ, PYTHONPATH=str(REPO))
    # A shell without job control starts background jobs with SIGINT ignored, and the
    # child would inherit that: give it the default disposition, as a terminal does.
    proc = subprocess.Popen([sys.executable, "-m", "tagger", "tag", str(source), "-o", str(out),
                             "-n", str(n_process)], stderr=subprocess.PIPE, env=env,
                            start_new_session=True,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    time.sleep(12)  # the model is loaded and tagging has started
    if signum == signal.SIGINT:
        os.killpg(proc.pid, signum)  # as a terminal sends it: to the whole group
    else:
        proc.send_signal(signum)  # as `kill PID` does
    start = time.monotonic()
    _, stderr = proc.communicate(timeout=60)
    stderr = stderr.decode()
    assert time.monotonic() - start < 15
    assert proc.returncode == code and "E031" in stderr and "Traceback" not in stderr, stderr
    assert out.read_text(encoding="utf-8") == "previous\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.jsonl", "out.jsonl"]


def test_hostile_closed_pipe_is_quiet(tmp_path):
    source = tmp_path / "in.jsonl"
    source.write_bytes(raw_jsonl(*[ARTICLE + str(i) for i in range(300)]))
    env = dict(os.environ, PYTHONPATH=str(REPO))
    proc = subprocess.run(f"{sys.executable} -m tagger tag {source} | head -n 1", shell=True,
                          capture_output=True, env=env, timeout=120)
    assert proc.stdout.count(b"\n") == 1 and b"Traceback" not in proc.stderr, proc.stderr


# ---------------------------------------------------------------------------
# imports and exports


def _prodigy(task):
    return json.dumps(dict({"text": ARTICLE, "answer": "accept"}, **task), ensure_ascii=False) + "\n"


BINARY = bytes(range(256)) * 4
IMPORT_CASES = [
    ("prodigy", "binary", "a.jsonl", BINARY, "E003"),
    ("doccano", "binary", "a.jsonl", BINARY, "E003"),
    ("labelstudio", "binary", "a.json", BINARY, "E515"),
    ("conll", "binary", "a.bio", BINARY, "E515"),
    ("brat", "binary", "a.ann", BINARY, "E515"),
    ("spacy", "binary", "a.spacy", BINARY, "E5"),
    ("prodigy", "spans not a list", "a.jsonl", _prodigy({"spans": "abc"}), "E500"),
    ("prodigy", "span not an object", "a.jsonl", _prodigy({"spans": [1]}), "E500"),
    ("prodigy", "true as offset", "a.jsonl", _prodigy({"spans": [{"start": True, "end": 2, "label": "PER"}]}), "E501"),
    ("prodigy", "float offset", "a.jsonl", _prodigy({"spans": [{"start": 0.0, "end": 2, "label": "PER"}]}), "E501"),
    ("prodigy", "script label", "a.jsonl", _prodigy({"spans": [{"start": 4, "end": 6, "label": "<script>alert(1)</script>"}]}), "E502"),
    ("prodigy", "label with a newline", "a.jsonl", _prodigy({"spans": [{"start": 4, "end": 6, "label": "PER\nT2"}]}), "E502"),
    ("prodigy", "crossing spans", "a.jsonl", _prodigy({"spans": [{"start": 0, "end": 4, "label": "ORG"},
                                                                 {"start": 2, "end": 6, "label": "PERSON"}]}), "E514"),
    ("prodigy", "nested marker not a list", "a.jsonl", _prodigy({"tagger_nested": 5}), "E500"),
    ("doccano", "label not a list", "a.jsonl", json.dumps({"text": ARTICLE, "label": 5}) + "\n", "E5"),
    ("doccano", "true as offset", "a.jsonl", json.dumps({"text": ARTICLE, "label": [[True, 2, "PER"]]}) + "\n", "E501"),
    ("conll", "B-LOC I-ORG", "a.bio", "金 B-LOC\n山 I-ORG\n", "E512"),
    ("conll", "no tag column", "a.bio", "金\n", "E512"),
    ("labelstudio", "not an array", "a.json", '{"a": 1}', "E508"),
    ("labelstudio", "task not an object", "a.json", "[1]", "E506"),
    ("labelstudio", "result not a list", "a.json", json.dumps([{"data": {"text": ARTICLE}, "annotations": [{"result": 5}]}]), "E5"),
    ("labelstudio", "deeply nested", "a.json", "[" * 100000, "E5"),
    ("brat", "crossing spans", "a.ann", "T1\tORG 0 4\t区委书记\nT2\tPERSON 2 6\t书记刘健\n", "E514"),
    ("brat", "script label", "a.ann", "T1\t<script> 4 6\t刘健\n", "E502"),
]


@pytest.mark.parametrize("fmt,name,filename,data,code", IMPORT_CASES,
                         ids=[f"{c[0]}-{c[1]}" for c in IMPORT_CASES])
def test_hostile_import(tmp_path, fmt, name, filename, data, code):
    from tagger.exchange import import_file

    path = tmp_path / filename
    path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    if fmt == "brat" and not isinstance(data, bytes):
        path.with_suffix(".txt").write_text(ARTICLE, encoding="utf-8")
    elif fmt == "brat":
        path.with_suffix(".txt").write_bytes(data)
    with pytest.raises(TaggerError) as caught:
        import_file(path, fmt)
    assert f"[{code}" in str(caught.value), str(caught.value)
    result = runner.invoke(app, ["import", str(path), "--from", fmt, "-o", str(tmp_path / "gold.jsonl")])
    assert result.exit_code == 2 and "Traceback" not in result.output and code in result.output


def test_hostile_brat_export_into_a_used_folder(tmp_path):
    from tagger.exchange import export_records, import_file

    records = [{"id": f"a{i}", "text": ARTICLE, "spans": [{"start": 4, "end": 6, "label": "PERSON"}]}
               for i in range(7)]
    export_records(records, "brat", tmp_path / "brat")
    with pytest.raises(TaggerError, match="E516"):
        export_records(records[:1], "brat", tmp_path / "brat")
    assert len(import_file(tmp_path / "brat", "brat")) == 7
    export_records(records[:1], "brat", tmp_path / "fresh")
    assert len(import_file(tmp_path / "fresh", "brat")) == 1


def test_hostile_import_output_over_its_input_is_refused(tmp_path):
    path = tmp_path / "a.jsonl"
    path.write_text(_prodigy({"spans": []}), encoding="utf-8")
    result = runner.invoke(app, ["import", str(path), "--from", "prodigy", "-o", str(path)])
    assert result.exit_code == 2 and "E024" in result.output
    assert path.read_text(encoding="utf-8") == _prodigy({"spans": []})


# ---------------------------------------------------------------------------
# report and stats

HOSTILE = "<script>alert(1)</script>"


def hostile_tagged(tmp_path):
    record = {"id": HOSTILE + '"\'><img src=x onerror=alert(2)>', "kind": "article",
              "text": HOSTILE + ARTICLE,
              "meta": {"title": HOSTILE, "date": "2024-01-01" + HOSTILE, "page": HOSTILE,
                       "section": "<b>", "source": HOSTILE},
              "spans": [{"start": 0, "end": 8, "label": HOSTILE, "text": "<script>"},
                        {"start": 29, "end": 31, "label": "PERSON", "text": "刘健",
                         "canonical": "=HYPERLINK(\"http://x\")"},
                        {"start": 31, "end": 34, "label": '"><svg onload=alert(3)>', "text": "在金山"}],
              "nested": "not a list", "keywords": [{"text": HOSTILE, "weight": 1, "kind": "word"}, 5]}
    odd = [{"kind": "article", "text": ARTICLE, "spans": [1, None, {"start": "0", "end": 2, "label": 5}],
            "keywords": "x", "meta": [1]}, [1, 2], "str", {"kind": "article", "text": 5}]
    path = tmp_path / "tagged.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in [record, *odd])
                    + "not json\n", encoding="utf-8")
    return path


def test_hostile_report_escapes_everything(tmp_path):
    from tagger.research import build_report

    from html.parser import HTMLParser

    class Tags(HTMLParser):
        def __init__(self):
            super().__init__()
            self.tags, self.handlers = [], []

        def handle_starttag(self, tag, attrs):
            self.tags.append(tag)
            self.handlers += [name for name, _ in attrs if name.startswith("on")]

    html = build_report([hostile_tagged(tmp_path)])
    parsed = Tags()
    parsed.feed(html)
    assert parsed.tags.count("script") == 1 and "img" not in parsed.tags and "b" not in parsed.tags
    assert parsed.handlers == []
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_hostile_stats_csv_has_no_formulas(tmp_path):
    path = tmp_path / "t.jsonl"
    forms = ["=1+1", "+SUM(A1)", "-2+3", "@cmd", "\t=x", "＝1"]
    spans = []
    text = "".join(forms)
    pos = 0
    for form in forms:
        spans.append({"start": pos, "end": pos + len(form), "label": "ORG", "text": form})
        pos += len(form)
    path.write_text(json.dumps({"id": "=cmd|' /C calc'!A0", "kind": "article", "text": text,
                                "spans": spans, "keywords": []}, ensure_ascii=False) + "\n",
                    encoding="utf-8")
    result = runner.invoke(app, ["stats", str(path), "--out", str(tmp_path / "csv")])
    assert result.exit_code == 0, result.output
    import csv

    for table in (tmp_path / "csv").glob("*.csv"):
        with table.open(encoding="utf-8", newline="") as fh:
            for row in csv.reader(fh):
                for cell in row:
                    assert not cell.startswith(("=", "+", "@", "\t", "＝")), (table.name, cell)
                    assert not (cell.startswith("-") and not cell.lstrip("-").replace(".", "").isdigit()), cell


def test_hostile_stats_and_report_on_malformed_records(tmp_path):
    path = hostile_tagged(tmp_path)
    for args in (["stats", str(path)], ["report", str(path), "-o", str(tmp_path / "r.html")]):
        result = runner.invoke(app, args)
        assert result.exit_code == 0 and result.exception is None, (args, result.output)


@pytest.mark.parametrize("command", [
    ["report", "{t}", "-o", "{t}"],
    ["export", "{t}", "--to", "prodigy", "-o", "{t}"],
    ["export", "{t}", "--to", "conll", "-o", "{t}"],
])
def test_hostile_research_and_export_outputs_never_replace_their_input(tmp_path, command):
    tagged = tmp_path / "t.jsonl"
    content = json.dumps({"id": "a", "kind": "article", "text": ARTICLE, "spans": []}) + "\n"
    tagged.write_text(content, encoding="utf-8")
    result = runner.invoke(app, [part.format(t=tagged) for part in command])
    assert result.exit_code == 2 and "E024" in result.output, result.output
    assert tagged.read_text(encoding="utf-8") == content


def test_hostile_stdin_broken_first_record_and_utf16_without_bom():
    import io

    from tagger.errors import InputError
    from tagger.read import read_inputs

    items = list(read_inputs(["-"], stdin=io.BytesIO(b'{"text": \n' + raw_jsonl(ARTICLE))))
    assert isinstance(items[0], InputError) and items[0].line == 1 and items[1].text == ARTICLE
    data = raw_jsonl(ARTICLE, "第二。").decode().encode("utf-16-le")
    assert [d.text for d in read_inputs(["-"], stdin=io.BytesIO(data))] == [ARTICLE, "第二。"]


@pytest.mark.parametrize("options,code", [
    (["--encoding", "rot13"], "E011"),
    (["--encoding", "no-such-codec"], "E011"),
    (["--lexicon", "{bin}"], "E003"),
    (["-n", "0"], "E021"),
])
def test_hostile_options(tmp_path, options, code):
    source = tmp_path / "in.jsonl"
    source.write_bytes(raw_jsonl(ARTICLE))
    (tmp_path / "bin.txt").write_bytes(BINARY)
    result = tag_cli(source, *[o.format(bin=tmp_path / "bin.txt") for o in options])
    assert result.exit_code == 2 and code in result.output and result.exception is None or \
        isinstance(result.exception, SystemExit), result.output


def test_hostile_pipeline_failure_on_one_article_is_an_error_record(shipped_nlp, schema, tmp_path, monkeypatch):
    import tagger.tagging as tagging

    real = tagging.tag_texts

    def fragile(nlp, texts, **kwargs):
        if any("炸" in t for t in texts):
            raise ValueError("boom")
        return real(nlp, texts, **kwargs)

    monkeypatch.setattr(tagging, "tag_texts", fragile)
    (tmp_path / "a.jsonl").write_bytes(raw_jsonl(ARTICLE, "炸" + ARTICLE, "第三条。" + ARTICLE))
    records = run_records(shipped_nlp, schema, [tmp_path / "a.jsonl"])
    assert [r["kind"] for r in records] == ["article", "error", "article"]
    assert "E034" in records[1]["error"] and "boom" in records[1]["error"] and records[1]["line"] == 2
    assert "刘健" in [s["text"] for s in records[2]["spans"]]


def test_hostile_surrogates_with_two_processes(tmp_path):
    source = tmp_path / "in.jsonl"
    source.write_bytes(jl({"text": "刘健\ud800在金山区。", "id": "x\udc00", "meta": {"k": "\ud800"}},
                          {"text": ARTICLE}))
    out = tmp_path / "out.jsonl"
    result = tag_cli(source, "-o", out, "-n", "2")
    assert result.exit_code == 0, result.output
    lines = out.read_bytes().decode("utf-8").splitlines()
    first, second = (json.loads(line) for line in lines)
    assert first["text"] == "刘健\ufffd在金山区。" and first["id"] == "x\ufffd" and first["meta"]["k"] == "\ufffd"
    assert second["text"] == ARTICLE and "0 errors" in result.output


@pytest.fixture
def tiny_disk(tmp_path):
    """A 64 KB tmpfs (needs the right to mount; skipped otherwise)."""
    mount = tmp_path / "tiny"
    mount.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(mount)],
                          capture_output=True)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.decode().strip()}")
    yield mount
    subprocess.run(["umount", str(mount)], check=False)


def test_hostile_disk_full_keeps_previous_output(tmp_path, tiny_disk):
    source = tmp_path / "in.jsonl"
    source.write_bytes(raw_jsonl(*[ARTICLE * 20 + str(i) for i in range(200)]))
    out = tiny_disk / "out.jsonl"
    out.write_text("previous\n", encoding="utf-8")
    proc = run_cli(["tag", source, "-o", out])
    stderr = proc.stderr.decode()
    assert proc.returncode == 2 and "E027" in stderr and "No space left" in stderr, stderr
    assert "Traceback" not in stderr and [p.name for p in tiny_disk.iterdir()] == ["out.jsonl"]
    assert out.read_text(encoding="utf-8") == "previous\n"


@pytest.mark.parametrize("command,code", [
    (["evaluate", "{bin}.bio"], "E003"),
    (["evaluate", "{bin}.jsonl"], "E003"),
    (["stats", "{dir}/nothing/*.jsonl"], "E606"),       # a folder or glob without tagged files
    (["export", "{bin}.jsonl", "--to", "brat", "-o", "{dir}/out"], "E003"),
])
def test_hostile_other_commands_on_binary_and_folders(tmp_path, command, code):
    for suffix in (".bio", ".jsonl"):
        (tmp_path / f"bin{suffix}").write_bytes(BINARY)
    args = [part.format(bin=tmp_path / "bin", dir=tmp_path) for part in command]
    result = runner.invoke(app, args)
    assert result.exit_code == 2 and code in result.output and not isinstance(
        result.exception, (UnicodeDecodeError, AttributeError, TypeError)), result.output


def test_hostile_stats_terminal_shows_markup_and_escapes_as_text(tmp_path):
    path = tmp_path / "t.jsonl"
    text = "[/b]刘健\x1b[31m红[link=http://x]点[/link]"
    path.write_text(json.dumps({"id": "[/b]\x1b]8;;http://x\x07", "kind": "article", "text": text,
                                "spans": [{"start": 0, "end": 4, "label": "ORG", "text": "[/b]"}],
                                "keywords": []}) + "\n", encoding="utf-8")
    result = runner.invoke(app, ["stats", str(path), "--kwic", "刘"])
    assert result.exit_code == 0 and result.exception is None, result.output
    assert "[/b]" in result.output and "\x1b" not in result.output and "\x07" not in result.output


@pytest.mark.parametrize("pad", [0, 1, 2])
def test_hostile_first_line_longer_than_the_encoding_sample(tmp_path, pad):
    from tagger.read import read_inputs
    from tagger.read.jsonl import DETECT_BYTES

    text = (ARTICLE * (DETECT_BYTES // len(ARTICLE.encode()) + 10))
    path = tmp_path / "a.jsonl"
    path.write_bytes(("x" * pad).join(['{"p": "', '", "text": ']).encode()
                     + json.dumps(text, ensure_ascii=False).encode() + b"}\n")
    (doc,) = read_inputs([str(path)])
    assert doc.text == text


def test_hostile_file_name_with_escape_sequence_is_not_sent_to_the_terminal(tmp_path):
    bad = tmp_path / "a\x1b[2J.csv"
    bad.write_text("x", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = tag_cli(bad, "-o", out)
    assert result.exit_code == 0 and "E009" in result.output and "\x1b" not in result.output
    (record,) = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert record["source"] == str(bad)  # the record keeps the real name, JSON-escaped


@pytest.mark.parametrize("tail", [
    "和" * 80 + "x",                      # a run of list joiners after a name (brand lists)
    "·拿" * 200 + "表示",                 # separators after a name (transliterated names)
    " ".join(["Olaf"] * 400) + "表示",     # capitalized Latin words (Latin-script names)
    "、" * 300 + "等品牌",
])
def test_hostile_repeated_joiners_after_a_name_finish(tmp_path, tail):
    """Rules that read what follows a name take time linear in it (a list pattern once
    backtracked exponentially on 40 × 和)."""
    source = tmp_path / "in.jsonl"
    text = "记者张三报道，李宁" + tail + "。"
    source.write_text(json.dumps({"id": "x", "text": text}, ensure_ascii=False) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    done = run_cli(["tag", source, "-o", out, "-q"], timeout=90)
    assert done.returncode == 0, done.stderr[-500:]
    record = json.loads(out.read_text(encoding="utf-8").splitlines()[0])
    assert record["text"] == text and ("张三", "PERSON") in {(s["text"], s["label"]) for s in record["spans"]}
