"""``tagger report``: one self-contained HTML report of tagged JSONL."""

from __future__ import annotations

from typing import List

import typer

from ..errors import TaggerError
from ..read.streams import is_stdin
from ..write import printable
from ._util import app


@app.command("report")
def report_cli(
    paths: List[str] = typer.Argument(..., help="Tagged .jsonl files, folders written by 'tagger tag -o DIR/', or globs; '-' reads stdin."),
    output: str = typer.Option(..., "--output", "-o", help="The HTML file to write; '-' writes stdout."),
    title: str = typer.Option("tagger report", "--title", help="Report title."),
    max_articles: int = typer.Option(200, "--max-articles",
                                     help="Articles shown with highlights (charts count all)."),
    top: int = typer.Option(15, "--top", help="Bars per chart."),
    network_size: int = typer.Option(30, "--network-size", help="Entities in the network."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No summary line."),
) -> None:
    """Write an offline HTML report: top people, organizations, places and slogans,
    slogans over time, a co-occurrence network, and the articles with highlighted spans
    and a label filter."""
    from ..research.report import build_report, write_report

    options = dict(title=title, max_articles=max_articles, top=top, network_size=network_size)
    try:
        if is_stdin(output):
            typer.echo(build_report(paths, **options), nl=False)
        else:
            path = write_report(paths, output, **options)
    except TaggerError as err:
        typer.echo(printable(str(err)), err=True)
        raise typer.Exit(2) from None
    if not quiet and not is_stdin(output):
        typer.echo(f"wrote {path}", err=True)
