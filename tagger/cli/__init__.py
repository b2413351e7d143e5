"""Command-line interface: one module per command, all registered on one typer app.

Exit codes (docs/reliability.md): 0 done (bad records are reported as error records
and counted), 1 ``--strict`` with errors, 2 the run could not start or could not write
(bad option, unsafe or unwritable output), 130 interrupted (Ctrl-C), 141 standard output
closed by its reader (a pipe to ``head``), 143 terminated (SIGTERM).
"""

from __future__ import annotations

import signal
import warnings

import typer

from .. import interrupt
from ..errors import Errors
from ._util import app, show_warning
from . import evaluate, export, import_, report, serve, stats, tag, train  # noqa: F401  (each registers its commands)


def main() -> None:
    """Entry point of the ``tagger`` console script."""
    warnings.showwarning = show_warning
    if hasattr(signal, "SIGXFSZ"):  # a file-size limit becomes a write error (E027), not a kill
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    interrupt.install(on_terminate=lambda: typer.echo(Errors.E031, err=True))
    try:
        app()
    except SystemExit as done:
        if done.code == 130:  # typer turns Ctrl-C (KeyboardInterrupt) into exit code 130
            typer.echo(Errors.E031, err=True)
        raise


__all__ = ["app", "main"]
