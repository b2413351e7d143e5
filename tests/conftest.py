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


@pytest.fixture(scope="session")
def general_gold(corpora_dir) -> dict:
    """The general news gold splits, built from the shared CLUENER texts: split -> records."""
    if not (corpora_dir / "cluener" / "train.jsonl").is_file():
        pytest.skip(f"cluener/train.jsonl not found in {corpora_dir}: the general gold set is built from it")
    builder = load_gold_builder("build_general")
    builder.load_records()
    splits, warnings = builder.build(corpora_dir)
    return {"splits": splits, "warnings": warnings, "records": list(builder.RECORDS)}


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


#: Two articles' text, to be set in narrow columns (tests of columns read in rotation).
NEWS_COLUMN_TEXTS = (
    "本报讯 今年以来，我市坚持把发展经济的着力点放在实体经济上，围绕先进制造业集群建设，"
    "出台支持企业技术改造的十条措施，全年安排专项资金三亿元。截至十月底，全市规模以上工业"
    "增加值同比增长百分之七点二，高新技术企业达到一千二百家，比去年同期增加一百八十家。"
    "市工业和信息化局负责人介绍，下一步将继续优化营商环境，帮助企业解决用工、融资和用地等"
    "方面的实际困难，推动更多项目早开工、早投产、早见效。",
    "连日来，县农业农村局组织技术人员深入田间地头，指导农民抢抓晴好天气收割晚稻、播种油菜。"
    "在城关镇新河村的稻田里，几台收割机来回穿梭，金黄的稻谷很快装满了运输车。种粮大户李建国"
    "告诉记者，今年他流转了三百多亩土地，采用机插秧和统防统治，亩产比往年提高了五十多公斤。"
    "据统计，全县今年粮食播种面积稳定在四十五万亩以上，秋粮丰收已成定局。",
)


@pytest.fixture(scope="session")
def news_columns():
    """The two texts of :data:`NEWS_COLUMN_TEXTS` wrapped into lines of 11 characters."""
    return tuple([text[i:i + 11] for i in range(0, len(text), 11)] for text in NEWS_COLUMN_TEXTS)
