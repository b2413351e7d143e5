"""``tagger export``: tagged JSONL to an annotation tool's format."""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

import typer

from ..errors import Errors, TaggerError, Warnings, warn
from ..exchange import FORMATS, export_records, get_format, read_jsonl
from ..read.streams import is_stdin
from ..write import check_output, printable
from ._util import app


@app.command("export")
def export_cli(
    tagged: str = typer.Argument(..., help="Tagged JSONL from 'tagger tag' (or a gold JSONL file); '-' reads stdin."),
    to: str = typer.Option(..., "--to", "-t", help=f"Format: {', '.join(FORMATS)}."),
    output: str = typer.Option(..., "--output", "-o", help="Output file (a folder for brat); '-' writes stdout."),
    flat_only: bool = typer.Option(False, "--flat-only", help="Leave out the nested layer (e.g. for Prodigy's ner.manual)."),
    offsets: str = typer.Option("char", "--offsets", help="Offset unit: char, or utf16 for brat/labelstudio read by UIMA or JavaScript tools."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No summary line."),
) -> None:
    """Export the articles of tagged JSONL for correction in Prodigy, doccano, Label Studio, brat/INCEpTION, CoNLL or spaCy."""
    try:
        if is_stdin(output):
            summary = _export_to_stdout(tagged, to, flat_only=flat_only, offsets=offsets)
        else:
            check_output(output, inputs=[tagged])
            summary = export_records(read_jsonl(Path(tagged)), to, Path(output),
                                     flat_only=flat_only, offsets=offsets)
    except TaggerError as err:
        typer.echo(printable(str(err)), err=True)
        raise typer.Exit(2)
    if not quiet:
        typer.echo(f"{summary.format}: {summary.articles} articles, {summary.spans} spans, "
                   f"{summary.nested} nested spans -> {output} "
                   f"({len(summary.paths)} files; {summary.skipped_records} page/error records skipped)",
                   err=True)


def _export_to_stdout(tagged: str, fmt: str, *, flat_only: bool, offsets: str):
    """Export into a scratch folder and copy the one output file to stdout."""
    spec = get_format(fmt)
    if spec.folder:
        raise TaggerError(Errors.E517.format(fmt=spec.name))
    if spec.name == "labelstudio":
        warn(Warnings.W503)
    with tempfile.TemporaryDirectory(prefix="tagger-export-") as tmp:
        out = Path(tmp) / f"tasks{spec.suffix}"
        summary = export_records(read_jsonl(Path(tagged)), fmt, out, flat_only=flat_only,
                                 offsets=offsets)
        with out.open("rb") as fh:
            sys.stdout.flush()
            shutil.copyfileobj(fh, sys.stdout.buffer)
            sys.stdout.buffer.flush()
        summary.paths = [Path("-")]
    return summary
