"""The typer application every command module registers on."""

from __future__ import annotations

import typer

app = typer.Typer(
    name="tagger",
    help="Tag Chinese news text: people, organizations, places, policy slogans and keywords.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
