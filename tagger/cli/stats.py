"""``tagger stats``: frequency tables, co-occurrence and KWIC over tagged JSONL."""

from __future__ import annotations

from pathlib import Path
from typing import List, Optional

import typer

from ..errors import TaggerError
from ..write import printable
from ._util import app


@app.command("stats")
def stats_cli(
    paths: List[str] = typer.Argument(..., help="Tagged .jsonl files, folders written by 'tagger tag -o DIR/', or globs; '-' reads stdin."),
    kwic: Optional[str] = typer.Option(None, "--kwic", help="Print concordance lines of TERM."),
    width: int = typer.Option(20, "--width", help="KWIC context characters on each side."),
    kwic_limit: int = typer.Option(10000, "--kwic-limit", help="KWIC lines kept (all counted)."),
    top: int = typer.Option(20, "--top", help="Rows per terminal table."),
    min_pair_count: int = typer.Option(2, "--min-pair-count",
                                       help="Articles a co-occurring pair needs to be listed."),
    max_pairs: Optional[int] = typer.Option(
        None, "--max-pairs", help="Hold at most N distinct pairs, dropping the rarest "
        "(bounded memory on huge corpora; default: exact counts)."),
    out: Optional[Path] = typer.Option(None, "--output", "-o", "--out", help="Write every table to this folder."),
    fmt: str = typer.Option("csv", "--format", help="File format for --output: csv or parquet."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No terminal tables (with --output)."),
) -> None:
    """Count entities and slogans in tagged articles: by label, form, date, page and
    section; co-occurring pairs with PMI; KWIC lines with --kwic. Streams the input."""
    from ..research.export import write_tables
    from ..research.stats import compute_stats
    from ..research.terminal import print_stats

    try:
        stats = compute_stats(paths, kwic=kwic, width=width, kwic_limit=kwic_limit,
                              max_pairs=max_pairs)
        if not quiet:
            print_stats(stats, top=top, min_pair_count=min_pair_count)
        if out is not None:
            written = write_tables(stats.tables(min_pair_count=min_pair_count), out, fmt=fmt)
            typer.echo(f"wrote {len(written)} tables to {out}", err=True)
    except TaggerError as err:
        typer.echo(printable(str(err)), err=True)
        raise typer.Exit(2) from None
