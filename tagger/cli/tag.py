"""``tagger tag``: raw newspaper text in, annotated JSONL out."""

from __future__ import annotations

import os
import sys
from dataclasses import replace
from pathlib import Path
from typing import List, Optional

import typer

from ..errors import Errors, TaggerError
from ..pipeline import PipelineOptions
from ..progress import Progress
from ..read.encoding import check_codec
from ..read.urls import AnyPath, as_path, input_exists, is_local, is_url
from ..scale.plan import count_records
from ..scale.run import ShardedSummary, run_sharded
from ..tagging import TagSettings, TagSummary, tag_inputs
from ..write import JsonlWriter, check_output, checked_records, printable, silence_stdout
from ._util import app

#: Records per shard when a sharded run is asked for without --shard-size.
DEFAULT_SHARD_SIZE = 1000


@app.command("tag")
def tag_cli(
    inputs: List[str] = typer.Argument(..., help=".txt/.jsonl/.pdf files, directories, or '-' for stdin."),
    output: Optional[str] = typer.Option(None, "--output", "-o", help="Output JSONL ('-' or none: stdout), or a folder (DIR/) for a sharded, resumable run."),
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
    shard_size: Optional[int] = typer.Option(None, "--shard-size", help="Records per shard of a sharded run into -o DIR/ (default 1000)."),
    scheduler: Optional[str] = typer.Option(None, "--scheduler", help="Tag shards on the Dask cluster of this scheduler (tcp://HOST:8786)."),
    local_cluster: Optional[int] = typer.Option(None, "--local-cluster", help="Tag shards on a Dask LocalCluster of N worker processes."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress line."),
) -> None:
    """Tag INPUT files: people, organizations, places, slogans and keywords, as JSONL.

    PDF pages are read from their characters' layout (one page record and its articles
    per page); text pages are repaired and segmented.

    Bad inputs are reported on stderr with file and line and as error records;
    the run goes on and ends with a summary line.

    With -o DIR/ (or --shard-size, --local-cluster, --scheduler) the run is sharded and
    resumable: one file per shard plus DIR/manifest.json; the same command again keeps
    verified shards and tags the rest (docs/scale.md).
    """
    if n_process < 1:
        typer.echo(Errors.E021.format(value=n_process), err=True)
        raise typer.Exit(2)
    options = PipelineOptions(model=str(model) if model else None, keywords=keywords,
                              top_k=top_k, lexicons=[str(p) for p in lexicon])
    settings = TagSettings(repair=repair, segment=segment, encoding=encoding, n_process=n_process,
                           simplify=simplify)
    sharded = (shard_size is not None or scheduler is not None or local_cluster is not None
               or (output not in (None, "-") and output.endswith(("/", os.sep))))
    try:
        out = None if output in (None, "-") else output_path(output, sharded)
        if encoding:
            check_codec(encoding)
        if sharded:
            summary = run_tag_sharded(inputs, out, errors=errors, options=options,
                                      settings=settings, shard_size=shard_size,
                                      scheduler=scheduler, local_cluster=local_cluster,
                                      quiet=quiet)
        else:
            summary = run_tag(inputs, output=out, errors=errors, options=options,
                              settings=settings, quiet=quiet)
    except TaggerError as err:
        typer.echo(printable(str(err)), err=True)
        raise typer.Exit(2)
    except BrokenPipeError:  # the reader of stdout left (| head): stop quietly
        silence_stdout()
        raise typer.Exit(141)
    typer.echo(summary.line(), err=True)
    if summary.articles + summary.pages == 0 and not any(map(input_exists, inputs)):
        typer.echo(Errors.E036.format(n=len(inputs)), err=True)
        raise typer.Exit(1)
    if strict and summary.errors:
        raise typer.Exit(1)


def output_path(output: str, sharded: bool) -> AnyPath:
    """The output path: a local ``Path``, or for a sharded run a folder at a URL (E038
    for a single file at a URL)."""
    if not is_url(output):
        return Path(output)
    if not sharded:
        raise TaggerError(Errors.E038.format(url=output.rstrip("/")))
    return as_path(output)


def run_tag(inputs: List[str], *, output: Optional[Path] = None, errors: Optional[Path] = None,
            options: Optional[PipelineOptions] = None,
            settings: Optional[TagSettings] = None, quiet: bool = True) -> TagSummary:
    """Tag ``inputs`` into ``output`` (stdout if None); return the run's counts.

    Unless ``quiet``, a progress line goes to stderr (see :class:`tagger.progress.Progress`).
    """
    summary = TagSummary()
    check_output(output, inputs=inputs, others=[errors])
    writer = JsonlWriter(output, inputs=inputs)
    error_writer = JsonlWriter(errors, inputs=inputs) if errors else None
    records = checked_records(tag_inputs(inputs, options=options, settings=settings,
                                         summary=summary), summary)
    progress = Progress(total=None if quiet else count_records(inputs), enabled=not quiet)
    with writer:
        if error_writer is not None:
            error_writer.__enter__()
        try:
            for record in records:
                progress.records = summary.documents + summary.errors
                progress.advance(articles=record["kind"] == "article",
                                 chars=len(record["text"]) if record["kind"] == "article" else 0)
                if record["kind"] == "error":
                    typer.echo(printable(record["error"]), err=True)
                    if error_writer is not None:
                        error_writer.write(record)
                        continue
                writer.write(record)
        finally:
            progress.close()
            if error_writer is not None:
                error_writer.__exit__(*sys.exc_info())
    return summary


def run_tag_sharded(inputs: List[str], out_dir: Optional[Path], *, errors: Optional[Path] = None,
                    options: PipelineOptions, settings: TagSettings,
                    shard_size: Optional[int] = None, scheduler: Optional[str] = None,
                    local_cluster: Optional[int] = None, quiet: bool = False) -> ShardedSummary:
    """A sharded, resumable run into ``out_dir`` (see :func:`tagger.scale.run_sharded`),
    in this process, a process pool, or on Dask workers."""
    if out_dir is None:
        raise TaggerError(Errors.E603.format(option="--shard-size/--scheduler/--local-cluster",
                                             other="-o - (stdout)",
                                             reason="a sharded run writes a folder; pass -o DIR/."))
    if errors is not None:
        raise TaggerError(Errors.E603.format(option="--errors", other="-o DIR/",
                                             reason="error records stay in their shard's file "
                                                    "and are counted in manifest.json."))
    if scheduler is not None and local_cluster is not None:
        raise TaggerError(Errors.E603.format(option="--scheduler", other="--local-cluster",
                                             reason="use one cluster."))
    progress = Progress(enabled=not quiet)
    size = shard_size if shard_size is not None else DEFAULT_SHARD_SIZE
    try:
        if scheduler is None and local_cluster is None:
            return run_sharded(inputs, out_dir, shard_size=size, options=options,
                               settings=settings, progress=progress)
        try:
            from ..scale.cluster import dask_client, dask_runner
        except ImportError:
            raise TaggerError(Errors.E017.format(package='"tagger[dask]"',
                                                 feature="--scheduler and --local-cluster")) from None
        if scheduler is not None:  # other machines resolve relative paths elsewhere
            inputs = [i if i == "-" or is_url(i) else str(Path(i).resolve()) for i in inputs]
            out_dir = out_dir.resolve() if is_local(out_dir) else out_dir
            options = replace(options, model=options.model and str(Path(options.model).resolve()),
                              lexicons=[str(Path(p).resolve()) for p in options.lexicons])
        with dask_client(scheduler=scheduler, local_workers=local_cluster) as client:
            return run_sharded(inputs, out_dir, shard_size=size, options=options,
                               settings=settings, progress=progress, runner=dask_runner(client))
    finally:
        progress.close()
