"""The components as spaCy users expect them: entry points, honest requires/assigns,
``exclude`` in serialization, a swappable merge policy and scorers."""

from __future__ import annotations

import importlib
import json
import sys

import pytest
import spacy
from spacy.language import Language
from spacy.training import Example
from spacy.util import registry

import tagger  # noqa: F401  (registers everything)

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    tomllib = pytest.importorskip("tomli")

REGISTRIES = {"spacy_misc": "misc", "spacy_readers": "readers"}


@pytest.fixture(scope="module")
def entry_points(repo_dir):
    with open(repo_dir / "pyproject.toml", "rb") as f:
        return tomllib.load(f)["project"]["entry-points"]


def _resolve(target: str):
    module, attr = target.split(":")
    return getattr(importlib.import_module(module), attr)


@pytest.mark.parametrize("group,reg", sorted(REGISTRIES.items()))
def test_components_every_registered_function_has_an_entry_point(entry_points, group, reg):
    registered = {name: func for name, func in getattr(registry, reg).get_all().items()
                  if name.startswith("tagger.")}
    declared = entry_points.get(group, {})
    assert sorted(declared) == sorted(registered)
    for name, target in declared.items():
        assert _resolve(target) is registered[name], name


def test_components_every_factory_has_an_entry_point(entry_points):
    factories = {name for name in Language.factories if name.startswith("tagger_")}
    assert sorted(entry_points["spacy_factories"]) == sorted(factories)
    for name, target in entry_points["spacy_factories"].items():
        assert _resolve(target) is registry.factories.get(name), name


@pytest.mark.slow
def test_components_requires_and_assigns_are_met(shipped_nlp):
    analysis = shipped_nlp.analyze_pipes(pretty=False)
    assert all(not problems for problems in analysis["problems"].values())
    assert "span._.source" in analysis["summary"]["tagger_merge"]["requires"]
    assert "doc.ents" in analysis["summary"]["tagger_gazetteer"]["requires"]


def _slogans(nlp, tmp_path):
    path = tmp_path / "slogans.jsonl"
    path.write_text(json.dumps({"canonical": "碳达峰", "category": "development concept"},
                               ensure_ascii=False), encoding="utf-8")
    pipe = nlp.add_pipe("tagger_slogans")
    pipe.initialize(lexicon_path=str(path), use_packaged=False)
    return pipe


def _gazetteer(nlp, tmp_path):
    path = tmp_path / "gaz.jsonl"
    path.write_text(json.dumps({"text": "金山区", "label": "LOC"}, ensure_ascii=False),
                    encoding="utf-8")
    pipe = nlp.add_pipe("tagger_gazetteer")
    pipe.initialize(gazetteers=[], gazetteer_paths=[str(path)])
    return pipe


@pytest.mark.parametrize("make,part,file_name", [
    (_slogans, "entries", "entries.jsonl"),
    (_gazetteer, "entries", "entries.jsonl"),
    (_gazetteer, "suffixes", "suffixes.json"),
])
def test_components_to_disk_honours_exclude(blank_zh, tmp_path, make, part, file_name):
    pipe = make(blank_zh, tmp_path)
    pipe.to_disk(tmp_path / "all")
    pipe.to_disk(tmp_path / "some", exclude=[part])
    assert (tmp_path / "all" / file_name).exists()
    assert not (tmp_path / "some" / file_name).exists()


def test_components_from_disk_exclude_keeps_current_part(blank_zh, tmp_path):
    pipe = _gazetteer(blank_zh, tmp_path)
    pipe.to_disk(tmp_path / "saved")
    suffixes = list(pipe.org_suffixes)
    pipe.set_suffixes(org=["中心"], loc=[])
    pipe.from_disk(tmp_path / "saved", exclude=["suffixes"])
    assert pipe.org_suffixes == ["中心"]
    assert "金山区" in {e["text"] for bucket in pipe.entries.values() for e in bucket}
    pipe.from_disk(tmp_path / "saved")
    assert pipe.org_suffixes == suffixes


def test_components_to_bytes_honours_exclude(blank_zh, tmp_path):
    pipe = _slogans(blank_zh, tmp_path)
    data = pipe.to_bytes()
    pipe.from_bytes(pipe.to_bytes(exclude=["entries"]))
    assert pipe.entries  # nothing to load: the entries stay
    pipe.clear()
    pipe.from_bytes(data)
    assert "碳达峰" in {e["text"] for bucket in pipe.entries.values() for e in bucket}


