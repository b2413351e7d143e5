"""A Label Studio server started for the tests, and its REST API.

Set TAGGER_LABEL_STUDIO to a ``label-studio`` executable installed in its own virtual
environment (its pins clash with the project's; .ci/run installs one). The server runs
with an empty data folder, telemetry and update checks off, and no traffic leaves
127.0.0.1. The ``label_studio`` fixture (tests/conftest.py) starts one per test session.
"""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import time
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any

import pytest

TOKEN = "tagger0test0token0abcdef"
START_TIMEOUT_S = 300


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class LabelStudio:
    """A Label Studio server started for one test, and its REST API."""

    def __init__(self, exe: Path, data_dir: Path) -> None:
        self.exe = exe
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.log_path = data_dir / "server.log"
        env = {k: v for k, v in os.environ.items() if not k.lower().endswith("_proxy")}
        env.update({
            "LABEL_STUDIO_BASE_DATA_DIR": str(data_dir), "HOME": str(data_dir),
            "SENTRY_DSN": "", "FRONTEND_SENTRY_DSN": "", "LATEST_VERSION_CHECK": "false",
            "COLLECT_ANALYTICS": "false", "NO_PROXY": "127.0.0.1,localhost",
            "LABEL_STUDIO_DISABLE_SIGNUP_WITHOUT_LINK": "true",
            # the ML backend under test (and its /webhook) listens on 127.0.0.1, which
            # Label Studio refuses by default (SSRF protection, meant for other hosts)
            "ML_BLOCK_LOCAL_IP": "false", "SSRF_PROTECTION_ENABLED": "false",
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
        try:
            with self._opener.open(req, timeout=120) as resp:
                payload = resp.read()
        except urllib.error.HTTPError as err:  # say what Label Studio answered
            detail = err.read().decode("utf-8", errors="replace")[:1000]
            raise AssertionError(f"{method} {path}: HTTP {err.code}: {detail}") from None
        return payload if raw else json.loads(payload or b"null")

    def wait_ready(self) -> None:
        deadline = time.monotonic() + START_TIMEOUT_S
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                pytest.fail(f"label-studio exited with {self.proc.returncode}:\n{self.log_tail()}")
            try:
                self.call("GET", "/api/projects")
                return
            except (AssertionError, urllib.error.URLError, ConnectionError, OSError):
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
