"""Benchmark ``compute_stats``: time and peak memory on synthetic tagged articles.

    OMP_NUM_THREADS=1 python benchmarks/bench_stats.py            # 2,500 / 10,000 / 20,000
    OMP_NUM_THREADS=1 python benchmarks/bench_stats.py --sizes 10000
    OMP_NUM_THREADS=1 python benchmarks/bench_stats.py --shape uniform
    OMP_NUM_THREADS=1 python benchmarks/bench_stats.py --shape uniform --max-pairs 300000

``--shape topics`` (default) draws 70% of an article's mentions from one of 100 topic
pools, as news entities cluster; ``--shape uniform`` pairs any of 3,000 forms, the worst
case for co-occurrence memory (distinct pairs keep growing with the articles).

Each size runs in a fresh process so that its peak RSS (VmHWM, or ``resource.getrusage``
where /proc is absent) is that run's own: a flat peak across sizes shows the pass streams.
The timed part is ``compute_stats`` (one pass, with ``--kwic``), then building and writing
every table as CSV. Articles have about 1,200
characters and 30 spans drawn from a Zipf-like vocabulary of 3,000 forms, 365 dates,
8 pages and 5 sections.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Dict, List, Optional

LABELS = ("PERSON", "ORG", "LOC", "SLOGAN")
CHARS = "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处理府研质"


def forms(n: int = 3000, seed: int = 0) -> List[Dict]:
    rng = random.Random(seed)
    out = []
    for i in range(n):
        label = LABELS[i % len(LABELS)]
        text = "".join(rng.choice(CHARS) for _ in range(rng.randint(2, 6)))
        out.append({"label": label, "text": text})
    return out


def draw_forms(vocab: List[Dict], weights: List[float], topics: List[List[Dict]],
               rng: random.Random) -> List[Dict]:
    """30 mentions: with topics, 70% from the article's topic pool (news entities cluster),
    the rest from the whole vocabulary; without, all from the whole vocabulary."""
    if not topics:
        return rng.choices(vocab, weights=weights, k=30)
    pool = rng.choice(topics)
    return [rng.choice(pool) if rng.random() < 0.7 else rng.choices(vocab, weights=weights)[0]
            for _ in range(30)]


def make_record(i: int, forms_: List[Dict], rng: random.Random) -> Dict:
    pieces, spans, pos = [], [], 0
    for form in forms_:
        filler = "".join(rng.choice(CHARS) for _ in range(rng.randint(20, 50)))
        pieces.append(filler)
        pos += len(filler)
        span = {"start": pos, "end": pos + len(form["text"]), "label": form["label"],
                "text": form["text"], "source": "model"}
        if form["label"] == "SLOGAN":
            span.update(canonical=form["text"], category="numbered formula", source="lexicon")
        spans.append(span)
        pieces.append(form["text"])
        pos += len(form["text"])
    text = "".join(pieces)
    day = i % 365
    meta = {"source": "bench.txt", "index": i, "date": f"2021-{day // 28 % 12 + 1:02d}-{day % 28 + 1:02d}",
            "page": f"A{i % 8 + 1}", "section": ("要闻", "党建", "经济", "社会", "文化")[i % 5]}
    keywords = [{"text": s["text"], "weight": 0.1, "kind": "entity"} for s in spans[:10]]
    return {"id": f"bench.txt#{i}", "kind": "article", "text": text, "meta": meta,
            "spans": spans, "nested": [], "keywords": keywords}


def write_corpus(path: Path, n: int, *, shape: str = "topics", seed: int = 0) -> None:
    rng = random.Random(seed)
    vocab = forms(seed=seed)
    weights = [1.0 / (rank + 1) for rank in range(len(vocab))]
    topics = ([rng.sample(vocab, 40) for _ in range(100)] if shape == "topics" else [])
    with open(path, "w", encoding="utf-8") as fh:
        for i in range(n):
            record = make_record(i, draw_forms(vocab, weights, topics, rng), rng)
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")


def peak_rss_mb() -> float:
    """Peak RSS of this process in MiB: VmHWM on Linux (reset at exec, unlike
    ru_maxrss, which a child inherits from its parent), else ``resource.getrusage``."""
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run_one(path: Path, kwic: str, out: Path, max_pairs: Optional[int]) -> None:
    """Child process: time compute_stats + writing the CSV tables; print one JSON line."""
    from tagger.research import compute_stats, write_tables

    before = peak_rss_mb()
    start = time.perf_counter()
    stats = compute_stats([path], kwic=kwic, max_pairs=max_pairs)
    seconds = time.perf_counter() - start
    after_stats = peak_rss_mb()
    tables = stats.tables()
    write_tables(tables, out)
    total = time.perf_counter() - start
    print(json.dumps({"articles": stats.n_articles, "compute_stats_s": round(seconds, 2),
                      "with_csv_s": round(total, 2), "rss_after_import_mb": round(before, 1),
                      "peak_rss_stats_mb": round(after_stats, 1),
                      "peak_rss_mb": round(peak_rss_mb(), 1),
                      "ru_maxrss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
                                            / 1024, 1),
                      "distinct_pairs": len(stats.cooccurrence),
                      "dropped_pairs": stats.cooccurrence.dropped, "forms": len(stats.forms),
                      "kwic_hits": stats.kwic_total,
                      "cooccurrence_rows": len(tables["cooccurrence"].rows)}))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[2500, 10000, 20000])
    parser.add_argument("--kwic", default="的")
    parser.add_argument("--shape", choices=("topics", "uniform"), default="topics",
                        help="topics: mentions cluster by topic (like news); uniform: any "
                             "pair of 3,000 forms (worst case, distinct pairs keep growing)")
    parser.add_argument("--max-pairs", type=int, default=None,
                        help="compute_stats(max_pairs=...): bounded co-occurrence memory")
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--write", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.write:
        write_corpus(args.write, args.sizes[0], shape=args.shape)
        return 0
    if args.child:
        run_one(args.child, args.kwic, args.child.with_suffix(".tables"), args.max_pairs)
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        for n in args.sizes:
            path = Path(tmp) / f"bench_{n}.jsonl"
            # Generated in its own process, so the timed process starts small.
            subprocess.run([sys.executable, __file__, "--write", str(path), "--sizes", str(n),
                            "--shape", args.shape], check=True)
            size_mb = path.stat().st_size / 2 ** 20
            child = [sys.executable, __file__, "--child", str(path), "--kwic", args.kwic]
            if args.max_pairs is not None:
                child += ["--max-pairs", str(args.max_pairs)]
            done = subprocess.run(child, capture_output=True, text=True)
            if done.returncode != 0:
                sys.stderr.write(done.stderr)
                return done.returncode
            result = json.loads(done.stdout.strip().splitlines()[-1])
            result["input_mb"] = round(size_mb, 1)
            result["shape"] = args.shape
            print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
