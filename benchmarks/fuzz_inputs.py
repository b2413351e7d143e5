"""Fuzz the readers, repair, page segmentation and every importer with hypothesis.

    python benchmarks/fuzz_inputs.py --examples 20000       # docs/reliability.md

Each target gets ``--examples`` generated inputs: random bytes, and mutations of valid
inputs (a valid line or export with bytes flipped, cut, repeated or with hostile
characters inserted). A target passes when every input either gives its result or
raises :class:`tagger.errors.TaggerError` (a clear, catalogued error); any other exception
is a finding. One more target tags ``--tag-examples`` generated texts through the whole
pipeline and checks each output record (UTF-8 JSON, spans that fit the text). Prints one JSON line per target: examples run, findings, seconds.
Not part of CI: the tests in tests/test_hostile.py and tests/test_invariants.py run
the same properties on a small budget.
"""

from __future__ import annotations

import argparse
import io
import json
import sys
import tempfile
import time
import traceback
import warnings
from pathlib import Path
from typing import Callable, Dict, List

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tagger.errors import InputError, TaggerError
from tagger.exchange import FORMATS, export_records, import_file
from tagger.read import read_inputs
from tagger.read.jsonl import iter_jsonl
from tagger.records import Document
from tagger.tagging import TagSettings, document_articles

SPECIAL = ["\n", "\r", "\r\n", "\x0b", "\x0c", "\x1c", "\x85", "\u2028", "\u2029", "\x00",
           "\ud800", "\udfff", "\ufeff", "\ufffd", "{", "}", "[", "]", '"', "\\", "\\u", "\\ud800",
           "\t", " ", "\u3000", "。", "记者", "金山区", "本报讯", "第一版", "B-", "I-", "T1\t"]
TEXTS = st.lists(st.one_of(st.sampled_from(SPECIAL), st.characters()), max_size=300).map("".join)
SAMPLE_RECORDS = [{"id": "a", "text": "区委书记刘健在金山区调研。",
                   "spans": [{"start": 4, "end": 6, "label": "PERSON", "text": "刘健"},
                             {"start": 7, "end": 10, "label": "LOC", "text": "金山区"}],
                   "nested": [{"start": 0, "end": 2, "label": "ORG", "text": "区委"}]}]


def mutate(data: bytes, ops: List[tuple]) -> bytes:
    """``data`` with each (kind, position, payload) edit applied."""
    buf = bytearray(data)
    for kind, pos, payload in ops:
        pos = pos % (len(buf) + 1)
        if kind == "flip" and buf:
            buf[pos % len(buf)] ^= payload[0] if payload else 0xFF
        elif kind == "insert":
            buf[pos:pos] = payload
        elif kind == "cut":
            del buf[pos:pos + len(payload) + 1]
        elif kind == "repeat":
            buf[pos:pos] = bytes(buf[pos:pos + 16]) * (len(payload) % 8 + 1)
    return bytes(buf)


OPS = st.lists(st.tuples(st.sampled_from(["flip", "insert", "cut", "repeat"]),
                         st.integers(0, 1 << 16),
                         st.one_of(st.binary(max_size=8),
                                   TEXTS.map(lambda t: t.encode("utf-8", "surrogatepass")))),
               max_size=6)


def valid_exports(directory: Path) -> Dict[str, Path]:
    """One valid export per format, to mutate."""
    out = {}
    for name, spec in FORMATS.items():
        target = directory / f"valid_{name}{spec.suffix}"
        export_records(SAMPLE_RECORDS, name, target)
        out[name] = target
    return out


class Target:
    def __init__(self, name: str) -> None:
        self.name = name
        self.examples = 0
        self.findings: List[str] = []
        self.net: List[str] = []  # unexpected errors that the importer's safety net reported

    def run(self, func: Callable[[], object]) -> None:
        self.examples += 1
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                func()
        except TaggerError as err:
            message = str(err)
            if message.startswith("[E515]") and "Error: " in message:
                kind = message.split(": ", 3)[2] if message.count(": ") >= 3 else message
                if kind not in self.net:
                    self.net.append(kind)
        except Exception:  # a finding: recorded, the search goes on
            finding = traceback.format_exc(limit=-3)
            if finding not in self.findings:
                self.findings.append(finding)


