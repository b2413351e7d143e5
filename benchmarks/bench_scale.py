"""Throughput and peak memory of ``tagger tag``: 1 process, ``--n-process 2``, sharded runs
and a 2-worker Dask LocalCluster, on the same news text.

    OMP_NUM_THREADS=1 python benchmarks/bench_scale.py --corpus ../shared/corpora/raw_news --mb 50
    OMP_NUM_THREADS=1 python benchmarks/bench_scale.py --mb 1 --shard-size 25   # a quick check

Builds a JSONL input of ``--mb`` megabytes from the corpus's articles (``id``, ``text``,
``meta.date``), then runs each mode in a fresh ``python -m tagger tag`` process and samples
the resident memory of the whole process tree (client, pool or Dask workers, scheduler)
every 0.2 s. Reports characters/second (wall clock, start-up and model loads included),
peak tree RSS, scaling efficiency of the 2-way modes (their chars/s over twice the
1-process chars/s) and the Dask route's speed relative to ``--n-process 2``, each also
after start-up (the wall time of the same mode on a one-article input is subtracted:
interpreter, model loads, pool or cluster start). CPU seconds of the process tree (sampled
every 0.2 s) give characters per CPU-second, a figure that other load on the machine
disturbs much less than wall-clock speed. Every mode
must write the same number of records. Prints one JSON object.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Dict, List

import psutil

MODES: Dict[str, List[str]] = {
    "1-process": ["-o", "{out}.jsonl"],
    "n-process-2": ["-o", "{out}.jsonl", "--n-process", "2"],
    "sharded-n-process-2": ["-o", "{out}/", "--n-process", "2", "--shard-size", "{shard}"],
    "dask-local-2": ["-o", "{out}/", "--local-cluster", "2", "--shard-size", "{shard}"],
}


def build_input(corpus: Path, out: Path, max_bytes: int) -> Dict[str, int]:
    """Write ``out`` from the corpus's JSONL articles until ``max_bytes``; return sizes."""
    n = chars = size = 0
    with out.open("w", encoding="utf-8") as f:
        for path in sorted(corpus.glob("*.jsonl")):
            with path.open(encoding="utf-8") as src:
                for line in src:
                    record = json.loads(line)
                    data = json.dumps({"id": record["id"], "text": record["text"],
                                       "meta": {"date": record.get("date")}},
                                      ensure_ascii=False) + "\n"
                    f.write(data)
                    n += 1
                    chars += len(record["text"])
                    size += len(data.encode("utf-8"))
                    if size >= max_bytes:
                        return {"articles": n, "chars": chars, "bytes": size}
    return {"articles": n, "chars": chars, "bytes": size}


def tree_cpu(proc: psutil.Process, seen: Dict[int, float]) -> None:
    """Record the CPU seconds (user + system) of a process and its descendants in ``seen``
    (pid -> latest value; sampled while they run, as ended processes cannot be read)."""
    for p in [proc, *proc.children(recursive=True)]:
        try:
            times = p.cpu_times()
        except psutil.Error:
            continue
        seen[p.pid] = times.user + times.system


def tree_rss(proc: psutil.Process) -> int:
    """Resident bytes of a process and all its descendants."""
    total = 0
    for p in [proc, *proc.children(recursive=True)]:
        try:
            total += p.memory_info().rss
        except psutil.Error:
            pass
    return total


def run_mode(name: str, input_path: Path, workdir: Path, shard_size: int) -> Dict[str, float]:
    """Run one mode on ``input_path``; wall time, peak tree RSS, records written."""
    out = workdir / name
    shutil.rmtree(out, ignore_errors=True)
    (workdir / f"{name}.jsonl").unlink(missing_ok=True)
    args = [a.format(out=out, shard=shard_size) for a in MODES[name]]
    cmd = [sys.executable, "-m", "tagger", "tag", str(input_path), *args, "--quiet"]
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stderr=subprocess.PIPE, text=True)
    ps, peak, cpu = psutil.Process(proc.pid), 0, {}
    while proc.poll() is None:
        peak = max(peak, tree_rss(ps))
        tree_cpu(ps, cpu)
        time.sleep(0.2)
    wall = time.perf_counter() - start
    stderr = proc.stderr.read()
    if proc.returncode != 0:
        raise SystemExit(f"{name} failed ({proc.returncode}): {stderr}")
    files = sorted(out.glob("*.jsonl")) if out.is_dir() else [workdir / f"{name}.jsonl"]
    records = sum(1 for f in files for line in f.open(encoding="utf-8") if line.strip())
    return {"wall_s": round(wall, 1), "cpu_s": round(sum(cpu.values()), 1),
            "peak_tree_rss_mb": round(peak / 2 ** 20),
            "records_out": records, "summary": stderr.strip().splitlines()[-1]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=Path("../shared/corpora/raw_news"))
    parser.add_argument("--mb", type=float, default=50.0, help="Input size in MB (10^6 bytes).")
    parser.add_argument("--shard-size", type=int, default=250)
    parser.add_argument("--modes", nargs="+", default=list(MODES), choices=list(MODES))
    parser.add_argument("--workdir", type=Path, default=Path("training/bench_scale"))
    args = parser.parse_args()

    args.workdir.mkdir(parents=True, exist_ok=True)
    input_path = args.workdir / "input.jsonl"
    sizes = build_input(args.corpus, input_path, int(args.mb * 1e6))
    tiny = args.workdir / "tiny.jsonl"  # one short article: the mode's start-up cost
    tiny.write_text(json.dumps({"id": "t", "text": "区委书记刘健在金山区调研。"}, ensure_ascii=False)
                    + "\n", encoding="utf-8")
    runs = {}
    for name in args.modes:
        startup = run_mode(name, tiny, args.workdir, args.shard_size)
        run = run_mode(name, input_path, args.workdir, args.shard_size)
        run["chars_per_cpu_s_after_startup"] = round(
            sizes["chars"] / max(run["cpu_s"] - startup["cpu_s"], 1e-3))
        startup = startup["wall_s"]
        run["chars_per_s"] = round(sizes["chars"] / run["wall_s"])
        run["startup_s"] = startup
        run["chars_per_s_after_startup"] = round(sizes["chars"] / max(run["wall_s"] - startup, 1e-3))
        runs[name] = run
        print(name, json.dumps(run, ensure_ascii=False), file=sys.stderr)
    result = {"input": {**sizes, "mb": round(sizes["bytes"] / 1e6, 1)},
              "shard_size": args.shard_size, "runs": runs,
              "machine": {"cpus": os.cpu_count(), "python": platform.python_version(),
                          "load_average_at_end": [round(x, 1) for x in os.getloadavg()]}}
    for key in ("chars_per_s", "chars_per_s_after_startup"):
        one = runs.get("1-process", {}).get(key)
        if one:
            result[f"scaling_efficiency ({key})"] = {
                name: round(run[key] / (2 * one), 2) for name, run in runs.items()
                if name != "1-process"}
        if "n-process-2" in runs and "dask-local-2" in runs:
            result[f"dask_vs_n_process_2 ({key})"] = round(
                runs["dask-local-2"][key] / runs["n-process-2"][key], 2)
    print(json.dumps(result, indent=1, ensure_ascii=False))


if __name__ == "__main__":
    main()
