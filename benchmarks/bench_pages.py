"""Score page reading against keys: titles, bodies, names and doubled runs, per page and route.

    python benchmarks/bench_pages.py --sets typeset renmin_ribao heldout --json pages.json
    python benchmarks/bench_pages.py data/pages/typeset --routes pdftotext pdfminer

Each set is a directory of ``<page_id>.key.json`` files (format: data/pages/README.md) with
the page's two text extractions next to them (``<page_id>.pdftotext.txt``,
``<page_id>.pdfminer.txt``); the key's ``pdf`` field (relative to the repository root)
names the PDF. For each route — ``pdf`` (the PDF itself), ``pdftotext``, ``pdfminer`` — all
pages of a set go through one ``python -m tagger tag ... --keywords none`` run (one model
load per set and route; if that run fails, each page is run alone), and the article
records (``text``, ``meta.title``) are scored against the key:

- titles: share of key titles equal (whitespace removed) to some record's ``meta.title``;
- coverage: per key article, the best-matching record's share of the key body's characters
  (order-preserving matching blocks of at least ``MIN_BLOCK`` characters, whitespace
  removed), averaged over articles;
- ratio ("purity"): share of that record's characters that match the key body;
- broken names kept: of the key's names that the extraction breaks (not intact in the raw
  extraction text, whitespace kept: the text file itself; for the PDF route, either text
  file), the share found intact in the output records (text or metadata strings);
  names intact: the same over all names;
- doubled runs: places in the output where a run of >= 4 characters is immediately
  repeated (AA, whitespace removed) and AA does not occur in the key's text.

An input the tagger cannot read scores 0 and its error is reported; the run goes on.
Totals per set and route are micro-averages (over all key articles / all names of the
set's pages). Prints a table; ``--json OUT`` writes everything.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
from bisect import bisect_left
from dataclasses import asdict, dataclass, field
from difflib import SequenceMatcher
from pathlib import Path
from typing import Any, Dict, Iterable, List, Optional, Sequence, Tuple

ROOT = Path(__file__).resolve().parent.parent
PAGES = ROOT / "data" / "pages"
ROUTES = ("pdf", "pdftotext", "pdfminer")
#: Matching blocks shorter than this are chance agreement (common characters), not text kept.
MIN_BLOCK = 4
#: Shortest run whose immediate repetition counts as a doubled run.
MIN_DOUBLE = 4
#: Longest run checked for doubling (a doubled wrapped line or a doubled paragraph).
MAX_DOUBLE = 400
#: Records compared with difflib per key article (picked by shared 4-grams first).
CANDIDATES = 4

_WS = re.compile(r"\s+")


def squeeze(text: Optional[str]) -> str:
    """``text`` without any whitespace (line breaks and spaces do not count in comparisons)."""
    return _WS.sub("", text or "")


# ---------------------------------------------------------------------------------
# Scoring functions (plain, importable, tested in tests/test_bench_pages.py)


def matched_chars(key: str, got: str, *, min_block: int = MIN_BLOCK) -> int:
    """Characters of ``key`` found in ``got`` in order, in matching blocks of >= ``min_block``.

    Both strings are compared with whitespace removed. difflib's matching blocks are
    order-preserving, so text read in the wrong order counts only once per run.
    """
    a, b = squeeze(key), squeeze(got)
    if not a or not b:
        return 0
    blocks = SequenceMatcher(None, a, b, autojunk=False).get_matching_blocks()
    return sum(size for _, _, size in blocks if size >= min_block)


def _grams(text: str, n: int = 4) -> set:
    return {text[i:i + n] for i in range(max(len(text) - n + 1, 0))}


def best_match(body: str, texts: Sequence[str], *, candidates: int = CANDIDATES
               ) -> Tuple[Optional[int], float, float]:
    """The record that holds most of ``body``: (index or None, coverage, ratio).

    coverage = matched characters / body characters; ratio = matched characters / record
    characters (1.0 means nothing from elsewhere is mixed in).
    """
    key = squeeze(body)
    if not key or not texts:
        return None, 0.0, 0.0
    key_grams = _grams(key)
    squeezed = [squeeze(t) for t in texts]
    order = sorted(range(len(texts)), key=lambda i: -len(key_grams & _grams(squeezed[i])))
    best: Tuple[Optional[int], int] = (None, 0)
    for i in order[:candidates]:
        m = matched_chars(key, squeezed[i])
        if m > best[1]:
            best = (i, m)
    index, m = best
    if index is None:
        return None, 0.0, 0.0
    return index, m / len(key), m / max(len(squeezed[index]), 1)


def title_found(title: Optional[str], got_titles: Iterable[Optional[str]]) -> bool:
    """True if ``title`` equals one of ``got_titles`` with whitespace removed."""
    want = squeeze(title)
    return bool(want) and any(squeeze(t) == want for t in got_titles if t)


def doubled_runs(text: str, allowed: str = "", *, min_len: int = MIN_DOUBLE,
                 max_len: int = MAX_DOUBLE) -> List[str]:
    """Runs of >= ``min_len`` characters immediately repeated in ``text`` (whitespace removed).

    Each place is reported once, as its longest run; a doubling whose AA occurs in
    ``allowed`` (the key's own text, whitespace removed) is genuine and not reported.
    """
    s = squeeze(text)
    allowed = squeeze(allowed)
    where: Dict[str, List[int]] = {}
    for i, ch in enumerate(s):
        where.setdefault(ch, []).append(i)
    found: List[str] = []
    i = 0
    while i < len(s) - 2 * min_len + 1:
        run = 0
        positions = where[s[i]]
        for j in positions[bisect_left(positions, i + min_len):]:
            k = j - i
            if k > max_len or j + k > len(s):
                break
            if s[i:j] == s[j:j + k] and (s[i:j + k] not in allowed):
                run = k
        if run:
            found.append(s[i:i + run])
            i += 2 * run
        else:
            i += 1
    return found


def names_intact(names: Iterable[str], texts: Iterable[str]) -> List[str]:
    """The ``names`` that occur intact (whitespace kept) in at least one of ``texts``."""
    texts = list(texts)
    return [n for n in names if any(n in t for t in texts)]


def record_strings(record: Dict[str, Any]) -> List[str]:
    """A record's text and every string in its metadata (titles, bylines, captions...)."""
    out = [record.get("text") or ""]

    def walk(value: Any) -> None:
        if isinstance(value, str):
            out.append(value)
        elif isinstance(value, dict):
            for v in value.values():
                walk(v)
        elif isinstance(value, list):
            for v in value:
                walk(v)

    walk(record.get("meta") or {})
    return out


def key_text(key: Dict[str, Any]) -> str:
    """All printed text of a key (titles, bylines, bodies, captions, furniture), for the
    doubled-run check."""
    parts: List[str] = []
    for art in key.get("articles", []):
        parts += [art.get(f) or "" for f in ("kicker", "title", "subtitle", "byline", "body")]
    parts += key.get("captions", []) + key.get("furniture", [])
    return "\n".join(parts)


@dataclass
class PageScore:
    """The scores of one page on one route."""

    set: str
    page_id: str
    route: str
    articles: int = 0
    titles_found: int = 0
    coverage_sum: float = 0.0
    ratio_sum: float = 0.0
    names: int = 0
    names_intact: int = 0
    names_broken: int = 0
    broken_kept: int = 0
    doubled: int = 0
    records: int = 0
    error: Optional[str] = None
    per_article: List[Dict[str, Any]] = field(default_factory=list)
    doubled_examples: List[str] = field(default_factory=list)
    names_lost: List[str] = field(default_factory=list)


def score_page(key: Dict[str, Any], records: List[Dict[str, Any]], raw_texts: Sequence[str], *,
               set_name: str = "", route: str = "", error: Optional[str] = None) -> PageScore:
    """Score the output ``records`` of one page against its ``key``.

    ``raw_texts`` are the extraction texts that decide which names the extraction broke
    (a name is broken if it is not intact in one of them).
    """
    arts = [r for r in records if r.get("kind") == "article"]
    score = PageScore(set=set_name, page_id=key["page_id"], route=route,
                      articles=len(key["articles"]), records=len(arts), error=error)
    titles = [(r.get("meta") or {}).get("title") for r in arts]
    texts = [r.get("text") or "" for r in arts]
    for art in key["articles"]:
        found = title_found(art["title"], titles)
        index, cover, ratio = best_match(art["body"], texts)
        score.titles_found += found
        score.coverage_sum += cover
        score.ratio_sum += ratio
        score.per_article.append({
            "title": art["title"], "title_found": found, "coverage": round(cover, 4),
            "ratio": round(ratio, 4),
            "record_title": titles[index] if index is not None else None})
    names = list(dict.fromkeys(key.get("names", [])))
    out_strings = [s for r in records for s in record_strings(r)]
    kept = set(names_intact(names, out_strings))
    broken = [n for n in names if any(n not in raw for raw in raw_texts)]
    score.names = len(names)
    score.names_intact = len(kept)
    score.names_broken = len(broken)
    score.broken_kept = sum(n in kept for n in broken)
    score.names_lost = [n for n in names if n not in kept]
    allowed = key_text(key)
    for text in texts + [t for t in titles if t]:
        runs = doubled_runs(text, allowed)
        score.doubled += len(runs)
        score.doubled_examples += runs[:3]
    return score


def totals(scores: Iterable[PageScore]) -> Dict[str, Any]:
    """Micro-averaged totals of several page scores (one set and route)."""
    scores = list(scores)
    n = sum(s.articles for s in scores)
    names = sum(s.names for s in scores)
    broken = sum(s.names_broken for s in scores)
    return {
        "pages": len(scores),
        "errors": sum(s.error is not None for s in scores),
        "articles": n,
        "titles": round(sum(s.titles_found for s in scores) / n, 4) if n else None,
        "coverage": round(sum(s.coverage_sum for s in scores) / n, 4) if n else None,
        "ratio": round(sum(s.ratio_sum for s in scores) / n, 4) if n else None,
        "names_broken": broken,
        "broken_kept": round(sum(s.broken_kept for s in scores) / broken, 4) if broken else None,
        "names_intact": round(sum(s.names_intact for s in scores) / names, 4) if names else None,
        "doubled": sum(s.doubled for s in scores),
    }


# ---------------------------------------------------------------------------------
# Running the tagger


@dataclass
class Page:
    """One page of a set: its key and the input file of each route."""

    set: str
    key: Dict[str, Any]
    inputs: Dict[str, Path]

    def raw_texts(self, route: str) -> List[str]:
        routes = ["pdftotext", "pdfminer"] if route == "pdf" else [route]
        return [self.inputs[r].read_text(encoding="utf-8") for r in routes
                if r in self.inputs and self.inputs[r].exists()]


def load_set(directory: Path) -> List[Page]:
    """The pages of one set directory (every ``*.key.json`` in it)."""
    directory = directory.resolve()
    pages = []
    for key_path in sorted(directory.glob("*.key.json")):
        key = json.loads(key_path.read_text(encoding="utf-8"))
        page_id = key["page_id"]
        inputs = {"pdftotext": directory / f"{page_id}.pdftotext.txt",
                  "pdfminer": directory / f"{page_id}.pdfminer.txt"}
        if key.get("pdf"):
            inputs["pdf"] = (ROOT / key["pdf"]).resolve()
        pages.append(Page(set=directory.name, key=key, inputs=inputs))
    return pages


def _source_of(record: Dict[str, Any]) -> str:
    source = record.get("source") or (record.get("meta") or {}).get("source")
    if not source:
        source = str(record.get("id", ""))
    return str(Path(source.split("#")[0]).resolve())


def run_tagger(inputs: Sequence[Path], workdir: Path, name: str,
               ) -> Tuple[Dict[str, List[Dict[str, Any]]], Optional[str]]:
    """Tag ``inputs`` in one run; return records by resolved input path, and the run's
    failure (stderr tail) or None."""
    out = workdir / f"{name}.jsonl"
    cmd = [sys.executable, "-m", "tagger", "tag", *map(str, inputs), "-o", str(out),
           "--keywords", "none"]
    proc = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT)
    by_source: Dict[str, List[Dict[str, Any]]] = {}
    if out.exists():
        for line in out.read_text(encoding="utf-8").splitlines():
            if line.strip():
                record = json.loads(line)
                by_source.setdefault(_source_of(record), []).append(record)
    failure = None
    if proc.returncode != 0:
        failure = (proc.stderr.strip().splitlines() or [f"exit code {proc.returncode}"])[-1]
    return by_source, failure


