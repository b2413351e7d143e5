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
    """The shipped model (models/zh_news_tagger), loaded once per test session."""
    from tagger.pipeline import PipelineOptions, load_pipeline

    return load_pipeline(PipelineOptions())


@pytest.fixture(scope="session")
def sample_records(shipped_nlp, sample_path):
    """Output records of the sample page, tagged with the shipped model."""
    from tagger.tagging import tag_inputs

    return list(tag_inputs([str(sample_path)], nlp=shipped_nlp))