@pytest.mark.parametrize("part,file_name", [("idf", "idf.tsv.gz"), ("stopwords", "stopwords.txt"),
                                            ("lexicon", "lexicon.txt")])
def test_components_keywords_exclude(blank_zh, tmp_path, part, file_name):
    pipe = blank_zh.add_pipe("tagger_keywords")
    pipe.initialize()
    pipe.to_disk(tmp_path / "kw", exclude=[part])
    assert not (tmp_path / "kw" / file_name).exists()
    assert len(list((tmp_path / "kw").iterdir())) == 2


@registry.misc("test.rules_only_policy.v1")
def rules_only_policy():
    """A merge policy that drops the model's spans (for the swap test)."""
    def policy(model_spans, rule_spans):
        return sorted(rule_spans, key=lambda s: s.start), list(model_spans)
    return policy


@pytest.mark.parametrize("policy,expected", [
    ({"@misc": "tagger.merge_policy.v1", "prefer": "rules"}, [("金华", "LOC")]),
    ({"@misc": "tagger.merge_policy.v1", "prefer": "model"}, [("金华", "ORG")]),
    ({"@misc": "test.rules_only_policy.v1"}, [("金华", "LOC")]),
])
def test_components_merge_policy_from_config(blank_zh, policy, expected):
    @Language.component("test_components_fake_ner")
    def fake_ner(doc):
        doc.ents = [doc.char_span(2, 4, label="ORG")]
        return doc

    @Language.component("test_components_fake_rules")
    def fake_rules(doc):
        span = doc.char_span(2, 4, label="LOC")
        span._.source = "lexicon"
        doc.spans["gazetteer"] = [span]
        return doc

    blank_zh.add_pipe("test_components_fake_ner")
    blank_zh.add_pipe("test_components_fake_rules")
    blank_zh.add_pipe("tagger_merge", config={"merge_policy": policy, "propagate": False})
    doc = blank_zh("他在金华工作")
    assert [(e.text, e.label_) for e in doc.ents] == expected


def test_components_merge_legacy_settings_still_load(blank_zh):
    """Configs saved before merge_policy (prefer/relabel on the component) still load."""
    merge = blank_zh.add_pipe("tagger_merge", config={"prefer": "model", "relabel": False})
    assert (merge.prefer, merge.relabel) == ("model", False)


def test_components_scorers(blank_zh, tmp_path):
    _slogans(blank_zh, tmp_path)
    blank_zh.add_pipe("tagger_merge")
    pred = blank_zh("要推进碳达峰。")
    ref = blank_zh.make_doc(pred.text)
    ref.ents = [ref.char_span(3, 6, label="SLOGAN")]
    ref.spans["slogans"] = [ref.char_span(3, 6, label="SLOGAN")]
    scores = blank_zh.evaluate([Example(pred, ref)])
    assert scores["spans_slogans_f"] == 1.0
    assert scores["ents_f"] == 1.0


@pytest.mark.slow
@pytest.mark.parametrize("method,top_k", [("textrank", 3), ("none", 10)])
def test_components_run_options_are_config_overrides(method, top_k):
    from tagger.pipeline import PipelineOptions, load_pipeline

    nlp = load_pipeline(PipelineOptions(keywords=method, top_k=top_k))
    assert nlp.config["components"]["tagger_keywords"]["method"] == method
    assert nlp.config["components"]["tagger_keywords"]["top_k"] == top_k
    keywords = nlp("区委书记刘健在会上强调，要推进碳达峰。刘健指出，碳达峰工作要抓紧。")._.keywords
    assert len(keywords) == (top_k if method != "none" else 0)


def test_components_user_lexicon_reaches_every_word_cutter(blank_zh, tmp_path):
    """A user lexicon is read once and its words reach each word-cutting component."""
    from tagger.pipeline import add_user_lexicon

    _slogans(blank_zh, tmp_path)
    blank_zh.add_pipe("tagger_word_features").initialize(words={})
    blank_zh.add_pipe("tagger_keywords").initialize()
    user = tmp_path / "user.txt"
    user.write_text("碳谷绿湾 nz\n金山卫 LOC\n", encoding="utf-8")
    add_user_lexicon(blank_zh, str(user))
    assert blank_zh.get_pipe("tagger_word_features").words == {"碳谷绿湾": "nz", "金山卫": "LOC"}
    assert {"碳谷绿湾", "金山卫"} <= set(blank_zh.get_pipe("tagger_keywords").lexicon)