def fuzz(args) -> List[Target]:
    budget = settings(max_examples=args.examples, deadline=None, database=None,
                      suppress_health_check=list(HealthCheck))
    tmp = Path(tempfile.mkdtemp(prefix="tagger-fuzz-"))
    valid = valid_exports(tmp)
    targets: List[Target] = []

    def target(name: str) -> Target:
        t = Target(name)
        targets.append(t)
        return t

    reader = target("read: .jsonl file bytes")

    @budget
    @given(st.one_of(st.binary(max_size=2000),
                     OPS.map(lambda ops: mutate(json.dumps(SAMPLE_RECORDS[0]).encode() + b"\n", ops))))
    def read_jsonl_bytes(data):
        path = tmp / "in.jsonl"
        path.write_bytes(data)
        reader.run(lambda: [i for i in iter_jsonl(path) if not isinstance(i, (tuple, InputError))])
        reader.run(lambda: list(read_inputs([str(path)])))

    stdin = target("read: stdin bytes (.txt or JSONL)")

    @budget
    @given(st.one_of(st.binary(max_size=2000), TEXTS.map(lambda t: t.encode("utf-8", "surrogatepass"))))
    def read_stdin(data):
        stdin.run(lambda: list(read_inputs(["-"], stdin=io.BytesIO(data))))

    pages = target("repair + segment: page text")

    @budget
    @given(TEXTS, st.booleans())
    def repair_segment(text, repair):
        text = text.encode("utf-8", "replace").decode("utf-8")
        if text.strip():
            doc = Document(id="p", text=text, source="p.txt", is_page=True)
            pages.run(lambda: _check_articles(doc, TagSettings(repair=repair)))

    tagging = target("tag: page and record text through the whole pipeline")

    @settings(max_examples=args.tag_examples, deadline=None, database=None,
              suppress_health_check=list(HealthCheck))
    @given(TEXTS, st.booleans())
    def tag_whole(text, as_page):
        from tagger.tagging import tag_inputs

        nlp = _nlp()
        path = tmp / ("page.txt" if as_page else "rec.jsonl")
        if as_page:
            path.write_bytes(text.encode("utf-8", "surrogatepass"))
        else:
            path.write_bytes(json.dumps({"text": text}).encode() + b"\n")
        tagging.run(lambda: _check_tagged(list(tag_inputs([str(path)], nlp=nlp))))

    runs = [read_jsonl_bytes, read_stdin, repair_segment, tag_whole]
    for name, spec in FORMATS.items():
        importer = target(f"import --from {name}")
        source = valid[name]

        def make(importer=importer, source=source, name=name, spec=spec):
            seed = (source / "a.ann").read_bytes() if spec.folder else source.read_bytes()

            @budget
            @given(st.one_of(st.binary(max_size=2000), OPS.map(lambda ops: mutate(seed, ops))))
            def run_import(data):
                if spec.folder:
                    folder = tmp / "brat_case"
                    folder.mkdir(exist_ok=True)
                    (folder / "a.txt").write_bytes((source / "a.txt").read_bytes())
                    (folder / "a.ann").write_bytes(data)
                    importer.run(lambda: import_file(folder, name))
                else:
                    path = tmp / f"case{spec.suffix}"
                    path.write_bytes(data)
                    importer.run(lambda: import_file(path, name))
            return run_import

        runs.append(make())
    for t, run in zip(targets, runs):
        if args.only and not any(o in t.name for o in args.only):
            continue
        start = time.perf_counter()
        run()
        t.seconds = round(time.perf_counter() - start, 1)
    return targets


_NLP = []


def _nlp():
    """The shipped pipeline, loaded once."""
    if not _NLP:
        from tagger.pipeline import PipelineOptions, load_pipeline

        _NLP.append(load_pipeline(PipelineOptions()))
    return _NLP[0]


def _check_tagged(records: List[dict]) -> None:
    from tagger.write import dumps, span_problem

    for record in records:
        dumps(record).encode("utf-8")
        if record["kind"] == "error" and record["error"][:6] in ("[E020]", "[E033]", "[E034]"):
            raise AssertionError(record["error"])  # the run's safety nets caught a bug
        if record["kind"] != "error" and span_problem(record):
            raise AssertionError(span_problem(record))


def _check_articles(doc: Document, settings_: TagSettings) -> None:
    for article in document_articles(doc, settings_):
        if len(article.offsets) != len(article.text):
            raise AssertionError("offset map and text differ in length")
        for a, b in zip(article.offsets.starts, article.offsets.ends):
            if not 0 <= a <= b <= len(doc.text):
                raise AssertionError(f"raw offsets [{a}, {b}) outside the raw text")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--examples", type=int, default=2000, help="Generated inputs per target.")
    parser.add_argument("--tag-examples", type=int, default=300,
                        help="Generated texts tagged through the whole pipeline (slow).")
    parser.add_argument("--only", nargs="*", default=[], help="Run the targets whose name holds one of these.")
    args = parser.parse_args()
    targets = fuzz(args)
    for t in targets:
        if not t.examples:
            continue
        print(json.dumps({"target": t.name, "examples": t.examples, "findings": len(t.findings), "safety_net": t.net[:5],
                          "seconds": getattr(t, "seconds", None)}, ensure_ascii=False))
        for finding in t.findings:
            print(finding, file=sys.stderr)
    return 1 if any(t.findings for t in targets) else 0


if __name__ == "__main__":
    sys.exit(main())
