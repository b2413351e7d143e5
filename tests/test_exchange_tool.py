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
import subprocess
import sys
from pathlib import Path
from typing import Dict, List, Optional

import pytest

from tagger.exchange import docs_from_records, export_records, import_docs, read_jsonl

pytestmark = pytest.mark.slow

DATA = Path(__file__).parent / "data" / "exchange"
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
