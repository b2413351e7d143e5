"""Shared fixtures: the sample page, the shared corpora, a blank Chinese pipeline."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SAMPLE_PAGE = REPO / "examples" / "jinshan_news_2021-10-22_A4.txt"


@pytest.fixture(scope="session")
def repo_dir() -> Path:
    return REPO


@pytest.fixture(scope="session")
def sample_path() -> Path:
    return SAMPLE_PAGE


@pytest.fixture(scope="session")
def sample_text() -> str:
    return SAMPLE_PAGE.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def corpora_dir() -> Path:
    path = SHARED / "corpora"
    if not path.exists():
        pytest.skip(f"shared corpora not found at {path}")
    return path


def load_gold_builder(name: str):
    """A data/gold/build_*.py script, loaded by path (the builders are scripts, not modules)."""
    import importlib.util

    spec = importlib.util.spec_from_file_location(name, REPO / "data" / "gold" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def gold_builder():
    """The loader of data/gold/build_*.py scripts: ``gold_builder("build_gold")``."""
    return load_gold_builder


@pytest.fixture(scope="session")
def modern_gold_dir(corpora_dir, tmp_path_factory) -> Path:
    """modern_dev.jsonl and modern_test.jsonl, built from the shared raw_news into a temp folder."""
    if not (corpora_dir / "raw_news").is_dir():
        pytest.skip(f"raw_news not found in {corpora_dir}: the modern gold set is built from it")
    builder = load_gold_builder("build_modern")
    splits, _ = builder.build(corpora_dir)
    out = tmp_path_factory.mktemp("modern_gold")
    builder.write_splits(splits, out)
    return out


@pytest.fixture
def blank_zh():
    """A blank Chinese pipeline with character tokens, for component unit tests."""
    import spacy

    return spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "char"}}})


@pytest.fixture(scope="session")
def shipped_nlp():
    """The shipped model (tagger/models/zh_news_tagger), loaded once per test session."""
    from tagger.pipeline import PipelineOptions, load_pipeline

    return load_pipeline(PipelineOptions())


@pytest.fixture(scope="session")
def sample_records(shipped_nlp, sample_path):
    """Output records of the sample page, tagged with the shipped model."""
    from tagger.tagging import tag_inputs

    return list(tag_inputs([str(sample_path)], nlp=shipped_nlp))


@pytest.fixture(scope="session")
def articles_jsonl(tmp_path_factory) -> Path:
    """A JSONL input of the 32 gold news texts with two bad lines and a blank line among
    them: 34 input records, 32 articles and 2 errors when tagged."""
    import json

    records = [json.loads(line) for name in ("recent_news.jsonl", "heldout_news.jsonl")
               for line in (REPO / "data" / "gold" / name).read_text(encoding="utf-8").splitlines()
               if line.strip()]
    lines = [json.dumps({"id": r["id"], "text": r["text"], "meta": r.get("meta") or {}},
                        ensure_ascii=False) for r in records]
    lines[10:10] = ['{"id": "broken", "text": "未闭合']
    lines[20:20] = ["", '{"id": "empty", "text": "  "}']
    path = tmp_path_factory.mktemp("scale") / "articles.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture(scope="session")
def label_studio(tmp_path_factory):
    """A Label Studio server on 127.0.0.1 (skipped unless TAGGER_LABEL_STUDIO names one)."""
    import os

    from ls_server import LabelStudio

    exe = os.environ.get("TAGGER_LABEL_STUDIO")
    if not exe:
        pytest.skip("TAGGER_LABEL_STUDIO is not set: point it at a label-studio executable "
                    "(pip install label-studio into its own venv) to run this test")
    if not Path(exe).is_file():
        pytest.skip(f"TAGGER_LABEL_STUDIO={exe} is not a file")
    server = LabelStudio(Path(exe), tmp_path_factory.mktemp("label-studio"))
    try:
        server.wait_ready()
        yield server
    finally:
        server.stop()
