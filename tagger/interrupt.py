"""Stopping a run on Ctrl-C or SIGTERM, even when Python swallows the first exception.

A signal handler raises in whatever code runs at that moment. When that is a weakref
callback or a finalizer, Python prints "Exception ignored in ..." and carries on, and the
run would go on to the end. The handlers here therefore also remember the stop, and the
loops that read records call :func:`check` to raise it again; the swallowed exception's
traceback is not printed, since the stop is not lost.
"""

from __future__ import annotations

import signal
import sys
from typing import Callable, Optional

_stop: Optional[Callable[[], BaseException]] = None


def install(on_terminate: Callable[[], None]) -> None:
    """Ctrl-C raises KeyboardInterrupt and SIGTERM SystemExit(143), as remembered stops;
    ``on_terminate`` runs first on SIGTERM (it prints the message)."""

    def interrupt(signum, frame) -> None:
        _remember(KeyboardInterrupt)
        raise KeyboardInterrupt

    def terminate(signum, frame) -> None:
        first = _stop is None
        _remember(lambda: SystemExit(143))
        if first:
            on_terminate()
        raise SystemExit(143)

    signal.signal(signal.SIGINT, interrupt)
    signal.signal(signal.SIGTERM, terminate)
    sys.unraisablehook = _quiet_about_stops


def _quiet_about_stops(unraisable) -> None:
    if _stop is not None and isinstance(unraisable.exc_value, (KeyboardInterrupt, SystemExit)):
        return  # check() raises it again where it can stop the run
    sys.__unraisablehook__(unraisable)


def _remember(stop: Callable[[], BaseException]) -> None:
    global _stop
    if _stop is None:
        _stop = stop


def check() -> None:
    """Raise the stop a signal asked for, if any (a no-op otherwise)."""
    if _stop is not None:
        raise _stop()


def reset() -> None:
    """Forget a stop (for a process that goes on after handling one, e.g. tests)."""
    global _stop
    _stop = None