def score_route(pages: List[Page], route: str, workdir: Path,
                keep: Optional[Path] = None) -> List[PageScore]:
    """Tag every page of one set on one route and score it."""
    todo = [p for p in pages if route in p.inputs]
    inputs = [p.inputs[route] for p in todo]
    name = f"{todo[0].set}.{route}" if todo else route
    by_source, failure = run_tagger(inputs, workdir, name) if inputs else ({}, None)
    if failure is not None:
        by_source = {}
        for page in todo:
            got, fail = run_tagger([page.inputs[route]], workdir, f"{name}.{page.key['page_id']}")
            if fail is not None:
                got = {str(page.inputs[route]): [{"kind": "error", "error": fail}]}
            by_source.update(got)
    if keep is not None:
        keep.mkdir(parents=True, exist_ok=True)
        with (keep / f"{name}.jsonl").open("w", encoding="utf-8") as f:
            for page in todo:
                for record in by_source.get(str(page.inputs[route]), []):
                    f.write(json.dumps(record, ensure_ascii=False) + "\n")
    scores = []
    for page in pages:
        path = page.inputs.get(route)
        records = by_source.get(str(path), []) if path else []
        errors = [r.get("error") for r in records if r.get("kind") == "error"]
        error = None
        if path is None:
            error = "no input for this route"
        elif not any(r.get("kind") == "article" for r in records):
            error = errors[0] if errors else "no article records"
        scores.append(score_page(page.key, records, page.raw_texts(route), set_name=page.set,
                                 route=route, error=error))
    return scores


