"""Property tests of the run's invariants over generated records (docs/reliability.md).

Texts mix lone surrogates, control characters, every Unicode line separator, CJK text
and any other character, at any length. For every input: records in = records out +
error records, every output line is valid JSON that the schema accepts, every span fits
its text and its raw offsets fit the raw text, and nothing raises.
"""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from tagger.errors import InputError
from tagger.read import read_inputs
from tagger.tagging import TagSettings, TagSummary, document_articles, tag_inputs
from tagger.write import dumps, span_problem

REPO = Path(__file__).resolve().parents[1]
#: Every character Python's str.splitlines() breaks at, and CR LF.
LINE_SEPARATORS = ["\n", "\r", "\r\n", "\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\x85",
                   "\u2028", "\u2029"]
SPECIAL = LINE_SEPARATORS + ["\x00", "\x01", "\x1b", "\x7f", "\ufeff", "\ufffd", "\ud800",
                             "\udfff", "\ud83d", "\ude00", " ", "\u3000", "\t"]
NEWS = list("区委书记刘健在金山区调研上海市人民政府新华社记者报道。，、；：“”（）《》") + ["\n\n", "金山区"]
PIECES = st.one_of(st.sampled_from(SPECIAL), st.sampled_from(NEWS), st.characters())


def pieces(min_size: int = 0, max_size: int = 200):
    """Strings made of line separators, controls, surrogates, news text and any character."""
    return st.lists(PIECES, min_size=min_size, max_size=max_size).map("".join)


TEXTS = st.one_of(pieces(), st.builds(lambda unit, n: unit * n, pieces(1, 12), st.integers(1, 600)))
JSON_SCALARS = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False, allow_infinity=False),
                         pieces(max_size=20))
RECORDS = st.fixed_dictionaries(
    {"text": TEXTS},
    optional={"id": JSON_SCALARS,
              "meta": st.dictionaries(pieces(max_size=8), JSON_SCALARS, max_size=4)})
#: Lines that are not records: junk, other JSON values (never blank, never a line break).
JUNK = st.text(st.characters(blacklist_characters="\r\n"), min_size=1, max_size=40).filter(str.strip)


@pytest.fixture(scope="module")
def validator():
    jsonschema = pytest.importorskip("jsonschema")
    spec = json.loads((REPO / "tagger" / "schema" / "tagged.schema.json").read_text(encoding="utf-8"))
    return jsonschema.Draft202012Validator(spec)


def jsonl_bytes(lines) -> bytes:
    out = []
    for line in lines:
        if isinstance(line, dict):
            out.append(json.dumps(line, ensure_ascii=True))
        else:
            out.append(line)
    return ("\n".join(out) + "\n").encode("utf-8", "surrogatepass")


def check_records(records, validator, n_in: int, summary: TagSummary, raw_lengths=None):
    n_errors = sum(r["kind"] == "error" for r in records)
    assert n_errors == summary.errors
    for record in records:
        line = dumps(record)
        line.encode("utf-8")  # strict: no lone surrogate reaches the output
        parsed = json.loads(line)
        problems = [e.message for e in validator.iter_errors(parsed)]
        assert not problems, (record, problems)
        if record["kind"] == "error":
            continue
        assert span_problem(record) is None
        raw_length = (raw_lengths or {}).get(record["meta"].get("line"))
        for span in record["spans"] + record["nested"]:
            assert span["raw_start"] <= span["raw_end"]
            if raw_length is not None:
                assert span["raw_end"] <= raw_length
    return n_errors


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(RECORDS, JUNK), min_size=1, max_size=6))
def test_invariants_reader_one_item_per_line(lines):
    items = list(read_inputs(["-"], stdin=io.BytesIO(jsonl_bytes(lines))))
    if not isinstance(lines[0], dict) and not lines[0].lstrip().startswith("{"):
        return  # stdin that does not open with a JSON object is read as a page
    if isinstance(items[0], InputError) and items[0].line is None:
        return  # stdin as a whole did not decode (binary): one error
    assert len(items) == len(lines)
    for item, line in zip(items, lines):
        if isinstance(item, InputError):
            continue
        assert not any("\ud800" <= c <= "\udfff" for c in item.text + item.id)
        if isinstance(line, dict):  # JSON joins an escaped surrogate pair into one character
            assert len(item.text) == len(json.loads(json.dumps(line))["text"])


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS, st.booleans())
@example("区区\n金\n" * 2, False)  # a line read out of order after taking a later line's doubled run
def test_invariants_repair_and_segment_keep_offsets(text, segment):
    from tagger.records import Document

    text = text.encode("utf-8", "replace").decode("utf-8")
    if not text.strip():
        return
    doc = Document(id="p", text=text, source="p.txt", is_page=True)
    articles = document_articles(doc, TagSettings(segment=segment))
    assert articles, "a page with text is never lost"
    for article in articles:
        assert len(article.offsets) == len(article.text)
        for start, end in zip(article.offsets.starts, article.offsets.ends):
            assert 0 <= start <= end <= len(text)


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(st.lists(st.one_of(RECORDS, JUNK), min_size=1, max_size=4))
def test_invariants_tagging_jsonl(shipped_nlp, validator, tmp_path_factory, lines):
    path = tmp_path_factory.mktemp("jsonl") / "in.jsonl"
    path.write_bytes(jsonl_bytes(lines))
    summary = TagSummary()
    records = list(tag_inputs([str(path)], nlp=shipped_nlp, summary=summary))
    raw_lengths = {n: len(json.loads(json.dumps(line))["text"])
                   for n, line in enumerate(lines, 1) if isinstance(line, dict)}
    n_errors = check_records(records, validator, len(lines), summary, raw_lengths)
    assert len(records) == len(lines) and n_errors + summary.articles == len(lines)


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(TEXTS)
def test_invariants_tagging_txt_page(shipped_nlp, validator, tmp_path_factory, text):
    path = tmp_path_factory.mktemp("txt") / "page.txt"
    data = text.encode("utf-8", "surrogatepass")
    path.write_bytes(data)
    summary = TagSummary()
    records = list(tag_inputs([str(path)], nlp=shipped_nlp, summary=summary))
    check_records(records, validator, 1, summary)
    assert records, "a page yields records or an error"
    if summary.errors:
        assert len(records) == 1 and records[0]["kind"] == "error"
    for record in records:
        if record["kind"] != "error":
            assert 0 <= record["meta"]["raw_start"] <= record["meta"]["raw_end"]
