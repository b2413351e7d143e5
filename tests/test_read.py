"""Reading inputs: encodings, JSONL records, directories, stdin, and bad input."""

from __future__ import annotations

import io
import json

import pytest

from tagger.errors import InputError
from tagger.read import decode_bytes, read_inputs
from tagger.records import Document

TEXT = "本报讯（记者 樊国庆）金山区委书记刘健在会上强调，要增强“四个意识”。"


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gbk", "gb18030", "utf-16"])
def test_read_decode_simplified(encoding):
    decoded = decode_bytes(TEXT.encode(encoding))
    assert decoded.text == TEXT
    assert not decoded.warnings


def test_read_decode_big5():
    text = "中華民國的經濟發展很快，臺北市政府表示將會繼續推動。"
    decoded = decode_bytes(text.encode("big5"))
    assert decoded.text == text
    assert decoded.encoding == "big5"


def test_read_sample_page_same_text_in_gbk_and_gb18030(sample_text, tmp_path):
    for encoding in ("gbk", "gb18030"):
        path = tmp_path / f"page.{encoding}.txt"
        path.write_bytes(sample_text.encode(encoding))
        (doc,) = list(read_inputs([str(path)]))
        assert doc.text == sample_text


def test_read_undecodable_bytes_warn_with_offset(tmp_path):
    good = (TEXT * 5).encode("utf-8")
    path = tmp_path / "bad.txt"
    path.write_bytes(good + b"\xff\xfe" + "结尾。".encode("utf-8"))
    decoded = decode_bytes(path.read_bytes(), path=str(path))
    assert decoded.encoding == "utf-8"
    assert decoded.text.count("\ufffd") == 2 and decoded.text.endswith("结尾。")
    assert decoded.warnings == [
        f"[W001] {path}: bytes at offset {len(good)} are not valid utf-8; they were replaced "
        "with U+FFFD. Re-save the file as UTF-8 or pass --encoding if the guess is wrong."
    ]
    with pytest.warns(UserWarning, match=f"offset {len(good)}"):
        (doc,) = list(read_inputs([str(path)]))
    assert doc.text == decoded.text


def test_read_jsonl_records_and_errors(tmp_path):
    path = tmp_path / "in.jsonl"
    path.write_text(
        '{"id": "a1", "text": "习近平在北京。", "meta": {"date": "2021-07-01"}}\n'
        "not json\n"
        "[1, 2]\n"
        '{"title": "no text"}\n'
        '{"text": "   "}\n'
        "\n"
        '{"text": "上海市金山区。"}\n',
        encoding="utf-8",
    )
    items = list(read_inputs([str(path)]))
    kinds = [type(i).__name__ for i in items]
    assert kinds == ["Document", "InputError", "InputError", "InputError", "InputError", "Document"]
    assert items[0].id == "a1" and items[0].meta == {"date": "2021-07-01"} and not items[0].is_page
    assert items[5].id == f"{path}:7"
    assert [e.line for e in items[1:5]] == [2, 3, 4, 5]
    assert "line 2" in str(items[1]) and str(path) in str(items[1])
    assert "E007" in str(items[3])


@pytest.mark.parametrize(
    "name,content,code",
    [
        ("empty.txt", b"", "E004"),
        ("blank.jsonl", b"\n\n", "E004"),
        ("binary.txt", b"\x00\x01\x02PK\x03\x04" * 20, "E003"),
        ("table.csv", "a,b".encode(), "E009"),
    ],
)
def test_read_bad_files(tmp_path, name, content, code):
    path = tmp_path / name
    path.write_bytes(content)
    (item,) = list(read_inputs([str(path)]))
    assert isinstance(item, InputError)
    assert code in str(item) and str(path) in str(item)


def test_read_missing_path(tmp_path):
    (item,) = list(read_inputs([str(tmp_path / "nope.txt")]))
    assert isinstance(item, InputError) and "E001" in str(item)


def test_read_directory_recursive_sorted(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "2.txt").write_text("第二篇。", encoding="utf-8")
    (tmp_path / "1.txt").write_text("第一篇。", encoding="gb18030")
    (tmp_path / "skip.md").write_text("忽略", encoding="utf-8")
    docs = list(read_inputs([str(tmp_path)]))
    assert [d.text for d in docs] == ["第一篇。", "第二篇。"]
    assert all(isinstance(d, Document) and d.is_page for d in docs)


@pytest.mark.parametrize(
    "data,is_page,n",
    [
        ("第一行。\n第二行。\n".encode("utf-8"), True, 1),
        ('{"text": "甲。"}\n{"text": "乙。"}\n'.encode("utf-8"), False, 2),
    ],
)
def test_read_stdin_detects_jsonl(data, is_page, n):
    items = list(read_inputs(["-"], stdin=io.BytesIO(data)))
    assert len(items) == n
    assert all(i.is_page is is_page and i.source == "-" for i in items)


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gb18030", "big5", "utf-16"])
def test_read_jsonl_streams_in_any_encoding(tmp_path, encoding):
    import json

    texts = ["臺北市政府表示將會繼續推動。", "第二條新聞。"] if encoding == "big5" else [TEXT, "第二条新闻。"]
    path = tmp_path / "in.jsonl"
    path.write_bytes("".join(json.dumps({"text": t}, ensure_ascii=False) + "\n" for t in texts).encode(encoding))
    docs = list(read_inputs([str(path)]))
    assert [d.text for d in docs] == texts
    assert [d.line for d in docs] == [1, 2]


def test_read_jsonl_bad_bytes_in_one_line_are_an_error_record(tmp_path):
    path = tmp_path / "in.jsonl"
    first = '{"text": "第一条。"}\n'.encode("utf-8")
    path.write_bytes(first + b'{"text": "\xff\xfe\xe7\xac\xac\xe4\xba\x8c"}\n'
                     + '{"text": "第三。"}\n'.encode("utf-8"))
    docs = list(read_inputs([str(path)]))
    assert docs[0].text == "第一条。" and docs[2].text == "第三。"
    assert isinstance(docs[1], InputError) and docs[1].line == 2
    assert "E023" in str(docs[1]) and f"offset {len(first) + 10}" in str(docs[1])


def test_read_jsonl_nul_byte_in_a_line_is_that_line_only(tmp_path):
    """A raw NUL inside one line of UTF-8 JSONL is a bad line, not a binary file."""
    from tagger.errors import InputError
    from tagger.read.jsonl import iter_jsonl

    path = tmp_path / "in.jsonl"
    path.write_bytes(b'{"text": ""}\n"\x00"\n{"text": "ok"}\n')
    items = list(iter_jsonl(path))
    assert items[0] == (1, {"text": ""}) and items[2] == (3, {"text": "ok"})
    assert isinstance(items[1], InputError) and "line 2" in str(items[1])


def test_read_jsonl_stray_nul_first_is_not_utf16(tmp_path):
    """A file that starts with a NUL byte and a newline is UTF-8 with a bad first line."""
    from tagger.read.jsonl import iter_jsonl

    path = tmp_path / "in.jsonl"
    path.write_bytes(b'\x00\n{"text": ""}\n')
    items = list(iter_jsonl(path))
    assert len(items) == 2 and items[1] == (2, {"text": ""})
