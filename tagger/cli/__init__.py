"""Command-line interface: one module per command, all registered on one typer app."""

from ._util import app
from . import evaluate, export, import_, report, serve, stats, tag, train  # noqa: F401  (each registers its commands)


def main() -> None:
    """Entry point of the ``tagger`` console script."""
    app()


__all__ = ["app", "main"]
