"""Inputs and sharded outputs at fsspec URLs: a real S3 API (moto's server) through s3fs."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

pytest.importorskip("upath")
pytest.importorskip("s3fs")
moto_server = pytest.importorskip("moto.server")

from tagger.read.urls import as_path, is_url  # noqa: E402
from tagger.tagging import tag_inputs  # noqa: E402

BUCKET = "tagger-archive"


@pytest.fixture(scope="module")
def s3_env():
    """A local S3 endpoint (moto's server) and the environment that points s3fs at it."""
    from ls_server import free_port

    port = free_port()
    server = moto_server.ThreadedMotoServer(ip_address="127.0.0.1", port=port, verbose=False)
    server.start()
    env = {"AWS_ACCESS_KEY_ID": "testing", "AWS_SECRET_ACCESS_KEY": "testing",
           "AWS_DEFAULT_REGION": "us-east-1", "FSSPEC_S3_ENDPOINT_URL": f"http://127.0.0.1:{port}",
           "NO_PROXY": "127.0.0.1,localhost", "no_proxy": "127.0.0.1,localhost"}
    saved = {k: os.environ.get(k) for k in env}
    os.environ.update(env)
    import fsspec.config

    fsspec.config.conf.setdefault("s3", {})["endpoint_url"] = env["FSSPEC_S3_ENDPOINT_URL"]
    import s3fs

    s3fs.S3FileSystem.clear_instance_cache()
    s3fs.S3FileSystem().mkdir(BUCKET)
    try:
        yield env
    finally:
        fsspec.config.conf["s3"].pop("endpoint_url", None)
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value
        server.stop()


@pytest.fixture(scope="module")
def s3_input(s3_env, articles_jsonl):
    url = f"s3://{BUCKET}/in/articles.jsonl"
    as_path(url).write_bytes(articles_jsonl.read_bytes())
    return url


def _local_records(articles_jsonl, nlp, url):
    """A local run's records, with the input named as at ``url``."""
    text = json.dumps(list(tag_inputs([str(articles_jsonl)], nlp=nlp)), ensure_ascii=False)
    return json.loads(text.replace(json.dumps(str(articles_jsonl))[1:-1], url))


def _url_outputs(out_url):
    """The records of a sharded output folder at a URL, in manifest order."""
    out = as_path(out_url)
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["complete"]
    return [json.loads(line) for shard in manifest["shards"]
            for line in (out / shard["file"]).read_text(encoding="utf-8").splitlines()]


@pytest.mark.parametrize("name,url", [
    ("s3://bucket/in/", True), ("file:///tmp/x.jsonl", True), ("gs://b/k", True),
    ("/tmp/x.jsonl", False), ("C:/x.jsonl", False), ("in/x:y.jsonl", False), ("-", False),
])
def test_urls_are_told_from_paths(name, url):
    assert is_url(name) is url


def test_urls_unknown_scheme_is_e037():
    from tagger.errors import TaggerError

    with pytest.raises(TaggerError, match=r"\[E037\].*nosuchfs://"):
        as_path("nosuchfs://bucket/x.jsonl")


def test_urls_read_an_s3_input_like_a_local_file(s3_input, articles_jsonl, shipped_nlp):
    got = json.loads(json.dumps(list(tag_inputs([s3_input], nlp=shipped_nlp)), ensure_ascii=False))
    assert got == _local_records(articles_jsonl, shipped_nlp, s3_input)
    assert sum(r["kind"] == "error" and s3_input in r["error"] for r in got) == 2


@pytest.mark.slow
def test_urls_sharded_run_into_s3_resumes(s3_input, s3_env, articles_jsonl, shipped_nlp, tmp_path):
    out = f"s3://{BUCKET}/out/"
    cmd = [sys.executable, "-m", "tagger", "tag", f"s3://{BUCKET}/in/", "-o", out,
           "--shard-size", "8", "--quiet"]
    env = {**os.environ, **s3_env, "PYTHONPATH": os.getcwd()}
    first = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=300)
    assert first.returncode == 0, first.stderr
    assert "5 shards (0 already done, 5 tagged now): 34 records in" in first.stderr
    assert _url_outputs(out) == _local_records(articles_jsonl, shipped_nlp, s3_input)
    assert not [p for p in as_path(out).rglob("*") if p.name.startswith(".tmp-")]
    again = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=300)
    assert again.returncode == 0 and "(5 already done, 0 tagged now)" in again.stderr, again.stderr


@pytest.mark.slow
def test_urls_local_cluster_reads_and_writes_s3(s3_input, s3_env, articles_jsonl, shipped_nlp):
    pytest.importorskip("distributed")
    out = f"s3://{BUCKET}/dask-out/"
    cmd = [sys.executable, "-m", "tagger", "tag", s3_input, "-o", out, "--shard-size", "6",
           "--local-cluster", "2", "--quiet"]
    env = {**os.environ, **s3_env, "PYTHONPATH": os.getcwd()}
    run = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=600)
    assert run.returncode == 0, run.stderr
    assert _url_outputs(out) == _local_records(articles_jsonl, shipped_nlp, s3_input)


def test_urls_single_output_file_at_a_url_is_e038(s3_input):
    from typer.testing import CliRunner

    from tagger.cli import app

    result = CliRunner().invoke(app, ["tag", s3_input, "-o", f"s3://{BUCKET}/out.jsonl"])
    assert result.exit_code == 2 and "E038" in result.output


@pytest.mark.parametrize("name,code,exit_code", [
    ("file://{tmp}/missing.jsonl", "E036", 1),   # nothing exists: as for a missing local path
    ("nosuchfs://bucket/x.jsonl", "E036", 1),    # no filesystem for the scheme: reported, exit 1
    ("file://{tmp}/in.jsonl", "3 articles", 0),
])
def test_urls_tag_cli_counts_and_exit_codes(tmp_path, name, code, exit_code):
    from typer.testing import CliRunner

    from tagger.cli import app

    (tmp_path / "in.jsonl").write_text("".join(
        json.dumps({"text": f"李强在北京会见外宾。{i}"}, ensure_ascii=False) + "\n" for i in range(3)),
        encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(app, ["tag", name.format(tmp=tmp_path), "-o", str(out), "--quiet"])
    assert result.exit_code == exit_code and code in result.output, result.output
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(records) == (3 if exit_code == 0 else 1)
    if exit_code == 0:
        assert all(("李强", "PERSON") in {(s["text"], s["label"]) for s in r["spans"]} for r in records)
