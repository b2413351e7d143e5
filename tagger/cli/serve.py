"""``tagger serve``: the tagger over HTTP and as a Label Studio ML backend."""

from __future__ import annotations

import json
import os
import signal
from dataclasses import asdict
from pathlib import Path
from typing import Optional

import typer

from ..errors import Errors, TaggerError
from ..pipeline import PipelineOptions, model_path
from ..serve.app import DEFAULT_HOST, DEFAULT_PORT, SERVE_ENV, ServeLimits
from ._util import app

_LIMITS = ServeLimits()


@app.command("serve")
def serve_cli(
    host: str = typer.Option(DEFAULT_HOST, "--host", help="Address to listen on (default: this machine only)."),
    port: int = typer.Option(DEFAULT_PORT, "--port", "-p", help="Port to listen on."),
    model: Optional[Path] = typer.Option(None, "--model", "-m", help="spaCy pipeline directory (default: the installed model)."),
    workers: int = typer.Option(1, "--workers", "-w", help="Tagging processes, each with its own copy of the model; each request goes to the next free one."),
    max_bytes: int = typer.Option(_LIMITS.max_bytes, "--max-bytes", help="Largest request body accepted."),
    max_documents: int = typer.Option(_LIMITS.max_documents, "--max-documents", help="Most documents (texts, records, tasks) per request."),
    max_chars: int = typer.Option(_LIMITS.max_chars, "--max-chars", help="Most characters of text per request."),
    timeout: float = typer.Option(_LIMITS.timeout_s, "--timeout", help="Seconds a request may take, waiting included."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No access log."),
) -> None:
    """Serve POST /tag, GET /health and /version, and the Label Studio ML backend
    (/setup, /predict, /webhook) until interrupted.

    In Label Studio: project Settings → Model → Connect Model, URL http://HOST:PORT.
    """
    try:
        import uvicorn
    except ImportError:
        typer.echo(Errors.E017.format(package='"tagger[serve]"', feature="tagger serve"), err=True)
        raise typer.Exit(2)
    for option, value in (("--workers", workers), ("--max-bytes", max_bytes),
                          ("--max-documents", max_documents), ("--max-chars", max_chars),
                          ("--timeout", timeout)):
        if value <= 0:
            typer.echo(Errors.E402.format(option=option, constraint="positive", value=value), err=True)
            raise typer.Exit(2)
    try:  # fail before starting workers if the model is not there
        path = model_path(PipelineOptions(model=str(model) if model else None))
    except TaggerError as err:
        typer.echo(str(err), err=True)
        raise typer.Exit(2)
    limits = ServeLimits(max_bytes=max_bytes, max_documents=max_documents, max_chars=max_chars,
                         timeout_s=timeout)
    os.environ[SERVE_ENV] = json.dumps({"model": str(path), "limits": asdict(limits),
                                        "workers": workers})
    # one HTTP process; it hands each request to the next free of `workers` tagging processes
    # Ctrl-C and SIGTERM stop the server gracefully (uvicorn finishes the open requests),
    # then end the command with 0: there is no output file to speak of, unlike `tag`.
    before = signal.signal(signal.SIGTERM, signal.default_int_handler)
    try:
        uvicorn.run("tagger.serve.app:app_from_env", factory=True, host=host, port=port,
                    access_log=not quiet, log_level="warning" if quiet else "info")
    except KeyboardInterrupt:
        pass
    finally:
        signal.signal(signal.SIGTERM, before)
    typer.echo("tagger serve stopped.", err=True)
