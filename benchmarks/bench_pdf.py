"""Time reading PDF pages: characters, fake-bold dedupe, lines and blocks, layout, records.

    python benchmarks/bench_pdf.py ../shared/samples/pdf --repeat 3 --json docs/bench_pdf.json

Runs in this one process (one core). For each page: the best of ``--repeat`` runs of each
step, in seconds, and the page's character count. The PDF is opened once per run (opening
is counted); the spaCy pipeline is not involved.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path
from typing import Dict, List

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tagger.read.pdf import _graphics  # noqa: E402
from tagger.read.pdf.articles import layout_page  # noqa: E402
from tagger.read.pdf.chars import dedupe, page_chars  # noqa: E402
from tagger.read.pdf.lines import build_blocks, build_lines  # noqa: E402
from tagger.read.pdf.page import PdfPage, page_blocks, page_text  # noqa: E402
from tagger.segment.pdf import segment_pdf_page  # noqa: E402

STEPS = ("open+chars", "dedupe", "lines+blocks", "layout", "records", "total")


def time_page(path: Path, index: int) -> Dict[str, float]:
    import pypdfium2 as pdfium

    out: Dict[str, float] = {}
    t0 = time.perf_counter()
    pdf = pdfium.PdfDocument(str(path))
    page = pdf[index]
    chars = page_chars(page)
    t1 = time.perf_counter()
    kept, dropped = dedupe(chars)
    t2 = time.perf_counter()
    blocks = build_blocks(build_lines(kept))
    t3 = time.perf_counter()
    images, rules, frames, fills = _graphics(page)
    layout = layout_page(blocks, height=page.get_height(), images=images, rules=rules, frames=frames,
                         fills=fills)
    text, starts = page_text(page_blocks(layout))
    t4 = time.perf_counter()
    records = segment_pdf_page(PdfPage(str(path), index + 1, page.get_width(), page.get_height(), text,
                                       layout, starts, len(kept), dropped))
    t5 = time.perf_counter()
    page.close()
    pdf.close()
    out.update({"open+chars": t1 - t0, "dedupe": t2 - t1, "lines+blocks": t3 - t2, "layout": t4 - t3,
                "records": t5 - t4, "total": t5 - t0, "chars": len(chars), "records_n": len(records)})
    return out


def main(argv: List[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("inputs", nargs="+", type=Path, help="PDF files or directories")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--json", type=Path, default=None)
    args = parser.parse_args(argv)
    import pypdfium2 as pdfium

    files = sorted(p for arg in args.inputs for p in ([arg] if arg.is_file() else arg.rglob("*.pdf")))
    rows = []
    for path in files:
        n_pages = len(pdfium.PdfDocument(str(path)))
        for index in range(n_pages):
            runs = [time_page(path, index) for _ in range(args.repeat)]
            best = {step: min(r[step] for r in runs) for step in STEPS}
            rows.append(dict(best, page=f"{path.name}#{index + 1}", chars=runs[0]["chars"]))
    print(f"{'page':44s} {'chars':>6s} " + " ".join(f"{s:>12s}" for s in STEPS))
    for row in rows:
        print(f"{row['page']:44s} {row['chars']:6d} " + " ".join(f"{row[s]:12.3f}" for s in STEPS))
    totals = [r["total"] for r in rows]
    summary = {"pages": len(rows), "median_total_s": statistics.median(totals), "max_total_s": max(totals),
               "median_chars": statistics.median(r["chars"] for r in rows)}
    print(f"{len(rows)} pages: median {summary['median_total_s']:.3f} s, max {summary['max_total_s']:.3f} s "
          f"per page (median {summary['median_chars']:.0f} characters)")
    if args.json:
        args.json.write_text(json.dumps({"summary": summary, "pages": rows}, ensure_ascii=False, indent=1) + "\n",
                             encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
