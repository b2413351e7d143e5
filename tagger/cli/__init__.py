"""Command-line interface: one module per command, all registered on one typer app.

Exit codes (docs/reliability.md): 0 done (bad records are reported as error records
and counted), 1 ``--strict`` with errors, or a research command that found nothing to
read, 2 the run could not start or could not write (bad option, unsafe or unwritable
output), 130 interrupted (Ctrl-C), 141 standard output closed by the reader (a pipe to
``head``).
"""

from __future__ import annotations

import signal
import sys
import warnings

import click
import typer

from ..errors import Errors
from ..write import silence_stdout
from ._util import app
from . import evaluate, export, import_, report, stats, tag, train  # noqa: F401  (each registers its commands)


def main() -> None:
    """Entry point of the ``tagger`` console script."""
    warnings.showwarning = _show_warning
    if hasattr(signal, "SIGXFSZ"):  # a file-size limit becomes a write error (E027), not a kill
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    try:
        code = app(standalone_mode=False)
    except click.exceptions.Abort as err:
        if isinstance(err.__context__ or err.__cause__, KeyboardInterrupt):
            typer.echo(Errors.E031, err=True)
            sys.exit(130)
        typer.echo("Aborted.", err=True)
        sys.exit(1)
    except KeyboardInterrupt:
        typer.echo(Errors.E031, err=True)
        sys.exit(130)
    except click.exceptions.ClickException as err:
        err.show()
        sys.exit(err.exit_code)
    except BrokenPipeError:
        silence_stdout()
        sys.exit(141)
    code = code if isinstance(code, int) else 0
    if code == 130:  # typer turns KeyboardInterrupt into Exit(130)
        typer.echo(Errors.E031, err=True)
    sys.exit(code)


def _show_warning(message, category, filename, lineno, file=None, line=None) -> None:
    """Catalogue warnings on stderr as their message alone (the code says where it is from)."""
    typer.echo(str(message), err=True)


__all__ = ["app", "main"]
