"""Peak memory and time of ``tagger tag`` on one very long single-line document.

    python benchmarks/bench_long.py --mb 50 --form txt      # docs/reliability.md
    python benchmarks/bench_long.py --mb 2.5 --form jsonl

Writes one document of about ``--mb`` megabytes of UTF-8 with no line break (the
sample page's text repeated), as a ``.txt`` page or as one ``.jsonl`` record, runs
``python -m tagger tag`` on it in a child process and prints, as JSON, the child's
peak resident memory (``getrusage(RUSAGE_CHILDREN)``), the wall time, the exit code
and the summary line. Documents above the limit (tagger.read.MAX_DOCUMENT_CHARS) end
as one error record; below it they are tagged in pieces.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SAMPLE = REPO / "examples" / "jinshan_news_2021-10-22_A4.txt"


def build_input(directory: Path, mb: float, form: str) -> Path:
    """One single-line document of about ``mb`` megabytes (UTF-8)."""
    unit = SAMPLE.read_text(encoding="utf-8").replace("\n", "")
    n_chars = int(mb * 1e6 / 3)  # the sample is almost all 3-byte CJK characters
    text = (unit * (n_chars // len(unit) + 1))[:n_chars]
    path = directory / f"long.{form}"
    if form == "jsonl":
        path.write_text(json.dumps({"id": "long", "text": text}, ensure_ascii=False) + "\n",
                        encoding="utf-8")
    else:
        path.write_text(text, encoding="utf-8")
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=50.0)
    parser.add_argument("--form", choices=("txt", "jsonl"), default="txt")
    parser.add_argument("--n-process", type=int, default=1)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        source = build_input(Path(tmp), args.mb, args.form)
        size = source.stat().st_size
        out = Path(tmp) / "out.jsonl"
        start = time.perf_counter()
        proc = subprocess.run([sys.executable, "-m", "tagger", "tag", str(source), "-o", str(out),
                               "-n", str(args.n_process)], capture_output=True, text=True,
                              cwd=REPO)
        wall = time.perf_counter() - start
        peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        records = out.read_text(encoding="utf-8").splitlines() if out.exists() else []
        kinds = [json.loads(r)["kind"] for r in records]
    summary = proc.stderr.strip().splitlines()[-1] if proc.stderr.strip() else ""
    print(json.dumps({"mb": args.mb, "form": args.form, "bytes": size, "exit": proc.returncode,
                      "wall_s": round(wall, 1), "peak_rss_mb": round(peak_mb),
                      "records": {k: kinds.count(k) for k in sorted(set(kinds))},
                      "summary": summary}, ensure_ascii=False))


if __name__ == "__main__":
    main()
