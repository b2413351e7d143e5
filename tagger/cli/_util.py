"""The typer application every command module registers on, and helpers they share."""

from __future__ import annotations

import warnings

import typer

app = typer.Typer(
    name="tagger",
    help="Tag Chinese news text: people, organizations, places, policy slogans and keywords.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


def version_line() -> str:
    """``tagger X.Y.Z, model NAME A.B.C (PATH)``: what ``tagger --version`` prints."""
    from ..about import __version__
    from ..errors import TaggerError
    from ..pipeline import model_meta, model_path

    try:
        meta, path = model_meta(), model_path()
    except TaggerError as err:
        return f"tagger {__version__}, no model: {err}"
    return f"tagger {__version__}, model {meta.get('name', '?')} {meta.get('version', '?')} ({path})"


def show_warning(message, category, filename, lineno, file=None, line=None) -> None:
    """Print catalogue warnings as ``warning: [Wxxx] ...`` lines on stderr (no Python
    file and line); other warnings as Python prints them."""
    from ..errors import TaggerWarning
    from ..write import printable

    if issubclass(category, TaggerWarning):
        typer.echo(printable(f"warning: {message}"), err=True)
    else:
        _python_showwarning(message, category, filename, lineno, file, line)


_python_showwarning = warnings.showwarning


def _print_version(value: bool) -> None:
    if value:
        typer.echo(version_line())
        raise typer.Exit()


@app.callback()
def _main(
    version: bool = typer.Option(False, "--version", "-V", callback=_print_version,
                                           is_eager=True, help="Print the package and model versions and exit."),
) -> None:
    """Tag Chinese news text: people, organizations, places, policy slogans and keywords."""
    warnings.showwarning = show_warning
