"""Loopback load test of ``tagger serve``: latency, throughput and errors under concurrency.

    python benchmarks/bench_serve.py --corpora ../shared/corpora --clients 8 --requests 200 --workers 2

Starts ``tagger serve --workers N`` on a free 127.0.0.1 port, waits until /health answers,
then runs CLIENTS threads that each send REQUESTS ``POST /tag`` requests of one
1,000-character article (``{"records": [{"text": ...}]}``; articles built from the
corpora's sentences as in bench_tag.py, each cut to exactly ARTICLE_CHARS, since one
long sentence can make such an article thousands of characters long) over one
keep-alive connection (with ``--new-connection``, a new connection per request), and checks that every answer is a
200 with one tagged article. Prints one JSON object: latency percentiles in
milliseconds, mean latency per client, requests and characters per second, and error
counts.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import platform
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from pathlib import Path
from typing import Dict, List

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_tag import build_input  # noqa: E402


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_healthy(port: int, proc: subprocess.Popen, timeout: float = 180) -> float:
    start = time.perf_counter()
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    while time.perf_counter() - start < timeout:
        if proc.poll() is not None:
            raise SystemExit(f"tagger serve exited with {proc.returncode}")
        try:
            with opener.open(f"http://127.0.0.1:{port}/health", timeout=5) as resp:
                if json.load(resp).get("status") == "UP":
                    return time.perf_counter() - start
        except OSError:
            time.sleep(0.5)
    raise SystemExit("tagger serve did not become healthy")


def client(port: int, articles: List[str], offset: int, n: int, latencies: List[float],
           errors: Dict[str, int], lock: threading.Lock, new_connection: bool = False) -> None:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    for i in range(n):
        if new_connection and i:
            conn.close()
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        text = articles[(offset + i) % len(articles)]
        body = json.dumps({"records": [{"text": text}]}, ensure_ascii=False).encode("utf-8")
        start = time.perf_counter()
        try:
            conn.request("POST", "/tag", body, {"Content-Type": "application/json"})
            resp = conn.getresponse()
            payload = resp.read()
            elapsed = time.perf_counter() - start
            ok = resp.status == 200 and json.loads(payload)["records"][0]["kind"] == "article"
            key = None if ok else f"http {resp.status}"
        except (OSError, http.client.HTTPException, ValueError, KeyError) as err:
            elapsed, key = time.perf_counter() - start, type(err).__name__
            conn.close()
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        with lock:
            latencies.append(elapsed)
            if key:
                errors[key] = errors.get(key, 0) + 1
    conn.close()


def percentile(values: List[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q / 100 * (len(ordered) - 1))))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpora", default="../shared/corpora")
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--requests", type=int, default=200, help="Requests per client.")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--article-chars", type=int, default=1000)
    parser.add_argument("--new-connection", action="store_true",
                        help="Open a new connection for every request (as Label Studio's "
                             "backend client does) instead of one keep-alive connection per client.")
    parser.add_argument("--baseline", type=int, default=20,
                        help="Requests sent by one client alone first (service time).")
    parser.add_argument("--out", default=None, help="Also write the JSON here.")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "articles.jsonl"
        build_input(Path(args.corpora), path, max_chars=400 * args.article_chars,
                    article_chars=args.article_chars)
        articles = [json.loads(line)["text"][:args.article_chars]
                    for line in path.read_text("utf-8").splitlines()]
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "tagger", "serve", "--port", str(port),
                             "--workers", str(args.workers), "--quiet"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        startup = wait_healthy(port, proc)
        # a few requests first: the first document of each worker loads jieba's dictionary
        warm: List[float] = []
        client(port, articles, 0, 2 * args.workers, warm, {}, threading.Lock())
        # one client alone: the service time of a request without queueing
        alone: List[float] = []
        client(port, articles, 0, args.baseline, alone, {}, threading.Lock())
        load_before = os.getloadavg()
        errors: Dict[str, int] = {}
        lock = threading.Lock()
        per_client: List[List[float]] = [[] for _ in range(args.clients)]
        threads = [threading.Thread(target=client, args=(port, articles, i * args.requests,
                                                         args.requests, per_client[i], errors, lock,
                                                         args.new_connection))
                   for i in range(args.clients)]
        start = time.perf_counter()
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        wall = time.perf_counter() - start
        latencies = [t for client_latencies in per_client for t in client_latencies]
    finally:
        proc.terminate()
        proc.wait(timeout=60)
    n = len(latencies)
    chars = sum(len(articles[(i * args.requests + j) % len(articles)])
                for i in range(args.clients) for j in range(args.requests))
    result = {
        "command": " ".join(["python", "benchmarks/bench_serve.py"] + sys.argv[1:]),
        "machine": {"cpus": os.cpu_count(), "python": platform.python_version()},
        "workers": args.workers, "clients": args.clients, "requests": n,
        "mean_article_chars": round(chars / n, 1), "startup_s": round(startup, 2),
        "article_chars_range": [min(map(len, articles)), max(map(len, articles))],
        "latency_ms": {"p50": round(percentile(latencies, 50) * 1000, 1),
                       "p90": round(percentile(latencies, 90) * 1000, 1),
                       "p99": round(percentile(latencies, 99) * 1000, 1),
                       "max": round(max(latencies) * 1000, 1),
                       "mean": round(statistics.mean(latencies) * 1000, 1)},
        "requests_per_s": round(n / wall, 2), "chars_per_s": round(chars / wall),
        "wall_s": round(wall, 2), "errors": sum(errors.values()), "error_kinds": errors,
        "connections": "new per request" if args.new_connection else "one keep-alive per client",
        "mean_latency_ms_per_client": [round(statistics.mean(c) * 1000, 1) for c in per_client],
        "one_client_latency_ms": {"requests": len(alone),
                                  "p50": round(percentile(alone, 50) * 1000, 1) if alone else None},
        "load_average_1m": {"before": round(load_before[0], 2),
                            "after": round(os.getloadavg()[0], 2)},
    }
    text = json.dumps(result, indent=1)
    print(text)
    if args.out:
        Path(args.out).write_text(text + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
