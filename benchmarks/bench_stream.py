"""A 1 GB input streamed through ``tagger tag``: memory over time stays flat.

    OMP_NUM_THREADS=1 python benchmarks/bench_stream.py --gb 1 --seconds 0      # the whole run
    OMP_NUM_THREADS=1 python benchmarks/bench_stream.py --gb 1 --seconds 600    # 10 minutes of it

Builds a JSONL input of ``--gb`` gigabytes by cycling the corpus's articles (each cycle
adds its number to ids and texts, so no two records are the same), then runs
``tagger tag INPUT -o OUT/ --shard-size N`` plus ``--args`` (default ``--n-process 2``) and
samples the resident memory of the whole process tree every second. With ``--seconds T``
the run is stopped with SIGTERM after T seconds (a whole gigabyte takes hours on two
cores), which also checks that a stopped run keeps its finished shards. Prints the memory
timeline (every tenth of the run), the peak, records tagged and characters per second.
"""

from __future__ import annotations

import argparse
import json
import shlex
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import psutil

from bench_scale import tree_rss


def build_input(corpus: Path, out: Path, max_bytes: int) -> dict:
    """Write ``out`` by cycling the corpus's articles until ``max_bytes``."""
    sources = sorted(corpus.glob("*.jsonl"))
    size = n = cycle = 0
    with out.open("w", encoding="utf-8") as f:
        while size < max_bytes:
            for path in sources:
                with path.open(encoding="utf-8") as src:
                    for line in src:
                        record = json.loads(line)
                        data = json.dumps({"id": f"{record['id']}~{cycle}",
                                           "text": f"{record['text']}\n（{cycle}）",
                                           "meta": {"date": record.get("date")}},
                                          ensure_ascii=False) + "\n"
                        f.write(data)
                        size += len(data.encode("utf-8"))
                        n += 1
                        if size >= max_bytes:
                            return {"articles": n, "bytes": size}
            cycle += 1
    return {"articles": n, "bytes": size}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=Path("../shared/corpora/raw_news"))
    parser.add_argument("--gb", type=float, default=1.0)
    parser.add_argument("--seconds", type=float, default=0, help="Stop after this long (0: run to the end).")
    parser.add_argument("--shard-size", type=int, default=1000)
    parser.add_argument("--args", default="--n-process 2", help="Further tagger tag options.")
    parser.add_argument("--workdir", type=Path, default=Path("training/bench_stream"))
    args = parser.parse_args()

    args.workdir.mkdir(parents=True, exist_ok=True)
    input_path = args.workdir / "input.jsonl"
    if not input_path.exists() or input_path.stat().st_size < args.gb * 1e9:
        sizes = build_input(args.corpus, input_path, int(args.gb * 1e9))
    else:
        sizes = {"bytes": input_path.stat().st_size}
    out = args.workdir / "out"
    shutil.rmtree(out, ignore_errors=True)
    cmd = [sys.executable, "-m", "tagger", "tag", str(input_path), "-o", f"{out}/",
           "--shard-size", str(args.shard_size), "--quiet", *shlex.split(args.args)]
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stderr=subprocess.PIPE, text=True)
    ps = psutil.Process(proc.pid)
    samples = []
    while proc.poll() is None:
        elapsed = time.perf_counter() - start
        samples.append((round(elapsed, 1), round(tree_rss(ps) / 2 ** 20)))
        if args.seconds and elapsed >= args.seconds:
            proc.send_signal(signal.SIGTERM)
            proc.wait()
            break
        time.sleep(1.0)
    wall = time.perf_counter() - start
    stderr = proc.stderr.read()
    records = [json.loads(p.read_text()) for p in (out / ".tagger").glob("*.json")]
    chars = sum(r["chars"] for r in records)
    step = max(1, len(samples) // 10)
    result = {"input": {**sizes, "gb": round(sizes["bytes"] / 1e9, 2)}, "command": shlex.join(cmd),
              "exit_code": proc.returncode, "wall_s": round(wall), "stopped_after_s": args.seconds or None,
              "shards_done": len(records), "articles_tagged": sum(r["articles"] for r in records),
              "chars_per_s": round(chars / wall) if wall else 0,
              "rss_mb_timeline": " ".join(f"{t:.0f}s:{m}" for t, m in samples[::step] + samples[-1:]),
              "peak_tree_rss_mb": max(m for _, m in samples) if samples else 0,
              "last_stderr_line": stderr.strip().splitlines()[-1] if stderr.strip() else ""}
    print(json.dumps(result, indent=1, ensure_ascii=False))


if __name__ == "__main__":
    main()
