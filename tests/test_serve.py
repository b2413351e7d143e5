"""``tagger serve``: POST /tag, health and version, limits, and the Label Studio ML backend."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

pytest.importorskip("fastapi")
from fastapi.testclient import TestClient  # noqa: E402

from tagger.exchange.labelstudio import labeling_config  # noqa: E402
from tagger.serve import ServeLimits, create_app  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
CONFIG = labeling_config(["PERSON", "ORG", "LOC", "SLOGAN"])
ARTICLE = "习近平总书记在上海考察时强调，要弘扬伟大建党精神。"


@pytest.fixture(scope="module")
def client(shipped_nlp):
    limits = ServeLimits(max_bytes=4000, max_documents=3, max_chars=600, timeout_s=30)
    with TestClient(create_app(shipped_nlp, limits=limits)) as c:
        yield c


def _spans(record):
    return [(s["text"], s["label"]) for s in record["spans"]]


def test_serve_health_and_version(client):
    health = client.get("/health").json()
    assert health["status"] == "UP"
    version = client.get("/version").json()
    from tagger.about import __version__

    assert version["version"] == __version__
    assert version["model"].startswith("zh_news_tagger-")
    assert version["limits"]["max_documents"] == 3


def test_serve_tag_text_is_repaired_and_segmented(client, sample_text):
    head = sample_text[:550]
    records = client.post("/tag", json={"text": head}).json()["records"]
    articles = [r for r in records if r["kind"] == "article"]
    assert articles and all("\n\n" not in s["text"] for r in articles for s in r["spans"])
    for record in articles:  # offsets: spans into the record's text, raw_* into the request's
        for span in record["spans"]:
            assert record["text"][span["start"]:span["end"]] == span["text"]
            assert head[span["raw_start"]:span["raw_end"]].replace("\n", "") == span["text"]


def test_serve_tag_records_and_jsonl(client):
    body = {"records": [{"text": ARTICLE, "id": "a1", "meta": {"date": "2021-10-22"}}, {"id": 2}]}
    response = client.post("/tag", json=body, headers={"Accept": "application/x-ndjson"})
    assert response.headers["content-type"].startswith("application/x-ndjson")
    first, second = [json.loads(line) for line in response.text.splitlines()]
    assert first["id"] == "a1" and first["meta"]["date"] == "2021-10-22"
    assert ("习近平", "PERSON") in _spans(first) and ("上海", "LOC") in _spans(first)
    assert ("伟大建党精神", "SLOGAN") in _spans(first)
    assert second["kind"] == "error" and "[E007]" in second["error"]


@pytest.mark.parametrize("body, status, code", [
    (b'{"text": "abc"', 400, "E703"),
    (b"[1, 2]", 400, "E707"),
    (b'{"text": "a", "records": []}', 400, "E707"),
    (b'{"text": 5}', 400, "E708"),
    (b'{"records": "abc"}', 400, "E708"),
    (b'{"text": "abc", "repair": "yes"}', 400, "E708"),
    (b'{"records": [{"text": "a"}, {"text": "b"}, {"text": "c"}, {"text": "d"}]}', 413, "E705"),
    (json.dumps({"text": "字" * 700}, ensure_ascii=False).encode(), 413, "E706"),
    (json.dumps({"text": "字" * 2000}, ensure_ascii=False).encode(), 413, "E702"),
], ids=["not-json", "not-object", "text-and-records", "text-not-str", "records-not-list",
        "repair-not-bool", "too-many-documents", "too-many-chars", "too-many-bytes"])
def test_serve_bad_requests_get_4xx(client, body, status, code):
    response = client.post("/tag", content=body, headers={"Content-Type": "application/json"})
    assert response.status_code == status
    assert response.json()["error"].startswith(f"[{code}]")


def test_serve_time_limit_is_503(shipped_nlp):
    with TestClient(create_app(shipped_nlp, limits=ServeLimits(timeout_s=0.001))) as c:
        response = c.post("/tag", json={"records": [{"text": ARTICLE}, {"text": ARTICLE}]})
    assert response.status_code == 503
    assert response.json()["error"].startswith("[E704]")


def test_serve_label_studio_setup_checks_config(client):
    assert client.post("/setup", json={"project": "1.1", "schema": CONFIG}).json()["model_version"]
    bad = client.post("/setup", json={"project": "1.1", "schema": "<View><Text name='t' value='$t'/></View>"})
    assert bad.status_code == 400 and bad.json()["error"].startswith("[E700]")


def test_serve_label_studio_predict(client):
    config = CONFIG.replace('name="label"', 'name="ner"').replace('toName="text"', 'toName="body"') \
        .replace('name="text" value="$text"', 'name="body" value="$article"') \
        .replace('<Label value="SLOGAN" background="#e76f51"/>', "")
    raw = "习近平总书记在上海考察时强调，要弘扬伟大\n\n建党精神。"
    body = {"tasks": [{"id": 1, "data": {"article": raw}}, {"id": 2, "data": {"article": " "}}],
            "label_config": config, "project": "1.1"}
    out = client.post("/predict", json=body).json()
    first, second = out["results"]
    assert second["result"] == []
    regions = first["result"]
    assert {(r["value"]["text"], r["value"]["labels"][0]) for r in regions} == \
        {("习近平", "PERSON"), ("上海", "LOC")}  # SLOGAN is not in this config
    for r in regions:
        assert (r["from_name"], r["to_name"], r["type"]) == ("ner", "body", "labels")
        assert raw[r["value"]["start"]:r["value"]["end"]] == r["value"]["text"]
        assert 0 < r["score"] <= 1
    assert first["model_version"] == out["model_version"] and first["score"] > 0.5
    missing = client.post("/predict", json={**body, "tasks": [{"id": 3, "data": {"text": "x"}}]})
    assert missing.status_code == 400 and missing.json()["error"].startswith("[E701]")


def test_serve_webhook_acknowledges(client):
    out = client.post("/webhook", json={"action": "ANNOTATION_CREATED", "annotation": {}}).json()
    assert out == {"status": "ok", "action": "ANNOTATION_CREATED", "trained": False}


# ---------------------------------------------------------------------------------
# worker processes (`tagger serve --workers N`)


@pytest.fixture(scope="module")
def pooled():
    """An application whose requests are tagged by 2 worker processes."""
    with TestClient(create_app(workers=2, limits=ServeLimits(timeout_s=120))) as c:
        yield c


@pytest.mark.slow
def test_serve_workers_give_the_records_of_one_process(pooled, client):
    import multiprocessing

    assert pooled.get("/version").json()["workers"] == 2
    assert len(multiprocessing.active_children()) >= 2  # the HTTP process does not tag
    body = {"records": [{"text": ARTICLE, "id": "a"}, {"text": "", "id": "b"}]}
    got, want = (c.post("/tag", json=body).json()["records"] for c in (pooled, client))
    assert got == want
    assert [r["kind"] for r in got] == ["article", "error"]
    assert ("习近平", "PERSON") in _spans(got[0])
    bad = pooled.post("/tag", json={"records": [{"text": "x"}], "segment": True})
    assert bad.status_code == 400 and "[E708]" in bad.json()["error"]


@pytest.mark.slow
def test_serve_replaces_a_worker_that_dies(pooled):
    import multiprocessing
    import signal
    import threading

    answers = []
    long_text = {"records": [{"text": ARTICLE * 40} for _ in range(40)]}
    sender = threading.Thread(target=lambda: answers.append(pooled.post("/tag", json=long_text)))
    sender.start()
    time.sleep(1.5)  # the workers are tagging it
    for child in multiprocessing.active_children():
        os.kill(child.pid, signal.SIGKILL)
    sender.join(timeout=120)
    assert answers[0].status_code == 503 and "[E709]" in answers[0].json()["error"]
    again = pooled.post("/tag", json={"text": ARTICLE})  # waits for the new workers to load
    assert again.status_code == 200, again.text
    assert ("习近平", "PERSON") in _spans(again.json()["records"][0])
    for child in multiprocessing.active_children():  # idle workers killed: the next request
        os.kill(child.pid, signal.SIGKILL)            # goes to a new pool, not to an error
    time.sleep(1)
    assert pooled.post("/tag", json={"text": ARTICLE}).status_code == 200


@pytest.mark.slow
def test_serve_waiting_for_a_worker_counts_in_the_time_limit():
    limits = ServeLimits(timeout_s=1.0)
    with TestClient(create_app(workers=1, limits=limits)) as c:
        import threading

        long_text = {"records": [{"text": ARTICLE * 40} for _ in range(60)]}
        busy = threading.Thread(target=lambda: c.post("/tag", json=long_text))
        busy.start()
        time.sleep(0.2)
        waited = c.post("/tag", json={"text": ARTICLE})
        busy.join()
    assert waited.status_code == 503 and "[E704]" in waited.json()["error"]


# ---------------------------------------------------------------------------------
# a real Label Studio fetching predictions from a running `tagger serve`


@pytest.fixture(scope="module")
def backend(tmp_path_factory):
    """``tagger serve`` on a free loopback port, as a user starts it."""
    from ls_server import free_port

    port = free_port()
    log = (tmp_path_factory.mktemp("serve") / "serve.log").open("wb")
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    proc = subprocess.Popen([sys.executable, "-m", "tagger", "serve", "--port", str(port)],
                            stdout=log, stderr=subprocess.STDOUT, env=env)
    url = f"http://127.0.0.1:{port}"
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            assert proc.poll() is None, Path(log.name).read_text(errors="replace")
            try:
                with opener.open(url + "/health", timeout=5) as resp:
                    if json.load(resp)["status"] == "UP":
                        break
            except (urllib.error.URLError, OSError):
                time.sleep(1)
        yield url
    finally:
        proc.terminate()
        code = proc.wait(timeout=30)
        log.close()
    stopped = Path(log.name).read_text(errors="replace")  # SIGTERM: a graceful stop, exit 0
    assert code == 0 and "tagger serve stopped." in stopped and "[E031]" not in stopped, stopped


@pytest.mark.slow
def test_serve_label_studio_fetches_predictions(label_studio, backend):
    project = label_studio.call("POST", "/api/projects",
                                {"title": "tagger backend", "label_config": CONFIG})
    pid = project["id"]
    ml = label_studio.call("POST", "/api/ml", {"url": backend, "project": pid, "title": "tagger"})
    assert ml["state"] == "CO", ml  # connected: /health and /setup answered
    texts = [ARTICLE, "金山区融媒体中心记者李泽龙报道，上海市委召开会议。"]
    label_studio.call("POST", f"/api/projects/{pid}/import", [{"text": t} for t in texts])
    done = label_studio.call("POST", f"/api/dm/actions?id=retrieve_tasks_predictions&project={pid}",
                             {"selectedItems": {"all": True, "excluded": []}})
    assert done["processed_items"] == 2
    tasks = label_studio.call("GET", f"/api/tasks?project={pid}&page_size=100")["tasks"]
    found = {}
    for task in tasks:
        (prediction,) = label_studio.call("GET", f"/api/predictions?task={task['id']}")
        assert prediction["model_version"].startswith("zh_news_tagger-")
        assert 0.5 < prediction["score"] <= 1
        found[task["data"]["text"]] = {(r["value"]["text"], r["value"]["labels"][0])
                                       for r in prediction["result"]}
    assert {("习近平", "PERSON"), ("上海", "LOC"), ("伟大建党精神", "SLOGAN")} <= found[texts[0]]
    assert {("金山区融媒体中心", "ORG"), ("李泽龙", "PERSON")} <= found[texts[1]]
