"""``tagger report``: one self-contained HTML report of tagged JSONL."""

from __future__ import annotations

from pathlib import Path
from typing import List

import typer

from ..errors import TaggerError
from ..write import printable
from ._util import app


@app.command("report")
def report_cli(
    paths: List[Path] = typer.Argument(..., help="Tagged .jsonl files, folders written by 'tagger tag -o DIR/', or globs."),
    output: Path = typer.Option(..., "--output", "-o", help="The HTML file to write."),
    title: str = typer.Option("tagger report", "--title", help="Report title."),
    max_articles: int = typer.Option(200, "--max-articles",
                                     help="Articles shown with highlights (charts count all)."),
    top: int = typer.Option(15, "--top", help="Bars per chart."),
    network_size: int = typer.Option(30, "--network-size", help="Entities in the network."),
) -> None:
    """Write an offline HTML report: top people, organizations, places and slogans,
    slogans over time, a co-occurrence network, and the articles with highlighted spans
    and a label filter."""
    from ..research.report import write_report

    try:
        path = write_report(paths, output, title=title, max_articles=max_articles, top=top,
                            network_size=network_size)
    except TaggerError as err:
        typer.echo(printable(str(err)), err=True)
        raise typer.Exit(2) from None
    typer.echo(f"wrote {path}", err=True)
