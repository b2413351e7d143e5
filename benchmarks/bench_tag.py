"""Throughput, load time and memory of ``tagger tag`` on a large input.

    python benchmarks/bench_tag.py --corpora ../shared/corpora --chars 3000000 --processes 1 2

Builds a JSONL input from the sentences of the corpora (grouped into ~1,000-character
articles), then runs the tag command in a fresh process for each process count and
reports characters/second (wall clock, start-up included and excluded), the model
load time (alone, and with the first document, which loads the jieba dictionary), and
peak RSS of the whole process tree. Prints one JSON object.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import subprocess
import sys
import time
from pathlib import Path


def build_input(corpora: Path, out: Path, max_chars: int, article_chars: int = 1000) -> int:
    """Write ``out`` (JSONL articles) from the corpora's text; return characters written."""
    from tagger.training.corpus import read_spans

    files = sorted(corpora.rglob("*.bio"))
    total = 0
    with out.open("w", encoding="utf-8") as f:
        buf = ""
        n = 0
        for path in files:
            for text, _, _ in read_spans(path):
                buf += text
                if len(buf) >= article_chars:
                    f.write(json.dumps({"id": f"bench-{n}", "text": buf}, ensure_ascii=False) + "\n")
                    total += len(buf)
                    n += 1
                    buf = ""
                    if total >= max_chars:
                        return total
    return total


def run_once(input_path: Path, n_process: int, model: str | None) -> dict:
    # A regular file: tagger refuses to write over a device such as /dev/null.
    output = input_path.with_name(f"bench_output_{n_process}.jsonl")
    cmd = [sys.executable, "-m", "tagger", "tag", str(input_path), "-o", str(output),
           "--n-process", str(n_process), "--quiet"]
    if model:
        cmd += ["--model", model]
    start = time.perf_counter()
    subprocess.run(cmd, check=True, stderr=subprocess.PIPE)
    wall = time.perf_counter() - start
    peak_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return {"n_process": n_process, "wall_s": round(wall, 2), "peak_rss_mb_max_child": round(peak_kb / 1024, 1)}


def load_time(model: str | None) -> dict:
    """Seconds to load the pipeline, and to tag a first sentence after it (the jieba
    dictionary loads on first use), in a fresh interpreter with tagger imported."""
    code = ("import time; from tagger.pipeline import load_pipeline, PipelineOptions; "
            "t=time.perf_counter(); nlp=load_pipeline(PipelineOptions(model=%r)); "
            "l=time.perf_counter()-t; nlp('区委书记刘健在金山区调研。'); "
            "print(l, time.perf_counter()-t)" % model)
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True)
    load_s, first_s = map(float, out.stdout.strip().splitlines()[-1].split())
    return {"model_load_s": round(load_s, 2), "load_and_first_doc_s": round(first_s, 2)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpora", default="../shared/corpora")
    parser.add_argument("--chars", type=int, default=3_000_000)
    parser.add_argument("--processes", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--model", default=None)
    parser.add_argument("--workdir", default="training/bench")
    args = parser.parse_args()

    workdir = Path(args.workdir)
    workdir.mkdir(parents=True, exist_ok=True)
    input_path = workdir / "bench_input.jsonl"
    n_chars = build_input(Path(args.corpora), input_path, args.chars)
    load = load_time(args.model)
    load_s = load["load_and_first_doc_s"]
    runs = []
    for n in args.processes:
        result = run_once(input_path, n, args.model)
        tag_s = max(result["wall_s"] - load_s, 1e-6)
        result["chars_per_s"] = round(n_chars / result["wall_s"])
        result["chars_per_s_excluding_load"] = round(n_chars / tag_s)
        runs.append(result)
    report = {
        "input_chars": n_chars,
        "input_mb": round(input_path.stat().st_size / 1e6, 1),
        **load,
        "runs": runs,
        "machine": {"cpus": os.cpu_count(), "platform": platform.platform(),
                    "python": platform.python_version(), "processor": platform.processor()},
    }
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
