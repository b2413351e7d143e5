"""Sharded, resumable runs (tagger.scale): plans, resume, kills, a real Dask LocalCluster."""

from __future__ import annotations

import io
import json
import os
import shutil
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tagger.cli import app
from tagger.errors import TaggerError
from tagger.pipeline import PipelineOptions
from tagger.progress import Progress
from tagger.read import read_inputs
from tagger.scale import plan_shards, run_sharded, shard_files
from tagger.scale.manifest import MANIFEST, RECORDS_DIR, TMP_PREFIX
from tagger.tagging import tag_inputs

N_RECORDS, N_ARTICLES, N_ERRORS = 34, 32, 2  # of the articles_jsonl fixture


def _outputs(out_dir: Path) -> list:
    """The records of a sharded output folder, shard by shard in manifest order."""
    return [json.loads(line) for path in shard_files(out_dir)
            for line in path.read_text(encoding="utf-8").splitlines()]


def _item_key(item) -> tuple:
    return ("error", str(item)) if isinstance(item, Exception) else (item.id, item.text)


@pytest.fixture(scope="module")
def single_records(articles_jsonl, shipped_nlp):
    """The records of a plain single-process run: what every sharded run must give."""
    return json.loads(json.dumps(list(tag_inputs([str(articles_jsonl)], nlp=shipped_nlp)),
                                 ensure_ascii=False))


