"""``tagger train`` and ``tagger assemble``: build models from configs/*.cfg."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Optional

import typer
from spacy.cli._util import parse_config_overrides

from ..errors import TaggerError
from ..training.train import assemble_model, train_model
from ..write import printable
from ._util import app

_EXTRA = {"allow_extra_args": True, "ignore_unknown_options": True}


@app.command("train", context_settings=_EXTRA)
def train_cli(
    ctx: typer.Context,
    config: Path = typer.Argument(Path("configs/ner.cfg"), help="Training config."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Output directory (model-best, model-last)."),
    use_gpu: int = typer.Option(-1, "--gpu-id", "-g", help="GPU id, -1 for CPU."),
) -> None:
    """Train the NER model with spaCy's training loop; extra args override the config.

    Example: tagger train configs/ner.cfg -o training/ner --paths.train ../shared/corpora/msra/train.bio
    """
    try:
        best = train_model(config, output, overrides=parse_config_overrides(ctx.args), use_gpu=use_gpu)
    except TaggerError as err:
        typer.echo(printable(str(err)), err=True)
        raise typer.Exit(2)
    if best is not None:
        typer.echo(f"best model: {best}", err=True)


@app.command("assemble", context_settings=_EXTRA)
def assemble_cli(
    ctx: typer.Context,
    config: Path = typer.Argument(Path("configs/tagger.cfg"), help="Pipeline config."),
    output: Path = typer.Argument(..., help="Model directory to write, e.g. tagger/models/zh_news_tagger."),
    meta: Optional[Path] = typer.Option(None, "--meta", help="JSON file merged into the model's meta."),
) -> None:
    """Assemble the tagging pipeline: trained NER + rules + keywords, data saved inside."""
    extra = json.loads(meta.read_text(encoding="utf-8")) if meta else None
    try:
        path = assemble_model(config, output, overrides=parse_config_overrides(ctx.args), meta=extra)
    except TaggerError as err:
        typer.echo(printable(str(err)), err=True)
        raise typer.Exit(2)
    typer.echo(f"saved: {path}", err=True)
