"""A real annotation tool: Label Studio on 127.0.0.1 imports our tasks and exports them back.

Set TAGGER_LABEL_STUDIO to a ``label-studio`` executable installed in its own virtual
environment (its pins clash with the project's), e.g.::

    python -m venv .venv-ls && .venv-ls/bin/pip install label-studio
    TAGGER_LABEL_STUDIO=.venv-ls/bin/label-studio pytest -m slow tests/test_exchange_tool.py

The server runs with an empty data folder, telemetry and update checks off, and no
traffic leaves 127.0.0.1.
"""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any, Dict, Iterator, List, Optional

import pytest

from tagger.exchange import docs_from_records, export_records, import_docs, read_jsonl

pytestmark = pytest.mark.slow

DATA = Path(__file__).parent / "data" / "exchange"
TOKEN = "tagger0test0token0abcdef"
START_TIMEOUT_S = 300
# Label Studio's own SDK (installed with it) validates the config and every prediction.
VALIDATE = r"""
import json, sys
from label_studio_sdk.label_interface import LabelInterface
config, tasks = open(sys.argv[1], encoding="utf-8").read(), json.load(open(sys.argv[2], encoding="utf-8"))
li = LabelInterface(config)
li.validate()
errors = [e for t in tasks for p in t["predictions"] for e in li.validate_prediction(p, return_errors=True)]
print(json.dumps(errors, ensure_ascii=False))
"""


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class LabelStudio:
    """A Label Studio server started for one test, and its REST API."""

    def __init__(self, exe: Path, data_dir: Path) -> None:
        self.exe = exe
        self.port = _free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.log_path = data_dir / "server.log"
        env = {k: v for k, v in os.environ.items() if not k.lower().endswith("_proxy")}
        env.update({
            "LABEL_STUDIO_BASE_DATA_DIR": str(data_dir), "HOME": str(data_dir),
            "SENTRY_DSN": "", "FRONTEND_SENTRY_DSN": "", "LATEST_VERSION_CHECK": "false",
            "COLLECT_ANALYTICS": "false", "NO_PROXY": "127.0.0.1,localhost",
            "LABEL_STUDIO_DISABLE_SIGNUP_WITHOUT_LINK": "true",
        })
        self._log = self.log_path.open("wb")
        self.proc = subprocess.Popen(
            [str(exe), "start", "--no-browser", "--internal-host", "127.0.0.1",
             "--port", str(self.port), "--data-dir", str(data_dir),
             "--username", "tagger@example.com", "--password", "tagger-test-pass",
             "--user-token", TOKEN, "--enable-legacy-api-token"],
            stdout=self._log, stderr=subprocess.STDOUT, env=env, cwd=data_dir,
            start_new_session=True)
        self._opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))

    def log_tail(self) -> str:
        return self.log_path.read_text(encoding="utf-8", errors="replace")[-3000:]

    def call(self, method: str, path: str, body: Any = None, *, raw: bool = False) -> Any:
        req = urllib.request.Request(
            self.base + path, method=method,
            data=None if body is None else json.dumps(body, ensure_ascii=False).encode(),
            headers={"Authorization": f"Token {TOKEN}", "Content-Type": "application/json"})
        with self._opener.open(req, timeout=120) as resp:
            payload = resp.read()
        return payload if raw else json.loads(payload or b"null")

    def wait_ready(self) -> None:
        deadline = time.monotonic() + START_TIMEOUT_S
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                pytest.fail(f"label-studio exited with {self.proc.returncode}:\n{self.log_tail()}")
            try:
                self.call("GET", "/api/projects")
                return
            except (urllib.error.URLError, ConnectionError, OSError):
                time.sleep(2)
        pytest.fail(f"label-studio did not answer in {START_TIMEOUT_S} s:\n{self.log_tail()}")

    def stop(self) -> None:
        if self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGTERM)
            try:
                self.proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(self.proc.pid, signal.SIGKILL)
                self.proc.wait(timeout=30)
        self._log.close()


@pytest.fixture(scope="module")
def label_studio(tmp_path_factory) -> Iterator[LabelStudio]:
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


def _sdk_errors(exe: Path, config: Path, tasks: Path) -> Optional[List[str]]:
    python = exe.parent / "python"
    if not python.exists():
        return None
    out = subprocess.run([str(python), "-c", VALIDATE, str(config), str(tasks)],
                         capture_output=True, text=True, timeout=300, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def _correct(result: List[Dict], text: str) -> List[Dict]:
    """What an annotator does: delete the nested 上海 region, redraw 山阳镇 in the browser."""
    kept = [r for r in result if r["value"]["text"] not in ("上海", "山阳镇")]
    start = text.index("山阳镇")
    kept.append({"id": "manual1", "from_name": "label", "to_name": "text", "type": "labels",
                 "origin": "manual", "value": {"start": start, "end": start + 3,
                                               "text": "山阳镇", "labels": ["LOC"]}})
    return kept


def test_exchange_tool_label_studio_round_trip(label_studio, tmp_path):
    records = list(read_jsonl(DATA / "tagged_sample.jsonl"))
    docs = docs_from_records(records)[0]
    tasks_path = tmp_path / "tasks.json"
    summary = export_records(records, "labelstudio", tasks_path)
    config_path = summary.paths[1]

    errors = _sdk_errors(label_studio.exe, config_path, tasks_path)
    assert errors in (None, []), errors

    project = label_studio.call("POST", "/api/projects", {
        "title": "tagger round trip", "label_config": config_path.read_text(encoding="utf-8")})
    tasks = json.loads(tasks_path.read_text(encoding="utf-8"))
    report = label_studio.call("POST", f"/api/projects/{project['id']}/import", tasks)
    assert report["task_count"] == len(docs) and report["prediction_count"] == len(docs)

    listed = label_studio.call("GET", f"/api/tasks?project={project['id']}&page_size=1000")
    stored = sorted(listed["tasks"], key=lambda t: t["id"])
    assert [t["data"]["text"] for t in stored] == [d.text for d in docs]
    corrected_id = None
    for task in stored:
        (prediction,) = label_studio.call("GET", f"/api/predictions?task={task['id']}")
        result = prediction["result"]
        if "山阳镇" in task["data"]["text"]:
            result, corrected_id = _correct(result, task["data"]["text"]), task["data"]["article_id"]
        label_studio.call("POST", f"/api/tasks/{task['id']}/annotations",
                          {"result": result, "was_cancelled": False, "lead_time": 1.0})

    export = label_studio.call(
        "GET", f"/api/projects/{project['id']}/export?exportType=JSON&download_all_tasks=true",
        raw=True)
    export_path = tmp_path / "export.json"
    export_path.write_bytes(export)
    back = import_docs(export_path, "labelstudio")

    assert [d.id for d in back] == [d.id for d in docs]
    assert corrected_id is not None
    for want, got in zip(docs, back):
        assert got.text == want.text
        assert [s.key for s in got.spans] == [s.key for s in want.spans]
        expected_nested = [s.key for s in want.nested
                           if not (want.id == corrected_id and want.text[s.start:s.end] == "上海")]
        assert [s.key for s in got.nested] == expected_nested
    print(f"label-studio round trip on {label_studio.base}: {len(back)} tasks", file=sys.stderr)
