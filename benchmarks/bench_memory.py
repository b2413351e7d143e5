"""Memory over time of ``tagger tag`` on a large input: is it flat (streaming)?

    python benchmarks/bench_memory.py --mb 20 --n-process 2

Writes a JSONL input of about ``--mb`` megabytes (corpus sentences repeated into
~2,000-character articles, each opened by its own number so that no two texts are
equal and no cache can hold the input), runs ``tagger tag`` on it and samples the resident
memory of the whole process tree once a second from /proc (Linux). Prints the RSS
at 10 %, 25 %, 50 %, 75 % and 100 % of the run and the peak, as JSON.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path


def tree_rss_mb(pid: int) -> float:
    """Resident memory of ``pid`` and all its descendants, in MB (Linux /proc)."""
    total = 0
    pids = [pid]
    while pids:
        p = pids.pop()
        try:
            with open(f"/proc/{p}/status") as f:
                for line in f:
                    if line.startswith("VmRSS:"):
                        total += int(line.split()[1])
            with open(f"/proc/{p}/task/{p}/children") as f:
                pids.extend(int(c) for c in f.read().split())
        except (FileNotFoundError, ProcessLookupError):
            continue
    return total / 1024


def build_input(corpora: Path, out: Path, mb: float) -> int:
    from tagger.training.corpus import read_spans

    sentences = [t for t, _, _ in read_spans(corpora / "msra" / "test.bio")]
    target = int(mb * 1e6)
    written = n = 0
    with out.open("w", encoding="utf-8") as f:
        buf = f"（第{n}篇）"
        while written < target:
            for sentence in sentences:
                buf += sentence
                if len(buf) >= 2000:
                    line = json.dumps({"id": f"m{n}", "text": buf}, ensure_ascii=False) + "\n"
                    f.write(line)
                    written += len(line.encode("utf-8"))
                    n += 1
                    buf = f"（第{n}篇）"
                    if written >= target:
                        break
    return n


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpora", default="../shared/corpora")
    parser.add_argument("--mb", type=float, default=20)
    parser.add_argument("--n-process", type=int, default=2)
    parser.add_argument("--workdir", default="training/bench")
    args = parser.parse_args()

    workdir = Path(args.workdir)
    workdir.mkdir(parents=True, exist_ok=True)
    path = workdir / f"memory_{args.mb:g}mb.jsonl"
    n_articles = build_input(Path(args.corpora), path, args.mb)
    # A regular file: tagger refuses to write over a device such as /dev/null.
    output = path.with_name(path.stem + "_tagged.jsonl")
    cmd = [sys.executable, "-m", "tagger", "tag", str(path), "-o", str(output),
           "--n-process", str(args.n_process)]
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stderr=subprocess.DEVNULL)
    samples = []
    while proc.poll() is None:
        samples.append((time.perf_counter() - start, tree_rss_mb(proc.pid)))
        time.sleep(1.0)
    wall = time.perf_counter() - start
    rss = [r for _, r in samples if r > 0]
    at = {f"{int(q * 100)}%": round(rss[min(len(rss) - 1, int(q * len(rss)))], 1)
          for q in (0.1, 0.25, 0.5, 0.75, 0.999)} if rss else {}
    print(json.dumps({"input_mb": round(path.stat().st_size / 1e6, 1), "articles": n_articles,
                      "n_process": args.n_process, "wall_s": round(wall, 1),
                      "rss_tree_mb_at": at, "peak_tree_mb": round(max(rss), 1) if rss else None,
                      "exit_code": proc.returncode}, indent=2))


if __name__ == "__main__":
    main()
