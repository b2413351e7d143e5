"""``tagger stats`` over a sharded folder of 1,000,000 synthetic tagged articles, and the
same entity counts in DuckDB, for time and peak memory.

    OMP_NUM_THREADS=1 python benchmarks/bench_stats_scale.py --articles 1000000
    OMP_NUM_THREADS=1 python benchmarks/bench_stats_scale.py --articles 50000   # a quick check

Writes the articles as a folder of shards of 10,000 (the first ``--distinct`` drawn at
random, the others copies of them with new ids) (as ``tagger tag -o DIR/`` does; the
folder has no manifest, so every .jsonl in it is read), each article with about 300
characters, 10 spans drawn from a Zipf-like vocabulary of 3,000 forms (70% from one of
100 topic pools), a date, page and section and 5 keywords. Then, each in a fresh process
whose whole-tree resident memory is sampled every 0.1 s:

* ``tagger stats DIR --quiet --out TABLES``: the streaming pass that builds every table
  (labels, forms, by date/page/section, co-occurrence with PMI, keywords);
* DuckDB (``read_json`` over the folder, spans unnested): mentions and articles per
  (label, form) only, checked equal to the ``forms`` table of the first run.

Prints one JSON object.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import subprocess
import sys
import time
from pathlib import Path

import psutil

from bench_scale import tree_rss
from bench_stats import CHARS, forms

SHARD = 10_000

DUCKDB_FORMS = """
SELECT s.label AS label, coalesce(s.canonical, s.text) AS form, count(*) AS mentions,
       count(DISTINCT id) AS articles
FROM (SELECT id, unnest(spans) AS s
      FROM read_json('{glob}', format = 'newline_delimited',
                     columns = {{id: 'VARCHAR', kind: 'VARCHAR',
                                spans: 'STRUCT(label VARCHAR, text VARCHAR, canonical VARCHAR)[]'}})
      WHERE kind = 'article')
GROUP BY ALL
"""


def write_folder(folder: Path, n: int, distinct: int, seed: int = 0) -> int:
    """Write ``n`` synthetic tagged articles as shard files; return bytes written.

    The first ``distinct`` articles are drawn at random; later shards repeat them with
    new ids (drawing a million articles takes longer than counting them)."""
    rng = random.Random(seed)
    vocab = forms(seed=seed)
    weights = [1.0 / (rank + 1) for rank in range(len(vocab))]
    topics = [rng.sample(vocab, 40) for _ in range(100)]
    fillers = ["".join(rng.choice(CHARS) for _ in range(rng.randint(15, 35))) for _ in range(997)]
    folder.mkdir(parents=True, exist_ok=True)
    size = 0
    for first in range(0, n, SHARD):
        if first >= distinct:
            source = folder / f"synthetic.L{first % distinct + 1:08d}.jsonl"
            data = source.read_bytes().replace(b'"id": "synthetic#', f'"id": "synthetic-{first}#'.encode())
            (folder / f"synthetic.L{first + 1:08d}.jsonl").write_bytes(data)
            size += len(data)
            continue
        with (folder / f"synthetic.L{first + 1:08d}.jsonl").open("w", encoding="utf-8") as fh:
            for i in range(first, min(first + SHARD, n)):
                pool = rng.choice(topics)
                picked = [rng.choice(pool) if rng.random() < 0.7
                          else rng.choices(vocab, weights=weights)[0] for _ in range(10)]
                pieces, spans, pos = [], [], 0
                for j, form in enumerate(picked):
                    filler = fillers[(i * 7 + j) % len(fillers)]
                    pieces += [filler, form["text"]]
                    pos += len(filler)
                    span = {"start": pos, "end": pos + len(form["text"]), "label": form["label"],
                            "text": form["text"], "source": "model"}
                    if form["label"] == "SLOGAN":
                        span.update(canonical=form["text"], category="numbered formula")
                    spans.append(span)
                    pos += len(form["text"])
                day = i % 365
                record = {"id": f"synthetic#{i}", "kind": "article", "text": "".join(pieces),
                          "meta": {"date": f"2021-{day // 28 % 12 + 1:02d}-{day % 28 + 1:02d}",
                                   "page": f"A{i % 8 + 1}",
                                   "section": ("要闻", "党建", "经济", "社会", "文化")[i % 5]},
                          "spans": spans, "nested": [],
                          "keywords": [{"text": s["text"], "weight": 0.1, "kind": "entity"}
                                       for s in spans[:5]]}
                line = json.dumps(record, ensure_ascii=False) + "\n"
                fh.write(line)
                size += len(line.encode("utf-8"))
    return size


def measured(cmd) -> dict:
    """Run ``cmd``; wall seconds and peak resident memory of its process tree."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    ps, peak = psutil.Process(proc.pid), 0
    while proc.poll() is None:
        peak = max(peak, tree_rss(ps))
        time.sleep(0.1)
    out, err = proc.communicate()
    if proc.returncode:
        raise SystemExit(f"{cmd} failed: {err}")
    return {"wall_s": round(time.perf_counter() - start, 1), "peak_rss_mb": round(peak / 2 ** 20),
            "stdout": out, "stderr": err}


def duckdb_child(folder: Path, out_csv: Path, threads: int) -> None:
    import duckdb

    con = duckdb.connect()
    con.execute(f"SET threads = {threads}")
    con.execute(f"COPY ({DUCKDB_FORMS.format(glob=folder / '*.jsonl')}) TO '{out_csv}' (HEADER)")


def read_forms(path: Path) -> dict:
    with path.open(encoding="utf-8") as f:
        return {(r["label"], r["form"]): (int(r["mentions"]), int(r["articles"]))
                for r in csv.DictReader(f)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1_000_000)
    parser.add_argument("--distinct", type=int, default=100_000,
                        help="Articles drawn at random (a multiple of 10,000); the rest repeat them.")
    parser.add_argument("--duckdb-threads", type=int, default=2)
    parser.add_argument("--workdir", type=Path, default=Path("training/bench_stats_scale"))
    parser.add_argument("--duckdb-child", nargs=2, type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.duckdb_child:
        duckdb_child(*args.duckdb_child, args.duckdb_threads)
        return

    folder = args.workdir / f"tagged_{args.articles}"
    marker = folder / ".complete"
    if not marker.exists():
        start = time.perf_counter()
        size = write_folder(folder, args.articles, args.distinct)
        marker.write_text(json.dumps({"bytes": size, "seconds": time.perf_counter() - start}))
    size = json.loads(marker.read_text())["bytes"]
    tables = args.workdir / f"tables_{args.articles}"
    python = measured([sys.executable, "-m", "tagger", "stats", str(folder), "--quiet",
                       "--out", str(tables)])
    duck_csv = args.workdir / f"duckdb_forms_{args.articles}.csv"
    duck = measured([sys.executable, __file__, "--duckdb-child", str(folder), str(duck_csv),
                     "--duckdb-threads", str(args.duckdb_threads)])
    ours, theirs = read_forms(tables / "forms.csv"), read_forms(duck_csv)
    result = {"articles": args.articles, "distinct_articles": min(args.distinct, args.articles),
              "input_mb": round(size / 2 ** 20),
              "tagger_stats_all_tables": {k: python[k] for k in ("wall_s", "peak_rss_mb")},
              "duckdb_forms_table_only": {k: duck[k] for k in ("wall_s", "peak_rss_mb")},
              "duckdb_threads": args.duckdb_threads,
              "forms_tables_equal": ours == theirs, "distinct_forms": len(ours)}
    print(json.dumps(result, indent=1))


if __name__ == "__main__":
    main()
