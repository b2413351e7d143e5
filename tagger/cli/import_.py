"""``tagger import``: an annotation tool's corrected export to gold JSONL."""

from __future__ import annotations

from pathlib import Path

import typer

from ..errors import Errors, TaggerError
from ..exchange import FORMATS, import_file
from ..write import check_output, printable, write_jsonl
from ._util import app


@app.command("import")
def import_cli(
    source: Path = typer.Argument(..., help="The tool's export: a file, or the brat folder."),
    from_: str = typer.Option(..., "--from", "-f", help=f"Format: {', '.join(FORMATS)}."),
    output: Path = typer.Option(..., "--output", "-o", help="Gold JSONL to write."),
    unreviewed: bool = typer.Option(False, "--unreviewed", help="Also read tasks nobody answered, from their pre-annotations."),
    offsets: str = typer.Option("auto", "--offsets", help="Offset unit of the file: auto (check each span's text), char or utf16."),
    allow_empty: bool = typer.Option(False, "--allow-empty", help="Write an empty gold file when no articles are found instead of failing."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No summary line."),
) -> None:
    """Read corrected annotations (Prodigy answers, doccano, Label Studio, brat, CoNLL, spaCy) into gold JSONL for 'tagger evaluate' and 'tagger train'."""
    try:
        check_output(output, inputs=[str(source)])
        records = import_file(source, from_, unreviewed=unreviewed, offsets=offsets)
        if not records and not allow_empty:
            hint = "" if unreviewed else (" (tasks nobody annotated are left out; "
                                          "--unreviewed reads their pre-annotations)")
            raise TaggerError(Errors.E518.format(path=source, fmt=from_, reason=hint))
        output.parent.mkdir(parents=True, exist_ok=True)
        write_jsonl(records, output)
    except TaggerError as err:
        typer.echo(printable(str(err)), err=True)
        raise typer.Exit(2)
    spans = sum(len(r["spans"]) for r in records)
    nested = sum(len(r["nested"]) for r in records)
    if not quiet:
        typer.echo(f"{len(records)} articles, {spans} spans, {nested} nested spans -> {output}",
                   err=True)
