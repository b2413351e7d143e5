"""``tagger export``: tagged JSONL to an annotation tool's format."""

from __future__ import annotations

from pathlib import Path

import typer

from ..errors import TaggerError
from ..exchange import FORMATS, export_records, read_jsonl
from ..write import check_output, printable
from ._util import app


@app.command("export")
def export_cli(
    tagged: Path = typer.Argument(..., help="Tagged JSONL from 'tagger tag' (or a gold JSONL file)."),
    to: str = typer.Option(..., "--to", "-t", help=f"Format: {', '.join(FORMATS)}."),
    output: Path = typer.Option(..., "--output", "-o", help="Output file (a folder for brat)."),
    flat_only: bool = typer.Option(False, "--flat-only", help="Leave out the nested layer (e.g. for Prodigy's ner.manual)."),
    offsets: str = typer.Option("char", "--offsets", help="Offset unit: char, or utf16 for brat/labelstudio read by UIMA or JavaScript tools."),
) -> None:
    """Export the articles of tagged JSONL for correction in Prodigy, doccano, Label Studio, brat/INCEpTION, CoNLL or spaCy."""
    try:
        check_output(output, inputs=[str(tagged)])
        summary = export_records(read_jsonl(tagged), to, output, flat_only=flat_only,
                                 offsets=offsets)
    except TaggerError as err:
        typer.echo(printable(str(err)), err=True)
        raise typer.Exit(2)
    typer.echo(f"{summary.format}: {summary.articles} articles, {summary.spans} spans, "
               f"{summary.nested} nested spans -> {output} "
               f"({len(summary.paths)} files; {summary.skipped_records} page/error records skipped)")
