"""``tagger tag``: raw newspaper text in, annotated JSONL out."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import List, Optional

import typer

from ..errors import Errors, TaggerError
from ..pipeline import PipelineOptions
from ..tagging import TagSettings, TagSummary, tag_inputs
from ..write import JsonlWriter
from ._util import app


@app.command("tag")
def tag_cli(
    inputs: List[str] = typer.Argument(..., help=".txt/.jsonl/.pdf files, directories, or '-' for stdin."),
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

    PDF pages are read from their characters' layout (one page record and its articles
    per page); text pages are repaired and segmented.

    Bad inputs are reported on stderr with file and line and as error records;
    the run goes on and ends with a summary line.
    """
    if n_process < 1:
        raise typer.BadParameter(Errors.E021.format(value=n_process))
    options = PipelineOptions(model=str(model) if model else None, keywords=keywords,
                              top_k=top_k, lexicons=[str(p) for p in lexicon])
    settings = TagSettings(repair=repair, segment=segment, encoding=encoding, n_process=n_process,
                           simplify=simplify)
    try:
        summary = run_tag(inputs, output=output, errors=errors, options=options, settings=settings)
    except TaggerError as err:
        typer.echo(str(err), err=True)
        raise typer.Exit(2)
    typer.echo(summary.line(), err=True)
    if strict and summary.errors:
        raise typer.Exit(1)


def run_tag(inputs: List[str], *, output: Optional[Path] = None, errors: Optional[Path] = None,
            options: Optional[PipelineOptions] = None,
            settings: Optional[TagSettings] = None) -> TagSummary:
    """Tag ``inputs`` into ``output`` (stdout if None); return the run's counts."""
    summary = TagSummary()
    records = tag_inputs(inputs, options=options, settings=settings, summary=summary)
    progress = _progress(records)
    error_writer = JsonlWriter(errors) if errors else None
    with JsonlWriter(output) as writer:
        if error_writer is not None:
            error_writer.__enter__()
        try:
            for record in progress:
                if record["kind"] == "error":
                    typer.echo(record["error"], err=True)
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