# ---------------------------------------------------------------------------------
# Report


def _fmt(value: Optional[float]) -> str:
    return "   -" if value is None else f"{value:.2f}"


def table(scores: List[PageScore], summary: Dict[str, Dict[str, Any]]) -> str:
    """The printed table: one row per page and route, then the totals."""
    head = (f"{'set':<13}{'page':<38}{'route':<10}{'art':>4}{'title':>7}{'cover':>7}"
            f"{'ratio':>7}{'brk.kept':>10}{'names':>7}{'dbl':>5}  error")
    lines = [head, "-" * len(head)]
    for s in scores:
        n = s.articles or 1
        kept = f"{s.broken_kept}/{s.names_broken}"
        intact = s.names_intact / s.names if s.names else None
        lines.append(f"{s.set:<13}{s.page_id[:37]:<38}{s.route:<10}{s.articles:>4}"
                     f"{s.titles_found / n:>7.2f}{s.coverage_sum / n:>7.2f}{s.ratio_sum / n:>7.2f}"
                     f"{kept:>10}{_fmt(intact):>7}{s.doubled:>5}  {(s.error or '')[:60]}")
    lines += ["", f"{'set / route':<30}{'pages':>6}{'err':>5}{'art':>5}{'title':>7}{'cover':>7}"
                  f"{'ratio':>7}{'brk.kept':>10}{'names':>7}{'dbl':>5}"]
    for name, t in summary.items():
        kept = f"{_fmt(t['broken_kept'])}/{t['names_broken']}"
        lines.append(f"{name:<30}{t['pages']:>6}{t['errors']:>5}{t['articles']:>5}"
                     f"{_fmt(t['titles']):>7}{_fmt(t['coverage']):>7}{_fmt(t['ratio']):>7}"
                     f"{kept:>10}{_fmt(t['names_intact']):>7}{t['doubled']:>5}")
    return "\n".join(lines)