@pytest.fixture(scope="module")
def sharded_dir(articles_jsonl, shipped_nlp, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("sharded") / "out"
    run_sharded([str(articles_jsonl)], out, shard_size=5, nlp=shipped_nlp)
    return out


# ---------------------------------------------------------------------------------
# planning


@pytest.mark.parametrize("size,n_shards", [(1, 34), (5, 7), (7, 5), (100, 1)])
def test_scale_plan_covers_every_record_once(articles_jsonl, size, n_shards):
    shards = plan_shards([str(articles_jsonl)], size)
    assert len(shards) == n_shards
    assert sum(s.records for s in shards) == N_RECORDS
    assert len({s.name for s in shards}) == n_shards
    for before, after in zip(shards, shards[1:]):
        assert before.lines[1] < after.lines[0] and before.byte_range[1] <= after.byte_range[0]
    whole = [_item_key(i) for i in read_inputs([str(articles_jsonl)])]
    assert [_item_key(i) for s in shards for i in s.read()] == whole


def test_scale_plan_groups_page_files_in_input_order(tmp_path):
    for name in ("p1.txt", "p2.txt", "p3.txt", "r.txt"):
        (tmp_path / name).write_text("金山区委书记刘健调研。\n", encoding="utf-8")
    (tmp_path / "q.jsonl").write_text('{"text": "甲"}\n\n{"text": "乙"}\n{"text": "丙"}\n',
                                      encoding="utf-8")
    shards = plan_shards([str(tmp_path)], 2)
    assert [(Path(s.path).name, s.lines, len(s.files)) for s in shards] == [
        ("p1.txt", (0, 0), 2), ("p3.txt", (0, 0), 1), ("q.jsonl", (1, 3), 0),
        ("q.jsonl", (4, 4), 0), ("r.txt", (0, 0), 1)]
    assert [d.id for s in shards for d in s.read()] == [d.id for d in read_inputs([str(tmp_path)])]


@pytest.mark.parametrize("inputs,size,code", [(["-"], 10, "E600"), (["x.jsonl"], 0, "E601")])
def test_scale_plan_rejects(inputs, size, code):
    with pytest.raises(TaggerError, match=code):
        plan_shards(inputs, size)


# ---------------------------------------------------------------------------------
# runs and resume


def test_scale_sharded_run_gives_the_single_process_records(sharded_dir, single_records):
    assert _outputs(sharded_dir) == single_records
    manifest = json.loads((sharded_dir / MANIFEST).read_text(encoding="utf-8"))
    assert manifest["complete"] and manifest["totals"]["shards"] == 7
    totals = manifest["totals"]
    assert (totals["records_in"], totals["articles"], totals["errors"]) == (
        N_RECORDS, N_ARTICLES, N_ERRORS)
    assert manifest["fingerprint"]["model"].startswith("zh_news_tagger-")
    assert all(len(s["sha256"]) == 64 for s in manifest["shards"])


@pytest.mark.slow
def test_scale_sharded_pool_gives_the_single_process_records(articles_jsonl, single_records,
                                                            tmp_path):
    from tagger.tagging import TagSettings

    summary = run_sharded([str(articles_jsonl)], tmp_path / "out", shard_size=4,
                          settings=TagSettings(n_process=2))
    assert _outputs(tmp_path / "out") == single_records
    assert (summary.tagged, summary.records_in, summary.errors) == (9, N_RECORDS, N_ERRORS)


def _remove_one_record(out: Path) -> None:
    sorted((out / RECORDS_DIR).glob("*.json"))[0].unlink()


def _damage_one_shard(out: Path) -> None:
    with shard_files(out)[-1].open("a", encoding="utf-8") as f:
        f.write('{"id": "extra"}\n')


def _leave_temp_file(out: Path) -> None:
    (out / (TMP_PREFIX + "x.jsonl.abc")).write_text("half", encoding="utf-8")


@pytest.mark.parametrize("damage,options,redone", [
    # what happened to the folder       options of the rerun       shards redone, and why
    (None, PipelineOptions(), {}),
    (_remove_one_record, PipelineOptions(), {"incomplete": 1}),
    (_damage_one_shard, PipelineOptions(), {"damaged": 1}),
    (_leave_temp_file, PipelineOptions(), {}),
    (None, PipelineOptions(top_k=3), {"changed: top_k 10 -> 3": 7}),
])
def test_scale_rerun_keeps_verified_shards_and_redoes_the_rest(
        articles_jsonl, sharded_dir, single_records, shipped_nlp, tmp_path, damage, options,
        redone):
    out = tmp_path / "out"
    shutil.copytree(sharded_dir, out)
    if damage is not None:
        damage(out)
    nlp = shipped_nlp if options == PipelineOptions() else None
    if redone:
        with pytest.warns(UserWarning, match="W600") as caught:
            summary = run_sharded([str(articles_jsonl)], out, shard_size=5, options=options,
                                  nlp=nlp)
        assert any(next(iter(redone)) in str(w.message) for w in caught)
    else:
        summary = run_sharded([str(articles_jsonl)], out, shard_size=5, options=options,
                              nlp=nlp)
    assert summary.redone == redone
    assert (summary.skipped, summary.tagged) == (7 - sum(redone.values()), sum(redone.values()))
    assert (summary.records_in, summary.articles, summary.errors) == (N_RECORDS, N_ARTICLES, N_ERRORS)
    records = _outputs(out)
    assert [r.get("id") for r in records] == [r.get("id") for r in single_records]
    if options == PipelineOptions():
        assert records == single_records
    else:
        assert all(len(r["keywords"]) <= 3 for r in records if r["kind"] == "article")
    assert not list(out.glob(TMP_PREFIX + "*"))


def test_scale_edited_input_is_tagged_again(articles_jsonl, shipped_nlp, tmp_path):
    source = tmp_path / "articles.jsonl"
    shutil.copy(articles_jsonl, source)
    out = tmp_path / "out"
    run_sharded([str(source)], out, shard_size=5, nlp=shipped_nlp)
    lines = source.read_text(encoding="utf-8").splitlines()
    index = next(i for i, line in enumerate(lines) if "的" in line and i > 25)
    lines[index] = lines[index].replace("的", "地", 1)  # same length in bytes and lines
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.warns(UserWarning, match="1 shard\\(s\\) will be tagged again: input changed"):
        summary = run_sharded([str(source)], out, shard_size=5, nlp=shipped_nlp)
    assert (summary.skipped, summary.tagged) == (6, 1)
    edited = next(r for r in _outputs(out) if r["kind"] == "article"
                  and r["meta"]["line"] == index + 1)
    assert edited["text"] == json.loads(lines[index])["text"]


def _settled_count(records_dir, quiet_s: float = 2.0, limit_s: float = 30.0) -> int:
    """Shard records in ``records_dir`` once none has been added for ``quiet_s``: a killed
    client's Dask workers may finish the shard they hold before they notice and stop."""
    count, since, deadline = -1, time.monotonic(), time.monotonic() + limit_s
    while time.monotonic() < deadline:
        now = len(list(records_dir.glob("*.json")))
        if now != count:
            count, since = now, time.monotonic()
        elif time.monotonic() - since >= quiet_s:
            break
        time.sleep(0.1)
    return count


@pytest.mark.slow
@pytest.mark.parametrize("sig,exit_code,route", [
    (signal.SIGKILL, -signal.SIGKILL, ["--local-cluster", "2"]),  # the Dask client killed
    (signal.SIGTERM, 143, []),                                    # a clean stop in-process
])
def test_scale_killed_run_resumes_with_exact_counts(articles_jsonl, single_records, shipped_nlp,
                                                    tmp_path, sig, exit_code, route):
    if route:
        pytest.importorskip("distributed")
    out = tmp_path / "out"
    cmd = [sys.executable, "-m", "tagger", "tag", str(articles_jsonl), "-o", f"{out}/",
           "--shard-size", "1", "--quiet", *route]
    proc = subprocess.Popen(cmd, stderr=subprocess.PIPE, env={**os.environ, "PYTHONPATH": os.getcwd()})
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and len(list((out / RECORDS_DIR).glob("*.json"))) < 3:
        time.sleep(0.05)
    proc.send_signal(sig)
    assert proc.wait(timeout=60) == exit_code, proc.stderr.read().decode()
    done_before = _settled_count(out / RECORDS_DIR)
    assert 3 <= done_before < N_RECORDS
    if sig == signal.SIGTERM:  # a clean stop writes the manifest of what is done
        manifest = json.loads((out / MANIFEST).read_text(encoding="utf-8"))
        assert manifest["totals"]["done"] == done_before and not manifest["complete"]

    summary = run_sharded([str(articles_jsonl)], out, shard_size=1, nlp=shipped_nlp)
    assert summary.skipped == done_before and summary.tagged == N_RECORDS - done_before
    records = _outputs(out)
    articles = [r for r in records if r["kind"] == "article"]
    errors = [r for r in records if r["kind"] == "error"]
    assert summary.records_in == N_RECORDS == len(articles) + len(errors)
    assert len({r["id"] for r in articles}) == len(articles) == N_ARTICLES
    assert records == single_records
    assert not list(out.glob(TMP_PREFIX + "*"))


# ---------------------------------------------------------------------------------
# Dask: a real LocalCluster of two worker processes


@pytest.fixture(scope="module")
def dask_client():
    pytest.importorskip("distributed")
    from tagger.scale.cluster import dask_client as make_client

    with make_client(local_workers=2) as client:
        yield client


@pytest.mark.slow
def test_scale_local_cluster_gives_the_single_process_records(dask_client, articles_jsonl,
                                                             single_records, tmp_path):
    from tagger.scale.cluster import dask_runner

    summary = run_sharded([str(articles_jsonl)], tmp_path / "out", shard_size=4,
                          runner=dask_runner(dask_client))
    assert _outputs(tmp_path / "out") == single_records
    assert (summary.tagged, summary.records_in, summary.errors) == (9, N_RECORDS, N_ERRORS)
    workers = {json.loads(p.read_text())["worker"]
               for p in (tmp_path / "out" / RECORDS_DIR).glob("*.json")}
    assert len(workers) == 2  # both workers tagged shards


@pytest.mark.slow
def test_scale_worker_killed_mid_run_loses_nothing(dask_client, articles_jsonl, single_records,
                                                   tmp_path):
    from tagger.scale.cluster import dask_runner

    out = tmp_path / "out"
    result = {}

    def run():
        try:
            result["summary"] = run_sharded([str(articles_jsonl)], out, shard_size=1,
                                            runner=dask_runner(dask_client))
        except BaseException as err:  # re-raised in the test thread below
            result["error"] = err

    thread = threading.Thread(target=run)
    thread.start()
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and not list((out / RECORDS_DIR).glob("*.json")):
        time.sleep(0.05)
    pids = dask_client.run(os.getpid)
    victim = sorted(pids)[0]
    os.kill(pids[victim], signal.SIGKILL)
    thread.join(timeout=300)
    assert not thread.is_alive() and "error" not in result, result.get("error")
    done = len(list((out / RECORDS_DIR).glob("*.json")))
    assert result["summary"].tagged == N_RECORDS == done
    assert _outputs(out) == single_records
    assert not list(out.glob(TMP_PREFIX + "*"))


# ---------------------------------------------------------------------------------
# progress, stdout, research over a folder


class _Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


@pytest.mark.parametrize("total,steps,expected", [
    # total records, (seconds, records, chars) per step, lines written (interval 30 s)
    (100, [(10, 10, 5000), (31, 20, 20000)],
     ["tagging: 30/100 records (30%), 30 articles, 806 chars/s, ETA 0:01:12"]),
    (None, [(45, 5, 900)], ["tagging: 5 records, 5 articles, 20 chars/s, 0:00:45 elapsed"]),
    (100, [(5, 50, 100)], []),
])
def test_progress_lines_at_interval_when_not_a_terminal(total, steps, expected):
    stream, clock = io.StringIO(), _Clock()
    progress = Progress(total=total, stream=stream, clock=clock)
    for seconds, records, chars in steps:
        clock.now = seconds
        progress.advance(records=records, articles=records, chars=chars)
    assert stream.getvalue().splitlines() == expected


def test_progress_quiet_writes_nothing():
    stream, clock = io.StringIO(), _Clock()
    progress = Progress(total=10, stream=stream, enabled=False, clock=clock)
    clock.now = 100
    progress.advance(records=10)
    assert stream.getvalue() == ""


def test_tag_cli_dash_writes_jsonl_to_stdout(articles_jsonl, single_records):
    result = CliRunner().invoke(app, ["tag", str(articles_jsonl), "-o", "-", "--quiet"])
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    assert lines == single_records
    assert not Path("-").exists()


def test_stats_reads_a_sharded_folder_and_a_glob(sharded_dir, single_records, tmp_path):
    from tagger.research.stats import compute_stats

    single = tmp_path / "single.jsonl"
    single.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in single_records),
                      encoding="utf-8")
    expected = compute_stats([single])
    for paths in ([sharded_dir], [str(sharded_dir / "*.jsonl")]):
        stats = compute_stats(paths)
        assert stats.n_articles == N_ARTICLES
        assert stats.forms == expected.forms and stats.labels == expected.labels
    with pytest.raises(TaggerError, match="E606"):
        compute_stats([str(tmp_path / "nothing" / "*.jsonl")])


