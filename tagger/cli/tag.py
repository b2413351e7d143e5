"""``tagger tag``: raw newspaper text in, annotated JSONL out."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import List, Optional

import typer

from ..errors import Errors, TaggerError
from ..pipeline import PipelineOptions
from ..read.encoding import check_codec
from ..tagging import TagSettings, TagSummary, tag_inputs
from ..write import JsonlWriter, check_output, checked_records, printable, silence_stdout
from ._util import app


@app.command("tag")
def tag_cli(
    inputs: List[str] = typer.Argument(..., help=".txt/.jsonl files, directories, or '-' for stdin."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Output JSONL (default: stdout)."),
    model: Optional[Path] = typer.Option(None, "--model", "-m", help="spaCy pipeline directory (default: the shipped model)."),
    errors: Optional[Path] = typer.Option(None, "--errors", help="Write error records here instead of into the output."),
    lexicon: List[Path] = typer.Option([], "--lexicon", help="User dictionary (JSONL lexicon or jieba userdict); repeatable."),
    keywords: str = typer.Option("tfidf", "--keywords", help="Keyword method: tfidf, textrank or none."),
    top_k: int = typer.Option(10, "--top-k", help="Keywords per article."),
    encoding: Optional[str] = typer.Option(None, "--encoding", help="Input encoding (default: detect)."),
    repair: bool = typer.Option(True, "--repair/--no-repair", help="Repair PDF-extraction damage."),
    segment: bool = typer.Option(True, "--segment/--no-segment", help="Split .txt pages into articles."),
    simplify: bool = typer.Option(True, "--simplify/--no-simplify", help="Tag mostly-traditional text on a simplified copy (offsets unchanged)."),
    n_process: int = typer.Option(1, "--n-process", "-n", help="Worker processes."),
    strict: bool = typer.Option(False, "--strict", help="Exit with code 1 if any input had errors."),
) -> None:
    """Tag INPUT files: people, organizations, places, slogans and keywords, as JSONL.

    Bad inputs are reported on stderr with file and line and as error records;
    the run goes on and ends with a summary line.
    """
    if n_process < 1:
        typer.echo(Errors.E021.format(value=n_process), err=True)
        raise typer.Exit(2)
    options = PipelineOptions(model=str(model) if model else None, keywords=keywords,
                              top_k=top_k, lexicons=[str(p) for p in lexicon])
    settings = TagSettings(repair=repair, segment=segment, encoding=encoding, n_process=n_process,
                           simplify=simplify)
    try:
        if encoding:
            check_codec(encoding)
        summary = run_tag(inputs, output=output, errors=errors, options=options, settings=settings)
    except TaggerError as err:
        typer.echo(printable(str(err)), err=True)
        raise typer.Exit(2)
    except BrokenPipeError:  # the reader of stdout left (| head): stop quietly
        silence_stdout()
        raise typer.Exit(141)
    typer.echo(summary.line(), err=True)
    if summary.documents == 0 and not any(i == "-" or os.path.lexists(i) for i in inputs):
        typer.echo(Errors.E036.format(n=len(inputs)), err=True)
        raise typer.Exit(1)
    if strict and summary.errors:
        raise typer.Exit(1)


def run_tag(inputs: List[str], *, output: Optional[Path] = None, errors: Optional[Path] = None,
            options: Optional[PipelineOptions] = None,
            settings: Optional[TagSettings] = None) -> TagSummary:
    """Tag ``inputs`` into ``output`` (stdout if None); return the run's counts."""
    summary = TagSummary()
    check_output(output, inputs=inputs, others=[errors])
    writer = JsonlWriter(output, inputs=inputs)
    error_writer = JsonlWriter(errors, inputs=inputs) if errors else None
    records = tag_inputs(inputs, options=options, settings=settings, summary=summary)
    progress = _progress(checked_records(records, summary))
    with writer:
        if error_writer is not None:
            error_writer.__enter__()
        try:
            for record in progress:
                if record["kind"] == "error":
                    typer.echo(printable(record["error"]), err=True)
                    if error_writer is not None:
                        error_writer.write(record)
                        continue
                writer.write(record)
        finally:
            if error_writer is not None:
                error_writer.__exit__(*sys.exc_info())
    return summary


def _progress(records):
    if not sys.stderr.isatty():
        return records
    from tqdm import tqdm

    return tqdm(records, desc="tagging", unit=" records", file=sys.stderr)