def main(argv: Optional[List[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dirs", nargs="*", type=Path, help="set directories of keys")
    parser.add_argument("--sets", nargs="+", default=[],
                        help="set names under data/pages/ (typeset, renmin_ribao, heldout, heldout2, heldout3, "
                             "heldout4, heldout5; heldout5 is held out: measuring only; the others are tuning sets "
                             "since their failures were read)")
    parser.add_argument("--routes", nargs="+", default=list(ROUTES), choices=ROUTES)
    parser.add_argument("--json", type=Path, default=None, help="write all scores here")
    parser.add_argument("--keep", type=Path, default=None,
                        help="keep the tagger's output records here (one JSONL per set and route)")
    args = parser.parse_args(argv)

    dirs = list(args.dirs) + [PAGES / name for name in args.sets]
    if not dirs:
        dirs = [PAGES / name for name in ("typeset", "renmin_ribao")]
    missing = [d for d in dirs if not d.is_dir()]
    if missing:
        parser.error(f"not a directory of keys: {', '.join(map(str, missing))}")

    scores: List[PageScore] = []
    summary: Dict[str, Dict[str, Any]] = {}
    with tempfile.TemporaryDirectory(prefix="bench_pages_") as tmp:
        for directory in dirs:
            pages = load_set(directory)
            if not pages:
                print(f"{directory}: no *.key.json files", file=sys.stderr)
                continue
            for route in args.routes:
                got = score_route(pages, route, Path(tmp), args.keep)
                scores += got
                summary[f"{directory.name} / {route}"] = totals(got)
    print(table(scores, summary))
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps({"totals": summary, "pages": [asdict(s) for s in scores]},
                                        ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
