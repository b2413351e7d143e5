"""``tagger evaluate``: strict and overlap P/R/F1 of a model on a gold file."""

from __future__ import annotations

import json
from pathlib import Path
from typing import List, Optional

import typer

from ..errors import TaggerError
from ..pipeline import NER_PIPES, PipelineOptions, load_pipeline
from ..training.evaluate import evaluate, format_scores
from ..write import check_output, printable, write_jsonl
from ._util import app


@app.command("evaluate")
def evaluate_cli(
    gold: Path = typer.Argument(..., help="Gold file: character BIO (.bio) or gold JSONL (.jsonl)."),
    model: Optional[Path] = typer.Option(None, "--model", "-m", help="Model directory (default: shipped model)."),
    labels: List[str] = typer.Option([], "--labels", "-l", help="Labels to score, repeated or comma-separated (default: those in the gold file)."),
    as_json: bool = typer.Option(False, "--json", help="Print one JSON object."),
    ner_only: bool = typer.Option(False, "--ner-only", help="Score the statistical NER alone, without rules and merge."),
    errors_path: Optional[Path] = typer.Option(None, "--errors", help="Write every false positive and false negative, with context and an error category, to this JSONL file."),
) -> None:
    """Score a model on a gold file: strict and overlap P/R/F1 per label and micro-averaged.

    The gold text is tagged as given (no page repair), so scores compare with published ones.
    """
    try:
        check_output(errors_path, inputs=[str(gold)])
        nlp = load_pipeline(PipelineOptions(model=str(model) if model else None, keywords="none"))
        if ner_only:
            nlp.select_pipes(enable=[n for n in nlp.pipe_names if n in NER_PIPES])
        wanted = [label.strip() for item in labels for label in item.split(",") if label.strip()]
        errors: Optional[List[dict]] = [] if errors_path else None
        scores = evaluate(gold, nlp, labels=wanted or None, errors=errors)
        if errors_path:
            write_jsonl(errors, errors_path)
            typer.echo(f"{len(errors)} errors written to {errors_path}", err=True)
    except TaggerError as err:
        typer.echo(printable(str(err)), err=True)
        raise typer.Exit(2)
    if as_json:
        typer.echo(json.dumps(scores, ensure_ascii=False))
    else:
        typer.echo(format_scores(scores))