@pytest.mark.parametrize("args,code", [
    (["-o", "-", "--shard-size", "5"], "E603"),
    (["-o", "{tmp}/out/", "--errors", "{tmp}/errors.jsonl"], "E603"),
    (["-o", "{tmp}/out/", "--scheduler", "tcp://127.0.0.1:1", "--local-cluster", "2"], "E603"),
    (["-o", "{tmp}/file.jsonl", "--shard-size", "5"], "E602"),
    (["-o", "{tmp}/out/", "--shard-size", "0"], "E601"),
    (["-o", "{input_dir}/"], "E609"),
    (["-o", "{input_dir}/out/"], "E609"),
])
def test_tag_cli_sharded_run_rejects(articles_jsonl, tmp_path, args, code):
    (tmp_path / "file.jsonl").write_text("{}\n", encoding="utf-8")
    args = [a.format(tmp=tmp_path, input_dir=articles_jsonl.parent) for a in args]
    result = CliRunner().invoke(app, ["tag", str(articles_jsonl.parent), *args])
    assert result.exit_code == 2 and code in result.output, result.output
    assert (tmp_path / "file.jsonl").read_text(encoding="utf-8") == "{}\n"


@pytest.mark.slow
def test_tag_cli_sharded_run_ends_with_counts_and_exit_0(articles_jsonl, tmp_path):
    out = tmp_path / "out"
    result = CliRunner().invoke(app, ["tag", str(articles_jsonl), "-o", f"{out}/", "--shard-size",
                                      "5", "--quiet"])
    assert result.exit_code == 0, result.output
    assert f"{N_RECORDS} records in" in result.output and f"{N_ERRORS} errors" in result.output
    missing = CliRunner().invoke(app, ["tag", str(tmp_path / "none.jsonl"), "-o", f"{out}2/"])
    assert missing.exit_code == 1 and "E036" in missing.output, missing.output


def test_tag_cli_sharded_run_rejects_stdin(tmp_path):
    result = CliRunner().invoke(app, ["tag", "-", "-o", f"{tmp_path}/out/"], input="甲\n")
    assert result.exit_code == 2 and "E600" in result.output


def test_scale_second_run_into_the_same_folder_is_refused(articles_jsonl, tmp_path):
    from tagger.scale.run import output_lock

    out = tmp_path / "out"
    out.mkdir()
    with output_lock(out):
        with pytest.raises(TaggerError, match="E608"):
            run_sharded([str(articles_jsonl)], out, shard_size=5)
    assert not list(out.glob("*.jsonl"))
